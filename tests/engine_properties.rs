//! Properties of the projection under arbitrary (valid) scenario inputs: whatever levers do
//! to rates, migrants and extra deaths, no cohort goes negative, nothing is NaN or infinite,
//! and each sex's population still balances births, deaths and applied net migration.

use std::sync::OnceLock;

use crossroads::data::{Dataset, Variant};
use crossroads::engine::{baseline, project, Inputs, MAX_ASFR};
use proptest::prelude::*;

fn base() -> &'static Vec<Inputs> {
    static B: OnceLock<Vec<Inputs>> = OnceLock::new();
    B.get_or_init(|| {
        let d = Dataset::embedded().expect("data");
        d.countries()
            .expect("countries")
            .into_iter()
            .map(|c| baseline(c, Variant::Medium).expect("baseline"))
            .collect()
    })
}

#[derive(Clone, Debug)]
struct Shock {
    country: usize,
    mx_factor: f64,
    asfr_factor: f64,
    srb: f64,
    mig: f64,
    mig_ages: (usize, usize),
    mig_steps: (usize, usize),
    extra: f64,
    extra_age: usize,
}

fn shock() -> impl Strategy<Value = Shock> {
    (
        0usize..8,
        0.0f64..8.0,
        0.0f64..6.0,
        0.2f64..5.0,
        -3000.0f64..3000.0,
        (0usize..=100, 0usize..=100),
        (0usize..75, 0usize..75),
        0.0f64..2000.0,
        0usize..=100,
    )
        .prop_map(
            |(country, mx_factor, asfr_factor, srb, mig, a, s, extra, extra_age)| Shock {
                country,
                mx_factor,
                asfr_factor,
                srb,
                mig,
                mig_ages: (a.0.min(a.1), a.0.max(a.1)),
                mig_steps: (s.0.min(s.1), s.0.max(s.1)),
                extra,
                extra_age,
            },
        )
}

fn apply(s: &Shock) -> Inputs {
    let mut i = base()[s.country].clone();
    for k in 0..i.steps() {
        for sex in 0..2 {
            for m in i.mx[k][sex].iter_mut() {
                *m *= s.mx_factor;
            }
        }
        for f in i.asfr[k].iter_mut() {
            *f = (*f * s.asfr_factor).min(MAX_ASFR);
        }
        i.srb[k] = s.srb;
        if k >= s.mig_steps.0 && k <= s.mig_steps.1 {
            for sex in 0..2 {
                for x in s.mig_ages.0..=s.mig_ages.1 {
                    i.mig[k][sex][x] += s.mig;
                }
                i.extra_deaths[k][sex][s.extra_age] += s.extra;
            }
        }
    }
    i
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_scenario_stays_finite_non_negative_and_balanced(s in shock()) {
        let inputs = apply(&s);
        let p = project(&inputs).expect("valid inputs project");
        for k in 0..p.steps() {
            for sex in 0..2 {
                let (start, end, c) = (p.pop(k, sex).unwrap(), p.pop(k + 1, sex).unwrap(), p.step(k, sex).unwrap());
                let (b, d, m) = (c.births, c.death_count, c.mig_net_count);
                prop_assert!(end.iter().all(|v| v.is_finite() && *v >= 0.0));
                prop_assert!(d.iter().all(|v| v.is_finite() && *v >= 0.0), "deaths step {}", k);
                prop_assert!(b.is_finite() && b >= 0.0);
                let before: f64 = start.iter().sum();
                let after: f64 = end.iter().sum();
                let want = before + b - d.iter().sum::<f64>() + m.iter().sum::<f64>();
                prop_assert!((after - want).abs() <= 1e-9 * want.abs().max(after).max(1.0),
                    "step {} sex {}: {} vs {}", k, sex, after, want);
                prop_assert!(p.unremoved[k][sex] >= 0.0 && p.unremoved[k][sex].is_finite());
            }
            prop_assert!(p.e0_m[k].is_finite() && p.e0_f[k].is_finite());
            prop_assert!(p.e0_m[k] >= 0.0 && p.e0_f[k] >= 0.0);
        }
        let last = p.years() - 1;
        prop_assert!(p.median_age(last).is_finite() && p.old_age_dependency(last).is_finite());
    }
}
