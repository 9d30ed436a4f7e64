//! Lever transformations: each one edits the engine's per-step [`Inputs`] (fertility rates,
//! death rates, net migrants, extra deaths) and nothing else. Time convention as in the
//! engine: step `k` runs from mid-year `base_year + k` to mid-year `base_year + k + 1`; a
//! calendar-year quantity `f(y)` maps onto step `k` as `(f(Y) + f(Y + 1)) / 2` with
//! `Y = base_year + k` (each step holds half of two calendar years), the same averaging the
//! engine's baseline applies to WPP's calendar-year series.

use crate::engine::lifetable::survival;
use crate::engine::{BySexAge, Inputs, AGES};

/// Calendar-year series onto steps.
pub fn calendar_to_steps(base_year: i32, steps: usize, f: impl Fn(i32) -> f64) -> Vec<f64> {
    (0..steps)
        .map(|k| {
            // Saturating: a base year near the ends of i32 must not overflow.
            let y = base_year.saturating_add(i32::try_from(k).unwrap_or(i32::MAX));
            0.5 * (f(y) + f(y.saturating_add(1)))
        })
        .collect()
}

/// Total fertility of one step's single-age rates.
pub fn tfr(asfr: &[f64; AGES]) -> f64 {
    asfr.iter().sum()
}

fn rescale_tfr(asfr: &mut [f64; AGES], new_tfr: f64) {
    let old = tfr(asfr);
    if old > 0.0 {
        let f = new_tfr.max(0.0) / old;
        for v in asfr.iter_mut() {
            *v *= f;
        }
    }
}

/// Adds `shift` children per woman to every step's TFR, times the calendar-year phase-in
/// `phase(y)` (0..=1), keeping each step's age pattern. A TFR cannot go below zero.
pub fn shift_tfr(inputs: &mut Inputs, shift: f64, phase: impl Fn(i32) -> f64) {
    let steps = inputs.asfr.len();
    let s = calendar_to_steps(inputs.base_year, steps, |y| shift * phase(y));
    for (asfr, ds) in inputs.asfr.iter_mut().zip(s) {
        let t = tfr(asfr);
        rescale_tfr(asfr, t + ds);
    }
}

/// Moves each step's TFR from the UN path to `target`: the gap between the two closes
/// linearly from the base year (none closed) to mid-year `target_year` (all closed), and the
/// TFR stays at the target after it; each step keeps its age pattern. A target equal to the
/// UN path at every step leaves the rates as they are.
pub fn target_tfr(inputs: &mut Inputs, target: f64, target_year: i32) {
    let span = f64::from(target_year) - f64::from(inputs.base_year);
    for (k, asfr) in inputs.asfr.iter_mut().enumerate() {
        let t = k as f64 + 0.5; // step midpoint, years after the base
        let w = if span <= t { 1.0 } else { t / span };
        let un = tfr(asfr);
        rescale_tfr(asfr, un + (target - un) * w);
    }
}

/// Life expectancy at birth of one sex's single-age death rates, from the engine's own
/// life table.
pub fn e0(mx: &[f64; AGES], sex: usize) -> f64 {
    let mut s = [0.0; AGES];
    survival(mx, sex, &mut s)
}

/// The factor `f` such that `e0(f · mx) = target` (e0 falls as `f` grows): a bracket is
/// grown from `f = 1` on `ln f`, then closed by the Illinois variant of regula falsi to
/// 1e-9 years. Returns the factor and the e0 reached, which differs from `target` only when
/// the target lies beyond what scaling can give (factor bounds e^±12).
pub fn solve_mx_scale(mx: &[f64; AGES], sex: usize, target: f64) -> (f64, f64) {
    let at = |lnf: f64| {
        let f = lnf.exp();
        let mut m = *mx;
        for v in m.iter_mut() {
            *v *= f;
        }
        e0(&m, sex)
    };
    let g = |x: f64| at(x) - target;
    const TOL: f64 = 1e-9;
    const LIMIT: f64 = 12.0;
    let (mut a, mut ga) = (0.0f64, g(0.0));
    if ga.abs() < TOL {
        return (1.0, ga + target);
    }
    // e0 too high → raise the rates (x > 0), and the other way round.
    let dir = if ga > 0.0 { 1.0 } else { -1.0 };
    let mut step = 0.25;
    let (mut b, mut gb) = (dir * step, g(dir * step));
    while gb.signum() == ga.signum() {
        if b.abs() >= LIMIT {
            return (b.exp(), at(b)); // not gb + target: an infinite target gives NaN
        }
        a = b;
        ga = gb;
        step *= 2.0;
        b = crate::num::clamp(b + dir * step, -LIMIT, LIMIT);
        gb = g(b);
    }
    for _ in 0..200 {
        let c = (a * gb - b * ga) / (gb - ga);
        let gc = g(c);
        if gc.abs() < TOL {
            return (c.exp(), gc + target);
        }
        if gc.signum() != gb.signum() {
            a = b;
            ga = gb;
        } else {
            ga *= 0.5;
        }
        b = c;
        gb = gc;
    }
    (b.exp(), at(b))
}

