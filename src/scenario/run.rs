//! Running a scenario: UN WPP 2024 baseline inputs for every country the scenario touches,
//! levers applied to those inputs, one engine projection each. Fertility, survival and the
//! scale of UN net migration act on the country shown; war deaths act on Russia; every
//! migration stream adds its people to Russia and takes the same people, with the same
//! age–sex profile, from its partner (or the reverse), so one slider moves both countries.

use crate::data::{Dataset, Variant};
use crate::engine::{self, Inputs, Projection};

use super::error::ScenarioError;
use super::figures::Figures;
use super::levers;
use super::params::ParamTable;
use super::query::{Clamp, Scenario};
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
}

impl ScenarioResult {
    /// The run of a country (shown or linked).
    pub fn country(&self, iso3: &str) -> Option<&CountryRun> {
        std::iter::once(&self.main)
            .chain(self.linked.iter())
            .find(|c| c.iso3.eq_ignore_ascii_case(iso3))
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
    match s.variant.as_str() {
        "low" => Variant::Low,
        "high" => Variant::High,
        _ => Variant::Medium,
    }
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
        Some(g) if full > 0.0 => (g / full).clamp(0.0, 1.0),
        _ => 1.0,
    }
}

/// Applies the levers that act on the country shown.
fn own_levers(data: &Dataset, s: &Scenario, iso3: &str, inputs: &mut Inputs) -> Vec<[f64; 2]> {
    if s.mig_scale != 100.0 {
        levers::scale_migration(inputs, s.mig_scale / 100.0);
    }
    match s.tfr_mode.as_str() {
        "target" => levers::target_tfr(inputs, s.tfr_target, s.tfr_year as i32),
        _ => {
            if s.tfr_shift != 0.0 {
                levers::shift_tfr(inputs, s.tfr_shift, tfr_phase(data, iso3));
            }
        }
    }
    levers::shift_e0(inputs, [s.e0_m, s.e0_f], s.e0_year as i32)
}

fn baseline(data: &Dataset, iso3: &str, v: Variant) -> Result<Inputs, ScenarioError> {
    let c = data.require_country(iso3)?;
    engine::baseline(c, v).map_err(|e| ScenarioError::Data(e.to_string()))
}

fn run(inputs: &Inputs) -> Result<Projection, ScenarioError> {
    engine::project(inputs).map_err(|e| ScenarioError::Data(e.to_string()))
}

/// Long-lived projection state: the data, its parameter table and figures, and the UN
/// baseline inputs of every (country, variant) already built, so that moving a slider
/// re-runs only the levers and the engine (a widget keeps one of these).
#[derive(Clone, Debug)]
pub struct Projector<'d> {
    data: &'d Dataset,
    table: ParamTable,
    figures: Figures,
    baselines: Vec<((String, Variant), Inputs)>,
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

    /// The parameter table.
    pub fn table(&self) -> &ParamTable {
        &self.table
    }

    /// The published figures behind the defaults.
    pub fn figures(&self) -> &Figures {
        &self.figures
    }

    fn baseline(&mut self, iso3: &str, v: Variant) -> Result<Inputs, ScenarioError> {
        if let Some((_, i)) = self
            .baselines
            .iter()
            .find(|((c, w), _)| c == iso3 && *w == v)
        {
            return Ok(i.clone());
        }
        let i = baseline(self.data, iso3, v)?;
        self.baselines.push(((iso3.to_string(), v), i.clone()));
        Ok(i)
    }

    /// Projects a scenario (see [`project`]).
    pub fn project(&mut self, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
        let mut s = s.clone();
        s.check_choices(&self.table)?;
        let clamps = s.sanitize(&self.table);
        let mut r = project_with(self, &s)?;
        r.clamps = clamps;
        Ok(r)
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

fn project_with(pr: &mut Projector<'_>, s: &Scenario) -> Result<ScenarioResult, ScenarioError> {
    let data = pr.data;
    let v = variant(s);
    let shown = s.country.to_ascii_uppercase();
    let mut rus = pr.baseline("RUS", v)?;
    let steps = rus.steps();
    let streams = streams(&pr.figures, s, steps);

    // Russia: war deaths and every stream.
    let war = levers::war_deaths(&mut rus, s.war_deaths, s.war_end as i32);
    let mut rus_flow = vec![0.0; steps];
    for st in &streams {
        levers::add_flow(&mut rus, &st.flow, &st.profile);
        for (a, b) in rus_flow.iter_mut().zip(&st.flow) {
            *a += b;
        }
    }

    // Partners: the same people the other way.
    let mut order: Vec<String> = Vec::new();
    for st in &streams {
        if let Some(p) = &st.partner {
            if !order.contains(p) && p != "RUS" {
                order.push(p.clone());
            }
        }
    }
    if shown != "RUS" && !order.contains(&shown) {
        order.push(shown.clone());
    }

    let mut e0 = Vec::new();
    let mut runs: Vec<CountryRun> = Vec::new();
    if shown == "RUS" {
        e0 = own_levers(data, s, "RUS", &mut rus);
    }
    runs.push(CountryRun {
        iso3: "RUS".into(),
        projection: run(&rus)?,
        stream_flow: rus_flow,
    });
    for iso in &order {
        let mut inp = pr.baseline(iso, v)?;
        let mut flow = vec![0.0; inp.steps()];
        for st in streams
            .iter()
            .filter(|st| st.partner.as_deref() == Some(iso))
        {
            let neg: Vec<f64> = st.flow.iter().map(|f| -f).collect();
            levers::add_flow(&mut inp, &neg, &st.profile);
            for (a, b) in flow.iter_mut().zip(&neg) {
                *a += b;
            }
        }
        if *iso == shown {
            e0 = own_levers(data, s, iso, &mut inp);
        }
        runs.push(CountryRun {
            iso3: iso.clone(),
            projection: run(&inp)?,
            stream_flow: flow,
        });
    }
    let pos = runs.iter().position(|r| r.iso3 == shown).unwrap_or(0);
    let main = runs.remove(pos);
    Ok(ScenarioResult {
        scenario: s.clone(),
        main,
        linked: runs,
        streams,
        war_deaths: war,
        e0,
        clamps: Vec::new(),
    })
}
