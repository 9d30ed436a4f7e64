//! The compare view: scenario A (the reader's levers) against scenario B (a preset or a
//! query string given as `b=`), for the same country: both population lines, their
//! difference A − B (the reader's scenario minus B: positive when A is higher), named as
//! A − B in the table, the difference panel, the CSV (`diff_a_minus_b`) and the text
//! alternative, and a table of outcomes drawn beside them (population on 1 July 2030,
//! 2046, 2050 and 2100; population 20–64; median age; old-age dependency; births). The
//! time axis starts at the year of the briefs' first dated event, so the events are marked
//! over the UN WPP 2024 estimates that lead into both scenarios.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::data::PopTotalRow;
use crate::engine::Projection;
use crate::scenario::{un_comparison, Measure, UnSource, OUTCOME_YEARS};

use super::super::band::{self, ScenarioBand};
use super::super::ctx::Ctx;
use super::super::events::{events, events_notes, events_source, Event};
use super::super::i18n::Lang;
use super::super::request::{levers_line, ViewRequest};
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Theme};
use super::super::table::{Cell, Column, ColumnSpec, Section, Table, Unit};
use super::super::ChartError;
use super::shared::{
    levers_drawn, measure_axis, measure_line, measure_name, measure_of, measure_scale,
    measure_unit, measure_words, min_max, population_line, Line, UnSeries, ESTIMATE_COLOR,
};
use super::ChartView;

const A_COLOR: RGBColor = palette::VERMILLION;
const B_COLOR: RGBColor = palette::BLUE;

/// One row of the outcomes table.
struct Outcome {
    label: String,
    key: String,
    unit: &'static str,
    a: f64,
    b: f64,
    /// Decimals shown.
    decimals: usize,
    /// Shown divided by this (1000 for thousands shown as millions).
    scale: f64,
}

/// The outcomes read at single years: name, key prefix, unit, value, decimals, years.
type AtYear = (
    &'static str,
    &'static str,
    &'static str,
    fn(&Projection, usize) -> f64,
    usize,
    &'static [i32],
);

/// The outcomes read at single years, named in `lang`.
fn at_years(lang: Lang) -> [AtYear; 4] {
    const LATER: &[i32] = &[2050, 2100];
    [
        (
            lang.t("chart-compare-population"),
            "population",
            "thousand",
            |p, i| p.total(i),
            2,
            &OUTCOME_YEARS,
        ),
        (
            lang.t("chart-compare-aged-20-64"),
            "pop_20_64",
            "thousand",
            |p, i| p.pop_20_64(i),
            2,
            LATER,
        ),
        (
            lang.t("chart-compare-median-age"),
            "median_age",
            "years",
            |p, i| p.median_age(i),
            1,
            LATER,
        ),
        (
            lang.t("chart-compare-65-per-100-aged-20-64"),
            "old_age_dependency",
            "per 100",
            |p, i| 100.0 * p.old_age_dependency(i),
            1,
            LATER,
        ),
    ]
}

/// One outcome row when both values are there; thousands are shown as millions, with the
/// unit in the label.
fn outcome(
    lang: Lang,
    (name, when, key): (&str, String, String),
    unit: &'static str,
    (x, y): (Option<f64>, Option<f64>),
    decimals: usize,
) -> Option<Outcome> {
    let (label, scale) = if unit == "thousand" {
        (
            format!("{name} {when}, {}", lang.t("chart-common-million")),
            1000.0,
        )
    } else {
        (format!("{name} {when}"), 1.0)
    };
    Some(Outcome {
        label,
        key,
        unit,
        a: x?,
        b: y?,
        decimals,
        scale,
    })
}

/// The outcomes of A and B (both projections of the same country).
fn outcomes(a: &Projection, b: &Projection, lang: Lang, ms: Measure) -> Vec<Outcome> {
    let mut rows = measure_outcomes(a, b, lang, ms);
    let at = |p: &Projection, y: i32, f: &dyn Fn(&Projection, usize) -> f64| {
        p.index_of(y).map(|i| f(p, i))
    };
    // The measure drawn takes the place of the population at the outcome years.
    let skip = usize::from(ms != Measure::Population);
    for (name, key, unit, f, decimals, years) in at_years(lang).into_iter().skip(skip) {
        for &y in years {
            let names = (name, y.to_string(), format!("{key}_{y}"));
            let values = (at(a, y, &f), at(b, y, &f));
            rows.extend(outcome(lang, names, unit, values, decimals));
        }
    }
    let births = |p: &Projection, from: i32, to: i32| {
        let (i, j) = (p.index_of(from)?, p.index_of(to)?);
        Some((i..j).map(|k| p.births(k)).sum::<f64>())
    };
    let first = a.base_year.max(b.base_year);
    for (from, to) in [(first, 2050), (2050, 2100)] {
        let names = (
            lang.t("chart-compare-births"),
            format!("{from}–{to}"),
            format!("births_{from}_{to}"),
        );
        let values = (births(a, from, to), births(b, from, to));
        rows.extend(outcome(lang, names, "thousand", values, 1));
    }
    rows
}