/// Shifts life expectancy at birth by `shift[sex]` years, growing linearly from zero at the
/// base year to the full shift at mid-year `full_year`, by scaling each step's death rates
/// proportionally at every age so that the engine's life table hits the UN e0 plus the
/// shift. Returns the e0 reached per step `[male, female]`.
pub fn shift_e0(inputs: &mut Inputs, shift: [f64; 2], full_year: i32) -> Vec<[f64; 2]> {
    let span = f64::from(full_year) - f64::from(inputs.base_year);
    let mut reached = Vec::with_capacity(inputs.mx.len());
    for (k, mx) in inputs.mx.iter_mut().enumerate() {
        let t = k as f64 + 0.5;
        let w = if span <= t { 1.0 } else { t / span };
        let mut r = [0.0; 2];
        for sex in 0..2 {
            let base = e0(&mx[sex], sex);
            if shift[sex] == 0.0 {
                r[sex] = base;
                continue;
            }
            let (f, got) = solve_mx_scale(&mx[sex], sex, base + shift[sex] * w);
            for v in mx[sex].iter_mut() {
                *v *= f;
            }
            r[sex] = got;
        }
        reached.push(r);
    }
    reached
}

/// Multiplies every step's net migrants by `factor`.
pub fn scale_migration(inputs: &mut Inputs, factor: f64) {
    for m in inputs.mig.iter_mut() {
        for sex in m.iter_mut() {
            for v in sex.iter_mut() {
                *v *= factor;
            }
        }
    }
}

/// War: `per_year` thousand excess deaths of men aged 18–59 in every step that starts before
/// mid-year `end_year`, spread over those ages in proportion to the base-year male
/// population of each age (extra deaths are indexed by age at the end of the step).
/// Returns the deaths asked for per step.
pub fn war_deaths(inputs: &mut Inputs, per_year: f64, end_year: i32) -> Vec<f64> {
    let ages = 18..=59usize;
    let men: f64 = ages.clone().map(|x| inputs.pop_base[0][x]).sum();
    let mut asked = vec![0.0; inputs.extra_deaths.len()];
    if men <= 0.0 || per_year <= 0.0 {
        return asked;
    }
    for (k, extra) in inputs.extra_deaths.iter_mut().enumerate() {
        if i64::from(inputs.base_year) + (k as i64) < i64::from(end_year) {
            for x in ages.clone() {
                extra[0][x] += per_year * inputs.pop_base[0][x] / men;
            }
            asked[k] = per_year;
        }
    }
    asked
}

