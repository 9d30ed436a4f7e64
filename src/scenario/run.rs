//! Running a scenario: UN WPP 2024 baseline inputs for every country the scenario touches,
//! levers applied to those inputs, one engine projection each. Fertility, survival and the
//! scale of UN net migration act on the country shown; war deaths act on Russia; every
//! migration stream adds its people to Russia and takes the same people, with the same
//! age–sex profile, from its partner (or the reverse), so one slider moves both countries.
//! When the sender's cohorts empty, the people it cannot give up stay out of the receiver
//! too (see [`balance`]): linked countries always exchange the same people.

use crate::data::{Dataset, Variant};
use crate::engine::{self, BySexAge, Fields, Inputs, Projection, SurvivalTables, AGES};

use super::choices::TfrMode;
use super::error::ScenarioError;
use super::figures::Figures;
use super::levers;
use super::params::ParamTable;
use super::query::{Clamp, Scenario};
use super::schedule::RogersCastro;
use super::solve::{hold_into, Held, Hold};
use super::streams::{streams, Stream};

/// A projection of one country under the scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryRun {
    pub iso3: String,
    pub projection: Projection,
    /// Net flow into this country from the scenario's streams, per step (thousands).
    pub stream_flow: Vec<f64>,
}

/// Everything a scenario produced.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioResult {
    pub scenario: Scenario,
    /// The country shown (`scenario.country`).
    pub main: CountryRun,
    /// The other countries the streams touch (Russia first when it is not the one shown).
    pub linked: Vec<CountryRun>,
    /// The streams, flows into Russia per step.
    pub streams: Vec<Stream>,
    /// Russia's war deaths asked for per step (thousands); the engine's
    /// `extra_death_count` holds those actually removed.
    pub war_deaths: Vec<f64>,
    /// Life expectancy at birth reached per step `[male, female]` in the country shown.
    pub e0: Vec<[f64; 2]>,
    /// Numbers of the scenario as given that were out of range or NaN, and the values used
    /// instead (empty for a scenario read from a query string, whose clamps the parser
    /// reports).
    pub clamps: Vec<Clamp>,
    /// People who left a sending country but did not arrive (or the reverse) after
    /// balancing the linked streams, thousands over all steps: 0 unless balancing stopped
    /// before settling to 1e-12 (see `Stream::shortfall`).
    pub unbalanced: f64,
    /// Replacement migration in the country shown (`hold`), and its post-base migrants and
    /// their descendants: `Some` when the scenario holds a measure or the caller asked to
    /// track them ([`project_tracking`]).
    pub held: Option<Held>,
}

/// People of one linked stream who could not move (see
/// [`ScenarioResult::stream_shortfalls`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StreamShortfall {
    /// The stream's lever key (its slider).
    pub key: &'static str,
    /// ISO3 codes of the sending and the receiving country.
    pub from: String,
    pub to: String,
    /// Thousands of people.
    pub people: f64,
}

impl StreamShortfall {
    /// Smallest shortfall worth a note, thousands: half a person.
    pub const SHOWN: f64 = 0.0005;
}

impl ScenarioResult {
    /// The run of a country (shown or linked).
    pub fn country(&self, iso3: &str) -> Option<&CountryRun> {
        std::iter::once(&self.main)
            .chain(self.linked.iter())
            .find(|c| c.iso3.eq_ignore_ascii_case(iso3))
    }

    /// People of each linked stream who could not move because the sending country's
    /// cohorts of the ages the stream takes were empty, summed over the projection's steps
    /// and both sexes, by stream and direction (flows into Russia, then out of it); none
    /// left out.
    pub fn stream_shortfalls(&self) -> Vec<StreamShortfall> {
        let mut out = Vec::new();
        for st in &self.streams {
            let Some(partner) = st.linked_partner() else {
                continue;
            };
            let (mut into, mut out_of) = (0.0, 0.0);
            for (asked, short) in st.asked.iter().zip(&st.shortfall) {
                if *asked > 0.0 {
                    into += short[0] + short[1];
                } else {
                    out_of += short[0] + short[1];
                }
            }
            for (from, to, people) in [(partner, "RUS", into), ("RUS", partner, out_of)] {
                if people > 0.0 {
                    out.push(StreamShortfall {
                        key: st.key,
                        from: from.to_string(),
                        to: to.to_string(),
                        people,
                    });
                }
            }
        }
        out
    }

