//! The projection view: total population of the country shown from 2000 to 2100 — UN WPP
//! 2024 estimates, the medium projection with its 80 % and 95 % prediction intervals and
//! the low/high variants (year-end, drawn at 1 January of the next year), the reader's
//! scenario as the engine projects it (mid-year, drawn at 1 July), presets if asked for,
//! Rosstat's October 2023 totals for 1 January 2046 (Russia: as published, with Crimea and
//! Sevastopol, and minus their census population to stand against UN totals; a Rosstat
//! preset's line past 2046 is named the engine's extrapolation) and the briefs' dated
//! events. The CSV puts UN mid-year values (mean of two year-ends) beside the scenario's.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use crate::data::{Dataset, PopTotalRow};
use crate::scenario::Measure;

use super::super::band::{self, ScenarioBand};
use super::super::ctx::Ctx;
use super::super::events::{events, events_notes, events_source, Event};
use super::super::i18n::Lang;
use super::super::layer;
use super::super::request::{levers_line, Overlay, ViewRequest};
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Theme, XY};
use super::super::table::{
    columns as columns_of, csv_num, Cell, Column, ColumnSpec, Section, Table, Unit,
};
use super::super::ChartError;
use super::shared::{
    measure_of, measure_words, min_max, population_line, scenario_name, Line, UnSeries,
    ESTIMATE_COLOR,
};
use super::ChartView;

mod measure;

/// First year drawn.
const FROM: i32 = 2000;

const UN_COLOR: RGBColor = palette::BLUE;
const SCENARIO_COLOR: RGBColor = palette::VERMILLION;
/// Colour and dash pattern (CSS px) of a preset's line: one hue per family (Rosstat's
/// three variants share green and differ by dash), so nine lines stay apart in greyscale.
fn preset_style(id: &str) -> (RGBColor, (f64, f64)) {
    match id {
        "un_low" | "un_high" => (UN_COLOR, (2.0, 3.0)),
        "rosstat_low" => (palette::GREEN, (2.0, 3.0)),
        "rosstat_medium" => (palette::GREEN, (6.0, 4.0)),
        "rosstat_high" => (palette::GREEN, (12.0, 4.0)),
        "compatriots_goal" => (palette::PURPLE, (6.0, 4.0)),
        "crocus_persists" => (palette::ORANGE, (6.0, 4.0)),
        "war_ends_relokanty_return" => (palette::SKY_BLUE, (6.0, 4.0)),
        _ => (palette::MUTED, (2.0, 3.0)),
    }
}
/// Name of a Rosstat preset's line past 1 January 2046 (a catalog key).
const EXTRAPOLATION: &str = "chart-projection-after-2046-the-engine-s";
fn is_rosstat(id: &str) -> bool {
    id.starts_with("rosstat_")
}
/// The pale green of a Rosstat preset's line past the forecast's horizon.
fn extrapolation_color() -> RGBColor {
    style::tint(palette::GREEN, 0.45)
}
fn band80() -> RGBColor {
    style::tint(UN_COLOR, 0.36)
}
fn band95() -> RGBColor {
    style::tint(UN_COLOR, 0.16)
}

fn band_polygon(band: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
    band.iter()
        .map(|&(x, _, hi)| (x, hi))
        .chain(band.iter().rev().map(|&(x, lo, _)| (x, lo)))
        .collect()
}

fn line_mark(color: RGBColor, width: f64, dashed: bool) -> Mark {
    Mark::Line {
        color,
        width,
        dashed,
    }
}

/// One of Rosstat's 1 January 2046 totals: the variant's short name, the value as published
/// and the value minus Crimea and Sevastopol (millions).
struct RosstatMark {
    /// The variant as `data/rosstat_forecast.csv` names it (low, medium, high).
    variant: &'static str,
    label: String,
    published: f64,
    adjusted: f64,
}

