//! The language catalogs (`i18n/*.ftl`): each parses, has exactly English's keys with the
//! same placeables, is written in its own language, and has every key the code asks for.
#![allow(clippy::needless_range_loop)]

use std::collections::BTreeSet;

use crossroads::i18n::{parse, placeables, text, LANGS};
use crossroads::scenario::embedded_data;

fn keys(i: usize) -> Vec<(&'static str, &'static str)> {
    let (code, src) = LANGS[i];
    parse(code, src).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_catalog_has_englishs_keys_and_placeables() {
    let en = keys(0);
    assert!(en.len() > 50, "{} English messages", en.len());
    for i in 1..LANGS.len() {
        let other = keys(i);
        let a: BTreeSet<&str> = en.iter().map(|m| m.0).collect();
        let b: BTreeSet<&str> = other.iter().map(|m| m.0).collect();
        assert_eq!(
            a.difference(&b).collect::<Vec<_>>(),
            Vec::<&&str>::new(),
            "{} lacks these",
            LANGS[i].0
        );
        assert_eq!(
            b.difference(&a).collect::<Vec<_>>(),
            Vec::<&&str>::new(),
            "{} has keys English lacks",
            LANGS[i].0
        );
        for ((k, e), (_, t)) in en.iter().zip(&other) {
            let (mut pe, mut pt) = (placeables(e), placeables(t));
            // The same names, each as often as the language needs it.
            pe.sort();
            pt.sort();
            pe.dedup();
            pt.dedup();
            // Sources whose languages cite different facts of the same row (English the
            // period and wording as published, Russian the figure and the address): the
            // code gives every value, so a translation may use any of English's or these.
            let free = [
                "needs-rosstat_low-source",
                "needs-compatriots_latest-source",
            ];
            if !free.contains(k) {
                assert_eq!(pe, pt, "{}: placeables of {k}", LANGS[i].0);
            }
            assert!(!t.is_empty(), "{}: {k} is empty", LANGS[i].0);
        }
    }
}

#[test]
fn russian_messages_are_in_russian() {
    let (en, ru) = (keys(0), keys(1));
    // Names that are the same in both languages (licences, the briefs' English titles'
    // authors, codes of published series).
    // Formulas (a model's parameters) and Fluent literals (`{ "\u00A0" }`) have no words.
    let same = |k: &str| {
        (k.ends_with("-licence") && !k.contains("desa") && !k.contains("compatriots"))
            || k == "assume-rc-params"
            || k.starts_with("number-")
    };
    for ((k, e), (_, r)) in en.iter().zip(&ru) {
        let mut words = r.to_string();
        for name in placeables(r) {
            words = words.replace(&format!("{{ ${name} }}"), "");
        }
        if same(k) || words.chars().all(|c| !c.is_alphabetic()) {
            continue;
        }
        assert!(
            r.chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c))),
            "ru {k} = {r} (en: {e})"
        );
    }
}