/// The measure drawn (not the population) at the outcome years, in its own unit.
fn measure_outcomes(a: &Projection, b: &Projection, lang: Lang, ms: Measure) -> Vec<Outcome> {
    if ms == Measure::Population {
        return Vec::new();
    }
    let at = |p: &Projection, y: i32| p.index_of(y).and_then(|i| ms.of(p, i));
    let (unit, decimals) = if ms.is_ratio() {
        ("ratio", ms.decimals())
    } else {
        ("thousand", 2)
    };
    // The name up to its explanation ("Support ratio", "Men aged 18-59"): the table is narrow.
    let full = measure_name(lang, ms);
    let name = full.split([':', '(']).next().unwrap_or(full).trim();
    OUTCOME_YEARS
        .iter()
        .filter_map(|&y| {
            let names = (name, y.to_string(), format!("{}_{y}", ms.key()));
            outcome(lang, names, unit, (at(a, y), at(b, y)), decimals)
        })
        .collect()
}

/// Whether a table of `rows` outcomes `height` pixels tall has room under them for the
/// heading and at least one of A's levers.
fn lever_room(theme: &Theme, rows: usize, height: i32) -> bool {
    let line = theme.line_height(style::SMALL_SIZE) + theme.px(3.0);
    theme.px(2.0) + (rows as i32 + 1) * line + 3 * line <= height
}

/// How the outcomes table is laid out: its area, styles, the right edges of the number
/// columns and the room left for labels.
struct TableLayout<'a, 'f, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    theme: &'a Theme,
    head: TextStyle<'f>,
    body: TextStyle<'f>,
    /// Right edges of the A, B and A − B columns.
    rights: [i32; 3],
    label_room: i32,
    gap: i32,
    line: i32,
}

impl<DB: DrawingBackend> TableLayout<'_, '_, DB> {
    fn width(&self, t: &str, s: &TextStyle<'_>) -> Result<i32, ChartError> {
        Ok(self.theme.measure(self.area, t, s)?.0)
    }

    /// A label too long for its room, cut with an ellipsis.
    fn fit(&self, label: &str, room: i32, s: &TextStyle<'_>) -> Result<String, ChartError> {
        if self.width(label, s)? <= room {
            return Ok(label.to_string());
        }
        let mut text = label.to_string();
        while text.pop().is_some() {
            let kept = text.trim_end();
            if self.width(&format!("{kept}…"), s)? <= room {
                return Ok(format!("{kept}…"));
            }
        }
        Ok(String::new())
    }

    fn text(
        &self,
        t: String,
        at: (i32, i32),
        s: &TextStyle<'_>,
        h: HPos,
    ) -> Result<(), ChartError> {
        self.area
            .draw(&Text::new(t, at, s.pos(Pos::new(h, VPos::Top))))?;
        Ok(())
    }

    fn row(&self, y: i32, row: &[String; 4], s: &TextStyle<'_>) -> Result<(), ChartError> {
        let [label, a, b, d] = row;
        self.text(self.fit(label, self.label_room, s)?, (0, y), s, HPos::Left)?;
        for (t, x) in [a, b, d].into_iter().zip(self.rights) {
            self.text(t.clone(), (x, y), s, HPos::Right)?;
        }
        Ok(())
    }
}

/// The outcomes as text: label, A, B, A − B.
fn cells(rows: &[Outcome], lang: Lang) -> Vec<[String; 4]> {
    rows.iter()
        .map(|r| {
            [
                r.label.clone(),
                lang.num(r.a / r.scale, r.decimals),
                lang.num(r.b / r.scale, r.decimals),
                lang.signed((r.a - r.b) / r.scale, r.decimals),
            ]
        })
        .collect()
}