    /// The stream shortfalls worth telling a reader: at least half a person
    /// ([`StreamShortfall::SHOWN`]; balancing leaves rounding dust far below it).
    pub fn shortfall_notes(&self) -> Vec<StreamShortfall> {
        let mut all = self.stream_shortfalls();
        all.retain(|s| s.people >= StreamShortfall::SHOWN);
        all
    }

    /// [`ScenarioResult::stream_shortfalls`] summed per (from, to) pair of countries, in
    /// order of first appearance.
    pub fn shortfalls(&self) -> Vec<(String, String, f64)> {
        let mut out: Vec<(String, String, f64)> = Vec::new();
        for s in self.stream_shortfalls() {
            match out.iter_mut().find(|(f, t, _)| *f == s.from && *t == s.to) {
                Some(e) => e.2 += s.people,
                None => out.push((s.from, s.to, s.people)),
            }
        }
        out
    }

    /// Drop every run's by-age components, keeping what charts read
    /// ([`Projection::drop_age_detail`]), which leaves about a quarter of the memory, for
    /// results kept around.
    pub fn drop_age_detail(&mut self) {
        for c in std::iter::once(&mut self.main).chain(self.linked.iter_mut()) {
            c.projection.drop_age_detail();
        }
    }

    /// People the engine could not remove (out-migrants or deaths beyond a cohort), over
    /// all countries and steps; zero for a sound scenario.
    pub fn unremoved(&self) -> f64 {
        std::iter::once(&self.main)
            .chain(self.linked.iter())
            .map(|c| {
                (0..c.projection.steps())
                    .map(|k| c.projection.unremoved_total(k))
                    .sum::<f64>()
            })
            .sum()
    }
}

/// The UN variant a scenario starts from.
pub fn variant(s: &Scenario) -> Variant {
    s.variant.data()
}

/// Phase-in of a TFR shift in calendar year `y`: the gap between the UN high and low TFR of
/// that year over its largest value (0.5, 0.8, 1 for 2024–28, 2029–33, 2034+).
pub fn tfr_phase<'a>(data: &'a Dataset, iso3: &str) -> impl Fn(i32) -> f64 + 'a {
    let c = data.country(iso3);
    let gap = move |y: i32| {
        c.and_then(|c| c.indicator(y))
            .and_then(|r| Some(r.tfr_high? - r.tfr_low?))
    };
    let full = c
        .map(|c| {
            c.indicators
                .iter()
                .filter_map(|r| Some(r.tfr_high? - r.tfr_low?))
                .fold(0.0f64, f64::max)
        })
        .unwrap_or(0.0);
    move |y| match gap(y) {
        Some(g) if full > 0.0 => crate::num::clamp(g / full, 0.0, 1.0),
        _ => 1.0,
    }
}

/// Whether the reader set a TFR target: a target left at its default (as the query string
/// writes it) is no target, and the fertility lever then keeps the UN path of the country
/// shown, so switching `tfr_mode` alone changes nothing.
fn target_set(table: &ParamTable, s: &Scenario) -> bool {
    table
        .get("tfr_target")
        .is_some_and(|p| p.format(s.tfr_target) != p.format(p.default))
}

/// Applies the levers that act on the country shown; returns the e0 reached per step and
/// the fields of the inputs the levers may have changed. `base_e0` is the e0 of the
/// inputs' own death rates (their cached survival tables), the e0 reached when no e0
/// lever moves.
fn own_levers(
    data: &Dataset,
    table: &ParamTable,
    s: &Scenario,
    iso3: &str,
    inputs: &mut Inputs,
    base_e0: &SurvivalTables,
) -> (Vec<[f64; 2]>, Fields) {
    let mut changed = Fields::NONE;
    if s.mig_scale != 100.0 {
        levers::scale_migration(inputs, s.mig_scale / 100.0);
        changed.mig = true;
    }
    match s.tfr_mode {
        TfrMode::Target => {
            if target_set(table, s) {
                levers::target_tfr(inputs, s.tfr_target, s.tfr_year as i32);
                changed.asfr = true;
            }
        }
        TfrMode::Shift => {
            if s.tfr_shift != 0.0 {
                levers::shift_tfr(inputs, s.tfr_shift, tfr_phase(data, iso3));
                changed.asfr = true;
            }
        }
    }
    if s.e0_m == 0.0 && s.e0_f == 0.0 {
        // No shift: the death rates stay, and so does the e0 of their life tables.
        let e0 = (0..inputs.steps())
            .map(|k| base_e0.e0(k).unwrap_or([0.0; 2]))
            .collect();
        return (e0, changed);
    }
    changed.mx = true;
    (
        levers::shift_e0(inputs, [s.e0_m, s.e0_f], s.e0_year as i32),
        changed,
    )
}

