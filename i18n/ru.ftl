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

## Chart words (src/chart): titles, axes, legends, notes and table headers, by view
# chart-axis-*
chart-axis-year = Год
# chart-common-*
chart-common-engine-baseline = расчёт движка
chart-common-event = Событие:
chart-common-event-dates = Даты событий:
chart-common-million = млн
chart-common-millions = Млн
chart-common-no-levers-moved = рычаги не тронуты
chart-common-published = опубликовано
chart-common-source-of-the-un-value = Источник значения ООН
chart-common-thousand = тыс.
chart-common-un-medium = Средний вариант ООН
chart-common-year-1-july = Год (1 июля)
# chart-compare-*
chart-compare-65-per-100-aged-20-64 = 65+ на 100 в возрасте 20–64
chart-compare-a = А
chart-compare-a-2 = А:
chart-compare-a-b = А − Б
chart-compare-a-b-mln = А − Б, млн
chart-compare-a-no-levers-moved-un-medium = А: рычаги не тронуты (средний ООН)
chart-compare-a-your-scenario = А: ваш сценарий
chart-compare-aged-20-64 = В возрасте 20–64
chart-compare-b = Б
chart-compare-b-2 = Б:
chart-compare-births = Рождений
chart-compare-crossroads-engine-on-un-wpp-2024 = когортный расчёт Crossroads на данных ООН WPP 2024 (CC BY 3.0 IGO): население на 1 июля, тыс. человек
chart-compare-defaults = (по умолчанию)
chart-compare-levers-moved-in-a = Рычаги сценария А
chart-compare-lines = Линии
chart-compare-median-age = Медианный возраст
chart-compare-outcome = Показатель
chart-compare-population = Население
chart-compare-population-millions = Население, млн
chart-compare-source-crossroads-cohort-component = Источник: когортный расчёт Crossroads на данных ООН WPP 2024; население на 1 июля. Нагрузка пожилыми = люди 65+ на 100 в возрасте 20–64.
chart-compare-un-estimates = Оценки ООН
chart-compare-un-medium-jul1-un-wpp-2024-medium-at = un_medium_jul1: средний вариант ООН WPP 2024 на 1 июля — среднее численностей на 31 декабря до и после него, тыс. человек
# chart-compatriots-*
chart-compatriots-2012-2020-and-2021-not-found-the = данных за 2012, 2020 и 2021 гг. нет; цель и число поставленных на учёт в 2019 г.: записка.
chart-compatriots-about = около
chart-compatriots-almost = почти
chart-compatriots-became-participants-and-resettled = Стали участниками и переселились
chart-compatriots-citizens-of-tajikistan = граждане Таджикистана:
chart-compatriots-compatriots-program-people-moving-to = Программа соотечественников: переселившиеся в Россию за год, по показателям, тыс.
chart-compatriots-goal = цель:
chart-compatriots-goal-set-in-2012 = Цель 2012 г.:
chart-compatriots-less-than = менее
chart-compatriots-more-than = более
chart-compatriots-moved-under-the-programme-fms-mvd = Переселились по программе (ФМС/МВД)
chart-compatriots-mvd-data = данные МВД
chart-compatriots-participants-and-family-members-mfa = Участники и члены семей (МИД)
chart-compatriots-resettlers-registered-with-the-mvd = Поставлены на учёт в МВД
chart-compatriots-sources = Источники:
chart-compatriots-thousand-a-year = тыс. в год
chart-compatriots-thousand-a-year-from = тыс. в год с
chart-compatriots-thousand-people-a-year = Тыс. человек в год
chart-compatriots-thousands = Тыс.
chart-compatriots-via = —
chart-compatriots-your-level = Ваш уровень:
# chart-ctx-*
chart-ctx-scenario-b = Сценарий Б
# chart-measure-*
chart-measure-scenario = Сценарий
chart-measure-scenario-and-presets-crossroads = сценарий и готовые сценарии: когортный расчёт Crossroads, на 1 июля
chart-measure-source-un-wpp-2024-medium-published = Источник: средний вариант ООН WPP 2024 (опубликованные значения, где ООН публикует показатель; иначе расчёт движка Crossroads по исходным данным среднего варианта); сценарий: когортный расчёт Crossroads (на 1 июля).
chart-measure-the-scenario-with-no-levers-moved = сценарии без изменений
chart-measure-un-wpp-2024-cc-by-3-0-igo-medium-at = ООН WPP 2024 (CC BY 3.0 IGO), средний вариант на 1 июля: опубликованные значения, где так указано в un_source (суммы пятилетних групп ООН или общая численность); иначе расчёт движка Crossroads по исходным данным среднего варианта
chart-measure-un-wpp-2024-medium-inputs-projected = Средний вариант ООН WPP 2024: расчёт движка Crossroads по исходным данным (ООН не публикует этот показатель)
chart-measure-un-wpp-2024-medium-published = ООН WPP 2024, средний вариант, опубликовано
chart-measure-un-wpp-2024-medium-the-engine-s = Средний вариант ООН WPP 2024: между опубликованными точками — расчёт движка по исходным данным ООН
chart-measure-your-scenario = вашем сценарии
# chart-needs-*
chart-needs-men-aged-18-59 = численность мужчин 18–59 лет
chart-needs-million = Млн
chart-needs-net-migrants-thousand-a-year = Мигрантов, тыс. в год
chart-needs-old-age-dependency-65-per-20-64 = величина нагрузки пожилыми (65+ на 20–64)
chart-needs-people-aged-15-64 = численность населения 15–64 лет
chart-needs-people-aged-20-64 = численность населения 20–64 лет
chart-needs-population-million = Население, млн
chart-needs-the-population = численность населения
chart-needs-the-support-ratio-20-64-per-65 = величина коэффициента поддержки (20–64 на 65+)
chart-needs-thousand-a-year = Тыс. в год
# chart-projection-*
chart-projection-high = высокий
chart-projection-low = низкий
chart-projection-medium = средний
chart-projection-population = численность населения
chart-projection-population-millions = Население, млн человек
chart-projection-scenario-and-presets-crossroads = сценарий и готовые сценарии: когортный расчёт Crossroads, население на 1 июля, тыс. человек
chart-projection-source-un-wpp-2024-year-end-totals = Источник: ООН WPP 2024 (на конец года); сценарий: когортный расчёт Crossroads (на 1 июля).
chart-projection-to-2046 = , до 2046 г.
chart-projection-un-wpp-2024-cc-by-3-0-igo-total = ООН WPP 2024 (CC BY 3.0 IGO): численность населения на 31 декабря (столбцы *_dec31) и на 1 июля как среднее двух соседних концов года (столбцы *_jul1), тыс. человек
# chart-pyramid-*
chart-pyramid-age = Возраст
chart-pyramid-fewer-than-baseline-war-deaths = Меньше базового (военные потери, эмиграция)
chart-pyramid-men = Мужчины
chart-pyramid-source-crossroads-cohort-component = Источник: когортный расчёт Crossroads на данных ООН WPP 2024; базовый = расчёт движка по среднему варианту ООН. Возраст 100 = 100 лет и старше.
chart-pyramid-thousands-of-people-of-each-year-of = Тыс. человек каждого года возраста
chart-pyramid-un-medium-baseline = Базовый средний вариант ООН
chart-pyramid-women = Женщины
chart-pyramid-your-scenario = ваш сценарий
# chart-relokanty-*
chart-relokanty-all-migrants-and-expats = все мигранты и экспаты
chart-relokanty-cited = источники:
chart-relokanty-counts-all-temporary-migrants-and = все временные мигранты и экспаты, не только релоканты
chart-relokanty-not-in-its-sources = нет в источниках
chart-relokanty-printed-in-the-brief-not-in-its = так в записке; в её источниках этой цифры нет
chart-relokanty-range-in-the-brief-2022-2023-taken = Диапазон в записке (2022–2023), принят за середину 2025 г.
chart-relokanty-relokanty-in-host-countries-the = Релоканты в странах пребывания: оценки записки и ваш сценарий, тыс.
chart-relokanty-russians-staying-thousands = Россиян в стране, тыс.
chart-relokanty-scenario = сценарий
# chart-remittances-*
chart-remittances-and = и
chart-remittances-history-only = только история
chart-remittances-of-gdp = % ВВП
chart-remittances-percent-of-gdp-computed = % ВВП (расчёт)
chart-remittances-remittances-received-as-a-share-of = Денежные переводы в % ВВП: история и сценарий
chart-remittances-row-kind-brief-no-year = строка kind=brief (без года):
chart-remittances-scenario-the-part-of-remittances = сценарий: часть переводов, принимаемая за переводы из России, меняется вместе с числом мигрантов в России; ВВП и переводы на одного мигранта — на уровне последнего года Всемирного банка
chart-remittances-world-bank-wdi-cc-by-4-0-personal = Всемирный банк, WDI (CC BY 4.0): личные переводы BX.TRF.PWKR.CD.DT и ВВП NY.GDP.MKTP.CD в текущих долларах США; pct_gdp = 100 * переводы / ВВП (расчёт, не ряд Банка в %)
# chart-shared-*
chart-shared-millions = млн
chart-shared-ratio = Соотношение
chart-shared-scenario-no-levers-moved = Сценарий (рычаги не тронуты)
chart-shared-your-scenario = Ваш сценарий
# chart-table-*
chart-table-current-us = текущие долл. США
chart-table-defaults-un-wpp-2024-medium = (по умолчанию: средний вариант ООН WPP 2024)
chart-table-persons = человек
chart-table-scenario = Сценарий:
chart-table-source = Источник:
chart-table-years = лет
# event-*
event-prague-process-policy-brief = записка Пражского процесса
event-sahadeo-2024-prague-process-policy = Sahadeo (2024), аналитическая записка Пражского процесса
event-sahadeo-morrison-2025-prague-process = Sahadeo & Morrison (2025), аналитическая записка Пражского процесса
# chart-*-col-*: table and CSV headers; legends
chart-compare-col-year = Год (1 июля)
chart-compare-col-a-population-jul1 = А: население
chart-compare-col-b-population-jul1 = Б: население
chart-compare-col-diff-a-minus-b-jul1 = А − Б
chart-compare-col-un-medium-jul1 = Средний вариант ООН
chart-compare-col-measure = Показатель
chart-compare-col-unit = Единица
chart-compare-col-a = А
chart-compare-col-b = Б
chart-compare-col-diff-a-minus-b = А − Б
chart-compatriots-col-year = Год
chart-compatriots-col-registered-citizens-of-tajikistan = Из поставленных на учёт: граждане Таджикистана
chart-compatriots-col-qualifier = Оговорка
chart-compatriots-col-measure-as-reported = Показатель в источнике
chart-compatriots-col-source = Источник
chart-compatriots-col-reported-by = Сообщил
chart-compatriots-col-reported-on = Дата сообщения
chart-compatriots-col-url = Ссылка
chart-compatriots-col-line = Линия
chart-compatriots-col-persons-per-year = Человек в год
chart-compatriots-col-from-year = С года
chart-needs-col-year = Год с 1 июля
chart-needs-col-needed-extra = Нужный дополнительный прирост
chart-needs-col-own = Миграционный прирост сценария
chart-needs-col-total = Прирост, удерживающий показатель
chart-needs-col-un-wpp-medium = Миграционный прирост ООН WPP 2024 (средний)
chart-needs-col-population-with-jul1 = Население с дополнительными мигрантами, 1 июля
chart-needs-col-population-without-jul1 = Население без них, 1 июля
chart-needs-col-migrant-origin-share = Мигранты после базового года и потомки, доля
chart-needs-col-line = Уровень для сравнения
chart-needs-col-thousand-per-year = Тыс. в год
chart-needs-col-from-year = С года
chart-needs-col-to-year = По год
chart-needs-of-which-extra-beyond-the-scenario-s = из него сверх сценария
chart-needs-engine-the-scenario-projected-twice = Расчёт: сценарий спроецирован дважды — с дополнительными мигрантами (возраст и пол трудовых мигрантов) и без них; показатель удерживается на конец каждого года с 1 июля.
chart-needs-with-the-extra-migrants = с дополнительными мигрантами
chart-needs-dashed-without = пунктир: без них
chart-projection-col-year = Год
chart-projection-col-un-estimate-dec31 = Оценка ООН, 31 дек.
chart-projection-col-un-medium-dec31 = Средний ООН, 31 дек.
chart-projection-col-un-low-dec31 = Низкий ООН, 31 дек.
chart-projection-col-un-high-dec31 = Высокий ООН, 31 дек.
chart-projection-col-un-80-lower-dec31 = ООН 80 %, нижняя, 31 дек.
chart-projection-col-un-80-upper-dec31 = ООН 80 %, верхняя, 31 дек.
chart-projection-col-un-95-lower-dec31 = ООН 95 %, нижняя, 31 дек.
chart-projection-col-un-95-upper-dec31 = ООН 95 %, верхняя, 31 дек.
chart-projection-col-un-estimate-jul1 = Оценка ООН, 1 июля
chart-projection-col-un-medium-jul1 = Средний ООН, 1 июля
chart-projection-col-scenario-jul1 = Сценарий, 1 июля
chart-projection-col-rosstat-variant = Вариант Росстата
chart-projection-col-date = Дата
chart-projection-col-published-with-crimea-sevastopol = Как опубликовано (с Крымом и Севастополем)
chart-projection-col-crimea-sevastopol-removed = Вычтено: Крым и Севастополь
chart-projection-col-adjusted-drawn-against-un = Показано против ООН
chart-projection-after-2046-the-engine-s = после 2046 г.: экстраполяция допущений Росстата движком Crossroads
chart-projection-un-estimates = Оценки ООН
chart-projection-un-medium = Средний вариант ООН
chart-projection-80-interval = 80 % интервал
chart-projection-95-interval = 95 % интервал
chart-projection-un-low-high-0-5-child = Низкий / высокий ООН (±0,5 ребёнка)
chart-projection-rosstat-1-jan-2046-as-published-with = Росстат на 1 янв. 2046, как опубликовано (с Крымом и Севастополем)
chart-projection-rosstat-1-jan-2046-minus-crimea-and = Росстат на 1 янв. 2046, без Крыма и Севастополя
chart-pyramid-col-age = Возраст
chart-pyramid-col-male-jul1 = Мужчины
chart-pyramid-col-female-jul1 = Женщины
chart-pyramid-col-baseline-male-jul1 = Мужчины, базовый
chart-pyramid-col-baseline-female-jul1 = Женщины, базовый
chart-relokanty-col-iso3 = Страна
chart-relokanty-col-brief-low = Записка, нижняя граница
chart-relokanty-col-brief-high = Записка, верхняя граница
chart-relokanty-col-low-source = Нижняя: источник
chart-relokanty-col-high-source = Верхняя: источник
chart-relokanty-col-low-check = Нижняя: проверка
chart-relokanty-col-high-check = Верхняя: проверка
chart-relokanty-col-year = Год (середина)
chart-relokanty-col-scenario-change = Изменение в сценарии
chart-relokanty-col-scenario-low = Сценарий, нижняя граница
chart-relokanty-col-scenario-high = Сценарий, верхняя граница
chart-remittances-col-iso3 = Страна
chart-remittances-col-year = Год
chart-remittances-col-kind = Вид
chart-remittances-col-stock-in-russia = Мигрантов в России
chart-remittances-col-remittances-usd = Переводы
chart-remittances-col-pct-gdp = Доля ВВП

