//! Running a projection one annual step at a time, so that a caller can change a step's
//! net migrants before the next step starts from it (the scenario layer's replacement-
//! migration solver does). [`Stepper::run`] is the very step [`super::project_into`] runs
//! (same code, same results bit for bit when nothing is added); [`Stepper::linear`] is the
//! step's linear part — what a start population and migrants add to the end of the step
//! when no cohort empties and no extra deaths are removed — so that the step at `x` extra
//! migrants is the step at zero plus `x` times the linear response to one migrant.

use super::lifetable::survival;
use super::project::{cohort_step, start, StepRates};
use super::{BySexAge, EngineError, Inputs, Projection, AGES, MAX_COUNT};

/// The linear part of one step for some start population and net migrants (see
/// [`Stepper::linear`]): the end population, the deaths by cohort (age at the end of the
/// step) and the births `[male, female]` they add.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub end: BySexAge,
    pub deaths: BySexAge,
    pub births: [f64; 2],
}

impl Response {
    /// All zero.
    pub fn zero() -> Response {
        Response {
            end: [[0.0; AGES]; 2],
            deaths: [[0.0; AGES]; 2],
            births: [0.0; 2],
        }
    }

    /// Both sexes of the end population aged `from..=to` (100 = 100+).
    pub fn sum_ages(&self, from: usize, to: usize) -> f64 {
        let to = to.min(AGES - 1);
        if from > to {
            return 0.0;
        }
        self.end
            .iter()
            .map(|p| p[from..=to].iter().sum::<f64>())
            .sum()
    }
}

/// A projection in progress: the inputs, the output filled up to the current step, and the
/// current step's life tables. Build with [`Stepper::new`]; for each step call
/// [`Stepper::run`] (as often as wanted: each run overwrites the step), optionally
/// [`Stepper::add_response`], then [`Stepper::next`].
pub struct Stepper<'a> {
    inputs: &'a Inputs,
    out: &'a mut Projection,
    surv: [[f64; AGES]; 2],
    e0: [f64; 2],
    k: usize,
}

