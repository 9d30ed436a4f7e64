//! The assumptions a scenario uses are listed with values from the data and the code: the
//! labour migrants' share of men is the UN DESA share of the UZ/TJ/KG-born in Russia (read
//! here from `data/migrant_stock.csv`), WPP's own net migration is quoted as
//! `data/indicators.csv` has it, the untouched scenario lists no stream assumptions, and
//! no stream counts people twice (Compatriots add only the difference from the latest
//! level; returns move the stock once; the post-Crocus drop comes back in full).

use crossroads::scenario::{
    assumptions, embedded_data, project, view_assumptions, Assumption, Figures, Scenario,
    ScenarioResult,
};

const STREAM_GROUPS: [&str; 4] = ["labour", "compatriots", "ukrainians", "relokanty"];

fn list(q: &str) -> Vec<Assumption> {
    let data = embedded_data().unwrap();
    let (s, clamps) = Scenario::from_query(q).unwrap();
    assert!(clamps.is_empty(), "{q}: {clamps:?}");
    assumptions(data, &Figures::new(data).unwrap(), &s)
}

fn find<'a>(l: &'a [Assumption], key: &str) -> &'a Assumption {
    l.iter().find(|a| a.key == key).unwrap_or_else(|| {
        panic!(
            "{key} missing: {:?}",
            l.iter().map(|a| a.key).collect::<Vec<_>>()
        )
    })
}

fn run(q: &str) -> ScenarioResult {
    let (s, _) = Scenario::from_query(q).unwrap();
    project(embedded_data().unwrap(), &s).unwrap()
}

