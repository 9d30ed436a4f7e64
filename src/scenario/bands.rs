//! Probabilistic bands around a reader's own scenario: many trajectories of the scenario,
//! each with its own random paths of fertility, survival and net migration, summarised by
//! the 2.5, 10, 50, 90 and 97.5 % quantiles of a measure (`measure=`: total population,
//! working ages, the support ratio, …) each mid-year.
//!
//! Method. WPP 2024 publishes, for every projection year, the median and the 80/95 %
//! bounds of TFR, of life expectancy at birth (both sexes) and of net migration
//! (`data/bands.csv`, embedded with each country's tables). A trajectory draws one standard
//! normal score per calendar year and
//! component, autocorrelated in time as AR(1) (`z_t = ρ z_{t−1} + √(1−ρ²) ε_t`, so every
//! year's score is standard normal), and reads the component's deviation from its median at
//! that score off the published quantiles (piecewise linear between the five knots at
//! z = 0, ±1.2816, ±1.9600, extended linearly beyond). The deviations are added to the
//! scenario's own paths, so levers move the centre of the draws:
//! - TFR: the step's single-age fertility rates are scaled so their sum is the scenario's
//!   TFR plus the deviation (at least 5 % of the scenario's);
//! - e0: each sex's survival factors of the step move by the deviation of e0 (men and women
//!   together): read between the two life tables, of a grid made once per scenario from the
//!   step's death rates times `e^λ` (λ = −2, −1.75, …, 1.5), whose e0 bracket the target,
//!   linearly in e0 (exactly the scenario's own table at no deviation);
//! - net migration: published bounds become rates — the median and lower bounds divided by
//!   WPP's medium mid-year population, each upper bound by WPP's population bound of the
//!   same level (UN trajectories with the most immigrants are those that grow most; over the
//!   medium population their counts would double the growth) — and the deviation of the
//!   rate, times a calibrated factor, times the trajectory's own population at the start of
//!   the step, is added to the step, with the labour-migrant age–sex profile, so migration uncertainty compounds as
//!   the UN's does. The scenario's own migration (UN's, streams, war deaths, held migrants)
//!   stays as in the scenario's inputs.
//!
//! Per country, the persistences ρ (one for TFR and e0, one for net migration) and a factor
//! on the published net-migration deviations are fitted so that with no lever moved the
//! band reproduces WPP's published intervals of total population
//! (`data/bands_calibration.csv`, written by `cargo run --release --bin calibrate`; see
//! data/SOURCES.md).
//!
//! Reproducible and progressive: trajectory `i` draws from its own generator seeded by the
//! band's seed (by default a hash of the scenario's canonical query string) and `i`, so the
//! same query gives the same band, and a [`BandRun`] can be advanced in chunks (e.g. 200 for
//! a first band, then up to 1,000) with identical results whatever the chunking; a caller
//! (a Web Worker) cancels by not asking for the next chunk.
//!
//! Simplifications: linked partner countries are not re-projected per trajectory (the
//! streams keep their scenario flows; a cohort emptied by a low trajectory is clamped by the
//! engine), and held (`hold=`) migrants keep the scenario's numbers.

use crate::data::{CountryData, Dataset};
use crate::engine::lifetable::survival;
use crate::engine::{project_varied, BySexAge, Inputs, Projection, Variation, AGES};

use super::error::ScenarioError;
use super::measure::Measure;
use super::random::{mix, seed_of, SplitMix64};
use super::run::Projector;
use super::schedule::RogersCastro;
use super::Scenario;

/// The quantile levels of a band, in order: 2.5, 10, 50, 90, 97.5 %.
pub const LEVELS: [f64; 5] = [0.025, 0.10, 0.50, 0.90, 0.975];
/// Column names of a band in CSV, in the order of [`LEVELS`].
pub const COLUMNS: [&str; 5] = ["p2_5", "p10", "p50", "p90", "p97_5"];
/// The normal scores of the published quantiles (2.5, 10, 50, 90, 97.5 %).
const KNOTS: [f64; 5] = [
    -1.959_963_984_540_054,
    -1.281_551_565_544_600_4,
    0.0,
    1.281_551_565_544_600_4,
    1.959_963_984_540_054,
];

