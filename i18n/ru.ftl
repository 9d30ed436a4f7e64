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

## Почему показатель нельзя удержать (src/scenario/solve.rs)
hold-fail = показатель нельзя удержать с { $year } г.: { $why }
hold-fail-level = уровень не больше нуля
hold-fail-cannot-reach = мигранты трудовых возрастов не могут довести показатель до этого уровня
hold-fail-world = для этого нужно больше мигрантов в год, чем людей во всём остальном мире (население мира по UN WPP 2024)
hold-fail-cohorts = для этого нужно, чтобы уехало больше людей некоторых возрастов, чем их есть

## Числа в тексте (src/i18n.rs: number, signed, percent; { "…" } сохраняет пробел)
number-decimal = ,
number-group = { "\u00A0" }
number-minus = −
number-plus = +
number-percent = { $n } %
list-separator = { ", " }

## Показатели (src/scenario/measure.rs): названия, единицы, откуда значение ООН
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

## Допущения (src/scenario/assumptions.rs): assume-KEY-title, -value, -reason
assume-heading = Допущения этого сценария
assume-why = Почему
assume-source-label = Источник
assume-given = { $text }
assume-country-share = { $country } { $share }
assume-other-countries = другие страны
assume-source-model = допущение модели
assume-source-model-of = Допущение модели
assume-source-wpp = ООН, ДЭСВ, Отдел народонаселения (2024), «Мировые демографические перспективы 2024» (WPP 2024)
assume-source-desa = ДЭСВ ООН, International Migrant Stock 2024
assume-source-rc = Rogers & Castro (1981), Model Migration Schedules, IIASA RR-81-30; параметры выбраны для этой модели
assume-source-brief = аналитическая записка Пражского процесса «Russian Migration Policy at the Crossroads» (2025)
assume-wpp-migration = { $country }: { $years }
assume-wpp-migration-first = { $n } тыс. в { $year } г.
assume-wpp-migration-next = { $n } в { $year } г.
assume-wpp-migration-none = { $country }: нет в данных
assume-who-labour = Трудовые мигранты
assume-who-compatriots = Программа соотечественников
assume-who-ukrainians = Украинцы
assume-who-relokanty = Релоканты
assume-who-extra = Дополнительные мигранты
assume-sex-title = { $who }: доля мужчин
assume-sex-value = { $share } мужчин
assume-ages-title = { $who }: возраст (модельный профиль)
assume-ages-value = чаще всего в возрасте около { $peak } лет; дети до 15 лет: { $children }; старше { $max } лет — никто ({ $params })
assume-ages-reason = В данных нет возрастов этих потоков; их задаёт модельный миграционный профиль Роджерса–Кастро. { $why }
assume-rc-params = a1 = { $a1 }, α1 = { $alpha1 }, a2 = { $a2 }, μ2 = { $mu2 }, α2 = { $alpha2 }, λ2 = { $lambda2 }, c = { $c }
assume-family-why = Стандартный профиль Роджерса и Кастро: семьи с детьми.
assume-timing-title = { $who }: равномерно по годам, затем прекращается
assume-timing-value = всего { $total } тыс. чистого притока в Россию, поровну в { $first }–{ $last } гг.; после { $last } г. — ничего
assume-timing-reason = Рычаг задаёт величину к году, а не путь; равномерное распределение — самое простое, а после него поток ничего не добавляет к миграции WPP.
assume-hold-title = Нужная миграция: удерживаемый показатель
assume-hold-level = { $measure }: { $level } { $unit } с 1 июля { $from } г.
assume-hold-kept = { $measure }: остаётся на уровне 1 июля { $from } г. в этом сценарии
assume-hold-reason = Каждый год модель добавляет столько дополнительных мигрантов (сверх всего, что уже есть в сценарии), чтобы через год показатель вернулся к этому уровню (отрицательное число — эмиграция). Это «замещающая миграция» ООН (2000). Мигранты, прибывшие после 2025 г., и их дети считаются отдельным населением с теми же рождаемостью и смертностью.
assume-hold-source = Отдел народонаселения ООН (2000), «Замещающая миграция: решение проблемы сокращения и старения населения?»
assume-hold_ages-why = Они считаются трудовыми мигрантами, наполовину мужчинами и наполовину женщинами: профиль трудовых мигрантов модели, как у потоков из Центральной Азии.
assume-hold_world-title = Нужная миграция: больше прийти не может
assume-hold_world-value = в год не больше мигрантов, чем людей в остальном мире ({ $world } млрд человек в мире на 1 июля { $year } г.)
assume-hold_world-reason = Если нужно больше, указывается год, с которого показатель удержать нельзя; с этого года дополнительные мигранты не добавляются.
assume-variant-low = низкий вариант (рождаемость на 0,5 ребёнка ниже среднего)
assume-variant-high = высокий вариант (рождаемость на 0,5 ребёнка выше среднего)
assume-variant-medium = средний вариант
assume-wpp_variant-title = Исходная точка: прогноз ООН WPP 2024
assume-wpp_variant-reason = Каждый рычаг — отклонение от этого прогноза: без рычагов модель воспроизводит рождаемость, смертность и чистую миграцию WPP.
assume-base_year-title = Базовое население
assume-base_year-value = 1 июля { $year } г., по полу и однолетним возрастам
assume-base_year-reason = Первая прогнозная возрастная структура WPP; более ранние годы — оценки WPP. Пятилетние группы разбиты на однолетние возрасты по гладкой кривой накопленных численностей.
assume-mid_year-title = Население на 1 июля; годовые потоки распределены по шагам от середины года
assume-mid_year-value = каждый шаг длится с 1 июля до 1 июля и берёт по половине потоков двух календарных лет
assume-mid_year-reason = Возрастные структуры WPP даны на середину года, а годовые итоги — на 31 декабря; сравнение середины года с серединой года сопоставимо.
assume-wpp_migration-title = Собственная чистая миграция WPP сохраняется
assume-wpp_migration-value = { $share } % чистых мигрантов WPP каждого возраста и пола ({ $wpp })
assume-wpp_migration-reason = Миграция WPP уже содержит недавние потоки (прибытие с Украины, отъезд после мобилизации), не называя групп. Каждый рычаг потоков перемещает людей сверх неё, как отклонение от траектории WPP; этот рычаг потоки не масштабирует.
assume-migrant_ages-title = Возраст и пол мигрантов WPP
assume-migrant_ages-value = чистые мигранты WPP по полу и однолетнему возрасту за каждый год; половина прибывает в начале шага, половина — в конце
assume-migrant_ages-reason = WPP публикует возрастной состав своей миграции; переезды считаются равномерными в течение года.
assume-tfr_path-title = Рождаемость идёт к цели по прямой
assume-tfr_path-value = от { $base } в { $year } г. до { $target } в { $until } г., далее без изменений
assume-tfr_path-reason = Опубликованного пути к цели нет; прямая — самый простой. Возрастной профиль рождаемости каждого года — из WPP.
assume-tfr_phase-title = Сдвиг рождаемости вводится как в низком и высоком вариантах WPP
assume-tfr_phase-value = { $shift } ребёнка на женщину: ×{ $phase } в { $first } г., полностью с { $full } г.
assume-tfr_phase-reason = Варианты WPP ±0,5 ребёнка выходят на полный разрыв за те же годы, поэтому сдвиг с ними сопоставим; возрастной профиль рождаемости сохраняется.
assume-e0_scaling-title = Сдвиг продолжительности жизни: смертность меняется во всех возрастах
assume-e0_scaling-value = мужчины { $men }, женщины { $women } лет, линейно до { $year } г.
assume-e0_scaling-reason = Возрастной профиль изменения неизвестен; одинаковый множитель для всех возрастов сохраняет возрастной профиль смертности WPP.
assume-war_ages-title = Избыточные военные потери: мужчины 18–59 лет
assume-war_ages-value = { $deaths } тыс. в год до 1 июля { $year } г., по возрастам 18–59 пропорционально числу мужчин каждого возраста в { $base } г.
assume-war_ages-reason = Оценка числа погибших не даёт ни возрастов, ни даты окончания; годовой темп — погибшие к дате оценки, делённые на месяцы с начала вторжения.
assume-war_ages-source = оценка официальных лиц США, приведённая в записке: { $brief }
assume-labour_sex-reason = Доля мужчин среди уроженцев Узбекистана, Таджикистана и Киргизии, живущих в России на 1 июля { $year } г.: { $men } из { $total } тыс. ({ $by }). Рычаги меняют именно эту численность, поэтому берётся её состав; данных о поле годовых потоков нет.
assume-labour_ages-why = Резкий пик молодых взрослых и мало детей: люди приезжают работать; после трудового возраста не переезжают.
assume-labour_wpp-title = Трудовые мигранты: отклонение от WPP, а не повторный счёт
assume-labour_wpp-value = 0 — собственная миграция WPP; +500 тыс. — на 500 тыс. человек из этой страны в России больше, чем в прогнозе WPP
assume-labour_wpp-reason = Чистая миграция WPP ({ $wpp }) уже содержит мигрантов из Центральной Азии, не называя их, поэтому рычаг учитывает только изменение сверх неё.
assume-crocus-title = Спад после «Крокуса»: сокращение ежегодных прибытий, а не численности
assume-crocus-value = прибытия таджиков −{ $tjk } % от { $tjk_inflow } тыс. в год, узбеков −{ $uzb } % от { $uzb_inflow } тыс. в год, { $back }
assume-crocus-back-until = с { $first } по { $end } г.; затем прибытия восстанавливаются и разрыв постепенно закрывается
assume-crocus-back-open = с { $first } г. до конца прогноза
assume-crocus-reason = Записка сообщает о падении числа таджикских соискателей работы (Москва и Санкт-Петербург) и притока узбекских трудовых мигрантов после теракта в «Крокус Сити Холле» в марте 2024 г.: это потоки, поэтому модель сокращает прибытия, а отъезды продолжаются, и численность падает постепенно. Таджикская цифра применяется ко всей России. Цифры по Киргизии нет, и прибытия из Киргизии не меняются.
assume-crocus-stock-mvd = оценка МВД, разделённая по долям ДЭСВ ООН
assume-crocus-stock-undesa = численность по ДЭСВ ООН
assume-crocus_turnover-title = Ежегодные прибытия: численность, делённая на средний срок пребывания
assume-crocus_turnover-value = { $measure } делится на средний срок пребывания { $stay } лет: каждый год прибывает и уезжает 1/{ $stay } численности
assume-crocus_turnover-reason = Источники не дают числа ежегодных прибытий; средний срок — середина между сезонной работой менее года и переездом навсегда.
assume-compat_in_wpp-title = Соотечественники: последний уровень уже внутри WPP
assume-compat_in_wpp-value = { $latest } тыс. в год ({ $year } г.; в источнике: «{ $measure }»); добавляется только разница, { $extra } тыс. в год, с { $from } г.
assume-compat_in_wpp-reason = Чистая миграция WPP не разделена по программам: последний сообщённый уровень считается её частью, и его повторный учёт посчитал бы тех же людей дважды. Цифра — поставленные на учёт переселенцы; здесь они считаются прибывшими.
assume-compat_origins-title = Соотечественники: страны выезда в постоянных долях
assume-compat_origins-reason = По странам выезда сообщаются только накопленные прибытия с начала программы; будущие прибытия считаются в тех же долях. Прибывшие из других стран ни из какой прогнозируемой страны не вычитаются.
assume-compat_sex-reason = Переселенцы переезжают семьями; данных об их поле нет, поэтому половина считается мужчинами.
assume-compat_forever-title = Соотечественники: уровень держится до конца прогноза
assume-compat_forever-value = каждый год с { $from } по { $last } г.
assume-compat_forever-reason = Рычаг задаёт годовой уровень без даты окончания; поток не прекращается до конца прогноза.
assume-ua_wpp-title = Украинцы: внутри базы России, перемещаются сверх миграции WPP
assume-ua_wpp-value = { $stock } тыс. украинцев в России на конец { $year } г. (УВКБ ООН); возвращения и новые прибытия — люди, которых прогноз WPP не перемещает
assume-ua_wpp-reason = Они прибыли к { $year } г. и входят в базовое население России, но не Украины. Собственная чистая миграция WPP уже перемещает людей ({ $rus }; { $ukr }), не указывая откуда; люди рычага учитываются сверх неё, поэтому задавайте возвращения сверх предполагаемых WPP.
assume-ua_wpp-source = УВКБ ООН, по записке: { $brief }; { $wpp }
assume-ua_sex-reason = Доля мужчин среди уроженцев Украины, живущих в России на 1 июля { $year } г.
assume-rel_wpp-title = Релоканты: вне базы России, возвращения добавляются к WPP
assume-rel_wpp-value = { $stock } тыс. уехавших после начала вторжения в { $year } г.; возвращения и новые отъезды — люди, которых прогноз WPP не перемещает
assume-rel_wpp-reason = Они уехали начиная с { $year } г., поэтому чистая миграция России по WPP ({ $wpp }) уже учитывает их отъезд, и они входят в население стран пребывания. Прогноз WPP их не возвращает: возвращения добавляются России и вычитаются у стран пребывания; новая эмиграция вычитается из России сверх миграции WPP.
assume-rel_sex-reason = Данных об их поле нет. Многие уехали, спасаясь от мобилизации мужчин { $year } г., поэтому чуть больше половины считаются мужчинами.
assume-rel_ages-why = Молодые взрослые обоих полов и немного детей.
assume-rel_hosts-title = Релоканты: страны пребывания в постоянных долях
assume-rel_hosts-reason = Доля каждой страны — середина диапазона из записки о релокантах, оставшихся там, к числу уехавших по умолчанию; находящиеся в других странах ни у какой прогнозируемой страны не вычитаются.
assume-rel_hosts-source = аналитическая записка Пражского процесса «Russian 'Relokanty' in the Caucasus and Central Asia» (2024)

