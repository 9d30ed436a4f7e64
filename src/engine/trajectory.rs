//! One trajectory of a Monte Carlo run (the probabilistic bands of `scenario::bands`): the
//! slim projection of [`super::project_prepared_slim`] with each step's fertility scaled,
//! its survival factors given by the caller (read off tables it keeps) and net migrants
//! added in proportion to the trajectory's own population at the start of the step. Nothing
//! is allocated once `out` has the steps, and no input is validated again: the inputs must
//! have passed [`Inputs::validate`] (the variations are checked: finite, non-negative
//! fertility factor, finite migrants within the engine's bounds).

use super::project::{age_sum, slim_sex_step, step_core, StepRates};
use super::{BySexAge, EngineError, Inputs, Projection, AGES, MAX_COUNT};

/// How one step of a trajectory differs from its inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variation {
    /// Factor on the step's fertility rates (1: as in the inputs).
    pub fertility: f64,
    /// Life expectancy at birth of the survival factors given, `[male, female]` (recorded).
    pub e0: [f64; 2],
    /// Net migrants added to the step's, thousands, with the profile given.
    pub added: f64,
}

/// Projects `inputs` (validated) into `out` as [`super::project_prepared_slim`] does, but
/// step `k` asks `vary(k, total, survival)` — `total` the population at the start of the
/// step, both sexes — which fills `survival` (`[sex][age at the end]`, as
/// [`super::lifetable::survival`] gives them) and says how fertility and migration differ.
/// With fertility factor 1, nothing added and the inputs' own survival factors, the
/// populations are those of [`super::project_prepared_slim`] to the bit.
pub fn project_varied(
    inputs: &Inputs,
    profile: &BySexAge,
    out: &mut Projection,
    mut vary: impl FnMut(usize, f64, &mut BySexAge) -> Variation,
) -> Result<(), EngineError> {
    inputs.validate_shape()?;
    let steps = inputs.steps();
    out.base_year = inputs.base_year;
    out.resize_slim(steps);
    if let (Some(m), Some(f)) = (out.pop_count_m.first_mut(), out.pop_count_f.first_mut()) {
        *m = inputs.pop_base[0];
        *f = inputs.pop_base[1];
    }
    let mut totals = out.step_totals.take().unwrap_or_default();
    totals.deaths.resize(steps, 0.0);
    totals.net_migration.resize(steps, 0.0);
    let mut scratch = [[[0.0f64; AGES]; 3]; 2];
    let mut surv = [[0.0f64; AGES]; 2];
    let mut asfr = [0.0f64; AGES];
    let mut mig = [[0.0f64; AGES]; 2];
    let Projection {
        pop_count_m,
        pop_count_f,
        births_m,
        births_f,
        extra_death_count,
        unremoved,
        e0_m,
        e0_f,
        ..
    } = out;
    for (k, (((step_mig, extra), base_asfr), &srb)) in inputs
        .mig
        .iter()
        .zip(&inputs.extra_deaths)
        .zip(&inputs.asfr)
        .zip(&inputs.srb)
        .enumerate()
    {
        let total = match (pop_count_m.get(k), pop_count_f.get(k)) {
            (Some(m), Some(f)) => age_sum(m) + age_sum(f),
            _ => break,
        };
        let v = vary(k, total, &mut surv);
        let bad = |field, value, why| EngineError::BadInput {
            field,
            step: k,
            sex: None,
            age: None,
            value,
            why,
        };
        if !(v.fertility.is_finite() && v.fertility >= 0.0) {
            return Err(bad(
                "fertility factor",
                v.fertility,
                "must be finite and non-negative",
            ));
        }
        if !(v.added.is_finite() && v.added.abs() <= MAX_COUNT) {
            return Err(bad(
                "added migrants",
                v.added,
                "must be finite, within ±1e9 thousand",
            ));
        }
        for (a, b) in asfr.iter_mut().zip(base_asfr) {
            *a = b * v.fertility;
        }
        let mig = if v.added == 0.0 {
            step_mig
        } else {
            for ((m, b), p) in mig.iter_mut().zip(step_mig).zip(profile) {
                for ((m, b), p) in m.iter_mut().zip(b).zip(p) {
                    *m = b + v.added * p;
                }
            }
            &mig
        };
        let rates = StepRates {
            surv: &surv,
            e0: v.e0,
            asfr: &asfr,
            srb,
        };
        let [sm, sf] = &mut scratch;
        let (Some(m), Some(f)) = (
            slim_sex_step(pop_count_m, sm, k),
            slim_sex_step(pop_count_f, sf, k),
        ) else {
            break;
        };
        let (b, removal) = step_core([m, f], &rates, mig, extra);
        let scalars = (
            births_m.get_mut(k),
            births_f.get_mut(k),
            e0_m.get_mut(k),
            e0_f.get_mut(k),
            unremoved.get_mut(k),
            extra_death_count.get_mut(k),
            totals.deaths.get_mut(k),
            totals.net_migration.get_mut(k),
        );
        if let (Some(bm), Some(bf), Some(em), Some(ef), Some(un), Some(xd), Some(d), Some(n)) =
            scalars
        {
            (*bm, *bf, *em, *ef) = (b[0], b[1], v.e0[0], v.e0[1]);
            *un = [removal[0][0], removal[1][0]];
            *xd = [removal[0][1], removal[1][1]];
            let [[dm, nm, _], [df, nf, _]] = &scratch;
            *d = age_sum(dm) + age_sum(df);
            *n = age_sum(nm) + age_sum(nf);
        }
    }
    out.step_totals = Some(totals);
    Ok(())
}
