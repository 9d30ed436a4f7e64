//! Hardening of the query string and of every lever against bad input (issue 7): malformed,
//! unknown, empty, huge, negative, NaN/Infinity, duplicated and non-ASCII keys and values,
//! percent-encoded bytes and invalid UTF-8, very long strings. Each case is a row of a
//! table giving the exact outcome: accepted (with the value read), clamped (one clamp naming
//! the parameter, value at a bound), or one kind of [`QueryError`] whose message names the
//! bad key. Never a panic, a NaN, or a silent fallback to the defaults.

use crossroads::scenario::{
    embedded_data, embedded_table, project, Clamp, ParamKind, Projector, QueryError, Scenario,
    ScenarioError,
};

mod hardening_support;
use hardening_support::{field, unpresentable};

fn parse(q: &str) -> Result<(Scenario, Vec<Clamp>), QueryError> {
    Scenario::parse_query(embedded_table().unwrap(), q)
}

/// The outcome kinds a query can have.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// Parsed, no clamp.
    Accepted,
    /// Parsed with exactly one clamp.
    Clamped,
    UnknownKey,
    EmptyValue,
    EmptyKey,
    Duplicate,
    NotANumber,
    NotFinite,
    BadChoice,
}

fn kind(r: &Result<(Scenario, Vec<Clamp>), QueryError>) -> Kind {
    match r {
        Ok((_, c)) if c.is_empty() => Kind::Accepted,
        Ok(_) => Kind::Clamped,
        Err(QueryError::UnknownKey { .. }) => Kind::UnknownKey,
        Err(QueryError::EmptyValue { .. }) => Kind::EmptyValue,
        Err(QueryError::EmptyKey { .. }) => Kind::EmptyKey,
        Err(QueryError::Duplicate { .. }) => Kind::Duplicate,
        Err(QueryError::NotANumber { .. }) => Kind::NotANumber,
        Err(QueryError::NotFinite { .. }) => Kind::NotFinite,
        Err(QueryError::BadChoice { .. }) => Kind::BadChoice,
    }
}

/// A message fit to show a reader: short, one line, no control characters (a query string
/// must not be able to put terminal escapes or line breaks into the CLI's stderr or the page).
fn assert_presentable(q: &str, msg: &str) {
    if let Some(why) = unpresentable(msg) {
        panic!("{q}: {why}");
    }
}

use Kind::*;

