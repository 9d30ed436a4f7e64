//! Presets: each round-trips exactly through its query string, none empties a cohort, and
//! the Rosstat presets land on Rosstat's published 1 January 2046 totals (130.6 / 138.77 /
//! 150.87 million; data/rosstat_forecast.csv) compared like with like.

use crossroads::scenario::{
    embedded_data, embedded_table, population_jan1, presets, project, Scenario,
};

#[test]
fn every_preset_round_trips_through_its_query_string() {
    let d = embedded_data().unwrap();
    let t = embedded_table().unwrap();
    let list = presets(d).unwrap();
    assert_eq!(list.len(), 11);
    for p in &list {
        let (s, clamps) = Scenario::parse_query(t, &p.query).unwrap();
        assert!(clamps.is_empty(), "{}: {clamps:?}", p.name);
        assert_eq!(s.write_query(t), p.query, "{}", p.name);
        let (s2, _) = Scenario::parse_query(t, &s.write_query(t)).unwrap();
        assert_eq!(s2, s);
    }
    assert_eq!(list[0].query, "", "UN medium is the baseline");
    let ids: Vec<&str> = list.iter().map(|p| p.id).collect();
    for want in [
        "un_low",
        "un_high",
        "rosstat_low",
        "rosstat_medium",
        "rosstat_high",
        "compatriots_goal",
        "crocus_persists",
        "war_ends_relokanty_return",
        "no_net_migration",
        "hold_workforce",
    ] {
        assert!(ids.contains(&want), "{want}");
    }
}

#[test]
fn no_preset_empties_a_cohort() {
    let d = embedded_data().unwrap();
    for p in presets(d).unwrap() {
        let (s, _) = Scenario::from_query(&p.query).unwrap();
        let r = project(d, &s).unwrap();
        assert_eq!(r.unremoved(), 0.0, "{}", p.name);
        for c in std::iter::once(&r.main).chain(r.linked.iter()) {
            for year in c
                .projection
                .pop_count_m
                .iter()
                .chain(c.projection.pop_count_f.iter())
            {
                assert!(
                    year.iter().all(|v| v.is_finite() && *v >= 0.0),
                    "{} {}",
                    p.name,
                    c.iso3
                );
            }
        }
    }
}

/// Tolerance 1.5 % of the marker (about 2 million): the presets carry Rosstat's published
/// assumptions (average net migration, e0 by sex in 2045, the high TFR of 1.78, the low
/// variant's average natural decrease) but not its unpublished paths (medium TFR, the
/// year-by-year e0 and migration paths, its base-year age structure), and the markers are
/// rounded to 0.01-0.1 million. The comparison is like with like: Rosstat's published total
/// (which includes Crimea and Sevastopol) minus Crimea and Sevastopol at Rosstat's 2021
/// census, against the engine on WPP's territory (which does not include them).
#[test]
fn rosstat_presets_land_on_the_published_2046_totals() {
    let d = embedded_data().unwrap();
    let mut seen = 0;
    for p in presets(d).unwrap() {
        let Some(m) = &p.marker else { continue };
        seen += 1;
        let (s, _) = Scenario::from_query(&p.query).unwrap();
        let r = project(d, &s).unwrap();
        let got = population_jan1(&r.main.projection, m.year).unwrap();
        let gap = (got - m.adjusted) / m.adjusted;
        eprintln!(
            "{}: {:.0} vs adjusted {:.0} (published {:.0}): {:+.2} %",
            p.name,
            got,
            m.adjusted,
            m.published,
            100.0 * gap
        );
        assert!(gap.abs() < 0.015, "{}: {got} vs {}", p.name, m.adjusted);
        // The adjustment removes Crimea and Sevastopol, about 2.5 million.
        assert!((m.published - m.adjusted - m.removed).abs() < 1e-9);
        assert!(m.removed > 2_000.0 && m.removed < 3_000.0, "{}", m.removed);
    }
    assert_eq!(seen, 3);
    let pubs: Vec<f64> = presets(d)
        .unwrap()
        .iter()
        .filter_map(|p| p.marker.as_ref().map(|m| m.published))
        .collect();
    assert_eq!(pubs, [130_600.0, 138_770.0, 150_870.0]);
}