fn baseline(data: &Dataset, iso3: &str, v: Variant) -> Result<Inputs, ScenarioError> {
    let c = data.require_country(iso3)?;
    engine::baseline(c, v).map_err(ScenarioError::from)
}

fn data_error(e: engine::EngineError) -> ScenarioError {
    ScenarioError::Engine(e)
}

/// The UN baseline inputs of one (country, variant), validated once when built, with the
/// survival tables of their death rates, and a scratch copy for the levers to edit (equal
/// to the baseline but in the fields `dirty`), so that a slider move copies only the
/// fields its levers change and recomputes no life table they leave alone.
#[derive(Clone, Debug)]
struct Cached {
    iso3: String,
    variant: Variant,
    base: Inputs,
    tables: SurvivalTables,
    /// `None` while lent to a run (or never made).
    work: Option<Inputs>,
    dirty: Fields,
}

/// Long-lived projection state: the data, its parameter table and figures, and the UN
/// baseline inputs of every (country, variant) already built, so that moving a slider
/// re-runs only the levers and the engine (a widget keeps one of these).
#[derive(Clone, Debug)]
pub struct Projector<'d> {
    data: &'d Dataset,
    table: ParamTable,
    figures: Figures,
    baselines: Vec<Cached>,
}

impl<'d> Projector<'d> {
    pub fn new(data: &'d Dataset) -> Result<Projector<'d>, ScenarioError> {
        let figures = Figures::new(data)?;
        Ok(Projector {
            data,
            table: ParamTable::from_figures(&figures),
            figures,
            baselines: Vec::new(),
        })
    }

    /// The UN baseline inputs of a (country, variant) already built.
    fn cached(&self, iso3: &str, v: Variant) -> Option<&Inputs> {
        self.baselines
            .iter()
            .find(|c| c.iso3 == iso3 && c.variant == v)
            .map(|c| &c.base)
    }

    /// Index of a (country, variant) among the cached baselines, built (and validated)
    /// the first time.
    fn slot(&mut self, iso3: &str, v: Variant) -> Result<usize, ScenarioError> {
        if let Some(i) = self
            .baselines
            .iter()
            .position(|c| c.iso3 == iso3 && c.variant == v)
        {
            return Ok(i);
        }
        let base = baseline(self.data, iso3, v)?;
        base.validate().map_err(data_error)?;
        self.baselines.push(Cached {
            iso3: iso3.to_string(),
            variant: v,
            tables: SurvivalTables::new(&base.mx),
            base,
            work: None,
            dirty: Fields::NONE,
        });
        Ok(self.baselines.len() - 1)
    }

    /// Scratch inputs equal to the baseline of slot `i` (the fields the last run changed
    /// copied back), to be returned with [`Projector::give_back`].
    fn take_work(&mut self, i: usize) -> Option<Inputs> {
        let c = self.baselines.get_mut(i)?;
        Some(match c.work.take() {
            Some(mut w) => {
                w.copy_fields_from(&c.base, c.dirty);
                w
            }
            None => c.base.clone(),
        })
    }

    /// Returns scratch inputs of slot `i` that differ from its baseline in `dirty` only.
    fn give_back(&mut self, i: usize, inputs: Inputs, dirty: Fields) {
        if let Some(c) = self.baselines.get_mut(i) {
            c.work = Some(inputs);
            c.dirty = dirty;
        }
    }

    /// The parameter table.
    pub fn table(&self) -> &ParamTable {
        &self.table
    }

    /// The published figures behind the defaults.
    pub fn figures(&self) -> &Figures {
        &self.figures
    }

    /// The engine's projection of a country's UN WPP 2024 medium inputs, no lever moved
    /// (the baseline [`super::un_comparison`] falls back on where WPP publishes nothing).
    pub fn un_medium(&mut self, iso3: &str) -> Result<Projection, ScenarioError> {
        let iso3 = iso3.trim().to_ascii_uppercase();
        let i = self.slot(&iso3, Variant::Medium)?;
        let c = &self.baselines[i];
        let mut out = Projection::default();
        engine::project_prepared(&c.base, &c.tables, &mut out).map_err(data_error)?;
        Ok(out)
    }

    /// Projects a scenario (see [`project`]).
    pub fn project(&mut self, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
        self.project_opts(s, false, false)
    }

    /// As [`Projector::project`] followed by [`ScenarioResult::drop_age_detail`] (the same
    /// numbers to the bit), but faster: the by-age components are summed as the engine
    /// goes and never stored ([`engine::project_prepared_slim`]). What a chart needs.
    pub fn project_slim(&mut self, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
        self.project_opts(s, false, true)
    }

    /// As [`Projector::project`], also tracking post-base migrants and their descendants
    /// in the country shown ([`ScenarioResult::held`]) when nothing is held.
    pub fn project_tracking(&mut self, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
        self.project_opts(s, true, false)
    }

    fn project_opts(
        &mut self,
        s: &Scenario,
        track: bool,
        slim: bool,
    ) -> Result<ScenarioResult, ScenarioError> {
        Ok(self.project_keep(s, track, slim, false)?.0)
    }

    fn project_keep(
        &mut self,
        s: &Scenario,
        track: bool,
        slim: bool,
        keep: bool,
    ) -> Result<(ScenarioResult, Option<Inputs>), ScenarioError> {
        let mut s = s.clone();
        s.check_choices(&self.table)?;
        let clamps = s.sanitize(&self.table);
        let (mut r, inputs) = project_with(self, &s, track, slim, keep)?;
        r.clamps = clamps;
        Ok((r, inputs))
    }

    /// The dataset projected.
    pub fn data(&self) -> &'d Dataset {
        self.data
    }

