//! Property tests (proptest) of the widget's front door, [`ViewRequest::parse`]: the query
//! string of the page URL, with view keys (`view`, `year`, `lang`, `b`, `presets`) mixed
//! into the levers (issue 7). Arbitrary strings and soups of real, misspelt and junk keys
//! with odd values, nested scenario-B query strings included: no panic; an accepted request
//! holds a valid scenario and year, and round-trips (`parse(to_query(r))` gives `r` again
//! with no clamps); a refusal is a short one-line message.
//!
//! Cases: see `hardening_support::cases`; long run: `PROPTEST_CASES=20000 cargo test
//! --test fuzz_view_request`.

mod hardening_support;

use crossroads::chart::{ScenarioB, ViewRequest};
use crossroads::scenario::{embedded_table, ParamKind};
use hardening_support::{cases, unpresentable};
use proptest::prelude::*;

fn all_keys() -> Vec<&'static str> {
    let t = embedded_table().unwrap();
    t.view.iter().map(|p| p.key).chain(t.keys()).collect()
}

fn all_choices() -> Vec<&'static str> {
    let t = embedded_table().unwrap();
    t.view
        .iter()
        .chain(&t.params)
        .flat_map(|p| p.choices.iter().copied())
        .collect()
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(all_keys()).prop_map(str::to_string),
        1 => prop::sample::select(all_keys()).prop_map(|k| k.to_uppercase()),
        1 => prop::sample::select(vec!["", "vew", "years", "b.", "%FF", " view "]).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (-1.0e4f64..1.0e4).prop_map(|v| format!("{v}")),
        2 => (1900i32..2200).prop_map(|y| y.to_string()),
        3 => prop::sample::select(all_choices()).prop_map(str::to_string),
        1 => prop::sample::select(all_choices()).prop_map(|c| c.to_uppercase()),
        2 => prop::sample::select(vec![
            "NaN", "inf", "1e999", "-0", "", "+", "%FF", "%", "\u{661}", "0x10",
            // Nested scenario B, encoded and not.
            "tfr_shift%3D0.3%26lab_tjk%3D500", "tfr_shift=0.3", "country%3DTJK",
            "view%3Dpyramid", "tfr_shift%3DNaN", "%3D", "un_low", "UN_HIGH",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            key(),
            prop::sample::select(vec!["=", "=", "=", ""]),
            value(),
        ),
        0..8,
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, eq, v)| format!("{k}{eq}{v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn check(q: &str) -> Result<(), TestCaseError> {
    let t = embedded_table().unwrap();
    match ViewRequest::parse(t, q) {
        Ok(r) => {
            let year = t.view_param("year").unwrap();
            prop_assert!(f64::from(r.year) >= year.min && f64::from(r.year) <= year.max);
            for p in &t.params {
                if p.kind == ParamKind::Number {
                    let v = r.scenario.number(p.key).unwrap();
                    prop_assert!(v.is_finite() && v >= p.min && v <= p.max, "{}={}", p.key, v);
                }
            }
            if let ScenarioB::Query(b) = &r.b {
                prop_assert_eq!(&b.country, &r.scenario.country);
            }
            for c in &r.clamps {
                if let Some(why) = unpresentable(&c.to_string()) {
                    prop_assert!(false, "{:?}: {}", q, why);
                }
            }
            let w = r.to_query(t);
            let back = ViewRequest::parse(t, &w);
            prop_assert!(back.is_ok(), "{:?} wrote {:?}: {:?}", q, w, back);
            let back = back.unwrap();
            prop_assert!(
                back.clamps.is_empty(),
                "{:?} → {:?}: {:?}",
                q,
                w,
                back.clamps
            );
            let mut want = r.clone();
            want.clamps.clear();
            prop_assert_eq!(&back, &want, "{:?} → {:?}", q, w);
            prop_assert_eq!(back.to_query(t), w);
        }
        Err(e) => {
            if let Some(why) = unpresentable(&e.to_string()) {
                prop_assert!(false, "{:?}: {}", q, why);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1000), ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_a_request_or_a_clean_refusal(q in any::<String>()) {
        check(&q)?;
    }

    #[test]
    fn view_and_lever_soups_are_requests_or_clean_refusals(q in soup()) {
        check(&q)?;
    }
}

/// Distinct real levers with readable values (clamped where out of range).
fn readable_levers() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            -1.0e5f64..1.0e5,
            any::<prop::sample::Index>(),
        ),
        0..8,
    )
    .prop_map(|picks| {
        let t = embedded_table().unwrap();
        let mut used = Vec::new();
        let mut q = Vec::new();
        for (ki, v, ci) in picks {
            let p = ki.get(&t.params);
            if used.contains(&p.key) {
                continue;
            }
            used.push(p.key);
            match p.kind {
                ParamKind::Number => q.push(format!("{}={v}", p.key)),
                ParamKind::Choice => q.push(format!("{}={}", p.key, ci.get(&p.choices))),
            }
        }
        q.join("&")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(500), ..ProptestConfig::default() })]

    /// The compare view with a scenario B given as a whole query string: accepted, B keeps
    /// A's country, and the request round-trips, also when B equals the baseline.
    #[test]
    fn compare_requests_with_a_query_for_b_round_trip(
        a in readable_levers(),
        b in readable_levers().prop_filter("B must set something", |b| !b.is_empty()),
        year in 1900i32..2200,
    ) {
        let enc: String = form_urlencoded::byte_serialize(b.as_bytes()).collect();
        let q = format!("view=compare&year={year}&b={enc}&{a}");
        let r = ViewRequest::parse(embedded_table().unwrap(), &q);
        prop_assert!(r.is_ok(), "{}: {:?}", q, r.err());
        prop_assert!(matches!(r.unwrap().b, ScenarioB::Query(_)));
        check(&q)?;
    }
}

/// A scenario B given as a query string that equals the baseline once clamped
/// (`b=war_end%3D0`: 0 clamps to the default 2025) or once A's country replaces its own
/// (`b=country%3DTJK`) round-trips (it was once written back as `b=`, which the parser
/// refuses; `to_query` now always writes B's country).
#[test]
fn scenario_b_equal_to_the_baseline_round_trips() {
    let t = embedded_table().unwrap();
    for q in ["view=compare&b=war_end%3D0", "view=compare&b=country%3DTJK"] {
        let r = ViewRequest::parse(t, q).unwrap();
        let w = r.to_query(t);
        let back = ViewRequest::parse(t, &w);
        assert!(back.is_ok(), "{q} wrote {w}: {:?}", back.err());
    }
}