/// Rosstat's 1 January 2046 totals and the Crimea-and-Sevastopol figure removed from each
/// (thousands, with its census date).
fn rosstat_markers(
    data: &Dataset,
    lang: Lang,
) -> Result<(Vec<RosstatMark>, f64, String), ChartError> {
    let (removed, date, _) = crate::scenario::crimea_sevastopol(data)?;
    let marks = crate::scenario::rosstat_markers(data)?
        .into_iter()
        .map(|(id, m)| RosstatMark {
            variant: variant_word(id, Lang::En),
            label: variant_word(id, lang).to_string(),
            published: m.published / 1000.0,
            adjusted: m.adjusted / 1000.0,
        })
        .collect();
    Ok((marks, removed, date))
}

/// "low" / "medium" / "high" of a Rosstat preset id.
fn variant_word(id: &str, lang: Lang) -> &'static str {
    match id {
        "rosstat_low" => lang.t("chart-projection-low"),
        "rosstat_medium" => lang.t("chart-projection-medium"),
        _ => lang.t("chart-projection-high"),
    }
}

/// A number as printed: as many decimals as its shortest form has.
fn as_printed(lang: Lang, v: f64) -> String {
    let s = crate::num::shortest(v);
    lang.num(v, s.split_once('.').map_or(0, |(_, f)| f.len()))
}

/// The footnote's sentences on Rosstat's markers: what is drawn, what was removed, from
/// which source; and the 2025 brief's own Rosstat figures.
fn rosstat_note(
    data: &Dataset,
    marks: &[RosstatMark],
    removed: f64,
    lang: Lang,
) -> Result<String, ChartError> {
    let published = marks
        .iter()
        .map(|m| format!("{} {}", m.label, as_printed(lang, m.published)))
        .collect::<Vec<_>>()
        .join(", ");
    let gone = lang.millions(removed);
    let b = crate::scenario::brief_rosstat(data)?;
    let m = |persons: f64| as_printed(lang, persons / 1e6);
    let k = |persons: f64| lang.num(persons, 0);
    let pub_of = |i: usize| {
        marks
            .get(i)
            .map_or(String::new(), |x| as_printed(lang, x.published))
    };
    Ok(lang.f(
        "chart-projection-rosstat-s-1-jan-2046-totals",
        &[
            ("published", &published.to_string()),
            ("gone", &gone.to_string()),
            ("start", &(m(b.start)).to_string()),
            ("medium_2046", &(m(b.medium_2046)).to_string()),
            (
                "rosstat_start",
                &(as_printed(lang, b.rosstat_start)).to_string(),
            ),
            ("pub_of", &(pub_of(1)).to_string()),
            ("worst_2046", &(m(b.worst_2046)).to_string()),
            ("pub_of2", &(pub_of(0)).to_string()),
            ("immigration", &(k(b.immigration)).to_string()),
            (
                "low_net_migration",
                &(lang.num(b.low_net_migration, 0)).to_string(),
            ),
        ],
    ))
}

/// A preset drawn over the projection: (preset id, name, line in millions).
type PresetLine = (&'static str, String, Line);

/// A Rosstat preset's line split at the forecast's horizon (1 January 2046): the part up to
/// it, and the engine's extrapolation from the last point before it on.
fn split_at_horizon(line: &[(f64, f64)]) -> (Line, Line) {
    let h = f64::from(crate::scenario::ROSSTAT_HORIZON);
    let before: Line = line.iter().copied().filter(|p| p.0 <= h).collect();
    let from = before.last().map_or(f64::NEG_INFINITY, |p| p.0);
    let after = line.iter().copied().filter(|p| p.0 >= from).collect();
    (before, after)
}

/// Preset ids an overlay draws for a country.
fn overlay_ids(o: Overlay, country: &str) -> Vec<&'static str> {
    let rosstat = ["rosstat_low", "rosstat_medium", "rosstat_high"];
    let rus = country.eq_ignore_ascii_case("RUS");
    match o {
        Overlay::None => vec![],
        Overlay::Rosstat if rus => rosstat.to_vec(),
        Overlay::Rosstat => vec![],
        Overlay::Un => vec!["un_low", "un_high"],
        // UN low and high are drawn from the data already.
        Overlay::All => crate::scenario::PRESET_IDS
            .iter()
            .copied()
            .filter(|id| !id.starts_with("un_") && (rus || !id.starts_with("rosstat")))
            .collect(),
    }
}