/// A CSV file of `data/` as rows of fields (comment lines skipped, header first).
fn csv(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

/// The share of men among people born in Uzbekistan, Tajikistan and Kyrgyzstan living in
/// Russia in the latest year of `data/migrant_stock.csv`.
fn un_desa_labour_male_share() -> f64 {
    let rows = csv("migrant_stock.csv");
    let h = &rows[0];
    let col = |n: &str| h.iter().position(|c| c == n).unwrap();
    let (dest, year, origin, sex, persons) = (
        col("dest"),
        col("year"),
        col("origin"),
        col("sex"),
        col("persons"),
    );
    let latest = rows[1..]
        .iter()
        .map(|r| r[year].parse::<i32>().unwrap())
        .max()
        .unwrap();
    let (mut men, mut all) = (0.0, 0.0);
    for r in &rows[1..] {
        if r[dest] == "RUS"
            && r[year] == latest.to_string()
            && ["UZB", "TJK", "KGZ"].contains(&r[origin].as_str())
        {
            let n: f64 = r[persons].parse().unwrap();
            all += n;
            if r[sex] == "male" {
                men += n;
            }
        }
    }
    men / all
}

#[test]
fn a_labour_lever_lists_the_un_desa_share_of_men() {
    let want = un_desa_labour_male_share();
    let l = list("lab_tjk=500");
    let a = find(&l, "labour_sex");
    assert_eq!(a.unit, "share");
    let got = a.number.unwrap();
    assert!((got - want).abs() < 1e-12, "{got} vs UN DESA {want}");
    assert!(
        a.in_lang("en")
            .value
            .contains(&format!("{:.1} %", 100.0 * want)),
        "{}",
        a.in_lang("en").value
    );
    // The stream itself moves men in that share.
    let r = run("lab_tjk=500");
    let st = r.streams.iter().find(|s| s.key == "lab_tjk").unwrap();
    let men: f64 = st.profile[0].iter().sum();
    assert!((men - want).abs() < 1e-12, "profile {men} vs {want}");
    // Relokanty: no data, so the schedule's share, said to be an assumption.
    let rel = find(&list("rel_return=20"), "rel_sex").clone();
    assert_eq!(
        rel.number,
        Some(crossroads::scenario::schedule::RogersCastro::RELOKANTY.male_share)
    );
    assert!(
        rel.in_lang("en").reason.contains("no figure"),
        "{}",
        rel.in_lang("en").reason
    );
}

#[test]
fn the_untouched_scenario_lists_only_the_base_assumptions() {
    let l = list("");
    assert!(!l.is_empty());
    for a in &l {
        assert!(
            !STREAM_GROUPS.contains(&a.group),
            "{} listed for the untouched scenario",
            a.key
        );
        assert_eq!(a.group, "base", "{}", a.key);
    }
    for key in [
        "wpp_variant",
        "base_year",
        "mid_year",
        "wpp_migration",
        "migrant_ages",
    ] {
        find(&l, key);
    }
    // Each stream group appears when, and only when, its lever moves people.
    for (q, group) in [
        ("lab_kgz=-100", "labour"),
        ("crocus_end=2035", "labour"),
        ("compat=50", "compatriots"),
        ("ua_more=10", "ukrainians"),
        ("rel_more=10", "relokanty"),
    ] {
        let l = list(q);
        let groups: Vec<&str> = l
            .iter()
            .map(|a| a.group)
            .filter(|g| STREAM_GROUPS.contains(g))
            .collect();
        assert!(
            !groups.is_empty() && groups.iter().all(|g| *g == group),
            "{q}: {groups:?}"
        );
    }
}

/// Every assumption has all four parts in both languages, and the Russian title is not the
/// English one.
#[test]
fn every_assumption_is_said_in_both_languages() {
    let l = list("tfr_shift=0.2&e0_f=1&war_deaths=40&war_end=2030&lab_uzb=300&crocus_end=2100&compat=80&ua_return=50&rel_return=50&rel_more=5");
    assert!(l.len() > 20, "{}", l.len());
    for a in &l {
        let (en, ru) = (a.in_lang("en"), a.in_lang("ru"));
        for t in [&en, &ru] {
            for w in [&t.title, &t.value, &t.reason, &t.source] {
                assert!(!w.trim().is_empty(), "{}", a.key);
                // Every placeable filled, every key found.
                assert!(
                    !w.contains("{ $") && !w.contains("assume-"),
                    "{}: {w}",
                    a.key
                );
            }
        }
        assert_ne!(a.in_lang("en").title, a.in_lang("ru").title, "{}", a.key);
        assert!(
            a.in_lang("ru")
                .title
                .chars()
                .any(|c| ('а'..='я').contains(&c)),
            "{}: {}",
            a.key,
            a.in_lang("ru").title
        );
        // Readers see words, not ids or file names.
        for t in [&en, &ru] {
            for text in [&t.title, &t.value, &t.reason, &t.source] {
                assert!(
                    !text.contains(".csv") && !text.contains("CR0") && !text.contains("RK0"),
                    "{}: {text}",
                    a.key
                );
            }
        }
    }
    // A drop that lasts to the last year never comes back, and says so.
    assert!(find(&l, "crocus")
        .in_lang("en")
        .value
        .contains("to the end of the projection"));
}

/// WPP's own net migration is quoted from `data/indicators.csv`: Russia 2022 and Ukraine
/// 2024–2025 (thousands, rounded), in the stream items that say the lever is a change
/// from WPP's migration.
#[test]
fn wpp_migration_is_quoted_from_the_indicators() {
    let rows = csv("indicators.csv");
    let h = &rows[0];
    let col = |n: &str| h.iter().position(|c| c == n).unwrap();
    let netmig = |m49: &str, y: &str| -> f64 {
        rows.iter()
            .find(|r| r[col("m49")] == m49 && r[col("year")] == y)
            .map(|r| r[col("netmig")].parse().unwrap())
            .unwrap()
    };
    let said = |v: f64| {
        let s = format!("{:.0}", v.abs());
        let grouped = if s.len() > 3 {
            format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..])
        } else {
            s
        };
        format!("{}{grouped}", if v < 0.0 { "−" } else { "+" })
    };
    let rus22 = format!("{} thousand in 2022", said(netmig("643", "2022")));
    let ukr24 = format!("{} in 2024", said(netmig("804", "2024")));
    let ukr25 = format!("{} in 2025", said(netmig("804", "2025")));
    let l = list("ua_return=20&rel_return=20&lab_tjk=100");
    assert!(
        find(&l, "wpp_migration")
            .in_lang("en")
            .value
            .contains(&rus22),
        "{rus22}"
    );
    assert!(find(&l, "labour_wpp").in_lang("en").reason.contains(&rus22));
    assert!(find(&l, "rel_wpp").in_lang("en").reason.contains(&rus22));
    let ua = &find(&l, "ua_wpp").in_lang("en").reason;
    for want in [&rus22, &ukr24, &ukr25] {
        assert!(ua.contains(want.as_str()), "{want} not in {ua}");
    }
}

