//! The probabilistic band of the reader's own scenario in the charts (issue 16): what a
//! Web Worker computes ([`BandStore::compute`], chunk by chunk, the runs kept between
//! chunks) and hands to the page, and what the page hands back for drawing
//! ([`BandStore::show`]); the views read the band of their very scenario
//! ([`BandStore::shown_for`]: matched by the scenario's canonical query string, so a band
//! computed for an older slider position is never drawn) and draw it with the helpers here
//! — two shaded bands around the scenario's line, their legend entries, a sentence for the
//! text alternative and a section of the CSV. The UN's own intervals (total population
//! only) keep their blue and their words; the scenario's band takes the scenario's hue and
//! says "simulated futures".

use plotters::prelude::*;
use serde::{Deserialize, Serialize};

use crate::scenario::bands::{BandOptions, BandRun, COLUMNS};
use crate::scenario::{Measure, Projector, Scenario, ScenarioError};

use super::i18n::Lang;
use super::style::{self, LegendEntry, Mark, XY};
use super::table::{Cell, Column, Section};
use super::ChartError;

/// Most trajectories one band may ask for.
pub const MAX_TRAJECTORIES: usize = 10_000;
/// Runs kept between chunks (A and B of a comparison, and the previous pair).
const RUNS: usize = 4;

/// A band as the page receives and hands back: the scenario it belongs to (canonical query
/// string, `measure=` included), the measure, how many trajectories, and per mid-year the
/// 2.5, 10, 50, 90 and 97.5 % quantiles in the measure's unit (thousands, or the ratio).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioBand {
    pub key: String,
    pub measure: String,
    pub trajectories: usize,
    pub years: Vec<i32>,
    pub p2_5: Vec<f64>,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
    pub p97_5: Vec<f64>,
}

impl ScenarioBand {
    fn of(key: String, b: &crate::scenario::Band) -> ScenarioBand {
        let q = |i: usize| b.quantiles.iter().map(|q| q[i]).collect();
        ScenarioBand {
            key,
            measure: b.measure.key().to_string(),
            trajectories: b.trajectories,
            years: b.years.clone(),
            p2_5: q(0),
            p10: q(1),
            p50: q(2),
            p90: q(3),
            p97_5: q(4),
        }
    }

    /// Whether the columns agree in length and hold finite numbers (a band handed back by
    /// the page is checked before it is drawn).
    fn valid(&self) -> bool {
        let n = self.years.len();
        [&self.p2_5, &self.p10, &self.p50, &self.p90, &self.p97_5]
            .iter()
            .all(|c| c.len() == n && c.iter().all(|v| v.is_finite()))
            && Measure::from_key(&self.measure).is_some()
    }

    /// The five quantiles of a year.
    pub fn at(&self, year: i32) -> Option<[f64; 5]> {
        let i = self.years.iter().position(|&y| y == year)?;
        Some([
            self.p2_5[i],
            self.p10[i],
            self.p50[i],
            self.p90[i],
            self.p97_5[i],
        ])
    }
}

/// The bands a renderer draws (handed in by the page) and the runs it computes (in the
/// worker's instance).
#[derive(Default)]
pub struct BandStore {
    shown: Vec<ScenarioBand>,
    runs: Vec<(String, BandRun)>,
}

impl BandStore {
    /// The bands to draw from now on (those of other scenarios are ignored when drawing);
    /// a band whose columns disagree or hold a non-number is dropped.
    pub fn show(&mut self, bands: Vec<ScenarioBand>) {
        self.shown = bands.into_iter().filter(ScenarioBand::valid).collect();
    }

    /// The band to draw around scenario `s`, if the page handed one in for it.
    pub fn shown_for(&self, s: &Scenario) -> Option<ScenarioBand> {
        let key = s.to_query().ok()?;
        self.shown.iter().find(|b| b.key == key).cloned()
    }

    /// Runs scenario `s` (its `measure=`) to `n` trajectories, continuing the run of the
    /// same scenario where the last call left it (same band whatever the chunks), and its
    /// band (`summary`; else `None`, sparing the quantiles of a chunk nobody draws).
    pub fn compute(
        &mut self,
        projector: &mut Projector<'_>,
        s: &Scenario,
        n: usize,
        summary: bool,
    ) -> Result<Option<ScenarioBand>, ScenarioError> {
        let key = s.to_query()?;
        let n = n.clamp(1, MAX_TRAJECTORIES);
        match self.runs.iter().position(|(k, _)| *k == key) {
            Some(i) => {
                let hit = self.runs.remove(i);
                self.runs.insert(0, hit);
            }
            None => {
                let run = BandRun::new(projector, s, BandOptions::default())?;
                self.runs.insert(0, (key.clone(), run));
                self.runs.truncate(RUNS);
            }
        }
        let (_, run) = &mut self.runs[0];
        if run.done() < n {
            run.run(n - run.done())?;
        }
        Ok(summary.then(|| ScenarioBand::of(key, &run.band())))
    }
}

/// The 80 % and 95 % shades of a scenario's colour.
pub(crate) fn shades(color: RGBColor) -> (RGBColor, RGBColor) {
    (style::tint(color, 0.42), style::tint(color, 0.2))
}

