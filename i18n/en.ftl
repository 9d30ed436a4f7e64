# English words of the widget, its charts and its command line (Project Fluent syntax, one
# message per line; placeables { $name }). Every other catalog has exactly these keys.

## Stories: the briefs' questions (src/scenario/stories.rs)
story-rosstat_low-question = How far could Russia's population fall?
story-compatriots_goal-question = What if the Compatriots Program met its goal?
story-crocus_persists-question = What if migrants keep away after the Crocus attack?
story-war_ends_relokanty_return-question = What if the war ended and the relokanty came home?
story-no_net_migration-question = What if no migrants came at all?
story-hold_workforce-question = What would it take to keep Russia's workforce at its 2025 size?
story-rosstat_low-caption = Rosstat's low variant (October 2023): { $published } million people on 1 January { $horizon } with Crimea and Sevastopol, { $adjusted } million without them, against { $un } million in UN WPP 2024.
story-compatriots_goal-caption = If the Compatriots Program's goal of { $goal } thousand a year were met from { $from }, Russia would have { $diff } people on 1 July { $year } than UN WPP 2024 projects ({ $un } → { $value } million).
story-crocus_persists-caption = If the post-Crocus drop in arrivals from Tajikistan and Uzbekistan lasted to { $until }, Russia would have { $diff } people on 1 July { $year } than UN WPP 2024 projects.
story-war_ends_relokanty_return-caption = If the war ended in { $war_end } and { $share } % of the relokanty came back by { $by }, Russia would have { $diff } people on 1 July { $year } than UN WPP 2024 projects.
story-no_net_migration-caption = Without any net migration, Russia would have { $diff } people on 1 July { $year } than UN WPP 2024 projects ({ $un } → { $value } million).
story-hold_workforce-caption = Holding the working-age population (20-64) at its 2025 size with extra migrants every year, Russia would have { $diff } people on 1 July { $year } than UN WPP 2024 projects ({ $un } → { $value } million).
story-other-caption = Russia on 1 July { $year }: { $value } million people, { $diff } than UN WPP 2024 projects.
diff-more-million = { $n } million more
diff-fewer-million = { $n } million fewer
diff-more-thousand = { $n } thousand more
diff-fewer-thousand = { $n } thousand fewer

## Sources panel: datasets (data/transcribed/datasets.tsv holds their ids, files, years and links)
dataset-wpp2024-name = World Population Prospects 2024
dataset-wpp2024-short = UN WPP 2024
dataset-wpp2024-publisher = United Nations, Department of Economic and Social Affairs, Population Division
dataset-wpp2024-licence = CC BY 3.0 IGO
dataset-desa_stock2024-name = International Migrant Stock 2024
dataset-desa_stock2024-short = UN DESA migrant stock 2024
dataset-desa_stock2024-publisher = United Nations, Department of Economic and Social Affairs, Population Division
dataset-desa_stock2024-licence = UN DESA terms of use (free reuse with citation)
dataset-wdi-name = World Development Indicators: personal remittances, received; GDP (current US$)
dataset-wdi-short = World Bank WDI
dataset-wdi-publisher = World Bank
dataset-wdi-licence = CC BY 4.0
dataset-rosstat2023-name = Demographic forecast to 2046 (October 2023), as reported by news agencies; census 2021 population of Crimea and Sevastopol
dataset-rosstat2023-short = Rosstat
dataset-rosstat2023-publisher = Rosstat (Federal State Statistics Service)
dataset-rosstat2023-licence = Facts, each figure cited with its report
dataset-compatriots-name = State Program for the Voluntary Resettlement of Compatriots: figures as reported
dataset-compatriots-short = Compatriots Program
dataset-compatriots-publisher = Interior Ministry of Russia and others, as reported by news outlets
dataset-compatriots-licence = Facts, each figure cited with its report
dataset-brief_crossroads2025-name = Sahadeo, J. & Morrison, N. Russian Migration Policy at the Crossroads: Trends and Regional Repercussions. Prague Process Policy Brief, January 2025
dataset-brief_crossroads2025-short = Crossroads brief (January 2025)
dataset-brief_crossroads2025-publisher = Prague Process Secretariat, ICMPD, Vienna
dataset-brief_crossroads2025-licence = Facts, each figure cited with its wording
dataset-brief_relokanty2024-name = Sahadeo, J. Russian “Relokanty” in the Caucasus and Central Asia: Cooperation and Tensions between States and Societies. Prague Process Policy Brief, February 2024
dataset-brief_relokanty2024-short = Relokanty brief (February 2024)
dataset-brief_relokanty2024-publisher = Prague Process Secretariat, ICMPD, Vienna
dataset-brief_relokanty2024-licence = Facts, each figure cited with its wording and endnote

