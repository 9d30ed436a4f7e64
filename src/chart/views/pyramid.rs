//! The pyramid view: the population of the country shown on 1 July of the chosen year by
//! single year of age (0 … 100+) and sex, as the engine projects the reader's scenario —
//! men to the left, women to the right — with the engine's UN WPP 2024 medium baseline
//! drawn as an outline. Where the scenario has fewer people of an age than the baseline
//! (war deaths among men aged 18–59, emigration) the gap between bar and outline is
//! shaded, so the missing men stay visible in every later year.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::super::ctx::Ctx;
use super::super::i18n::Lang;
use super::super::layer;
use super::super::request::ViewRequest;
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Theme, XY};
use super::super::table::{Cell, ColumnSpec, Section, Table, Unit};
use super::super::ChartError;
use super::shared::max0;
use super::ChartView;

const MEN: RGBColor = palette::BLUE;
const WOMEN: RGBColor = palette::ORANGE;
fn men_fill() -> RGBColor {
    style::tint(MEN, 0.7)
}
fn women_fill() -> RGBColor {
    style::tint(WOMEN, 0.75)
}
/// A light "ghost" grey for the missing people: lighter than both sexes' bars, so it
/// reads apart from them in greyscale too (grey levels ≈ 137 men, 185 women, 217 gap).
fn gap_fill() -> RGBColor {
    style::tint(palette::INK, 0.17)
}

/// The table's columns.
const COLUMNS: [ColumnSpec; 5] = [
    ("age", "chart-pyramid-col-age", Unit::Years),
    ("male_jul1", "chart-pyramid-col-male-jul1", Unit::Thousand),
    (
        "female_jul1",
        "chart-pyramid-col-female-jul1",
        Unit::Thousand,
    ),
    (
        "baseline_male_jul1",
        "chart-pyramid-col-baseline-male-jul1",
        Unit::Thousand,
    ),
    (
        "baseline_female_jul1",
        "chart-pyramid-col-baseline-female-jul1",
        Unit::Thousand,
    ),
];

/// People by single year of age, thousands (index 100 = 100+).
type Ages = [f64; 101];

pub(crate) struct Pyramid;

/// The pyramid of one year: the scenario's and the baseline's people by age and sex.
pub(crate) struct Model {
    lang: Lang,
    title: String,
    query: String,
    name: String,
    year: i32,
    /// "your scenario" / "no levers moved".
    scen: &'static str,
    /// Scenario men, women; baseline men, women.
    pm: Ages,
    pf: Ages,
    bm: Ages,
    bf: Ages,
    median: f64,
    base_median: f64,
    /// Half-width of the age axis (thousands), one scale for every year.
    top: f64,
    legend: Vec<LegendEntry>,
    source: String,
}

