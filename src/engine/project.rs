//! The annual cohort-component step and the [`Projection`] it fills: each step ages every
//! single-year cohort by its life-table survival factor, adds net migrants half at the
//! start and half at the end of the step, removes extra deaths, and adds the births of the
//! step (survived with the infant factor `L0/l0`). Every step records its components so
//! that `pop(t+1) = pop(t) + births - deaths + net migration` holds per sex.

use super::lifetable::{survival, SurvivalTables};
use super::{BySexAge, EngineError, Inputs, AGES};

/// The result of one projection, in ccmppWPP's names. Years are mid-year (1 July)
/// `base_year ..= base_year + steps`; per-step series refer to the step from mid-year
/// `base_year + k` to mid-year `base_year + k + 1`. Counts in thousands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projection {
    pub base_year: i32,
    /// Male population by single age 0..=100+, one per year (`steps + 1`).
    pub pop_count_m: Vec<[f64; AGES]>,
    /// Female population by single age 0..=100+, one per year (`steps + 1`).
    pub pop_count_f: Vec<[f64; AGES]>,
    /// Male births during each step.
    pub births_m: Vec<f64>,
    /// Female births during each step.
    pub births_f: Vec<f64>,
    /// Male deaths during each step by cohort, indexed by the cohort's age at the end of
    /// the step (0 = born during the step; 100 = aged 99 or 100+ at the start). Includes the
    /// extra deaths actually removed.
    pub death_count_m: Vec<[f64; AGES]>,
    /// Female deaths, as `death_count_m`.
    pub death_count_f: Vec<[f64; AGES]>,
    /// Male net migrants actually applied during each step, by age at the end of the step.
    pub mig_net_count_m: Vec<[f64; AGES]>,
    /// Female net migrants actually applied, as `mig_net_count_m`.
    pub mig_net_count_f: Vec<[f64; AGES]>,
    /// Extra deaths actually removed during each step (part of `death_count_*`), per sex
    /// `[male, female]`.
    pub extra_death_count: Vec<[f64; 2]>,
    /// People the inputs asked to remove (out-migrants, extra deaths) who were not there
    /// because the cohort was already empty, per step and sex `[male, female]`.
    pub unremoved: Vec<[f64; 2]>,
    /// Male out-migrants the inputs asked to remove who were not there (cohort empty), by
    /// step and age at the end of the step: the migration part of `unremoved`, so that
    /// `mig_net_count_m = mig + unremoved_mig_m` cell by cell (up to rounding). Exactly zero
    /// wherever no cohort was clamped.
    pub unremoved_mig_m: Vec<[f64; AGES]>,
    /// Female out-migrants not removed, as `unremoved_mig_m`.
    pub unremoved_mig_f: Vec<[f64; AGES]>,
    /// Life expectancy at birth of each step's single-age life table, male.
    pub e0_m: Vec<f64>,
    /// Life expectancy at birth of each step's single-age life table, female.
    pub e0_f: Vec<f64>,
    /// Deaths and net migrants of both sexes per step, kept when the by-age components
    /// are dropped ([`Projection::drop_age_detail`]); `None` while they are there.
    pub step_totals: Option<StepTotals>,
}

/// Deaths and net migrants of both sexes per step, as [`Projection::deaths`] and
/// [`Projection::net_migration`] sum them from the by-age components.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepTotals {
    pub deaths: Vec<f64>,
    pub net_migration: Vec<f64>,
}

/// One sex's components of one projection step ([`Projection::step`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepComponents<'a> {
    /// Births during the step.
    pub births: f64,
    /// Deaths by cohort (age at the end of the step), extra deaths included.
    pub death_count: &'a [f64; AGES],
    /// Net migrants applied, by age at the end of the step.
    pub mig_net_count: &'a [f64; AGES],
}

