//! The relokanty view: Russians who left since 2022 staying in Georgia, Armenia,
//! Kazakhstan and Kyrgyzstan, shown as the ranges the brief gives, each bound with the
//! sentence it is printed in, the publisher its endnote names for it and, where the endnote
//! does not bear the bound out, a note saying so in words (`data/relokanty_hosts.csv`);
//! and each range as the scenario moves it once its flows have ended
//! ([`crate::scenario::relokanty_hosts`]: the brief's range times the host's stock over its
//! midpoint, so every relokant returning takes both bounds to zero).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::data::{Dataset, RelokantyBound};
use crate::scenario::{relokanty_hosts, HostStock};

use super::super::ctx::Ctx;
use super::super::events::brief_citation;
use super::super::i18n::Lang;
use super::super::layer;
use super::super::request::ViewRequest;
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Theme};
use super::super::table::{Cell, ColumnSpec, Section, Table, Unit};
use super::super::ChartError;
use super::shared::max0;
use super::ChartView;

fn brief_fill() -> RGBColor {
    style::tint(palette::BLUE, 0.55)
}
const SCENARIO: RGBColor = palette::VERMILLION;

/// One host as the view shows it.
struct Row {
    name: String,
    host: HostStock,
    /// Scenario range at the year shown, thousands.
    scen: (f64, f64),
    /// The bounds with their publishers and checks (`[low, high]`, when the data has them).
    bounds: [Option<RelokantyBound>; 2],
}

fn bound(data: &Dataset, iso: &str, which: &str) -> Option<RelokantyBound> {
    data.relokanty_bounds
        .iter()
        .find(|b| b.iso3 == iso && b.bound == which)
        .cloned()
}

/// A bound's note in a few words, for narrow charts.
fn short_note(b: &RelokantyBound, lang: Lang) -> Option<&'static str> {
    match b.check.as_str() {
        "not_in_cited_source" => Some(lang.t("chart-relokanty-not-in-its-sources")),
        "broader_measure" => Some(lang.t("chart-relokanty-all-migrants-and-expats")),
        _ => None,
    }
}

/// A bound's note in words, when the brief's endnote does not bear it out.
fn check_note(b: &RelokantyBound, lang: Lang) -> Option<String> {
    let k = |v: f64| lang.num(v / 1000.0, 0);
    match b.check.as_str() {
        "not_in_cited_source" => Some(match (b.cited_min, b.cited_max, lang) {
            (Some(a), Some(z), l) => l.f(
                "chart-relokanty-printed-cited-range",
                &[("low", &k(a)), ("high", &k(z))],
            ),
            (_, _, l) => l
                .t("chart-relokanty-printed-in-the-brief-not-in-its")
                .to_string(),
        }),
        "broader_measure" => Some(
            lang.t("chart-relokanty-counts-all-temporary-migrants-and")
                .to_string(),
        ),
        _ => None,
    }
}

/// "62: Transparency International" or "130: printed in the brief; …" for one bound.
fn bound_words(b: &RelokantyBound, lang: Lang) -> String {
    let v = lang.num(b.value / 1000.0, 0);
    match (b.publisher.is_empty(), check_note(b, lang)) {
        (true, Some(n)) => format!("{v}: {n}"),
        (false, Some(n)) => format!("{v}: {}, {n}", b.publisher),
        (_, None) => format!("{v}: {}", b.publisher),
    }
}

