//! What the shell shows besides the controls, worded here: a drawing's notes (levers that
//! do nothing as set, linked streams that ran short, retired keys of an old address), the
//! data table as rows of words, the Sources panel with the sliders' defaults, the presets
//! and stories with the levers they are matched on, and the parse of a request.

use plotters::coord::Shift;
use plotters::prelude::*;
use serde::Serialize;

use crate::chart::{
    sources as source_list, Cell, ChartError, Lang, PlotFrame, Renderer, ScenarioB, Theme,
    ViewRequest,
};
use crate::scenario::{Clamp, Note, ParamTable, Scenario};

use super::state::levers_of;
use super::words::{choice_text, country_name, label, source, ui, ui_with};

/// A note worded for the reader: `kind` is `idle` (a lever that does nothing as set),
/// `shortfall` (a linked stream whose sender ran out of people) or `retired` (a key of an
/// old address that is read as absent). `implicit`: a default that does nothing, said next
/// to its slider only.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NoteText {
    pub key: String,
    pub kind: &'static str,
    pub label: String,
    pub text: String,
    pub implicit: bool,
}

/// The plot box of a drawing in CSS pixels, and the data x at its left and right edges.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub x0: f64,
    pub x1: f64,
}

impl Plot {
    /// The frame's box (device pixels) divided back into CSS pixels.
    pub fn css(f: PlotFrame, theme: &Theme) -> Plot {
        let css = |px: i32| f64::from(px) / theme.scale();
        Plot {
            left: css(f.left),
            top: css(f.top),
            right: css(f.right),
            bottom: css(f.bottom),
            x0: f.x_range.0,
            x1: f.x_range.1,
        }
    }
}

/// The answer to a draw besides the pixels: where the plot is, the chart's title, its text
/// alternative, the canonical query, the notes, and the levers (without the country) a
/// preset or a story is matched on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Drawn {
    pub plot: Plot,
    pub title: String,
    pub description: String,
    pub query: String,
    pub notes: Vec<NoteText>,
    pub levers: String,
}

/// Why a lever does nothing, in `lang`: the core's English, its Russian where it has it, or
/// for a lever that acts only under another's choice ("it acts only when tfr_mode=target
/// (now tfr_mode=shift, …"), that choice in words.
fn idle_text(table: &ParamTable, n: &Note, lang: Lang) -> String {
    if lang == Lang::En {
        return ui_with(lang, "idle", &[("why", &n.why)]);
    }
    if lang == Lang::Ru && !n.why_ru.is_empty() {
        return ui_with(lang, "idle", &[("why", &n.why_ru)]);
    }
    let parts = n.why.split_once("acts only when ").and_then(|(_, rest)| {
        let (key, rest) = rest.split_once('=')?;
        let (acts, rest) = rest.split_once(" (now ")?;
        let now = rest.strip_prefix(key)?.strip_prefix('=')?;
        let now: String = now
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        Some((table.get(key)?, acts.to_string(), now))
    });
    match parts {
        Some((p, acts, now)) => ui_with(
            lang,
            "idle-choice",
            &[
                ("choice", label(p, lang)),
                ("acts", &choice_text(p, &acts, lang)),
                ("now", &choice_text(p, &now, lang)),
            ],
        ),
        None => ui_with(lang, "idle", &[("why", &n.why)]),
    }
}

/// The notes on the request `query` (the state as read, which still holds any retired key)
/// whose canonical form is `canonical`.
pub fn notes(
    r: &mut Renderer,
    req: &ViewRequest,
    query: &str,
    canonical: &str,
) -> Result<Vec<NoteText>, ChartError> {
    let lang = req.lang;
    let table = r.table().clone();
    let label_of = |key: &str| {
        table
            .get(key)
            .map_or_else(|| key.to_string(), |p| label(p, lang).to_string())
    };
    let mut out = Vec::new();
    for n in Scenario::retired_notes(query) {
        let given = format!("{}={}", n.key, n.given);
        out.push(NoteText {
            label: n.key.clone(),
            text: ui_with(lang, "retired", &[("given", &given)]),
            key: n.key,
            kind: "retired",
            implicit: n.implicit,
        });
    }
    for n in Scenario::lever_notes(&table, canonical) {
        out.push(NoteText {
            label: label_of(&n.key),
            text: idle_text(&table, &n, lang),
            key: n.key,
            kind: "idle",
            implicit: n.implicit,
        });
    }
    // Every view but the programme series projects A, so this is the cached run.
    for f in r.project(&req.scenario)?.shortfall_notes() {
        let people = lang.num(f.people, if f.people < 10.0 { 1 } else { 0 });
        let (from, to) = (
            country_name(r.data(), &f.from, lang),
            country_name(r.data(), &f.to, lang),
        );
        out.push(NoteText {
            key: f.key.to_string(),
            kind: "shortfall",
            label: label_of(f.key),
            text: ui_with(
                lang,
                "shortfall",
                &[("from", &from), ("to", &to), ("people", &people)],
            ),
            implicit: false,
        });
    }
    Ok(out)
}

