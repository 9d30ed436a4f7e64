//! Replacement migration (`hold=`): the held measure stays at its level in every year for
//! every measure and country; a scenario that already holds it needs nothing; doubling the
//! schedule halves the needed migrants and changes nothing else; post-base migrants and
//! the native population add up to the total; the first step matches a hand computation
//! from the engine's own projections; a measure that cannot be held is reported with its
//! year, never a NaN.

use crossroads::data::{Dataset, Variant};
use crossroads::engine::{baseline, project, BySexAge, Inputs, Projection};
use crossroads::scenario::levers::{add_flow, war_deaths};
use crossroads::scenario::schedule::RogersCastro;
use crossroads::scenario::{
    embedded_data, hold_into, world_by_year, Held, Hold, HoldFailureKind, Measure, Projector,
    Scenario, COUNTRIES, HOLD_MEASURES,
};

const MEASURES: [Measure; 5] = [
    Measure::Population,
    Measure::Pop20To64,
    Measure::Pop15To64,
    Measure::SupportRatio,
    Measure::Men18To59,
];

fn rus() -> Inputs {
    let data = Dataset::embedded().unwrap();
    baseline(data.country("RUS").unwrap(), Variant::Medium).unwrap()
}

fn solve(inputs: &Inputs, hold: Option<Hold>, profile: &BySexAge) -> (Projection, Held) {
    let mut p = Projection::default();
    let h = hold_into(inputs, hold, profile, &[], &mut p).unwrap();
    (p, h)
}

fn hold(m: Measure) -> Option<Hold> {
    Some(Hold {
        measure: m,
        from: 2025,
        level: None,
    })
}

/// `pop(k+1) = pop(k) + births - deaths + migrants`, per sex, to 1e-9 relative.
fn assert_accounting(p: &Projection, what: &str) {
    for k in 0..p.steps() {
        for sex in 0..2 {
            let (a, b, c) = (
                p.pop(k, sex).unwrap(),
                p.pop(k + 1, sex).unwrap(),
                p.step(k, sex).unwrap(),
            );
            let want = a.iter().sum::<f64>() + c.births - c.death_count.iter().sum::<f64>()
                + c.mig_net_count.iter().sum::<f64>();
            let got: f64 = b.iter().sum();
            assert!(
                (got - want).abs() <= 1e-9 * got.abs().max(1.0),
                "{what} step {k}: {got} vs {want}"
            );
            assert!(
                b.iter().all(|v| v.is_finite() && *v >= 0.0),
                "{what} step {k}"
            );
        }
    }
}

/// Every measure of `hold=`, every country: the measure equals its level (1e-6 relative)
/// in every year from `hold_from` until a failure (if any, reported with its year); the
/// accounting identity holds; Russia holds every measure to 2100.
#[test]
fn held_measure_is_constant_for_every_measure_and_country() {
    let mut pr = Projector::new(embedded_data().unwrap()).unwrap();
    assert_eq!(HOLD_MEASURES.len(), 1 + MEASURES.len());
    for (iso, from) in COUNTRIES
        .iter()
        .flat_map(|iso| [2025, 2030].map(|y| (iso, y)))
    {
        for m in MEASURES {
            assert_eq!(HOLD_MEASURES.iter().filter(|k| **k == m.key()).count(), 1);
            let q = format!("country={iso}&hold={}&hold_from={from}", m.key());
            let (s, _) = Scenario::from_query(&q).unwrap();
            let r = pr.project(&s).unwrap();
            let (p, h) = (&r.main.projection, r.held.as_ref().unwrap());
            assert_eq!(h.measure, Some(m));
            let i0 = p.index_of(from).unwrap();
            assert_eq!(
                Some(h.level),
                m.of(p, i0),
                "{q}: the level is the value in hold_from"
            );
            let last = h
                .failure
                .map_or(p.years() - 1, |f| p.index_of(f.year).unwrap() - 1);
            if *iso == "RUS" {
                assert_eq!(h.failure, None, "{q}");
            }
            for i in i0..=last {
                let v = m.of(p, i).unwrap();
                assert!(
                    (v - h.level).abs() <= 1e-6 * h.level,
                    "{q} {}: {v} vs {}",
                    p.year(i),
                    h.level
                );
            }
            for (k, n) in h.needed.iter().enumerate() {
                let held = k >= i0 && k < last;
                assert_eq!(n.is_some(), held, "{q} step {k}");
                assert!(n.map_or(true, f64::is_finite));
            }
            assert_accounting(p, &q);
        }
    }
}