/// The line under a host's name, longest first: its sources with each bound's note where
/// there is one; the bounds with a note, with their publishers; the notes alone; the
/// notes in a few words.
fn source_line(r: &Row, lang: Lang) -> [String; 4] {
    let [Some(lo), Some(hi)] = &r.bounds else {
        return Default::default();
    };
    let cited = lang.t("chart-relokanty-cited");
    if lo.publisher == hi.publisher && lo.check == "ok" && hi.check == "ok" {
        let s = format!("{cited} {}", lo.publisher);
        return [s.clone(), s.clone(), s.clone(), s];
    }
    let long = format!(
        "{cited} {} · {}",
        bound_words(lo, lang),
        bound_words(hi, lang)
    );
    let noted: Vec<&RelokantyBound> = [lo, hi]
        .into_iter()
        .filter(|b| check_note(b, lang).is_some())
        .collect();
    let join = |f: &dyn Fn(&RelokantyBound) -> String| {
        noted.iter().map(|b| f(b)).collect::<Vec<_>>().join(" · ")
    };
    let with_publishers = join(&|b| bound_words(b, lang));
    let notes = join(&|b| {
        let note = check_note(b, lang).unwrap_or_default();
        format!("{}: {note}", lang.num(b.value / 1000.0, 0))
    });
    let short = join(&|b| {
        let note = short_note(b, lang).unwrap_or_default();
        format!("{}: {note}", lang.num(b.value / 1000.0, 0))
    });
    [long, with_publishers, notes, short]
}

/// The year the scenario bars show: mid-year after the flows end (they are spread over the
/// calendar years up to `rel_year`), or the last projected year.
fn shown_year(rel_year: f64, host: Option<&HostStock>) -> i32 {
    let want = rel_year.round() as i32 + 1;
    let last = host.and_then(|h| h.range.last()).map_or(want, |r| r.0);
    want.min(last)
}

pub(crate) struct Relokanty;

/// The hosts' ranges: the brief's and the scenario's at the year shown.
pub(crate) struct Model {
    lang: Lang,
    title: String,
    query: String,
    rows: Vec<Row>,
    year: i32,
    /// Width of the value axis (thousands).
    top: f64,
    legend: Vec<LegendEntry>,
    source: String,
    /// The brief's citation.
    cite: String,
}

impl ChartView for Relokanty {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        let lang = req.lang;
        let data = ctx.data();
        let result = ctx.project(&req.scenario)?;
        let hosts = relokanty_hosts(data, &result)?;
        if hosts.is_empty() {
            return Err(ChartError::MissingSeries {
                country: "GEO, ARM, KAZ, KGZ".into(),
                series: "relokanty host ranges",
            });
        }
        let s = &req.scenario;
        let year = shown_year(s.rel_year, hosts.first());
        // The reader's total moved off its default: the hosts start scaled (said in words).
        let moved_total = ctx
            .table()
            .get("rel_stock")
            .is_some_and(|p| (p.default - s.rel_stock).abs() > 1e-9);
        let scale = hosts.first().map(|h| h.start_scale).filter(|_| moved_total);
        let rows: Vec<Row> = hosts
            .into_iter()
            .map(|h| Row {
                name: data
                    .country_info(&h.iso3)
                    .map(|c| lang.country(c).to_string())
                    .unwrap_or_else(|| h.iso3.clone()),
                scen: h.range_at(year),
                bounds: [bound(data, &h.iso3, "low"), bound(data, &h.iso3, "high")],
                host: h,
            })
            .collect();
        let max = max0(rows.iter().map(|r| r.host.high.max(r.scen.1)));
        let cite = rows
            .first()
            .and_then(|r| data.brief(&r.host.source_id))
            .map(|b| brief_citation(&b.brief, lang))
            .unwrap_or("")
            .to_string();
        Ok(Model {
            lang,
            title: lang
                .t("chart-relokanty-relokanty-in-host-countries-the")
                .to_string(),
            query: req.to_query(ctx.table()),
            legend: legend(lang, year, s.rel_year.round() as i32),
            source: footer(&rows, scale, &cite, lang),
            top: style::nice_top(max) * 1.12,
            rows,
            year,
            cite,
        })
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        let lang = m.lang;
        let plot_area = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
        let x_fmt = |v: &f64| lang.num(*v, 0);
        let y_fmt = |_: &f64| String::new();
        let y_desc = [""];
        let n = m.rows.len() as f64;
        let mut chart = style::cartesian(
            &plot_area,
            theme,
            0.0..m.top,
            0.0..n,
            &Axes {
                x_desc: lang.t("chart-relokanty-russians-staying-thousands"),
                y_desc: &y_desc,
                x_fmt: &x_fmt,
                y_fmt: &y_fmt,
                x_density: 1.4,
            },
        )?;
        layer::end_static(root)?;
        draw_rows(&mut chart, theme, &m.rows, n, lang)?;
        let frame = style::frame_of(&chart);
        root.present()?;
        Ok(frame)
    }

    fn title(m: &Model) -> String {
        m.title.clone()
    }

    fn alt(m: &Model) -> String {
        alt_text(&m.rows, m.year, m.lang)
    }

    fn table(m: &Model) -> Table {
        table(m)
    }
}