    /// As [`Projector::project`], also returning the engine inputs of the country shown as
    /// projected: UN baseline, its levers, the streams as balanced, and the extra migrants
    /// of a hold (labour-migrant profile) added to its net migrants. The probabilistic
    /// bands (`bands`) vary these inputs per trajectory.
    pub fn project_inputs(
        &mut self,
        s: &Scenario,
    ) -> Result<(ScenarioResult, Inputs), ScenarioError> {
        let (r, inputs) = self.project_keep(s, false, false, true)?;
        let mut inputs = inputs.ok_or_else(|| {
            ScenarioError::Internal(format!("no inputs kept for {}", r.main.iso3))
        })?;
        if let Some(h) = &r.held {
            let profile = RogersCastro::LABOUR.profile();
            let flow: Vec<f64> = h.needed.iter().map(|n| n.unwrap_or(0.0)).collect();
            levers::add_flow(&mut inputs, &flow, &profile);
        }
        Ok((r, inputs))
    }
}

/// Projects a scenario: the country shown and every country its streams link to Russia.
/// A choice not in the table (an unknown country or variant) is an error naming it; numbers
/// are brought within the table ([`Scenario::sanitize`]) and the clamps returned in
/// [`ScenarioResult::clamps`], so a value deserialized from elsewhere cannot push NaN or
/// out-of-range numbers into the engine.
/// Builds every baseline afresh; keep a [`Projector`] to reuse them.
pub fn project(data: &Dataset, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
    Projector::new(data)?.project(s)
}

/// As [`project`], also tracking post-base migrants and their descendants in the country
/// shown when the scenario holds nothing ([`Projector::project_tracking`]).
pub fn project_tracking(data: &Dataset, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
    Projector::new(data)?.project_tracking(s)
}

/// The hold a scenario asks for, if any: `hold_level` 0 means the measure's value in
/// `hold_from`.
fn hold_of(s: &Scenario) -> Option<Hold> {
    Some(Hold {
        measure: s.hold.measure()?,
        from: s.hold_from as i32,
        level: (s.hold_level != 0.0).then_some(s.hold_level),
    })
}

