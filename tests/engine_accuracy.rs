//! The engine fed UN WPP 2024 inputs reproduces WPP 2024's published projections (United
//! Nations, DESA, Population Division (2024). World Population Prospects 2024), and keeps
//! its own accounts: population(t+1) = population(t) + births − deaths + net migration.
//! Tolerances are the accuracy bar of issue 4; each test states the published table.

use crossroads::data::{CountryData, Dataset, PopTotalRow, Sex, Variant, AGE5_GROUPS};
use crossroads::engine::{
    baseline, project, project_into, split_population, EngineError, Inputs, Projection, AGES,
};

fn data() -> Dataset {
    Dataset::embedded().expect("embedded data")
}

/// WPP mid-year total of `year`: mean of the year-end totals of `year - 1` and `year`
/// (`data/pop_total.csv`, from WPP 2024 popprojMed/Low/High.txt; end-2024 is the first
/// projected year-end, so mid-2025 uses it for every variant).
fn wpp_mid(c: &CountryData, year: i32, pick: fn(&PopTotalRow) -> Option<f64>) -> f64 {
    let a = c.pop_total(year - 1).expect("row");
    let b = c.pop_total(year).expect("row");
    0.5 * (pick(a).or(a.estimate).or(a.medium).expect("t-1") + pick(b).expect("t"))
}

fn run(c: &CountryData, v: Variant) -> Projection {
    project(&baseline(c, v).expect("baseline")).expect("projection")
}

/// Table: WPP 2024 total population, medium variant (popprojMed.txt), every year
/// 2025–2100, all 8 countries. Tolerance 0.25 % (issue 4); measured max 0.17 % (UKR 2100).
#[test]
fn medium_totals_within_a_quarter_percent_every_year() {
    let d = data();
    for c in d.countries().expect("countries") {
        let p = run(c, Variant::Medium);
        assert_eq!((p.year(0), p.year(p.years() - 1)), (2025, 2100));
        for i in 0..p.years() {
            let y = p.year(i);
            let want = wpp_mid(c, y, |r| r.medium);
            let err = 100.0 * (p.total(i) - want) / want;
            assert!(
                err.abs() <= 0.25,
                "{} {y}: engine {:.1} vs WPP {want:.1} ({err:+.3} %)",
                c.info.iso3,
                p.total(i)
            );
        }
    }
}

/// Table: WPP 2024 population by sex and 5-year age group, medium (popprojAge5dt.rda,
/// mid-year). Every group within 0.1 % of the total population (issue 4); measured max
/// 0.030 % (RUS 2050, women 45-49).
#[test]
fn medium_age_groups_within_a_tenth_percent_of_the_total() {
    let d = data();
    for c in d.countries().expect("countries") {
        let p = run(c, Variant::Medium);
        for y in [2030, 2050, 2075, 2100] {
            let i = p.index_of(y).expect("year");
            let total = wpp_mid(c, y, |r| r.medium);
            for sex in Sex::BOTH {
                let want = c.pop_age5(y, Variant::Medium, sex).expect("age5");
                let pop = p.pop(i, sex.index()).expect("pop");
                for g in 0..AGE5_GROUPS {
                    let hi = if g == AGE5_GROUPS - 1 {
                        AGES
                    } else {
                        5 * g + 5
                    };
                    let got: f64 = pop[5 * g..hi].iter().sum();
                    let err = 100.0 * (got - want[g]) / total;
                    assert!(
                        err.abs() <= 0.1,
                        "{} {y} {sex:?} group {g}: {got:.2} vs {:.2} ({err:+.4} % of total)",
                        c.info.iso3,
                        want[g]
                    );
                }
            }
        }
    }
}