impl Projection {
    /// Number of steps.
    pub fn steps(&self) -> usize {
        self.births_m.len()
    }
    /// Number of years (steps + 1).
    pub fn years(&self) -> usize {
        self.pop_count_m.len()
    }
    /// Mid-year calendar year of year index `i`.
    pub fn year(&self, i: usize) -> i32 {
        self.base_year + i as i32
    }
    /// Index of a calendar year, if projected.
    pub fn index_of(&self, year: i32) -> Option<usize> {
        let i = usize::try_from(year - self.base_year).ok()?;
        (i < self.years()).then_some(i)
    }
    /// Population by age of one sex (0 = male) in year index `i`.
    pub fn pop(&self, i: usize, sex: usize) -> Option<&[f64; AGES]> {
        if sex == 0 {
            self.pop_count_m.get(i)
        } else {
            self.pop_count_f.get(i)
        }
    }
    /// What changed one sex's population (0 = male) during step `k`: the terms of
    /// `pop(k + 1) = pop(k) + births − deaths + net migrants` (cohorts by age at the end of
    /// the step).
    pub fn step(&self, k: usize, sex: usize) -> Option<StepComponents<'_>> {
        let (births, deaths, mig) = if sex == 0 {
            (&self.births_m, &self.death_count_m, &self.mig_net_count_m)
        } else {
            (&self.births_f, &self.death_count_f, &self.mig_net_count_f)
        };
        Some(StepComponents {
            births: *births.get(k)?,
            death_count: deaths.get(k)?,
            mig_net_count: mig.get(k)?,
        })
    }
    /// Total population (both sexes) in year index `i`; 0 when out of range.
    pub fn total(&self, i: usize) -> f64 {
        self.sum_ages(i, 0, AGES - 1)
    }
    /// Population of both sexes aged `from..=to` (100 = 100+) in year index `i`.
    pub fn sum_ages(&self, i: usize, from: usize, to: usize) -> f64 {
        let to = to.min(AGES - 1);
        let mut s = 0.0;
        for sex in 0..2 {
            if let Some(p) = self.pop(i, sex) {
                if from <= to {
                    s += p[from..=to].iter().sum::<f64>();
                }
            }
        }
        s
    }
    /// Population aged 20–64 in year index `i`.
    pub fn pop_20_64(&self, i: usize) -> f64 {
        self.sum_ages(i, 20, 64)
    }
    /// Population aged 65+ in year index `i`.
    pub fn pop_65_plus(&self, i: usize) -> f64 {
        self.sum_ages(i, 65, AGES - 1)
    }
    /// Old-age dependency ratio 65+ / 20–64 in year index `i` (0 when nobody is 20–64).
    pub fn old_age_dependency(&self, i: usize) -> f64 {
        let w = self.pop_20_64(i);
        if w > 0.0 {
            self.pop_65_plus(i) / w
        } else {
            0.0
        }
    }
    /// Median age in year index `i`, both sexes, people spread evenly within each year of
    /// age (ages are exact, so a median of 40.5 means half are younger than 40½).
    pub fn median_age(&self, i: usize) -> f64 {
        let (Some(m), Some(f)) = (self.pop(i, 0), self.pop(i, 1)) else {
            return 0.0;
        };
        let half = self.total(i) / 2.0;
        if half <= 0.0 {
            return 0.0;
        }
        let mut cum = 0.0;
        for x in 0..AGES {
            let n = m[x] + f[x];
            if cum + n >= half && n > 0.0 {
                return x as f64 + (half - cum) / n;
            }
            cum += n;
        }
        (AGES - 1) as f64
    }
    /// Births of both sexes during step `k`.
    pub fn births(&self, k: usize) -> f64 {
        self.births_m.get(k).unwrap_or(&0.0) + self.births_f.get(k).unwrap_or(&0.0)
    }
    /// Deaths of both sexes during step `k`.
    pub fn deaths(&self, k: usize) -> f64 {
        if let Some(t) = &self.step_totals {
            return t.deaths.get(k).copied().unwrap_or(0.0);
        }
        let m = self.death_count_m.get(k).map_or(0.0, age_sum);
        let f = self.death_count_f.get(k).map_or(0.0, age_sum);
        m + f
    }
    /// Net migration of both sexes actually applied during step `k`.
    pub fn net_migration(&self, k: usize) -> f64 {
        if let Some(t) = &self.step_totals {
            return t.net_migration.get(k).copied().unwrap_or(0.0);
        }
        let m = self.mig_net_count_m.get(k).map_or(0.0, age_sum);
        let f = self.mig_net_count_f.get(k).map_or(0.0, age_sum);
        m + f
    }
    /// Out-migrants of one sex (0 = male) not removed during step `k`, by age at the end of
    /// the step.
    pub fn unremoved_mig(&self, k: usize, sex: usize) -> Option<&[f64; AGES]> {
        if sex == 0 {
            self.unremoved_mig_m.get(k)
        } else {
            self.unremoved_mig_f.get(k)
        }
    }
    /// True when some out-migrant of some step could not be removed.
    pub fn any_unremoved_mig(&self) -> bool {
        self.unremoved_mig_m
            .iter()
            .chain(&self.unremoved_mig_f)
            .any(|a| a.iter().any(|&v| v > 0.0))
    }
    /// People who could not be removed during step `k`, both sexes.
    pub fn unremoved_total(&self, k: usize) -> f64 {
        self.unremoved.get(k).map_or(0.0, |u| u[0] + u[1])
    }

    /// Keep what a chart reads — populations by age, births, e0, people not removed and
    /// each step's total deaths and net migrants — and drop the deaths, net migrants and
    /// unremoved out-migrants by age (three quarters of the memory). [`Projection::step`]
    /// and [`Projection::unremoved_mig`] then return `None`; [`Projection::deaths`] and
    /// [`Projection::net_migration`] return the same numbers as before.
    pub fn drop_age_detail(&mut self) {
        if self.step_totals.is_none() {
            let steps = 0..self.steps();
            self.step_totals = Some(StepTotals {
                deaths: steps.clone().map(|k| self.deaths(k)).collect(),
                net_migration: steps.map(|k| self.net_migration(k)).collect(),
            });
        }
        for v in [
            &mut self.death_count_m,
            &mut self.death_count_f,
            &mut self.mig_net_count_m,
            &mut self.mig_net_count_f,
            &mut self.unremoved_mig_m,
            &mut self.unremoved_mig_f,
        ] {
            *v = Vec::new();
        }
    }

    /// Sized for a slim projection ([`project_prepared_slim`]): the by-age components
    /// dropped.
    pub(super) fn resize_slim(&mut self, steps: usize) {
        let z = [0.0; AGES];
        self.pop_count_m.resize(steps + 1, z);
        self.pop_count_f.resize(steps + 1, z);
        self.births_m.resize(steps, 0.0);
        self.births_f.resize(steps, 0.0);
        self.extra_death_count.resize(steps, [0.0; 2]);
        self.unremoved.resize(steps, [0.0; 2]);
        self.e0_m.resize(steps, 0.0);
        self.e0_f.resize(steps, 0.0);
        for v in [
            &mut self.death_count_m,
            &mut self.death_count_f,
            &mut self.mig_net_count_m,
            &mut self.mig_net_count_f,
            &mut self.unremoved_mig_m,
            &mut self.unremoved_mig_f,
        ] {
            *v = Vec::new();
        }
    }

    fn resize(&mut self, steps: usize) {
        self.step_totals = None;
        let z = [0.0; AGES];
        self.pop_count_m.resize(steps + 1, z);
        self.pop_count_f.resize(steps + 1, z);
        self.births_m.resize(steps, 0.0);
        self.births_f.resize(steps, 0.0);
        self.death_count_m.resize(steps, z);
        self.death_count_f.resize(steps, z);
        self.mig_net_count_m.resize(steps, z);
        self.mig_net_count_f.resize(steps, z);
        self.extra_death_count.resize(steps, [0.0; 2]);
        self.unremoved.resize(steps, [0.0; 2]);
        self.unremoved_mig_m.resize(steps, z);
        self.unremoved_mig_f.resize(steps, z);
        self.e0_m.resize(steps, 0.0);
        self.e0_f.resize(steps, 0.0);
    }
}