/// Re-projects the shown country holding the scenario's measure (extra migrants with the
/// labour-migrant profile), or only tracking post-base migrants.
/// A measure that would need more extra migrants in a year than the rest of the world's
/// population (UN WPP 2024) fails in that year.
fn solve(data: &Dataset, c: &mut Country, hold: Option<Hold>) -> Result<Held, ScenarioError> {
    let profile = RogersCastro::LABOUR.profile();
    let world = world_by_year(data, &c.inputs);
    hold_into(&c.inputs, hold, &profile, &world, &mut c.projection).map_err(ScenarioError::from)
}

/// The world's mid-year population for each year of a projection of `inputs` (index 0 =
/// the base year), as far as the data reach.
pub fn world_by_year(data: &Dataset, inputs: &Inputs) -> Vec<f64> {
    (0..=inputs.steps())
        .map_while(|k| data.world_midyear(inputs.base_year + k as i32))
        .collect()
}

/// One country of a run: its inputs (UN baseline, its own levers, the streams, less the
/// people balancing cut from its inflows) and its projection.
struct Country {
    iso3: String,
    inputs: Inputs,
    projection: Projection,
    /// The projector's cache slot the inputs came from and go back to.
    slot: usize,
    /// The fields of `inputs` that may differ from the cached baseline.
    dirty: Fields,
    /// Survival tables of the inputs' death rates when a lever changed them (`None`: the
    /// cached baseline's).
    tables: Option<SurvivalTables>,
}

impl Country {
    /// Streams are flows into Russia: +1 for Russia, −1 for a partner.
    fn sign(&self) -> f64 {
        if self.iso3 == "RUS" {
            1.0
        } else {
            -1.0
        }
    }
    /// Whether a stream moves people into or out of this country.
    fn touches(&self, st: &Stream) -> bool {
        touches(&self.iso3, st)
    }
}

/// Whether a stream moves people into or out of country `iso3` (Russia: every stream).
fn touches(iso3: &str, st: &Stream) -> bool {
    iso3 == "RUS" || st.partner.as_deref() == Some(iso3)
}

