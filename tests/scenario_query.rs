//! The query string: round trips, defaults omitted, clamps reported, and every kind of bad
//! input rejected with a message naming it.

use crossroads::scenario::{embedded_table, ParamKind, QueryError, Scenario, ScenarioError};

fn parse(q: &str) -> Result<(Scenario, Vec<crossroads::scenario::Clamp>), QueryError> {
    Scenario::parse_query(embedded_table().unwrap(), q)
}

#[test]
fn the_baseline_writes_an_empty_query() {
    let s = Scenario::embedded_baseline().unwrap();
    assert_eq!(s.to_query().unwrap(), "");
    assert_eq!(parse("").unwrap().0, s);
    assert_eq!(parse("?").unwrap().0, s);
    assert_eq!(s.country, "RUS");
    assert_eq!(s.variant.as_ref(), "medium");
}

#[test]
fn defaults_come_from_the_data() {
    let t = embedded_table().unwrap();
    // Brief CR064: 115,000 dead by 2024-10 since 2022-02 (CR003) = 32 months → 43.1k a year.
    let war = t.get("war_deaths").unwrap();
    assert!((war.default - 43.1).abs() < 0.05, "{}", war.default);
    assert!(
        war.source
            .contains("US officials' estimate of Russian military dead")
            && war.source.contains("115000")
            && !war.source.contains("CR0"),
        "the source in words, without brief ids: {}",
        war.source
    );
    // compatriots.csv: 2024, 31,700 registered.
    assert_eq!(t.get("compat").unwrap().default, 31.7);
    // Re:Russia 817k-922k (RK003): midpoint 869.5 → 870 at 0 decimals.
    assert_eq!(t.get("rel_stock").unwrap().default, 870.0);
    for p in &t.params {
        assert!(p.min <= p.default && p.default <= p.max, "{}", p.key);
        assert!(!p.source.is_empty(), "{} has no source", p.key);
        assert!(!p.label.is_empty(), "{}", p.key);
        if p.kind == ParamKind::Choice {
            assert!(!p.choices.is_empty());
        }
    }
}

#[test]
fn values_round_trip_and_only_changes_are_written() {
    let q = "country=TJK&tfr_shift=0.25&war_deaths=50&war_end=2030&lab_tjk=2500";
    let (s, clamps) = parse(q).unwrap();
    assert!(clamps.is_empty());
    assert_eq!(s.country, "TJK");
    assert_eq!(s.tfr_shift, 0.25);
    assert_eq!(s.write_query(embedded_table().unwrap()), q);
    // Keys in any order and case of choices come back canonical, in table order.
    let (s2, _) =
        parse("lab_tjk=2500&war_end=2030&war_deaths=50.0&tfr_shift=.25&country=tjk").unwrap();
    assert_eq!(s2, s);
    // A value equal to the default is not written.
    let (s3, _) = parse("war_deaths=43.1&variant=medium").unwrap();
    assert_eq!(s3.to_query().unwrap(), "");
}

#[test]
fn values_are_rounded_to_the_table_decimals() {
    let (s, _) = parse("tfr_shift=0.123").unwrap();
    assert_eq!(s.tfr_shift, 0.12);
    assert_eq!(s.to_query().unwrap(), "tfr_shift=0.12");
}

#[test]
fn out_of_range_values_are_clamped_and_reported() {
    let (s, clamps) = parse("tfr_shift=5&e0_m=-40").unwrap();
    assert_eq!(s.tfr_shift, 1.5);
    assert_eq!(s.e0_m, -10.0);
    assert_eq!(clamps.len(), 2);
    let msg = clamps[0].to_string();
    assert!(
        msg.contains("tfr_shift=5") && msg.contains("-1.5..1.5") && msg.contains("using 1.5"),
        "{msg}"
    );
}