/// Project the inputs: allocates the output once.
pub fn project(inputs: &Inputs) -> Result<Projection, EngineError> {
    let mut p = Projection::default();
    project_into(inputs, &mut p)?;
    Ok(p)
}

/// Project into an existing [`Projection`], reusing its buffers (no allocation when it
/// already holds as many steps).
pub fn project_into(inputs: &Inputs, out: &mut Projection) -> Result<(), EngineError> {
    start(inputs, out)?;
    // Every per-step vector has `steps` entries (validated inputs, resized outputs), so the
    // zipped iterators walk them in lockstep without indexing.
    let mut surv = [[0.0f64; AGES]; 2];
    for (k, (((mx, step), asfr), &srb)) in inputs
        .mx
        .iter()
        .zip(inputs.mig.iter().zip(&inputs.extra_deaths))
        .zip(&inputs.asfr)
        .zip(&inputs.srb)
        .enumerate()
    {
        let e0 = [
            survival(&mx[0], 0, &mut surv[0]),
            survival(&mx[1], 1, &mut surv[1]),
        ];
        let rates = StepRates {
            surv: &surv,
            e0,
            asfr,
            srb,
        };
        if !cohort_step(out, k, &rates, step.0, step.1) {
            break;
        }
    }
    Ok(())
}