/// (query, outcome, text the message must contain: the bad key, or for clamps "key=").
const CASES: &[(&str, Kind, &str)] = &[
    // Structure.
    ("", Accepted, ""),
    ("?", Accepted, ""),
    ("&&&", Accepted, ""),
    ("?&tfr_shift=0.5&", Accepted, ""),
    ("  tfr_shift=0.5  ", Accepted, ""),
    ("=", EmptyKey, "no parameter name"),
    ("=3", EmptyKey, "'3'"),
    ("==", EmptyKey, "no parameter name"),
    ("tfr_shift=0.5&=", EmptyKey, "no parameter name"),
    ("tfr_shift", EmptyValue, "tfr_shift"),
    ("tfr_shift=", EmptyValue, "tfr_shift"),
    ("tfr_shift=+", EmptyValue, "tfr_shift"),
    ("tfr_shift=%20", EmptyValue, "tfr_shift"),
    ("tfr_shift==1", NotANumber, "tfr_shift"),
    ("tfr_shift=1;e0_m=2", NotANumber, "tfr_shift"),
    ("tfr_shift=0.5#frag", NotANumber, "tfr_shift"),
    ("??tfr_shift=1", UnknownKey, "did you mean 'tfr_shift'"),
    (
        "https://example.org/?tfr_shift=1",
        UnknownKey,
        "unknown parameter",
    ),
    // Unknown keys and views.
    ("view=chart", UnknownKey, "'view'"),
    ("frobnicate=1", UnknownKey, "'frobnicate'"),
    ("TFR_SHIFT=1", UnknownKey, "did you mean 'tfr_shift'"),
    ("Country=RUS", UnknownKey, "did you mean 'country'"),
    ("tfr+shift=1", UnknownKey, "did you mean 'tfr_shift'"),
    ("tfr%20shift=1", UnknownKey, "did you mean 'tfr_shift'"),
    ("tfr_sh\u{ed}ft=1", UnknownKey, "did you mean 'tfr_shift'"),
    (
        "%D1%82%D1%84%D1%80=1",
        UnknownKey,
        "'\u{442}\u{444}\u{440}'",
    ),
    ("%FF=1", UnknownKey, "'\u{fffd}'"),
    // A right-to-left override would reverse the status line after it: shown escaped.
    ("tfr_shift=1%E2%80%AE2", NotANumber, "1\\u{202e}2"),
    ("cou%E2%81%A6ntry=RUS", UnknownKey, "cou\\u{2066}ntry"),
    ("%00=1", UnknownKey, "unknown parameter"),
    ("%1B[31m=1", UnknownKey, "unknown parameter"),
    ("a%0Ab=1", UnknownKey, "unknown parameter"),
    // Duplicates, however spelled.
    ("tfr_shift=0.5&tfr_shift=0.5", Duplicate, "'tfr_shift'"),
    ("tfr_shift=0.5&tfr%5Fshift=0.6", Duplicate, "'tfr_shift'"),
    ("tfr_shift=0.5&+tfr_shift=0.6", Duplicate, "'tfr_shift'"),
    ("country=RUS&country=UZB", Duplicate, "'country'"),
    // Numbers: forms that read.
    ("tfr_shift=.5", Accepted, ""),
    ("tfr_shift=5e-1", Accepted, ""),
    ("tfr_shift=%2B0.5", Accepted, ""),
    ("tfr_shift=+0.5", Accepted, ""),
    ("tfr_shift=%200.5%20", Accepted, ""),
    ("tfr_shift=-0", Accepted, ""),
    ("tfr_shift=1e-400", Accepted, ""),
    ("tfr_year=2030.4", Accepted, ""),
    // Numbers: forms that do not.
    ("tfr_shift=abc", NotANumber, "tfr_shift=abc"),
    ("tfr_shift=0x10", NotANumber, "tfr_shift=0x10"),
    ("tfr_shift=1_000", NotANumber, "tfr_shift"),
    ("tfr_shift=1,5", NotANumber, "tfr_shift"),
    ("tfr_shift=0.5.1", NotANumber, "tfr_shift"),
    ("tfr_shift=--1", NotANumber, "tfr_shift"),
    ("tfr_shift=-+1", NotANumber, "tfr_shift"),
    ("tfr_shift=1e", NotANumber, "tfr_shift"),
    ("tfr_shift=%", NotANumber, "tfr_shift"),
    ("tfr_shift=%2", NotANumber, "tfr_shift"),
    ("tfr_shift=%G1", NotANumber, "tfr_shift"),
    ("tfr_shift=%FF", NotANumber, "tfr_shift"),
    ("tfr_shift=%C3%28", NotANumber, "tfr_shift"),
    ("tfr_shift=\u{661}", NotANumber, "tfr_shift"), // Arabic-Indic digit one
    ("tfr_shift=\u{ff11}", NotANumber, "tfr_shift"), // full-width digit one
    ("tfr_shift=\u{bd}", NotANumber, "tfr_shift"),  // vulgar fraction one half
    ("tfr_shift=%E2%88%921", NotANumber, "tfr_shift"), // U+2212 minus sign
    ("tfr_shift=%00", NotANumber, "tfr_shift"),
    ("tfr_shift=1%00", NotANumber, "tfr_shift"),
    ("tfr_shift=true", NotANumber, "tfr_shift"),
    // Not finite.
    ("tfr_shift=NaN", NotFinite, "tfr_shift"),
    ("tfr_shift=nan", NotFinite, "tfr_shift"),
    ("tfr_shift=-NaN", NotFinite, "tfr_shift"),
    ("tfr_shift=inf", NotFinite, "tfr_shift"),
    ("tfr_shift=-inf", NotFinite, "tfr_shift"),
    ("tfr_shift=Infinity", NotFinite, "tfr_shift"),
    ("tfr_shift=-INFINITY", NotFinite, "tfr_shift"),
    ("tfr_shift=%2Binf", NotFinite, "tfr_shift"),
    // Huge and negative: clamped to the documented range, and reported.
    ("tfr_shift=1e308", Clamped, "tfr_shift=1e308"),
    ("tfr_shift=-1e308", Clamped, "tfr_shift=-1e308"),
    ("tfr_shift=1e309", Clamped, "tfr_shift=1e309"), // overflows f64: still just "huge"
    ("tfr_shift=-1e400", Clamped, "tfr_shift=-1e400"),
    ("war_deaths=-5", Clamped, "war_deaths=-5"),
    ("war_deaths=-0", Accepted, ""),
    ("tfr_year=-2030", Clamped, "tfr_year=-2030"),
    ("tfr_year=99999999999", Clamped, "tfr_year=99999999999"),
    ("mig_scale=1e20", Clamped, "mig_scale=1e20"),
    ("lab_kgz=-1e9", Clamped, "lab_kgz=-1e9"),
    // Choices: case and spaces are forgiven, anything else named.
    ("country=rus", Accepted, ""),
    ("country=%20uzb%20", Accepted, ""),
    ("country=+TJK+", Accepted, ""),
    ("variant=LOW", Accepted, ""),
    ("country=XXX", BadChoice, "country=XXX"),
    (
        "country=FRA",
        BadChoice,
        "use one of RUS, GEO, ARM, KAZ, KGZ, TJK, UZB, UKR",
    ),
    ("country=", EmptyValue, "country"),
    ("country=0", BadChoice, "country=0"),
    ("country=643", BadChoice, "country=643"),
    ("country=RUS,UZB", BadChoice, "country"),
    ("country=RU", BadChoice, "country=RU"),
    ("country=%EF%BC%B2%EF%BC%B5%EF%BC%B3", BadChoice, "country"), // full-width RUS
    ("country=RUS%00", BadChoice, "country"),
    ("country=%FF", BadChoice, "country"),
    ("variant=middle", BadChoice, "variant=middle"),
    ("tfr_mode=1", BadChoice, "tfr_mode"),
    ("stock=NaN", BadChoice, "stock"),
];

