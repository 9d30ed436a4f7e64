//! The Sources panel in the reader's language: a short list of the datasets and publications
//! the widget draws on (name, publisher, year, licence, link; from
//! `data/transcribed/datasets.tsv`), and one level deeper each published figure with its
//! citation (from the embedded tables' own source columns). Built here, host-tested; the
//! widget only renders it.

use serde::Serialize;

use crate::chart::Lang;
use crate::data::Dataset;

/// The catalog of datasets and publications, one per line, tab-separated (see its header).
const DATASETS_TSV: &str = include_str!("../../data/transcribed/datasets.tsv");

/// A dataset or publication as the reader sees it.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct DatasetEntry {
    /// A stable id (`wpp2024`, …), for tests and links.
    pub id: String,
    pub name: String,
    /// A short name for citations ("UN WPP 2024", "Relokanty brief (February 2024)").
    pub short: String,
    pub publisher: String,
    pub year: String,
    pub licence: String,
    /// A link to the publisher's page, or empty.
    pub url: String,
    /// The embedded files (`data/…`) it feeds.
    pub files: Vec<String>,
}

/// The datasets of the catalog in `lang`, in the catalog's order; a malformed line is
/// skipped (a host test checks that none is).
pub fn datasets(lang: Lang) -> Vec<DatasetEntry> {
    DATASETS_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1) // header
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            let [id, files, name_en, name_ru, pub_en, pub_ru, year, lic_en, lic_ru, url, short_en, short_ru] =
                c.as_slice()
            else {
                return None;
            };
            let (name, publisher, licence, short) = match lang {
                Lang::En => (name_en, pub_en, lic_en, short_en),
                Lang::Ru => (name_ru, pub_ru, lic_ru, short_ru),
            };
            Some(DatasetEntry {
                id: id.to_string(),
                name: name.to_string(),
                short: short.to_string(),
                publisher: publisher.to_string(),
                year: year.to_string(),
                licence: licence.to_string(),
                url: url.to_string(),
                files: files.split_whitespace().map(str::to_string).collect(),
            })
        })
        .collect()
}

/// A transcribed figure's citation: what it is, who reported it, and the link.
#[derive(Serialize, PartialEq, Debug)]
pub struct Citation {
    pub what: String,
    pub by: String,
    pub url: String,
}

/// The Sources panel: the datasets first, then every published figure with its citation.
#[derive(Serialize, Debug)]
pub struct SourceList {
    pub datasets: Vec<DatasetEntry>,
    pub citations: Vec<Citation>,
}

/// Words for the codes of `data/rosstat_forecast.csv` (indicators, variants, units): code,
/// English, Russian. A code not listed is shown as it is (a test checks none is left).
const ROSSTAT_WORDS: &[(&str, &str, &str)] = &[
    ("population", "population", "численность населения"),
    ("males", "men", "мужчины"),
    ("females", "women", "женщины"),
    ("births", "births", "число родившихся"),
    (
        "births_maximum",
        "births, maximum",
        "число родившихся, максимум",
    ),
    ("deaths", "deaths", "число умерших"),
    (
        "deaths_minimum",
        "deaths, minimum",
        "число умерших, минимум",
    ),
    ("natural_decrease", "natural decrease", "естественная убыль"),
    (
        "natural_decrease_2024_2032",
        "natural decrease 2024–2032",
        "естественная убыль 2024–2032",
    ),
    ("net_migration", "net migration", "миграционный прирост"),
    (
        "net_migration_range",
        "net migration, range",
        "миграционный прирост, диапазон",
    ),
    (
        "total_population_change",
        "total population change",
        "общее изменение численности",
    ),
    (
        "population_change_to_2046",
        "population change to 2046",
        "изменение численности к 2046",
    ),
    (
        "population_decline_2024_2032",
        "population decline 2024–2032",
        "сокращение численности 2024–2032",
    ),
    (
        "average_annual_decline",
        "average yearly decline",
        "среднегодовое сокращение",
    ),
    (
        "population_threshold",
        "population threshold",
        "порог численности",
    ),
    (
        "total_fertility_rate",
        "total fertility rate",
        "суммарный коэффициент рождаемости",
    ),
    (
        "e0_both",
        "life expectancy at birth, both sexes",
        "ожидаемая продолжительность жизни, оба пола",
    ),
    (
        "e0_male",
        "life expectancy at birth, men",
        "ожидаемая продолжительность жизни, мужчины",
    ),
    (
        "e0_female",
        "life expectancy at birth, women",
        "ожидаемая продолжительность жизни, женщины",
    ),
    ("million", "million", "млн"),
    ("thousand", "thousand", "тыс."),
    ("thousand per year", "thousand a year", "тыс. в год"),
    ("years", "years", "лет"),
    (
        "children per woman",
        "children per woman",
        "детей на женщину",
    ),
    ("persons", "people", "чел."),
    (
        "population_republic_of_crimea",
        "population of the Republic of Crimea",
        "численность населения Республики Крым",
    ),
    (
        "population_sevastopol",
        "population of Sevastopol",
        "численность населения Севастополя",
    ),
];

