//! Replacement migration: the extra net migrants needed each year to hold a measure of the
//! population at a level (UN Population Division, *Replacement Migration*, 2000). With
//! `hold=MEASURE`, each annual step from mid-year `hold_from` adds, on top of everything
//! the scenario already has, the extra net migrants (age–sex profile of the labour-migrant
//! schedule; negative = emigration) that put the measure back at the level at the end of
//! the step. The level is `hold_level`, or the measure's value at `hold_from` when it is 0.
//!
//! Exactness: a step is affine in its extra migrants `x` as long as no cohort empties (half
//! join at the start and share the cohort's survival and, for women, its births; half join
//! at the end), so the end population is `P(0) + x·U`, where `P(0)` is the step as the
//! scenario has it and `U` the step's linear response to one thousand migrants of the
//! profile ([`Stepper::linear`]). A sum over ages is then solved exactly by one division,
//! the support ratio `W/O = L` (20–64 per 65+) as `W0 + x·Wu = L·(O0 + x·Ou)`. The step is
//! committed as `P(0) + x·U` when that is exact (`x ≥ 0`, nothing clamped), otherwise
//! re-run at `x` (and corrected a few times if emigration empties cohorts). So two
//! evaluations per step, and the held measure equals the level to rounding.
//!
//! A measure that cannot be held is reported with the first mid-year it cannot be at the
//! level ([`HoldFailure`]): a level not above zero, extra migrants that would not move it
//! (a support ratio above what the migrants themselves bring), more extra migrants in one
//! year than there are people in the rest of the world (UN WPP 2024's world population at
//! the start of the step less the country's own), or emigration that would need more
//! people of some age than there are. From that step on no extra migrants are added.
//!
//! Post-base migrants and their descendants ([`Held::origin`]): as the UN report counts
//! them, every net migrant after the base year — UN WPP's net migration as the scenario
//! keeps it, the scenario's streams, and the extra migrants — with their births and deaths
//! at the same rates. It is computed as a second population that starts at zero and
//! receives only those migrants ([`Stepper::linear`]), so that it is exactly the scenario
//! less the same scenario without any migration after the base year (the "native"
//! population, which keeps the extra deaths). Where net migration of an age is negative
//! (more left than came), it reduces this population: it is the population owed to
//! migration, not a count of foreign-born people.

use serde::Serialize;

use crate::engine::{
    BySexAge, EngineError, Inputs, Projection, Response, Stepper, AGES, MAX_COUNT,
};

pub use super::measure::{Measure, HOLD_MEASURES};

/// What to hold: a measure, from mid-year `from`, at `level` (`None`: the measure's value
/// in `from`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hold {
    pub measure: Measure,
    pub from: i32,
    pub level: Option<f64>,
}

/// Why a measure cannot be held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldFailureKind {
    /// The level is zero or below (or the measure has no value in `from`).
    LevelNotPositive,
    /// Adding migrants of the profile would not move the measure towards the level (a
    /// support ratio above the one the migrants bring).
    MigrantsCannotReach,
    /// More extra migrants in one year than there are people in the rest of the world.
    MoreThanTheWorld,
    /// The emigration needed would take more people of some age than there are.
    CohortsEmpty,
}

/// The first mid-year a measure cannot be at its level, and why.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct HoldFailure {
    pub year: i32,
    pub kind: HoldFailureKind,
}

impl HoldFailure {
    /// The failure as a catalog text (`hold-fail` with a `hold-fail-*` reason).
    pub fn text(&self) -> crate::i18n::Text {
        let why = match self.kind {
            HoldFailureKind::LevelNotPositive => "hold-fail-level",
            HoldFailureKind::MigrantsCannotReach => "hold-fail-cannot-reach",
            HoldFailureKind::MoreThanTheWorld => "hold-fail-world",
            HoldFailureKind::CohortsEmpty => "hold-fail-cohorts",
        };
        crate::i18n::Text::new("hold-fail")
            .arg("year", self.year)
            .arg("why", crate::i18n::Arg::msg(why))
    }

    /// The failure in words, in the language `lang` (the catalogs' `hold-fail-*`).
    pub fn message(&self, lang: &str) -> String {
        self.text().in_lang(lang)
    }
}

/// What the solver found for the country shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Held {
    /// The measure held (`None`: nothing held, post-base migrants tracked only).
    pub measure: Option<Measure>,
    /// Mid-year the hold starts.
    pub from: i32,
    /// The level held (0 when nothing is held).
    pub level: f64,
    /// Extra net migrants per step (from mid-year `base + k` to `base + k + 1`), thousands:
    /// `Some` in every step held, `None` before `from` and from a failure on.
    pub needed: Vec<Option<f64>>,
    /// Post-base migrants and their descendants per year (as the projection's years),
    /// thousands, both sexes (see the module notes).
    pub origin: Vec<f64>,
    /// The first year the measure cannot be held, if any.
    pub failure: Option<HoldFailure>,
}

impl Held {
    /// The share of post-base migrants and their descendants in the population of year
    /// index `i` (`None` out of range or for an empty population).
    pub fn origin_share(&self, p: &Projection, i: usize) -> Option<f64> {
        let t = p.total(i);
        let o = self.origin.get(i)?;
        (t > 0.0 && i < p.years()).then(|| o / t)
    }
}