fn draw_table<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    lang: Lang,
    rows: &[Outcome],
    levers: &[(String, String)],
) -> Result<(), ChartError> {
    let (w, _) = area.dim_in_pixel();
    let w = i32::try_from(w).unwrap_or(i32::MAX);
    let mut t = TableLayout {
        area,
        theme,
        head: (style::FONT, f64::from(theme.px(style::SMALL_SIZE)))
            .into_font()
            .style(FontStyle::Bold)
            .color(&palette::INK),
        body: theme.small_style().color(&palette::INK),
        rights: [0; 3],
        label_room: 0,
        gap: theme.px(10.0),
        line: theme.line_height(style::SMALL_SIZE) + theme.px(3.0),
    };
    let cells = cells(rows, lang);
    let header = [
        lang.t("chart-compare-outcome").to_string(),
        "A".to_string(),
        lang.t("chart-compare-b").to_string(),
        lang.t("chart-compare-a-b").to_string(),
    ];
    let mut col = [0i32; 4];
    for (k, c) in col.iter_mut().enumerate() {
        let mut m = t.width(header.get(k).map_or("", |s| s.as_str()), &t.head)?;
        for row in &cells {
            m = m.max(t.width(row.get(k).map_or("", |s| s.as_str()), &t.body)?);
        }
        *c = m;
    }
    // Numbers right-aligned at their column's right edge, from the right of the area.
    let right3 = w - theme.px(2.0);
    let right2 = right3 - col[3] - t.gap;
    let right1 = right2 - col[2] - t.gap;
    t.rights = [right1, right2, right3];
    t.label_room = right1 - col[1] - t.gap;
    let mut y = theme.px(2.0);
    t.row(y, &header, &t.head)?;
    y += t.line;
    area.draw(&PathElement::new(
        vec![(0, y - theme.px(2.0)), (w, y - theme.px(2.0))],
        theme.stroke(palette::AXIS, 1.0),
    ))?;
    for (k, row) in cells.iter().enumerate() {
        if k % 2 == 1 {
            area.draw(&Rectangle::new(
                [(0, y - theme.px(1.0)), (w, y + t.line - theme.px(2.0))],
                style::tint(palette::GRID, 0.6).filled(),
            ))?;
        }
        t.row(y, row, &t.body)?;
        y += t.line;
    }
    let (_, h) = area.dim_in_pixel();
    let h = i32::try_from(h).unwrap_or(i32::MAX);
    if levers.is_empty() || !lever_room(theme, rows.len(), h) {
        return Ok(());
    }
    draw_levers(&t, y, h, lang, levers)
}

/// Scenario A's levers under the outcomes, value at the right edge, as many as there is
/// room for.
fn draw_levers<DB: DrawingBackend>(
    t: &TableLayout<'_, '_, DB>,
    mut y: i32,
    h: i32,
    lang: Lang,
    levers: &[(String, String)],
) -> Result<(), ChartError> {
    let right3 = t.rights[2];
    y += t.theme.px(6.0);
    let heading = lang.t("chart-compare-levers-moved-in-a");
    t.text(heading.to_string(), (0, y), &t.head, HPos::Left)?;
    y += t.line;
    let room = usize::try_from((h - y) / t.line).unwrap_or(0);
    let shown = if levers.len() <= room {
        levers.len()
    } else {
        room.saturating_sub(1)
    };
    for (label, value) in &levers[..shown] {
        let vw = t.width(value, &t.body)?;
        let label = t.fit(label, right3 - vw - t.gap, &t.body)?;
        t.text(label, (0, y), &t.body, HPos::Left)?;
        t.text(value.clone(), (right3, y), &t.body, HPos::Right)?;
        y += t.line;
    }
    if shown < levers.len() {
        let more = levers.len() - shown;
        let text = lang.f(
            "chart-compare-and-more-all-in-the-csv-and",
            &[("more", &more.to_string())],
        );
        t.text(text, (0, y), &t.body, HPos::Left)?;
    }
    Ok(())
}

/// The difference A − B of the populations in `year` (thousands) in words, naming the
/// direction: "A is 2.52 million higher than B in 2100."
fn a_against_b(lang: Lang, ms: Measure, a_minus_b: f64, year: i32) -> String {
    let d = if ms.is_ratio() { ms.decimals() } else { 2 };
    let size = lang.num(a_minus_b.abs() / measure_scale(ms), d);
    if size.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        return lang.f(
            "chart-compare-a-and-b-are-equal-in",
            &[("year", &year.to_string())],
        );
    }
    let key = if a_minus_b > 0.0 {
        "chart-compare-a-higher-than-b"
    } else {
        "chart-compare-a-lower-than-b"
    };
    let size = if ms.is_ratio() {
        size
    } else {
        lang.f("chart-compare-size-million", &[("size", &size)])
    };
    lang.f(key, &[("size", &size), ("year", &year.to_string())])
}

