//! Every word the scenario layer hands a reader, in English and Russian, held to the text
//! recorded in `tests/golden/scenario_words.txt` before the words moved into the catalogs
//! (`i18n/*.ftl`): the assumptions of eleven scenarios (every group, both stock measures,
//! the three WPP variants, a hold and the `needs` view), the measures' names, units and
//! sources, the `needs` model's reference lines, the remittance shares' sources and the
//! stories. Regenerate (only for an intended change of wording) with
//! `GOLDEN_WRITE=1 cargo test --test scenario_words`. A third catalog (`xx`) with English's
//! keys resolves every key these texts use.

use std::fmt::Write;

use crossroads::chart::ViewRequest;
use crossroads::i18n;
use crossroads::scenario::{
    assumptions_text, embedded_data, embedded_table, needs, presets, stories, view_assumptions,
    Figures, Projector, Scenario, UnSource, MEASURES,
};

const GOLDEN: &str = "tests/golden/scenario_words.txt";

/// Widget query strings whose assumptions the golden file records.
const QUERIES: [&str; 11] = [
    "",
    "tfr_mode=target&tfr_target=1.8&tfr_year=2040&e0_m=2&e0_f=-1.5&war_deaths=100&war_end=2027",
    "tfr_shift=0.3&variant=low&mig_scale=50",
    "lab_uzb=500&lab_tjk=-200&crocus_end=2030&stock=mvd",
    "compat=100&compat_from=2027",
    "ua_return=30&ua_more=10&ua_year=2030",
    "rel_return=20&rel_more=5&rel_year=2032",
    "hold=support_ratio&hold_level=2.5&hold_from=2030",
    "view=needs&country=KAZ",
    "country=UKR&variant=high&hold=population",
    "crocus_end=2100&lab_kgz=100&tfr_shift=-0.4",
];

fn assumptions_words(out: &mut String) {
    let data = embedded_data().unwrap();
    let f = Figures::new(data).unwrap();
    let t = embedded_table().unwrap();
    for q in QUERIES {
        for lang in ["en", "ru"] {
            let req = ViewRequest::parse(t, &format!("{q}&lang={lang}")).unwrap();
            let list = view_assumptions(data, &f, &req.scenario, req.view.code());
            writeln!(out, "## assumptions {q} ({lang})").unwrap();
            out.push_str(&assumptions_text(&list, lang));
        }
    }
}

fn measure_words(out: &mut String) {
    for m in MEASURES {
        for ru in [false, true] {
            writeln!(out, "## measure {} ru={ru}", m.key()).unwrap();
            writeln!(out, "{}\n{}", m.name(ru), m.unit(ru)).unwrap();
        }
    }
    for s in [UnSource::Published, UnSource::EngineBaseline] {
        for ru in [false, true] {
            writeln!(out, "## un source {s:?} ru={ru}\n{}", s.label(ru)).unwrap();
        }
    }
}

fn needs_words(out: &mut String) {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    for q in ["", "country=KAZ&hold=support_ratio"] {
        let (s, _) = Scenario::from_query(q).unwrap();
        let n = needs(&mut pr, &s).unwrap();
        for lang in ["en", "ru"] {
            writeln!(out, "## needs {q} ({lang})").unwrap();
            for r in [&n.un_assumption, &n.observed] {
                writeln!(
                    out,
                    "{}: {}\n  {}",
                    r.id,
                    r.label_in(lang),
                    r.source_in(lang)
                )
                .unwrap();
            }
            for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
                .into_iter()
                .flatten()
            {
                writeln!(
                    out,
                    "{}: {}\n  {}",
                    l.id,
                    l.label_in(lang),
                    l.source_in(lang)
                )
                .unwrap();
            }
        }
    }
}

fn remittance_words(out: &mut String) {
    let data = embedded_data().unwrap();
    let f = Figures::new(data).unwrap();
    for sh in &f.remit_shares {
        writeln!(
            out,
            "## remittance share {}\n{}\n{}",
            sh.iso3, sh.source, sh.source_ru
        )
        .unwrap();
    }
}

fn story_words(out: &mut String) {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let ps = presets(data).unwrap();
    for st in stories(data, &mut pr, &ps).unwrap() {
        for lang in ["en", "ru"] {
            let (q, c) = st.in_lang(lang);
            writeln!(out, "## story {} ({lang})\n{q}\n{c}", st.id).unwrap();
        }
    }
}

fn all_words() -> String {
    let mut out = String::new();
    assumptions_words(&mut out);
    measure_words(&mut out);
    needs_words(&mut out);
    remittance_words(&mut out);
    story_words(&mut out);
    out
}