## Months (src/chart/i18n.rs): standing alone, and after a day number (genitive in Russian: "22 марта 2024")
month-1 = янв.
month-2 = февр.
month-3 = март
month-4 = апр.
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.
month-of-day-1 = янв.
month-of-day-2 = февр.
month-of-day-3 = марта
month-of-day-4 = апр.
month-of-day-5 = мая
month-of-day-6 = июня
month-of-day-7 = июля
month-of-day-8 = авг.
month-of-day-9 = сент.
month-of-day-10 = окт.
month-of-day-11 = нояб.
month-of-day-12 = дек.

## Choices of levers in words (Lang::choice)
choice-medium = средний
choice-low = низкий
choice-high = высокий
choice-shift = сдвиг
choice-target = цель
choice-undesa = ООН (DESA)
choice-mvd = МВД

## The briefs' events marked on time charts (src/chart/events.rs)
event-invasion-of-ukraine = вторжение в Украину
event-mobilisation = мобилизация
event-crocus-city-hall-attack = теракт в «Крокус Сити Холле»

## Chart sentences with placeables (titles, notes, text alternatives)
chart-compare-and-more-all-in-the-csv-and = … и ещё { $more } { $more -> [one] рычаг [few] рычага *[many] рычагов } (все — в CSV и в ссылке)
chart-compare-a-and-b-are-equal-in = В { $year } г. А и Б равны.
chart-compare-scenario-a-reaches-in-2100-and = { $name }: { $what }сценарий А ({ $a_alt }) даёт { $wa } в 2100 г., сценарий Б ({ $b_name }) — { $wb }.
chart-compare-scenario-a-against-b = { $name }: { $what }сценарий А против Б
chart-projection-crimea-and-sevastopol-thousand = Крым и Севастополь: { $removed } тыс. по переписи Росстата 2021 г. ({ $date }), без изменения, вычтены для сравнения с ООН
chart-projection-to = до { $horizon } г.
chart-pyramid-population-by-age-and-sex-1 = { $name }: население по возрасту и полу, 1 июля { $year } г.
chart-compare-crossroads-engine-on-un-wpp = когортный расчёт Crossroads на данных ООН WPP 2024 (CC BY 3.0 IGO): { $measure } на 1 июля ({ $unit }); un_medium_jul1: средний вариант ООН WPP 2024, опубликованный, где так указано в un_source, иначе расчёт движка по исходным данным среднего варианта
chart-compatriots-the-brief-says-arrivals = В записке сказано, что в { $y0 }–{ $y1 } гг. прибывало в среднем менее { $avg } тыс. в год (менее { $years2 } тыс. за { $years } лет); данные за { $len } из этих лет, по разным показателям, в сумме дают { $sum } тыс., а в { $span } гг. — не менее { $lowest } тыс. в год; утверждение верно, только если за { $join } гг. (данных нет) прибыло менее { $room } тыс.
chart-compatriots-of-the-registered-citizens-of = Из поставленных на учёт: граждане Таджикистана, { $year } г.
chart-compatriots-of-the-registered-in-citizens = ; из поставленных на учёт в { $year } г. граждане Таджикистана: { $p }
chart-compatriots-compatriots-program-thousand = Программа соотечественников, тыс. человек в год, по показателю каждого источника: { $join }{ $tajik }. Цель 2012 г.: { $g } тыс. в год; ваш уровень: { $l } тыс. в год с { $from } г. { $note }
chart-needs-net-migration-that-keeps-it-at = Прирост, сохраняющий уровень { $from } г.
chart-needs-migrants-needed-to-keep-at-the = { $country }: сколько нужно мигрантов, чтобы { $what } сохранялась на уровне { $from } г., тыс. в год
chart-needs-to-keep-in-at-the-level-net = Чтобы { $what } ({ $c }) сохранялась на уровне { $from } г., миграционный прирост должен составлять в среднем { $total } тыс. в год с { $from } по { $y } г. (на { $extra } тыс. больше, чем в самом сценарии) против { $un } тыс. в допущении ООН WPP 2024; { $total_end } тыс. в год до { $end } г. (дополнительно { $extra_end } тыс.). Мигранты, прибывшие после { $from } г., и их потомки составили бы { $y2 } % населения в { $y } г. и { $end2 } % в { $end } г.
chart-projection-rosstat-s-1-jan-2046-totals = Итоги Росстата на 1 янв. 2046: полые ромбы — как опубликовано ({ $published } млн, с Крымом и Севастополем); закрашенные — за вычетом { $gone } млн (Крым и Севастополь по переписи Росстата 2021 г., без изменения), для сравнения с ООН. Аналитическая записка Sahadeo & Morrison (2025) приводит { $start } → { $medium_2046 } млн к 2046 г. (средний вариант Росстата: { $rosstat_start } → { $pub_of }) и { $worst_2046 } млн в худшем случае (низкий: { $pub_of2 }); её базовые { $immigration } иммигрантов — низкий вариант Росстата (миграционный прирост { $low_net_migration } тыс. в год в среднем за 2024–2045 гг.).
chart-projection-rosstat-forecast-of-october = прогноз Росстата (октябрь 2023), { $label } вариант, на 1 января 2046 г., как опубликовано (с Крымом и Севастополем)
chart-projection-engine-s-extrapolation-of = экстраполяция движком допущений Росстата, { $id } вариант, после { $horizon } г. (jul1)
chart-measure-in-in-2050-and-in-2100-1-july = { $measure }: { $country }: в { $who } — { $a50 } в 2050 г. и { $a100 } в 2100 г. (на 1 июля)
chart-measure-un-wpp-2024-medium-in-2050-and = ; средний вариант ООН WPP 2024: { $v50 } в 2050 г. ({ $u50 }) и { $v100 } в 2100 г. ({ $u100 })
chart-relokanty-source-scenario-crossroads = Источник: { $cite }: { $join }. Сценарий (Crossroads): каждая страна теряет возвращающуюся долю своих релокантов и получает свою долю дальнейшей эмиграции (середина её диапазона к середине оценки Re:Russia); обе границы меняются пропорционально.{ $scaled }
chart-relokanty-russians-who-left-since-2022 = Россияне, уехавшие после 2022 г., в странах пребывания, тыс.: диапазон записки и ваш сценарий к середине { $year } г.: { $join }.
chart-remittances-about-of-gdp-with-no-source = { $citation }: { $name }, «около { $v } %» ВВП, без источника и без года (показано на { $year } г.)
chart-remittances-computed-from-world-bank = Расчёт по переводам и ВВП Всемирного банка, { $first }–{ $last }
chart-remittances-scenario-migrants-in-russia = Сценарий: меняется число мигрантов в России, ВВП на уровне { $span }
chart-remittances-remittances-received-as-a = Денежные переводы в % ВВП (расчёт по переводам и ВВП Всемирного банка в текущих долларах), { $span } → { $end_year } г. в сценарии: { $join }.
chart-remittances-in = { $v } % в { $y } г.
chart-compare-a-higher-than-b = В { $year } г. А на { $size } больше, чем Б.
chart-compare-a-lower-than-b = В { $year } г. А на { $size } меньше, чем Б.
chart-compare-size-million = { $size } млн
chart-pyramid-alt = { $name } на 1 июля { $year } г. ({ $scen }): { $men } млн мужчин и { $women } млн женщин, медианный возраст { $median } (базовый средний вариант ООН: всего { $base_all } млн, медианный возраст { $base_median })
chart-pyramid-alt-fewer-men = ; мужчин на { $gap } тыс. меньше базового в возрастах, где сценарий ниже
chart-pyramid-source-engine = когортный расчёт Crossroads на данных ООН WPP 2024 (CC BY 3.0 IGO): население на 1 июля { $year } г., тыс. человек; возраст 100 = 100 лет и старше
chart-pyramid-source-baseline = базовый: расчёт движка по среднему варианту ООН WPP 2024 без рычагов