/// As [`project_into`] with the survival factors and e0 of the death rates given
/// (`tables`, which must be `SurvivalTables::new(&inputs.mx)` or kept equal to it) instead
/// of recomputed, and the values of `inputs` not checked again: call it with inputs that
/// passed [`Inputs::validate`] (as built, and after every change). Same results as
/// [`project_into`] bit for bit. Shapes are still checked: tables of another number of
/// steps are an error.
pub fn project_prepared(
    inputs: &Inputs,
    tables: &SurvivalTables,
    out: &mut Projection,
) -> Result<(), EngineError> {
    inputs.validate_shape()?;
    if tables.steps() != inputs.steps() {
        return Err(EngineError::ShapeMismatch {
            field: "survival tables",
            len: tables.steps(),
            expected: inputs.steps(),
        });
    }
    ready(inputs, out);
    for (k, ((((surv, e0), step), asfr), &srb)) in tables
        .steps_iter()
        .zip(inputs.mig.iter().zip(&inputs.extra_deaths))
        .zip(&inputs.asfr)
        .zip(&inputs.srb)
        .enumerate()
    {
        let rates = StepRates {
            surv,
            e0,
            asfr,
            srb,
        };
        if !cohort_step(out, k, &rates, step.0, step.1) {
            break;
        }
    }
    Ok(())
}

/// As [`project_prepared`], writing only what a chart reads: the result is the one
/// [`project_prepared`] gives after [`Projection::drop_age_detail`] (populations by age,
/// births, e0, extra deaths, people not removed, and each step's total deaths and net
/// migrants, the same to the bit), without the by-age deaths, net migrants and
/// out-migrants not removed ever being stored (a quarter of the memory to write). Returns
/// true when some out-migrant could not be removed (a cohort emptied): the by-age
/// out-migrants not removed, which [`Projection::unremoved_mig`] would give, are then
/// missing, and a caller that needs them projects again with [`project_prepared`].
pub fn project_prepared_slim(
    inputs: &Inputs,
    tables: &SurvivalTables,
    out: &mut Projection,
) -> Result<bool, EngineError> {
    inputs.validate_shape()?;
    if tables.steps() != inputs.steps() {
        return Err(EngineError::ShapeMismatch {
            field: "survival tables",
            len: tables.steps(),
            expected: inputs.steps(),
        });
    }
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
    // [sex][deaths, net migrants, out-migrants not removed] by age, for one step.
    let mut scratch = [[[0.0f64; AGES]; 3]; 2];
    let mut clamped = false;
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
    for (k, ((((surv, e0), step), asfr), &srb)) in tables
        .steps_iter()
        .zip(inputs.mig.iter().zip(&inputs.extra_deaths))
        .zip(&inputs.asfr)
        .zip(&inputs.srb)
        .enumerate()
    {
        let rates = StepRates {
            surv,
            e0,
            asfr,
            srb,
        };
        let [sm, sf] = &mut scratch;
        let (Some(m), Some(f)) = (
            slim_sex_step(pop_count_m, sm, k),
            slim_sex_step(pop_count_f, sf, k),
        ) else {
            break;
        };
        let (b, removal) = step_core([m, f], &rates, step.0, step.1);
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
            (*bm, *bf, *em, *ef) = (b[0], b[1], e0[0], e0[1]);
            *un = [removal[0][0], removal[1][0]];
            *xd = [removal[0][1], removal[1][1]];
            // Summed as `Projection::deaths` and `net_migration` sum the stored arrays.
            let [[dm, nm, um], [df, nf, uf]] = &scratch;
            *d = age_sum(dm) + age_sum(df);
            *n = age_sum(nm) + age_sum(nf);
            let any = um
                .iter()
                .chain(uf)
                .fold(0u64, |a, &v| a | u64::from(v > 0.0));
            clamped |= any != 0;
        }
    }
    out.step_totals = Some(totals);
    Ok(clamped)
}