fn project_with(
    pr: &mut Projector<'_>,
    s: &Scenario,
    track: bool,
    slim: bool,
    keep: bool,
) -> Result<(ScenarioResult, Option<Inputs>), ScenarioError> {
    let data = pr.data;
    let v = variant(s);
    let shown = s.country.to_ascii_uppercase();
    let rus_slot = pr.slot("RUS", v)?;
    let mut rus = pr
        .take_work(rus_slot)
        .ok_or(ScenarioError::Internal("no RUS baseline".into()))?;
    let steps = rus.steps();
    let mut streams = streams(&pr.figures, s, steps);
    let war = levers::war_deaths(&mut rus, s.war_deaths, s.war_end as i32);
    let rus_dirty = Fields {
        extra_deaths: s.war_deaths != 0.0,
        ..Fields::NONE
    };

    // Partners: the same people the other way.
    let mut order: Vec<String> = Vec::new();
    for st in &streams {
        if let Some(p) = st.linked_partner() {
            if !order.iter().any(|o| o == p) {
                order.push(p.to_string());
            }
        }
    }
    if shown != "RUS" && !order.contains(&shown) {
        order.push(shown.clone());
    }

    let hold = hold_of(s);
    let solving = hold.is_some() || track;
    let mut held = None;
    let mut e0 = Vec::new();
    let mut countries: Vec<Country> = Vec::with_capacity(order.len() + 1);
    let mut rus = Some(rus);
    for iso in std::iter::once("RUS").chain(order.iter().map(String::as_str)) {
        let (slot, mut inputs, mut dirty) = match rus.take() {
            Some(r) => (rus_slot, r, rus_dirty),
            None => {
                let slot = pr.slot(iso, v)?;
                let inputs = pr
                    .take_work(slot)
                    .ok_or_else(|| ScenarioError::Internal(format!("no {iso} baseline")))?;
                (slot, inputs, Fields::NONE)
            }
        };
        // The shown country's own levers act on its UN inputs only (`mig_scale` scales UN
        // migration, never the streams), so they come before the streams.
        let mut tables = None;
        if iso == shown {
            let base = &pr.baselines[slot].tables;
            let (reached, changed) = own_levers(data, &pr.table, s, iso, &mut inputs, base);
            e0 = reached;
            dirty = dirty.union(changed);
            if changed.mx {
                tables = Some(SurvivalTables::new(&inputs.mx));
            }
        }
        let mut c = Country {
            iso3: iso.to_string(),
            inputs,
            projection: Projection::default(),
            slot,
            dirty,
            tables,
        };
        let sign = c.sign();
        for st in streams.iter().filter(|st| touches(iso, st)) {
            let flow: Vec<f64> = st.asked.iter().map(|f| sign * f).collect();
            levers::add_flow(&mut c.inputs, &flow, &st.profile);
            c.dirty.mig = true;
        }
        // With no linked partner there is nothing to balance: the shown country is solved
        // at once instead of projected twice.
        if solving && iso == shown && order.iter().all(|o| *o == shown) {
            held = Some(solve(pr.data, &mut c, hold)?);
        } else {
            // The baseline passed validation when cached; only what the levers changed is
            // checked again.
            c.inputs.validate_fields(c.dirty).map_err(data_error)?;
            let tables = match &c.tables {
                Some(t) => t,
                None => &pr.baselines[slot].tables,
            };
            // A slim run that emptied a cohort is run again in full: balancing the linked
            // streams reads the out-migrants not removed by age.
            if !slim
                || engine::project_prepared_slim(&c.inputs, tables, &mut c.projection)
                    .map_err(data_error)?
            {
                engine::project_prepared(&c.inputs, tables, &mut c.projection)
                    .map_err(data_error)?;
            }
        }
        countries.push(c);
    }

    // Balance the linked streams only when some out-migrant could not be removed.
    let unbalanced = if countries.iter().any(|c| c.projection.any_unremoved_mig()) {
        balance(pr, s, &mut countries, &mut streams)?
    } else {
        0.0
    };
    // The hold acts on the shown country's inputs as balanced; partners keep theirs.
    if solving && held.is_none() {
        if let Some(c) = countries.iter_mut().find(|c| c.iso3 == shown) {
            held = Some(solve(pr.data, c, hold)?);
        }
    }

    let kept = if keep {
        countries
            .iter()
            .find(|c| c.iso3 == shown)
            .map(|c| c.inputs.clone())
    } else {
        None
    };
    let mut runs: Vec<CountryRun> = countries
        .into_iter()
        .map(|c| {
            let sign = c.sign();
            let mut flow = vec![0.0; steps];
            for st in streams.iter().filter(|st| c.touches(st)) {
                for (a, b) in flow.iter_mut().zip(&st.flow) {
                    *a += sign * b;
                }
            }
            pr.give_back(c.slot, c.inputs, c.dirty);
            let mut projection = c.projection;
            if slim {
                projection.drop_age_detail();
            }
            CountryRun {
                iso3: c.iso3,
                projection,
                stream_flow: flow,
            }
        })
        .collect();
    let pos = runs.iter().position(|r| r.iso3 == shown).unwrap_or(0);
    let main = runs.remove(pos);
    let result = ScenarioResult {
        scenario: s.clone(),
        main,
        linked: runs,
        streams,
        war_deaths: war,
        e0,
        clamps: Vec::new(),
        unbalanced,
        held,
    };
    Ok((result, kept))
}

/// Most rounds of balancing (each re-projects only the countries whose inflows changed).
/// Chains settle in two or three; only two countries sending to each other in the same
/// cohort, both emptied, converge geometrically, and stop here at worst.
const MAX_ROUNDS: usize = 64;