/// A scenario that already holds the measure (the held scenario's own extra migrants added
/// to its inputs) needs no more: every year's needed migration is zero to rounding.
#[test]
fn needed_migration_is_zero_when_the_scenario_already_holds() {
    let profile = RogersCastro::LABOUR.profile();
    for m in MEASURES {
        let inputs = rus();
        let (_, h) = solve(&inputs, hold(m), &profile);
        let flow: Vec<f64> = h.needed.iter().map(|n| n.unwrap()).collect();
        let mut already = inputs.clone();
        add_flow(&mut already, &flow, &profile);
        let again = Hold {
            level: Some(h.level),
            ..hold(m).unwrap()
        };
        let (_, h2) = solve(&already, Some(again), &profile);
        assert_eq!(h2.failure, None);
        for (k, n) in h2.needed.iter().enumerate() {
            let n = n.unwrap();
            assert!(n.abs() < 1e-6, "{m:?} step {k}: {n} (was {})", flow[k]);
        }
    }
}

/// The solution is linear in the schedule's size: twice the profile needs half as many
/// "units" and gives the same projection.
#[test]
fn doubling_the_schedule_halves_the_needed_amount_and_nothing_else() {
    let inputs = rus();
    let one = RogersCastro::LABOUR.profile();
    let mut two = one;
    for v in two.iter_mut().flatten() {
        *v *= 2.0;
    }
    for m in MEASURES {
        let (p1, h1) = solve(&inputs, hold(m), &one);
        let (p2, h2) = solve(&inputs, hold(m), &two);
        for (a, b) in h1.needed.iter().zip(&h2.needed) {
            let (a, b) = (a.unwrap(), b.unwrap());
            assert!(
                (a - 2.0 * b).abs() <= 1e-9 * a.abs().max(1.0),
                "{m:?}: {a} vs 2 × {b}"
            );
        }
        for i in 0..p1.years() {
            let (a, b) = (p1.total(i), p2.total(i));
            assert!((a - b).abs() <= 1e-9 * a, "{m:?} year {i}: {a} vs {b}");
            assert!((h1.origin[i] - h2.origin[i]).abs() <= 1e-9 * a);
        }
    }
}

/// Post-base migrants and their descendants plus the native population (the same inputs
/// without any migration after the base year, war deaths kept) give the total.
#[test]
fn migrant_origin_and_native_populations_sum_to_the_total() {
    let mut inputs = rus();
    war_deaths(&mut inputs, 50.0, 2030);
    let profile = RogersCastro::LABOUR.profile();
    let mut native_in = inputs.clone();
    for m in native_in.mig.iter_mut() {
        *m = [[0.0; 101]; 2];
    }
    let native = project(&native_in).unwrap();
    for h in [None, hold(Measure::Pop20To64), hold(Measure::SupportRatio)] {
        let (p, held) = solve(&inputs, h, &profile);
        assert_eq!(held.origin[0], 0.0);
        for i in 0..p.years() {
            let (t, sum) = (p.total(i), native.total(i) + held.origin[i]);
            assert!((t - sum).abs() <= 1e-9 * t, "{h:?} year {i}: {t} vs {sum}");
        }
        if h.is_none() {
            // Tracking alone leaves the projection exactly as the engine's.
            assert_eq!(p, project(&inputs).unwrap());
        }
    }
}

/// The first step by hand from the engine's own projections: the plain projection and one
/// with a thousand extra migrants of the profile in the first step give the population's
/// response; the solver's first-year migrants and births match it.
#[test]
fn first_step_matches_a_hand_computation() {
    let inputs = rus();
    let profile = RogersCastro::LABOUR.profile();
    let plain = project(&inputs).unwrap();
    let mut plus = inputs.clone();
    add_flow(&mut plus, &[1.0], &profile);
    let plus = project(&plus).unwrap();
    let level = plain.total(0);
    let x = (level - plain.total(1)) / (plus.total(1) - plain.total(1));
    let (p, h) = solve(&inputs, hold(Measure::Population), &profile);
    let got = h.needed[0].unwrap();
    assert!((got - x).abs() <= 1e-6 * x.abs(), "{got} vs {x}");
    let births = plain.births(0) + x * (plus.births(0) - plain.births(0));
    assert!((p.births(0) - births).abs() <= 1e-9 * births);
    assert!((p.total(1) - level).abs() <= 1e-9 * level);
}

