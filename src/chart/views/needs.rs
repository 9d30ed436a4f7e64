//! The needs view (replacement migration): the net migration a country would need each
//! year to hold a measure (working-age population by default, `hold=` or `measure=` to
//! choose) at its level of `hold_from`, against UN WPP 2024's own migration assumption,
//! WPP's estimates of recent net migration, and for Russia Rosstat's low-variant 154k and
//! the Compatriots Program's goal and latest level; below it, the consequence: population
//! with and without the extra migrants. Numbers from `scenario::needs`.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::scenario::{needs, Measure, Needs, RefLevel, RefSeries, YearValue};

use super::super::ctx::Ctx;
use super::super::i18n::Lang;
use super::super::request::ViewRequest;
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Symbol, Theme};
use super::super::table::{columns, Cell, ColumnSpec, Section, Table, Unit};
use super::super::ChartError;
use super::ChartView;

/// The years the text alternative averages the need over (the briefs' horizon, then the
/// end of the projection).
const REPORT_YEAR: i32 = 2050;

pub(crate) struct NeedsView;

/// The needs model with the words of the request's language.
pub(crate) struct Model {
    lang: Lang,
    country: String,
    title: String,
    query: String,
    n: Needs,
    legend: Vec<LegendEntry>,
    source: String,
    /// The x range (years) and the two y ranges (thousand a year; millions).
    x: (f64, f64),
    y_mig: (f64, f64),
    y_pop: (f64, f64),
}

/// One line of the needs chart: colour, width, dashed.
const TOTAL: (RGBColor, f64) = (palette::VERMILLION, 3.0);
const EXTRA: (RGBColor, f64) = (palette::VERMILLION, 1.5);
const UN: (RGBColor, f64) = (palette::BLUE, 2.0);
const ROSSTAT: (RGBColor, f64) = (palette::MUTED, 1.5);
const GOAL: (RGBColor, f64) = (palette::GREEN, 1.5);

fn line(c: (RGBColor, f64), dashed: bool) -> Mark {
    Mark::Line {
        color: c.0,
        width: c.1,
        dashed,
    }
}

fn label(lang: Lang, key: &str) -> String {
    lang.t(key).to_string()
}

impl Model {
    fn measure_name(&self) -> &'static str {
        short(self.n.measure, self.lang)
    }
}

/// The held measure in a few words, for titles and legends on a phone.
fn short(m: Measure, lang: Lang) -> &'static str {
    match m {
        Measure::Population => lang.t("chart-needs-the-population"),
        Measure::Pop20To64 => lang.t("chart-needs-people-aged-20-64"),
        Measure::Pop15To64 => lang.t("chart-needs-people-aged-15-64"),
        Measure::SupportRatio => lang.t("chart-needs-the-support-ratio-20-64-per-65"),
        Measure::Men18To59 => lang.t("chart-needs-men-aged-18-59"),
        Measure::OldAgeDependency => lang.t("chart-needs-old-age-dependency-65-per-20-64"),
    }
}

fn legend(n: &Needs, lang: Lang) -> Vec<LegendEntry> {
    let mut out = vec![
        LegendEntry {
            mark: line(TOTAL, false),
            label: lang.f(
                "chart-needs-net-migration-that-keeps-it-at",
                &[("from", &(n.from).to_string())],
            ),
        },
        LegendEntry {
            mark: line(EXTRA, true),
            label: label(lang, "chart-needs-of-which-extra-beyond-the-scenario-s"),
        },
        LegendEntry {
            mark: line(UN, false),
            label: ref_label(&n.un_assumption, lang),
        },
        LegendEntry {
            mark: Mark::Symbol {
                color: palette::INK,
                symbol: Symbol::Circle,
            },
            label: ref_label(&n.observed, lang),
        },
    ];
    let levels = [(&n.rosstat_low, ROSSTAT), (&n.compatriots_goal, GOAL)];
    for (lv, c) in levels {
        if let Some(l) = lv {
            out.push(LegendEntry {
                mark: line(c, true),
                label: level_label(l, lang),
            });
        }
    }
    if let Some(l) = &n.compatriots_latest {
        out.push(LegendEntry {
            mark: Mark::Diamond(palette::GREEN),
            label: level_label(l, lang),
        });
    }
    out
}