/// Log death-rate factors of the e0 grid: `λ = LAMBDA_MIN + g·LAMBDA_STEP`.
const LAMBDA_MIN: f64 = -2.0;
const LAMBDA_STEP: f64 = 0.25;
const GRID: usize = 15;
/// Lowest TFR of a trajectory, as a share of the scenario's in the same step.
const TFR_FLOOR: f64 = 0.05;

/// WPP 2024's published quantiles of one country's components, by calendar year.
#[derive(Clone, Debug, PartialEq)]
pub struct Components {
    /// Calendar year of the first entry.
    pub first_year: i32,
    /// TFR at 2.5, 10, 50, 90, 97.5 %.
    pub tfr: Vec<[f64; 5]>,
    /// e0, both sexes, years.
    pub e0: Vec<[f64; 5]>,
    /// Net migration, thousands.
    pub mig: Vec<[f64; 5]>,
    /// Total population at 31 December, thousands, at 2.5, 10, 50, 90, 97.5 %.
    pub pop_end: Vec<[f64; 5]>,
}

impl Components {
    fn index(&self, year: i32) -> Option<usize> {
        let i = usize::try_from(year - self.first_year).ok()?;
        (i < self.tfr.len()).then_some(i)
    }
}

/// A country's calibration: the year-to-year persistence (AR(1) coefficient, 0..=1) of
/// each component's normal scores, and a factor on the published net-migration deviations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calibration {
    pub rho_tfr: f64,
    pub rho_e0: f64,
    pub rho_mig: f64,
    pub mig_scale: f64,
}

impl Calibration {
    fn valid(&self) -> bool {
        [self.rho_tfr, self.rho_e0, self.rho_mig]
            .iter()
            .all(|r| (0.0..=1.0).contains(r))
            && (0.0..=MAX_MIG_SCALE).contains(&self.mig_scale)
    }
}

/// Largest calibrated factor on the published net-migration deviations.
const MAX_MIG_SCALE: f64 = 10.0;

/// Multipliers of the published deviations (1: as published; 0: no uncertainty).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub tfr: f64,
    pub e0: f64,
    pub mig: f64,
}

impl Spread {
    /// The published uncertainty of every component.
    pub const PUBLISHED: Spread = Spread {
        tfr: 1.0,
        e0: 1.0,
        mig: 1.0,
    };
    /// No uncertainty: every trajectory is the scenario.
    pub const NONE: Spread = Spread {
        tfr: 0.0,
        e0: 0.0,
        mig: 0.0,
    };
}

/// One country's components and calibration, from its tables (`data/bands.csv` and
/// `data/bands_calibration.csv`, embedded in `embedded.bin` with the country's WPP tables).
#[derive(Clone, Debug, PartialEq)]
pub struct CountryBands {
    pub m49: u16,
    pub components: Components,
    pub calibration: Calibration,
}

impl CountryBands {
    /// The band inputs of a country; an error names the table to regenerate when it has
    /// none.
    pub fn of(c: &CountryData) -> Result<CountryBands, ScenarioError> {
        let iso3 = &c.info.iso3;
        let first = c.bands.first().ok_or_else(|| {
            bad_data(format!(
                "no band data for {iso3} in data/bands.csv; run python3 data/convert.py"
            ))
        })?;
        let cal = c.band_calibration.ok_or_else(|| {
            bad_data(format!(
                "no calibration for {iso3} in data/bands_calibration.csv; run cargo run \
                 --release --bin calibrate"
            ))
        })?;
        Ok(CountryBands {
            m49: c.info.m49,
            components: Components {
                first_year: first.year,
                tfr: c.bands.iter().map(|r| r.tfr).collect(),
                e0: c.bands.iter().map(|r| r.e0).collect(),
                mig: c.bands.iter().map(|r| r.mig).collect(),
                pop_end: c.bands.iter().map(|r| r.pop).collect(),
            },
            calibration: Calibration {
                rho_tfr: cal.rho_tfr,
                rho_e0: cal.rho_e0,
                rho_mig: cal.rho_mig,
                mig_scale: cal.mig_scale,
            },
        })
    }
}

