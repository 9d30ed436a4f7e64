//! Property tests (proptest) of the data layer and everything under it against malformed
//! data (issue 7, "bad input ... malformed data"): one embedded table at a time is damaged —
//! truncated, cut, spliced with junk, a line dropped or repeated, a number replaced by NaN,
//! an infinity, a negative, a huge or an empty value — and the whole path the widget takes
//! runs on it: `Dataset::from_sources`, the engine's UN baseline and projection for Russia and
//! another country, the parameter table and a projected scenario. Nothing panics; a refusal
//! is a short, one-line message naming what is wrong; what is accepted projects finite,
//! non-negative populations.
//!
//! Cases: see `hardening_support::cases`; long run: `PROPTEST_CASES=2000 cargo test --test
//! fuzz_data`.
// Native only: `Dataset::from_sources` (the CSV reader) is not in the wasm build, and
// `wasm-pack test` compiles every test file for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod hardening_support;

use crossroads::data::{Dataset, Sources, Variant, EMBEDDED_BIN};
use crossroads::engine::{baseline, project};
use crossroads::scenario::{Projector, Scenario};
use hardening_support::{cases, unpresentable};
use proptest::prelude::*;

const FILES: usize = 13;

fn file_mut<'a, 'b>(s: &'a mut Sources<'b>, i: usize) -> &'a mut &'b str {
    match i {
        0 => &mut s.countries,
        1 => &mut s.pop_total,
        2 => &mut s.pop_age5,
        3 => &mut s.mx5,
        4 => &mut s.pasfr5,
        5 => &mut s.indicators,
        6 => &mut s.netmig_age1,
        7 => &mut s.remittances,
        8 => &mut s.migrant_stock,
        9 => &mut s.compatriots,
        10 => &mut s.compatriots_facts,
        11 => &mut s.rosstat_forecast,
        _ => &mut s.briefs_figures,
    }
}

/// One damage done to a table's text; positions are fractions of its length.
#[derive(Clone, Debug)]
enum Damage {
    Truncate(f64),
    Cut(f64, f64),
    Splice(f64, String),
    DropLine(f64),
    RepeatLine(f64),
    /// Replace the n-th (as a fraction of all) numeric field by this text.
    Number(f64, &'static str),
}

fn damage() -> impl Strategy<Value = Damage> {
    let at = 0.0f64..1.0;
    prop_oneof![
        1 => at.clone().prop_map(Damage::Truncate),
        1 => (at.clone(), 0.0f64..0.05).prop_map(|(a, l)| Damage::Cut(a, l)),
        1 => (at.clone(), prop_oneof![any::<String>(), Just(",,,\n".to_string()), Just("\"".to_string()), Just("\n#".to_string())])
            .prop_map(|(a, s)| Damage::Splice(a, s)),
        1 => at.clone().prop_map(Damage::DropLine),
        1 => at.clone().prop_map(Damage::RepeatLine),
        4 => (
            at,
            prop::sample::select(vec![
                "NaN", "inf", "-inf", "-1", "-1e300", "1e300", "1e308", "-0", "", "abc",
                "1e-320", "99999999999999999999", "0", "1e9", "2147483648", "-2147483649",
            ])
        )
            .prop_map(|(a, v)| Damage::Number(a, v)),
    ]
}

/// Nearest char boundary at or before the byte `fraction` of the text.
fn pos(t: &str, fraction: f64) -> usize {
    let mut p = ((t.len() as f64) * fraction) as usize;
    p = p.min(t.len());
    while !t.is_char_boundary(p) {
        p -= 1;
    }
    p
}

fn apply(t: &str, d: &Damage) -> String {
    let lines: Vec<&str> = t.split_inclusive('\n').collect();
    let line = |f: f64| ((lines.len() as f64 * f) as usize).min(lines.len().saturating_sub(1));
    match d {
        Damage::Truncate(f) => t[..pos(t, *f)].to_string(),
        Damage::Cut(a, l) => {
            let (a, b) = (pos(t, *a), pos(t, (a + l).min(1.0)));
            format!("{}{}", &t[..a], &t[b.max(a)..])
        }
        Damage::Splice(a, s) => {
            let a = pos(t, *a);
            format!("{}{s}{}", &t[..a], &t[a..])
        }
        Damage::DropLine(f) => {
            let n = line(*f);
            lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != n)
                .map(|(_, l)| *l)
                .collect()
        }
        Damage::RepeatLine(f) => {
            let n = line(*f);
            let mut out = String::new();
            for (i, l) in lines.iter().enumerate() {
                out.push_str(l);
                if i == n {
                    out.push_str(l);
                }
            }
            out
        }
        Damage::Number(f, v) => {
            // Fields that parse as numbers, by (line, field) position.
            let mut spots = Vec::new();
            for (i, l) in lines.iter().enumerate() {
                if l.starts_with('#') {
                    continue;
                }
                for (j, field) in l.trim_end().split(',').enumerate() {
                    if field.trim().parse::<f64>().is_ok() {
                        spots.push((i, j));
                    }
                }
            }
            if spots.is_empty() {
                return t.to_string();
            }
            let (li, fj) = spots[((spots.len() as f64 * f) as usize).min(spots.len() - 1)];
            let mut out = String::new();
            for (i, l) in lines.iter().enumerate() {
                if i == li {
                    let nl = if l.ends_with('\n') { "\n" } else { "" };
                    let fields: Vec<String> = l
                        .trim_end_matches('\n')
                        .split(',')
                        .enumerate()
                        .map(|(j, x)| {
                            if j == fj {
                                v.to_string()
                            } else {
                                x.to_string()
                            }
                        })
                        .collect();
                    out.push_str(&fields.join(","));
                    out.push_str(nl);
                } else {
                    out.push_str(l);
                }
            }
            out
        }
    }
}