fn ref_label(r: &RefSeries, lang: Lang) -> String {
    r.label_in(lang.code())
}

fn level_label(l: &RefLevel, lang: Lang) -> String {
    l.label_in(lang.code())
}

/// The y range of the migration panel: every value drawn, zero included.
fn migration_range(n: &Needs) -> (f64, f64) {
    let mut vals: Vec<f64> = vec![0.0];
    for s in &n.steps {
        vals.extend([s.needed, s.total].into_iter().flatten());
        vals.push(s.own);
    }
    vals.extend(n.un_assumption.points.iter().map(|p| p.value));
    vals.extend(n.observed.points.iter().map(|p| p.value));
    for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
        .into_iter()
        .flatten()
    {
        vals.push(l.value);
    }
    let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    style::nice_range(lo, hi)
}

/// The y range of the population panel, millions.
fn population_range(n: &Needs) -> (f64, f64) {
    let all = n.population_with.iter().chain(&n.population_without);
    let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
        (a.min(p.value / 1000.0), b.max(p.value / 1000.0))
    });
    style::nice_range(lo, hi)
}

fn source_text(n: &Needs, lang: Lang) -> String {
    let mut parts = vec![label(
        lang,
        "chart-needs-engine-the-scenario-projected-twice",
    )];
    for r in [&n.un_assumption, &n.observed] {
        parts.push(r.source_in(lang.code()));
    }
    for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
        .into_iter()
        .flatten()
    {
        parts.push(l.source_in(lang.code()));
    }
    if let Some(f) = &n.failure {
        parts.push(f.message_in(lang.code()));
    }
    parts.join(" ")
}

impl ChartView for NeedsView {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        let lang = req.lang;
        let n = needs(ctx.projector(), &req.scenario)?;
        let info = ctx.data().require_country(&req.scenario.country)?;
        let country = lang.country(&info.info).to_string();
        let what = short(n.measure, lang);
        let title = lang.f(
            "chart-needs-migrants-needed-to-keep-at-the",
            &[
                ("country", &country.to_string()),
                ("what", what),
                ("from", &(n.from).to_string()),
            ],
        );
        let first = n.observed.points.first().map_or(n.from, |p| p.year);
        let last = n.steps.last().map_or(n.from, |s| s.year);
        Ok(Model {
            lang,
            legend: legend(&n, lang),
            source: source_text(&n, lang),
            x: (f64::from(first), f64::from(last + 1)),
            y_mig: migration_range(&n),
            y_pop: population_range(&n),
            query: req.to_query(ctx.table()),
            country,
            title,
            n,
        })
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        let plot = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
        let (_, h) = plot.dim_in_pixel();
        let (top, bottom) = plot.split_vertically(h * 2 / 3);
        let frame = draw_migration(m, &top, theme)?;
        draw_population(m, &bottom, theme)?;
        root.present()?;
        Ok(frame)
    }

    fn title(m: &Model) -> String {
        m.title.clone()
    }

    fn alt(m: &Model) -> String {
        alt_text(m)
    }

    fn table(m: &Model) -> Table {
        table(m)
    }
}

/// `(x, y)` at mid-year `year` + 0.5 for a step from 1 July `year` (thousands a year).
fn at_step(year: i32, v: f64) -> (f64, f64) {
    (f64::from(year) + 0.5, v)
}

/// One of the view's two panels: years across, `y` up, described by the first of `y_desc`
/// that fits.
fn panel<'a, DB: DrawingBackend>(
    m: &Model,
    area: &'a DrawingArea<DB, Shift>,
    theme: &Theme,
    y: (f64, f64),
    y_desc: &[&str],
) -> Result<ChartContext<'a, DB, style::XY>, ChartError> {
    let y_fmt = style::value_ticks(m.lang, y.1 - y.0);
    let axes = Axes::years(m.lang, y_desc, &y_fmt);
    style::cartesian(area, theme, m.x.0..m.x.1, y.0..y.1, &axes)
}