/// How a band is drawn: calibration (`None`: the country's, from the data), spread (on top
/// of the calibration), seed (`None`: from the scenario's canonical query string) and
/// measure (`None`: the scenario's `measure=`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandOptions {
    pub calibration: Option<Calibration>,
    pub spread: Spread,
    pub seed: Option<u64>,
    pub measure: Option<Measure>,
}

impl Default for BandOptions {
    fn default() -> BandOptions {
        BandOptions {
            calibration: None,
            spread: Spread::PUBLISHED,
            seed: None,
            measure: None,
        }
    }
}

/// A band: per year, the five quantiles of a measure (mid-year) over the trajectories run
/// so far, and the scenario's own line of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// What the band is of.
    pub measure: Measure,
    /// Mid-year calendar years (2025–2100).
    pub years: Vec<i32>,
    /// Quantiles at [`LEVELS`] per year, in the measure's unit.
    pub quantiles: Vec<[f64; 5]>,
    /// The scenario's projection (no uncertainty), in the measure's unit.
    pub line: Vec<f64>,
    /// Trajectories behind the band.
    pub trajectories: usize,
}

impl Band {
    /// The quantiles of a calendar year.
    pub fn at(&self, year: i32) -> Option<[f64; 5]> {
        let i = self.years.iter().position(|&y| y == year)?;
        self.quantiles.get(i).copied()
    }
}