#[test]
fn bad_input_is_rejected_with_a_message_naming_it() {
    let cases: [(&str, &str); 8] = [
        ("tfr_shfit=0.2", "did you mean 'tfr_shift'"),
        ("frobnicate=1", "unknown parameter 'frobnicate'"),
        ("tfr_shift=abc", "tfr_shift=abc: not a number"),
        ("tfr_shift=NaN", "not a finite number"),
        ("e0_m=Infinity", "not a finite number"),
        ("tfr_shift=0.1&tfr_shift=0.2", "given twice"),
        ("tfr_shift=", "has no value"),
        (
            "country=FRA",
            "use one of RUS, GEO, ARM, KAZ, KGZ, TJK, UZB, UKR",
        ),
    ];
    for (q, want) in cases {
        let e = parse(q).expect_err(q);
        assert!(e.to_string().contains(want), "{q}: {e}");
    }
    assert!(matches!(parse("=3"), Err(QueryError::EmptyKey { .. })));
    assert!(matches!(
        Scenario::from_query("variant=middle"),
        Err(ScenarioError::Query(QueryError::BadChoice { .. }))
    ));
}

#[test]
fn percent_encoding_is_read() {
    let (s, _) = parse("country=%52US&tfr_shift=%2B0.5").unwrap();
    assert_eq!(s.country, "RUS");
    assert_eq!(s.tfr_shift, 0.5);
}

/// The removed remittance shares of Armenia, Georgia and Kazakhstan (they moved nothing):
/// an old address with them still reads, as if they were absent, with a note naming each
/// and saying why; the canonical query drops them; a retired key twice is still a
/// duplicate, and a misspelt live key is still an error.
#[test]
fn retired_keys_read_as_absent_with_a_note() {
    let t = embedded_table().unwrap();
    let base = Scenario::embedded_baseline().unwrap();
    for (key, _) in crossroads::scenario::RETIRED_KEYS {
        assert!(t.get(key).is_none(), "{key} is still a lever");
        let q = format!("{key}=40&tfr_shift=0.2");
        let (s, clamps, notes) = Scenario::parse_query_notes(t, &q).unwrap();
        // Notes on defaults that act not as set (war deaths while the war has ended) are
        // the widget's, not about what was given.
        let notes: Vec<_> = notes.into_iter().filter(|n| !n.implicit).collect();
        assert!(clamps.is_empty());
        assert_eq!(s.to_query().unwrap(), "tfr_shift=0.2");
        assert_ne!(s, base);
        assert_eq!(notes.len(), 1, "{notes:?}");
        let msg = notes[0].to_string();
        assert!(msg.starts_with(&format!("{key}=40 has no effect")), "{msg}");
        assert!(
            msg.contains("removed") && msg.contains("changed nothing"),
            "{msg}"
        );
        assert_eq!(
            Scenario::retired_notes(&format!("view=remittances&{key}=40")),
            notes
        );
        assert!(matches!(
            parse(&format!("{key}=1&{key}=2")),
            Err(QueryError::Duplicate { .. })
        ));
    }
    assert!(matches!(
        parse("rshare_am=1"),
        Err(QueryError::UnknownKey { .. })
    ));
}

/// The widget's notes on idle levers come from its whole request (view keys beside the
/// levers): the view keys are not levers and raise no note; a TFR target while the mode is
/// `shift` does.
#[test]
fn lever_notes_of_a_widget_request_skip_its_view_keys() {
    let t = embedded_table().unwrap();
    let idle = Scenario::lever_notes(t, "view=compare&year=2050&tfr_mode=shift&tfr_target=1.8");
    let keys: Vec<&str> = idle
        .iter()
        .filter(|n| !n.implicit)
        .map(|n| n.key.as_str())
        .collect();
    assert_eq!(keys, ["tfr_target"], "{idle:?}");
    let none = Scenario::lever_notes(t, "view=compare&year=2050&tfr_shift=0.3");
    assert!(none.iter().all(|n| n.implicit), "{none:?}");
    assert!(!none.iter().any(|n| n.key == "view" || n.key == "year"));
}
