//! The scenario API the widget uses: any scenario round-trips through its query string
//! (property test), scenarios from elsewhere are sanitized, relokanty hosts show the
//! brief's ranges and the scenario's effect, and two scenarios compare side by side.

use crossroads::scenario::{
    comparison, embedded_data, embedded_table, project, relokanty_hosts, ParamKind, Scenario,
};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Setting any numeric parameters to any values (in or out of range), then writing and
    /// reading the query string gives back exactly the same scenario and no clamps.
    #[test]
    fn any_scenario_round_trips(values in prop::collection::vec((0usize..64, -1.0e4f64..1.0e4), 0..12),
                                country in 0usize..8, variant in 0usize..3) {
        let t = embedded_table().unwrap();
        let numeric: Vec<_> = t.params.iter().filter(|p| p.kind == ParamKind::Number).collect();
        let mut s = Scenario::baseline(t);
        for (i, v) in values {
            let p = numeric[i % numeric.len()];
            let _ = s.set_number(t, p.key, v);
        }
        let c = t.get("country").unwrap().choices[country];
        s.set_choice(t, "country", c).unwrap();
        let v = t.get("variant").unwrap().choices[variant];
        s.set_choice(t, "variant", v).unwrap();
        let q = s.write_query(t);
        let (back, clamps) = Scenario::parse_query(t, &q).unwrap();
        prop_assert!(clamps.is_empty());
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(back.write_query(t), q);
    }
}

#[test]
fn scenarios_from_elsewhere_are_sanitized() {
    let t = embedded_table().unwrap();
    let mut s = Scenario::baseline(t);
    s.tfr_shift = f64::NAN;
    s.e0_m = 1e6;
    s.country = "Mars".into();
    s.war_deaths = 12.3456;
    let changed = s.sanitize(t);
    let keys: Vec<&str> = changed.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["country", "tfr_shift", "e0_m"]);
    assert_eq!(s.country, "RUS");
    assert_eq!(s.tfr_shift, 0.0);
    assert_eq!(s.e0_m, 15.0);
    assert_eq!(s.war_deaths, 12.3);
    // project() sanitizes too: a NaN never reaches the engine.
    let mut bad = Scenario::baseline(t);
    bad.e0_f = f64::NAN;
    bad.lab_uzb = f64::INFINITY;
    let r = project(embedded_data().unwrap(), &bad).unwrap();
    assert!(r
        .main
        .projection
        .pop_count_f
        .iter()
        .flatten()
        .all(|v| v.is_finite()));
}

/// Brief ranges (RK019, RK049, RK063, RK079): Georgia 62-130k, Armenia 60-300k,
/// Kazakhstan 150-300k, Kyrgyzstan 30-60k. Half of the 870k relokanty (the slider's
/// default) returning by 2030 takes from each host its share of those 435k: the host's
/// midpoint over the Re:Russia midpoint of 869.5k (RK003).
#[test]
fn relokanty_hosts_show_ranges_and_the_scenario_effect() {
    let d = embedded_data().unwrap();
    let (s, _) = Scenario::from_query("rel_return=50").unwrap();
    let hosts = relokanty_hosts(d, &project(d, &s).unwrap()).unwrap();
    let ranges: Vec<(&str, f64, f64)> = hosts
        .iter()
        .map(|h| (h.iso3.as_str(), h.low, h.high))
        .collect();
    assert_eq!(
        ranges,
        [
            ("GEO", 62.0, 130.0),
            ("ARM", 60.0, 300.0),
            ("KAZ", 150.0, 300.0),
            ("KGZ", 30.0, 60.0)
        ]
    );
    for h in &hosts {
        let by2031 = h.change.iter().find(|(y, _)| *y == 2031).unwrap().1;
        let want = -435.0 * (h.low + h.high) / 2.0 / 869.5;
        assert!(
            (by2031 - want).abs() < 1e-6,
            "{}: {by2031} vs {want}",
            h.iso3
        );
        assert!(!h.as_stated.is_empty());
    }
}

#[test]
fn two_scenarios_compare_side_by_side() {
    let d = embedded_data().unwrap();
    let a = project(d, &Scenario::from_query("").unwrap().0).unwrap();
    let b = project(d, &Scenario::from_query("tfr_shift=0.5").unwrap().0).unwrap();
    let c = comparison(&a.main.projection, &b.main.projection);
    assert_eq!(c.a.len(), 76);
    assert_eq!(c.difference.len(), 76);
    assert_eq!(c.difference[0], (2025, 0.0));
    let measures: Vec<&str> = c.outcomes.iter().map(|o| o.measure.as_str()).collect();
    for m in [
        "population 2030",
        "population 2046",
        "population 2050",
        "population 2100",
        "population 20-64 in 2050",
        "median age in 2050",
        "births mid-2050 to mid-2100",
    ] {
        assert!(measures.contains(&m), "{m}: {measures:?}");
    }
    let o = c
        .outcomes
        .iter()
        .find(|o| o.measure == "population 2100")
        .unwrap();
    assert!(
        o.difference > 10_000.0,
        "higher fertility adds millions by 2100: {}",
        o.difference
    );
    let m = c
        .outcomes
        .iter()
        .find(|o| o.measure == "median age in 2050")
        .unwrap();
    assert!(m.difference < 0.0, "and a younger population");
}