/// Balancing linked streams: people a sending country could not give up (its cohort
/// emptied) do not arrive in the receiving country.
///
/// The engine reports, per step, sex and age, the out-migrants it could not remove
/// ([`Projection::unremoved_mig_m`]). In one such cell of the sender, every removal asked
/// of the cell — UN out-migration (its net migrants when negative) and each stream leaving
/// the country (linked or not) — is short in proportion to its size: stream `j` asked to
/// take `r_j` people out of a cell where `R` removals were asked and `U` not done is short
/// by `U · r_j / R`. Inflows to the cell are applied in full first (they are net of the
/// removals). The receiving country of a linked stream then gets that stream's inflow
/// less exactly its shortfall, same step, sex and age, and is projected again; a receiver
/// that is also a sender may empty further cohorts, so rounds repeat until no shortfall
/// moves by more than 1e-12 of itself (1e-12 thousand at least) or [`MAX_ROUNDS`].
/// Shortfalls only grow from round to round (a cut never adds anyone).
///
/// Sets each stream's `flow` (moved) and `shortfall` (per step and sex); returns the sum
/// over all cells of |sender's shortfall − receiver's cut| left (0 when fully converged).
fn balance(
    pr: &Projector<'_>,
    s: &Scenario,
    countries: &mut [Country],
    streams: &mut [Stream],
) -> Result<f64, ScenarioError> {
    // Linked streams: (stream, partner's index among the countries).
    let links: Vec<(usize, usize)> = streams
        .iter()
        .enumerate()
        .filter_map(|(j, st)| {
            let p = st.linked_partner()?;
            Some((j, countries.iter().position(|c| c.iso3 == p)?))
        })
        .collect();
    if links.is_empty() {
        return Ok(0.0);
    }
    let steps = countries.first().map_or(0, |c| c.inputs.steps());
    // UN net migrants of every country as projected: the cached baseline, times the
    // `mig_scale` factor in the country shown (the very product `own_levers` made).
    let shown = s.country.to_ascii_uppercase();
    let v = variant(s);
    let un: Vec<Un<'_>> = countries
        .iter()
        .map(|c| Un {
            mig: pr.cached(&c.iso3, v).map(|i| i.mig.as_slice()),
            factor: if c.iso3 == shown && s.mig_scale != 100.0 {
                s.mig_scale / 100.0
            } else {
                1.0
            },
        })
        .collect();
    // Each country's net migrants as asked, kept for a step once it is first cut.
    let mut asked: Vec<Cells> = vec![Vec::new(); countries.len()];
    let mut cut: Vec<Cells> = vec![Vec::new(); links.len()];
    let receiver = |st: &Stream, k: usize, partner: usize| {
        if st.asked.get(k).copied().unwrap_or(0.0) > 0.0 {
            0
        } else {
            partner
        }
    };
    let mut unbalanced = 0.0;
    for round in 0..=MAX_ROUNDS {
        let short = shortfalls(countries, streams, &links, &un, steps);
        let mut changed = vec![false; countries.len()];
        let mut gap = 0.0;
        for ((&(j, p), new), old) in links.iter().zip(&short).zip(&cut) {
            let Some(st) = streams.get(j) else { continue };
            if new.is_empty() && old.is_empty() {
                continue;
            }
            const ZERO: BySexAge = [[0.0; AGES]; 2];
            for k in 0..steps {
                if !matches!(st.asked.get(k), Some(a) if *a != 0.0) {
                    continue; // no flow, no shortfall
                }
                let (n, o) = (cell(new, k), cell(old, k));
                if n.is_none() && o.is_none() {
                    continue;
                }
                let (n, o) = (n.unwrap_or(&ZERO), o.unwrap_or(&ZERO));
                let (mut most, mut big) = (0.0f64, 1.0f64);
                for (a, b) in n.as_flattened().iter().zip(o.as_flattened()) {
                    let d = (a - b).abs();
                    gap += d;
                    most = if d > most { d } else { most };
                    big = if *a > big { *a } else { big };
                }
                if most > 1e-12 * big {
                    if let Some(c) = changed.get_mut(receiver(st, k, p)) {
                        *c = true;
                    }
                }
            }
        }
        unbalanced = gap;
        if round == MAX_ROUNDS || !changed.contains(&true) {
            break;
        }
        cut = short;
        for (ci, (c, a)) in countries.iter_mut().zip(asked.iter_mut()).enumerate() {
            if !changed.get(ci).copied().unwrap_or(false) {
                continue;
            }
            // Every step this country receives a cut stream in: the asked net migrants
            // less every cut of the step.
            let ro: &[Stream] = streams;
            let cuts_at = |k: usize| {
                links.iter().zip(&cut).filter_map(move |(&(j, p), cj)| {
                    let st = ro.get(j)?;
                    (receiver(st, k, p) == ci).then(|| cell(cj, k)).flatten()
                })
            };
            for (k, m) in c.inputs.mig.iter_mut().enumerate() {
                let kept = a.get(k).is_some_and(Option::is_some);
                if !kept && cuts_at(k).next().is_none() {
                    continue;
                }
                if a.is_empty() {
                    a.resize_with(steps, || None);
                }
                c.dirty.mig = true;
                let Some(slot) = a.get_mut(k) else { continue };
                *m = **slot.get_or_insert_with(|| Box::new(*m));
                for cu in cuts_at(k) {
                    for (mv, cv) in m.as_flattened_mut().iter_mut().zip(cu.as_flattened()) {
                        *mv -= cv;
                    }
                }
            }
            engine::project_into(&c.inputs, &mut c.projection).map_err(ScenarioError::from)?;
        }
    }
    // What moved: each linked stream less the people cut from its receiver.
    for (&(j, _), cj) in links.iter().zip(&cut) {
        let Some(st) = streams.get_mut(j) else {
            continue;
        };
        for (k, cu) in cj.iter().enumerate() {
            let Some(cu) = cu else { continue };
            let by_sex = [cu[0].iter().sum::<f64>(), cu[1].iter().sum::<f64>()];
            let (Some(sf), Some(a), Some(f)) =
                (st.shortfall.get_mut(k), st.asked.get(k), st.flow.get_mut(k))
            else {
                continue;
            };
            *sf = by_sex;
            *f = a - a.signum() * (by_sex[0] + by_sex[1]);
        }
    }
    Ok(unbalanced)
}