## Sources panel: codes of data/rosstat_forecast.csv in words
rosstat-population = population
rosstat-males = men
rosstat-females = women
rosstat-births = births
rosstat-deaths = deaths
rosstat-natural_decrease = natural decrease
rosstat-net_migration = net migration
rosstat-million = million
rosstat-thousand = thousand
rosstat-thousand_per_year = thousand a year
rosstat-years = years
rosstat-persons = people
rosstat-births_maximum = births, maximum
rosstat-deaths_minimum = deaths, minimum
rosstat-natural_decrease_2024_2032 = natural decrease 2024–2032
rosstat-net_migration_range = net migration, range
rosstat-total_population_change = total population change
rosstat-population_change_to_2046 = population change to 2046
rosstat-population_decline_2024_2032 = population decline 2024–2032
rosstat-average_annual_decline = average yearly decline
rosstat-population_threshold = population threshold
rosstat-total_fertility_rate = total fertility rate
rosstat-e0_both = life expectancy at birth, both sexes
rosstat-e0_male = life expectancy at birth, men
rosstat-e0_female = life expectancy at birth, women
rosstat-children_per_woman = children per woman
rosstat-population_republic_of_crimea = population of the Republic of Crimea
rosstat-population_sevastopol = population of Sevastopol
rosstat-medium = medium
rosstat-low = low
rosstat-high = high

## Sources panel: citations (src/chart/sources.rs)
sources-qualifier-more_than = more than 
sources-qualifier-about = about 
sources-qualifier-almost = almost 
sources-compatriots = Compatriots Program { $year }: { $qualifier }{ $value } people ({ $measure })
sources-compatriots-by = { $source }; reported by { $outlet }, { $date }
sources-compatriots-fact = { $fact }: { $value }
sources-rosstat-census = Rosstat, 2021 census, { $indicator }, { $date }: { $value } { $unit }
sources-rosstat-forecast = Rosstat forecast (October 2023), { $variant } variant, { $indicator }, { $date }: { $value } { $unit }
sources-brief = { $brief }{ $when }: “{ $stated }”

## Presets named in the catalogs (src/scenario/presets.rs)
preset-hold_workforce-name = Working age (20-64) held at its { $year } size by extra migrants

## The widget's fixed words (www/crossroads.js reads them with the wasm method `words`; { $name } filled there)
ui-language = Language
ui-view = View
ui-preset = Preset
ui-preset-none = Custom scenario
ui-year = Year
ui-stories = Questions to explore
ui-story-pick = Choose a question
ui-play = Play
ui-pause = Pause
ui-back = Back
ui-forward = Forward
ui-back-title = Back to the previous setting
ui-forward-title = Forward to the next setting
ui-close = Close
ui-reset = Reset
ui-copy-link = Copy link
ui-copy-embed = Copy embed code
ui-png = Download PNG
ui-csv = Download data (CSV)
ui-table = Data table
ui-sources = Sources
ui-assumptions = Assumptions
ui-copied = Copied to the clipboard:
ui-copy-manual = Copy this text:
ui-default-is = Default
ui-source = source
ui-panic = This chart stopped because of an internal error (other charts on the page are not affected). Reload the page to try again.
ui-chart = Chart
ui-datasets = Where the numbers come from
ui-parameter-sources = Defaults of the sliders
ui-more-levers = More levers: { $n } that do not move this chart
ui-clamp = { $given } is outside { $min }…{ $max }; using { $used }
ui-bad-lang = lang="{ $given }" is not a language of this widget (en, ru): using the page's language.
ui-bad-height = height="{ $given }" is not a height in CSS pixels: the chart keeps its own proportions.
ui-height-clamped = height="{ $given }" is outside 220…2000 pixels: using { $used }.
ui-bad-controls = controls: { $keys } ignored: no such control (view, country, lang, preset, year, presets, b or a lever's key).
ui-b-country = Scenario B's country ({ $b }) is ignored: A and B are compared in one country, { $a }.
ui-shortfall = { $from } runs out of people of the ages this stream takes: { $people } thousand of it cannot move ({ $from } → { $to }, over the whole projection).
ui-retired = “{ $given }” in the address is ignored: this lever was removed: no lever moves that country's migrants in Russia, so it changed nothing (its remittances are shown as World Bank history only).
ui-citations = Every published figure with its source ({ $n })
band-legend = { $who }: { $level } of simulated futures
band-who-scenario = Your scenario
band-who-a = A
band-who-b = B
band-alt-scenario = your scenario
band-alt-a = scenario A
band-alt-b = scenario B
band-alt = { $level80 } of simulated futures of { $who } lie between { $low } and { $high } in { $year } (95 %: { $low95 } to { $high95 }; { $n } simulated futures with WPP 2024's published uncertainty of fertility, life expectancy and migration).
band-column = { $who }: band, { $level }
ui-band-unavailable = The band of simulated futures is unavailable here: this page or browser does not allow Web Workers. The scenario is drawn without it.
ui-band-failed = The band of simulated futures could not be computed: { $error }