pub(crate) struct Projection;

/// The country's UN series, the scenario, presets, Rosstat's markers and the events.
pub(crate) struct Total {
    lang: Lang,
    title: String,
    query: String,
    name: String,
    un: UnSeries,
    /// UN WPP's year-end rows.
    rows: Vec<PopTotalRow>,
    /// The scenario's line (millions) and its totals by year (thousands).
    scen: Line,
    totals: Vec<(i32, f64)>,
    /// A's levers in one line (empty: none moved).
    levers: String,
    overlays: Vec<PresetLine>,
    markers: Vec<RosstatMark>,
    /// Crimea and Sevastopol removed from Rosstat's totals, thousands, and its date.
    removed: f64,
    census_date: String,
    /// The footnote's sentences on Rosstat's markers (empty without markers).
    rosstat_text: String,
    evs: Vec<Event>,
    /// Data ranges of the plot.
    x: (f64, f64),
    y: (f64, f64),
    legend: Vec<LegendEntry>,
    source: String,
    /// The band of simulated futures of the scenario, when the page handed one in.
    band: Option<ScenarioBand>,
}

/// What the projection view shows: the total population (with UN's intervals, Rosstat's
/// markers and the events) or another measure (`measure=`).
pub(crate) enum Model {
    Total(Box<Total>),
    Measure(Box<measure::Model>),
}

impl ChartView for Projection {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        match measure_of(req.scenario.measure.as_ref()) {
            Measure::Population => Ok(Model::Total(Box::new(total_model(ctx, req)?))),
            ms => Ok(Model::Measure(Box::new(measure::model(ctx, req, ms)?))),
        }
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        match m {
            Model::Total(t) => draw_total(t, root, theme),
            Model::Measure(mm) => measure::draw(mm, root, theme),
        }
    }

    fn title(m: &Model) -> String {
        match m {
            Model::Total(t) => t.title.clone(),
            Model::Measure(mm) => mm.title.clone(),
        }
    }

    fn alt(m: &Model) -> String {
        match m {
            Model::Total(t) => total_alt(t),
            Model::Measure(mm) => measure::alt(mm),
        }
    }

    fn table(m: &Model) -> Table {
        match m {
            Model::Total(t) => table(t),
            Model::Measure(mm) => measure::table(mm),
        }
    }
}

/// The model of the total population.
fn total_model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Total, ChartError> {
    let lang = req.lang;
    let data = ctx.data();
    let country = data.require_country(&req.scenario.country)?;
    let iso = country.info.iso3.clone();
    let un = UnSeries::of(&country.pop_total, FROM);
    if un.medium.len() < 2 {
        return Err(ChartError::MissingSeries {
            country: iso,
            series: "medium projection",
        });
    }
    let result = ctx.project(&req.scenario)?;
    let p = &result.main.projection;
    let levers = levers_line(&req.levers(ctx.table()));
    let overlays = overlays(ctx, req.overlay, &iso, lang)?;
    let (markers, removed, census_date) = if iso == "RUS" {
        rosstat_markers(data, lang)?
    } else {
        (Vec::new(), 0.0, String::new())
    };
    let rosstat_text = if markers.is_empty() {
        String::new()
    } else {
        rosstat_note(data, &markers, removed, lang)?
    };
    let evs = events(data, lang);
    let last = un.medium.last().map_or(2101.0, |p| p.0);
    let scen = population_line(p);
    let mut m = Total {
        lang,
        title: format!(
            "{}: {}, {FROM}–{}",
            lang.country(&country.info),
            lang.t("chart-projection-population"),
            last as i32 - 1
        ),
        query: req.to_query(ctx.table()),
        name: lang.country(&country.info).to_string(),
        rows: country.pop_total.clone(),
        totals: (0..p.years()).map(|i| (p.year(i), p.total(i))).collect(),
        source: source(data, &rosstat_text, &evs, lang),
        x: (f64::from(FROM) + 1.0, last),
        y: (0.0, 0.0),
        legend: Vec::new(),
        un,
        scen,
        levers,
        overlays,
        markers,
        removed,
        census_date,
        rosstat_text,
        evs,
        band: ctx
            .band_for(&req.scenario)
            .filter(|b| b.measure == Measure::Population.key()),
    };
    m.y = y_range(&m);
    m.legend = legend(&m);
    Ok(m)
}