/// The sum of a by-age array as [`Projection::deaths`] and [`Projection::net_migration`]
/// take it in every path (full, dropped detail, slim): four interleaved partial sums (ages
/// `x ≡ 0, 1, 2, 3 mod 4`) added pairwise, then the open age. A fixed order, so every path
/// gives the same bits, and one the compiler vectorises, where a running sum over 101 ages
/// is a chain of dependent additions.
#[inline(always)]
pub(super) fn age_sum(a: &[f64; AGES]) -> f64 {
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

/// One sex's buffers for step `k` of a slim projection: the population from `pop`, the
/// components into `scratch` (deaths, net migrants, out-migrants not removed).
pub(super) fn slim_sex_step<'a>(
    pop: &'a mut [[f64; AGES]],
    scratch: &'a mut [[f64; AGES]; 3],
    k: usize,
) -> Option<SexStep<'a>> {
    if k + 1 >= pop.len() {
        return None;
    }
    let (head, tail) = pop.split_at_mut(k + 1);
    let [deaths, migs, unremoved] = scratch;
    Some(SexStep {
        start: head.last()?,
        end: tail.first_mut()?,
        deaths,
        migs,
        unremoved,
    })
}

/// Validates the inputs and readies `out`: sized for every step, the base population in
/// year 0.
pub(super) fn start(inputs: &Inputs, out: &mut Projection) -> Result<(), EngineError> {
    inputs.validate()?;
    ready(inputs, out);
    Ok(())
}

/// Readies `out` for `inputs`: sized for every step, the base population in year 0.
fn ready(inputs: &Inputs, out: &mut Projection) {
    out.base_year = inputs.base_year;
    out.resize(inputs.steps());
    if let (Some(m), Some(f)) = (out.pop_count_m.first_mut(), out.pop_count_f.first_mut()) {
        *m = inputs.pop_base[0];
        *f = inputs.pop_base[1];
    }
}

/// What one step needs besides the population and the migrants: survival factors and e0
/// of the step's life tables, fertility rates and the sex ratio at birth.
pub(super) struct StepRates<'a> {
    pub(super) surv: &'a [[f64; AGES]; 2],
    pub(super) e0: [f64; 2],
    pub(super) asfr: &'a [f64; AGES],
    pub(super) srb: f64,
}