#[test]
fn every_key_the_code_asks_for_exists() {
    let en: BTreeSet<&str> = keys(0).into_iter().map(|m| m.0).collect();
    // Literal keys in the source.
    let (mut missing, mut found) = (Vec::new(), 0);
    for dir in [
        "src",
        "src/app",
        "src/chart",
        "src/chart/views",
        "src/chart/views/projection",
        "src/scenario",
        "src/data",
        "src/bin",
    ] {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        for f in rd.flatten() {
            let Ok(src) = std::fs::read_to_string(f.path()) else {
                continue;
            };
            // `.t("key")` / `.f("key", …)`: Lang's lookups; a catalog key as a literal in a
            // table of keys (columns, events, legends) is caught by the quoted-key scan below.
            for call in [
                "i18n::text(",
                "i18n::format(",
                "both(\"",
                "Text::new(\"",
                "Arg::msg(\"",
                ".t(",
                ".f(",
            ] {
                for part in src.split(call).skip(1) {
                    // The first string literal of the call.
                    let Some(lit) = part.split('"').nth(if call.ends_with('"') { 0 } else { 1 })
                    else {
                        continue;
                    };
                    let literal = lit
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    if literal && !lit.is_empty() && lit.contains('-') {
                        found += 1;
                        if !en.contains(lit) {
                            missing.push(format!("{}: {lit}", f.path().display()));
                        }
                    }
                }
            }
        }
    }
    // Keys written as literals in tables of keys (columns, events, legend entries): every
    // quoted `chart-…`, `event-…`, `month-…` or `choice-…` in the chart's code.
    for dir in ["src/chart", "src/chart/views", "src/chart/views/projection"] {
        for f in std::fs::read_dir(dir).unwrap().flatten() {
            let Ok(src) = std::fs::read_to_string(f.path()) else {
                continue;
            };
            for (i, lit) in src.split('"').enumerate() {
                let key = i % 2 == 1
                    && ["chart-", "event-", "month-", "choice-"]
                        .iter()
                        .any(|p| lit.starts_with(p))
                    && lit.len() > 8
                    && lit
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if key {
                    found += 1;
                    if !en.contains(lit) {
                        missing.push(format!("{}: {lit}", f.path().display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
    assert!(
        found >= 200,
        "only {found} literal keys found: is the scan still reading the calls?"
    );
    // Keys built from data: every Rosstat code, every dataset of the Sources catalog.
    let data = embedded_data().unwrap();
    for r in &data.rosstat {
        for code in [&r.indicator, &r.unit, &r.variant] {
            if code.is_empty() || code == "census" {
                continue;
            }
            let key = format!("rosstat-{}", code.replace(' ', "_"));
            assert!(en.contains(key.as_str()), "{key}");
        }
    }
    for d in crossroads::chart::datasets(crossroads::chart::Lang::En) {
        for f in ["name", "short", "publisher", "licence"] {
            let key = format!("dataset-{}-{f}", d.id);
            assert_ne!(text("en", &key), key, "{key}");
        }
    }
}

/// Lang's variants are the catalogs, in order: a code reads back as its language.
#[test]
fn every_lang_has_its_catalog() {
    use crossroads::chart::Lang;
    assert_eq!(Lang::ALL.len(), LANGS.len());
    for (lang, (code, _)) in Lang::ALL.iter().zip(LANGS) {
        assert_eq!(lang.code(), code);
        assert_eq!(Lang::from_code(&code.to_uppercase()), Some(*lang));
    }
    assert_eq!(Lang::from_code("de"), None);
}

/// Russian dates take the genitive after a day ("22 марта 2024"), not the nominative.
#[test]
fn months_after_a_day_are_genitive_in_russian() {
    use crossroads::chart::Lang;
    assert_eq!(Lang::Ru.month_of_day(3), "марта");
    assert_eq!(Lang::Ru.month(3), "март");
    assert_eq!(Lang::Ru.month_of_day(5), "мая");
    assert_eq!(Lang::En.month_of_day(3), "Mar");
    assert_eq!(Lang::Ru.choice("mvd"), "МВД");
    assert_eq!(
        Lang::Ru.choice("RUS"),
        "RUS",
        "a value without words is shown as it is"
    );
}

/// A message with a plural selector reads right in both languages.
#[test]
fn plural_messages_agree_with_their_number() {
    use crossroads::i18n::format;
    let key = "chart-compare-and-more-all-in-the-csv-and";
    let ru = |n: &str| format("ru", key, &[("more", n)]);
    assert!(ru("1").contains("ещё 1 рычаг ("), "{}", ru("1"));
    assert!(ru("3").contains("ещё 3 рычага ("), "{}", ru("3"));
    assert!(ru("5").contains("ещё 5 рычагов ("), "{}", ru("5"));
    assert!(ru("21").contains("ещё 21 рычаг ("), "{}", ru("21"));
    assert!(format("en", key, &[("more", "1")]).contains("1 more lever ("));
    assert!(format("en", key, &[("more", "2")]).contains("2 more levers ("));
}