/// Projects `inputs` into `out` holding `hold` (if any) with extra migrants of `profile`
/// (shares by sex and age at the end of the step; the extra amount is in units of the
/// profile's sum), tracking post-base migrants and their descendants. `world` is the
/// world's population at mid-year of each projection year (index 0 = the base year),
/// thousands: a step needing more extra migrants than the world less the country holds
/// fails with [`HoldFailureKind::MoreThanTheWorld`] (years past its end: the engine's
/// bound [`MAX_COUNT`] only). With `hold = None` the projection is exactly
/// [`crate::engine::project_into`]'s.
pub fn hold_into(
    inputs: &Inputs,
    hold: Option<Hold>,
    profile: &BySexAge,
    world: &[f64],
    out: &mut Projection,
) -> Result<Held, EngineError> {
    // The old-age dependency is the reciprocal of the support ratio: holding one at L
    // holds the other at 1/L (the solver's equations assume migrants raise the measure).
    let hold = hold.map(|h| match h.measure {
        Measure::OldAgeDependency => Hold {
            measure: Measure::SupportRatio,
            from: h.from,
            level: h.level.map(|l| if l > 0.0 { 1.0 / l } else { l }),
        },
        _ => h,
    });
    let steps = inputs.steps();
    let mut st = Stepper::new(inputs, out)?;
    let from = hold.map_or(inputs.base_year, |h| h.from);
    let from_k = usize::try_from(i64::from(from) - i64::from(inputs.base_year)).unwrap_or(0);
    let mut held = Held {
        measure: hold.map(|h| h.measure),
        from,
        level: 0.0,
        needed: vec![None; steps],
        origin: Vec::with_capacity(steps + 1),
        failure: None,
    };
    held.origin.push(0.0);
    let mut origin: BySexAge = [[0.0; AGES]; 2];
    let (mut unit, mut moved) = (Response::zero(), Response::zero());
    const ZERO: BySexAge = [[0.0; AGES]; 2];
    while !st.done() {
        let k = st.step();
        if k == from_k {
            if let Some(h) = hold {
                let at_from = h.measure.of(st.projection(), k).unwrap_or(0.0);
                held.level = h.level.unwrap_or(at_from);
                if !(held.level > 0.0 && held.level.is_finite()) {
                    held.failure = Some(HoldFailure {
                        year: inputs.base_year + k as i32,
                        kind: HoldFailureKind::LevelNotPositive,
                    });
                }
            }
        }
        st.run(0.0, profile)?;
        let mig = inputs.mig.get(k).unwrap_or(&ZERO);
        st.linear(&origin, mig, &mut moved);
        let mut x = 0.0;
        if let (Some(h), None, true) = (hold, held.failure, k >= from_k) {
            st.linear(&ZERO, profile, &mut unit);
            let others = world.get(k).map_or(MAX_COUNT, |w| {
                (w - st.projection().total(k)).clamp(0.0, MAX_COUNT)
            });
            match solve_step(&mut st, h.measure, held.level, &unit, profile, others) {
                Ok(v) => {
                    x = v;
                    held.needed[k] = Some(v);
                }
                Err(kind) => {
                    st.run(0.0, profile)?;
                    held.failure = Some(HoldFailure {
                        year: inputs.base_year + k as i32 + 1,
                        kind,
                    });
                }
            }
        }
        let mut total = 0.0;
        for (o, (m, u)) in origin.iter_mut().zip(moved.end.iter().zip(&unit.end)) {
            for a in 0..AGES {
                o[a] = m[a] + x * u[a];
                total += o[a];
            }
        }
        held.origin.push(total);
        st.next();
    }
    Ok(held)
}

/// Most re-runs of a step whose emigration empties cohorts (the step is then not affine).
const MAX_RERUNS: usize = 6;

/// The extra migrants `x` of the current step that bring `m` to `level` at its end, the
/// step left run (or corrected) at `x`; `unit` is the step's linear response to one unit
/// of `profile`; more than `others` (the people outside the country) cannot come.
fn solve_step(
    st: &mut Stepper<'_>,
    m: Measure,
    level: f64,
    unit: &Response,
    profile: &BySexAge,
    others: f64,
) -> Result<f64, HoldFailureKind> {
    let too_many = |x: f64| x.is_nan() || x > others || x < -MAX_COUNT;
    let k = st.step();
    let end = |st: &Stepper<'_>| -> (f64, f64) {
        let p = st.projection();
        match (p.pop(k + 1, 0), p.pop(k + 1, 1)) {
            (Some(a), Some(b)) => m.parts([a, b]),
            _ => (0.0, 0.0),
        }
    };
    let (n0, d0) = end(st);
    // The response's own parts; a count's denominator is the constant 1, which migrants
    // do not move.
    let (nu, du) = match m.parts([&unit.end[0], &unit.end[1]]) {
        (n, _) if !m.is_ratio() => (n, 0.0),
        nd => nd,
    };
    // n0 + x·nu = level·(d0 + x·du)
    let slope = nu - level * du;
    let gap = level * d0 - n0;
    if gap == 0.0 {
        return Ok(0.0);
    }
    if slope.is_nan() || slope <= 0.0 {
        return Err(HoldFailureKind::MigrantsCannotReach);
    }
    let mut x = gap / slope;
    if too_many(x) {
        return Err(HoldFailureKind::MoreThanTheWorld);
    }
    let clamped0 = st.unremoved();
    if x >= 0.0 && clamped0 == 0.0 && profile.iter().flatten().all(|v| *v >= 0.0) {
        st.add_response(x, unit, profile);
        return Ok(x);
    }
    for _ in 0..MAX_RERUNS {
        st.run(x, profile)
            .map_err(|_| HoldFailureKind::MoreThanTheWorld)?;
        let (n, d) = end(st);
        let off = n - level * d;
        if off.abs() <= 1e-9 * (level * d).abs() {
            if st.unremoved() > clamped0 + 1e-9 {
                return Err(HoldFailureKind::CohortsEmpty);
            }
            return Ok(x);
        }
        x -= off / slope;
        if too_many(x) {
            return Err(HoldFailureKind::MoreThanTheWorld);
        }
    }
    Err(HoldFailureKind::CohortsEmpty)
}
