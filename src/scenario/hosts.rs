//! Host countries of the relokanty (Georgia, Armenia, Kazakhstan, Kyrgyzstan): the brief's
//! ranges of Russians staying in each, and each range as the scenario moves it.
//!
//! The model behind the streams ([`super::streams`]): host `h` holds the share
//! `m_h / S0` of the relokanty, where `m_h` is the midpoint of its range and `S0` the
//! midpoint of Re:Russia's total (the `rel_stock` default). With the reader's total `S`,
//! the host starts with `m_h · S / S0`; returns take the chosen share of that, and further
//! emigration adds its share `m_h / S0` of the new emigrants. The scenario's range is the
//! brief's range times the host's stock over its midpoint, `S / S0 + change / m_h`
//! (never below zero), so both bounds move in proportion: when every relokant returns,
//! both go to zero; with further emigration both grow.

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
    /// The reader's relokanty total over Re:Russia's midpoint: the host's stock at the
    /// start of the projection over the brief's midpoint (1 with the default total).
    pub start_scale: f64,
    /// Change of the relokanty stock in this host by mid-year (thousands; negative =
    /// returned to Russia), from the base year on: the streams' flows actually moved.
    pub change: Vec<(i32, f64)>,
    /// The scenario's range by mid-year: `(year, low, high)`, thousands, never negative.
    pub range: Vec<(i32, f64, f64)>,
}

impl HostStock {
    /// The scenario's range at mid-`year` (the last one when `year` is past the end).
    pub fn range_at(&self, year: i32) -> (f64, f64) {
        self.range
            .iter()
            .find(|r| r.0 == year)
            .or(self.range.last())
            .map_or((self.low, self.high), |r| (r.1, r.2))
    }
    /// The change of the stock at mid-`year` (the last one when `year` is past the end).
    pub fn change_at(&self, year: i32) -> f64 {
        self.change
            .iter()
            .find(|c| c.0 == year)
            .or(self.change.last())
            .map_or(0.0, |c| c.1)
    }
}

/// Cumulative change of the stock in `iso` (minus the net flow into Russia) by mid-year.
fn cumulative_change(result: &ScenarioResult, iso: &str) -> Vec<(i32, f64)> {
    let base = result.main.projection.base_year;
    let years = result.main.projection.years();
    let flows: Vec<&Vec<f64>> = result
        .streams
        .iter()
        .filter(|s| s.key == "rel_return" && s.partner.as_deref() == Some(iso))
        .map(|s| &s.flow)
        .collect();
    let mut cum = 0.0;
    let mut change = Vec::with_capacity(years);
    change.push((base, 0.0));
    for k in 0..years.saturating_sub(1) {
        cum -= flows
            .iter()
            .map(|f| f.get(k).copied().unwrap_or(0.0))
            .sum::<f64>();
        change.push((base + k as i32 + 1, cum));
    }
    change
}

/// The four hosts under a projected scenario.
pub fn relokanty_hosts(
    data: &Dataset,
    result: &ScenarioResult,
) -> Result<Vec<HostStock>, ScenarioError> {
    let f = Figures::new(data)?;
    let total = result.scenario.rel_stock;
    let start_scale = if f.rel_stock > 0.0 {
        (total / f.rel_stock).max(0.0)
    } else {
        1.0
    };
    let mut out = Vec::new();
    for (iso, lo, hi, id) in &f.rel_hosts {
        let change = cumulative_change(result, iso);
        let mid = (lo + hi) / 2.0;
        let range = change
            .iter()
            .map(|&(y, c)| {
                let k = if mid > 0.0 {
                    (start_scale + c / mid).max(0.0)
                } else {
                    0.0
                };
                (y, lo * k, hi * k)
            })
            .collect();
        out.push(HostStock {
            iso3: iso.clone(),
            low: *lo,
            high: *hi,
            source_id: id.clone(),
            as_stated: data
                .brief(id)
                .map(|b| b.as_stated.clone())
                .unwrap_or_default(),
            start_scale,
            change,
            range,
        });
    }
    Ok(out)
}
