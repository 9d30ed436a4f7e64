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

## Why a measure cannot be held (src/scenario/solve.rs)
hold-fail = the measure cannot be held from { $year }: { $why }
hold-fail-level = the level is not above zero
hold-fail-cannot-reach = migrants of the labour-migrant ages cannot bring the measure to the level
hold-fail-world = it would need more migrants in one year than there are people in the rest of the world (UN WPP 2024 world population)
hold-fail-cohorts = the emigration needed would take more people of some ages than there are

## Numbers in sentences (src/i18n.rs: number, signed, percent; { "…" } keeps a space)
number-decimal = .
number-group = ,
number-minus = −
number-plus = +
number-percent = { $n } %
list-separator = { ", " }

## Measures (src/scenario/measure.rs): names, units, where a UN value comes from
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
needs-rosstat_low-source = Rosstat demographic forecast, October 2023, low variant, net migration { $period } ({ $reported }, { $url }); the Crossroads brief (2025, CR011): "{ $quote }"
needs-compatriots_goal-label = Compatriots Program goal: { $n }k a year (set in { $year })
needs-compatriots_goal-source = Sahadeo & Morrison, Prague Process brief, January 2025 (CR023): "{ $quote }"
needs-compatriots_latest-label = Compatriots Program { $year }: { $n }k ({ $measure }, { $source } { $year })
needs-compatriots_latest-source = { $measure }, { $source } { $year }: { $value } thousand (“{ $quote }”; reported by { $outlet }, { $date })
compat-measure-registered = registered resettlers
compat-measure-participants_and_family = participants and family members
compat-measure-participants_resettled = participants who resettled
compat-measure-moved = moved

## Defaults of the remittance-share levers (src/scenario/figures.rs)
remit-share-transfers = Proxy, { $pct } %: transfers from Russia to Kyrgyzstan in { $year }, US${ $from } bn (Prague Process brief on relokanty, Sahadeo 2024), over World Bank personal remittances received in { $year }, US${ $wb } bn. Different concepts (money transfers against remittances in the balance of payments): the same ratio for Armenia (the brief's US${ $low }-{ $high } bn transferred by Russians over World Bank remittances { $year }, US${ $arm } bn) is { $ratio_low }-{ $ratio_high } %
remit-share-emigrants = Assumption: Russia's share of the { $thousand } thousand emigrants from { $country } living in the eight focus countries (UN DESA 2024), { $pct } %: an upper bound on Russia's share of the emigrants (other destinations are not counted), used as a proxy for the share of remittances from Russia