## Chart sentences (text alternatives, sources, CSV notes)
chart-remittances-brief-unsourced = { $name }: «около { $v } %» по записке, без источника
chart-remittances-source-line = Источник: Всемирный банк (WDI), личные переводы и ВВП в текущих долларах США; доля рассчитана из двух рядов (не ряд Банка «% ВВП»). Сценарий (Crossroads) только для стран: { $with } — часть переводов, принимаемая за переводы из России (ползунки переводов), меняется вместе с числом мигрантов в России. { $without }: только история, так как ни один ползунок не меняет число их мигрантов в России.
chart-remittances-alt-brief = { $name }, расчёт по переводам и ВВП Всемирного банка: { $years }; { $brief }.
chart-remittances-csv-share = { $name }: { $share } % переводов принимается за переводы из России; по умолчанию: { $source }; численность мигрантов: { $measure }
chart-remittances-csv-history-only = { $name }: только история (ни один ползунок не меняет число её мигрантов в России)
chart-relokanty-scenario-mid-year = Сценарий, середина { $year } г. (потоки заканчиваются в { $end } г.)
chart-relokanty-scaled = Ваше общее число релокантов в { $scale } { $scale -> [one] раз [few] раза [many] раз *[other] раза } больше середины оценки Re:Russia, поэтому диапазон каждой страны умножен на { $scale }.
chart-projection-alt = { $name }: в { $who } население составит { $a50 } млн в 2050 г. и { $a100 } млн в 2100 г. (на 1 июля)
chart-projection-alt-against-un = { $name }: в { $who } население составит { $a50 } млн в 2050 г. и { $a100 } млн в 2100 г. (на 1 июля) против { $u50 } и { $u100 } млн в среднем варианте ООН WPP 2024
chart-projection-alt-no-levers = сценарии без изменений
chart-projection-alt-your-scenario = вашем сценарии ({ $levers })
chart-projection-alt-band95 = (95 % интервал на конец века: { $l }–{ $h } млн)

