//! Property tests (proptest) of the query-string parser (issue 7): arbitrary strings and
//! key=value soups built from real keys, near misses, junk, percent-encoded bytes, numbers in
//! and far beyond range and special values. Whatever comes in, the parser does not panic;
//! an accepted query gives a valid scenario (every number finite, in range and rounded to its
//! decimals, every choice canonical), its clamps are consistent with it, and it round-trips
//! (write → parse gives the same scenario with no clamps, and the same text again); a refused
//! one gives a short, one-line message that names the bad key.
//!
//! Cases per property: see `hardening_support::cases`; `PROPTEST_CASES=20000 cargo test
//! --release --test fuzz_query` for a long run.

mod hardening_support;

use crossroads::scenario::{embedded_table, Clamp, ParamKind, QueryError, Scenario};
use hardening_support::{cases, unpresentable};
use proptest::prelude::*;

fn keys() -> Vec<&'static str> {
    embedded_table().unwrap().keys().collect()
}

fn choices() -> Vec<&'static str> {
    embedded_table()
        .unwrap()
        .params
        .iter()
        .flat_map(|p| p.choices.iter().copied())
        .collect()
}

/// A key: real, real but misspelt or re-cased, a word, or anything at all.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(keys()).prop_map(str::to_string),
        1 => prop::sample::select(keys()).prop_map(|k| k.to_uppercase()),
        1 => prop::sample::select(keys()).prop_map(|k| format!(" {} ", k.replace('_', "+"))),
        1 => prop::sample::select(vec!["view", "", " ", "?country", "tfr_shfit", "%FF", "%00"])
            .prop_map(str::to_string),
        1 => "[a-z_]{0,12}",
        1 => any::<String>(),
    ]
}

/// A value: numbers in and beyond range, specials, choices in any case, percent-encoded
/// bytes, unicode digits, anything.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (-1.0e4f64..1.0e4).prop_map(|v| format!("{v}")),
        2 => any::<f64>().prop_map(|v| format!("{v}")),
        1 => (-400i32..400).prop_map(|e| format!("1e{e}")),
        1 => (0usize..400).prop_map(|n| "9".repeat(n)),
        2 => prop::sample::select(vec![
            "NaN", "nan", "-NaN", "inf", "-inf", "Infinity", "+Infinity", "1e309", "-1e309",
            "-0", "0x10", "", "+", " 1 ", "%201%20", "\u{661}", "\u{ff11}", "%FF", "%",
            "%2", "%C3%28", "1,5", "1_0", "--1", "1e", ".", "-", "%2B1", "%E2%88%921",
            "1%00", "%1B[31m", "a\nb",
        ])
        .prop_map(str::to_string),
        2 => prop::sample::select(choices()).prop_map(str::to_string),
        1 => prop::sample::select(choices()).prop_map(|c| c.to_lowercase()),
        1 => any::<String>(),
    ]
}

/// One pair, joined by `=` (or not, or twice), sometimes percent-encoded whole.
fn pair() -> impl Strategy<Value = String> {
    (
        key(),
        prop::sample::select(vec!["=", "=", "=", "==", ""]),
        value(),
        any::<bool>(),
    )
        .prop_map(|(k, eq, v, encode)| {
            if encode {
                let k: String = form_urlencoded::byte_serialize(k.as_bytes()).collect();
                let v: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
                format!("{k}{eq}{v}")
            } else {
                format!("{k}{eq}{v}")
            }
        })
}

/// A soup of pairs with `&` (and some odd separators) between them.
fn soup() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "?", " ?", "??"]),
        prop::collection::vec(
            (
                pair(),
                prop::sample::select(vec!["&", "&", "&", "&&", ";", "&+&", "& "]),
            ),
            0..10,
        ),
    )
        .prop_map(|(lead, pairs)| {
            let mut q = lead.to_string();
            for (p, sep) in pairs {
                q.push_str(&p);
                q.push_str(sep);
            }
            q
        })
}