/// Per step, by sex and age, thousands: empty, or one entry a step that is `None` while all
/// zero (most streams and steps never fall short; skipping them keeps balancing cheap).
type Cells = Vec<Option<Box<BySexAge>>>;

/// Step `k` of some cells, if not all zero.
fn cell(c: &Cells, k: usize) -> Option<&BySexAge> {
    c.get(k).and_then(|b| b.as_deref())
}

/// One country's UN net migrants as projected: `factor · mig`.
struct Un<'a> {
    mig: Option<&'a [BySexAge]>,
    factor: f64,
}

/// Each linked stream's shortfall by step, sex and age in the current projections of its
/// senders (see [`balance`]).
fn shortfalls(
    countries: &[Country],
    streams: &[Stream],
    links: &[(usize, usize)],
    un: &[Un<'_>],
    steps: usize,
) -> Vec<Cells> {
    let mut out: Vec<Cells> = vec![Vec::new(); links.len()];
    for (ci, c) in countries.iter().enumerate() {
        if !c.projection.any_unremoved_mig() {
            continue;
        }
        let sign = c.sign();
        let own: Vec<&Stream> = streams.iter().filter(|st| c.touches(st)).collect();
        let un = un.get(ci);
        for k in 0..steps {
            // Only a step in which some linked stream leaves this country can be short.
            let leaving = |st: &Stream| sign * st.asked.get(k).copied().unwrap_or(0.0) < 0.0;
            let any = links
                .iter()
                .any(|&(j, p)| (ci == 0 || ci == p) && streams.get(j).is_some_and(leaving));
            if !any {
                continue;
            }
            for sex in 0..2 {
                let Some(u) = c.projection.unremoved_mig(k, sex) else {
                    continue;
                };
                for (x, &u) in u.iter().enumerate() {
                    if u <= 0.0 {
                        continue;
                    }
                    let into = |st: &Stream| {
                        sign * st.asked.get(k).copied().unwrap_or(0.0) * st.profile[sex][x]
                    };
                    let un_out = un
                        .and_then(|un| Some(un.factor * un.mig?.get(k)?[sex][x]))
                        .map_or(0.0, |m| (-m).max(0.0));
                    let removals = un_out + own.iter().map(|st| (-into(st)).max(0.0)).sum::<f64>();
                    if removals <= 0.0 {
                        continue;
                    }
                    for (&(j, p), o) in links.iter().zip(out.iter_mut()) {
                        let Some(st) = streams.get(j) else { continue };
                        if ci != 0 && ci != p {
                            continue;
                        }
                        let r = -into(st);
                        if r > 0.0 {
                            if o.is_empty() {
                                o.resize_with(steps, || None);
                            }
                            if let Some(slot) = o.get_mut(k) {
                                let cell = slot.get_or_insert_with(|| Box::new([[0.0; AGES]; 2]));
                                cell[sex][x] = (u * (r / removals)).min(r);
                            }
                        }
                    }
                }
            }
        }
    }
    out
}