#[test]
fn every_row_of_the_bad_input_table_has_its_exact_outcome() {
    let mut failures = Vec::new();
    for &(q, want, named) in CASES {
        let r = parse(q);
        let got = kind(&r);
        if got != want {
            failures.push(format!("{q:?}: expected {want:?}, got {r:?}"));
            continue;
        }
        match &r {
            Ok((s, clamps)) => {
                for c in clamps {
                    let msg = c.to_string();
                    assert_presentable(q, &msg);
                    if !msg.contains(named) {
                        failures.push(format!("{q:?}: clamp message {msg:?} lacks {named:?}"));
                    }
                    assert!(c.used == c.min || c.used == c.max, "{q}: {c:?}");
                    assert_eq!(s.number(&c.key), Some(c.used), "{q}");
                }
                // Whatever was accepted is a valid scenario: every number finite and in range.
                let t = embedded_table().unwrap();
                for p in &t.params {
                    if p.kind == ParamKind::Number {
                        let v = s.number(p.key).unwrap();
                        assert!(v.is_finite() && v >= p.min && v <= p.max, "{q}: {}", p.key);
                    }
                }
            }
            Err(e) => {
                let msg = e.to_string();
                assert_presentable(q, &msg);
                if !msg.contains(named) {
                    failures.push(format!("{q:?}: message {msg:?} lacks {named:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn accepted_odd_forms_read_the_value_meant() {
    let t = embedded_table().unwrap();
    for q in [
        "tfr_shift=.5",
        "tfr_shift=5e-1",
        "tfr_shift=%2B0.5",
        "tfr_shift=+0.5",
        "tfr_shift=%200.5%20",
        "  tfr_shift=0.5  ",
        "?&tfr_shift=0.5&",
    ] {
        let (s, _) = parse(q).unwrap();
        assert_eq!(s.tfr_shift, 0.5, "{q}");
        assert_eq!(s.write_query(t), "tfr_shift=0.5", "{q}");
    }
    // -0 is zero, written as nothing (no "-0" in a URL).
    let (s, _) = parse("tfr_shift=-0&war_deaths=-0").unwrap();
    assert_eq!(s.tfr_shift.to_bits(), 0.0f64.to_bits());
    assert_eq!(s.war_deaths.to_bits(), 0.0f64.to_bits());
    assert_eq!(s.write_query(t), "war_deaths=0");
    // Years are whole: rounded, not clamped.
    assert_eq!(parse("tfr_year=2030.4").unwrap().0.tfr_year, 2030.0);
    let (s, _) = parse("country=%20uzb%20&variant=LOW").unwrap();
    assert_eq!((s.country.as_str(), s.variant.as_ref()), ("UZB", "low"));
    // An empty query is the baseline, not an error.
    assert_eq!(parse("&&&").unwrap().0, Scenario::baseline(t));
}

#[test]
fn huge_values_clamp_to_the_bound_and_report_what_was_given() {
    let (s, c) = parse("tfr_shift=1e309").unwrap();
    assert_eq!(s.tfr_shift, 1.5);
    assert_eq!(
        (c[0].key.as_str(), c[0].given.as_str(), c[0].used),
        ("tfr_shift", "1e309", 1.5)
    );
    let (s, c) = parse("tfr_shift=-1e400").unwrap();
    assert_eq!(s.tfr_shift, -1.5);
    assert_eq!(c[0].used, -1.5);
    let (s, c) = parse("tfr_year=-2030").unwrap();
    assert_eq!(s.tfr_year, c[0].min);
}

#[test]
fn very_long_keys_and_values_are_named_but_clipped() {
    let long_key = format!("{}=1", "k".repeat(100_000));
    let e = parse(&long_key).unwrap_err();
    assert!(matches!(e, QueryError::UnknownKey { .. }));
    assert!(e.to_string().contains("unknown parameter 'kkkk"), "{e}");
    assert_presentable("long key", &e.to_string());

    let long_nines = format!("tfr_shift={}", "9".repeat(100_000));
    let (s, c) = parse(&long_nines).unwrap();
    assert_eq!(s.tfr_shift, 1.5);
    assert_eq!(c.len(), 1);
    assert!(c[0].to_string().starts_with("tfr_shift=9999"), "{}", c[0]);
    assert_presentable("long nines", &c[0].to_string());
    assert!(
        c[0].given.chars().count() <= 41,
        "given kept whole: {}",
        c[0].given.len()
    );

    let long_zero = format!("tfr_shift=0.{}1", "0".repeat(100_000));
    assert_eq!(parse(&long_zero).unwrap().0.tfr_shift, 0.0);

    let long_junk = format!("tfr_shift={}", "x".repeat(100_000));
    let e = parse(&long_junk).unwrap_err();
    assert!(matches!(e, QueryError::NotANumber { .. }));
    assert_presentable("long junk", &e.to_string());

    let long_choice = format!("country={}", "\u{1F600}".repeat(10_000));
    let e = parse(&long_choice).unwrap_err();
    assert!(matches!(e, QueryError::BadChoice { .. }));
    assert_presentable("long choice", &e.to_string());

    // Many pairs: the 10,001st duplicate is found, no quadratic blow-up worth noticing.
    let many = "&".repeat(1_000_000) + "tfr_shift=1";
    assert_eq!(parse(&many).unwrap().0.tfr_shift, 1.0);
}

/// Every numeric lever of the table, through the query string: below and above its range
/// (clamped to the bound, the clamp naming it), at its bounds (accepted), NaN/Infinity,
/// text, empty (errors naming it).
#[test]
fn every_numeric_lever_clamps_or_names_itself() {
    let t = embedded_table().unwrap();
    let mut n = 0;
    for p in t.params.iter().filter(|p| p.kind == ParamKind::Number) {
        let k = p.key;
        for (v, bound) in [
            ("-1e12", p.min),
            ("1e12", p.max),
            ("-1e999", p.min),
            ("1e999", p.max),
        ] {
            let q = format!("{k}={v}");
            let (s, c) = parse(&q).unwrap_or_else(|e| panic!("{q}: {e}"));
            assert_eq!(c.len(), 1, "{q}");
            assert_eq!(c[0].key, k);
            assert_eq!(s.number(k), Some(bound), "{q}");
            assert!(
                c[0].to_string().starts_with(&format!("{k}={v} is outside")),
                "{}",
                c[0]
            );
        }
        for v in [p.min, p.max, p.default] {
            let q = format!("{k}={}", p.format(v));
            let (s, c) = parse(&q).unwrap();
            assert!(c.is_empty(), "{q}: {c:?}");
            assert_eq!(s.number(k), Some(p.round(v)), "{q}");
        }
        for (v, want) in [
            ("NaN", NotFinite),
            ("Infinity", NotFinite),
            ("-inf", NotFinite),
            ("twelve", NotANumber),
            ("0x1F", NotANumber),
            ("", EmptyValue),
        ] {
            let q = format!("{k}={v}");
            let r = parse(&q);
            assert_eq!(kind(&r), want, "{q}");
            let msg = r.unwrap_err().to_string();
            assert!(msg.contains(k), "{q}: {msg}");
            n += 1;
        }
        let dup = parse(&format!("{k}=1&{k}=1")).unwrap_err();
        assert!(matches!(&dup, QueryError::Duplicate { key } if key == k));
    }
    assert!(n >= 6 * 25, "only {n} cases: the table lost levers?");
}

#[test]
fn every_choice_lever_takes_its_choices_and_names_itself_otherwise() {
    let t = embedded_table().unwrap();
    for p in t.params.iter().filter(|p| p.kind == ParamKind::Choice) {
        let k = p.key;
        for c in &p.choices {
            for spelled in [
                c.to_string(),
                c.to_lowercase(),
                c.to_uppercase(),
                format!(" {c} "),
            ] {
                let q = format!("{k}={}", spelled.replace(' ', "%20"));
                let (s, clamps) = parse(&q).unwrap_or_else(|e| panic!("{q}: {e}"));
                assert!(clamps.is_empty());
                assert_eq!(s.choice(k), Some(*c), "{q}");
            }
        }
        for bad in ["XXX", "0", "1", "-1", "NaN", "%FF", "%E2%80%8B"] {
            let q = format!("{k}={bad}");
            let e = parse(&q).unwrap_err();
            assert!(matches!(e, QueryError::BadChoice { .. }), "{q}: {e:?}");
            let msg = e.to_string();
            assert!(msg.contains(k) && msg.contains(p.choices[0]), "{q}: {msg}");
            assert_presentable(&q, &msg);
        }
    }
}

/// A scenario built elsewhere (JavaScript, a preset editor) with NaN, infinities, huge
/// numbers or unknown choices: `set_number` and `sanitize` report a clamp for each, and
/// `project` rejects an unknown country or variant with an error naming it rather than
/// projecting Russia instead.
#[test]
fn levers_set_from_code_report_every_substitution() {
    let t = embedded_table().unwrap();
    for p in t.params.iter().filter(|p| p.kind == ParamKind::Number) {
        for (v, used) in [
            (f64::NAN, p.default),
            (f64::INFINITY, p.max),
            (f64::NEG_INFINITY, p.min),
            (f64::MAX, p.max),
            (-f64::MAX, p.min),
        ] {
            let mut s = Scenario::baseline(t);
            let c = s.set_number(t, p.key, v);
            let c = c.unwrap_or_else(|| panic!("{}={v}: no clamp reported", p.key));
            assert_eq!(c.key, p.key);
            assert_eq!(s.number(p.key), Some(used), "{}={v}", p.key);
            assert_eq!(c.used, used);
            let msg = c.to_string();
            assert!(msg.starts_with(p.key), "{msg}");
            assert_presentable(p.key, &msg);
            if v.is_nan() {
                assert!(
                    msg.contains("=NaN is not a number; using the default"),
                    "{msg}"
                );
            }
            // The same through sanitize.
            let mut s = Scenario::baseline(t);
            let mut bad = s.clone();
            *field(&mut bad, p.key) = v;
            let cl = bad.sanitize(t);
            assert_eq!(cl.len(), 1, "{}={v}", p.key);
            s.set_number(t, p.key, used);
            assert_eq!(bad, s);
        }
    }
    // Unknown choices through sanitize are reported...
    let mut s = Scenario::baseline(t);
    s.country = "XXX".into();
    let cl = s.sanitize(t);
    assert_eq!(
        cl.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(),
        ["country"]
    );
    assert_eq!(
        cl[0].to_string(),
        "country=XXX is not allowed (one of RUS, GEO, ARM, KAZ, KGZ, TJK, UZB, UKR); using the default"
    );
    // ...and project() refuses them with a message naming the parameter.
    let data = embedded_data().unwrap();
    for (key, val) in [("country", "XXX"), ("country", ""), ("country", "R")] {
        let mut s = Scenario::baseline(t);
        s.country = val.into();
        let e = project(data, &s).unwrap_err();
        assert!(
            matches!(&e, ScenarioError::Query(QueryError::BadChoice { key: k, .. }) if k == key),
            "{key}={val}: {e:?}"
        );
        assert!(e.to_string().contains(key), "{e}");
    }
    // Lower case is fine: it names a known country.
    let mut s = Scenario::baseline(t);
    s.country = "tjk".into();
    let r = project(data, &s).unwrap();
    assert_eq!(r.main.iso3, "TJK");
}

/// The clamps a projection applied to a scenario from code are returned with the result.
#[test]
fn projections_report_the_clamps_they_applied() {
    let t = embedded_table().unwrap();
    let data = embedded_data().unwrap();
    let mut s = Scenario::baseline(t);
    s.e0_m = f64::NAN;
    s.war_deaths = -1.0;
    s.mig_scale = 1e300;
    let mut pr = Projector::new(data).unwrap();
    let r = pr.project(&s).unwrap();
    let keys: Vec<&str> = r.clamps.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["e0_m", "war_deaths", "mig_scale"]);
    assert_eq!(r.scenario.mig_scale, 300.0);
    assert_eq!(r.scenario.e0_m, 0.0);
    // A clean scenario reports none.
    let r = pr.project(&Scenario::baseline(t)).unwrap();
    assert!(r.clamps.is_empty());
}

/// A scenario set from code with NaN, infinities, huge numbers or an unknown choice still
/// writes a query string that reads back cleanly, to the sanitized scenario.
#[test]
fn queries_written_from_bad_scenarios_read_back() {
    let t = embedded_table().unwrap();
    for p in t.params.iter().filter(|p| p.kind == ParamKind::Number) {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e300, -1e300] {
            let mut s = Scenario::baseline(t);
            *field(&mut s, p.key) = v;
            let q = s.write_query(t);
            assert!(!q.contains("NaN") && !q.contains("inf"), "{q}");
            let (back, clamps) =
                parse(&q).unwrap_or_else(|e| panic!("{}={v} wrote {q}: {e}", p.key));
            assert!(clamps.is_empty(), "{q}");
            let mut clean = s.clone();
            clean.sanitize(t);
            assert_eq!(back, clean, "{}={v}", p.key);
        }
    }
    let mut s = Scenario::baseline(t);
    s.country = "Atlantis\n".into();
    s.tfr_shift = 0.5;
    assert_eq!(s.write_query(t), "tfr_shift=0.5");
}