/// Adds `flow[k]` thousand net migrants in step `k` with the age–sex `profile` (sums to 1);
/// a negative flow removes people with the same profile.
pub fn add_flow(inputs: &mut Inputs, flow: &[f64], profile: &BySexAge) {
    for (m, &f) in inputs.mig.iter_mut().zip(flow) {
        if f == 0.0 {
            continue;
        }
        for sex in 0..2 {
            for x in 0..AGES {
                m[sex][x] += f * profile[sex][x];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hand-made inputs: 10 steps, flat population, Gompertz-like mortality, flat fertility.
    fn inputs() -> Inputs {
        let steps = 10;
        let mut mx = [[0.0; AGES]; 2];
        for x in 0..AGES {
            mx[0][x] = 0.0005 * (0.085 * x as f64).exp();
            mx[1][x] = 0.0003 * (0.085 * x as f64).exp();
        }
        let mut asfr = [0.0; AGES];
        for v in asfr.iter_mut().take(45).skip(15) {
            *v = 1.5 / 30.0;
        }
        Inputs {
            base_year: 2025,
            pop_base: [[100.0; AGES]; 2],
            mx: vec![mx; steps],
            asfr: vec![asfr; steps],
            srb: vec![1.05; steps],
            mig: vec![[[1.0; AGES]; 2]; steps],
            extra_deaths: vec![[[0.0; AGES]; 2]; steps],
        }
    }

    #[test]
    fn mx_scale_solves_far_and_near_targets() {
        let i = inputs();
        let m = &i.mx[0][0];
        let base = e0(m, 0);
        for shift in [-20.0, -3.0, -0.01, 0.0, 0.01, 3.0, 15.0] {
            let (f, got) = solve_mx_scale(m, 0, base + shift);
            assert!((got - (base + shift)).abs() < 1e-8, "{shift}: {got}");
            assert!(f > 0.0 && f.is_finite());
        }
        // Unreachable: no death rates at all still leave e0 finite (open age group).
        let (_, got) = solve_mx_scale(m, 0, 500.0);
        assert!(got < 500.0 && got.is_finite());
    }

    #[test]
    fn calendar_years_are_averaged_onto_steps() {
        let s = calendar_to_steps(2025, 3, |y| if y >= 2026 { 10.0 } else { 0.0 });
        assert_eq!(s, vec![5.0, 10.0, 10.0]);
    }

    #[test]
    fn tfr_shift_follows_the_phase_in() {
        let mut i = inputs();
        shift_tfr(&mut i, 0.5, |y| if y < 2030 { 0.5 } else { 1.0 });
        assert!((tfr(&i.asfr[0]) - 1.75).abs() < 1e-12);
        assert!((tfr(&i.asfr[4]) - 1.875).abs() < 1e-12); // mid-2029 → mid-2030
        assert!((tfr(&i.asfr[9]) - 2.0).abs() < 1e-12);
        // Never below zero.
        shift_tfr(&mut i, -5.0, |_| 1.0);
        assert!(i.asfr.iter().all(|a| tfr(a) >= 0.0));
    }

    #[test]
    fn target_tfr_is_reached_and_held() {
        let mut i = inputs();
        target_tfr(&mut i, 2.1, 2030);
        assert!((tfr(&i.asfr[4]) - (1.5 + 0.6 * 4.5 / 5.0)).abs() < 1e-12);
        for k in 5..10 {
            assert!((tfr(&i.asfr[k]) - 2.1).abs() < 1e-12);
        }
        // From a rising path: half way to the target, the gap of that step is half closed.
        let mut i = inputs();
        for (k, a) in i.asfr.iter_mut().enumerate() {
            rescale_tfr(a, 1.5 + 0.01 * k as f64);
        }
        target_tfr(&mut i, 2.1, 2030);
        let un2 = 1.5 + 0.02;
        assert!((tfr(&i.asfr[2]) - (un2 + (2.1 - un2) * 2.5 / 5.0)).abs() < 1e-12);
    }

    #[test]
    fn e0_shift_hits_the_target_through_the_engine_life_table() {
        let mut i = inputs();
        let before = [e0(&i.mx[0][0], 0), e0(&i.mx[0][1], 1)];
        let reached = shift_e0(&mut i, [3.0, -2.0], 2030);
        for k in 5..10 {
            assert!((e0(&i.mx[k][0], 0) - (before[0] + 3.0)).abs() < 1e-6);
            assert!((e0(&i.mx[k][1], 1) - (before[1] - 2.0)).abs() < 1e-6);
            assert!((reached[k][0] - (before[0] + 3.0)).abs() < 1e-6);
        }
        // Half way through the ramp at step 2 (midpoint 2.5 years of 5).
        assert!((e0(&i.mx[2][0], 0) - (before[0] + 1.5)).abs() < 1e-6);
    }

    #[test]
    fn war_deaths_fall_on_men_18_to_59_until_the_end_year() {
        let mut i = inputs();
        let asked = war_deaths(&mut i, 42.0, 2028);
        assert_eq!(
            asked,
            vec![42.0, 42.0, 42.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        );
        let step0: f64 = i.extra_deaths[0][0].iter().sum();
        assert!((step0 - 42.0).abs() < 1e-9);
        assert_eq!(i.extra_deaths[0][0][17], 0.0);
        assert_eq!(i.extra_deaths[0][0][60], 0.0);
        assert!(i.extra_deaths[0][1].iter().all(|&v| v == 0.0));
        assert!(i.extra_deaths[3][0].iter().all(|&v| v == 0.0));
    }

    #[test]
    fn flows_add_their_profile_and_migration_scales() {
        let mut i = inputs();
        scale_migration(&mut i, 0.0);
        let mut p = [[0.0; AGES]; 2];
        p[0][25] = 0.7;
        p[1][25] = 0.3;
        add_flow(&mut i, &[10.0, -5.0], &p);
        assert_eq!(i.mig[0][0][25], 7.0);
        assert_eq!(i.mig[1][1][25], -1.5);
        assert_eq!(i.mig[2][0][25], 0.0);
    }
}