## Опорные линии модели needs (src/scenario/needs.rs): needs-ID-label, -source
needs-source-wpp = ООН, ДЭСВ, Отдел народонаселения (2024), World Population Prospects 2024
needs-span = { $from }–{ $to }
needs-un_assumption-label = ООН WPP 2024, средний вариант: принятая чистая миграция ({ $country })
needs-un_assumption-source = { $wpp }, средний вариант прогноза, календарные годы
needs-observed-label = Чистая миграция ({ $country }), оценки ООН WPP 2024 за { $from }–{ $to } гг.
needs-observed-source = { $wpp }, оценки, календарные годы
needs-rosstat_low-label = Росстат, окт. 2023, низкий вариант: { $n } тыс. в год (в среднем за { $span } гг.)
needs-rosstat_low-source = Демографический прогноз Росстата, октябрь 2023 г., низкий вариант, чистая миграция ({ $reported }, { $url }); в записке Crossroads (2025, CR011) — «базовая цифра иммиграции» { $immigration } человек: “{ $quote }”
needs-compatriots_goal-label = Цель Программы соотечественников: { $n } тыс. в год (поставлена в { $year } г.)
needs-compatriots_goal-source = Sahadeo & Morrison, записка Пражского процесса, январь 2025 г. (CR023): «{ $quote }»
needs-compatriots_latest-label = Программа соотечественников, { $year } г.: { $n } тыс. ({ $measure }, { $source } { $year })
needs-compatriots_latest-source = { $source } по данным { $outlet }, { $date } ({ $url })
compat-measure-registered = поставлено на учёт переселенцев
compat-measure-participants_and_family = участников и членов их семей
compat-measure-participants_resettled = участников, переселившихся
compat-measure-moved = переселилось

## Значения по умолчанию для долей переводов (src/scenario/figures.rs)
remit-share-transfers = Приближение, { $pct } %: переводы из России в Киргизию в { $year } г., { $from } млрд долл. (записка Пражского процесса о релокантах, Sahadeo 2024), к личным переводам по данным Всемирного банка за { $year } г., { $wb } млрд долл. Это разные понятия (денежные переводы и переводы в платёжном балансе): тот же расчёт для Армении ({ $low }–{ $high } млрд долл., переведённые россиянами, по записке, к { $arm } млрд долл. по данным Всемирного банка за { $year } г.) даёт { $ratio_low }–{ $ratio_high } %
remit-share-emigrants = Допущение ({ $country }): доля России среди { $thousand } тыс. эмигрантов, живущих в восьми странах модели (ООН DESA 2024), { $pct } %: верхняя граница доли России среди эмигрантов (другие страны не учтены), принятая за долю переводов из России
