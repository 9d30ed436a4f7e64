//! Pieces more than one view uses: the UN WPP series of a country, a projection's total as
//! a line, the scenario line's name, the colour of UN estimates.

use plotters::style::RGBColor;

use crate::data::PopTotalRow;
use crate::engine::Projection;
use crate::scenario::{Measure, ParamTable};

use super::super::request::ViewRequest;

use super::super::i18n::Lang;
use super::super::style::palette;

/// Points of a line in chart coordinates (decimal year, value).
pub(crate) type Line = Vec<(f64, f64)>;

/// Colour of the UN estimates (history) in every population chart.
pub(crate) const ESTIMATE_COLOR: RGBColor = palette::INK;

/// A projection's total population in millions at mid-year (drawn at 1 July).
pub(crate) fn population_line(p: &Projection) -> Line {
    (0..p.years())
        .map(|i| (f64::from(p.year(i)) + 0.5, p.total(i) / 1000.0))
        .collect()
}

/// The smallest and largest of `values` (infinite when there are none).
pub(crate) fn min_max(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (if v < a { v } else { a }, if v > b { v } else { b })
    })
}

/// The largest of `values`, at least 0.
pub(crate) fn max0(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0f64, |a, v| if v > a { v } else { a })
}

/// UN WPP series in millions at decimal dates (year-end t drawn at t + 1).
#[derive(Default)]
pub(crate) struct UnSeries {
    pub estimate: Line,
    pub medium: Line,
    pub low: Line,
    pub high: Line,
    pub band80: Vec<(f64, f64, f64)>,
    pub band95: Vec<(f64, f64, f64)>,
}

impl UnSeries {
    pub(crate) fn of(rows: &[PopTotalRow], from: i32) -> UnSeries {
        let at = |y: i32| f64::from(y) + 1.0;
        let m = |v: f64| v / 1000.0;
        let rows: Vec<&PopTotalRow> = rows.iter().filter(|r| r.year >= from).collect();
        let estimate: Line = rows
            .iter()
            .filter_map(|r| r.estimate.map(|v| (at(r.year), m(v))))
            .collect();
        let anchor = estimate.last().copied();
        let line = |get: fn(&PopTotalRow) -> Option<f64>| -> Line {
            anchor
                .into_iter()
                .chain(
                    rows.iter()
                        .filter_map(|r| get(r).map(|v| (at(r.year), m(v)))),
                )
                .collect()
        };
        let band = |lo: fn(&PopTotalRow) -> Option<f64>, hi: fn(&PopTotalRow) -> Option<f64>| {
            anchor
                .map(|(x, v)| (x, v, v))
                .into_iter()
                .chain(
                    rows.iter()
                        .filter_map(|r| Some((at(r.year), m(lo(r)?), m(hi(r)?)))),
                )
                .collect::<Vec<_>>()
        };
        UnSeries {
            medium: line(|r| r.medium),
            low: line(|r| r.low),
            high: line(|r| r.high),
            band80: band(|r| r.lower80, |r| r.upper80),
            band95: band(|r| r.lower95, |r| r.upper95),
            estimate,
        }
    }

    /// The UN medium (or estimate) at mid-year `year`: the mean of the year-ends around it.
    pub(crate) fn mid_year(rows: &[PopTotalRow], year: i32) -> Option<f64> {
        let v = |y: i32| rows.iter().find(|r| r.year == y).and_then(|r| r.central());
        Some(0.5 * (v(year - 1)? + v(year)?))
    }
}

/// The scenario line's name in the request's language: whether any lever is moved.
pub(crate) fn scenario_name(lang: Lang, no_levers: bool) -> String {
    if no_levers {
        lang.t("chart-shared-scenario-no-levers-moved").to_string()
    } else {
        lang.t("chart-shared-your-scenario").to_string()
    }
}

/// What a chart shows of a measure per unit of its value: counts (thousands) are drawn
/// in millions, ratios as they are.
pub(crate) fn measure_scale(m: Measure) -> f64 {
    if m.is_ratio() {
        1.0
    } else {
        1000.0
    }
}

/// The measure of the request (`measure=`; the total population when unset or unknown).
pub(crate) fn measure_of(key: &str) -> Measure {
    Measure::from_key(key).unwrap_or(Measure::Population)
}

/// A projection's measure at mid-year (drawn at 1 July), in the chart's unit
/// ([`measure_scale`]); years where a ratio has no denominator are left out.
pub(crate) fn measure_line(p: &Projection, m: Measure) -> Line {
    let k = measure_scale(m);
    m.series(p)
        .into_iter()
        .filter_map(|pt| Some((f64::from(pt.year) + 0.5, pt.value? / k)))
        .collect()
}

/// The value axis of a measure: its long and short descriptions in `lang`.
pub(crate) fn measure_axis(lang: Lang, m: Measure) -> [String; 2] {
    if m.is_ratio() {
        [
            measure_name(lang, m).to_string(),
            lang.t("chart-shared-ratio").to_string(),
        ]
    } else {
        [
            format!(
                "{}, {}",
                measure_name(lang, m),
                lang.t("chart-shared-millions")
            ),
            lang.t("chart-common-millions").to_string(),
        ]
    }
}

/// A value of a measure (in its own unit: thousands or a ratio) in words: "12.34 million"
/// or "2.15".
pub(crate) fn measure_words(lang: Lang, m: Measure, v: f64) -> String {
    if m.is_ratio() {
        lang.num(v, m.decimals())
    } else {
        format!("{} {}", lang.millions(v), lang.t("chart-common-million"))
    }
}

/// Scenario A's levers in words, as [`ViewRequest::levers`] gives them, without the
/// country and the measure drawn (which the title says: `measure=` moves no number).
pub(crate) fn levers_drawn(req: &ViewRequest, table: &ParamTable) -> Vec<(String, String)> {
    req.scenario
        .moved(table)
        .into_iter()
        .filter(|(p, _)| p.key != "country" && p.key != "measure")
        .map(|(p, v)| req.lang.lever(p, &v))
        .collect()
}

/// A measure's name in `lang` (catalog `measure-<key>`).
pub(crate) fn measure_name(lang: Lang, m: Measure) -> &'static str {
    lang.t(&format!("measure-{}", m.key()))
}

/// A measure's unit in `lang`: thousands of people, or the ratio's own words.
pub(crate) fn measure_unit(lang: Lang, m: Measure) -> &'static str {
    lang.t(match m {
        Measure::SupportRatio => "measure-unit-support_ratio",
        Measure::OldAgeDependency => "measure-unit-old_age_dependency",
        _ => "measure-unit-people",
    })
}

/// Where a UN value of a measure comes from, in `lang`.
pub(crate) fn un_source_label(lang: Lang, s: crate::scenario::UnSource) -> &'static str {
    lang.t(match s {
        crate::scenario::UnSource::Published => "un-source-published",
        crate::scenario::UnSource::EngineBaseline => "un-source-engine_baseline",
    })
}
