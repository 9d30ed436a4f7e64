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
