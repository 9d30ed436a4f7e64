//! The Sources panel in the reader's language: a short list of the datasets and publications
//! the widget draws on (name, publisher, year, licence, link; from
//! `data/transcribed/datasets.tsv`), and one level deeper each published figure with its
//! citation (from the embedded tables' own source columns). Built here, host-tested; the
//! widget only renders it.

use serde::Serialize;

use crate::chart::Lang;
use crate::data::Dataset;
use crate::i18n;

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
/// skipped (a host test checks that none is). Names, publishers and licences in words come
/// from the language catalogs (`dataset-<id>-name`, …).
pub fn datasets(lang: Lang) -> Vec<DatasetEntry> {
    let code = lang.code();
    DATASETS_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1) // header
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            let [id, files, year, url] = c.as_slice() else {
                return None;
            };
            let word = |field: &str| i18n::text(code, &format!("dataset-{id}-{field}")).to_string();
            Some(DatasetEntry {
                id: id.to_string(),
                name: word("name"),
                short: word("short"),
                publisher: word("publisher"),
                year: year.to_string(),
                licence: word("licence"),
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

/// A code of the Rosstat table (indicator, variant, unit) in words of `lang` (catalog key
/// `rosstat-<code>`, spaces as `_`).
fn rosstat_words(code: &str, lang: Lang) -> &'static str {
    i18n::text(lang.code(), &format!("rosstat-{}", code.replace(' ', "_")))
}

/// The Sources panel in `lang`: citations of English-language publications (the briefs'
/// wording, reports' own measures) stay in English, in quotes, in the Russian panel.
pub fn sources(data: &Dataset, lang: Lang) -> SourceList {
    let mut list = Citations(Vec::new());
    let catalog = datasets(lang);
    compatriots_citations(data, lang, &mut list);
    rosstat_citations(data, lang, &mut list);
    brief_citations(data, lang, &catalog, &mut list);
    SourceList {
        datasets: catalog,
        citations: list.0,
    }
}

/// The citations gathered so far; one without a link, or already listed, is left out.
struct Citations(Vec<Citation>);

impl Citations {
    fn add(&mut self, what: String, by: String, url: &str) {
        let c = Citation {
            what,
            by,
            url: url.to_string(),
        };
        if !c.url.is_empty() && !self.0.contains(&c) {
            self.0.push(c);
        }
    }
}

/// Each reported Compatriots Program figure, in its own measure, and the other facts.
fn compatriots_citations(data: &Dataset, lang: Lang, list: &mut Citations) {
    let code = lang.code();
    for r in &data.compatriots {
        // "more than", "about", "almost"; other qualifiers (exact, rounded) add no word.
        let qualifier = match r.qualifier.as_str() {
            q @ ("more_than" | "about" | "almost") => {
                format!("{} ", i18n::text(code, &format!("sources-qualifier-{q}")))
            }
            _ => String::new(),
        };
        let value = lang.num(r.value_persons, 0);
        let what = i18n::format(
            code,
            "sources-compatriots",
            &[
                ("year", &r.year.to_string()),
                ("qualifier", &qualifier),
                ("value", &value),
                ("measure", &r.measure_as_reported),
            ],
        );
        // The underlying source and the outlet in words (the raw `reported_by` may be a
        // forum repost: the outlet names what it reposts).
        let (source, outlet) = (
            lang.data(&r.source_en, &r.source_ru),
            lang.data(&r.outlet_en, &r.outlet_ru),
        );
        let by = i18n::format(
            code,
            "sources-compatriots-by",
            &[
                ("source", source),
                ("outlet", outlet),
                ("date", &r.reported_on),
            ],
        );
        list.add(what, by, &r.url);
    }
    for r in &data.compatriots_facts {
        let what = i18n::format(
            code,
            "sources-compatriots-fact",
            &[("fact", &r.fact), ("value", &r.value)],
        );
        list.add(what, r.reported_by_and_date.clone(), &r.url);
    }
}

/// Each figure of Rosstat's October 2023 forecast (and the census rows for Crimea).
fn rosstat_citations(data: &Dataset, lang: Lang, list: &mut Citations) {
    let code = lang.code();
    for r in &data.rosstat {
        let key = if r.variant == "census" {
            "sources-rosstat-census"
        } else {
            "sources-rosstat-forecast"
        };
        let w = |code: &str| rosstat_words(code, lang);
        let what = i18n::format(
            code,
            key,
            &[
                ("variant", w(&r.variant)),
                ("indicator", w(&r.indicator)),
                ("unit", w(&r.unit)),
                ("date", &r.year_or_date),
                ("value", &r.value),
            ],
        );
        list.add(what, r.reported_by_and_date.clone(), &r.url);
    }
}

/// Each figure the briefs print, named by its brief's short name (never its id).
fn brief_citations(data: &Dataset, lang: Lang, catalog: &[DatasetEntry], list: &mut Citations) {
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
        let what = i18n::format(
            lang.code(),
            "sources-brief",
            &[("brief", brief), ("when", &when), ("stated", &r.as_stated)],
        );
        list.add(what, r.cited_source.clone(), &r.cited_url);
    }
}
