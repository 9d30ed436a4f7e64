//! The projection engine: single-year life tables and the annual cohort-component step,
//! fed by per-step input arrays. It turns [`Inputs`] into a [`Projection`] whose every step
//! carries its components (births, deaths by cohort, migrants) so the accounting can be
//! checked. It knows nothing of levers, presets, charts or the browser; `baseline` builds
//! the UN WPP 2024 inputs from the embedded data.
//!
//! Time convention: population is mid-year (1 July). Step `k` runs from mid-year
//! `base_year + k` to mid-year `base_year + k + 1`; every per-step input refers to that
//! interval. Arrays are indexed `[sex][age]` with `sex` 0 = male, 1 = female and single
//! ages `0..=100` (100 = 100+). Counts are in thousands.

mod baseline;
mod error;
pub mod lifetable;
mod project;
pub mod split;

pub use baseline::{
    baseline, baseline_span, single_age_mx, split_fertility, split_population, to_end_of_step_ages,
    BASE_YEAR, END_YEAR,
};
pub use error::EngineError;
pub use lifetable::LifeTable;
pub use project::{project, project_into, Projection};

/// Single ages 0..=100 (the last is the open group 100+).
pub const AGES: usize = 101;
/// A by-sex, by-age array: `[male, female]`, each ages 0..=100+.
pub type BySexAge = [[f64; AGES]; 2];

/// Everything one projection needs, per step. Built by `baseline` from WPP inputs and then
/// modified by scenarios (which only ever change these arrays).
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// Year of the base population (mid-year).
    pub base_year: i32,
    /// Mid-year population at `base_year`, thousands.
    pub pop_base: BySexAge,
    /// Central death rates by sex and single age, one per step.
    pub mx: Vec<BySexAge>,
    /// Age-specific fertility rates (births per woman per year) by single age of mother,
    /// one per step.
    pub asfr: Vec<[f64; AGES]>,
    /// Sex ratio at birth (males per female), one per step.
    pub srb: Vec<f64>,
    /// Net migrants during the step by sex and single age (age at the end of the step),
    /// thousands, one per step.
    pub mig: Vec<BySexAge>,
    /// Deaths over and above `mx` during the step (e.g. war), by sex and age, thousands,
    /// one per step.
    pub extra_deaths: Vec<BySexAge>,
}

impl Inputs {
    /// Number of annual steps.
    pub fn steps(&self) -> usize {
        self.mx.len()
    }
}

impl Inputs {
    /// Check shapes and values before projecting: every per-step vector as long as `mx`,
    /// every value finite, rates, counts and extra deaths non-negative, sex ratio positive.
    /// Net migrants may be negative (out-migration).
    pub fn validate(&self) -> Result<(), EngineError> {
        let n = self.mx.len();
        for (field, len) in [
            ("asfr", self.asfr.len()),
            ("srb", self.srb.len()),
            ("mig", self.mig.len()),
            ("extra_deaths", self.extra_deaths.len()),
        ] {
            if len != n {
                return Err(EngineError::ShapeMismatch {
                    field,
                    len,
                    expected: n,
                });
            }
        }
        if self.all_values_ok() {
            return Ok(());
        }
        let bad = |field, step, sex, age, value, why| EngineError::BadInput {
            field,
            step,
            sex,
            age,
            value,
            why,
        };
        const NEG: &str = "must be finite and not negative";
        for sex in 0..2 {
            for (x, &v) in self.pop_base[sex].iter().enumerate() {
                if !(v.is_finite() && v >= 0.0) {
                    return Err(bad("pop_base", 0, Some(sex), Some(x), v, NEG));
                }
            }
        }
        for k in 0..n {
            for sex in 0..2 {
                for x in 0..AGES {
                    let m = self.mx[k][sex][x];
                    if !(m.is_finite() && m >= 0.0) {
                        return Err(bad("mx", k, Some(sex), Some(x), m, NEG));
                    }
                    let g = self.mig[k][sex][x];
                    if !g.is_finite() {
                        return Err(bad("mig", k, Some(sex), Some(x), g, "must be finite"));
                    }
                    let e = self.extra_deaths[k][sex][x];
                    if !(e.is_finite() && e >= 0.0) {
                        return Err(bad("extra_deaths", k, Some(sex), Some(x), e, NEG));
                    }
                }
            }
            for (x, &f) in self.asfr[k].iter().enumerate() {
                if !(f.is_finite() && f >= 0.0) {
                    return Err(bad("asfr", k, None, Some(x), f, NEG));
                }
            }
            let s = self.srb[k];
            if !(s.is_finite() && s > 0.0) {
                return Err(bad(
                    "srb",
                    k,
                    None,
                    None,
                    s,
                    "must be a positive number of males per female",
                ));
            }
        }
        Ok(())
    }

    /// Fast branch-free scan: true when every value passes `validate`'s checks (which then
    /// only searches for the offending cell when this is false).
    fn all_values_ok(&self) -> bool {
        #[inline(always)]
        fn non_neg(a: &[f64]) -> bool {
            a.iter()
                .fold(true, |ok, &v| ok & (v >= 0.0) & (v <= f64::MAX))
        }
        let mut ok = self.pop_base.iter().all(|a| non_neg(a));
        for k in 0..self.mx.len() {
            for sex in 0..2 {
                ok &= non_neg(&self.mx[k][sex]);
                ok &= non_neg(&self.extra_deaths[k][sex]);
                ok &= self.mig[k][sex]
                    .iter()
                    .fold(true, |ok, &v| ok & (v.abs() <= f64::MAX));
            }
            ok &= non_neg(&self.asfr[k]);
            ok &= self.srb[k] > 0.0 && self.srb[k] <= f64::MAX;
        }
        ok
    }

    /// Mid-year calendar year at the end of the last step.
    pub fn end_year(&self) -> i32 {
        self.base_year + self.steps() as i32
    }
}