/// The band's 2.5 and 97.5 % bounds in the chart's unit (the measure over `scale`), for
/// the value axis.
pub(crate) fn extent(band: &ScenarioBand, scale: f64) -> impl Iterator<Item = f64> + '_ {
    band.p2_5.iter().chain(&band.p97_5).map(move |v| v / scale)
}

/// Draws the 95 % and 80 % bands (mid-year, drawn at 1 July) in the chart's unit.
pub(crate) fn draw<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    band: &ScenarioBand,
    scale: f64,
    color: RGBColor,
) -> Result<(), ChartError> {
    let (c80, c95) = shades(color);
    for (lo, hi, c) in [(&band.p2_5, &band.p97_5, c95), (&band.p10, &band.p90, c80)] {
        let x = |i: usize| f64::from(band.years[i]) + 0.5;
        let n = band.years.len();
        let poly: Vec<(f64, f64)> = (0..n)
            .map(|i| (x(i), hi[i] / scale))
            .chain((0..n).rev().map(|i| (x(i), lo[i] / scale)))
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(poly, c.filled())))?;
    }
    Ok(())
}

/// Legend entries of the band around `who`'s line ("Your scenario", "A", "B").
pub(crate) fn legend(lang: Lang, who: &str, color: RGBColor) -> Vec<LegendEntry> {
    let (c80, c95) = shades(color);
    [("80 %", c80), ("95 %", c95)]
        .into_iter()
        .map(|(level, c)| LegendEntry {
            mark: Mark::Band(c),
            label: crate::i18n::format(
                lang.code(),
                "band-legend",
                &[("who", who), ("level", level)],
            ),
        })
        .collect()
}

/// Who a band is of, in words for the legend (`your`: the reader's scenario; else A or B).
pub(crate) fn who(lang: Lang, key: &str) -> &'static str {
    crate::i18n::text(lang.code(), key)
}

/// The text alternative's sentence: where 80 % (and 95 %) of the simulated futures of
/// `who` lie in `year`, values worded by `words` (the measure in its unit).
pub(crate) fn alt(
    lang: Lang,
    band: &ScenarioBand,
    who: &str,
    year: i32,
    words: &dyn Fn(f64) -> String,
) -> String {
    let Some(q) = band.at(year) else {
        return String::new();
    };
    crate::i18n::format(
        lang.code(),
        "band-alt",
        &[
            ("who", who),
            ("low", &words(q[1])),
            ("high", &words(q[3])),
            ("year", &year.to_string()),
            ("level80", "80 %"),
            ("n", &lang.num(band.trajectories as f64, 0)),
            ("low95", &words(q[0])),
            ("high95", &words(q[4])),
        ],
    )
}

/// A section of the CSV: the year and each band's five quantiles (`prefix` + `band_p2_5`
/// …, in the measure's unit with `decimals`), one row per year of the first band.
pub(crate) fn section(
    lang: Lang,
    bands: &[(&str, &str, &ScenarioBand)],
    unit: &str,
    decimals: usize,
) -> Option<Section> {
    let (_, _, first) = bands.first()?;
    let mut cols = vec![Column::new("year", lang.t("chart-common-year-1-july"), "")];
    for (prefix, who, _) in bands {
        for (key, level) in COLUMNS
            .iter()
            .zip(["2.5 %", "10 %", "50 %", "90 %", "97.5 %"])
        {
            let label = crate::i18n::format(
                lang.code(),
                "band-column",
                &[("who", who), ("level", level)],
            );
            cols.push(Column::new(&format!("{prefix}band_{key}"), &label, unit));
        }
    }
    let mut s = Section::new(cols);
    for &y in &first.years {
        let mut row = vec![Cell::int(y)];
        for (_, _, b) in bands {
            match b.at(y) {
                Some(q) => row.extend(q.iter().map(|v| Cell::val(*v, decimals))),
                None => row.extend((0..5).map(|_| Cell::num(None, decimals))),
            }
        }
        s.rows.push(row);
    }
    Some(s)
}

/// Scenario `b` with the measure of `a` (a comparison draws B's band of A's measure; the
/// measure changes no number of the projection).
pub(crate) fn with_measure_of(b: &Scenario, a: &Scenario) -> Scenario {
    let mut b = b.clone();
    b.measure.clone_from(&a.measure);
    b
}

/// The bands a view of `req` draws, `n` trajectories each: the scenario's in the
/// projection view, A's and B's in the comparison, none elsewhere (the Web Worker's one
/// call, `bands(query, n)` in the wasm handle). The runs continue from the last call;
/// without `summary` they only run (an empty list).
pub fn bands_for_request(
    ctx: &mut super::Ctx<'_>,
    req: &super::ViewRequest,
    n: usize,
    summary: bool,
) -> Result<Vec<ScenarioBand>, ChartError> {
    use super::View;
    let scenarios = match req.view {
        View::Projection => vec![req.scenario.clone()],
        View::Compare => {
            let (b, _) = ctx.scenario_b(req)?;
            vec![req.scenario.clone(), with_measure_of(&b, &req.scenario)]
        }
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    for s in &scenarios {
        out.extend(ctx.compute_band(s, n, summary)?);
    }
    Ok(out)
}