fn presentable(what: &str, msg: &str) -> Result<(), TestCaseError> {
    prop_assert!(!msg.is_empty(), "{}: empty message", what);
    if let Some(why) = unpresentable(msg) {
        prop_assert!(false, "{}: {}", what, why);
    }
    Ok(())
}

/// The scenario layer on a (possibly damaged) dataset: the parameter table and the
/// projection of each query are a message fit to show, or cohorts that are finite and
/// not negative in every country the scenario touches.
fn scenario_layer(what: &str, data: &Dataset, queries: &[&str]) -> Result<(), TestCaseError> {
    let mut pr = match Projector::new(data) {
        Ok(p) => p,
        Err(e) => return presentable(what, &e.to_string()),
    };
    for q in queries {
        let s = match Scenario::parse_query(pr.table(), q) {
            Ok((s, _)) => s,
            Err(e) => {
                presentable(what, &e.to_string())?;
                continue;
            }
        };
        match pr.project(&s) {
            Ok(r) => {
                for run in std::iter::once(&r.main).chain(&r.linked) {
                    let p = &run.projection;
                    prop_assert!(
                        p.pop_count_m
                            .iter()
                            .chain(&p.pop_count_f)
                            .flatten()
                            .all(|v| v.is_finite() && *v >= 0.0),
                        "{}: {}",
                        what,
                        run.iso3
                    );
                }
            }
            Err(e) => presentable(what, &e.to_string())?,
        }
    }
    let _ = Scenario::baseline(pr.table()).write_query(pr.table());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    #[test]
    fn damaged_tables_are_refused_or_project_soundly(
        file in 0..FILES,
        damages in prop::collection::vec(damage(), 1..3),
        other in 1usize..8,
    ) {
        let mut src = Sources::EMBEDDED.clone();
        let mut text = file_mut(&mut src, file).to_string();
        for d in &damages {
            text = apply(&text, d);
        }
        *file_mut(&mut src, file) = &text;
        let what = format!("file {file} {damages:?}");
        let data = match Dataset::from_sources(&src) {
            Ok(d) => d,
            Err(e) => return presentable(&what, &e.to_string()),
        };
        // The engine on the UN baseline of Russia and one other country.
        let isos: Vec<String> = data.country_infos().map(|c| c.iso3.clone()).collect();
        for iso in ["RUS", isos.get(other).map(String::as_str).unwrap_or("RUS")] {
            let Some(c) = data.country(iso) else { continue };
            let inputs = match baseline(c, Variant::Medium) {
                Ok(i) => i,
                Err(e) => { presentable(&what, &e.to_string())?; continue; }
            };
            match project(&inputs) {
                Ok(p) => {
                    for pop in p.pop_count_m.iter().chain(&p.pop_count_f) {
                        prop_assert!(pop.iter().all(|v| v.is_finite() && *v >= 0.0), "{}: {}", what, iso);
                    }
                }
                Err(e) => presentable(&what, &e.to_string())?,
            }
        }
        // The scenario layer: parameter table, a scenario moving a stream, its projection.
        scenario_layer(&what, &data, &["lab_tjk=500&rel_return=50&tfr_shift=0.3"])?;
    }
}