## Preset names in languages other than English (src/chart/ctx.rs; English names are src/scenario/presets.rs's own)
chart-preset-un_medium = ООН WPP 2024, средний
chart-preset-un_low = ООН WPP 2024, низкий
chart-preset-un_high = ООН WPP 2024, высокий
chart-preset-rosstat_low = Росстат, окт. 2023, низкий
chart-preset-rosstat_medium = Росстат, окт. 2023, средний
chart-preset-rosstat_high = Росстат, окт. 2023, высокий
chart-preset-compatriots_goal = Цель Программы соотечественников достигнута ({ $compat } тыс. в год с { $from } г.)
chart-preset-crocus_persists = Спад после «Крокуса» сохраняется
chart-preset-war_ends_relokanty_return = Война заканчивается в { $war_end } г., { $share } % релокантов возвращаются к { $by } г.
chart-preset-no_net_migration = Нулевая чистая миграция

## Measures (src/scenario/measure.rs keys) as charts name them (src/chart/views/shared.rs)
measure-population = Население
measure-pop_20_64 = Население в возрасте 20–64 лет (трудоспособное)
measure-pop_15_64 = Население в возрасте 15–64 лет
measure-support_ratio = Коэффициент поддержки: людей 20–64 лет на одного человека 65+
measure-men_18_59 = Мужчины в возрасте 18–59 лет (призывной и мобилизационный возраст)
measure-old_age_dependency = Демографическая нагрузка пожилыми: людей 65+ на одного человека 20–64 лет
measure-unit-people = тыс. человек
measure-unit-support_ratio = людей 20–64 лет на человека 65+
measure-unit-old_age_dependency = людей 65+ на человека 20–64 лет
un-source-published = ООН WPP 2024, средний вариант, опубликовано
un-source-engine_baseline = исходные данные среднего варианта ООН WPP 2024, спроецированные движком Crossroads (ООН не публикует этот показатель за этот год)
chart-relokanty-printed-cited-range = так в записке; её источники дают { $low }–{ $high } тыс.
chart-table-csv-keys-latin = Названия столбцов оставлены латиницей: их читают программы.
