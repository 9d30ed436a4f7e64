//! Everything the shell renders as controls, built from the parameter table for one state:
//! the bar above the chart (view, country, language, preset, and what the view adds) and
//! the levers grouped under their headings, those that move the view shown first and the
//! others under "More levers", each with its label, value, unit, choices, default and
//! source in the reader's language, and every clamp worded next to its control.

use serde::Serialize;

use crate::chart::{ChartError, Lang, Renderer, View, ViewRequest};
use crate::scenario::{ParamKind, ParamSpec, ParamTable};

use super::state::{levers_of, shown};
use super::words::{
    choice_name, choice_text, country_name, group_title, label, number, source, ui, ui_with,
    value_text, view_name,
};

/// One control: a range (`min`, `max`, `step`) or a select (`options`: value, words).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Control {
    pub key: String,
    pub label: String,
    /// `range` or `select`.
    pub kind: &'static str,
    /// The value as the query string writes it.
    pub value: String,
    /// The value in words with its unit.
    pub text: String,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub options: Vec<(String, String)>,
    /// The default and its source, in words (empty for the bar's controls).
    pub note: String,
    /// A clamp of the value the request held, in words.
    pub clamp: String,
}

/// A heading and its levers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    pub title: String,
    pub controls: Vec<Control>,
}

/// The controls of one state of the widget.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Panel {
    pub view: &'static str,
    pub country: String,
    pub lang: &'static str,
    /// The bar above the chart.
    pub top: Vec<Control>,
    /// The levers that move the view shown.
    pub groups: Vec<Group>,
    /// The others, folded under `more_title`.
    pub more: Vec<Group>,
    pub more_title: String,
    /// Many levers: the panel goes beside the chart.
    pub side: bool,
    /// Back, Forward and Reset are shown (not with `controls="none"`).
    pub buttons: bool,
    /// The stories are shown (when the preset control is).
    pub stories: bool,
    /// Clamps of values without a control shown, `label: text`.
    pub loose: Vec<String>,
}

fn select(key: &str, label: String, options: Vec<(String, String)>, value: String) -> Control {
    let text = options
        .iter()
        .find(|(v, _)| *v == value)
        .map_or_else(|| value.clone(), |(_, t)| t.clone());
    Control {
        key: key.to_string(),
        label,
        kind: "select",
        value,
        text,
        min: 0.0,
        max: 0.0,
        step: 1.0,
        options,
        note: String::new(),
        clamp: String::new(),
    }
}

/// The control of a lever at the value `req` holds.
fn lever(p: &ParamSpec, req: &ViewRequest, lang: Lang) -> Control {
    let defaults = format!(
        "{}: {} ({}: {})",
        ui(lang, "default-is"),
        value_text(p, p.default, lang),
        ui(lang, "source"),
        source(p, lang)
    );
    let mut c = match p.kind {
        ParamKind::Choice => {
            let value = req.scenario.choice(p.key).unwrap_or_default().to_string();
            let options = p
                .choices
                .iter()
                .map(|c| (c.to_string(), choice_text(p, c, lang)))
                .collect();
            select(p.key, label(p, lang).to_string(), options, value)
        }
        ParamKind::Number => {
            let v = req.scenario.number(p.key).unwrap_or(p.default);
            Control {
                key: p.key.to_string(),
                label: label(p, lang).to_string(),
                kind: "range",
                value: p.format(v),
                text: value_text(p, v, lang),
                min: p.min,
                max: p.max,
                step: p.step,
                options: Vec::new(),
                note: String::new(),
                clamp: String::new(),
            }
        }
    };
    c.note = defaults;
    c
}

/// Options of a view key whose choices are preset ids (`b`) or overlays (`presets`).
fn preset_options(
    r: &mut Renderer,
    p: &ParamSpec,
    current: &str,
    lang: Lang,
    presets: bool,
) -> Result<Vec<(String, String)>, ChartError> {
    let mut out = Vec::new();
    for c in &p.choices {
        let name = match choice_name(p.key, c, lang) {
            Some(n) => n,
            None if presets => r.preset_in(c, "RUS", lang).map(|(_, n)| n)?,
            // Before the presets are projected (a few frames after the first chart): the
            // catalog's name of the preset when it needs no figure of the scenario.
            None if crate::i18n::has(&format!("chart-preset-{c}"))
                && !lang.t(&format!("chart-preset-{c}")).contains("{ $") =>
            {
                lang.t(&format!("chart-preset-{c}")).to_string()
            }
            None => c.to_string(),
        };
        out.push((c.to_string(), name));
    }
    if !p.choices.contains(&current) {
        out.push((current.to_string(), current.to_string()));
    }
    Ok(out)
}

/// Scenario B as the query string writes it (a preset id or B's own query).
fn b_code(req: &ViewRequest, table: &ParamTable) -> String {
    let q = req.to_query(table);
    form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == "b")
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| {
            table
                .view_param("b")
                .map_or_else(String::new, |p| p.format(p.default))
        })
}

