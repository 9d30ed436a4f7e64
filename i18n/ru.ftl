# Русские слова виджета, его графиков и командной строки (синтаксис Project Fluent, одно
# сообщение на строку; подстановки { $name }). Ключи те же, что в en.ftl.

## Истории: вопросы аналитических записок (src/scenario/stories.rs)
story-rosstat_low-question = Насколько может сократиться население России?
story-compatriots_goal-question = Что, если Программа соотечественников выполнит свою цель?
story-crocus_persists-question = Что, если мигранты не вернутся после теракта в «Крокусе»?
story-war_ends_relokanty_return-question = Что, если война закончится и релоканты вернутся?
story-no_net_migration-question = Что, если мигрантов не будет совсем?
story-hold_workforce-question = Сколько мигрантов нужно, чтобы трудоспособное население России не сократилось?
story-rosstat_low-caption = Низкий вариант прогноза Росстата (октябрь 2023 г.): { $published } млн человек на 1 января { $horizon } г. с Крымом и Севастополем, { $adjusted } млн без них; по прогнозу ООН WPP 2024 — { $un } млн.
story-compatriots_goal-caption = Если бы цель Программы соотечественников ({ $goal } тыс. человек в год) выполнялась с { $from } г., на 1 июля { $year } г. в России было бы { $diff } человек, чем по прогнозу ООН WPP 2024 ({ $un } → { $value } млн).
story-crocus_persists-caption = Если приток мигрантов из Таджикистана и Узбекистана останется сниженным до { $until } г., на 1 июля { $year } г. в России будет { $diff } человек, чем по прогнозу ООН WPP 2024.
story-war_ends_relokanty_return-caption = Если война закончится в { $war_end } г. и { $share } % релокантов вернутся к { $by } г., на 1 июля { $year } г. в России будет { $diff } человек, чем по прогнозу ООН WPP 2024.
story-no_net_migration-caption = Без миграционного прироста на 1 июля { $year } г. в России будет { $diff } человек, чем по прогнозу ООН WPP 2024 ({ $un } → { $value } млн).
story-hold_workforce-caption = Если ежегодно удерживать население 20–64 лет на уровне 2025 г. дополнительными мигрантами, на 1 июля { $year } г. в России будет { $diff } человек, чем по прогнозу ООН WPP 2024 ({ $un } → { $value } млн).
story-other-caption = Россия на 1 июля { $year } г.: { $value } млн человек, { $diff }, чем по прогнозу ООН WPP 2024.
diff-more-million = на { $n } млн больше
diff-fewer-million = на { $n } млн меньше
diff-more-thousand = на { $n } тыс. больше
diff-fewer-thousand = на { $n } тыс. меньше

## Панель источников: наборы данных (id, файлы, годы и ссылки — в data/transcribed/datasets.tsv)
dataset-wpp2024-name = Мировые демографические перспективы 2024 (World Population Prospects)
dataset-wpp2024-short = ООН, WPP 2024
dataset-wpp2024-publisher = Отдел народонаселения Департамента по экономическим и социальным вопросам ООН
dataset-wpp2024-licence = CC BY 3.0 IGO
dataset-desa_stock2024-name = Численность международных мигрантов 2024 (International Migrant Stock)
dataset-desa_stock2024-short = ДЭСВ ООН, численность мигрантов 2024
dataset-desa_stock2024-publisher = Отдел народонаселения Департамента по экономическим и социальным вопросам ООН
dataset-desa_stock2024-licence = Условия использования ДЭСВ ООН (свободное использование со ссылкой)
dataset-wdi-name = Показатели мирового развития (World Development Indicators): полученные личные денежные переводы; ВВП (в текущих долларах США)
dataset-wdi-short = Всемирный банк, WDI
dataset-wdi-publisher = Всемирный банк
dataset-wdi-licence = CC BY 4.0
dataset-rosstat2023-name = Демографический прогноз до 2046 года (октябрь 2023 г.) в изложении информагентств; численность населения Крыма и Севастополя по переписи 2021 г.
dataset-rosstat2023-short = Росстат
dataset-rosstat2023-publisher = Росстат
dataset-rosstat2023-licence = Факты; у каждой цифры указано сообщение
dataset-compatriots-name = Государственная программа по оказанию содействия добровольному переселению соотечественников: цифры в изложении источников
dataset-compatriots-short = Программа соотечественников
dataset-compatriots-publisher = МВД России и другие, в изложении СМИ
dataset-compatriots-licence = Факты; у каждой цифры указано сообщение
dataset-brief_crossroads2025-name = Sahadeo, J. & Morrison, N. Russian Migration Policy at the Crossroads: Trends and Regional Repercussions (Миграционная политика России на распутье). Аналитическая записка Пражского процесса, январь 2025 г.
dataset-brief_crossroads2025-short = записка «На распутье» (январь 2025)
dataset-brief_crossroads2025-publisher = Секретариат Пражского процесса, ICMPD, Вена
dataset-brief_crossroads2025-licence = Факты; у каждой цифры указана формулировка
dataset-brief_relokanty2024-name = Sahadeo, J. Russian “Relokanty” in the Caucasus and Central Asia (Российские «релоканты» на Кавказе и в Центральной Азии). Аналитическая записка Пражского процесса, февраль 2024 г.
dataset-brief_relokanty2024-short = записка о релокантах (февраль 2024)
dataset-brief_relokanty2024-publisher = Секретариат Пражского процесса, ICMPD, Вена
dataset-brief_relokanty2024-licence = Факты; у каждой цифры указаны формулировка и сноска