fn draw_migration<DB: DrawingBackend>(
    m: &Model,
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<PlotFrame, ChartError> {
    let lang = m.lang;
    let y_desc = [
        lang.t("chart-needs-net-migrants-thousand-a-year"),
        lang.t("chart-needs-thousand-a-year"),
    ];
    let mut chart = panel(m, area, theme, m.y_mig, &y_desc)?;
    let n = &m.n;
    let dash = (theme.width(style::DASH.0), theme.width(style::DASH.1));
    for (lv, c) in [(&n.rosstat_low, ROSSTAT), (&n.compatriots_goal, GOAL)] {
        if let Some(l) = lv {
            let to = l.to.map_or(m.x.1, |t| f64::from(t + 1));
            chart.draw_series(DashedLineSeries::new(
                [(f64::from(l.from), l.value), (to, l.value)],
                dash.0,
                dash.1,
                theme.stroke(c.0, c.1),
            ))?;
        }
    }
    let un = n
        .un_assumption
        .points
        .iter()
        .map(|p| (f64::from(p.year) + 0.5, p.value));
    chart.draw_series(LineSeries::new(un, theme.stroke(UN.0, UN.1)))?;
    let obs = n
        .observed
        .points
        .iter()
        .map(|p| (f64::from(p.year) + 0.5, p.value));
    chart.draw_series(obs.map(|xy| Circle::new(xy, theme.width(3.0), palette::INK.filled())))?;
    if let Some(l) = &n.compatriots_latest {
        let xy = (f64::from(l.from) + 0.5, l.value);
        chart.draw_series([Circle::new(xy, theme.width(4.0), palette::GREEN.filled())])?;
    }
    let extra = n
        .steps
        .iter()
        .filter_map(|s| Some(at_step(s.year, s.needed?)));
    chart.draw_series(DashedLineSeries::new(
        extra,
        dash.0,
        dash.1,
        theme.stroke(EXTRA.0, EXTRA.1),
    ))?;
    let total = n
        .steps
        .iter()
        .filter_map(|s| Some(at_step(s.year, s.total?)));
    chart.draw_series(LineSeries::new(total, theme.stroke(TOTAL.0, TOTAL.1)))?;
    Ok(style::frame_of(&chart))
}

fn draw_population<DB: DrawingBackend>(
    m: &Model,
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<(), ChartError> {
    let lang = m.lang;
    let y_desc = [
        lang.t("chart-needs-population-million"),
        lang.t("chart-needs-million"),
    ];
    let mut chart = panel(m, area, theme, m.y_pop, &y_desc)?;
    let mil = |p: &YearValue| (f64::from(p.year), p.value / 1000.0);
    let dash = (theme.width(style::DASH.0), theme.width(style::DASH.1));
    chart.draw_series(DashedLineSeries::new(
        m.n.population_without.iter().map(mil),
        dash.0,
        dash.1,
        theme.stroke(palette::INK, 1.5),
    ))?;
    chart.draw_series(LineSeries::new(
        m.n.population_with.iter().map(mil),
        theme.stroke(TOTAL.0, 2.0),
    ))?;
    // The panel's own key, at its top left: the two lines are not in the legend above.
    let (with, without) = (
        label(lang, "chart-needs-with-the-extra-migrants"),
        label(lang, "chart-needs-dashed-without"),
    );
    let font = theme.small_style().color(&palette::INK);
    let (x, y) = chart.backend_coord(&(m.x.0, m.y_pop.1));
    let pad = theme.px(6.0);
    area.draw(&Text::new(
        format!("{with}; {without}"),
        (
            x + pad - area.get_base_pixel().0,
            y + pad - area.get_base_pixel().1,
        ),
        font,
    ))?;
    Ok(())
}

fn alt_text(m: &Model) -> String {
    let (lang, n) = (m.lang, &m.n);
    let end = n.steps.last().map_or(REPORT_YEAR, |s| s.year + 1);
    let k = |v: Option<f64>| v.map_or("–".to_string(), |v| lang.num(v, 0));
    let pct = |y: i32| {
        n.share_at(y)
            .map_or("–".to_string(), |s| lang.num(100.0 * s, 1))
    };
    let total = k(n.mean_of(n.from, REPORT_YEAR, |s| s.total));
    let extra = k(n.mean_needed(n.from, REPORT_YEAR));
    let un = k(mean_ref(&n.un_assumption, n.from, REPORT_YEAR));
    let (total_end, extra_end) = (
        k(n.mean_of(n.from, end, |s| s.total)),
        k(n.mean_needed(n.from, end)),
    );
    let what = m.measure_name();
    let (c, from, y) = (&m.country, n.from, REPORT_YEAR);
    let mut s = lang.f(
        "chart-needs-to-keep-in-at-the-level-net",
        &[
            ("what", what),
            ("c", &c.to_string()),
            ("from", &from.to_string()),
            ("total", &total.to_string()),
            ("y", &y.to_string()),
            ("extra", &extra.to_string()),
            ("un", &un.to_string()),
            ("total_end", &total_end.to_string()),
            ("end", &end.to_string()),
            ("extra_end", &extra_end.to_string()),
            ("y2", &(pct(y)).to_string()),
            ("end2", &(pct(end)).to_string()),
        ],
    );
    for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
        .into_iter()
        .flatten()
    {
        s.push_str(&format!(" {}.", level_label(l, lang)));
    }
    if let Some(f) = &n.failure {
        s.push(' ');
        s.push_str(&f.message_in(lang.code()));
    }
    s
}

fn mean_ref(r: &RefSeries, from: i32, to: i32) -> Option<f64> {
    let v: Vec<f64> = r
        .points
        .iter()
        .filter(|p| p.year >= from && p.year < to)
        .map(|p| p.value)
        .collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

const COLUMNS: [ColumnSpec; 8] = [
    ("year", "chart-needs-col-year", Unit::None),
    (
        "needed_extra",
        "chart-needs-col-needed-extra",
        Unit::Thousand,
    ),
    ("own", "chart-needs-col-own", Unit::Thousand),
    ("total", "chart-needs-col-total", Unit::Thousand),
    (
        "un_wpp_medium",
        "chart-needs-col-un-wpp-medium",
        Unit::Thousand,
    ),
    (
        "population_with_jul1",
        "chart-needs-col-population-with-jul1",
        Unit::Thousand,
    ),
    (
        "population_without_jul1",
        "chart-needs-col-population-without-jul1",
        Unit::Thousand,
    ),
    (
        "migrant_origin_share",
        "chart-needs-col-migrant-origin-share",
        Unit::Percent,
    ),
];

const LEVEL_COLUMNS: [ColumnSpec; 4] = [
    ("line", "chart-needs-col-line", Unit::None),
    (
        "thousand_per_year",
        "chart-needs-col-thousand-per-year",
        Unit::Thousand,
    ),
    ("from_year", "chart-needs-col-from-year", Unit::None),
    ("to_year", "chart-needs-col-to-year", Unit::None),
];

fn value_at(points: &[YearValue], year: i32) -> Option<f64> {
    points.iter().find(|p| p.year == year).map(|p| p.value)
}

fn table(m: &Model) -> Table {
    let (lang, n) = (m.lang, &m.n);
    let sources = vec![source_text(n, lang)];
    let mut t = Table::new(&m.title, lang, &m.query, sources);
    let mut s = Section::new(columns(lang, &COLUMNS));
    for st in &n.steps {
        s.rows.push(vec![
            Cell::int(st.year),
            Cell::num(st.needed, 1),
            Cell::val(st.own, 1),
            Cell::num(st.total, 1),
            Cell::num(value_at(&n.un_assumption.points, st.year), 1),
            Cell::num(value_at(&n.population_with, st.year), 1),
            Cell::num(value_at(&n.population_without, st.year), 1),
            Cell::num(n.share_at(st.year).map(|v| 100.0 * v), 2),
        ]);
    }
    t.sections.push(s);
    let mut levels = Section::new(columns(lang, &LEVEL_COLUMNS));
    for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
        .into_iter()
        .flatten()
    {
        levels.rows.push(vec![
            Cell::text(&level_label(l, lang)),
            Cell::val(l.value, 1),
            Cell::int(l.from),
            l.to.map_or(Cell::Empty, Cell::int),
        ]);
    }
    t.sections.push(levels);
    t
}