/// The bar above the chart.
fn top(
    r: &mut Renderer,
    req: &ViewRequest,
    query: &str,
    wants: &dyn Fn(&str) -> bool,
    presets: bool,
) -> Result<Vec<Control>, ChartError> {
    let lang = req.lang;
    let table = r.table().clone();
    let mut out = Vec::new();
    if let Some(p) = table.view_param("view").filter(|_| wants("view")) {
        let options = p
            .choices
            .iter()
            .map(|v| (v.to_string(), view_name(v, lang)))
            .collect();
        out.push(select(
            "view",
            ui(lang, "view").into(),
            options,
            req.view.code().into(),
        ));
    }
    if let Some(p) = table.get("country").filter(|_| wants("country")) {
        let options = p
            .choices
            .iter()
            .map(|c| (c.to_string(), country_name(r.data(), c, lang)))
            .collect();
        out.push(select(
            "country",
            label(p, lang).into(),
            options,
            req.scenario.country.clone(),
        ));
    }
    if wants("lang") {
        let options = vec![
            ("en".into(), "English".into()),
            ("ru".into(), "Русский".into()),
        ];
        out.push(select(
            "lang",
            ui(lang, "language").into(),
            options,
            lang.code().into(),
        ));
    }
    if wants("preset") {
        let mut options = vec![(String::new(), ui(lang, "preset-none").to_string())];
        let mut value = String::new();
        if presets {
            let mine = levers_of(&table, query);
            let list: Vec<_> = r
                .presets()?
                .iter()
                .map(|p| (p.id, p.query.clone()))
                .collect();
            for (id, q) in list {
                if levers_of(&table, &q) == mine && value.is_empty() {
                    value = id.to_string();
                }
                options.push((id.to_string(), r.preset_in(id, "RUS", lang)?.1));
            }
        }
        out.push(select("preset", ui(lang, "preset").into(), options, value));
    }
    if req.view == View::Pyramid && wants("year") {
        if let Some(p) = table.view_param("year") {
            let first = p.min.max(f64::from(r.figures().base_year));
            out.push(Control {
                key: "year".into(),
                label: ui(lang, "year").into(),
                kind: "range",
                value: req.year.to_string(),
                text: req.year.to_string(),
                min: first,
                max: p.max,
                step: 1.0,
                options: Vec::new(),
                note: String::new(),
                clamp: String::new(),
            });
        }
    }
    let (overlay, b) = (req.overlay.code().to_string(), b_code(req, &table));
    for (key, view, current) in [
        ("presets", View::Projection, overlay),
        ("b", View::Compare, b),
    ] {
        let Some(p) = table
            .view_param(key)
            .filter(|_| req.view == view && wants(key))
        else {
            continue;
        };
        let options = preset_options(r, p, &current, lang, presets)?;
        out.push(select(key, label(p, lang).into(), options, current));
    }
    Ok(out)
}

/// The controls of the state `query` (a widget request with its `lang=`), with the keys of
/// the `controls` attribute (`None`: every control); preset names and the preset menu only
/// when `presets` (they are computed once per page, after the first chart).
pub fn panel(
    r: &mut Renderer,
    query: &str,
    controls: Option<&str>,
    presets: bool,
) -> Result<Panel, ChartError> {
    let req = r.parse(query)?;
    let lang = req.lang;
    let list = shown(controls);
    let wants = |k: &str| !list.as_ref().is_some_and(|l| !l.iter().any(|x| x == k));
    let top = top(r, &req, query, &wants, presets)?;
    let table = r.table().clone();
    let view = req.view.code();
    let (mut groups, mut more) = (Vec::<Group>::new(), Vec::<Group>::new());
    let mut count = 0;
    for p in &table.params {
        if p.key == "country" || !p.control || !wants(p.key) {
            continue;
        }
        count += 1;
        let moves = p.views.is_empty() || p.views.contains(&view);
        let target = if moves { &mut groups } else { &mut more };
        let title = group_title(p.group, lang);
        if !target.last().is_some_and(|g| g.title == title) {
            target.push(Group {
                title,
                controls: Vec::new(),
            });
        }
        if let Some(g) = target.last_mut() {
            g.controls.push(lever(p, &req, lang));
        }
    }
    let mut loose = Vec::new();
    for c in &req.clamps {
        let p = table.get(&c.key).or_else(|| table.view_param(&c.key));
        let text = match p {
            Some(p) if p.kind == ParamKind::Number => {
                let (used, min, max) = (
                    value_text(p, c.used, lang),
                    number(p, c.min, lang),
                    number(p, c.max, lang),
                );
                ui_with(
                    lang,
                    "clamp",
                    &[
                        ("given", &c.given),
                        ("used", &used),
                        ("min", &min),
                        ("max", &max),
                    ],
                )
            }
            _ => {
                let (used, min, max) = (
                    crate::num::shortest(c.used),
                    crate::num::shortest(c.min),
                    crate::num::shortest(c.max),
                );
                ui_with(
                    lang,
                    "clamp",
                    &[
                        ("given", &c.given),
                        ("used", &used),
                        ("min", &min),
                        ("max", &max),
                    ],
                )
            }
        };
        let row = groups
            .iter_mut()
            .chain(more.iter_mut())
            .flat_map(|g| g.controls.iter_mut())
            .find(|x| x.key == c.key);
        match row {
            Some(x) => x.clamp = text,
            None => loose.push(format!(
                "{}: {text}",
                p.map_or(c.key.as_str(), |p| label(p, lang))
            )),
        }
    }
    let folded: usize = more.iter().map(|g| g.controls.len()).sum();
    Ok(Panel {
        view,
        country: req.scenario.country.clone(),
        lang: lang.code(),
        top,
        groups,
        more,
        more_title: ui_with(lang, "more-levers", &[("n", &folded.to_string())]),
        side: count > 6,
        buttons: !list.as_ref().is_some_and(|l| l.is_empty()),
        stories: wants("preset"),
        loose,
    })
}