/// A code of the Rosstat table in words of `lang`; variants (medium, low, high) as the
/// charts name them.
fn rosstat_words(code: &str, lang: Lang) -> &str {
    match ROSSTAT_WORDS.iter().find(|(c, _, _)| *c == code) {
        Some((_, en, ru)) => lang.pick(en, ru),
        None => lang.choice(code),
    }
}

/// "more than", "about", … of a Compatriots Program figure, with its trailing space.
fn qualifier(q: &str, lang: Lang) -> &'static str {
    match q {
        "more_than" => lang.pick("more than ", "более "),
        "about" => lang.pick("about ", "около "),
        "almost" => lang.pick("almost ", "почти "),
        _ => "",
    }
}

/// The Sources panel in `lang`: citations of English-language publications (the briefs'
/// wording, reports' own measures) stay in English, in quotes, in the Russian panel.
pub fn sources(data: &Dataset, lang: Lang) -> SourceList {
    let mut citations: Vec<Citation> = Vec::new();
    let mut add = |what: String, by: String, url: &str| {
        let c = Citation {
            what,
            by,
            url: url.to_string(),
        };
        if !c.url.is_empty() && !citations.contains(&c) {
            citations.push(c);
        }
    };
    for r in &data.compatriots {
        let what = match lang {
            Lang::En => format!(
                "Compatriots Program {}: {}{} people ({})",
                r.year,
                qualifier(&r.qualifier, lang),
                lang.num(r.value_persons, 0),
                r.measure_as_reported
            ),
            Lang::Ru => format!(
                "Программа соотечественников, {}: {}{} чел. (в источнике: «{}»)",
                r.year,
                qualifier(&r.qualifier, lang),
                Lang::Ru.num(r.value_persons, 0),
                r.measure_as_reported
            ),
        };
        // The underlying source and the outlet in words (the raw `reported_by` may be a
        // forum repost: the outlet names what it reposts).
        let (source, outlet) = match lang {
            Lang::En => (&r.source_en, &r.outlet_en),
            Lang::Ru => (&r.source_ru, &r.outlet_ru),
        };
        let via = lang.pick("reported by", "сообщение:");
        add(
            what,
            format!("{source}; {via} {outlet}, {}", r.reported_on),
            &r.url,
        );
    }
    for r in &data.compatriots_facts {
        let what = match lang {
            Lang::En => format!("{}: {}", r.fact, r.value),
            Lang::Ru => format!("Программа соотечественников: «{}: {}»", r.fact, r.value),
        };
        add(what, r.reported_by_and_date.clone(), &r.url);
    }
    for r in &data.rosstat {
        let w = |code: &str| rosstat_words(code, lang).to_string();
        let (indicator, unit, variant) = (w(&r.indicator), w(&r.unit), w(&r.variant));
        let (date, value) = (&r.year_or_date, &r.value);
        let what = match (lang, r.variant == "census") {
            (Lang::En, true) => format!("Rosstat, 2021 census, {indicator}, {date}: {value} {unit}"),
            (Lang::Ru, true) => {
                format!("Росстат, перепись 2021 г., {indicator}, {date}: {value} {unit}")
            }
            (Lang::En, false) => format!(
                "Rosstat forecast (October 2023), {variant} variant, {indicator}, {date}: {value} {unit}"
            ),
            (Lang::Ru, false) => format!(
                "Прогноз Росстата (октябрь 2023), {variant} вариант, {indicator}, {date}: {value} {unit}"
            ),
        };
        add(what, r.reported_by_and_date.clone(), &r.url);
    }
    let catalog = datasets(lang);
    for r in &data.briefs {
        // `crossroads_2025` → the catalog's `brief_crossroads2025`.
        let id = format!("brief_{}", r.brief.replace('_', ""));
        let brief = catalog
            .iter()
            .find(|d| d.id == id)
            .map_or(r.brief.as_str(), |d| &d.short);
        let when = if r.period_or_date.is_empty() {
            String::new()
        } else {
            format!(", {}", r.period_or_date)
        };
        let (open, close) = (lang.pick("“", "«"), lang.pick("”", "»"));
        let what = format!("{brief}{when}: {open}{}{close}", r.as_stated);
        add(what, r.cited_source.clone(), &r.cited_url);
    }
    SourceList {
        datasets: catalog,
        citations,
    }
}