impl ChartView for Pyramid {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        let lang = req.lang;
        let data = ctx.data();
        let country = data.require_country(&req.scenario.country)?;
        let name = lang.country(&country.info).to_string();
        let result = ctx.project(&req.scenario)?;
        let base = ctx.project(&ctx.baseline_of(&req.scenario))?;
        let (p, b) = (&result.main.projection, &base.main.projection);
        let last = p.year(p.years().saturating_sub(1));
        let year = req.year.clamp(p.base_year, last);
        let missing = |what: &'static str| ChartError::MissingSeries {
            country: country.info.iso3.clone(),
            series: what,
        };
        let i = p.index_of(year).ok_or_else(|| missing("projection year"))?;
        let j = b.index_of(year).ok_or_else(|| missing("baseline year"))?;
        let get = |q: &crate::engine::Projection, k: usize, sex: usize, what| {
            q.pop(k, sex).copied().ok_or_else(|| missing(what))
        };
        let (pm, pf) = (
            get(p, i, 0, "male population")?,
            get(p, i, 1, "female population")?,
        );
        let bm = get(b, j, 0, "baseline male population")?;
        let bf = get(b, j, 1, "baseline female population")?;
        // One scale for every year of both projections, so the pyramid keeps its axis while
        // the year plays from 2025 to 2100.
        let max = max0(
            [p, b]
                .iter()
                .flat_map(|q| q.pop_count_m.iter().chain(q.pop_count_f.iter()))
                .flat_map(|ages| ages.iter().copied()),
        );
        let scen = if req.scenario.write_query(ctx.table()).is_empty() {
            lang.t("chart-common-no-levers-moved")
        } else {
            lang.t("chart-pyramid-your-scenario")
        };
        let title = lang.f(
            "chart-pyramid-population-by-age-and-sex-1",
            &[("name", &name.to_string()), ("year", &year.to_string())],
        );
        let has_gap = pm
            .iter()
            .zip(bm.iter())
            .chain(pf.iter().zip(bf.iter()))
            .any(|(n, b)| *b > *n + 1e-9);
        Ok(Model {
            lang,
            query: req.to_query(ctx.table()),
            legend: legend(lang, scen, has_gap),
            source: lang
                .t("chart-pyramid-source-crossroads-cohort-component")
                .to_string(),
            title,
            name,
            year,
            scen,
            median: p.median_age(i),
            base_median: b.median_age(j),
            top: style::nice_top(max),
            pm,
            pf,
            bm,
            bf,
        })
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        let lang = m.lang;
        let plot_area = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
        let top = m.top;
        let ages = m.pm.len() as f64;
        let x_fmt = |v: &f64| lang.num(v.abs(), if top >= 20.0 { 0 } else { 1 });
        let y_desc = [lang.t("chart-pyramid-age")];
        let mut chart = style::cartesian(
            &plot_area,
            theme,
            -top..top,
            0.0..ages,
            &Axes {
                x_desc: lang.t("chart-pyramid-thousands-of-people-of-each-year-of"),
                y_desc: &y_desc,
                x_fmt: &x_fmt,
                y_fmt: &style::whole,
                x_density: 1.4,
            },
        )?;
        layer::end_static(root)?;
        draw_bars(&mut chart, theme, m)?;
        let label = theme.text_style().color(&palette::INK);
        let pad = theme.px(6.0);
        for (x, dx, word, h) in [
            (-top, pad, lang.t("chart-pyramid-men"), HPos::Left),
            (top, -pad, lang.t("chart-pyramid-women"), HPos::Right),
        ] {
            chart.plotting_area().draw(
                &(EmptyElement::at((x, ages))
                    + Text::new(
                        word.to_string(),
                        (dx, pad),
                        label.pos(Pos::new(h, VPos::Top)),
                    )),
            )?;
        }
        let frame = style::frame_of(&chart);
        root.present()?;
        Ok(frame)
    }

    fn title(m: &Model) -> String {
        m.title.clone()
    }

    fn alt(m: &Model) -> String {
        let (lang, name, year, scen) = (m.lang, &m.name, m.year, m.scen);
        let sum = |v: &Ages| v.iter().sum::<f64>();
        let gap_m = gap(&m.pm, &m.bm);
        let men = lang.millions(sum(&m.pm));
        let women = lang.millions(sum(&m.pf));
        let median = lang.num(m.median, 1);
        let base_all = lang.millions(sum(&m.bm) + sum(&m.bf));
        let base_median = lang.num(m.base_median, 1);
        let gap = lang.num(gap_m, 0);
        let year = year.to_string();
        let mut alt = lang.f(
            "chart-pyramid-alt",
            &[
                ("name", name),
                ("year", &year),
                ("scen", scen),
                ("men", &men),
                ("women", &women),
                ("median", &median),
                ("base_all", &base_all),
                ("base_median", &base_median),
            ],
        );
        let fewer = lang.f("chart-pyramid-alt-fewer-men", &[("gap", &gap)]);
        if gap_m >= 0.5 {
            alt.push_str(&fewer);
        }
        alt.push('.');
        alt
    }

    fn table(m: &Model) -> Table {
        let (lang, year) = (m.lang, m.year);
        let sources = vec![
            lang.f(
                "chart-pyramid-source-engine",
                &[("year", &year.to_string())],
            ),
            lang.t("chart-pyramid-source-baseline").to_string(),
        ];
        let mut t = Table::new(&m.title, lang, &m.query, sources);
        let mut s = Section::of(lang, &COLUMNS);
        for a in 0..m.pm.len() {
            let mut row = vec![Cell::Int(a as i32)];
            for v in [&m.pm, &m.pf, &m.bm, &m.bf] {
                row.push(Cell::num(v.get(a).copied(), 3));
            }
            s.rows.push(row);
        }
        t.sections.push(s);
        t
    }
}