/// Draws the widget request `query` on `area` and says what the shell shows beside it.
pub fn draw<DB: DrawingBackend>(
    r: &mut Renderer,
    area: &DrawingArea<DB, Shift>,
    query: &str,
    theme: &Theme,
) -> Result<Drawn, ChartError> {
    let req = r.parse(query)?;
    let out = r.draw(area, &req, theme)?;
    let notes = notes(r, &req, query, &out.query)?;
    Ok(Drawn {
        plot: Plot::css(out.frame, theme),
        levers: levers_of(r.table(), &out.query),
        title: out.title,
        description: out.alt,
        query: out.query,
        notes,
    })
}

/// One block of the data table: headers with units, rows of words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TableSection {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The data table of a view in the request's language: a caption (title and sources) and
/// its sections, numbers grouped as the language writes them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DataTable {
    pub caption: String,
    pub sections: Vec<TableSection>,
}

/// The data table of the widget request `query` (no drawing).
pub fn data_table(r: &mut Renderer, query: &str) -> Result<DataTable, ChartError> {
    let req = r.parse(query)?;
    let t = r.data_table(&req)?;
    let lang = t.lang;
    let cell = |c: &Cell| match c {
        Cell::Empty => String::new(),
        Cell::Int(v) => v.to_string(),
        Cell::Num { value, decimals } => lang.num(*value, *decimals),
        Cell::Text(s) => s.clone(),
    };
    let sources: Vec<&str> = t
        .sources
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    let caption = if sources.is_empty() {
        t.title.clone()
    } else {
        format!(
            "{}. {} {}",
            t.title,
            lang.t("chart-table-source"),
            sources.join("; ")
        )
    };
    let sections = t
        .sections
        .iter()
        .map(|s| TableSection {
            head: s
                .columns
                .iter()
                .map(|c| {
                    if c.unit.is_empty() {
                        c.label.clone()
                    } else {
                        format!("{}, {}", c.label, c.unit)
                    }
                })
                .collect(),
            rows: s
                .rows
                .iter()
                .map(|row| row.iter().map(cell).collect())
                .collect(),
        })
        .collect();
    Ok(DataTable { caption, sections })
}

/// A slider's default and its source, for the Sources panel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamSource {
    pub label: String,
    pub source: String,
}

/// The Sources panel: the datasets, every figure's citation (`citations_title` heads
/// them) and the sliders' defaults.
#[derive(Serialize)]
pub struct SourcesPanel {
    pub datasets: Vec<crate::chart::DatasetEntry>,
    pub citations: Vec<crate::chart::Citation>,
    pub citations_title: String,
    pub parameters: Vec<ParamSource>,
}

/// The Sources panel in `lang`.
pub fn sources(r: &Renderer, lang: Lang) -> SourcesPanel {
    let list = source_list(r.data(), lang);
    let n = list.citations.len().to_string();
    SourcesPanel {
        citations_title: ui_with(lang, "citations", &[("n", &n)]),
        parameters: r
            .table()
            .params
            .iter()
            .map(|p| ParamSource {
                label: label(p, lang).to_string(),
                source: source(p, lang),
            })
            .collect(),
        datasets: list.datasets,
        citations: list.citations,
    }
}

/// A preset as the widget lists it, in one language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PresetOption {
    pub id: String,
    pub name: String,
    pub query: String,
    pub note: String,
    pub levers: String,
}

/// The presets in `lang`.
pub fn presets(r: &mut Renderer, lang: Lang) -> Result<Vec<PresetOption>, ChartError> {
    let list = r.presets()?.to_vec();
    let mut out = Vec::with_capacity(list.len());
    for p in list {
        out.push(PresetOption {
            id: p.id.to_string(),
            name: r.preset_in(p.id, "RUS", lang)?.1,
            levers: levers_of(r.table(), &p.query),
            query: p.query,
            note: p.note,
        });
    }
    Ok(out)
}

/// A story of the briefs as the widget lists it, in one language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoryOption {
    pub id: String,
    pub question: String,
    pub caption: String,
    pub query: String,
    pub levers: String,
}