/// Tables: WPP 2024 Low and High variants (popprojLow.txt, popprojHigh.txt), regenerated
/// from each variant's mid-2025 population and TFR path with the medium age pattern of
/// fertility. Low within 0.5 % at 2050 and 2100, High within 0.5 % at 2050 and 1.25 % at
/// 2100 (issue 4: WPP recomputes the fertility age pattern per variant, which we cannot).
/// Measured: Low max 0.23 % (ARM 2100), High 0.28 % at 2050 (UKR), 0.93 % at 2100 (TJK,
/// where the gap sits in the 0-49 year olds of 2100, i.e. in births after 2050).
#[test]
fn low_and_high_variants_are_regenerated() {
    let d = data();
    for c in d.countries().expect("countries") {
        for (v, pick, tol) in [
            (
                Variant::Low,
                (|r: &PopTotalRow| r.low) as fn(&PopTotalRow) -> Option<f64>,
                [0.5, 0.5],
            ),
            (Variant::High, |r: &PopTotalRow| r.high, [0.5, 1.25]),
        ] {
            let p = run(c, v);
            for (y, tol) in [2050, 2100].into_iter().zip(tol) {
                let i = p.index_of(y).expect("year");
                let want = wpp_mid(c, y, pick);
                let err = 100.0 * (p.total(i) - want) / want;
                assert!(
                    err.abs() <= tol,
                    "{} {v:?} {y}: {:.1} vs {want:.1} ({err:+.3} %)",
                    c.info.iso3,
                    p.total(i)
                );
            }
        }
    }
}

/// Table: WPP 2024 life expectancy at birth by sex (e0Mproj/e0Fproj.txt), calendar years.
/// A step runs from mid-year t to t+1, so it is compared with the mean of years t and t+1.
/// Not tautological: the engine never sees WPP's e0; its rates come from the abridged
/// 5-year-period death rates (mxM5/mxF5) alone. Tolerance 0.1 years; measured max 0.027.
#[test]
fn life_expectancy_matches_wpp_each_year() {
    let d = data();
    for c in d.countries().expect("countries") {
        let p = run(c, Variant::Medium);
        for k in 0..p.steps() {
            let y = p.year(k);
            let (a, b) = (c.indicator(y).expect("y"), c.indicator(y + 1).expect("y+1"));
            let wm = 0.5 * (a.e0_m.expect("e0m") + b.e0_m.expect("e0m"));
            let wf = 0.5 * (a.e0_f.expect("e0f") + b.e0_f.expect("e0f"));
            assert!(
                (p.e0_m[k] - wm).abs() <= 0.1 && (p.e0_f[k] - wf).abs() <= 0.1,
                "{} {y}-{}: e0 male {:.3} vs {wm:.3}, female {:.3} vs {wf:.3}",
                c.info.iso3,
                y + 1,
                p.e0_m[k],
                p.e0_f[k]
            );
        }
    }
}

fn sum(a: &[f64; AGES]) -> f64 {
    a.iter().sum()
}

/// Accounting: each sex's population at t+1 equals that at t plus its births minus its
/// deaths plus its applied net migrants, to floating-point rounding (1e-9 relative).
fn assert_balances(p: &Projection, what: &str) {
    for k in 0..p.steps() {
        for sex in 0..2 {
            let (Some(before), Some(after), Some(c)) =
                (p.pop(k, sex), p.pop(k + 1, sex), p.step(k, sex))
            else {
                panic!("{what} step {k} sex {sex}: missing from the projection");
            };
            let want = sum(before) + c.births - sum(c.death_count) + sum(c.mig_net_count);
            let got = sum(after);
            assert!(
                (got - want).abs() <= 1e-9 * got.max(1.0),
                "{what} step {k} sex {sex}: {got} vs {want}"
            );
            assert!(after.iter().all(|v| v.is_finite() && *v >= 0.0));
        }
    }
}

#[test]
fn population_balances_births_deaths_and_migration() {
    let d = data();
    for c in d.countries().expect("countries") {
        for v in [Variant::Medium, Variant::Low, Variant::High] {
            assert_balances(&run(c, v), &format!("{} {v:?}", c.info.iso3));
        }
    }
}

