# English words of the widget, its charts and its command line (Project Fluent syntax, one
# message per line; placeables { $name }). Every other catalog has exactly these keys.

## Levers: labels of the parameter table's rows (src/scenario/params.rs) and their units
lever-source-neutral = Neutral: leaves UN WPP 2024 unchanged
lever-source-neutral_plain = Neutral
lever-source-assumption = Assumption
lever-source-no_migrants = Neutral: no migrants added
lever-source-base_year = Neutral: the base year of the projection
lever-source-countries = The eight focus countries of the briefs
lever-source-variants = UN WPP 2024 (medium; low/high = -/+0.5 child fertility variants)
lever-source-tfr_year = Assumption (neutral unless the target differs from the UN path)
lever-source-e0_year = Assumption: the shift grows linearly from zero in the base year (2045 is the horizon of Rosstat's e0 assumptions)
lever-source-war_end = Assumption: the briefs give no end date; the default (the base year) adds no war deaths to UN WPP 2024
lever-source-changes_zero = Assumption (neutral while the changes are zero)
lever-source-flows_zero = Assumption (neutral while the flows are zero)
lever-source-total_population = Neutral: the total population
lever-source-un_medium = Neutral: UN WPP 2024 medium
lever-source-own_level = Neutral: the measure's own value in the start year
lever-country = Country shown
lever-variant = UN WPP 2024 variant the scenario starts from
lever-measure = Measure drawn over time
lever-tfr_mode = Fertility lever
lever-tfr_shift = TFR shift relative to UN medium
lever-tfr_target = Target TFR
lever-tfr_year = Year the target TFR is reached
lever-e0_m = Life expectancy at birth, men: shift from UN medium
lever-e0_f = Life expectancy at birth, women: shift from UN medium
lever-e0_year = Year the e0 shift is reached in full
lever-war_deaths = Russian military deaths added after the base year (US officials' estimate)
lever-war_end = War deaths continue until mid-year
lever-mig_scale = UN WPP 2024 net migration kept (besides the streams below)
lever-stock = Measure of the Central Asian labour-migrant stock in Russia
lever-lab_uzb = Uzbek migrants in Russia: change in stock
lever-lab_tjk = Tajik migrants in Russia: change in stock
lever-lab_kgz = Kyrgyz migrants in Russia: change in stock
lever-lab_year = Year the labour-stock change is reached
lever-crocus_end = Post-Crocus fall in Tajik and Uzbek arrivals lasts until
lever-compat = Compatriots Program arrivals
lever-compat_from = Compatriots level applies from
lever-ua_return = Ukrainians in Russia returning to Ukraine
lever-ua_more = Further arrivals of Ukrainians in Russia
lever-ua_year = Ukrainian flows last until
lever-rel_stock = Russians who left since February 2022 (relokanty)
lever-rel_return = Relokanty returning to Russia
lever-rel_more = Further emigration of Russians
lever-rel_year = Relokanty flows last until
lever-rshare_kgz = Kyrgyzstan: % of remittances assumed to come from Russia
lever-rshare_tjk = Tajikistan: % of remittances assumed to come from Russia
lever-rshare_uzb = Uzbekistan: % of remittances assumed to come from Russia
lever-hold = Hold a measure with extra net migrants
lever-hold_from = Hold the measure from mid-year
lever-hold_level = Level to hold (0 = its value in the start year)
lever-view = Chart shown
lever-year = Year of the pyramid (1 July)
lever-lang = Language of the chart
lever-b = Scenario B of the comparison
lever-presets = Presets drawn on the projection
unit-children_per_woman = children per woman
unit-years = years
unit-year = year
unit-thousand = thousand
unit-thousand_per_year = thousand per year
unit-percent = %
unit-percent_of_stock = % of stock
unit-in_the_measure_s_unit = in the measure's unit

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

## Why a measure cannot be held (src/scenario/solve.rs)
hold-fail = the measure cannot be held from { $year }: { $why }
hold-fail-level = the level is not above zero
hold-fail-cannot-reach = migrants of the labour-migrant ages cannot bring the measure to the level
hold-fail-world = it would need more migrants in one year than there are people in the rest of the world (UN WPP 2024 world population)
hold-fail-cohorts = the emigration needed would take more people of some ages than there are

## The widget's controls (src/app): view names, lever groups, choices, units and the
## sources of the sliders' defaults that the parameter table writes as fixed phrases (the
## English text is the table's; a source not listed here is shown as the table writes it)
view-projection = Projection
view-pyramid = Age pyramid
view-compare = Compare scenarios
view-compatriots = Compatriots
view-remittances = Remittances
view-relokanty = Relokanty
view-needs = Migrants needed
group-view = Country and variant
group-fertility = Fertility
group-survival = Survival
group-war = War
group-migration = Other migration
group-labour = Central Asian labour migrants
group-compatriots = Compatriots Program
group-ukrainians = Ukrainians
group-relokanty = Relokanty
group-remittances = Remittances
group-hold = Replacement migration: hold a measure
choice-presets-none = none
choice-presets-rosstat = Rosstat 2023
choice-presets-un = UN low/high
choice-presets-all = all presets
choice-variant-medium = medium
choice-variant-low = low
choice-variant-high = high
choice-tfr_mode-shift = shift the UN path
choice-tfr_mode-target = reach a target
choice-stock-undesa = UN DESA (residents born there)
choice-stock-mvd = Interior Ministry (all migrants)
choice-hold-none = nothing
choice-hold-population = total population
choice-hold-pop_20_64 = people aged 20–64
choice-hold-pop_15_64 = people aged 15–64
choice-hold-support_ratio = people 20–64 per person 65+
choice-hold-men_18_59 = men aged 18–59
choice-measure-population = total population
choice-measure-pop_20_64 = people aged 20–64 (working age)
choice-measure-pop_15_64 = people aged 15–64
choice-measure-support_ratio = support ratio (people 20–64 per person 65+)
choice-measure-men_18_59 = men aged 18–59 (military age)
choice-measure-old_age_dependency = old-age dependency (people 65+ per person 20–64)
source-neutral-wpp = Neutral: leaves UN WPP 2024 unchanged
source-assumption = Assumption
source-neutral = Neutral
source-neutral-no-migrants = Neutral: no migrants added
source-neutral-base-year = Neutral: the base year of the projection
source-focus-countries = The eight focus countries of the briefs
source-wpp-variants = UN WPP 2024 (medium; low/high = -/+0.5 child fertility variants)
source-assumption-target = Assumption (neutral unless the target differs from the UN path)
source-assumption-e0 = Assumption: the shift grows linearly from zero in the base year (2045 is the horizon of Rosstat's e0 assumptions)
source-war-deaths = US officials' estimate of Russian military dead: 115000 by 2024-10 (Prague Process brief, January 2025), over the 32 months since the invasion of 2022-02
source-war-end = Assumption: the briefs give no end date; the default (the base year) adds no war deaths to UN WPP 2024
source-assumption-changes = Assumption (neutral while the changes are zero)
source-assumption-flows = Assumption (neutral while the flows are zero)
source-crocus = Prague Process brief, January 2025: since the Crocus attack of 22 March 2024, job seekers from Tajikistan to Moscow and St Petersburg -60 %, inflow of Uzbek labourers -40 %. Applied to yearly arrivals (assumed: the stock over a mean stay of 5 years), not to the stock; no Kyrgyz figure
ui-failed = The chart could not be drawn:
ui-failed-details = Details (the program's message, in English)
ui-idle = No effect as set: { $why }.
ui-idle-choice = No effect as set: it acts only when “{ $choice }” is “{ $acts }” (now “{ $now }”).
ui-ignored = “{ $part }” is not understood and is ignored; the other settings are kept.
ui-ignored-suggest = “{ $part }” is not understood and is ignored (did you mean “{ $guess }”?); the other settings are kept.
ui-ignored-choices = “{ $part }” is not understood and is ignored (the choices are { $choices }); the other settings are kept.
ui-ignored-message = { $message }. Ignored; the other settings are kept.

## Numbers in sentences (src/i18n.rs: number, signed, percent; { "…" } keeps a space)
number-decimal = .
number-group = ,
number-minus = −
number-plus = +
number-percent = { $n } %
list-separator = { ", " }

## Measures (src/scenario/measure.rs): names, units, where a UN value comes from

## Chart words (src/chart): titles, axes, legends, notes and table headers, by view
# chart-axis-*
chart-axis-year = Year
# chart-common-*
chart-common-engine-baseline = engine baseline
chart-common-event = Event:
chart-common-event-dates = Event dates:
chart-common-million = million
chart-common-millions = Millions
chart-common-no-levers-moved = no levers moved
chart-common-published = published
chart-common-source-of-the-un-value = Source of the UN value
chart-common-thousand = thousand
chart-common-un-medium = UN medium
chart-common-year-1-july = Year (1 July)
# chart-compare-*
chart-compare-65-per-100-aged-20-64 = 65+ per 100 aged 20–64
chart-compare-a = A
chart-compare-a-2 = A:
chart-compare-a-b = A − B
chart-compare-a-b-mln = A − B, mln
chart-compare-a-no-levers-moved-un-medium = A: no levers moved (UN medium)
chart-compare-a-your-scenario = A: your scenario
chart-compare-aged-20-64 = Aged 20–64
chart-compare-b = B
chart-compare-b-2 = B:
chart-compare-births = Births
chart-compare-crossroads-engine-on-un-wpp-2024 = Crossroads engine on UN WPP 2024 inputs (CC BY 3.0 IGO): population at 1 July, thousands
chart-compare-defaults = (defaults)
chart-compare-levers-moved-in-a = Levers moved in A
chart-compare-lines = Lines
chart-compare-median-age = Median age
chart-compare-outcome = Outcome
chart-compare-population = Population
chart-compare-population-millions = Population, millions
chart-compare-source-crossroads-cohort-component = Source: Crossroads cohort-component engine on UN WPP 2024 inputs; population at 1 July. Old-age dependency = people 65+ per 100 aged 20–64.
chart-compare-un-estimates = UN estimates
chart-compare-un-medium-jul1-un-wpp-2024-medium-at = un_medium_jul1: UN WPP 2024 medium at 1 July, the mean of the 31 December totals before and after it, thousands
# chart-compatriots-*
chart-compatriots-2012-2020-and-2021-not-found-the = 2012, 2020 and 2021 not found; the goal and the 2019 registered level: the brief.
chart-compatriots-about = about
chart-compatriots-almost = almost
chart-compatriots-became-participants-and-resettled = Became participants and resettled
chart-compatriots-citizens-of-tajikistan = citizens of Tajikistan:
chart-compatriots-compatriots-program-people-moving-to = Compatriots Program: people moving to Russia a year, by measure, thousands
chart-compatriots-goal = goal:
chart-compatriots-goal-set-in-2012 = Goal set in 2012:
chart-compatriots-less-than = less than
chart-compatriots-more-than = more than
chart-compatriots-moved-under-the-programme-fms-mvd = Moved under the programme (FMS/MVD)
chart-compatriots-mvd-data = MVD data
chart-compatriots-participants-and-family-members-mfa = Participants and family members (MFA)
chart-compatriots-resettlers-registered-with-the-mvd = Resettlers registered with the MVD
chart-compatriots-sources = Sources:
chart-compatriots-thousand-a-year = thousand a year
chart-compatriots-thousand-a-year-from = thousand a year from
chart-compatriots-thousand-people-a-year = Thousand people a year
chart-compatriots-thousands = Thousands
chart-compatriots-via = via
chart-compatriots-your-level = Your level:
# chart-ctx-*
chart-ctx-scenario-b = Scenario B
# chart-measure-*
chart-measure-scenario = Scenario
chart-measure-scenario-and-presets-crossroads = scenario and presets: Crossroads engine, 1 July
chart-measure-source-un-wpp-2024-medium-published = Source: UN WPP 2024 medium (published where WPP publishes the measure; else the Crossroads engine's projection of WPP's medium inputs); scenario: Crossroads cohort-component engine (1 July).
chart-measure-the-scenario-with-no-levers-moved = the scenario with no levers moved
chart-measure-un-wpp-2024-cc-by-3-0-igo-medium-at = UN WPP 2024 (CC BY 3.0 IGO) medium at 1 July: published where un_source says so (sums of WPP's 5-year age groups, or the total); else the Crossroads engine's projection of WPP's medium inputs
chart-measure-un-wpp-2024-medium-inputs-projected = UN WPP 2024 medium inputs projected by the Crossroads engine (WPP does not publish this measure)
chart-measure-un-wpp-2024-medium-published = UN WPP 2024 medium, published
chart-measure-un-wpp-2024-medium-the-engine-s = UN WPP 2024 medium: the engine's projection of WPP's inputs between published points
chart-measure-your-scenario = your scenario
# chart-needs-*
chart-needs-men-aged-18-59 = men aged 18–59
chart-needs-million = Million
chart-needs-net-migrants-thousand-a-year = Net migrants, thousand a year
chart-needs-old-age-dependency-65-per-20-64 = old-age dependency (65+ per 20–64)
chart-needs-people-aged-15-64 = people aged 15–64
chart-needs-people-aged-20-64 = people aged 20–64
chart-needs-population-million = Population, million
chart-needs-the-population = the population
chart-needs-the-support-ratio-20-64-per-65 = the support ratio (20–64 per 65+)
chart-needs-thousand-a-year = Thousand a year
# chart-projection-*
chart-projection-high = high
chart-projection-low = low
chart-projection-medium = medium
chart-projection-population = population
chart-projection-population-millions = Population, millions
chart-projection-scenario-and-presets-crossroads = scenario and presets: Crossroads engine, population at 1 July, thousands
chart-projection-source-un-wpp-2024-year-end-totals = Source: UN WPP 2024 (year-end totals); scenario: Crossroads cohort-component engine (1 July).
chart-projection-to-2046 = , to 2046
chart-projection-un-wpp-2024-cc-by-3-0-igo-total = UN WPP 2024 (CC BY 3.0 IGO): total population at 31 December (columns *_dec31) and at 1 July as the mean of the year-ends before and after it (columns *_jul1), thousands
# chart-pyramid-*
chart-pyramid-age = Age
chart-pyramid-fewer-than-baseline-war-deaths = Fewer than baseline (war deaths, emigration)
chart-pyramid-men = Men
chart-pyramid-source-crossroads-cohort-component = Source: Crossroads cohort-component engine on UN WPP 2024 inputs; baseline = the engine's UN medium projection. Age 100 = 100 and over.
chart-pyramid-thousands-of-people-of-each-year-of = Thousands of people of each year of age
chart-pyramid-un-medium-baseline = UN medium baseline
chart-pyramid-women = Women
chart-pyramid-your-scenario = your scenario
# chart-relokanty-*
chart-relokanty-all-migrants-and-expats = all migrants and expats
chart-relokanty-cited = cited:
chart-relokanty-counts-all-temporary-migrants-and = counts all temporary migrants and expats, not only relokanty
chart-relokanty-not-in-its-sources = not in its sources
chart-relokanty-printed-in-the-brief-not-in-its = printed in the brief; not in its cited sources
chart-relokanty-range-in-the-brief-2022-2023-taken = Range in the brief (2022–2023), taken as mid-2025
chart-relokanty-relokanty-in-host-countries-the = Relokanty in host countries: the brief's ranges and your scenario, thousands
chart-relokanty-russians-staying-thousands = Russians staying, thousands
chart-relokanty-scenario = scenario
# chart-remittances-*
chart-remittances-and = and
chart-remittances-history-only = history only
chart-remittances-of-gdp = % of GDP
chart-remittances-percent-of-gdp-computed = Percent of GDP (computed)
chart-remittances-remittances-received-as-a-share-of = Remittances received as a share of GDP: history and scenario
chart-remittances-row-kind-brief-no-year = row kind=brief (no year):
chart-remittances-scenario-the-part-of-remittances = scenario: the part of remittances assumed to come from Russia moves with the stock of migrants in Russia; GDP and remittances per migrant held at the last World Bank year
chart-remittances-world-bank-wdi-cc-by-4-0-personal = World Bank WDI (CC BY 4.0): personal remittances received BX.TRF.PWKR.CD.DT and GDP NY.GDP.MKTP.CD, current US$; pct_gdp = 100 * remittances / GDP (computed, not the Bank's % series)
# chart-shared-*
chart-shared-millions = millions
chart-shared-ratio = Ratio
chart-shared-scenario-no-levers-moved = Scenario (no levers moved)
chart-shared-your-scenario = Your scenario
# chart-table-*
chart-table-current-us = current US$
chart-table-defaults-un-wpp-2024-medium = (defaults: UN WPP 2024 medium)
chart-table-persons = persons
chart-table-scenario = Scenario:
chart-table-source = Source:
chart-table-years = years
# event-*
event-prague-process-policy-brief = Prague Process policy brief
event-sahadeo-2024-prague-process-policy = Sahadeo (2024), Prague Process policy brief
event-sahadeo-morrison-2025-prague-process = Sahadeo & Morrison (2025), Prague Process policy brief
# chart-*-col-*: table and CSV headers; legends
chart-compare-col-year = Year (1 July)
chart-compare-col-a-population-jul1 = A: population
chart-compare-col-b-population-jul1 = B: population
chart-compare-col-diff-a-minus-b-jul1 = A − B
chart-compare-col-un-medium-jul1 = UN medium
chart-compare-col-measure = Outcome
chart-compare-col-unit = Unit
chart-compare-col-a = A
chart-compare-col-b = B
chart-compare-col-diff-a-minus-b = A − B
chart-compatriots-col-year = Year
chart-compatriots-col-registered-citizens-of-tajikistan = Of the registered: citizens of Tajikistan
chart-compatriots-col-qualifier = Qualifier
chart-compatriots-col-measure-as-reported = Measure as reported
chart-compatriots-col-source = Source
chart-compatriots-col-reported-by = Reported by
chart-compatriots-col-reported-on = Reported on
chart-compatriots-col-url = Link
chart-compatriots-col-line = Line
chart-compatriots-col-persons-per-year = Persons a year
chart-compatriots-col-from-year = From
chart-needs-col-year = Year from 1 July
chart-needs-col-needed-extra = Extra net migrants needed
chart-needs-col-own = Net migration of the scenario
chart-needs-col-total = Net migration that holds the measure
chart-needs-col-un-wpp-medium = UN WPP 2024 net migration (medium)
chart-needs-col-population-with-jul1 = Population with the extra migrants, 1 July
chart-needs-col-population-without-jul1 = Population without them, 1 July
chart-needs-col-migrant-origin-share = Post-base migrants and descendants, share
chart-needs-col-line = Reference level
chart-needs-col-thousand-per-year = Thousand a year
chart-needs-col-from-year = From
chart-needs-col-to-year = To
chart-needs-of-which-extra-beyond-the-scenario-s = of which extra, beyond the scenario's own
chart-needs-engine-the-scenario-projected-twice = Engine: the scenario projected twice, with and without the extra migrants (labour-migrant ages and sexes); the measure is held at the end of each year from 1 July.
chart-needs-with-the-extra-migrants = with the extra migrants
chart-needs-dashed-without = dashed: without
chart-projection-col-year = Year
chart-projection-col-un-estimate-dec31 = UN estimate, 31 Dec
chart-projection-col-un-medium-dec31 = UN medium, 31 Dec
chart-projection-col-un-low-dec31 = UN low, 31 Dec
chart-projection-col-un-high-dec31 = UN high, 31 Dec
chart-projection-col-un-80-lower-dec31 = UN 80 % lower, 31 Dec
chart-projection-col-un-80-upper-dec31 = UN 80 % upper, 31 Dec
chart-projection-col-un-95-lower-dec31 = UN 95 % lower, 31 Dec
chart-projection-col-un-95-upper-dec31 = UN 95 % upper, 31 Dec
chart-projection-col-un-estimate-jul1 = UN estimate, 1 Jul
chart-projection-col-un-medium-jul1 = UN medium, 1 Jul
chart-projection-col-scenario-jul1 = Scenario, 1 Jul
chart-projection-col-rosstat-variant = Rosstat variant
chart-projection-col-date = Date
chart-projection-col-published-with-crimea-sevastopol = As published (with Crimea and Sevastopol)
chart-projection-col-crimea-sevastopol-removed = Crimea and Sevastopol removed
chart-projection-col-adjusted-drawn-against-un = Drawn against UN
chart-projection-after-2046-the-engine-s = after 2046: the engine's extrapolation of Rosstat's assumptions
chart-projection-un-estimates = UN estimates
chart-projection-un-medium = UN medium
chart-projection-80-interval = 80 % interval
chart-projection-95-interval = 95 % interval
chart-projection-un-low-high-0-5-child = UN low / high (±0.5 child)
chart-projection-rosstat-1-jan-2046-as-published-with = Rosstat, 1 Jan 2046, as published (with Crimea and Sevastopol)
chart-projection-rosstat-1-jan-2046-minus-crimea-and = Rosstat, 1 Jan 2046, minus Crimea and Sevastopol
chart-pyramid-col-age = Age
chart-pyramid-col-male-jul1 = Men
chart-pyramid-col-female-jul1 = Women
chart-pyramid-col-baseline-male-jul1 = Men, baseline
chart-pyramid-col-baseline-female-jul1 = Women, baseline
chart-relokanty-col-iso3 = Country
chart-relokanty-col-brief-low = Brief, low
chart-relokanty-col-brief-high = Brief, high
chart-relokanty-col-low-source = Low: cited publisher
chart-relokanty-col-high-source = High: cited publisher
chart-relokanty-col-low-check = Low: check
chart-relokanty-col-high-check = High: check
chart-relokanty-col-year = Year (mid-year)
chart-relokanty-col-scenario-change = Scenario change
chart-relokanty-col-scenario-low = Scenario, low
chart-relokanty-col-scenario-high = Scenario, high
chart-remittances-col-iso3 = Country
chart-remittances-col-year = Year
chart-remittances-col-kind = Kind
chart-remittances-col-stock-in-russia = Migrants in Russia
chart-remittances-col-remittances-usd = Remittances
chart-remittances-col-pct-gdp = Share of GDP

## Months (src/chart/i18n.rs): standing alone, and after a day number (genitive in Russian: "22 марта 2024")
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
month-of-day-1 = Jan
month-of-day-2 = Feb
month-of-day-3 = Mar
month-of-day-4 = Apr
month-of-day-5 = May
month-of-day-6 = Jun
month-of-day-7 = Jul
month-of-day-8 = Aug
month-of-day-9 = Sep
month-of-day-10 = Oct
month-of-day-11 = Nov
month-of-day-12 = Dec

## Choices of levers in words (Lang::choice)
choice-medium = medium
choice-low = low
choice-high = high
choice-shift = shift
choice-target = target
choice-undesa = UN (DESA)
choice-mvd = Interior Ministry (MVD)

## The briefs' events marked on time charts (src/chart/events.rs)
event-invasion-of-ukraine = invasion of Ukraine
event-mobilisation = mobilisation
event-crocus-city-hall-attack = Crocus City Hall attack

## Chart sentences with placeables (titles, notes, text alternatives)
chart-compare-and-more-all-in-the-csv-and = … and { $more } more { $more -> [one] lever *[other] levers } (all in the CSV and the link)
chart-compare-a-and-b-are-equal-in = A and B are equal in { $year }.
chart-compare-scenario-a-reaches-in-2100-and = { $name }: { $what }scenario A ({ $a_alt }) reaches { $wa } in 2100 and scenario B ({ $b_name }) { $wb }.
chart-compare-scenario-a-against-b = { $name }: { $what }scenario A against B
chart-projection-crimea-and-sevastopol-thousand = Crimea and Sevastopol: { $removed } thousand at Rosstat's 2021 census ({ $date }), held constant, subtracted to compare with UN totals
chart-projection-to = to { $horizon }
chart-pyramid-population-by-age-and-sex-1 = { $name }: population by age and sex, 1 July { $year }
chart-compare-crossroads-engine-on-un-wpp = Crossroads engine on UN WPP 2024 inputs (CC BY 3.0 IGO): { $measure } at 1 July ({ $unit }); un_medium_jul1: UN WPP 2024 medium, published where un_source says so, else the engine's projection of WPP's medium inputs
chart-compatriots-the-brief-says-arrivals = The brief says arrivals averaged less than { $avg } thousand a year over { $y0 }–{ $y1 } (under { $years2 } thousand in { $years } years); the figures reported for { $len } of those years, in different measures, add up to { $sum } thousand, and { $span } each had { $lowest } thousand or more; the claim holds only if { $join } (not found) add up to less than { $room } thousand.
chart-compatriots-of-the-registered-citizens-of = Of the registered: citizens of Tajikistan, { $year }
chart-compatriots-of-the-registered-in-citizens = ; of the registered in { $year }, citizens of Tajikistan: { $p }
chart-compatriots-compatriots-program-thousand = Compatriots Program, thousand people a year, by the measure each source reports: { $join }{ $tajik }. The 2012 goal: { $g } thousand a year; your level: { $l } thousand a year from { $from }. { $note }
chart-needs-net-migration-that-keeps-it-at = Net migration that keeps it at the { $from } level
chart-needs-migrants-needed-to-keep-at-the = { $country }: migrants needed to keep { $what } at the { $from } level, thousand a year
chart-needs-to-keep-in-at-the-level-net = To keep { $what } in { $c } at the { $from } level, net migration would have to average { $total } thousand a year from { $from } to { $y } ({ $extra } thousand more than the scenario's own), against { $un } thousand in UN WPP 2024's assumption; { $total_end } thousand a year to { $end } ({ $extra_end } thousand extra). Migrants who arrived after { $from } and their descendants would be { $y2 } % of the population in { $y } and { $end2 } % in { $end }.
chart-projection-rosstat-s-1-jan-2046-totals = Rosstat's 1 Jan 2046 totals: hollow diamonds as published ({ $published } million, with Crimea and Sevastopol); filled diamonds minus { $gone } million, Crimea and Sevastopol at Rosstat's 2021 census, held constant, to stand against UN totals. The 2025 policy brief (Sahadeo & Morrison) quotes { $start } → { $medium_2046 } million by 2046 (Rosstat's medium: { $rosstat_start } → { $pub_of }) and a worst case of { $worst_2046 } million (low: { $pub_of2 }); its baseline immigration figure of { $immigration } is Rosstat's low variant (net migration { $low_net_migration }k a year on average, 2024–2045).
chart-projection-rosstat-forecast-of-october = Rosstat forecast of October 2023, { $label } variant, 1 January 2046, as published (with Crimea and Sevastopol)
chart-projection-engine-s-extrapolation-of = engine's extrapolation of Rosstat's { $id } assumptions after { $horizon } (jul1)
chart-measure-in-in-2050-and-in-2100-1-july = { $measure }: { $country }: in { $who }, { $a50 } in 2050 and { $a100 } in 2100 (1 July)
chart-measure-un-wpp-2024-medium-in-2050-and = ; UN WPP 2024 medium: { $v50 } in 2050 ({ $u50 }) and { $v100 } in 2100 ({ $u100 })
chart-relokanty-source-scenario-crossroads = Source: { $cite }: { $join }. Scenario (Crossroads): each host loses the returning share of its relokanty and gains its share of further emigration (its midpoint over Re:Russia's); both bounds move in proportion.{ $scaled }
chart-relokanty-russians-who-left-since-2022 = Russians who left since 2022 staying in host countries, thousands: the brief's range and your scenario by mid-{ $year }: { $join }.
chart-remittances-about-of-gdp-with-no-source = { $citation }: { $name }, “about { $v }%” of GDP, with no source and no year given (drawn at { $year })
chart-remittances-computed-from-world-bank = Computed from World Bank remittances and GDP, { $first }–{ $last }
chart-remittances-scenario-migrants-in-russia = Scenario: migrants in Russia change, GDP held at { $span }
chart-remittances-remittances-received-as-a = Remittances received as a percent of GDP (computed from World Bank remittances and GDP, current US$), { $span } → { $end_year } under the scenario: { $join }.
chart-remittances-in = { $v } % in { $y }
chart-compare-a-higher-than-b = A is { $size } higher than B in { $year }.
chart-compare-a-lower-than-b = A is { $size } lower than B in { $year }.
chart-compare-size-million = { $size } million
chart-pyramid-alt = { $name } on 1 July { $year } ({ $scen }): { $men } million men and { $women } million women, median age { $median } (UN medium baseline: { $base_all } million in all, median age { $base_median })
chart-pyramid-alt-fewer-men = ; { $gap } thousand fewer men than the baseline at the ages where the scenario has fewer
chart-pyramid-source-engine = Crossroads engine on UN WPP 2024 inputs (CC BY 3.0 IGO): population at 1 July { $year }, thousands; age 100 = 100+
chart-pyramid-source-baseline = baseline: the engine's projection of UN WPP 2024 medium with no levers

## Chart sentences (text alternatives, sources, CSV notes)
chart-remittances-brief-unsourced = { $name }: the brief's unsourced “about { $v }%”
chart-remittances-source-line = Source: World Bank WDI, personal remittances received and GDP, current US$; share computed from the two series (not the Bank's % of GDP series). Scenario (Crossroads) for { $with } only: the part of remittances assumed to come from Russia (remittance levers) moves with their migrants in Russia. { $without }: history only, as no lever moves their migrants in Russia.
chart-remittances-alt-brief = { $name }, computed from World Bank remittances and GDP: { $years }; { $brief }.
chart-remittances-csv-share = { $name }: { $share } % of remittances assumed to come from Russia; default: { $source }; stock measure { $measure }
chart-remittances-csv-history-only = { $name }: history only (no lever moves its migrants in Russia)
chart-relokanty-scenario-mid-year = Scenario, mid-{ $year } (flows to Russia end in { $end })
chart-relokanty-scaled = Your total of relokanty is { $scale } { $scale -> [one] time *[other] times } Re:Russia's midpoint, so each host starts at its range times { $scale }.
chart-projection-alt = { $name }: in { $who } the population is { $a50 } million in 2050 and { $a100 } million in 2100 (1 July)
chart-projection-alt-against-un = { $name }: in { $who } the population is { $a50 } million in 2050 and { $a100 } million in 2100 (1 July), against { $u50 } and { $u100 } million in the UN WPP 2024 medium variant
chart-projection-alt-no-levers = the scenario with no levers moved
chart-projection-alt-your-scenario = your scenario ({ $levers })
chart-projection-alt-band95 = (95 % interval at the end of the century: { $l }–{ $h } million)

## Preset names in languages other than English (src/chart/ctx.rs; English names are src/scenario/presets.rs's own)
chart-preset-un_medium = UN WPP 2024, medium
chart-preset-un_low = UN WPP 2024, low
chart-preset-un_high = UN WPP 2024, high
chart-preset-rosstat_low = Rosstat Oct 2023, low
chart-preset-rosstat_medium = Rosstat Oct 2023, medium
chart-preset-rosstat_high = Rosstat Oct 2023, high
chart-preset-compatriots_goal = Compatriots Program goal met ({ $compat } thousand a year from { $from })
chart-preset-crocus_persists = Post-Crocus drop persists
chart-preset-war_ends_relokanty_return = War ends in { $war_end }, { $share } % of relokanty return by { $by }
chart-preset-no_net_migration = No net migration

## Measures (src/scenario/measure.rs keys) as charts name them (src/chart/views/shared.rs)
measure-population = Population
measure-pop_20_64 = Population aged 20-64 (working age)
measure-pop_15_64 = Population aged 15-64
measure-support_ratio = Support ratio: people aged 20-64 per person 65+
measure-men_18_59 = Men aged 18-59 (military age)
measure-old_age_dependency = Old-age dependency: people aged 65+ per person 20-64
measure-unit-people = thousand people
measure-unit-support_ratio = people aged 20-64 per person 65+
measure-unit-old_age_dependency = people aged 65+ per person 20-64
un-source-published = UN WPP 2024 medium, published
un-source-engine_baseline = UN WPP 2024 medium inputs projected by the Crossroads engine (WPP does not publish this measure for this year)

## Assumptions panel and `crossroads --assumptions` (src/scenario/assumptions.rs): assume-KEY-title, -value, -reason
assume-heading = Assumptions of this scenario
assume-why = Why
assume-source-label = Source
assume-given = { $text }
assume-country-share = { $country } { $share }
assume-other-countries = other countries
assume-source-model = Model assumption
assume-source-model-of = Assumption of the model
assume-source-wpp = United Nations, DESA, Population Division (2024), World Population Prospects 2024
assume-source-desa = UN DESA, International Migrant Stock 2024
assume-source-rc = Rogers & Castro (1981), Model Migration Schedules, IIASA RR-81-30; parameters chosen for this model
assume-source-brief = Prague Process policy brief "Russian Migration Policy at the Crossroads" (2025)
assume-wpp-migration = { $country } { $years }
assume-wpp-migration-first = { $n } thousand in { $year }
assume-wpp-migration-next = { $n } in { $year }
assume-wpp-migration-none = { $country }: not in the data
assume-who-labour = Labour migrants
assume-who-compatriots = Compatriots Program
assume-who-ukrainians = Ukrainians
assume-who-relokanty = Relokanty
assume-who-extra = Extra migrants
assume-sex-title = { $who }: share of men
assume-sex-value = { $share } men
assume-ages-title = { $who }: ages (model schedule)
assume-ages-value = most often aged about { $peak }; children under 15: { $children }; nobody over { $max } ({ $params })
assume-ages-reason = The data hold no ages of these flows; a Rogers–Castro model migration schedule gives them. { $why }
assume-rc-params = a1 = { $a1 }, α1 = { $alpha1 }, a2 = { $a2 }, μ2 = { $mu2 }, α2 = { $alpha2 }, λ2 = { $lambda2 }, c = { $c }
assume-family-why = Rogers and Castro's standard schedule: families with children.
assume-timing-title = { $who }: evenly over the years, then no more
assume-timing-value = { $total } thousand net into Russia in all, the same each year { $first }–{ $last }; none after { $last }
assume-timing-reason = The lever sets an amount by a year, not a path; an even spread is the simplest, and after it the stream adds nothing to WPP's migration.
assume-hold-title = Migration needed: the measure held
assume-hold-level = { $measure }: { $level } { $unit } from 1 July { $from }
assume-hold-kept = { $measure }: kept at its value on 1 July { $from } in this scenario
assume-hold-reason = Each year the model adds the extra net migrants, on top of everything the scenario already has, that bring the measure back to this level a year later (negative: emigration). This is the UN's replacement migration (2000). Migrants who arrive after 2025 and their children are counted as a second population with the same birth and death rates.
assume-hold-source = United Nations Population Division (2000), Replacement Migration: Is It a Solution to Declining and Ageing Populations?
assume-hold_ages-why = They are taken to be labour migrants, half men and half women: the labour-migrant schedule of the model, as for the Central Asian streams.
assume-hold_world-title = Migration needed: the most that can come
assume-hold_world-value = no more migrants in a year than the rest of the world's population ({ $world } billion people in the world on 1 July { $year })
assume-hold_world-reason = A measure that would need more is reported with the year it can no longer be held; from then on no extra migrants are added.
assume-variant-low = low variant (fertility 0.5 child below medium)
assume-variant-high = high variant (fertility 0.5 child above medium)
assume-variant-medium = medium variant
assume-wpp_variant-title = Starting point: UN World Population Prospects 2024
assume-wpp_variant-reason = Every lever is a change from this projection: with no lever moved the model reproduces WPP's fertility, mortality and net migration.
assume-base_year-title = Base population
assume-base_year-value = 1 July { $year }, by sex and single year of age
assume-base_year-reason = WPP's first projected age structure; earlier years are WPP's estimates. Its five-year age groups are split into single years along a smooth curve of the cumulative counts.
assume-mid_year-title = Population on 1 July; yearly flows spread over mid-year steps
assume-mid_year-value = each step runs from 1 July to 1 July and takes half of each of the two calendar years' flows
assume-mid_year-reason = WPP's age structures are at mid-year and its yearly totals at 31 December; comparing mid-year with mid-year keeps like with like.
assume-wpp_migration-title = WPP's own net migration, kept
assume-wpp_migration-value = { $share } % of WPP's net migrants of every age and sex ({ $wpp })
assume-wpp_migration-reason = WPP's migration already holds recent flows (arrivals from Ukraine, departures after the mobilisation) without naming the groups. Every stream lever moves people in addition to it, as a change from WPP's path; this lever does not scale the streams.
assume-migrant_ages-title = Ages and sexes of WPP's migrants
assume-migrant_ages-value = WPP's net migrants by sex and single year of age for each year; half arrive at the start of a step and half at its end
assume-migrant_ages-reason = WPP publishes the age pattern of its migration; moves are taken to happen evenly through the year.
assume-tfr_path-title = Fertility moves in a straight line to the target
assume-tfr_path-value = from { $base } in { $year } to { $target } in { $until }, then held
assume-tfr_path-reason = No published path leads to a target; a straight line is the simplest. Each year's age pattern of births is WPP's.
assume-tfr_phase-title = Fertility shift phased in as WPP's low and high variants
assume-tfr_phase-value = { $shift } children per woman: ×{ $phase } in { $first }, in full from { $full }
assume-tfr_phase-reason = WPP's ±0.5 child variants reach their full gap over the same years, so the shift stays comparable to them; each year's age pattern of births is kept.
assume-e0_scaling-title = Life expectancy shift: death rates scaled at every age
assume-e0_scaling-value = men { $men }, women { $women } years, growing in a straight line to { $year }
assume-e0_scaling-reason = No age pattern of the change is known; scaling every age by the same factor keeps WPP's age pattern of deaths.
assume-war_ages-title = Excess war deaths: men aged 18–59
assume-war_ages-value = { $deaths } thousand a year until 1 July { $year }, spread over ages 18–59 in proportion to the men of each age in { $base }
assume-war_ages-reason = The estimate of the dead gives no ages and no end date; the yearly rate is the dead so far over the months since the invasion.
assume-war_ages-source = US officials' estimate quoted in the { $brief }
assume-labour_sex-reason = The share of men among people born in Uzbekistan, Tajikistan and Kyrgyzstan living in Russia on 1 July { $year }: { $men } of { $total } thousand ({ $by }). The levers change this stock, so its make-up is used; the data hold no figure on the sex of the yearly flows.
assume-labour_ages-why = A sharp young-adult peak and few children: people who come to work; they stop at working age.
assume-labour_wpp-title = Labour migrants: a change from WPP, not a second count
assume-labour_wpp-value = 0 means WPP's own migration; +500 thousand means 500 thousand more people from that country in Russia than WPP's projection has
assume-labour_wpp-reason = WPP's net migration ({ $wpp }) already holds Central Asian migrants without naming them, so the lever counts only the change beyond it.
assume-crocus-title = Post-Crocus fall: a cut in yearly arrivals, not in the stock
assume-crocus-value = Tajik arrivals −{ $tjk } % of { $tjk_inflow } thousand a year, Uzbek −{ $uzb } % of { $uzb_inflow } thousand a year, { $back }
assume-crocus-back-until = from { $first } to { $end }; then arrivals recover and the gap closes gradually
assume-crocus-back-open = from { $first } to the end of the projection
assume-crocus-reason = The brief reports falls in Tajik job seekers (Moscow and St Petersburg) and in the Uzbek labour inflow since the Crocus City Hall attack of March 2024: flows, so the model cuts arrivals while returns go on, and the stock falls gradually. The Tajik figure is applied to all of Russia. There is no Kyrgyz figure, so Kyrgyz arrivals do not change.
assume-crocus-stock-mvd = the Interior Ministry's estimate, split by UN DESA shares
assume-crocus-stock-undesa = the UN DESA stock
assume-crocus_turnover-title = Yearly arrivals: the stock over a mean stay
assume-crocus_turnover-value = { $measure } over a mean stay of { $stay } years: each year 1/{ $stay } of the stock arrives and 1/{ $stay } leaves
assume-crocus_turnover-reason = The sources give no count of yearly arrivals; the mean stay is a middle value between seasonal work of under a year and settling for good.
assume-compat_in_wpp-title = Compatriots: the latest level is already inside WPP
assume-compat_in_wpp-value = { $latest } thousand a year ({ $year }: "{ $measure }"); only the difference, { $extra } thousand a year, is added from { $from }
assume-compat_in_wpp-reason = WPP's net migration is not split by programme: the latest reported level is taken as part of it, so counting it again would count the same people twice. The figure counts resettlers registered, taken here as arrivals.
assume-compat_origins-title = Compatriots: origins in fixed shares
assume-compat_origins-reason = Only the cumulative arrivals since the programme began are reported by origin; future arrivals are taken to come in the same shares. Those from other countries are not taken from any projected country.
assume-compat_sex-reason = Resettlers move as families; the data hold no figure on their sex, so half are taken to be men.
assume-compat_forever-title = Compatriots: the level holds to the end
assume-compat_forever-value = every year from { $from } to { $last }
assume-compat_forever-reason = The lever sets a yearly level with no end date; the stream never ends within the projection.
assume-ua_wpp-title = Ukrainians: inside Russia's base, moved beyond WPP's migration
assume-ua_wpp-value = { $stock } thousand Ukrainians in Russia at the end of { $year } (UNHCR); returns and further arrivals are people WPP's projection does not move
assume-ua_wpp-reason = They arrived by { $year }, so they are in Russia's base population and not in Ukraine's. WPP's own net migration already moves people ({ $rus }; { $ukr }) without saying from where; the lever's people are counted on top of it, so set returns beyond those WPP assumes.
assume-ua_wpp-source = UNHCR, as quoted in the { $brief }; { $wpp }
assume-ua_sex-reason = The share of men among people born in Ukraine living in Russia on 1 July { $year }.
assume-rel_wpp-title = Relokanty: outside Russia's base, returns added to WPP
assume-rel_wpp-value = { $stock } thousand who left since the invasion of { $year }; returns and further departures are people WPP's projection does not move
assume-rel_wpp-reason = They left from { $year } on, so WPP's net migration of Russia ({ $wpp }) is already net of their departure and they live in the host countries' populations. WPP's projection does not bring them back: returns are added to Russia and taken from the hosts; further emigration is taken from Russia beyond WPP's migration.
assume-rel_sex-reason = The data hold no figure on their sex. Many left to avoid the mobilisation of men of { $year }, so a little more than half are taken to be men.
assume-rel_ages-why = Young adults of both sexes and some children.
assume-rel_hosts-title = Relokanty: host countries in fixed shares
assume-rel_hosts-reason = Each host's share is the midpoint of the brief's range of relokanty staying there over the default number abroad; those in other countries are not taken from any projected country.
assume-rel_hosts-source = Prague Process policy brief "Russian 'Relokanty' in the Caucasus and Central Asia" (2024)

## The needs model's reference lines (src/scenario/needs.rs): needs-ID-label, -source
needs-source-wpp = UN DESA, Population Division (2024), World Population Prospects 2024
needs-span = { $from }-{ $to }
needs-un_assumption-label = UN WPP 2024 medium: net migration of { $country } assumed
needs-un_assumption-source = { $wpp }, medium projection, calendar years
needs-observed-label = Net migration of { $country }, UN WPP 2024 estimates { $from }-{ $to }
needs-observed-source = { $wpp }, estimates, calendar years
needs-rosstat_low-label = Rosstat Oct 2023, low variant: { $n }k a year ({ $span } average)
needs-rosstat_low-source = Rosstat demographic forecast, October 2023, low variant, net migration { $period } ({ $reported }, { $url }); the Crossroads brief (Sahadeo & Morrison, Prague Process, 2025): "{ $quote }"
needs-compatriots_goal-label = Compatriots Program goal: { $n }k a year (set in { $year })
needs-compatriots_goal-source = Sahadeo & Morrison, Prague Process brief, January 2025: "{ $quote }"
needs-compatriots_latest-label = Compatriots Program { $year }: { $n }k ({ $measure }, { $source } { $year })
needs-compatriots_latest-source = { $measure }, { $source } { $year }: { $value } thousand (“{ $quote }”; reported by { $outlet }, { $date })
compat-measure-registered = registered resettlers
compat-measure-participants_and_family = participants and family members
compat-measure-participants_resettled = participants who resettled
compat-measure-moved = moved
compat-latest-source = { $measure }, { $source } { $year }: { $value } thousand (“{ $stated }”; reported by { $outlet }, { $date })
fig-tfr-base-source = UN WPP 2024 medium, Russia, { $year }
fig-stock-source = UN DESA International Migrant Stock 2024 (UZ { $uzb }k, TJ { $tjk }k, KG { $kgz }k) vs Interior Ministry, March 2024: { $mvd } million (Prague Process brief, January 2025)
fig-rel-stock-source = Midpoint of Re:Russia's { $low }-{ $high } thousand through mid-2023 (as cited by Sahadeo, Prague Process brief, February 2024)

## Defaults of the remittance-share levers (src/scenario/figures.rs)
remit-share-transfers = Proxy, { $pct } %: transfers from Russia to Kyrgyzstan in { $year }, US${ $from } bn (Prague Process brief on relokanty, Sahadeo 2024), over World Bank personal remittances received in { $year }, US${ $wb } bn. Different concepts (money transfers against remittances in the balance of payments): the same ratio for Armenia (the brief's US${ $low }-{ $high } bn transferred by Russians over World Bank remittances { $year }, US${ $arm } bn) is { $ratio_low }-{ $ratio_high } %
remit-share-emigrants = Assumption: Russia's share of the { $thousand } thousand emigrants from { $country } living in the eight focus countries (UN DESA 2024), { $pct } %: an upper bound on Russia's share of the emigrants (other destinations are not counted), used as a proxy for the share of remittances from Russia

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

chart-relokanty-printed-cited-range = printed in the brief; its cited sources give { $low }–{ $high } thousand
chart-table-csv-keys-latin = Column names are kept in Latin letters: programs read them.