pub(crate) struct Compare;

/// Scenario A and B of one country: their lines, difference and outcomes.
pub(crate) struct Model {
    lang: Lang,
    /// The measure drawn (`measure=`).
    measure: Measure,
    title: String,
    query: String,
    name: String,
    /// Population lines of A and B and the UN estimates leading into them (millions).
    la: Line,
    lb: Line,
    history: Line,
    /// A − B by year (millions).
    diff: Line,
    evs: Vec<Event>,
    /// First year drawn: the year of the first event.
    from: f64,
    rows: Vec<Outcome>,
    /// A's levers in words.
    levers: Vec<(String, String)>,
    /// A's and B's query strings, B's name.
    qa: String,
    qb: String,
    b_name: String,
    source: String,
    /// UN medium at 1 July by year of A's line (the measure's unit), and whether WPP
    /// published it (else it is the engine's projection of WPP's medium inputs).
    un_mid: Vec<Option<f64>>,
    un_published: Vec<bool>,
    /// The bands of simulated futures of A and B, when the page handed them in.
    band_a: Option<ScenarioBand>,
    band_b: Option<ScenarioBand>,
}

impl ChartView for Compare {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        let (lang, ms) = (req.lang, measure_of(req.scenario.measure.as_ref()));
        let data = ctx.data();
        let country = data.require_country(&req.scenario.country)?;
        let name = lang.country(&country.info).to_string();
        let (sb, b_name) = ctx.scenario_b(req)?;
        let ra = ctx.project(&req.scenario)?;
        let rb = ctx.project(&sb)?;
        let (pa, pb) = (&ra.main.projection, &rb.main.projection);
        let line = |p: &Projection| match ms {
            Measure::Population => population_line(p),
            _ => measure_line(p, ms),
        };
        let (la, lb) = (line(pa), line(pb));
        // From the year of the first event (2022) the UN estimates lead into the scenarios.
        let evs = events(data, lang);
        let start = la.first().map_or(2025.0, |p| p.0.floor());
        let from = evs.iter().map(|e| e.date.floor()).fold(start, f64::min);
        let diff: Line = la
            .iter()
            .filter_map(|&(x, a)| lb.iter().find(|p| p.0 == x).map(|p| (x, a - p.1)))
            .collect();
        let (un_mid, un_published) = if ms == Measure::Population {
            let mid = un_mid(&country.pop_total, &la);
            let n = mid.len();
            (mid, vec![true; n])
        } else {
            let base = ctx.project(&ctx.baseline_of(&req.scenario))?;
            let un = un_comparison(data, &country.info.iso3, ms, &base.main.projection)?;
            let at = |x: f64| un.at((x - 0.5) as i32);
            let mid = la.iter().map(|p| at(p.0).map(|u| u.value)).collect();
            let src = la
                .iter()
                .map(|p| at(p.0).is_some_and(|u| u.source == UnSource::Published));
            (mid, src.collect())
        };
        let band_a = ctx
            .band_for(&req.scenario)
            .filter(|b| b.measure == ms.key());
        let band_b = ctx
            .band_for(&band::with_measure_of(&sb, &req.scenario))
            .filter(|b| b.measure == ms.key());
        let ev_src = events_source(&evs, data, lang);
        let source = source_line(lang, ms);
        Ok(Model {
            lang,
            measure: ms,
            title: title(lang, ms, &name),
            query: req.to_query(ctx.table()),
            history: if ms == Measure::Population {
                UnSeries::of(&country.pop_total, from as i32 - 1).estimate
            } else {
                Vec::new()
            },
            un_mid,
            un_published,
            rows: outcomes(pa, pb, lang, ms),
            levers: levers_drawn(req, ctx.table()),
            qa: req.scenario.write_query(ctx.table()),
            qb: sb.write_query(ctx.table()),
            source: if ev_src.is_empty() {
                source
            } else {
                format!("{source} {ev_src}")
            },
            name,
            la,
            lb,
            diff,
            evs,
            from,
            b_name,
            band_a,
            band_b,
        })
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        let l = layout(m, root, theme)?;
        let frame = draw_lines(m, &l.top, theme, l.bottom.is_none())?;
        if let Some(bottom) = &l.bottom {
            draw_diff(m, bottom, theme)?;
        }
        if let Some(table) = l.table {
            let levers: &[(String, String)] = if l.listed { &m.levers } else { &[] };
            draw_table(&table, theme, m.lang, &m.rows, levers)?;
        }
        root.present()?;
        Ok(frame)
    }

    fn title(m: &Model) -> String {
        m.title.clone()
    }

    fn alt(m: &Model) -> String {
        let (lang, name, b_name) = (m.lang, &m.name, &m.b_name);
        let (ms, k) = (m.measure, measure_scale(m.measure));
        let end = |l: &[(f64, f64)]| l.last().map(|p| p.1 * k).unwrap_or(0.0);
        let (ea, eb) = (end(&m.la), end(&m.lb));
        let a_alt = if m.levers.is_empty() {
            lang.t("chart-common-no-levers-moved").to_string()
        } else {
            levers_line(&m.levers)
        };
        let (wa, wb) = (measure_words(lang, ms, ea), measure_words(lang, ms, eb));
        let what = match ms {
            Measure::Population => String::new(),
            _ => format!("{}: ", measure_name(lang, ms)),
        };
        let said = lang.f(
            "chart-compare-scenario-a-reaches-in-2100-and",
            &[
                ("name", &name.to_string()),
                ("what", &what.to_string()),
                ("a_alt", &a_alt.to_string()),
                ("wa", &wa.to_string()),
                ("b_name", &b_name.to_string()),
                ("wb", &wb.to_string()),
            ],
        );
        let year = m.la.last().map_or(2100, |p| p.0.floor() as i32);
        let mut alt = format!("{said} {}", a_against_b(lang, ms, ea - eb, year));
        let words = |v: f64| measure_words(lang, ms, v);
        for (b, who) in [(&m.band_a, "band-alt-a"), (&m.band_b, "band-alt-b")] {
            if let Some(b) = b {
                alt.push(' ');
                alt.push_str(&band::alt(lang, b, band::who(lang, who), 2050, &words));
            }
        }
        alt
    }

    fn table(m: &Model) -> Table {
        table(m)
    }
}