fn draw_total<DB: DrawingBackend>(
    m: &Total,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<PlotFrame, ChartError> {
    let lang = m.lang;
    let plot_area = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
    let y_fmt = style::value_ticks(lang, m.y.1 - m.y.0);
    let y_desc = [
        lang.t("chart-projection-population-millions"),
        lang.t("chart-common-millions"),
    ];
    let mut chart = style::cartesian(
        &plot_area,
        theme,
        m.x.0..m.x.1,
        m.y.0..m.y.1,
        &Axes::years(lang, &y_desc, &y_fmt),
    )?;
    draw_un(&mut chart, theme, m)?;
    if let Some(b) = &m.band {
        band::draw(&mut chart, b, 1000.0, SCENARIO_COLOR)?;
    }
    draw_overlays(&mut chart, theme, &m.overlays)?;
    layer::end_static(root)?;
    chart.draw_series(LineSeries::new(
        m.scen.iter().copied(),
        theme.stroke(SCENARIO_COLOR, 3.0),
    ))?;
    draw_markers(&mut chart, theme, &m.markers)?;
    let frame = style::frame_of(&chart);
    root.present()?;
    Ok(frame)
}

fn total_alt(m: &Total) -> String {
    let mut alt = alt_text(m).unwrap_or_default();
    if !m.rosstat_text.is_empty() {
        if !alt.is_empty() {
            alt.push(' ');
        }
        alt.push_str(&m.rosstat_text);
    }
    if let Some(b) = &m.band {
        let lang = m.lang;
        let words = |v: f64| measure_words(lang, Measure::Population, v);
        let who = band::who(lang, "band-alt-scenario");
        alt.push(' ');
        alt.push_str(&band::alt(lang, b, who, 2050, &words));
    }
    alt
}

/// The presets the request overlays, projected for `country`.
fn overlays(
    ctx: &mut Ctx<'_>,
    overlay: Overlay,
    country: &str,
    lang: Lang,
) -> Result<Vec<PresetLine>, ChartError> {
    let mut out = Vec::new();
    for id in overlay_ids(overlay, country) {
        let (s, name) = ctx.preset_in(id, country, lang)?;
        let pr = ctx.project(&s)?;
        out.push((id, name, population_line(&pr.main.projection)));
    }
    Ok(out)
}

/// The value axis: every line, band and marker, with room for three event labels at the top.
fn y_range(m: &Total) -> (f64, f64) {
    let un = &m.un;
    let values = un
        .estimate
        .iter()
        .chain(&un.low)
        .chain(&un.high)
        .chain(&m.scen)
        .map(|p| p.1)
        .chain(un.band95.iter().flat_map(|b| [b.1, b.2]))
        .chain(m.overlays.iter().flat_map(|o| o.2.iter().map(|p| p.1)))
        .chain(m.markers.iter().flat_map(|m| [m.published, m.adjusted]))
        .chain(m.band.iter().flat_map(|b| band::extent(b, 1000.0)));
    let (lo, hi) = min_max(values);
    let (y0, y1) = style::nice_range(lo, hi);
    (y0, y1 + (y1 - y0) * 0.12)
}

/// The footer: UN and the engine, Rosstat's markers, the events' source.
fn source(data: &Dataset, rosstat_text: &str, evs: &[Event], lang: Lang) -> String {
    let mut source = lang
        .t("chart-projection-source-un-wpp-2024-year-end-totals")
        .to_string();
    for extra in [rosstat_text, &events_source(evs, data, lang)] {
        if !extra.is_empty() {
            source.push(' ');
            source.push_str(extra);
        }
    }
    source
}

/// The legend's scenario entry, its band's entries when a band is drawn, and one entry for
/// each preset drawn over it (id, name), as both projection views show them.
fn scenario_legend<'a>(
    lang: Lang,
    no_levers: bool,
    band: bool,
    presets: impl Iterator<Item = (&'a str, String)>,
) -> Vec<LegendEntry> {
    let mut legend = vec![LegendEntry {
        mark: line_mark(SCENARIO_COLOR, 3.0, false),
        label: scenario_name(lang, no_levers),
    }];
    if band {
        let who = band::who(lang, "band-who-scenario");
        legend.extend(band::legend(lang, who, SCENARIO_COLOR));
    }
    for (id, label) in presets {
        let (color, dash) = preset_style(id);
        legend.push(LegendEntry {
            mark: Mark::Pattern {
                color,
                width: style::THIN_WIDTH,
                dash,
            },
            label,
        });
    }
    legend
}

fn legend(m: &Total) -> Vec<LegendEntry> {
    let lang = m.lang;
    let entry = |mark, key: &str| LegendEntry {
        mark,
        label: lang.t(key).into(),
    };
    let mut legend = vec![
        entry(
            line_mark(ESTIMATE_COLOR, style::LINE_WIDTH, false),
            "chart-projection-un-estimates",
        ),
        entry(
            line_mark(UN_COLOR, style::LINE_WIDTH, false),
            "chart-projection-un-medium",
        ),
        entry(Mark::Band(band80()), "chart-projection-80-interval"),
        entry(Mark::Band(band95()), "chart-projection-95-interval"),
        entry(
            line_mark(UN_COLOR, style::THIN_WIDTH, true),
            "chart-projection-un-low-high-0-5-child",
        ),
    ];
    let presets = m.overlays.iter().map(|(id, n, _)| {
        let name = if is_rosstat(id) {
            format!("{n}{}", lang.t("chart-projection-to-2046"))
        } else {
            n.clone()
        };
        (*id, name)
    });
    legend.extend(scenario_legend(
        lang,
        m.levers.is_empty(),
        m.band.is_some(),
        presets,
    ));
    if m.overlays.iter().any(|o| is_rosstat(o.0)) {
        let mark = Mark::Pattern {
            color: extrapolation_color(),
            width: style::THIN_WIDTH,
            dash: style::DASH,
        };
        legend.push(entry(mark, EXTRAPOLATION));
    }
    if !m.markers.is_empty() {
        legend.push(entry(
            Mark::DiamondOutline(palette::INK),
            "chart-projection-rosstat-1-jan-2046-as-published-with",
        ));
        legend.push(entry(
            Mark::Diamond(palette::INK),
            "chart-projection-rosstat-1-jan-2046-minus-crimea-and",
        ));
    }
    legend
}

/// The UN bands, the events, the low/high variants, the medium and the estimates.
fn draw_un<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    m: &Total,
) -> Result<(), ChartError> {
    let un = &m.un;
    chart.draw_series(std::iter::once(Polygon::new(
        band_polygon(&un.band95),
        band95().filled(),
    )))?;
    chart.draw_series(std::iter::once(Polygon::new(
        band_polygon(&un.band80),
        band80().filled(),
    )))?;
    let at = f64::from(crate::scenario::ROSSTAT_HORIZON);
    let marks: Line = m
        .markers
        .iter()
        .flat_map(|r| [(at, r.published), (at, r.adjusted)])
        .collect();
    let mut avoid: Vec<&[(f64, f64)]> =
        vec![&un.estimate, &un.medium, &un.low, &un.high, &m.scen, &marks];
    avoid.extend(m.overlays.iter().map(|o| o.2.as_slice()));
    style::draw_events(chart, theme, &m.evs, &avoid)?;
    let variant = theme.stroke(UN_COLOR, style::THIN_WIDTH);
    for line in [&un.low, &un.high] {
        chart.draw_series(DashedLineSeries::new(
            line.iter().copied(),
            theme.width(style::DASH.0),
            theme.width(style::DASH.1),
            variant,
        ))?;
    }
    chart.draw_series(LineSeries::new(
        un.medium.iter().copied(),
        theme.stroke(UN_COLOR, style::LINE_WIDTH),
    ))?;
    chart.draw_series(LineSeries::new(
        un.estimate.iter().copied(),
        theme.stroke(ESTIMATE_COLOR, style::LINE_WIDTH),
    ))?;
    Ok(())
}

