//! Host countries of the relokanty (Georgia, Armenia, Kazakhstan, Kyrgyzstan): the brief's
//! ranges of Russians staying in each, shown as ranges, and the scenario's effect on them
//! (returns to Russia or further outflow, shared among hosts as in [`super::streams`]).

use serde::Serialize;

use crate::data::Dataset;

use super::error::ScenarioError;
use super::figures::Figures;
use super::run::ScenarioResult;

/// One host's relokanty stock: the brief's range and the scenario's change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HostStock {
    pub iso3: String,
    /// Brief's range, thousands.
    pub low: f64,
    pub high: f64,
    /// Brief figure id (briefs_figures.csv) and its wording.
    pub source_id: String,
    pub as_stated: String,
    /// Change of the relokanty stock in this host by mid-year (thousands; negative =
    /// returned to Russia), from the base year on.
    pub change: Vec<(i32, f64)>,
}

/// The four hosts under a projected scenario.
pub fn relokanty_hosts(
    data: &Dataset,
    result: &ScenarioResult,
) -> Result<Vec<HostStock>, ScenarioError> {
    let f = Figures::new(data)?;
    let base = result.main.projection.base_year;
    let years = result.main.projection.years();
    let mut out = Vec::new();
    for (iso, lo, hi, id) in &f.rel_hosts {
        let mut cum = 0.0;
        let mut change = Vec::with_capacity(years);
        change.push((base, 0.0));
        let flows: Vec<&Vec<f64>> = result
            .streams
            .iter()
            .filter(|s| s.key == "rel_return" && s.partner.as_deref() == Some(iso.as_str()))
            .map(|s| &s.flow)
            .collect();
        for k in 0..years.saturating_sub(1) {
            cum -= flows
                .iter()
                .map(|f| f.get(k).copied().unwrap_or(0.0))
                .sum::<f64>();
            change.push((base + k as i32 + 1, cum));
        }
        out.push(HostStock {
            iso3: iso.clone(),
            low: *lo,
            high: *hi,
            source_id: id.clone(),
            as_stated: data
                .brief(id)
                .map(|b| b.as_stated.clone())
                .unwrap_or_default(),
            change,
        });
    }
    Ok(out)
}