/// The chart's title: the measure's name unless it is the population.
fn title(lang: Lang, ms: Measure, name: &str) -> String {
    let what = match ms {
        Measure::Population => String::new(),
        _ => format!("{}, ", measure_name(lang, ms)),
    };
    lang.f(
        "chart-compare-scenario-a-against-b",
        &[("name", name), ("what", &what.to_string())],
    )
}

/// The footer's first sentences: the engine, and the measure when not the population.
fn source_line(lang: Lang, ms: Measure) -> String {
    let engine = lang.t("chart-compare-source-crossroads-cohort-component");
    match ms {
        Measure::Population => engine.to_string(),
        _ => format!(
            "{engine} {}: {}.",
            lang.t("chart-compare-lines"),
            measure_name(lang, ms)
        ),
    }
}

/// The UN medium at 1 July of each year of `line` (thousands).
fn un_mid(rows: &[PopTotalRow], line: &[(f64, f64)]) -> Vec<Option<f64>> {
    let mut out = Vec::with_capacity(line.len());
    for &(x, _) in line {
        out.push(UnSeries::mid_year(rows, (x - 0.5) as i32));
    }
    out
}

/// A's legend entry: its levers in words unless the table lists them.
fn a_name(m: &Model, listed: bool) -> String {
    let lang = m.lang;
    if m.levers.is_empty() {
        lang.t("chart-compare-a-no-levers-moved-un-medium")
            .to_string()
    } else if listed {
        lang.t("chart-compare-a-your-scenario").to_string()
    } else {
        format!(
            "{}: {}",
            lang.t("chart-compare-a-your-scenario"),
            levers_line(&m.levers)
        )
    }
}

fn legend(m: &Model, listed: bool) -> Vec<LegendEntry> {
    let lang = m.lang;
    let line = |color, width, dashed| Mark::Line {
        color,
        width,
        dashed,
    };
    let mut legend = Vec::new();
    if !m.history.is_empty() {
        legend.push(LegendEntry {
            mark: line(ESTIMATE_COLOR, style::LINE_WIDTH, false),
            label: lang.t("chart-compare-un-estimates").to_string(),
        });
    }
    legend.extend([
        LegendEntry {
            mark: line(A_COLOR, 3.0, false),
            label: a_name(m, listed),
        },
        LegendEntry {
            mark: line(B_COLOR, style::LINE_WIDTH, true),
            label: format!("{}: {}", lang.t("chart-compare-b"), m.b_name),
        },
    ]);
    for (b, who, color) in [
        (&m.band_a, "band-who-a", A_COLOR),
        (&m.band_b, "band-who-b", B_COLOR),
    ] {
        if b.is_some() {
            legend.extend(band::legend(lang, band::who(lang, who), color));
        }
    }
    legend
}