/// The presets' lines, a Rosstat preset's paler past the forecast's horizon.
fn draw_overlays<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    overlays: &[PresetLine],
) -> Result<(), ChartError> {
    for (id, _, line) in overlays {
        let (c, (dash, gap)) = preset_style(id);
        let (named, extrapolated) = if is_rosstat(id) {
            split_at_horizon(line)
        } else {
            (line.clone(), Vec::new())
        };
        chart.draw_series(DashedLineSeries::new(
            named,
            theme.width(dash),
            theme.width(gap),
            theme.stroke(c, style::LINE_WIDTH),
        ))?;
        chart.draw_series(DashedLineSeries::new(
            extrapolated,
            theme.width(dash),
            theme.width(gap),
            theme.stroke(extrapolation_color(), style::THIN_WIDTH),
        ))?;
    }
    Ok(())
}

/// Rosstat's 2046 diamonds (hollow as published, filled as drawn against UN) with their
/// labels to the right, or to the left where the right one would run into the previous
/// label; left out when both would.
fn draw_markers<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    markers: &[RosstatMark],
) -> Result<(), ChartError> {
    let small = theme.small_style().color(&palette::INK);
    let (mut last_right, mut last_left): (Option<i32>, Option<i32>) = (None, None);
    let row = theme.line_height(style::SMALL_SIZE);
    let at = f64::from(crate::scenario::ROSSTAT_HORIZON);
    for m in markers {
        let (published, v) = (m.published, m.adjusted);
        let size = theme.px(4.5);
        let diamond = vec![(0, -size), (size, 0), (0, size), (-size, 0), (0, -size)];
        chart.draw_series(std::iter::once(
            EmptyElement::at((at, published))
                + PathElement::new(diamond.clone(), theme.stroke(palette::INK, 1.5)),
        ))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((at, v)) + Polygon::new(diamond, palette::INK.filled()),
        ))?;
        let (_, py) = chart.backend_coord(&(at, v));
        let clear = |last: Option<i32>| match last {
            Some(l) => (l - py).abs() >= row,
            None => true,
        };
        let side = if clear(last_right) {
            last_right = Some(py);
            Some((theme.px(7.0), HPos::Left))
        } else if clear(last_left) {
            last_left = Some(py);
            Some((-theme.px(7.0), HPos::Right))
        } else {
            None
        };
        if let Some((dx, h)) = side {
            style::label_box(chart, theme, &m.label, &small, (at, v), (dx, -row / 2), h)?;
        }
    }
    Ok(())
}