/// The briefs' stories in `lang`, in the order the widget lists them.
pub fn stories(r: &mut Renderer, lang: Lang) -> Result<Vec<StoryOption>, ChartError> {
    let list = r.stories()?.to_vec();
    Ok(list
        .into_iter()
        .map(|s| {
            let (question, caption) = s.in_lang(lang.code());
            StoryOption {
                id: s.id.to_string(),
                question: question.to_string(),
                caption: caption.to_string(),
                levers: levers_of(r.table(), &s.query),
                query: s.query.clone(),
            }
        })
        .collect())
}

/// A country as the page's selector lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountryOption {
    pub iso3: String,
    pub name_en: String,
    pub name_ru: String,
}

/// The focus countries, in order.
pub fn countries(data: &crate::data::Dataset) -> Vec<CountryOption> {
    data.country_infos()
        .map(|c| CountryOption {
            iso3: c.iso3.clone(),
            name_en: c.name_en.clone(),
            name_ru: c.name_ru.clone(),
        })
        .collect()
}

/// Every value of a request, view-level keys beside the scenario's levers, as the
/// parameter table names them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Values {
    pub view: &'static str,
    pub lang: &'static str,
    pub year: i32,
    pub presets: &'static str,
    /// A preset id, or scenario B's own query string.
    pub b: String,
    #[serde(flatten)]
    pub scenario: Scenario,
}

/// The answer to a parse: canonical query, every value, the clamps applied, and a note for
/// each retired key the request held (read as absent; the canonical query drops it).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parsed {
    pub query: String,
    pub values: Values,
    pub clamps: Vec<Clamp>,
    pub retired: Vec<Note>,
}

/// Reads a widget request.
pub fn parse(r: &Renderer, query: &str) -> Result<Parsed, ChartError> {
    let table = r.table();
    let req = r.parse(query)?;
    Ok(Parsed {
        query: req.to_query(table),
        values: Values {
            view: req.view.code(),
            lang: req.lang.code(),
            year: req.year,
            presets: req.overlay.code(),
            b: match &req.b {
                ScenarioB::Preset(id) => id.clone(),
                ScenarioB::Query(s) => s.write_query(table),
            },
            scenario: req.scenario.clone(),
        },
        clamps: req.clamps,
        retired: Scenario::retired_notes(query),
    })
}

/// A lever's value in words with its unit, for a slider being moved (`None` for an unknown
/// key).
pub fn value_text(table: &ParamTable, key: &str, value: f64, lang: Lang) -> Option<String> {
    let p = table.get(key).or_else(|| table.view_param(key))?;
    Some(super::words::value_text(p, value, lang))
}

/// The fixed words of the widget in `lang` (the catalogs' `ui-*` messages by key).
pub fn words(lang: Lang) -> std::collections::BTreeMap<&'static str, &'static str> {
    let _ = ui; // the same catalogs
    crate::i18n::messages(lang.code(), "ui-")
        .into_iter()
        .collect()
}

/// An assumption of the scenario as the Assumptions panel lists it: its title and the rest
/// of its line (`: value. reason (source: …)`), in the request's language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AssumptionLine {
    pub key: &'static str,
    pub group: &'static str,
    pub title: String,
    pub value: String,
    pub reason: String,
    pub source: String,
    pub text: String,
}

/// The assumptions the scenario of the widget request `query` uses (the same list as
/// `crossroads --assumptions`), in its language.
pub fn assumptions(r: &Renderer, query: &str) -> Result<Vec<AssumptionLine>, ChartError> {
    let req = r.parse(query)?;
    let list =
        crate::scenario::view_assumptions(r.data(), r.figures(), &req.scenario, req.view.code());
    let src = ui(req.lang, "source");
    Ok(list
        .iter()
        .map(|a| {
            let t = a.in_lang(req.lang.code());
            AssumptionLine {
                key: t.key,
                group: t.group,
                text: format!(": {}. {} ({src}: {})", t.value, t.reason, t.source),
                title: t.title.to_string(),
                value: t.value.to_string(),
                reason: t.reason.to_string(),
                source: t.source.to_string(),
            }
        })
        .collect())
}

/// The numbers behind the view of `query` as a ZIP archive a spreadsheet reader opens
/// cleanly: `<view>-<country>.csv` (the header is its first row) and
/// `<view>-<country>-about.txt` (title, scenario, sources and notes).
pub fn download(r: &mut Renderer, query: &str) -> Result<Vec<u8>, ChartError> {
    let req = r.parse(query)?;
    let csv = r.csv(&req)?;
    let stem = format!("{}-{}", req.view.code(), req.scenario.country);
    let (data, about) = crate::chart::split_csv(&csv);
    let (name, about_name) = (format!("{stem}.csv"), format!("{stem}-about.txt"));
    Ok(crate::chart::zip_stored(&[
        (&name, data.as_bytes()),
        (&about_name, about.as_bytes()),
    ]))
}