#[test]
fn scenario_words_are_as_recorded() {
    let got = all_words();
    if std::env::var_os("GOLDEN_WRITE").is_some() {
        std::fs::write(GOLDEN, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(GOLDEN).unwrap();
    let (g, w): (Vec<_>, Vec<_>) = (got.lines().collect(), want.lines().collect());
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        assert_eq!(a, b, "line {} of {GOLDEN}", i + 1);
    }
    assert_eq!(g.len(), w.len(), "lines in {GOLDEN}");
}

/// A third language: `xx`, English's catalog with every message marked `⟪…⟫`, registered
/// nowhere but here. Every text of the assumptions, stories and measures finds its keys in
/// it, is worded in it (no English message stands in) and leaves no placeable unfilled.
#[test]
fn a_third_catalog_words_every_scenario_text() {
    let en = i18n::LANGS[0].1;
    let xx_src: String = en
        .lines()
        .map(|l| match l.split_once(" = ") {
            Some((k, v)) if !l.starts_with('#') => format!("{k} = ⟪{v}⟫\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    let xx = i18n::parse("xx", Box::leak(xx_src.into_boxed_str())).unwrap();
    let c = i18n::Catalog {
        code: "xx",
        messages: &xx,
    };
    let has = |k: &str| xx.binary_search_by(|(m, _)| (*m).cmp(k)).is_ok();
    let data = embedded_data().unwrap();
    let f = Figures::new(data).unwrap();
    let t = embedded_table().unwrap();
    let mut texts = 0;
    for q in QUERIES {
        let req = ViewRequest::parse(t, q).unwrap();
        for a in view_assumptions(data, &f, &req.scenario, req.view.code()) {
            for k in a.keys() {
                assert!(has(&k), "{}: {k} not in the xx catalog", a.key);
            }
            let w = a.render(&c);
            for text in [&w.title, &w.value, &w.reason, &w.source] {
                assert!(text.starts_with('⟪') && !text.contains("{ $"), "{text}");
                texts += 1;
            }
            // Numbers take xx's separators: `⟪.⟫` is its decimal point.
            if a.key == "hold_world" {
                assert!(w.value.contains("8⟪.⟫23"), "{}", w.value);
            }
        }
    }
    assert!(texts > 300, "{texts}");
    let mut pr = Projector::new(data).unwrap();
    let ps = presets(data).unwrap();
    for st in stories(data, &mut pr, &ps).unwrap() {
        for text in [&st.question, &st.caption] {
            assert!(text.keys().iter().all(|k| has(k)), "{:?}", text.keys());
            let w = text.render(&c);
            assert!(w.starts_with('⟪') && !w.contains("{ $"), "{w}");
        }
    }
    let (s, _) = Scenario::from_query("").unwrap();
    let n = needs(&mut pr, &s).unwrap();
    let mut more = vec![&n.un_assumption.label, &n.un_assumption.source];
    more.extend([&n.observed.label, &n.observed.source]);
    for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
        .into_iter()
        .flatten()
    {
        more.extend([&l.label, &l.source]);
    }
    more.extend(f.remit_shares.iter().map(|sh| &sh.text));
    assert_eq!(more.len(), 13);
    for text in more {
        assert!(text.keys().iter().all(|k| has(k)), "{:?}", text.keys());
        let w = text.render(&c);
        assert!(w.starts_with('⟪') && !w.contains("{ $"), "{w}");
    }
    for m in MEASURES {
        assert!(has(&m.name_key()) && has(&m.unit_key()), "{m}");
    }
}

/// The catalogs' number format is the chart's (`Lang::num`, `Lang::signed`) for English and
/// Russian, so either can word a number a reader sees next to the other.
#[test]
fn catalog_numbers_equal_the_charts() {
    use crossroads::chart::Lang;
    let mut n = 0;
    for lang in [Lang::En, Lang::Ru] {
        for v in [
            0.0,
            -0.0,
            0.004,
            -0.04,
            0.5,
            1.0,
            12.345,
            -999.95,
            1000.0,
            1234.5,
            -76543.21,
            1e6,
            123456789.0,
            f64::NAN,
            f64::INFINITY,
        ] {
            for d in 0..4 {
                assert_eq!(i18n::number(lang.code(), v, d), lang.num(v, d), "{v} {d}");
                assert_eq!(
                    i18n::signed(lang.code(), v, d),
                    lang.signed(v, d),
                    "{v} {d}"
                );
                n += 1;
            }
        }
    }
    assert_eq!(n, 120);
}