fn legend(lang: Lang, year: i32, end: i32) -> Vec<LegendEntry> {
    vec![
        LegendEntry {
            mark: Mark::Band(brief_fill()),
            label: lang
                .t("chart-relokanty-range-in-the-brief-2022-2023-taken")
                .into(),
        },
        LegendEntry {
            mark: Mark::Band(SCENARIO),
            label: lang.f(
                "chart-relokanty-scenario-mid-year",
                &[("year", &year.to_string()), ("end", &end.to_string())],
            ),
        },
    ]
}

/// Bars, names and the line of sources under each name.
fn draw_rows<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, style::XY>,
    theme: &style::Theme,
    rows: &[Row],
    n: f64,
    lang: Lang,
) -> Result<(), ChartError> {
    let name_style = theme.text_style().color(&palette::INK);
    let small = theme.small_style().color(&palette::INK);
    let gap = theme.px(5.0);
    let area = chart.plotting_area().strip_coord_spec();
    let (w, h) = area.dim_in_pixel();
    let room = i32::try_from(w).unwrap_or(i32::MAX) - 2 * gap;
    // Room for the sources on a line of their own under the name (else beside it).
    let two_lines = f64::from(h) / n >= theme.px(66.0) as f64;
    for (k, r) in rows.iter().enumerate() {
        let band = n - 1.0 - k as f64;
        let (lo, hi) = (r.host.low, r.host.high);
        let (slo, shi) = r.scen;
        chart.draw_series([
            Rectangle::new(
                [(lo, band + 0.34), (hi, band + 0.54)],
                brief_fill().filled(),
            ),
            Rectangle::new([(slo, band + 0.08), (shi, band + 0.28)], SCENARIO.filled()),
        ])?;
        let lines = source_line(r, lang);
        let lines: Vec<String> = if two_lines {
            lines.into()
        } else {
            let beside = lines.iter().map(|l| format!("{} · {l}", r.name));
            beside.chain([r.name.clone()]).collect()
        };
        let choices: Vec<&str> = lines.iter().map(String::as_str).collect();
        let line = style::fitting(&area, theme, &choices, &small, room)?;
        let texts = if two_lines {
            vec![(r.name.as_str(), &name_style, 2.0), (line, &small, 20.0)]
        } else {
            vec![(line, &small, 2.0)]
        };
        for (text, style_, dy) in texts {
            chart.plotting_area().draw(
                &(EmptyElement::at((0.0, band + 1.0))
                    + Text::new(
                        text.to_string(),
                        (gap, theme.px(dy)),
                        style_.pos(Pos::new(HPos::Left, VPos::Top)),
                    )),
            )?;
        }
        for (a, b, y) in [(lo, hi, band + 0.44), (slo, shi, band + 0.18)] {
            chart.plotting_area().draw(
                &(EmptyElement::at((b, y))
                    + Text::new(
                        format!("{}–{}", lang.num(a, 0), lang.num(b, 0)),
                        (gap, 0),
                        small.pos(Pos::new(HPos::Left, VPos::Center)),
                    )),
            )?;
        }
    }
    Ok(())
}