/// The scenario in 2050 and 2100 against the UN medium and its 95 % interval.
fn alt_text(m: &Total) -> Option<String> {
    let (lang, name, levers) = (m.lang, &m.name, &m.levers);
    let at = |y: i32| m.totals.iter().find(|t| t.0 == y).map(|t| t.1);
    let (a50, a100) = (at(2050)?, at(2100)?);
    let who = if levers.is_empty() {
        lang.t("chart-projection-alt-no-levers").to_string()
    } else {
        lang.f("chart-projection-alt-your-scenario", &[("levers", levers)])
    };
    let (a50, a100) = (lang.millions(a50), lang.millions(a100));
    let mut args = vec![
        ("name", name.to_string()),
        ("who", who),
        ("a50", a50),
        ("a100", a100),
    ];
    let rows = &m.rows;
    let key = if let (Some(u50), Some(u100)) = (
        UnSeries::mid_year(rows, 2050),
        UnSeries::mid_year(rows, 2100).or_else(|| rows.last().and_then(|r| r.central())),
    ) {
        args.extend([("u50", lang.millions(u50)), ("u100", lang.millions(u100))]);
        "chart-projection-alt-against-un"
    } else {
        "chart-projection-alt"
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut alt = lang.f(key, &args);
    if let Some(&(_, l, h)) = m.un.band95.last() {
        let (l, h) = (lang.millions(l * 1000.0), lang.millions(h * 1000.0));
        alt.push(' ');
        alt.push_str(&lang.f("chart-projection-alt-band95", &[("l", &l), ("h", &h)]));
    }
    alt.push('.');
    Some(alt)
}

/// The table's sources: UN, the engine, Rosstat's markers and what was removed from them.
fn table_sources(m: &Total) -> Vec<String> {
    let lang = m.lang;
    let mut sources = vec![
        lang.t("chart-projection-un-wpp-2024-cc-by-3-0-igo-total")
            .to_string(),
        lang.t("chart-projection-scenario-and-presets-crossroads")
            .to_string(),
    ];
    for mk in &m.markers {
        sources.push(lang.f(
            "chart-projection-rosstat-forecast-of-october",
            &[("label", &(mk.label).to_string())],
        ));
    }
    if !m.markers.is_empty() {
        let (removed, date) = (csv_num(m.removed, 3), &m.census_date);
        sources.push(lang.f(
            "chart-projection-crimea-and-sevastopol-thousand",
            &[
                ("removed", &removed.to_string()),
                ("date", &date.to_string()),
            ],
        ));
    }
    sources
}

/// The main section's columns before the presets'.
const COLUMNS: [ColumnSpec; 12] = [
    ("year", "chart-projection-col-year", Unit::None),
    (
        "un_estimate_dec31",
        "chart-projection-col-un-estimate-dec31",
        Unit::Thousand,
    ),
    (
        "un_medium_dec31",
        "chart-projection-col-un-medium-dec31",
        Unit::Thousand,
    ),
    (
        "un_low_dec31",
        "chart-projection-col-un-low-dec31",
        Unit::Thousand,
    ),
    (
        "un_high_dec31",
        "chart-projection-col-un-high-dec31",
        Unit::Thousand,
    ),
    (
        "un_80_lower_dec31",
        "chart-projection-col-un-80-lower-dec31",
        Unit::Thousand,
    ),
    (
        "un_80_upper_dec31",
        "chart-projection-col-un-80-upper-dec31",
        Unit::Thousand,
    ),
    (
        "un_95_lower_dec31",
        "chart-projection-col-un-95-lower-dec31",
        Unit::Thousand,
    ),
    (
        "un_95_upper_dec31",
        "chart-projection-col-un-95-upper-dec31",
        Unit::Thousand,
    ),
    (
        "un_estimate_jul1",
        "chart-projection-col-un-estimate-jul1",
        Unit::Thousand,
    ),
    (
        "un_medium_jul1",
        "chart-projection-col-un-medium-jul1",
        Unit::Thousand,
    ),
    (
        "scenario_jul1",
        "chart-projection-col-scenario-jul1",
        Unit::Thousand,
    ),
];

/// The columns of Rosstat's 2046 markers.
const MARKER_COLUMNS: [ColumnSpec; 5] = [
    (
        "rosstat_variant",
        "chart-projection-col-rosstat-variant",
        Unit::None,
    ),
    ("date", "chart-projection-col-date", Unit::None),
    (
        "published_with_crimea_sevastopol",
        "chart-projection-col-published-with-crimea-sevastopol",
        Unit::Thousand,
    ),
    (
        "crimea_sevastopol_removed",
        "chart-projection-col-crimea-sevastopol-removed",
        Unit::Thousand,
    ),
    (
        "adjusted_drawn_against_un",
        "chart-projection-col-adjusted-drawn-against-un",
        Unit::Thousand,
    ),
];

/// The main section's columns: UN year-end and mid-year values, the scenario, then each
/// preset (a Rosstat preset in two: to 2046, and the engine's extrapolation after it).
fn columns(m: &Total) -> Vec<Column> {
    let lang = m.lang;
    let k = lang.t("chart-common-thousand");
    let mut cols = columns_of(lang, &COLUMNS);
    let horizon = crate::scenario::ROSSTAT_HORIZON;
    for (id, n, _) in &m.overlays {
        if !is_rosstat(id) {
            let key = format!("{n} (jul1)");
            cols.push(Column::new(&key, &key, k));
            continue;
        }
        let to = lang.f("chart-projection-to", &[("horizon", &horizon.to_string())]);
        let key = format!("{n}, {to} (jul1)");
        cols.push(Column::new(&key, &key, k));
        let key = lang.f(
            "chart-projection-engine-s-extrapolation-of",
            &[
                ("horizon", &horizon.to_string()),
                ("id", (variant_word(id, lang))),
            ],
        );
        cols.push(Column::new(&key, &key, k));
    }
    cols
}

/// One row a year: UN year-end and mid-year values (mean of the year-ends around 1 July),
/// the scenario's and the presets' mid-year values.
fn row(m: &Total, row: &PopTotalRow) -> Vec<Cell> {
    let o = |v: Option<f64>| Cell::num(v, 3);
    let y = row.year;
    let end = |y: i32| m.rows.iter().find(|r| r.year == y);
    // Mid-year y: the mean of the year-ends y - 1 and y, estimates while both are.
    let before = end(y - 1);
    let est_jul1 = before.and_then(|b| Some(0.5 * (b.estimate? + row.estimate?)));
    let med_jul1 = before.and_then(|b| Some(0.5 * (b.central()? + row.medium?)));
    let sv = m.totals.iter().find(|t| t.0 == y).map(|t| t.1);
    let mut cells = vec![Cell::int(y)];
    for v in [
        row.estimate,
        row.medium,
        row.low,
        row.high,
        row.lower80,
        row.upper80,
        row.lower95,
        row.upper95,
        est_jul1,
        med_jul1,
        sv,
    ] {
        cells.push(o(v));
    }
    let horizon = crate::scenario::ROSSTAT_HORIZON;
    for (id, _, l) in &m.overlays {
        let v = l
            .iter()
            .find(|p| (p.0 - 0.5) as i32 == y)
            .map(|p| p.1 * 1000.0);
        if is_rosstat(id) {
            // Mid-year y is within the forecast while y < the horizon year.
            let (named, after) = if y < horizon { (v, None) } else { (None, v) };
            cells.push(o(named));
            cells.push(o(after));
        } else {
            cells.push(o(v));
        }
    }
    cells
}

/// The projection view's table: one row a year (see [`row`]), then Rosstat's 2046 markers
/// as published and as drawn against UN totals.
fn table(m: &Total) -> Table {
    let lang = m.lang;
    let mut t = Table::new(&m.title, lang, &m.query, table_sources(m));
    t.notes.extend(events_notes(&m.evs, lang));
    let mut s = Section::new(columns(m));
    for r in m.rows.iter().filter(|r| r.year >= FROM) {
        s.rows.push(row(m, r));
    }
    t.sections.push(s);
    if let Some(b) = &m.band {
        let who = band::who(lang, "band-who-scenario");
        let unit = lang.t("chart-common-thousand");
        t.sections
            .extend(band::section(lang, &[("", who, b)], unit, 3));
    }
    if m.markers.is_empty() {
        return t;
    }
    let mut s = Section::of(lang, &MARKER_COLUMNS);
    let horizon = crate::scenario::ROSSTAT_HORIZON;
    for mk in &m.markers {
        s.rows.push(vec![
            Cell::text(mk.variant),
            Cell::Text(format!("{horizon}-01-01")),
            Cell::val(mk.published * 1000.0, 0),
            Cell::val(m.removed, 3),
            Cell::val(mk.adjusted * 1000.0, 3),
        ]);
    }
    t.sections.push(s);
    t
}