/// Everything promised of one parse, whatever the input.
fn check(q: &str, r: &Result<(Scenario, Vec<Clamp>), QueryError>) -> Result<(), TestCaseError> {
    let t = embedded_table().unwrap();
    match r {
        Ok((s, clamps)) => {
            for p in &t.params {
                match p.kind {
                    ParamKind::Number => {
                        let v = s.number(p.key).unwrap();
                        prop_assert!(v.is_finite() && v >= p.min && v <= p.max, "{}={}", p.key, v);
                        prop_assert_eq!(p.round(v), v, "{} not rounded", p.key);
                    }
                    ParamKind::Choice => {
                        let c = s.choice(p.key).unwrap();
                        prop_assert!(p.choices.contains(&c), "{}={}", p.key, c);
                    }
                }
            }
            let mut seen = Vec::new();
            for c in clamps {
                prop_assert!(!seen.contains(&c.key), "two clamps of {}", c.key);
                seen.push(c.key.clone());
                let p = t.get(&c.key);
                prop_assert!(p.is_some(), "clamp of unknown key {}", c.key);
                prop_assert!(c.used == c.min || c.used == c.max, "{:?}", c);
                prop_assert_eq!(s.number(&c.key), Some(c.used));
                let msg = c.to_string();
                prop_assert!(msg.starts_with(&format!("{}=", c.key)), "{}", msg);
                if let Some(why) = unpresentable(&msg) {
                    prop_assert!(false, "{}: {}", q, why);
                }
            }
            // Round trip: the written query reads back to the same scenario, cleanly.
            let w = s.write_query(t);
            let back = Scenario::parse_query(t, &w);
            prop_assert!(back.is_ok(), "{:?} wrote {:?}: {:?}", q, w, back);
            let (s2, c2) = back.unwrap();
            prop_assert_eq!(&s2, s, "{:?} → {:?}", q, w);
            prop_assert!(c2.is_empty(), "{:?} → {:?}: {:?}", q, w, c2);
            prop_assert_eq!(s2.write_query(t), w);
        }
        Err(e) => {
            let msg = e.to_string();
            if let Some(why) = unpresentable(&msg) {
                prop_assert!(false, "{:?}: {}", q, why);
            }
            let key = match e {
                QueryError::UnknownKey { key, .. }
                | QueryError::EmptyValue { key }
                | QueryError::Duplicate { key }
                | QueryError::NotANumber { key, .. }
                | QueryError::NotFinite { key, .. }
                | QueryError::BadChoice { key, .. } => Some(key),
                QueryError::EmptyKey { .. } => None,
            };
            if let Some(k) = key {
                prop_assert!(!k.is_empty(), "{:?}: error with an empty key: {:?}", q, e);
                // Short, printable keys appear whole; others clipped (checked above).
                if k.chars().count() <= 40 && !k.chars().any(char::is_control) {
                    prop_assert!(msg.contains(k.as_str()), "{:?}: {} lacks {}", q, msg, k);
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1500), ..ProptestConfig::default() })]

    /// Any string at all.
    #[test]
    fn any_string_parses_or_is_refused_cleanly(q in any::<String>()) {
        let r = Scenario::parse_query(embedded_table().unwrap(), &q);
        check(&q, &r)?;
    }

    /// Any bytes, percent-encoded (invalid UTF-8 included).
    #[test]
    fn any_percent_encoded_bytes_parse_or_are_refused_cleanly(
        bytes in prop::collection::vec(any::<u8>(), 0..64),
        prefix in prop::sample::select(vec!["", "tfr_shift=", "country=", "x="]),
    ) {
        let enc: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let q = format!("{prefix}{enc}");
        let r = Scenario::parse_query(embedded_table().unwrap(), &q);
        check(&q, &r)?;
    }

    /// Soups of keys and values, real and not.
    #[test]
    fn key_value_soups_parse_or_are_refused_cleanly(q in soup()) {
        let r = Scenario::parse_query(embedded_table().unwrap(), &q);
        check(&q, &r)?;
    }

    /// Soups of distinct real keys with readable values are always accepted, and read the
    /// values given (rounded, clamped to the range).
    #[test]
    fn readable_soups_are_accepted_and_read_as_given(
        picks in prop::collection::vec((any::<prop::sample::Index>(), -1.0e6f64..1.0e6, any::<prop::sample::Index>()), 0..20),
    ) {
        let t = embedded_table().unwrap();
        let mut used = Vec::new();
        let mut q = Vec::new();
        let mut want: Vec<(&str, String)> = Vec::new();
        for (ki, v, ci) in picks {
            let p = ki.get(&t.params);
            if used.contains(&p.key) {
                continue;
            }
            used.push(p.key);
            match p.kind {
                ParamKind::Number => {
                    q.push(format!("{}={v}", p.key));
                    want.push((p.key, p.format(v.clamp(p.min, p.max))));
                }
                ParamKind::Choice => {
                    let c = ci.get(&p.choices);
                    q.push(format!("{}={}", p.key, c.to_lowercase()));
                    want.push((p.key, c.to_string()));
                }
            }
        }
        let q = q.join("&");
        let r = Scenario::parse_query(t, &q);
        prop_assert!(r.is_ok(), "{}: {:?}", q, r);
        check(&q, &r)?;
        let (s, clamps) = r.unwrap();
        for (k, v) in want {
            let p = t.get(k).unwrap();
            let got = match p.kind {
                ParamKind::Number => p.format(s.number(k).unwrap()),
                ParamKind::Choice => s.choice(k).unwrap().to_string(),
            };
            prop_assert_eq!(got, v, "{}", k);
        }
        for c in clamps {
            prop_assert!(used.contains(&c.key.as_str()));
        }
    }
}