/// The footer: the brief, each host's sentence, and how the scenario moves the ranges.
fn footer(rows: &[Row], scale: Option<f64>, cite: &str, lang: Lang) -> String {
    let quotes: Vec<String> = rows
        .iter()
        .map(|r| format!("{}: “{}”", r.name, r.host.as_stated))
        .collect();
    let scaled = if let Some(scale) = scale {
        let scale = lang.num(scale, 2);
        format!(
            " {}",
            lang.f("chart-relokanty-scaled", &[("scale", &scale)])
        )
    } else {
        String::new()
    };
    lang.f(
        "chart-relokanty-source-scenario-crossroads",
        &[
            ("cite", cite),
            ("scaled", &scaled.to_string()),
            ("join", &(quotes.join("; ")).to_string()),
        ],
    )
}

fn alt_text(rows: &[Row], year: i32, lang: Lang) -> String {
    let k = |v: f64| lang.num(v, 0);
    let hosts: Vec<String> = rows
        .iter()
        .map(|r| {
            let [long, ..] = source_line(r, lang);
            format!(
                "{} {}–{} (“{}”; {long}); {} {}–{}",
                r.name,
                k(r.host.low),
                k(r.host.high),
                r.host.as_stated,
                lang.t("chart-relokanty-scenario"),
                k(r.scen.0),
                k(r.scen.1)
            )
        })
        .collect();
    lang.f(
        "chart-relokanty-russians-who-left-since-2022",
        &[
            ("year", &year.to_string()),
            ("join", &(hosts.join("; ")).to_string()),
        ],
    )
}

/// The table's columns.
const COLUMNS: [ColumnSpec; 11] = [
    ("iso3", "chart-relokanty-col-iso3", Unit::None),
    ("brief_low", "chart-relokanty-col-brief-low", Unit::Thousand),
    (
        "brief_high",
        "chart-relokanty-col-brief-high",
        Unit::Thousand,
    ),
    ("low_source", "chart-relokanty-col-low-source", Unit::None),
    ("high_source", "chart-relokanty-col-high-source", Unit::None),
    ("low_check", "chart-relokanty-col-low-check", Unit::None),
    ("high_check", "chart-relokanty-col-high-check", Unit::None),
    ("year", "chart-relokanty-col-year", Unit::None),
    (
        "scenario_change",
        "chart-relokanty-col-scenario-change",
        Unit::Thousand,
    ),
    (
        "scenario_low",
        "chart-relokanty-col-scenario-low",
        Unit::Thousand,
    ),
    (
        "scenario_high",
        "chart-relokanty-col-scenario-high",
        Unit::Thousand,
    ),
];

/// One row per host: the brief's bounds with their publishers and checks, the scenario's.
fn table(m: &Model) -> Table {
    let (lang, year) = (m.lang, m.year);
    let mut sources = vec![m.cite.clone()];
    for r in &m.rows {
        let [long, ..] = source_line(r, lang);
        sources.push(format!("{}: “{}” ({long})", r.name, r.host.as_stated));
    }
    let mut t = Table::new(&m.title, lang, &m.query, sources);
    let mut s = Section::of(lang, &COLUMNS);
    let cell = |b: &Option<RelokantyBound>, f: fn(&RelokantyBound) -> &str| {
        Cell::text(b.as_ref().map_or("", f))
    };
    for r in &m.rows {
        let [lo, hi] = &r.bounds;
        s.rows.push(vec![
            Cell::text(&r.host.iso3),
            Cell::val(r.host.low, 1),
            Cell::val(r.host.high, 1),
            cell(lo, |b| &b.publisher),
            cell(hi, |b| &b.publisher),
            cell(lo, |b| &b.check),
            cell(hi, |b| &b.check),
            Cell::int(year),
            Cell::val(r.host.change_at(year), 3),
            Cell::val(r.scen.0, 3),
            Cell::val(r.scen.1, 3),
        ]);
    }
    t.sections.push(s);
    t
}