/// Where the parts go: the lines (top), the difference panel (bottom, when there is
/// height), the outcomes table (beside when wide, below when there is room), and whether
/// the table lists A's levers.
struct Layout<DB: DrawingBackend> {
    top: DrawingArea<DB, Shift>,
    bottom: Option<DrawingArea<DB, Shift>>,
    table: Option<DrawingArea<DB, Shift>>,
    listed: bool,
}

fn layout<DB: DrawingBackend>(
    m: &Model,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<Layout<DB>, ChartError> {
    // Wide enough for the outcome table beside the charts (the width `decorate` leaves);
    // the table then lists A's levers too, and the legend need not spell them.
    let (root_w, _) = root.dim_in_pixel();
    let inner_w = f64::from(root_w) - 2.0 * f64::from(theme.px(style::MARGIN));
    let wide = inner_w / theme.scale() >= 620.0;
    // The table beside the charts lists A's levers when it has room under the outcomes
    // (its height is known once the legend is laid out); else the legend spells A.
    let table_margin = theme.px(if wide { 14.0 } else { 4.0 });
    let mut listed = wide && !m.levers.is_empty();
    let mut plot_area =
        style::decorate_wanting(root, theme, &m.title, &legend(m, listed), &m.source, 70)?;
    let plot_h = i32::try_from(plot_area.dim_in_pixel().1).unwrap_or(i32::MAX);
    if listed && !lever_room(theme, m.rows.len(), plot_h - table_margin) {
        listed = false;
        plot_area =
            style::decorate_wanting(root, theme, &m.title, &legend(m, false), &m.source, 70)?;
    }
    let (w, h) = plot_area.dim_in_pixel();
    let line_h = theme.line_height(style::SMALL_SIZE) + theme.px(3.0);
    let table_need = (m.rows.len() as i32 + 1) * line_h + theme.px(10.0);
    let hh = i32::try_from(h).unwrap_or(i32::MAX);
    // Beside the charts when wide; below them when there is room; else left out (the
    // outcomes stay in the CSV and the text alternative).
    let (charts, table) = if wide {
        let (c, t) = plot_area.split_horizontally((f64::from(w) * 0.56) as i32);
        (c, Some(t))
    } else if hh - table_need >= theme.px(140.0) {
        let (c, t) = plot_area.split_vertically(hh - table_need);
        (c, Some(t))
    } else {
        (plot_area.clone(), None)
    };
    let m_ = table_margin;
    let table = table.map(|t| t.margin(m_, 0, if wide { m_ } else { 0 }, 0));
    // The difference panel needs height too.
    let (_, ch) = charts.dim_in_pixel();
    let (top, bottom) = if f64::from(ch) / theme.scale() >= 180.0 {
        let (t, b) = charts.split_vertically((f64::from(ch) * 0.64) as i32);
        (t, Some(b))
    } else {
        (charts.clone(), None)
    };
    Ok(Layout {
        top,
        bottom,
        table,
        listed,
    })
}

/// The UN estimates, B and A, and the events; `year_axis`: this panel names the years.
fn draw_lines<DB: DrawingBackend>(
    m: &Model,
    top: &DrawingArea<DB, Shift>,
    theme: &Theme,
    year_axis: bool,
) -> Result<PlotFrame, ChartError> {
    let lang = m.lang;
    let x1 = m.la.last().map_or(2100.0, |p| p.0);
    let k = measure_scale(m.measure);
    let bands = m.band_a.iter().chain(&m.band_b);
    let (lo, hi) = min_max(
        m.la.iter()
            .chain(&m.lb)
            .chain(&m.history)
            .map(|p| p.1)
            .chain(bands.flat_map(|b| band::extent(b, k))),
    );
    let (y0, y1) = style::nice_range(lo, hi);
    let y_fmt = style::value_ticks(lang, y1 - y0);
    let desc = measure_axis(lang, m.measure);
    let y_desc = match m.measure {
        Measure::Population => [
            lang.t("chart-compare-population-millions"),
            lang.t("chart-common-millions"),
        ],
        _ => [desc[0].as_str(), desc[1].as_str()],
    };
    let year_desc = lang.t("chart-common-year-1-july");
    let mut chart = style::cartesian(
        top,
        theme,
        m.from..x1,
        y0..y1,
        &Axes::years(lang, &y_desc, &y_fmt)
            .x_desc(if year_axis { year_desc } else { "" })
            .density(1.4),
    )?;
    chart.draw_series(LineSeries::new(
        m.history.iter().copied(),
        theme.stroke(ESTIMATE_COLOR, style::LINE_WIDTH),
    ))?;
    for (b, color) in [(&m.band_b, B_COLOR), (&m.band_a, A_COLOR)] {
        if let Some(b) = b {
            band::draw(&mut chart, b, k, color)?;
        }
    }
    chart.draw_series(DashedLineSeries::new(
        m.lb.iter().copied(),
        theme.width(style::DASH.0),
        theme.width(style::DASH.1),
        theme.stroke(B_COLOR, style::LINE_WIDTH),
    ))?;
    chart.draw_series(LineSeries::new(
        m.la.iter().copied(),
        theme.stroke(A_COLOR, 3.0),
    ))?;
    // Events last: their labels start at the top, where the lines begin.
    style::draw_events(&mut chart, theme, &m.evs, &[&m.history, &m.lb, &m.la])?;
    Ok(style::frame_of(&chart))
}

/// The difference A − B, shaded down to zero.
fn draw_diff<DB: DrawingBackend>(
    m: &Model,
    bottom: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<(), ChartError> {
    let lang = m.lang;
    let (x0, x1) = (m.from, m.la.last().map_or(2100.0, |p| p.0));
    let (dlo, dhi) = m
        .diff
        .iter()
        .map(|p| p.1)
        .fold((0.0f64, 0.0f64), |(a, b), v| {
            (if v < a { v } else { a }, if v > b { v } else { b })
        });
    let (d0, d1) = if dhi - dlo < 1e-6 {
        (-1.0, 1.0)
    } else {
        let (a, b) = style::nice_range(dlo, dhi);
        (a.min(0.0), b.max(0.0))
    };
    let ratio = m.measure.is_ratio();
    let d_fmt = |v: &f64| match (ratio, d1 - d0 >= 5.0) {
        (true, _) => lang.signed(*v, 2),
        (false, wide) => lang.signed(*v, if wide { 0 } else { 1 }),
    };
    let d_desc = [
        if ratio {
            lang.t("chart-compare-a-b")
        } else {
            lang.t("chart-compare-a-b-mln")
        },
        lang.t("chart-compare-a-b"),
    ];
    let mut dchart = style::cartesian(
        bottom,
        theme,
        x0..x1,
        d0..d1,
        &Axes::years(lang, &d_desc, &d_fmt)
            .x_desc(lang.t("chart-common-year-1-july"))
            .density(1.4),
    )?;
    let mut poly = vec![(x0, 0.0)];
    poly.extend(m.diff.iter().copied());
    poly.push((x1, 0.0));
    dchart.draw_series(std::iter::once(Polygon::new(
        poly,
        style::tint(palette::INK, 0.25).filled(),
    )))?;
    dchart.draw_series(LineSeries::new(
        m.diff.iter().copied(),
        theme.stroke(palette::INK, style::THIN_WIDTH),
    ))?;
    dchart.draw_series(LineSeries::new(
        [(x0, 0.0), (x1, 0.0)],
        theme.stroke(palette::AXIS, 1.0),
    ))?;
    Ok(())
}

/// The table's columns: populations by year, then the outcomes (their unit a column).
const COLUMNS: [ColumnSpec; 5] = [
    ("year", "chart-compare-col-year", Unit::None),
    (
        "a_population_jul1",
        "chart-compare-col-a-population-jul1",
        Unit::Thousand,
    ),
    (
        "b_population_jul1",
        "chart-compare-col-b-population-jul1",
        Unit::Thousand,
    ),
    (
        "diff_a_minus_b_jul1",
        "chart-compare-col-diff-a-minus-b-jul1",
        Unit::Thousand,
    ),
    (
        "un_medium_jul1",
        "chart-compare-col-un-medium-jul1",
        Unit::Thousand,
    ),
];
const OUTCOME_COLUMNS: [ColumnSpec; 5] = [
    ("measure", "chart-compare-col-measure", Unit::None),
    ("unit", "chart-compare-col-unit", Unit::None),
    ("a", "chart-compare-col-a", Unit::None),
    ("b", "chart-compare-col-b", Unit::None),
    (
        "diff_a_minus_b",
        "chart-compare-col-diff-a-minus-b",
        Unit::None,
    ),
];

/// The source of a measure's lines and of its UN medium.
fn measure_source(lang: Lang, ms: Measure) -> String {
    let unit = if ms.is_ratio() {
        measure_unit(lang, ms)
    } else {
        lang.t("chart-common-thousand")
    };
    lang.f(
        "chart-compare-crossroads-engine-on-un-wpp",
        &[("unit", unit), ("measure", (measure_name(lang, ms)))],
    )
}

/// A's and B's measure by year with their difference and the UN medium of the measure.
fn measure_section(m: &Model) -> Section {
    let (lang, ms) = (m.lang, m.measure);
    let unit = if ms.is_ratio() {
        measure_unit(lang, ms)
    } else {
        lang.t("chart-common-thousand")
    };
    let (k, key, name) = (measure_scale(ms), ms.key(), measure_name(lang, ms));
    let mut s = Section::new(vec![
        Column::new("year", lang.t("chart-common-year-1-july"), ""),
        Column::new(
            &format!("a_{key}_jul1"),
            &format!("{}: {name}", lang.t("chart-compare-a")),
            unit,
        ),
        Column::new(
            &format!("b_{key}_jul1"),
            &format!("{}: {name}", lang.t("chart-compare-b")),
            unit,
        ),
        Column::new("diff_a_minus_b_jul1", lang.t("chart-compare-a-b"), unit),
        Column::new("un_medium_jul1", lang.t("chart-common-un-medium"), unit),
        Column::new(
            "un_source",
            lang.t("chart-common-source-of-the-un-value"),
            "",
        ),
    ]);
    let d = if ms.is_ratio() { 6 } else { 3 };
    let rows =
        m.la.iter()
            .zip(&m.diff)
            .zip(m.un_mid.iter().zip(&m.un_published));
    for ((&(x, a), &(_, df)), (un, &published)) in rows {
        let src = match (un, published) {
            (None, _) => "",
            (Some(_), true) => lang.t("chart-common-published"),
            (Some(_), false) => lang.t("chart-common-engine-baseline"),
        };
        s.rows.push(vec![
            Cell::int((x - 0.5) as i32),
            Cell::val(a * k, d),
            Cell::val((a - df) * k, d),
            Cell::val(df * k, d),
            Cell::num(*un, d),
            Cell::text(src),
        ]);
    }
    s
}

/// A's and B's populations by year with their difference and the UN medium, then the
/// outcomes.
fn table(m: &Model) -> Table {
    let lang = m.lang;
    let defaults = lang.t("chart-compare-defaults");
    let sources = vec![
        lang.t("chart-compare-crossroads-engine-on-un-wpp-2024")
            .to_string(),
        format!(
            "{} {}",
            lang.t("chart-compare-a-2"),
            if m.qa.is_empty() { defaults } else { &m.qa }
        ),
        format!("{} {} ({})", lang.t("chart-compare-b-2"), m.b_name, m.qb),
        lang.t("chart-compare-un-medium-jul1-un-wpp-2024-medium-at")
            .to_string(),
    ];
    let mut t = Table::new(&m.title, lang, &m.query, sources);
    t.notes.extend(events_notes(&m.evs, lang));
    if m.measure == Measure::Population {
        let mut s = Section::of(lang, &COLUMNS);
        for ((&(x, a), &(_, d)), un) in m.la.iter().zip(&m.diff).zip(&m.un_mid) {
            s.rows.push(vec![
                Cell::int((x - 0.5) as i32),
                Cell::val(a * 1000.0, 3),
                Cell::val((a - d) * 1000.0, 3),
                Cell::val(d * 1000.0, 3),
                Cell::num(*un, 3),
            ]);
        }
        t.sections.push(s);
    } else {
        t.sources[0] = measure_source(lang, m.measure);
        // The UN medium's source is said in the first line (it is not the year-end mean).
        t.sources.truncate(3);
        t.sections.push(measure_section(m));
    }
    let bands: Vec<(&str, &str, &ScenarioBand)> = [
        ("a_", "band-who-a", &m.band_a),
        ("b_", "band-who-b", &m.band_b),
    ]
    .into_iter()
    .filter_map(|(p, who, b)| Some((p, band::who(lang, who), b.as_ref()?)))
    .collect();
    let (unit, d) = if m.measure.is_ratio() {
        (m.measure.unit(lang == Lang::Ru), 6)
    } else {
        (lang.t("chart-common-thousand"), 3)
    };
    t.sections.extend(band::section(lang, &bands, unit, d));
    let mut o = Section::of(lang, &OUTCOME_COLUMNS);
    for r in &m.rows {
        // A ratio to the engine's precision; thousands, ages and rates to 3 decimals.
        let d = if r.unit == "ratio" { 6 } else { 3 };
        o.rows.push(vec![
            Cell::text(&r.key),
            Cell::text(r.unit),
            Cell::val(r.a, d),
            Cell::val(r.b, d),
            Cell::val(r.a - r.b, d),
        ]);
    }
    t.sections.push(o);
    t
}
