//! Scenarios: the levers a reader moves, presets, and the query string that carries them.
//! A scenario acts only by modifying the engine's [`crate::engine::Inputs`] built from the
//! UN WPP 2024 baseline (fertility, survival, war deaths, migration streams linked between
//! Russia and its partners); the engine knows nothing of levers. One parameter table
//! ([`ParamTable`]) drives sliders, the query string and displays alike.
//!
//! API for the widget (all serde-friendly): [`embedded_table`] (the parameter table:
//! key, group, label, unit, min, max, step, decimals, default, choices, source, help);
//! [`Scenario::from_query`] / [`Scenario::to_query`] (parse reports clamps, rejects bad
//! input with a [`QueryError`]); [`Projector`] (keep one: caches baselines) and its
//! `project` → [`ScenarioResult`] (the country shown, linked partners, streams); then
//! [`annual_rows`], [`comparison`], [`remittance_paths`], [`relokanty_hosts`], [`presets`],
//! [`stories`]; a measure's series ([`Measure::series`], `measure=`) and UN WPP's values
//! of it ([`un_comparison`]); the `needs` model ([`needs`], [`replacement_table`]).
//!
//! Which lever acts where: fertility (`tfr_*`), survival (`e0_*`) and the scale of UN net
//! migration (`mig_scale`) act on the country shown; war deaths on Russia; every stream
//! (`lab_*`, `crocus_end`, `compat*`, `ua_*`, `rel_*`) adds people to Russia and removes
//! the same people with the same age–sex profile from its partner, or the reverse.
//! Calendar-year amounts are averaged onto the engine's mid-year steps.
//!
//! Replacement migration (`hold`, `hold_from`, `hold_level`; see `solve`): the country shown
//! gets, each year, the extra net migrants from the rest of the world that hold a measure
//! at a level; linked partners are unchanged by them.
mod assumptions;
pub mod bands;
mod choices;
mod error;
mod figures;
mod hosts;
pub mod levers;
mod measure;
mod needs;
mod outcomes;
mod params;
mod presets;
mod query;
mod random;
mod remittances;
mod run;
pub mod schedule;
mod solve;
mod stories;
mod streams;

use std::sync::OnceLock;

use crate::data::Dataset;

pub use assumptions::{
    assumptions, assumptions_holding, assumptions_text, render_text, view_assumptions, Assumption,
    AssumptionText,
};
pub use bands::{Band, BandOptions, BandRun, Calibration, CountryBands, Spread};
pub use choices::{BaseVariant, LeverValue, StockMeasure, TfrMode};
pub use error::{clip, QueryError, ScenarioError};
pub use figures::{Figures, RemitShare, REMITTANCE_COUNTRIES, SHARE_COUNTRIES};
pub use hosts::{relokanty_hosts, HostStock};
pub use measure::{
    un_comparison, HoldChoice, Measure, MeasurePoint, UnBand, UnComparison, UnPoint, UnSource,
    MEASURES, MEASURE_KEYS,
};
pub use needs::{
    needs, needs_hold, replacement_table, Needs, NeedsFailure, NeedsHoldChoice, NeedsStep,
    RefLevel, RefSeries, ReplacementRow, YearValue, OBSERVED_FROM, REPORT_YEAR,
};
pub use outcomes::{
    annual_rows, compare, comparison, population_jan1, AnnualRow, Comparison, OutcomeRow,
    ANNUAL_COLUMNS, OUTCOME_YEARS,
};
pub use params::{
    unit_key, ParamKind, ParamSpec, ParamTable, COUNTRIES, DEFAULT_B, LANGS, LEVER_KEYS, OVERLAYS,
    PRESET_IDS, REMIT_KEYS, RETIRED_KEYS, STOCK_MEASURES, TFR_MODES, VARIANTS, VIEWS,
};
pub use presets::{
    brief_rosstat, crimea_sevastopol, preset_name, presets, rosstat_markers, BriefRosstat, Marker,
    Preset, ROSSTAT_HORIZON,
};
pub use query::{Clamp, Note, Scenario};
pub use random::{inverse_normal, seed_of, SplitMix64};
pub use remittances::{
    history as remittance_history, remittance_paths, RemittancePath, RemittancePoint,
    RemittanceYear,
};
pub use run::{
    project, project_tracking, tfr_phase, variant, world_by_year, CountryRun, Projector,
    ScenarioResult, StreamShortfall,
};
pub use solve::{hold_into, Held, Hold, HoldFailure, HoldFailureKind, HOLD_MEASURES};
pub use stories::{stories, Story, STORY_YEAR};
pub use streams::Stream;

/// The embedded dataset, parsed once.
pub fn embedded_data() -> Result<&'static Dataset, ScenarioError> {
    static DATA: OnceLock<Result<Dataset, ScenarioError>> = OnceLock::new();
    DATA.get_or_init(|| Dataset::embedded().map_err(ScenarioError::from))
        .as_ref()
        .map_err(Clone::clone)
}

/// The parameter table of the embedded dataset, built once.
pub fn embedded_table() -> Result<&'static ParamTable, ScenarioError> {
    static TABLE: OnceLock<Result<ParamTable, ScenarioError>> = OnceLock::new();
    TABLE
        .get_or_init(|| embedded_data().and_then(ParamTable::new))
        .as_ref()
        .map_err(Clone::clone)
}

impl Scenario {
    /// Reads a query string against the embedded parameter table: the scenario and the
    /// clamps applied to out-of-range values.
    pub fn from_query(query: &str) -> Result<(Scenario, Vec<Clamp>), ScenarioError> {
        Ok(Scenario::parse_query(embedded_table()?, query)?)
    }

    /// As [`Scenario::from_query`], also returning a [`Note`] for every parameter given
    /// that has no effect under the scenario's choices (e.g. `tfr_target` while
    /// `tfr_mode=shift`).
    pub fn from_query_notes(
        query: &str,
    ) -> Result<(Scenario, Vec<Clamp>, Vec<Note>), ScenarioError> {
        Ok(Scenario::parse_query_notes(embedded_table()?, query)?)
    }

    /// The query string of this scenario against the embedded parameter table (only what
    /// differs from the defaults).
    pub fn to_query(&self) -> Result<String, ScenarioError> {
        Ok(self.write_query(embedded_table()?))
    }

    /// The all-defaults scenario of the embedded parameter table (UN WPP 2024 medium,
    /// Russia).
    pub fn embedded_baseline() -> Result<Scenario, ScenarioError> {
        Ok(Scenario::baseline(embedded_table()?))
    }
}