## Панель источников: коды data/rosstat_forecast.csv словами
rosstat-population = численность населения
rosstat-males = мужчины
rosstat-females = женщины
rosstat-births = число родившихся
rosstat-deaths = число умерших
rosstat-natural_decrease = естественная убыль
rosstat-net_migration = миграционный прирост
rosstat-million = млн
rosstat-thousand = тыс.
rosstat-thousand_per_year = тыс. в год
rosstat-years = лет
rosstat-persons = чел.
rosstat-births_maximum = число родившихся, максимум
rosstat-deaths_minimum = число умерших, минимум
rosstat-natural_decrease_2024_2032 = естественная убыль 2024–2032
rosstat-net_migration_range = миграционный прирост, диапазон
rosstat-total_population_change = общее изменение численности
rosstat-population_change_to_2046 = изменение численности к 2046
rosstat-population_decline_2024_2032 = сокращение численности 2024–2032
rosstat-average_annual_decline = среднегодовое сокращение
rosstat-population_threshold = порог численности
rosstat-total_fertility_rate = суммарный коэффициент рождаемости
rosstat-e0_both = ожидаемая продолжительность жизни, оба пола
rosstat-e0_male = ожидаемая продолжительность жизни, мужчины
rosstat-e0_female = ожидаемая продолжительность жизни, женщины
rosstat-children_per_woman = детей на женщину
rosstat-population_republic_of_crimea = численность населения Республики Крым
rosstat-population_sevastopol = численность населения Севастополя
rosstat-medium = средний
rosstat-low = низкий
rosstat-high = высокий

## Панель источников: ссылки (src/chart/sources.rs)
sources-qualifier-more_than = более 
sources-qualifier-about = около 
sources-qualifier-almost = почти 
sources-compatriots = Программа соотечественников, { $year }: { $qualifier }{ $value } чел. (в источнике: «{ $measure }»)
sources-compatriots-by = { $source }; сообщение: { $outlet }, { $date }
sources-compatriots-fact = Программа соотечественников: «{ $fact }: { $value }»
sources-rosstat-census = Росстат, перепись 2021 г., { $indicator }, { $date }: { $value } { $unit }
sources-rosstat-forecast = Прогноз Росстата (октябрь 2023), { $variant } вариант, { $indicator }, { $date }: { $value } { $unit }
sources-brief = { $brief }{ $when }: «{ $stated }»

## Presets named in the catalogs (src/scenario/presets.rs)
preset-hold_workforce-name = Трудоспособное население (20–64 лет) удерживается на уровне { $year } г. дополнительными мигрантами

## Слова виджета (www/crossroads.js читает их методом `words`)
ui-language = Язык
ui-view = Вид
ui-preset = Сценарий
ui-preset-none = Свой сценарий
ui-year = Год
ui-stories = Вопросы для исследования
ui-story-pick = Выберите вопрос
ui-play = Пуск
ui-pause = Пауза
ui-back = Назад
ui-forward = Вперёд
ui-back-title = Вернуться к предыдущей настройке
ui-forward-title = Перейти к следующей настройке
ui-close = Закрыть
ui-reset = Сбросить
ui-copy-link = Копировать ссылку
ui-copy-embed = Код для встраивания
ui-png = Скачать PNG
ui-csv = Скачать данные (CSV)
ui-table = Таблица данных
ui-sources = Источники
ui-assumptions = Допущения
ui-copied = Скопировано в буфер обмена:
ui-copy-manual = Скопируйте этот текст:
ui-default-is = По умолчанию
ui-source = источник
ui-panic = График остановлен из-за внутренней ошибки (другие графики на странице работают). Перезагрузите страницу, чтобы попробовать снова.
ui-chart = График
ui-datasets = Откуда взяты числа
ui-parameter-sources = Значения ползунков по умолчанию
ui-more-levers = Другие рычаги ({ $n }): не меняют этот график
ui-clamp = { $given } вне диапазона { $min }…{ $max }; используется { $used }
ui-bad-lang = lang="{ $given }": такого языка у виджета нет (en, ru), используется язык страницы.
ui-bad-height = height="{ $given }" — не высота в пикселях CSS: у графика остаются его пропорции.
ui-height-clamped = height="{ $given }" вне диапазона 220…2000 пикселей: используется { $used }.
ui-bad-controls = controls: { $keys } пропущено — таких элементов нет (view, country, lang, preset, year, presets, b или ключ рычага).
ui-b-country = Страна сценария Б ({ $b }) не учитывается: А и Б сравниваются в одной стране — { $a }.
ui-shortfall = { $from }: не хватает людей тех возрастов, что берёт этот поток, — { $people } тыс. человек из него не могут переехать ({ $from } → { $to }, за весь прогноз).
ui-retired = «{ $given }» в адресе не учитывается: этот ползунок убран — ни один ползунок не меняет число мигрантов этой страны в России, так что он ничего не менял (её переводы показаны как история по данным Всемирного банка).
ui-citations = Каждая опубликованная цифра и её источник ({ $n })
band-legend = { $who }: { $level } смоделированных вариантов будущего
band-who-scenario = Ваш сценарий
band-who-a = А
band-who-b = Б
band-alt-scenario = вашего сценария
band-alt-a = сценария А
band-alt-b = сценария Б
band-alt = { $level80 } смоделированных вариантов будущего { $who } лежат между { $low } и { $high } в { $year } г. (95 %: от { $low95 } до { $high95 }; { $n } смоделированных вариантов с опубликованной неопределённостью рождаемости, продолжительности жизни и миграции по WPP 2024 ООН).
band-column = { $who }: полоса, { $level }
ui-band-unavailable = Полоса смоделированных вариантов будущего здесь недоступна: эта страница или браузер не разрешают Web Worker. Сценарий показан без неё.
ui-band-failed = Не удалось рассчитать полосу смоделированных вариантов будущего: { $error }