/// No stream counts people twice: the Compatriots stream adds only the difference from the
/// latest reported level (taken as inside WPP), so at that level there is no stream and at
/// +10 a year the steps after the first hold exactly 10 thousand a year, not 10 + the
/// level; returning all Ukrainians or all relokanty moves the stock exactly once; the
/// post-Crocus drop comes back in full; each stream's people are in one stream only.
#[test]
fn no_stream_counts_people_twice() {
    let data = embedded_data().unwrap();
    let f = Figures::new(data).unwrap();
    let latest = f.compat_latest;
    assert!(run(&format!("compat={latest}")).streams.is_empty());
    let r = run(&format!("compat={}", latest + 10.0));
    let compat: Vec<_> = r.streams.iter().filter(|s| s.key == "compat").collect();
    assert!(!compat.is_empty());
    for k in 1..r.main.projection.steps() {
        let v: f64 = compat.iter().map(|s| s.asked[k]).sum();
        assert!((v - 10.0).abs() < 1e-9, "step {k}: {v}");
    }
    let compat_item = find(&list(&format!("compat={}", latest + 10.0)), "compat_in_wpp").clone();
    assert_eq!(compat_item.number, Some(latest));

    let total = |r: &ScenarioResult, key: &str| -> f64 {
        r.streams
            .iter()
            .filter(|s| s.key == key)
            .map(|s| s.total_asked())
            .sum()
    };
    let ua = run("ua_return=100");
    assert!(
        (total(&ua, "ua_return") + f.ua_stock).abs() < 1e-9,
        "{}",
        total(&ua, "ua_return")
    );
    let rel = run("rel_return=100");
    // The stock as the slider holds it (the figure rounded to the slider's step).
    let stock = rel.scenario.rel_stock;
    assert!((stock - f.rel_stock).abs() <= 0.5);
    assert!(
        (total(&rel, "rel_return") - stock).abs() < 1e-9,
        "{}",
        total(&rel, "rel_return")
    );
    // Once arrivals recover the gap closes by 1/mean-stay a year: by 2100 what is left of
    // it is (1 - 1/5)^65 of the stock lost, far below a person.
    let crocus = run("crocus_end=2035");
    assert!(
        total(&crocus, "crocus_end").abs() < 1e-3,
        "{}",
        total(&crocus, "crocus_end")
    );

    // Every stream is one group of people: no two streams share a lever and a label.
    let all = run("lab_uzb=100&lab_tjk=100&crocus_end=2035&compat=60&ua_return=30&ua_more=5&rel_return=30&rel_more=5");
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for s in &all.streams {
        assert!(
            !seen.contains(&(s.key, s.label.as_str())),
            "{} twice",
            s.label
        );
        seen.push((s.key, &s.label));
    }
}

/// The migration that holds a measure says what is held, who the extra migrants are and
/// the most that can come (the world's population, WPP 2024: 8,231,613 thousand on 1 July
/// 2025): with `hold=` in every view, in the `needs` view (which holds working age without
/// `hold=`), and nowhere else.
#[test]
fn a_held_measure_lists_its_migrants_and_their_limit() {
    let data = embedded_data().unwrap();
    let f = Figures::new(data).unwrap();
    let of = |q: &str, view: &str| {
        let (s, _) = Scenario::from_query(q).unwrap();
        view_assumptions(data, &f, &s, view)
    };
    assert!(of("", "projection").iter().all(|a| a.group != "hold"));
    let needs = of("", "needs");
    let held = find(&needs, "hold");
    assert!(
        held.in_lang("en").value.contains("aged 20-64"),
        "{}",
        held.in_lang("en").value
    );
    assert!(
        held.in_lang("ru").value.contains("20–64"),
        "{}",
        held.in_lang("ru").value
    );
    let ages = find(&needs, "hold_ages");
    let peak = ages.number.unwrap();
    assert!((20.0..30.0).contains(&peak), "{peak}");
    let world = find(&needs, "hold_world");
    assert!(
        world.in_lang("en").value.contains("8.23 billion"),
        "{}",
        world.in_lang("en").value
    );
    assert!(
        world.in_lang("ru").value.contains("8,23 млрд"),
        "{}",
        world.in_lang("ru").value
    );
    let l = of(
        "hold=support_ratio&hold_level=3.5&hold_from=2030",
        "projection",
    );
    let held = find(&l, "hold");
    assert_eq!(held.number, Some(3.5));
    assert!(
        held.in_lang("en")
            .value
            .contains("3.50 people aged 20-64 per person 65+ from 1 July 2030"),
        "{}",
        held.in_lang("en").value
    );
}