/// A level below zero, and a support ratio that would need more migrants than the engine
/// can hold in a year, are failures with a year; the projection goes on without extra
/// migrants, finite.
#[test]
fn a_measure_that_cannot_be_held_reports_its_year() {
    let mut pr = Projector::new(embedded_data().unwrap()).unwrap();
    for (q, year, kind) in [
        (
            "hold=population&hold_level=-5",
            2025,
            HoldFailureKind::LevelNotPositive,
        ),
        (
            "hold=support_ratio&hold_level=10000000",
            2026,
            HoldFailureKind::MoreThanTheWorld,
        ),
        (
            "hold=population&hold_level=1000&hold_from=2040",
            2041,
            HoldFailureKind::CohortsEmpty,
        ),
    ] {
        let (s, c) = Scenario::from_query(q).unwrap();
        assert!(c.is_empty(), "{q}");
        let r = pr.project(&s).unwrap();
        let h = r.held.as_ref().unwrap();
        let f = h.failure.unwrap_or_else(|| panic!("{q}: held"));
        assert_eq!((f.year, f.kind), (year, kind), "{q}");
        assert!(f.message("en").contains(&year.to_string()));
        assert!(f.message("ru").contains(&year.to_string()));
        let p = &r.main.projection;
        assert!(h.origin.iter().all(|v| v.is_finite()));
        assert!(h.needed[p.index_of(year).unwrap().saturating_sub(1)..]
            .iter()
            .all(Option::is_none));
        assert_accounting(p, q);
    }
}

/// The old-age dependency (65+ per 20-64), which `hold=` does not list, is held through its
/// reciprocal: a [`Hold`] of it holds the support ratio at 1 / level, so the dependency
/// stays at its level (1e-6 relative) in every year.
#[test]
fn old_age_dependency_is_held_as_the_reciprocal_support_ratio() {
    let inputs = rus();
    let profile = RogersCastro::LABOUR.profile();
    for level in [None, Some(0.35)] {
        let (p, h) = solve(
            &inputs,
            Some(Hold {
                measure: Measure::OldAgeDependency,
                from: 2025,
                level,
            }),
            &profile,
        );
        assert_eq!(h.measure, Some(Measure::SupportRatio));
        assert_eq!(h.failure, None);
        let want = level.unwrap_or_else(|| Measure::OldAgeDependency.of(&p, 0).unwrap());
        assert!((h.level - 1.0 / want).abs() <= 1e-12 * h.level);
        for i in 1..p.years() {
            let v = Measure::OldAgeDependency.of(&p, i).unwrap();
            assert!(
                (v - want).abs() <= 1e-6 * want,
                "{}: {v} vs {want}",
                p.year(i)
            );
        }
        assert_accounting(&p, "old-age dependency");
    }
}

/// The world's population bounds what one country could receive: WPP 2024 puts the world
/// at 8,231,613 thousand on 1 July 2025 (World Population Prospects 2024, total population,
/// medium; the mean of its year-end 2024 and 2025 totals). Holding Russia's support ratio
/// at 40 workers per person 65+ fails in the first step whose need exceeds the world less
/// Russia (solved without that bound, the same step asks for more than it), never before.
#[test]
fn the_world_population_bounds_the_migrants_a_hold_may_need() {
    let data = Dataset::embedded().unwrap();
    let mid2025 = data.world_midyear(2025).unwrap();
    assert!((mid2025 - 8_231_613.07).abs() < 0.01, "{mid2025}");
    assert_eq!(data.world_midyear(1900), None);
    let inputs = rus();
    let world = world_by_year(&data, &inputs);
    assert_eq!(world.len(), inputs.steps() + 1);
    let profile = RogersCastro::LABOUR.profile();
    let h = Some(Hold {
        measure: Measure::SupportRatio,
        from: 2025,
        level: Some(40.0),
    });
    let (mut bounded, mut free) = (Projection::default(), Projection::default());
    let b = hold_into(&inputs, h, &profile, &world, &mut bounded).unwrap();
    let f = hold_into(&inputs, h, &profile, &[], &mut free).unwrap();
    let fail = b.failure.expect("40 per person 65+ cannot be held");
    assert_eq!(fail.kind, HoldFailureKind::MoreThanTheWorld);
    let k = (fail.year - 1 - inputs.base_year) as usize;
    // Until the failing step both solves agree and stay within the world less Russia.
    for (j, w) in world.iter().enumerate().take(k) {
        let (x, y) = (b.needed[j].unwrap(), f.needed[j].unwrap());
        assert!((x - y).abs() <= 1e-9 * y.abs(), "step {j}: {x} vs {y}");
        assert!(x <= w - bounded.total(j), "step {j}");
    }
    let unbounded = f.needed[k].expect("without the bound the step is solved");
    assert!(unbounded > world[k] - free.total(k), "{unbounded}");
    assert!(b.needed[k..].iter().all(Option::is_none));
    assert!((0..bounded.years()).all(|i| bounded.total(i).is_finite() && bounded.total(i) > 0.0));
    let en = fail.message("en");
    assert!(
        en.contains("rest of the world") && en.contains(&fail.year.to_string()),
        "{en}"
    );
    assert!(fail.message("ru").contains("остальном мире"));
}