/// People fewer than the baseline, summed over the ages where the scenario has fewer.
fn gap(v: &Ages, base: &Ages) -> f64 {
    v.iter().zip(base).map(|(n, b)| (b - n).max(0.0)).sum()
}

fn legend(lang: Lang, scen: &str, has_gap: bool) -> Vec<LegendEntry> {
    let mut legend = vec![
        LegendEntry {
            mark: Mark::Band(men_fill()),
            label: format!("{} ({scen})", lang.t("chart-pyramid-men")),
        },
        LegendEntry {
            mark: Mark::Band(women_fill()),
            label: format!("{} ({scen})", lang.t("chart-pyramid-women")),
        },
        LegendEntry {
            mark: Mark::Line {
                color: palette::INK,
                width: style::THIN_WIDTH,
                dashed: false,
            },
            label: lang.t("chart-pyramid-un-medium-baseline").into(),
        },
    ];
    // The gap's legend entry only when there is a gap to see.
    if has_gap {
        legend.push(LegendEntry {
            mark: Mark::Band(gap_fill()),
            label: lang
                .t("chart-pyramid-fewer-than-baseline-war-deaths")
                .into(),
        });
    }
    legend
}

/// Bars, then the shaded gaps, then the baseline outline and the axis at 0.
fn draw_bars<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    m: &Model,
) -> Result<(), ChartError> {
    let bar = |side: f64, v: &Ages, fill: RGBColor| {
        v.iter()
            .enumerate()
            .map(move |(a, &n)| {
                Rectangle::new([(0.0, a as f64), (side * n, a as f64 + 1.0)], fill.filled())
            })
            .collect::<Vec<_>>()
    };
    chart.draw_series(bar(-1.0, &m.pm, men_fill()))?;
    chart.draw_series(bar(1.0, &m.pf, women_fill()))?;
    let gaps = |side: f64, v: &Ages, base: &Ages| {
        v.iter()
            .zip(base.iter())
            .enumerate()
            .filter(|(_, (n, b))| **b > **n + 1e-9)
            .map(move |(a, (&n, &bv))| {
                Rectangle::new(
                    [(side * n, a as f64), (side * bv, a as f64 + 1.0)],
                    gap_fill().filled(),
                )
            })
            .collect::<Vec<_>>()
    };
    chart.draw_series(gaps(-1.0, &m.pm, &m.bm))?;
    chart.draw_series(gaps(1.0, &m.pf, &m.bf))?;
    let outline = |side: f64, v: &Ages| {
        let mut pts = Vec::with_capacity(2 * v.len() + 2);
        pts.push((0.0, 0.0));
        for (a, &n) in v.iter().enumerate() {
            pts.push((side * n, a as f64));
            pts.push((side * n, a as f64 + 1.0));
        }
        pts.push((0.0, v.len() as f64));
        pts
    };
    let ink = theme.stroke(palette::INK, style::THIN_WIDTH);
    chart.draw_series(std::iter::once(PathElement::new(outline(-1.0, &m.bm), ink)))?;
    chart.draw_series(std::iter::once(PathElement::new(outline(1.0, &m.bf), ink)))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (0.0, m.pm.len() as f64)],
        theme.stroke(palette::AXIS, 1.0),
    )))?;
    Ok(())
}