impl<'a> Stepper<'a> {
    /// Validates the inputs and readies `out` (the base population in year 0), at step 0.
    pub fn new(inputs: &'a Inputs, out: &'a mut Projection) -> Result<Stepper<'a>, EngineError> {
        start(inputs, out)?;
        let mut s = Stepper {
            inputs,
            out,
            surv: [[0.0; AGES]; 2],
            e0: [0.0; 2],
            k: 0,
        };
        s.prepare();
        Ok(s)
    }

    fn prepare(&mut self) {
        if let Some(mx) = self.inputs.mx.get(self.k) {
            self.e0 = [
                survival(&mx[0], 0, &mut self.surv[0]),
                survival(&mx[1], 1, &mut self.surv[1]),
            ];
        }
    }

    /// The current step (from year index `step` to `step + 1`).
    pub fn step(&self) -> usize {
        self.k
    }

    /// True once every step has been run and passed.
    pub fn done(&self) -> bool {
        self.k >= self.inputs.steps()
    }

    /// The inputs being projected.
    pub fn inputs(&self) -> &Inputs {
        self.inputs
    }

    /// The projection so far: years up to the current step's start, and the current step's
    /// end and components once run.
    pub fn projection(&self) -> &Projection {
        self.out
    }

    /// Survival factors of the current step's life tables, `[sex][age at the end]`.
    pub fn survival(&self) -> &[[f64; AGES]; 2] {
        &self.surv
    }

    /// Runs the current step with the inputs' net migrants plus `added` times `profile`
    /// (by sex and age at the end of the step). With `added == 0` this is exactly the
    /// step of [`super::project_into`]. Migrants beyond ±1e9 thousand in a cell, or not
    /// finite, are an error naming the step; nothing is written then.
    pub fn run(&mut self, added: f64, profile: &BySexAge) -> Result<(), EngineError> {
        let k = self.k;
        let (Some(mig), Some(extra), Some(asfr), Some(&srb)) = (
            self.inputs.mig.get(k),
            self.inputs.extra_deaths.get(k),
            self.inputs.asfr.get(k),
            self.inputs.srb.get(k),
        ) else {
            return Ok(());
        };
        let rates = StepRates {
            surv: &self.surv,
            e0: self.e0,
            asfr,
            srb,
        };
        if added == 0.0 {
            cohort_step(self.out, k, &rates, mig, extra);
            return Ok(());
        }
        let mut m = *mig;
        for sex in 0..2 {
            for x in 0..AGES {
                let v = m[sex][x] + added * profile[sex][x];
                if v.is_nan() || v.abs() > MAX_COUNT {
                    return Err(EngineError::BadInput {
                        field: "mig",
                        step: k,
                        sex: Some(sex),
                        age: Some(x),
                        value: v,
                        why: "must be finite, within ±1e9 thousand (with the migrants added)",
                    });
                }
                m[sex][x] = v;
            }
        }
        cohort_step(self.out, k, &rates, &m, extra);
        Ok(())
    }

    /// People the current step, as last run, could not remove (out-migrants or extra
    /// deaths beyond a cohort), both sexes.
    pub fn unremoved(&self) -> f64 {
        self.out.unremoved_total(self.k)
    }

    /// The linear part of the current step: what population `start` (at the start of the
    /// step) and net migrants `mig` (by age at the end of the step, half joining at the
    /// start and half at the end, as in the step) become at its end, with the step's
    /// survival and fertility, no extra deaths and no clamping at zero. Written into `r`.
    pub fn linear(&self, start: &BySexAge, mig: &BySexAge, r: &mut Response) {
        let k = self.k;
        let (Some(asfr), Some(&srb)) = (self.inputs.asfr.get(k), self.inputs.srb.get(k)) else {
            *r = Response::zero();
            return;
        };
        for sex in 0..2 {
            let (s, m, st) = (&self.surv[sex], &mig[sex], &start[sex]);
            for x in 1..AGES {
                let cohort = if x == AGES - 1 {
                    st[x - 1] + st[x]
                } else {
                    st[x - 1]
                };
                let half = 0.5 * m[x];
                let joined = cohort + half;
                let survived = joined * s[x];
                r.end[sex][x] = survived + half;
                r.deaths[sex][x] = joined - survived;
            }
        }
        let mut births = 0.0;
        for x in 0..AGES {
            births += asfr[x] * 0.5 * (start[1][x] + r.end[1][x]);
        }
        r.births = [births * srb / (1.0 + srb), births / (1.0 + srb)];
        for (sex, m) in mig.iter().enumerate() {
            let half = 0.5 * m[0];
            let joined = r.births[sex] + half;
            let survived = joined * self.surv[sex][0];
            r.end[sex][0] = survived + half;
            r.deaths[sex][0] = joined - survived;
        }
    }

    /// Adds `x` times a linear response `r` (with its migrants `mig`) to the current step
    /// as last run: end population, deaths, net migrants and births. Exact when the step
    /// run with the migrants added would empty no cohort (e.g. `x ≥ 0`, migrants not
    /// negative, and no cohort emptied in the run), since the step is then affine.
    pub fn add_response(&mut self, x: f64, r: &Response, mig: &BySexAge) {
        let k = self.k;
        let o = &mut *self.out;
        let parts = [
            (
                &mut o.pop_count_m,
                &mut o.death_count_m,
                &mut o.mig_net_count_m,
            ),
            (
                &mut o.pop_count_f,
                &mut o.death_count_f,
                &mut o.mig_net_count_f,
            ),
        ];
        for (sex, (pop, deaths, migs)) in parts.into_iter().enumerate() {
            let (Some(p), Some(d), Some(m)) =
                (pop.get_mut(k + 1), deaths.get_mut(k), migs.get_mut(k))
            else {
                continue;
            };
            for a in 0..AGES {
                p[a] += x * r.end[sex][a];
                d[a] += x * r.deaths[sex][a];
                m[a] += x * mig[sex][a];
            }
        }
        if let (Some(bm), Some(bf)) = (o.births_m.get_mut(k), o.births_f.get_mut(k)) {
            *bm += x * r.births[0];
            *bf += x * r.births[1];
        }
    }

    /// Passes to the next step (the current one stays as last run).
    pub fn next(&mut self) {
        self.k += 1;
        self.prepare();
    }
}
