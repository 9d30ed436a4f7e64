//! The projection view of a measure other than the total population (`measure=`): the
//! UN WPP 2024 medium of the measure (a point published by WPP marked with a circle, the
//! rest the engine's projection of WPP's medium inputs, said so in the legend, the text
//! alternative and the table), the reader's scenario and the presets, from the base year
//! on. WPP publishes no intervals for these measures and Rosstat's 2046 markers are totals,
//! so neither is drawn.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::scenario::{un_comparison, Measure, UnPoint, UnSource};

use super::super::super::band::{self, ScenarioBand};
use super::super::super::ctx::Ctx;
use super::super::super::i18n::Lang;
use super::super::super::layer;
use super::super::super::request::{levers_line, ViewRequest};
use super::super::super::style::{self, Axes, LegendEntry, Mark, PlotFrame, Symbol, Theme};
use super::super::super::table::{Cell, Column, Section, Table};
use super::super::super::ChartError;
use super::super::shared::{
    levers_drawn, measure_axis, measure_line, measure_name, measure_scale, measure_unit,
    measure_words, min_max, un_source_label, Line,
};
use super::{overlay_ids, preset_style, scenario_legend, SCENARIO_COLOR, UN_COLOR};

/// A preset drawn over the measure: id, name, line (chart unit).
type PresetLine = (&'static str, String, Line);

/// The projection view of a measure: its lines in the chart's unit and its words.
pub(crate) struct Model {
    pub(super) lang: Lang,
    pub(super) measure: Measure,
    pub(super) title: String,
    query: String,
    name: String,
    levers: String,
    un: Vec<UnPoint>,
    scen: Line,
    overlays: Vec<PresetLine>,
    x: (f64, f64),
    y: (f64, f64),
    legend: Vec<LegendEntry>,
    source: String,
    /// The band of simulated futures of the scenario, when the page handed one in.
    band: Option<ScenarioBand>,
}

/// The model of a measure's projection view.
pub(super) fn model(
    ctx: &mut Ctx<'_>,
    req: &ViewRequest,
    measure: Measure,
) -> Result<Model, ChartError> {
    let lang = req.lang;
    let data = ctx.data();
    let country = data.require_country(&req.scenario.country)?;
    let iso = country.info.iso3.clone();
    let base = ctx.project(&ctx.baseline_of(&req.scenario))?;
    let un = un_comparison(data, &iso, measure, &base.main.projection)?.points;
    let scen = measure_line(&ctx.project(&req.scenario)?.main.projection, measure);
    let mut overlays = Vec::new();
    for id in overlay_ids(req.overlay, &iso) {
        let (s, name) = ctx.preset_in(id, &iso, lang)?;
        let pr = ctx.project(&s)?;
        overlays.push((id, name, measure_line(&pr.main.projection, measure)));
    }
    let x0 = scen.first().map_or(2025.0, |p| p.0.floor());
    let x1 = scen.last().map_or(2101.0, |p| p.0.ceil());
    let name = lang.country(&country.info).to_string();
    let mut m = Model {
        lang,
        measure,
        title: format!(
            "{name}: {}, {}–{}",
            measure_name(lang, measure),
            x0 as i32,
            x1 as i32 - 1
        ),
        query: req.to_query(ctx.table()),
        levers: levers_line(&levers_drawn(req, ctx.table())),
        source: lang
            .t("chart-measure-source-un-wpp-2024-medium-published")
            .to_string(),
        name,
        un,
        scen,
        overlays,
        x: (x0, x1),
        y: (0.0, 0.0),
        legend: Vec::new(),
        band: ctx
            .band_for(&req.scenario)
            .filter(|b| b.measure == measure.key()),
    };
    let k = measure_scale(measure);
    let values = m.un.iter().map(|p| p.value / k);
    let values = values.chain(m.scen.iter().map(|p| p.1));
    let values = values.chain(m.band.iter().flat_map(|b| band::extent(b, k)));
    let (lo, hi) = min_max(values.chain(m.overlays.iter().flat_map(|o| o.2.iter().map(|p| p.1))));
    m.y = style::nice_range(lo, hi);
    m.legend = legend(&m);
    Ok(m)
}

/// How many UN points WPP published (the rest are the engine's baseline).
fn published(m: &Model) -> usize {
    m.un.iter()
        .filter(|p| p.source == UnSource::Published)
        .count()
}

fn legend(m: &Model) -> Vec<LegendEntry> {
    let lang = m.lang;
    let n = published(m);
    let un_label = if n == 0 {
        lang.t("chart-measure-un-wpp-2024-medium-inputs-projected")
    } else {
        lang.t("chart-measure-un-wpp-2024-medium-the-engine-s")
    };
    let line = |color, width| Mark::Line {
        color,
        width,
        dashed: false,
    };
    let mut legend = vec![LegendEntry {
        mark: line(UN_COLOR, style::LINE_WIDTH),
        label: un_label.to_string(),
    }];
    if n > 0 {
        legend.push(LegendEntry {
            mark: Mark::Symbol {
                color: UN_COLOR,
                symbol: Symbol::Circle,
            },
            label: lang
                .t("chart-measure-un-wpp-2024-medium-published")
                .to_string(),
        });
    }
    let presets = m.overlays.iter().map(|(id, n, _)| (*id, n.clone()));
    legend.extend(scenario_legend(
        lang,
        m.levers.is_empty(),
        m.band.is_some(),
        presets,
    ));
    legend
}

/// Draws the UN medium (published points circled), the presets and the scenario.
pub(super) fn draw<DB: DrawingBackend>(
    m: &Model,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<PlotFrame, ChartError> {
    let lang = m.lang;
    let plot_area = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
    let y_fmt = style::value_ticks(lang, m.y.1 - m.y.0);
    let desc = measure_axis(lang, m.measure);
    let y_desc = [desc[0].as_str(), desc[1].as_str()];
    let mut chart = style::cartesian(
        &plot_area,
        theme,
        m.x.0..m.x.1,
        m.y.0..m.y.1,
        &Axes::years(lang, &y_desc, &y_fmt),
    )?;
    let k = measure_scale(m.measure);
    if let Some(b) = &m.band {
        band::draw(&mut chart, b, k, SCENARIO_COLOR)?;
    }
    let at = |p: &UnPoint| (f64::from(p.year) + 0.5, p.value / k);
    chart.draw_series(LineSeries::new(
        m.un.iter().map(at),
        theme.stroke(UN_COLOR, style::LINE_WIDTH),
    ))?;
    let r = theme.px(3.0);
    chart.draw_series(
        m.un.iter()
            .filter(|p| p.source == UnSource::Published)
            .map(|p| Circle::new(at(p), r, UN_COLOR.filled())),
    )?;
    for (id, _, line) in &m.overlays {
        let (c, (dash, gap)) = preset_style(id);
        chart.draw_series(DashedLineSeries::new(
            line.iter().copied(),
            theme.width(dash),
            theme.width(gap),
            theme.stroke(c, style::LINE_WIDTH),
        ))?;
    }
    layer::end_static(root)?;
    chart.draw_series(LineSeries::new(
        m.scen.iter().copied(),
        theme.stroke(SCENARIO_COLOR, 3.0),
    ))?;
    let frame = style::frame_of(&chart);
    root.present()?;
    Ok(frame)
}

/// The scenario in 2050 and 2100 against the UN medium of the measure, saying where the
/// UN values come from.
pub(super) fn alt(m: &Model) -> String {
    let (lang, ms) = (m.lang, m.measure);
    let k = measure_scale(ms);
    let at = |y: f64| m.scen.iter().find(|p| p.0 == y + 0.5).map(|p| p.1 * k);
    let (Some(a50), Some(a100)) = (at(2050.0), at(2100.0)) else {
        return String::new();
    };
    let w = |v: f64| measure_words(lang, ms, v);
    let who = if m.levers.is_empty() {
        lang.t("chart-measure-the-scenario-with-no-levers-moved")
            .to_string()
    } else {
        format!("{} ({})", lang.t("chart-measure-your-scenario"), m.levers)
    };
    let name = measure_name(lang, ms);
    let mut alt = lang.f(
        "chart-measure-in-in-2050-and-in-2100-1-july",
        &[
            ("country", name),
            ("who", &who.to_string()),
            ("measure", &(m.name).to_string()),
            ("a50", &(w(a50)).to_string()),
            ("a100", &(w(a100)).to_string()),
        ],
    );
    let un = |y: i32| m.un.iter().find(|p| p.year == y);
    if let (Some(u50), Some(u100)) = (un(2050), un(2100)) {
        let src = |p: &UnPoint| un_source_label(lang, p.source);
        alt.push_str(&lang.f(
            "chart-measure-un-wpp-2024-medium-in-2050-and",
            &[
                ("v50", &(w(u50.value)).to_string()),
                ("u50", (src(u50))),
                ("v100", &(w(u100.value)).to_string()),
                ("u100", (src(u100))),
            ],
        ));
    }
    alt.push('.');
    if let Some(b) = &m.band {
        let who = band::who(lang, "band-alt-scenario");
        alt.push(' ');
        alt.push_str(&band::alt(lang, b, who, 2050, &w));
    }
    alt
}

/// One row a year: the UN medium and its source, the scenario, the presets (the measure in
/// its own unit: thousands, or the ratio).
pub(super) fn table(m: &Model) -> Table {
    let (lang, ms) = (m.lang, m.measure);
    let unit = if ms.is_ratio() {
        measure_unit(lang, ms)
    } else {
        lang.t("chart-common-thousand")
    };
    let sources = vec![
        if ms.is_ratio() {
            measure_name(lang, ms).to_string()
        } else {
            format!("{}, {}", measure_name(lang, ms), measure_unit(lang, ms))
        },
        lang.t("chart-measure-un-wpp-2024-cc-by-3-0-igo-medium-at")
            .to_string(),
        lang.t("chart-measure-scenario-and-presets-crossroads")
            .to_string(),
    ];
    let mut t = Table::new(&m.title, lang, &m.query, sources);
    let mut cols = vec![
        Column::new("year", lang.t("chart-common-year-1-july"), ""),
        Column::new("un_medium_jul1", lang.t("chart-common-un-medium"), unit),
        Column::new(
            "un_source",
            lang.t("chart-common-source-of-the-un-value"),
            "",
        ),
        Column::new("scenario_jul1", lang.t("chart-measure-scenario"), unit),
    ];
    for (_, n, _) in &m.overlays {
        cols.push(Column::new(&format!("{n} (jul1)"), n, unit));
    }
    let mut s = Section::new(cols);
    let (k, d) = (measure_scale(ms), if ms.is_ratio() { 6 } else { 3 });
    let val = |l: &Line, y: i32| l.iter().find(|p| (p.0 - 0.5) as i32 == y).map(|p| p.1 * k);
    for &(x, v) in &m.scen {
        let y = (x - 0.5) as i32;
        let u = m.un.iter().find(|p| p.year == y);
        let source = u.map_or("", |p| match p.source {
            UnSource::Published => lang.t("chart-common-published"),
            UnSource::EngineBaseline => lang.t("chart-common-engine-baseline"),
        });
        let mut row = vec![
            Cell::int(y),
            Cell::num(u.map(|p| p.value), d),
            Cell::text(source),
            Cell::val(v * k, d),
        ];
        row.extend(m.overlays.iter().map(|o| Cell::num(val(&o.2, y), d)));
        s.rows.push(row);
    }
    t.sections.push(s);
    if let Some(b) = &m.band {
        let who = band::who(lang, "band-who-scenario");
        t.sections
            .extend(band::section(lang, &[("", who, b)], unit, d));
    }
    t
}