/// Step `k`: from the population of year `k` to year `k + 1`, with net migrants `mig` and
/// extra deaths `extra`, writing every component of the step into `out`. False when `out`
/// has no step `k`.
#[inline(always)]
pub(super) fn cohort_step(
    out: &mut Projection,
    k: usize,
    rates: &StepRates<'_>,
    mig: &BySexAge,
    extra: &BySexAge,
) -> bool {
    let Projection {
        pop_count_m,
        pop_count_f,
        births_m,
        births_f,
        death_count_m,
        death_count_f,
        mig_net_count_m,
        mig_net_count_f,
        extra_death_count,
        unremoved,
        unremoved_mig_m,
        unremoved_mig_f,
        e0_m,
        e0_f,
        ..
    } = out;
    let e0 = rates.e0;
    let (Some(sm), Some(sf)) = (
        sex_step(
            pop_count_m,
            death_count_m,
            mig_net_count_m,
            unremoved_mig_m,
            k,
        ),
        sex_step(
            pop_count_f,
            death_count_f,
            mig_net_count_f,
            unremoved_mig_f,
            k,
        ),
    ) else {
        return false;
    };
    let (b, removal) = step_core([sm, sf], rates, mig, extra);
    let scalars = (
        births_m.get_mut(k),
        births_f.get_mut(k),
        e0_m.get_mut(k),
        e0_f.get_mut(k),
        unremoved.get_mut(k),
        extra_death_count.get_mut(k),
    );
    if let (Some(bm), Some(bf), Some(em), Some(ef), Some(un), Some(xd)) = scalars {
        (*bm, *bf, *em, *ef) = (b[0], b[1], e0[0], e0[1]);
        *un = [removal[0][0], removal[1][0]];
        *xd = [removal[0][1], removal[1][1]];
    }
    true
}

/// The step proper for both sexes' buffers (see [`cohort_step`]): returns the births
/// `[male, female]` and, per sex, the people not removed and the extra deaths applied.
// One copy shared by every path (a call per step costs nothing next to its 200 cohorts,
// and four inlined copies would add kilobytes to the wasm).
#[inline(never)]
pub(super) fn step_core(
    mut sexes: [SexStep<'_>; 2],
    rates: &StepRates<'_>,
    mig: &BySexAge,
    extra: &BySexAge,
) -> ([f64; 2], [[f64; 2]; 2]) {
    let StepRates {
        surv, asfr, srb, ..
    } = *rates;
    let mut removal = [[0.0f64; 2]; 2]; // [sex][unremoved, extra deaths applied]
    for (sex, st) in sexes.iter_mut().enumerate() {
        let s = &surv[sex];
        let (mig, extra) = (&mig[sex], &extra[sex]);
        // Ages 1..=99 at the end of the step. With no cohort emptied and no extra deaths
        // (the usual step) the sums of people not removed and of extra deaths applied are
        // exactly zero, so the loop keeps no running sum (which would keep it from being
        // vectorised); otherwise it runs again keeping them, in age order as always.
        if !middle_ages(st, s, mig, extra) {
            removal[sex] = middle_ages_summed(st, s, mig, extra);
        }
        // The open age: those aged 99 and 100+ at the start.
        let x = AGES - 1;
        let cohort = st.start[x - 1] + st.start[x];
        let (e, d, m, u, xd) = age_cohort(cohort, s[x], mig[x], extra[x]);
        st.end[x] = e;
        st.deaths[x] = d;
        st.migs[x] = m;
        st.unremoved[x] = u;
        let [unremoved, extra_done] = removal[sex];
        removal[sex] = [unremoved + u + (extra[x] - xd), extra_done + xd];
    }
    // Births: rates times the mean of the start and end female population at each age.
    // Ages without fertility add exact zeros to the sum: only the ages from the first to the
    // last non-zero rate are summed (in age order, so the sum is the same to the bit).
    let [_, f] = &sexes;
    let first = asfr.iter().position(|&a| a != 0.0).unwrap_or(AGES);
    let last = asfr.iter().rposition(|&a| a != 0.0).map_or(0, |x| x + 1);
    let mut births = 0.0;
    for x in first..last {
        births += asfr[x] * 0.5 * (f.start[x] + f.end[x]);
    }
    let b = [births * srb / (1.0 + srb), births / (1.0 + srb)];
    for (sex, st) in sexes.iter_mut().enumerate() {
        let (e, d, m, u, xd) = age_cohort(b[sex], surv[sex][0], mig[sex][0], extra[sex][0]);
        st.end[0] = e;
        st.deaths[0] = d;
        st.migs[0] = m;
        st.unremoved[0] = u;
        removal[sex][0] += u + (extra[sex][0] - xd);
        removal[sex][1] += xd;
    }
    (b, removal)
}

/// Ages 1..=99 at the end of the step of one sex, without sums: false (and the ages to be
/// run again by [`middle_ages_summed`]) when some cohort emptied or extra deaths were asked.
#[inline(always)]
fn middle_ages(
    st: &mut SexStep<'_>,
    s: &[f64; AGES],
    mig: &[f64; AGES],
    extra: &[f64; AGES],
) -> bool {
    let mut flag = 0u64;
    for x in 1..AGES - 1 {
        let (e, d, m, u, _) = age_cohort(st.start[x - 1], s[x], mig[x], extra[x]);
        st.end[x] = e;
        st.deaths[x] = d;
        st.migs[x] = m;
        st.unremoved[x] = u;
        flag |= u64::from((u != 0.0) | (extra[x] != 0.0));
    }
    flag == 0
}

/// As [`middle_ages`], returning the sums over ages 1..=99 of the people not removed
/// (out-migrants and extra deaths) and of the extra deaths applied.
fn middle_ages_summed(
    st: &mut SexStep<'_>,
    s: &[f64; AGES],
    mig: &[f64; AGES],
    extra: &[f64; AGES],
) -> [f64; 2] {
    let mut unremoved = 0.0;
    let mut extra_done = 0.0;
    for x in 1..AGES - 1 {
        let (e, d, m, u, xd) = age_cohort(st.start[x - 1], s[x], mig[x], extra[x]);
        st.end[x] = e;
        st.deaths[x] = d;
        st.migs[x] = m;
        st.unremoved[x] = u;
        unremoved += u + (extra[x] - xd);
        extra_done += xd;
    }
    [unremoved, extra_done]
}

/// One sex's buffers for step `k`: population at its start and end, deaths, migrants and
/// out-migrants not removed.
pub(super) struct SexStep<'a> {
    start: &'a [f64; AGES],
    end: &'a mut [f64; AGES],
    deaths: &'a mut [f64; AGES],
    migs: &'a mut [f64; AGES],
    unremoved: &'a mut [f64; AGES],
}

