//! Hardening of the lever functions themselves (`scenario::levers`, public for tools and
//! tests) against values the parameter table would never let through: NaN, ±Infinity,
//! ±f64::MAX, years at the ends of `i32`. Whatever a lever is given, it does not panic
//! (no overflow in year arithmetic), and the engine then either projects a finite,
//! non-negative population or refuses the inputs with an error naming the field — never a
//! NaN in the output.

use std::sync::OnceLock;

use crossroads::data::{Dataset, Variant};
use crossroads::engine::{baseline, project, Inputs};
use crossroads::scenario::levers;
use crossroads::scenario::schedule::RogersCastro;

fn russia() -> &'static Inputs {
    static I: OnceLock<Inputs> = OnceLock::new();
    I.get_or_init(|| {
        let d = Dataset::embedded().unwrap();
        baseline(d.country("RUS").unwrap(), Variant::Medium).unwrap()
    })
}

const NUMBERS: [f64; 9] = [
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::MAX,
    -f64::MAX,
    1e300,
    -1e300,
    -0.0,
    f64::MIN_POSITIVE,
];
const YEARS: [i32; 6] = [i32::MIN, -1, 0, 2025, 2100, i32::MAX];

/// Projects the inputs: Ok with every cohort finite and non-negative, or an engine error
/// naming a field.
fn outcome(what: &str, i: &Inputs) {
    match project(i) {
        Ok(p) => {
            for pop in p.pop_count_m.iter().chain(&p.pop_count_f) {
                assert!(
                    pop.iter().all(|v| v.is_finite() && *v >= 0.0),
                    "{what}: bad cohort"
                );
            }
            assert!(
                p.births_m.iter().chain(&p.births_f).all(|b| b.is_finite()),
                "{what}"
            );
            assert!(
                p.e0_m.iter().chain(&p.e0_f).all(|e| e.is_finite()),
                "{what}"
            );
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(
                ["mx", "asfr", "mig", "extra_deaths", "srb"]
                    .iter()
                    .any(|f| msg.contains(f)),
                "{what}: {msg}"
            );
        }
    }
}

#[test]
fn fertility_levers_take_any_number_and_any_year() {
    for v in NUMBERS {
        let mut i = russia().clone();
        levers::shift_tfr(&mut i, v, |_| 1.0);
        outcome(&format!("shift_tfr {v}"), &i);
        let mut i = russia().clone();
        levers::shift_tfr(&mut i, 0.5, move |_| v);
        outcome(&format!("shift_tfr phase {v}"), &i);
        for y in YEARS {
            let mut i = russia().clone();
            levers::target_tfr(&mut i, v, y);
            outcome(&format!("target_tfr {v} {y}"), &i);
            let mut i = russia().clone();
            levers::target_tfr(&mut i, 1.6, y);
            outcome(&format!("target_tfr 1.6 {y}"), &i);
        }
    }
}

#[test]
fn survival_lever_takes_any_number_and_any_year() {
    for v in NUMBERS {
        for y in [i32::MIN, 2030, i32::MAX] {
            let mut i = russia().clone();
            let reached = levers::shift_e0(&mut i, [v, -v], y);
            assert_eq!(reached.len(), i.steps());
            outcome(&format!("shift_e0 {v} {y}"), &i);
        }
    }
    // The solver itself on extreme targets: a finite factor, e0 as near as scaling gets.
    let mx = &russia().mx[0][0];
    for t in [f64::INFINITY, f64::NEG_INFINITY, 1e300, -1e300, 0.0, 500.0] {
        let (f, got) = levers::solve_mx_scale(mx, 0, t);
        assert!(
            f.is_finite() && f > 0.0 && got.is_finite(),
            "{t}: {f} {got}"
        );
    }
}

#[test]
fn war_migration_and_flow_levers_take_any_number_and_any_year() {
    for v in NUMBERS {
        for y in YEARS {
            let mut i = russia().clone();
            let asked = levers::war_deaths(&mut i, v, y);
            assert_eq!(asked.len(), i.steps());
            outcome(&format!("war_deaths {v} {y}"), &i);
        }
        let mut i = russia().clone();
        levers::scale_migration(&mut i, v);
        outcome(&format!("scale_migration {v}"), &i);
        let mut i = russia().clone();
        let flow = vec![v; i.steps() + 5]; // longer than the steps: the extra is ignored
        levers::add_flow(&mut i, &flow, &RogersCastro::LABOUR.profile());
        outcome(&format!("add_flow {v}"), &i);
        let mut i = russia().clone();
        levers::add_flow(
            &mut i,
            &[v],
            &RogersCastro::FAMILY.with_male_share(v).profile(),
        );
        outcome(&format!("add_flow share {v}"), &i);
    }
    // A calendar series over any span of years.
    for y in YEARS {
        let s = levers::calendar_to_steps(y, 3, f64::from);
        assert_eq!(s.len(), 3);
    }
}