/// One damage done to the binary form's bytes; positions are fractions of its length.
#[derive(Clone, Debug)]
enum ByteDamage {
    Truncate(f64),
    Flip(f64, u8),
    Set(f64, u8),
    Cut(f64, usize),
    Insert(f64, Vec<u8>),
}

fn byte_damage() -> impl Strategy<Value = ByteDamage> {
    let at = 0.0f64..1.0;
    prop_oneof![
        1 => at.clone().prop_map(ByteDamage::Truncate),
        3 => (at.clone(), 1u8..=255).prop_map(|(a, x)| ByteDamage::Flip(a, x)),
        2 => (at.clone(), prop::sample::select(vec![0u8, 0x7f, 0x80, 0xff])).prop_map(|(a, x)| ByteDamage::Set(a, x)),
        1 => (at.clone(), 1usize..64).prop_map(|(a, n)| ByteDamage::Cut(a, n)),
        1 => (at, prop::collection::vec(any::<u8>(), 1..16)).prop_map(|(a, v)| ByteDamage::Insert(a, v)),
    ]
}

fn apply_bytes(b: &[u8], d: &ByteDamage) -> Vec<u8> {
    let at = |f: f64| ((b.len() as f64 * f) as usize).min(b.len().saturating_sub(1));
    let mut v = b.to_vec();
    match d {
        ByteDamage::Truncate(f) => v.truncate(at(*f)),
        ByteDamage::Flip(f, x) => v[at(*f)] ^= x,
        ByteDamage::Set(f, x) => v[at(*f)] = *x,
        ByteDamage::Cut(f, n) => {
            let a = at(*f);
            v.drain(a..(a + n).min(v.len()));
        }
        ByteDamage::Insert(f, ins) => {
            let a = at(*f);
            v.splice(a..a, ins.iter().copied());
        }
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    /// The binary form the widget decodes at start-up (`data/embedded.bin`), damaged:
    /// refused with a message, or decoded into data that projects soundly.
    #[test]
    fn damaged_binary_data_is_refused_or_projects_soundly(
        damages in prop::collection::vec(byte_damage(), 1..4),
    ) {
        let mut bytes = EMBEDDED_BIN.to_vec();
        for d in &damages {
            bytes = apply_bytes(&bytes, d);
        }
        let what = format!("{damages:?}");
        let queries = ["", "country=TJK&lab_tjk=500&rel_return=50&e0_m=3"];
        match Dataset::from_binary(&bytes) {
            Ok(data) => scenario_layer(&what, &data, &queries)?,
            Err(e) => presentable(&what, &e.to_string())?,
        }
        // Decoded lazily (the widget's way), a damaged country section is found only when a
        // chart asks for that country: the same clear message, or the same sound data.
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        match Dataset::from_binary_lazy(bytes) {
            Ok(data) => scenario_layer(&what, &data, &queries)?,
            Err(e) => presentable(&what, &e.to_string())?,
        }
    }
}

/// The damage functions do damage (a test of the test).
#[test]
fn damage_changes_the_text() {
    let t = Sources::EMBEDDED.mx5;
    assert_ne!(apply(t, &Damage::Number(0.5, "NaN")), t);
    assert!(apply(t, &Damage::Number(0.5, "NaN")).contains(",NaN"));
    assert_eq!(apply(t, &Damage::Truncate(0.0)), "");
    assert!(apply(t, &Damage::DropLine(0.5)).len() < t.len());
    assert!(apply(t, &Damage::RepeatLine(0.5)).len() > t.len());
}