/// Quantile at level `p` of sorted values (linear between order statistics, R's type 7).
fn quantile(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = p * (n - 1) as f64;
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// The deviation from the median of published quantiles `q` at normal score `z`.
fn deviation(q: &[f64; 5], z: f64) -> f64 {
    let seg = if z <= KNOTS[1] {
        0
    } else if z <= KNOTS[2] {
        1
    } else if z <= KNOTS[3] {
        2
    } else {
        3
    };
    let (z0, z1) = (KNOTS[seg], KNOTS[seg + 1]);
    let v = q[seg] + (z - z0) / (z1 - z0) * (q[seg + 1] - q[seg]);
    v - q[2]
}

/// An AR(1) path of standard normal scores with persistence `rho`.
fn ar1(g: &mut SplitMix64, rho: f64, out: &mut [f64]) {
    let rho = crate::num::clamp(rho, 0.0, 1.0);
    let innov = (1.0 - rho * rho).sqrt();
    let mut z = 0.0;
    for (t, o) in out.iter_mut().enumerate() {
        let e = g.normal();
        z = if t == 0 { e } else { rho * z + innov * e };
        *o = z;
    }
}

/// The seed of a scenario's band: a hash of its canonical query string.
pub fn scenario_seed(s: &Scenario) -> Result<u64, ScenarioError> {
    Ok(seed_of(&s.to_query()?))
}

/// The survival factors `[sex][age]` of one step's death rates times each factor of the
/// grid, and their e0 (decreasing along the grid).
struct StepGrid {
    surv: [BySexAge; GRID],
    e0: [[f64; GRID]; 2],
}

/// Where a trajectory's step reads its survival: grid cell `i` and weight `t` on cell
/// `i + 1`, per sex.
#[derive(Clone, Copy, Default)]
struct StepDraw {
    fertility: f64,
    cell: [(usize, f64); 2],
    mig_rate: f64,
}

/// Trajectories of one scenario, run in chunks ([`BandRun::run`]); [`BandRun::band`]
/// summarises those run so far.
///
/// Speed: everything that does not depend on the draws is made once in [`BandRun::new`]
/// (the scenario's inputs, its TFR per step, the life tables of each step's death rates
/// times the factors of a grid); a trajectory then draws its scores, scales fertility,
/// reads each step's survival factors between two tables of the grid (linear in e0, exact
/// at the scenario's own rates) and runs the engine's slim step
/// ([`crate::engine::project_varied`]) into buffers it reuses, keeping only the measure.
pub struct BandRun {
    centre: Inputs,
    out: Projection,
    /// The scenario's TFR per step (sum of its fertility rates).
    tfr_centre: Vec<f64>,
    grid: Vec<StepGrid>,
    /// Published quantiles per calendar year of the steps' ends (`years` entries): TFR, e0,
    /// and net migration as a rate of WPP's medium mid-year population.
    tfr_q: Vec<[f64; 5]>,
    e0_q: Vec<[f64; 5]>,
    mig_q: Vec<[f64; 5]>,
    calibration: Calibration,
    spread: Spread,
    seed: u64,
    measure: Measure,
    profile: BySexAge,
    base_year: i32,
    line: Vec<f64>,
    /// The measure by mid-year, one row of `years` per trajectory.
    values: Vec<f64>,
    done: usize,
    z: [Vec<f64>; 3],
    draws: Vec<StepDraw>,
}

/// Index of the grid factor 1 (the scenario's own death rates).
const ZERO: usize = 8;

impl BandRun {
    /// Prepares the band of scenario `s` (its country shown): projects the scenario once
    /// and readies the per-trajectory work. Costs about one projection and 2,250 life tables.
    pub fn new(
        projector: &mut Projector<'_>,
        s: &Scenario,
        opts: BandOptions,
    ) -> Result<BandRun, ScenarioError> {
        let (result, centre) = projector.project_inputs(s)?;
        let iso3 = result.main.iso3.clone();
        let cb = CountryBands::of(projector.data().require_country(&iso3)?)?;
        let calibration = opts.calibration.unwrap_or(cb.calibration);
        if !calibration.valid() {
            return Err(bad_data(format!(
                "no valid calibration for {iso3} in data/bands_calibration.csv; run \
                 cargo run --release --bin calibrate"
            )));
        }
        let seed = match opts.seed {
            Some(x) => x,
            None => scenario_seed(&result.scenario)?,
        };
        let measure = match opts.measure {
            Some(m) => m,
            None => result.scenario.measure,
        };
        let steps = centre.steps();
        let base_year = centre.base_year;
        let years = steps + 1;
        let k = &cb.components;
        let (mut tfr_q, mut e0_q, mut mig_q) = (
            Vec::with_capacity(years),
            Vec::with_capacity(years),
            Vec::with_capacity(years),
        );
        for j in 0..years {
            let y = base_year + j as i32;
            let missing = || {
                bad_data(format!(
                    "data/bands.csv has no {iso3} row for {y}; run python3 data/convert.py"
                ))
            };
            let i = k.index(y).ok_or_else(missing)?;
            let prev = i.checked_sub(1).ok_or_else(missing)?;
            // Rates: the median and lower bounds of net migration over the medium mid-year
            // population; each upper bound over the population bound of the same level (the
            // trajectories that gain most migrants are those that grow most).
            let mut rate = k.mig[i];
            for (l, r) in rate.iter_mut().enumerate() {
                let d = if l > 2 { l } else { 2 };
                let pop_mid = 0.5 * (k.pop_end[prev][d] + k.pop_end[i][d]);
                *r = if pop_mid > 0.0 { *r / pop_mid } else { 0.0 };
            }
            tfr_q.push(k.tfr[i]);
            e0_q.push(k.e0[i]);
            mig_q.push(rate);
        }
        let tfr_centre = centre.asfr.iter().map(|a| a.iter().sum()).collect();
        let mut grid = Vec::with_capacity(steps);
        for mx in &centre.mx {
            let mut g = StepGrid {
                surv: [[[0.0; AGES]; 2]; GRID],
                e0: [[0.0; GRID]; 2],
            };
            for sex in 0..2 {
                for i in 0..GRID {
                    if i == ZERO {
                        g.e0[sex][i] = survival(&mx[sex], sex, &mut g.surv[i][sex]);
                        continue;
                    }
                    let f = (LAMBDA_MIN + i as f64 * LAMBDA_STEP).exp();
                    let m: [f64; AGES] = std::array::from_fn(|x| mx[sex][x] * f);
                    g.e0[sex][i] = survival(&m, sex, &mut g.surv[i][sex]);
                }
            }
            grid.push(g);
        }
        let line = (0..result.main.projection.years())
            .map(|i| measure.of(&result.main.projection, i).unwrap_or(0.0))
            .collect();
        Ok(BandRun {
            out: Projection::default(),
            centre,
            tfr_centre,
            grid,
            tfr_q,
            e0_q,
            mig_q,
            calibration,
            spread: opts.spread,
            seed,
            measure,
            profile: RogersCastro::LABOUR.profile(),
            base_year,
            line,
            values: Vec::new(),
            done: 0,
            z: [vec![0.0; years], vec![0.0; years], vec![0.0; years]],
            draws: vec![StepDraw::default(); steps],
        })
    }

    /// Trajectories run so far.
    pub fn done(&self) -> usize {
        self.done
    }

    /// The seed of the band.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The measure the band is of.
    pub fn measure(&self) -> Measure {
        self.measure
    }

    /// Runs `n` more trajectories; returns how many have been run in all.
    pub fn run(&mut self, n: usize) -> Result<usize, ScenarioError> {
        self.values.reserve(n * self.line.len());
        for _ in 0..n {
            self.trajectory(self.done)?;
            self.done += 1;
        }
        Ok(self.done)
    }

    /// The grid cell and weight whose survival moves the e0 of `sex` in step `k` by
    /// `shift` years (linear in e0 between two tables; clamped to the grid's ends).
    fn cell(&self, k: usize, sex: usize, shift: f64) -> (usize, f64) {
        if shift == 0.0 {
            return (ZERO, 0.0);
        }
        let g = &self.grid[k].e0[sex];
        let target = g[ZERO] + shift;
        if target >= g[0] {
            return (0, 0.0);
        }
        if target <= g[GRID - 1] {
            return (GRID - 1, 0.0);
        }
        // e0 falls along the grid: find the bracketing cells.
        let mut i = 0;
        while i + 2 < GRID && g[i + 1] > target {
            i += 1;
        }
        (i, (g[i] - target) / (g[i] - g[i + 1]))
    }

    /// Runs trajectory `i` and appends its measure by year.
    fn trajectory(&mut self, i: usize) -> Result<(), ScenarioError> {
        let mut g = SplitMix64::new(mix(self.seed ^ mix(i as u64)));
        let c = self.calibration;
        {
            let [zt, ze, zm] = &mut self.z;
            ar1(&mut g, c.rho_tfr, zt);
            ar1(&mut g, c.rho_e0, ze);
            ar1(&mut g, c.rho_mig, zm);
        }
        let sp = self.spread;
        let steps = self.centre.steps();
        for k in 0..steps {
            let avg = |q: &[[f64; 5]], z: &[f64]| {
                0.5 * (deviation(&q[k], z[k]) + deviation(&q[k + 1], z[k + 1]))
            };
            let tc = self.tfr_centre[k];
            let d = sp.tfr * avg(&self.tfr_q, &self.z[0]);
            let fertility = if tc > 0.0 && d != 0.0 {
                (tc + d).max(TFR_FLOOR * tc) / tc
            } else {
                1.0
            };
            let shift = sp.e0 * avg(&self.e0_q, &self.z[1]);
            let cell = [self.cell(k, 0, shift), self.cell(k, 1, shift)];
            let mig_rate = sp.mig * c.mig_scale * avg(&self.mig_q, &self.z[2]);
            self.draws[k] = StepDraw {
                fertility,
                cell,
                mig_rate,
            };
        }
        let (grid, draws) = (&self.grid, &self.draws);
        project_varied(
            &self.centre,
            &self.profile,
            &mut self.out,
            |k, total, surv| {
                let d = draws[k];
                let g = &grid[k];
                let mut e0 = [0.0; 2];
                for (sex, (s, &(i, t))) in surv.iter_mut().zip(&d.cell).enumerate() {
                    let a = &g.surv[i][sex];
                    if t == 0.0 {
                        *s = *a;
                        e0[sex] = g.e0[sex][i];
                    } else {
                        let b = &g.surv[i + 1][sex];
                        for ((s, a), b) in s.iter_mut().zip(a).zip(b) {
                            *s = a + t * (b - a);
                        }
                        e0[sex] = g.e0[sex][i] + t * (g.e0[sex][i + 1] - g.e0[sex][i]);
                    }
                }
                Variation {
                    fertility: d.fertility,
                    e0,
                    added: d.mig_rate * total,
                }
            },
        )
        .map_err(|e| bad_data(e.to_string()))?;
        let years = steps + 1;
        let m = self.measure;
        for y in 0..years {
            let v = match (self.out.pop_count_m.get(y), self.out.pop_count_f.get(y)) {
                (Some(a), Some(b)) => measure_value(m, a, b),
                _ => 0.0,
            };
            self.values.push(v);
        }
        Ok(())
    }

    /// The band of the trajectories run so far (empty quantiles, NaN, before any).
    pub fn band(&self) -> Band {
        let years = self.line.len();
        let n = self.done;
        let mut col = vec![0.0; n];
        let mut quantiles = Vec::with_capacity(years);
        for y in 0..years {
            for (t, c) in col.iter_mut().enumerate() {
                *c = self.values[t * years + y];
            }
            col.sort_unstable_by(f64::total_cmp);
            quantiles.push(LEVELS.map(|p| quantile(&col, p)));
        }
        Band {
            measure: self.measure,
            years: (0..years).map(|y| self.base_year + y as i32).collect(),
            quantiles,
            line: self.line.clone(),
            trajectories: n,
        }
    }
}

/// The sum of `a[from..=to]` in four interleaved partial sums (vectorised; a running sum
/// over ages is a chain of dependent additions, a fifth of a trajectory's time).
#[inline(always)]
fn sum4(a: &[f64; AGES], from: usize, to: usize) -> f64 {
    let a = &a[from..=to];
    let mut s = [0.0f64; 4];
    let chunks = a.chunks_exact(4);
    let rest: f64 = chunks.remainder().iter().sum();
    for c in chunks {
        for (acc, v) in s.iter_mut().zip(c) {
            *acc += v;
        }
    }
    ((s[0] + s[1]) + (s[2] + s[3])) + rest
}

/// A measure of one mid-year population (`Measure::parts`, summed faster; equal to
/// `Measure::of` to rounding); 0 where a ratio has nobody in its denominator.
fn measure_value(m: Measure, male: &[f64; AGES], female: &[f64; AGES]) -> f64 {
    let both = |from: usize, to: usize| sum4(male, from, to) + sum4(female, from, to);
    let top = AGES - 1;
    let (n, d) = match m {
        Measure::Population => (both(0, top), 1.0),
        Measure::Pop20To64 => (both(20, 64), 1.0),
        Measure::Pop15To64 => (both(15, 64), 1.0),
        Measure::SupportRatio => (both(20, 64), both(65, top)),
        Measure::Men18To59 => (sum4(male, 18, 59), 1.0),
        Measure::OldAgeDependency => (both(65, top), both(20, 64)),
    };
    if d > 0.0 && n.is_finite() {
        n / d
    } else {
        0.0
    }
}

/// The band of `n` trajectories of scenario `s`.
pub fn band(
    projector: &mut Projector<'_>,
    s: &Scenario,
    n: usize,
    opts: BandOptions,
) -> Result<Band, ScenarioError> {
    let mut r = BandRun::new(projector, s, opts)?;
    r.run(n)?;
    Ok(r.band())
}

/// WPP 2024's published mid-year quantiles of total population (2.5, 10, 50, 90, 97.5 %,
/// thousands): the mean of the year-end bounds of `year − 1` and `year`.
pub fn published(data: &Dataset, iso3: &str, year: i32) -> Option<[f64; 5]> {
    let c = data.country(iso3)?;
    let end = |y: i32| -> Option<[f64; 5]> {
        let r = c.pop_total(y)?;
        Some([r.lower95?, r.lower80?, r.medium?, r.upper80?, r.upper95?])
    };
    let (a, b) = (end(year - 1)?, end(year)?);
    Some(std::array::from_fn(|i| 0.5 * (a[i] + b[i])))
}

/// The calibration bar, in units of the published 95 % half-width: (year, index into
/// [`LEVELS`], tolerance). The 2.5 and 97.5 % bounds at 2100 are reported, not held.
pub const BAR: [(i32, usize, f64); 8] = [
    (2050, 2, 0.15),
    (2100, 2, 0.15),
    (2050, 1, 0.20),
    (2050, 3, 0.20),
    (2100, 1, 0.20),
    (2100, 3, 0.20),
    (2050, 0, 0.25),
    (2050, 4, 0.25),
];

/// One line of the comparison of a band with WPP's published intervals.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub iso3: String,
    pub year: i32,
    pub level: f64,
    pub band: f64,
    pub published: f64,
    /// (band − published) / published 95 % half-width of that year.
    pub error: f64,
    /// The bar's tolerance (infinite where the bar sets none).
    pub tolerance: f64,
}

