//! The pyramid view: the population of the country shown on 1 July of the chosen year by
//! single year of age (0 … 100+) and sex, as the engine projects the reader's scenario —
//! men to the left, women to the right — with the engine's UN WPP 2024 medium baseline
//! drawn as an outline. Where the scenario has fewer people of an age than the baseline
//! (war deaths among men aged 18–59, emigration) the gap between bar and outline is
//! shaded, so the missing men stay visible in every later year.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::scenario::Scenario;

use super::i18n::Lang;
use super::render::{csv_head, csv_num, Renderer, ViewCtx, ViewOutput, ViewResult};
use super::style::{self, palette, Axes, LegendEntry, Mark};
use super::ChartError;

pub(crate) const MEN: RGBColor = palette::BLUE;
pub(crate) const WOMEN: RGBColor = palette::ORANGE;
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

/// The baseline of a scenario: the same country, UN medium, no levers.
pub(crate) fn baseline_of(r: &Renderer<'_>, s: &Scenario) -> Scenario {
    let mut b = Scenario::baseline(r.table());
    b.country = s.country.clone();
    b
}

pub(crate) fn draw<DB: DrawingBackend>(cx: ViewCtx<'_, '_, DB>) -> ViewResult {
    let ViewCtx(root, r, req, theme, lang, data) = cx;
    let country = data.require_country(&req.scenario.country)?;
    let name = lang.country(&country.info);
    let result = r.project(&req.scenario)?;
    let base = r.project(&baseline_of(r, &req.scenario))?;
    let p = &result.main.projection;
    let b = &base.main.projection;
    let first = p.base_year;
    let last = p.year(p.years().saturating_sub(1));
    let year = req.year.clamp(first, last);
    let missing = |what: &'static str| ChartError::MissingSeries {
        country: country.info.iso3.clone(),
        series: what,
    };
    let i = p.index_of(year).ok_or_else(|| missing("projection year"))?;
    let j = b.index_of(year).ok_or_else(|| missing("baseline year"))?;
    let (pm, pf) = (
        p.pop(i, 0).ok_or_else(|| missing("male population"))?,
        p.pop(i, 1).ok_or_else(|| missing("female population"))?,
    );
    let (bm, bf) = (
        b.pop(j, 0)
            .ok_or_else(|| missing("baseline male population"))?,
        b.pop(j, 1)
            .ok_or_else(|| missing("baseline female population"))?,
    );
    // One scale for every year of both projections, so the pyramid keeps its axis while
    // the year plays from 2025 to 2100.
    let max = [p, b]
        .iter()
        .flat_map(|q| q.pop_count_m.iter().chain(q.pop_count_f.iter()))
        .flat_map(|ages| ages.iter())
        .fold(0.0f64, |a, &v| if v > a { v } else { a });
    let top = style::nice_top(max);
    let ages = pm.len() as f64;
    let q = req.scenario.write_query(r.table());

    let title = match lang {
        Lang::En => format!("{name}: population by age and sex, 1 July {year}"),
        Lang::Ru => format!("{name}: население по возрасту и полу, 1 июля {year} г."),
    };
    let scen = if q.is_empty() {
        lang.pick("no levers moved", "рычаги не тронуты")
    } else {
        lang.pick("your scenario", "ваш сценарий")
    };
    let mut legend = vec![
        LegendEntry {
            mark: Mark::Band(men_fill()),
            label: format!("{} ({scen})", lang.pick("Men", "Мужчины")),
        },
        LegendEntry {
            mark: Mark::Band(women_fill()),
            label: format!("{} ({scen})", lang.pick("Women", "Женщины")),
        },
        LegendEntry {
            mark: Mark::Line {
                color: palette::INK,
                width: style::THIN_WIDTH,
                dashed: false,
            },
            label: lang
                .pick("UN medium baseline", "Базовый средний вариант ООН")
                .into(),
        },
    ];
    // The gap's legend entry only when there is a gap to see.
    let has_gap = pm
        .iter()
        .zip(bm.iter())
        .chain(pf.iter().zip(bf.iter()))
        .any(|(n, b)| *b > *n + 1e-9);
    if has_gap {
        legend.push(LegendEntry {
            mark: Mark::Band(gap_fill()),
            label: lang
                .pick(
                    "Fewer than baseline (war deaths, emigration)",
                    "Меньше базового (военные потери, эмиграция)",
                )
                .into(),
        });
    }
    let source = lang
        .pick(
            "Source: Crossroads cohort-component engine on UN WPP 2024 inputs; baseline = the engine's UN medium projection. Age 100 = 100 and over.",
            "Источник: когортный расчёт Crossroads на данных ООН WPP 2024; базовый = расчёт движка по среднему варианту ООН. Возраст 100 = 100 лет и старше.",
        )
        .to_string();
    let plot_area = style::decorate(root, theme, &title, &legend, &source)?;
    let x_fmt = |v: &f64| lang.num(v.abs(), if top >= 20.0 { 0 } else { 1 });
    let y_fmt = style::whole;
    let y_desc = [lang.pick("Age", "Возраст")];
    let x_desc = lang.pick(
        "Thousands of people of each year of age",
        "Тыс. человек каждого года возраста",
    );
    let mut chart = style::cartesian(
        &plot_area,
        theme,
        -top..top,
        0.0..ages,
        &Axes {
            x_desc,
            y_desc: &y_desc,
            x_fmt: &x_fmt,
            y_fmt: &y_fmt,
            x_density: 1.4,
        },
    )?;

    // Bars, then the shaded gaps, then the baseline outline.
    let bar = |side: f64, v: &[f64; 101], fill: RGBColor| {
        v.iter()
            .enumerate()
            .map(move |(a, &n)| {
                Rectangle::new([(0.0, a as f64), (side * n, a as f64 + 1.0)], fill.filled())
            })
            .collect::<Vec<_>>()
    };
    chart.draw_series(bar(-1.0, pm, men_fill()))?;
    chart.draw_series(bar(1.0, pf, women_fill()))?;
    let gaps = |side: f64, v: &[f64; 101], base: &[f64; 101]| {
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
    chart.draw_series(gaps(-1.0, pm, bm))?;
    chart.draw_series(gaps(1.0, pf, bf))?;
    let outline = |side: f64, v: &[f64; 101]| {
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
    chart.draw_series(std::iter::once(PathElement::new(outline(-1.0, bm), ink)))?;
    chart.draw_series(std::iter::once(PathElement::new(outline(1.0, bf), ink)))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (0.0, ages)],
        theme.stroke(palette::AXIS, 1.0),
    )))?;
    let label = theme.text_style().color(&palette::INK);
    let pad = theme.px(6.0);
    chart.plotting_area().draw(
        &(EmptyElement::at((-top, ages))
            + Text::new(
                lang.pick("Men", "Мужчины").to_string(),
                (pad, pad),
                label.pos(Pos::new(HPos::Left, VPos::Top)),
            )),
    )?;
    chart.plotting_area().draw(
        &(EmptyElement::at((top, ages))
            + Text::new(
                lang.pick("Women", "Женщины").to_string(),
                (-pad, pad),
                label.pos(Pos::new(HPos::Right, VPos::Top)),
            )),
    )?;
    let frame = style::frame_of(&chart);

    // Text alternative.
    let sum = |v: &[f64; 101]| v.iter().sum::<f64>();
    let gap_m: f64 = pm
        .iter()
        .zip(bm.iter())
        .map(|(n, b)| (b - n).max(0.0))
        .sum();
    let men = lang.millions(sum(pm));
    let women = lang.millions(sum(pf));
    let median = lang.num(p.median_age(i), 1);
    let base_all = lang.millions(sum(bm) + sum(bf));
    let base_median = lang.num(b.median_age(j), 1);
    let gap = lang.num(gap_m, 0);
    let (mut alt, fewer) = match lang {
        Lang::En => (
            format!("{name} on 1 July {year} ({scen}): {men} million men and {women} million women, median age {median} (UN medium baseline: {base_all} million in all, median age {base_median})"),
            format!("; {gap} thousand fewer men than the baseline at the ages where the scenario has fewer"),
        ),
        Lang::Ru => (
            format!("{name} на 1 июля {year} г. ({scen}): {men} млн мужчин и {women} млн женщин, медианный возраст {median} (базовый средний вариант ООН: всего {base_all} млн, медианный возраст {base_median})"),
            format!("; мужчин на {gap} тыс. меньше базового в возрастах, где сценарий ниже"),
        ),
    };
    if gap_m >= 0.5 {
        alt.push_str(&fewer);
    }
    alt.push('.');

    let sources = match lang {
        Lang::En => vec![
            format!("Crossroads engine on UN WPP 2024 inputs (CC BY 3.0 IGO): population at 1 July {year}, thousands; age 100 = 100+"),
            "baseline: the engine's projection of UN WPP 2024 medium with no levers".to_string(),
        ],
        Lang::Ru => vec![
            format!("когортный расчёт Crossroads на данных ООН WPP 2024 (CC BY 3.0 IGO): население на 1 июля {year} г., тыс. человек; возраст 100 = 100 лет и старше"),
            "базовый: расчёт движка по среднему варианту ООН WPP 2024 без рычагов".to_string(),
        ],
    };
    let mut csv = csv_head(&title, &sources, req, r.table());
    csv.push_str("age,male_jul1,female_jul1,baseline_male_jul1,baseline_female_jul1\n");
    for a in 0..pm.len() {
        let g = |v: &[f64; 101]| v.get(a).map(|x| csv_num(*x, 3)).unwrap_or_default();
        csv.push_str(&format!("{a},{},{},{},{}\n", g(pm), g(pf), g(bm), g(bf)));
    }
    ViewOutput::drawn(frame, title, alt, csv)
}