fn sex_step<'a>(
    pop: &'a mut [[f64; AGES]],
    deaths: &'a mut [[f64; AGES]],
    migs: &'a mut [[f64; AGES]],
    unremoved: &'a mut [[f64; AGES]],
    k: usize,
) -> Option<SexStep<'a>> {
    if k + 1 >= pop.len() {
        return None;
    }
    let (head, tail) = pop.split_at_mut(k + 1);
    Some(SexStep {
        start: head.last()?,
        end: tail.first_mut()?,
        deaths: deaths.get_mut(k)?,
        migs: migs.get_mut(k)?,
        unremoved: unremoved.get_mut(k)?,
    })
}

/// One cohort through one step: half the net migrants join at the start and share the
/// cohort's survival `s`, half join at the end, then extra deaths are removed. Removals
/// beyond what is there are clamped. Returns (end population, deaths, migrants applied,
/// out-migrants not removed, extra deaths applied); the extra deaths not removed are
/// `extra` minus those applied.
///
/// The out-migrants not removed are `migrants applied - mig` (up to rounding) and exactly
/// zero when neither clamp bites (then `pos` returns its argument unchanged).
#[inline(always)]
fn age_cohort(start: f64, s: f64, mig: f64, extra: f64) -> (f64, f64, f64, f64, f64) {
    // Branch-free selects (not `f64::max`, whose NaN rules cost a call in wasm) so the loop
    // over ages stays tight.
    let half = 0.5 * mig;
    let joined_raw = start + half;
    let joined = pos(joined_raw);
    let survived = joined * s;
    let end_raw = survived + half;
    let end = pos(end_raw);
    let migrated = (end - survived) + (joined - start);
    let extra_done = if extra < end { extra } else { end };
    let unremoved = (joined - joined_raw) + (end - end_raw);
    let deaths = (joined - survived) + extra_done;
    (end - extra_done, deaths, migrated, unremoved, extra_done)
}

/// `v` if positive, else 0.
#[inline(always)]
fn pos(v: f64) -> f64 {
    if v > 0.0 {
        v
    } else {
        0.0
    }
}