impl BarRow {
    pub fn passes(&self) -> bool {
        self.error.abs() <= self.tolerance
    }
}

/// The comparison of a band with WPP's published mid-year quantiles, at 2050 and 2100,
/// every level.
pub fn compare_published(data: &Dataset, iso3: &str, band: &Band) -> Vec<BarRow> {
    let mut out = Vec::new();
    for year in [2050, 2100] {
        let (Some(p), Some(b)) = (published(data, iso3, year), band.at(year)) else {
            continue;
        };
        let half = 0.5 * (p[4] - p[0]);
        for q in 0..5 {
            let tolerance = BAR
                .iter()
                .find(|(y, i, _)| *y == year && *i == q)
                .map_or(f64::INFINITY, |t| t.2);
            out.push(BarRow {
                iso3: iso3.to_string(),
                year,
                level: LEVELS[q],
                band: b[q],
                published: p[q],
                error: (b[q] - p[q]) / half,
                tolerance,
            });
        }
    }
    out
}

/// A data problem of the bands' files, as the data layer's error (its message names the
/// file and the fix).
fn bad_data(message: String) -> ScenarioError {
    ScenarioError::Data(crate::data::DataError::lookup(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deviation_reads_the_published_quantiles() {
        let q = [1.0, 2.0, 3.0, 5.0, 6.0];
        assert_eq!(deviation(&q, 0.0), 0.0);
        assert!((deviation(&q, KNOTS[0]) + 2.0).abs() < 1e-12);
        assert!((deviation(&q, KNOTS[3]) - 2.0).abs() < 1e-12);
        assert!((deviation(&q, KNOTS[4]) - 3.0).abs() < 1e-12);
        // Linear beyond the outer knots, with the outer segments' slopes.
        let slope = 1.0 / (KNOTS[4] - KNOTS[3]);
        assert!((deviation(&q, KNOTS[4] + 1.0) - (3.0 + slope)).abs() < 1e-12);
    }

    #[test]
    fn ar1_scores_have_the_asked_persistence() {
        let mut g = SplitMix64::new(11);
        let mut z = vec![0.0; 200_000];
        ar1(&mut g, 0.8, &mut z);
        let n = z.len() as f64;
        let var = z.iter().map(|v| v * v).sum::<f64>() / n;
        let lag = z.windows(2).map(|w| w[0] * w[1]).sum::<f64>() / (n - 1.0);
        assert!((var - 1.0).abs() < 0.02, "variance {var}");
        assert!(
            (lag / var - 0.8).abs() < 0.01,
            "lag-1 correlation {}",
            lag / var
        );
    }

    #[test]
    fn quantiles_interpolate_order_statistics() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert_eq!(quantile(&v, 0.1), 1.4);
        assert_eq!(quantile(&v, 0.0), 1.0);
        assert_eq!(quantile(&v, 1.0), 5.0);
    }
}