/// A scenario sending away far more people than live in a cohort, and war deaths beyond
/// a cohort's size: no cohort goes negative, the shortfall is reported, and the accounts
/// still balance.
#[test]
fn removals_beyond_a_cohort_are_clamped_and_reported() {
    let d = data();
    let c = d.country("ARM").expect("ARM");
    let mut inputs = baseline(c, Variant::Medium).expect("baseline");
    let base_25: f64 = inputs.pop_base[0][24] + inputs.pop_base[1][24];
    for k in 0..5 {
        for sex in 0..2 {
            for x in 18..=40 {
                inputs.mig[k][sex][x] = -1_000.0; // a million a cohort: far beyond Armenia's
            }
            inputs.extra_deaths[k][sex][60] = 500.0;
        }
    }
    let p = project(&inputs).expect("projection");
    assert!(base_25 < 100.0);
    for k in 0..5 {
        for sex in 0..2 {
            let pop = p.pop(k + 1, sex).expect("pop");
            assert!(pop.iter().all(|v| *v >= 0.0 && v.is_finite()));
            assert_eq!(pop[30], 0.0, "cohort 30 emptied at step {k}");
        }
        // Asked to remove 2 × 23 × 1000 + 2 × 500 thousand; only the cohorts were there.
        assert!(
            p.unremoved_total(k) > 40_000.0,
            "step {k}: {}",
            p.unremoved_total(k)
        );
        let asked = 2.0 * 23.0 * 1_000.0 + 1_000.0;
        let out: f64 = (18..=40)
            .map(|x| p.mig_net_count_m[k][x] + p.mig_net_count_f[k][x])
            .sum();
        let removed = -out + p.extra_death_count[k][0] + p.extra_death_count[k][1];
        // At step 0 every other cohort is intact, so the shortfall is exactly what was
        // asked and not removed; later, baseline emigration from emptied cohorts adds to it.
        let slack = if k == 0 { 1e-6 * asked } else { 0.01 * asked };
        assert!(
            removed > 0.0 && (removed + p.unremoved_total(k) - asked).abs() < slack,
            "step {k}: removed {removed} + unremoved {} vs asked {asked}",
            p.unremoved_total(k)
        );
    }
    assert_balances(&p, "ARM clamped");
}

/// Newborns get infant mortality: with no migrants, the cohort aged 0 at the end of a
/// step is the step's births times the life table's L0 / l0, which is below 1.
#[test]
fn births_survive_the_step_with_the_infant_factor() {
    let d = data();
    let c = d.country("TJK").expect("TJK");
    let mut inputs = baseline(c, Variant::Medium).expect("baseline");
    for m in inputs.mig.iter_mut() {
        *m = [[0.0; AGES]; 2];
    }
    let p = project(&inputs).expect("projection");
    for k in [0, 40, 74] {
        let lt = crossroads::engine::LifeTable::from_mx(&inputs.mx[k][0], 0);
        let l0 = lt.big_lx[0];
        assert!(l0 < 0.999 && l0 > 0.9, "{l0}");
        let got = p.pop_count_m[k + 1][0];
        assert!((got - p.births_m[k] * l0).abs() < 1e-9 * got, "step {k}");
    }
}

/// The base population split to single ages keeps every WPP 5-year group (popprojAge5dt,
/// mid-2025) to rounding.
#[test]
fn base_split_keeps_each_group() {
    let d = data();
    for c in d.countries().expect("countries") {
        for sex in Sex::BOTH {
            let g = c.pop_age5(2025, Variant::Medium, sex).expect("age5");
            let mut single = [0.0; AGES];
            split_population(g, &mut single);
            assert!(single.iter().all(|v| *v >= 0.0));
            for i in 0..AGE5_GROUPS {
                let hi = if i == AGE5_GROUPS - 1 {
                    AGES
                } else {
                    5 * i + 5
                };
                let s: f64 = single[5 * i..hi].iter().sum();
                assert!(
                    (s - g[i]).abs() < 1e-9 * g[i].max(1.0),
                    "{} {i}",
                    c.info.iso3
                );
            }
        }
    }
}

#[test]
fn bad_inputs_give_errors_naming_the_cell() {
    let d = data();
    let c = d.country("GEO").expect("GEO");
    let good = baseline(c, Variant::Medium).expect("baseline");

    let mut nan = good.clone();
    nan.mx[3][1][70] = f64::NAN;
    let msg = project(&nan).expect_err("NaN").to_string();
    assert!(
        msg.contains("`mx`") && msg.contains("step 3") && msg.contains("age 70"),
        "{msg}"
    );

    let mut inf = good.clone();
    inf.mig[0][0][20] = f64::INFINITY;
    assert!(matches!(
        project(&inf),
        Err(EngineError::BadInput { field: "mig", .. })
    ));

    let mut neg = good.clone();
    neg.asfr[5][30] = -0.1;
    assert!(matches!(
        project(&neg),
        Err(EngineError::BadInput { field: "asfr", .. })
    ));

    let mut short = good.clone();
    short.srb.pop();
    let msg = project(&short).expect_err("shape").to_string();
    assert!(msg.contains("`srb`") && msg.contains("74"), "{msg}");

    assert!(matches!(
        baseline(c, Variant::Estimate),
        Err(EngineError::UnsupportedVariant(_))
    ));
    let mut gap = c.clone();
    gap.pasfr5.retain(|r| r.year != 2060);
    let msg = baseline(&gap, Variant::Medium)
        .expect_err("gap")
        .to_string();
    assert!(
        msg.contains("GEO") && msg.contains("2060") && msg.contains("pasfr5"),
        "{msg}"
    );
}

/// `project_into` reuses the buffers of an earlier projection of the same length.
#[test]
fn project_into_reuses_its_buffers() {
    let d = data();
    let c = d.country("KGZ").expect("KGZ");
    let inputs: Inputs = baseline(c, Variant::Medium).expect("baseline");
    let mut p = project(&inputs).expect("first");
    let before = (
        p.pop_count_f.as_ptr(),
        p.death_count_m.as_ptr(),
        p.e0_f.as_ptr(),
    );
    let first = p.clone();
    project_into(&inputs, &mut p).expect("second");
    assert_eq!(
        before,
        (
            p.pop_count_f.as_ptr(),
            p.death_count_m.as_ptr(),
            p.e0_f.as_ptr()
        )
    );
    assert_eq!(p, first);
    // The helpers agree with the arrays.
    let i = p.index_of(2050).expect("2050");
    assert!(p.median_age(i) > 20.0 && p.median_age(i) < 60.0);
    let oadr = p.pop_65_plus(i) / p.pop_20_64(i);
    assert!((p.old_age_dependency(i) - oadr).abs() < 1e-12);
}

/// A projection without its by-age components (what the chart cache keeps) answers every
/// question a chart asks with the same numbers, and a projection into it restores them.
#[test]
fn dropping_the_age_detail_keeps_what_charts_read() {
    let d = data();
    let c = d.require_country("TJK").expect("TJK");
    let full = run(c, Variant::Medium);
    let mut slim = full.clone();
    slim.drop_age_detail();
    assert_eq!(slim.years(), full.years());
    for k in 0..full.steps() {
        assert_eq!(slim.births(k), full.births(k));
        assert_eq!(
            slim.deaths(k).to_bits(),
            full.deaths(k).to_bits(),
            "step {k}"
        );
        assert_eq!(
            slim.net_migration(k).to_bits(),
            full.net_migration(k).to_bits()
        );
        assert_eq!(slim.unremoved_total(k), full.unremoved_total(k));
        assert!(slim.step(k, 0).is_none() && slim.unremoved_mig(k, 1).is_none());
    }
    for i in 0..full.years() {
        assert_eq!(slim.pop(i, 0), full.pop(i, 0));
        assert_eq!(slim.median_age(i), full.median_age(i));
    }
    assert!(full.deaths(10) > 0.0 && full.net_migration(10) != 0.0);
    // Of the per-age arrays (each sex alike) only the populations are kept: years of the
    // 4 arrays a full projection holds per step.
    let arrays = |p: &Projection| {
        p.pop_count_m.len()
            + p.death_count_m.len()
            + p.mig_net_count_m.len()
            + p.unremoved_mig_m.len()
    };
    assert_eq!(arrays(&full), full.years() + 3 * full.steps());
    assert_eq!(arrays(&slim), full.years());
    // Projecting into it again restores the components.
    project_into(&baseline(c, Variant::Medium).expect("baseline"), &mut slim).expect("project");
    assert_eq!(slim, full);
}
