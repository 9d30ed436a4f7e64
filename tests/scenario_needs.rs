//! Measures (`measure=`), the UN comparison per measure and the `needs` model: a measure's
//! series equals a hand computation from the projection's by-age arrays; `measure=` reads
//! and writes back; UN WPP's published values are those of the data files (and the engine's
//! baseline stands in, labelled, where WPP publishes none); the needs model's reference
//! lines are the data files' values; the held measure stays at its level; the story preset
//! holds Russia's working-age population at its base-year size. `replacement_table_*`
//! prints the report's table (`cargo test --test scenario_needs -- --nocapture`).

mod data_support;

use crossroads::data::{Dataset, EMBEDDED_BIN};
use crossroads::engine::{Projection, AGES};
use crossroads::scenario::{
    embedded_data, embedded_table, needs, needs_hold, preset_name, presets, replacement_table,
    stories, un_comparison, HoldFailureKind, Measure, NeedsHoldChoice, ParamKind, Projector,
    QueryError, Scenario, ScenarioError, UnSource, COUNTRIES, MEASURES, MEASURE_KEYS,
};
use data_support::data_cell;

fn num(s: String) -> f64 {
    s.trim().parse().unwrap()
}

/// The measure at year index `i`, summed age by age from the projection's own arrays.
fn by_hand(m: Measure, p: &Projection, i: usize) -> Option<f64> {
    let (male, female) = (&p.pop_count_m[i], &p.pop_count_f[i]);
    let mut both = [0.0; AGES];
    for a in 0..AGES {
        both[a] = male[a] + female[a];
    }
    let range = |v: &[f64; AGES], from: usize, to: usize| {
        let mut s = 0.0;
        for x in &v[from..=to] {
            s += x;
        }
        s
    };
    let work = range(&both, 20, 64);
    let old = range(&both, 65, 100);
    let v = match m {
        Measure::Population => range(&both, 0, 100),
        Measure::Pop20To64 => work,
        Measure::Pop15To64 => range(&both, 15, 64),
        Measure::SupportRatio => {
            if old == 0.0 {
                return None;
            }
            work / old
        }
        Measure::Men18To59 => range(male, 18, 59),
        Measure::OldAgeDependency => {
            if work == 0.0 {
                return None;
            }
            old / work
        }
    };
    Some(v)
}

#[test]
fn measure_series_match_a_hand_computation_from_the_ages() {
    let mut pr = Projector::new(embedded_data().unwrap()).unwrap();
    for q in [
        "",
        "country=KGZ&tfr_shift=0.4",
        "war_end=2040&lab_tjk=800&rel_more=30",
    ] {
        let (s, _) = Scenario::from_query(q).unwrap();
        let mut r = pr.project(&s).unwrap();
        // A cached result (by-age components dropped) keeps the ages the series read.
        let full = r.main.projection.clone();
        r.drop_age_detail();
        for m in MEASURES {
            let got = m.series(&r.main.projection);
            assert_eq!(got.len(), full.years(), "{q} {m}");
            for (i, pt) in got.iter().enumerate() {
                assert_eq!(pt.year, full.year(i));
                let want = by_hand(m, &full, i).unwrap();
                let v = pt.value.unwrap();
                assert!(
                    (v - want).abs() <= 1e-12 * want.abs(),
                    "{q} {m} {}: {v} vs {want}",
                    pt.year
                );
            }
        }
        // The CLI's old-age dependency and 20-64 columns are the same numbers.
        let p = &r.main.projection;
        for i in 0..p.years() {
            assert_eq!(
                Measure::OldAgeDependency.of(p, i),
                Some(p.old_age_dependency(i))
            );
            assert_eq!(Measure::Pop20To64.of(p, i), Some(p.pop_20_64(i)));
        }
    }
}

#[test]
fn an_empty_denominator_gives_no_value_not_nan() {
    let mut p = Projection {
        base_year: 2025,
        pop_count_m: vec![[1.0; AGES]],
        pop_count_f: vec![[0.0; AGES]],
        ..Default::default()
    };
    for a in 65..AGES {
        p.pop_count_m[0][a] = 0.0;
    }
    assert_eq!(Measure::SupportRatio.of(&p, 0), None);
    assert_eq!(Measure::SupportRatio.series(&p)[0].value, None);
    assert!(Measure::OldAgeDependency.of(&p, 0).is_some());
}

#[test]
fn measure_key_round_trips_through_the_query_string() {
    let t = embedded_table().unwrap();
    let row = t.get("measure").unwrap();
    assert_eq!(row.kind, ParamKind::Choice);
    assert_eq!(row.choices, MEASURE_KEYS.to_vec());
    assert_eq!(row.views, vec!["projection", "compare", "needs"]);
    assert!(row.control);
    assert!(!row.label_ru.is_empty());
    assert_eq!(row.format(row.default), "population");
    let base = Scenario::embedded_baseline().unwrap();
    assert_eq!(base.measure, Measure::Population);
    for &key in MEASURE_KEYS {
        let q = format!("country=KAZ&measure={key}&hold=pop_20_64");
        let (s, clamps) = Scenario::from_query(&q).unwrap();
        assert!(clamps.is_empty());
        assert_eq!(s.measure.key(), key);
        assert_eq!(Measure::from_key(key), Some(s.measure));
        let back = s.to_query().unwrap();
        if key == "population" {
            assert!(
                !back.contains("measure="),
                "the default is not written: {back}"
            );
        } else {
            assert!(back.contains(&format!("measure={key}")), "{back}");
        }
        let (s2, _) = Scenario::from_query(&back).unwrap();
        assert_eq!(s2, s);
    }
    // Case forgiven, canonical spelling kept; anything else is an error naming the choices.
    let (s, _) = Scenario::from_query("measure=Support_Ratio").unwrap();
    assert_eq!(s.measure, Measure::SupportRatio);
    match Scenario::from_query("measure=gdp") {
        Err(ScenarioError::Query(QueryError::BadChoice { key, choices, .. })) => {
            assert_eq!(key, "measure");
            assert_eq!(choices.len(), MEASURE_KEYS.len());
        }
        other => panic!("{other:?}"),
    }
    assert!("gdp".parse::<Measure>().is_err());
}

/// UN WPP 2024 medium of Russia: the total is published every year (the mean of the
/// year-end totals of data/pop_total.csv) with intervals; the age measures are the sums of
/// data/pop_age5.csv's groups every fifth year and the engine's baseline between, within
/// 0.5 % of the published sums (the engine reproduces WPP); men 18-59 are never published.
#[test]
fn un_comparison_is_published_where_wpp_publishes_and_labelled_otherwise() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let base = pr.un_medium("RUS").unwrap();
    let end = |y: i32, col: &str| num(data_cell("pop_total.csv", &["643", &y.to_string()], col));
    let pop = un_comparison(data, "RUS", Measure::Population, &base).unwrap();
    assert!(pop.has_bands);
    assert_eq!(pop.points.len(), base.years());
    for (pt, band) in pop.points.iter().zip(&pop.bands) {
        let y = pt.year;
        assert_eq!(pt.source, UnSource::Published, "{y}");
        let col = if y - 1 <= 2023 { "estimate" } else { "medium" };
        let want = 0.5 * (end(y - 1, col) + end(y, "medium"));
        assert!((pt.value - want).abs() < 1e-9, "{y}");
        assert_eq!(band.year, y);
        let want80 = 0.5 * (end(y - 1, "lower80") + end(y, "lower80"));
        assert!((band.lower80 - want80).abs() < 1e-9, "{y}");
        let want95 = 0.5 * (end(y - 1, "upper95") + end(y, "upper95"));
        assert!((band.upper95 - want95).abs() < 1e-9, "{y}");
        assert!(band.lower95 <= band.lower80 && band.lower80 <= pt.value);
        assert!(pt.value <= band.upper80 && band.upper80 <= band.upper95);
    }
    let age5 = |y: i32, sex: &str, from: usize, to: usize| -> f64 {
        const LABELS: [&str; 21] = [
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
            "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94",
            "95-99", "100+",
        ];
        LABELS[from..=to]
            .iter()
            .map(|g| {
                num(data_cell(
                    "pop_age5.csv",
                    &["643", &y.to_string(), "medium", sex],
                    g,
                ))
            })
            .sum()
    };
    let both = |y: i32, from: usize, to: usize| age5(y, "M", from, to) + age5(y, "F", from, to);
    for m in MEASURES.into_iter().filter(|m| *m != Measure::Population) {
        let c = un_comparison(data, "RUS", m, &base).unwrap();
        assert!(
            !c.has_bands && c.bands.is_empty(),
            "{m}: WPP gives no interval"
        );
        assert_eq!(c.points.len(), base.years());
        for (i, pt) in c.points.iter().enumerate() {
            let engine = m.of(&base, i).unwrap();
            let fifth = pt.year % 5 == 0;
            if m == Measure::Men18To59 || !fifth {
                assert_eq!(pt.source, UnSource::EngineBaseline, "{m} {}", pt.year);
                assert_eq!(pt.value, engine);
                continue;
            }
            assert_eq!(pt.source, UnSource::Published, "{m} {}", pt.year);
            let y = pt.year;
            let want = match m {
                Measure::Pop20To64 => both(y, 4, 12),
                Measure::Pop15To64 => both(y, 3, 12),
                Measure::SupportRatio => both(y, 4, 12) / both(y, 13, 20),
                Measure::OldAgeDependency => both(y, 13, 20) / both(y, 4, 12),
                _ => unreachable!(),
            };
            assert!((pt.value - want).abs() <= 1e-9 * want, "{m} {y}");
            assert!(
                (engine - want).abs() <= 0.005 * want,
                "{m} {y}: engine {engine} vs WPP {want}"
            );
        }
    }
}

/// The wasm build's data (embedded.bin) holds WPP's age groups of the base year only: its
/// age measures are published in 2025 and the engine's baseline after, labelled so; the
/// total and its intervals are the same as the CSVs'.
#[test]
fn the_widgets_data_labels_what_it_lacks() {
    let bin = Dataset::from_binary(EMBEDDED_BIN).unwrap();
    let mut pr = Projector::new(&bin).unwrap();
    let base = pr.un_medium("RUS").unwrap();
    let csv = embedded_data().unwrap();
    let a = un_comparison(&bin, "RUS", Measure::Population, &base).unwrap();
    let b = un_comparison(csv, "RUS", Measure::Population, &base).unwrap();
    assert_eq!(a, b);
    let w = un_comparison(&bin, "RUS", Measure::Pop20To64, &base).unwrap();
    assert_eq!(w.points[0].source, UnSource::Published);
    assert!(w.points[1..]
        .iter()
        .all(|p| p.source == UnSource::EngineBaseline));
}

/// Every reference line of the needs model is the data files' value.
#[test]
fn needs_reference_lines_equal_the_data_files() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let (s, _) = Scenario::from_query("").unwrap();
    let n = needs(&mut pr, &s).unwrap();
    let netmig = |y: i32| {
        num(data_cell(
            "indicators.csv",
            &["643", &y.to_string()],
            "netmig",
        ))
    };
    assert_eq!(n.un_assumption.points.first().map(|p| p.year), Some(2024));
    assert_eq!(n.un_assumption.points.last().map(|p| p.year), Some(2100));
    for p in n.un_assumption.points.iter().chain(&n.observed.points) {
        assert_eq!(p.value, netmig(p.year), "{}", p.year);
    }
    let observed: Vec<i32> = n.observed.points.iter().map(|p| p.year).collect();
    assert_eq!(observed, vec![2022, 2023]);
    let r = n.rosstat_low.as_ref().unwrap();
    assert_eq!(
        r.value,
        num(data_cell(
            "rosstat_forecast.csv",
            &["low", "net_migration"],
            "value"
        ))
    );
    assert_eq!((r.from, r.to), (2024, Some(2045)));
    assert_eq!(
        r.value * 1000.0,
        num(data_cell("briefs_figures.csv", &["CR011"], "value")),
        "the brief's baseline immigration figure is Rosstat's low variant"
    );
    let g = n.compatriots_goal.as_ref().unwrap();
    assert_eq!(
        g.value * 1000.0,
        num(data_cell("briefs_figures.csv", &["CR023"], "value"))
    );
    let l = n.compatriots_latest.as_ref().unwrap();
    let latest = data.compatriots.iter().map(|r| r.year).max().unwrap();
    assert_eq!(l.from, latest);
    assert_eq!(
        l.value * 1000.0,
        num(data_cell(
            "compatriots.csv",
            &[&latest.to_string()],
            "value_persons"
        ))
    );
    assert!(l.label_in("en").contains("registered") && l.label_in("ru").contains("учёт"));
    for level in [r, g, l] {
        assert!(!level.label_in("ru").is_empty() && !level.source_in("ru").is_empty());
        assert!(level
            .label_in("ru")
            .chars()
            .any(|c| ('а'..='я').contains(&c)));
    }
    // The briefs' flows are into Russia: other countries get WPP's lines only.
    let (s, _) = Scenario::from_query("country=TJK").unwrap();
    let n = needs(&mut pr, &s).unwrap();
    assert!(n.rosstat_low.is_none() && n.compatriots_goal.is_none());
    let tjk = |y: i32| {
        num(data_cell(
            "indicators.csv",
            &["762", &y.to_string()],
            "netmig",
        ))
    };
    assert!(n
        .un_assumption
        .points
        .iter()
        .all(|p| p.value == tjk(p.year)));
    // The widget's data gives the same lines.
    let bin = Dataset::from_binary(EMBEDDED_BIN).unwrap();
    let mut pb = Projector::new(&bin).unwrap();
    let (s, _) = Scenario::from_query("").unwrap();
    let a = needs(&mut pr, &s).unwrap();
    let b = needs(&mut pb, &s).unwrap();
    assert_eq!(a.un_assumption, b.un_assumption);
    assert_eq!(a.observed, b.observed);
    assert_eq!(a.rosstat_low, b.rosstat_low);
    assert_eq!(a.compatriots_latest, b.compatriots_latest);
}

/// The needs model holds its measure (1e-6 relative) in every year from `hold_from`, its
/// total is the scenario's own migration plus the extra, and the population with the extra
/// migrants is the one without plus what they and their descendants add.
#[test]
fn needs_holds_the_measure_and_adds_up() {
    let mut pr = Projector::new(embedded_data().unwrap()).unwrap();
    for (q, want, choice) in [
        ("", Measure::Pop20To64, NeedsHoldChoice::Default),
        (
            "measure=population",
            Measure::Pop20To64,
            NeedsHoldChoice::Default,
        ),
        (
            "measure=men_18_59",
            Measure::Men18To59,
            NeedsHoldChoice::Measure,
        ),
        (
            "measure=old_age_dependency",
            Measure::SupportRatio,
            NeedsHoldChoice::Measure,
        ),
        (
            "hold=population&measure=pop_15_64&hold_from=2030",
            Measure::Population,
            NeedsHoldChoice::Given,
        ),
        (
            "country=UZB&tfr_shift=-0.3",
            Measure::Pop20To64,
            NeedsHoldChoice::Default,
        ),
    ] {
        let (s, _) = Scenario::from_query(q).unwrap();
        assert_eq!(needs_hold(&s), (want, choice), "{q}");
        let n = needs(&mut pr, &s).unwrap();
        assert_eq!((n.measure, n.choice), (want, choice), "{q}");
        assert_eq!(n.from, s.hold_from as i32);
        assert!(n.failure.is_none(), "{q}: {:?}", n.failure);
        for pt in n.measure_with.iter().filter(|p| p.year >= n.from) {
            let v = pt.value.unwrap();
            assert!((v - n.level).abs() <= 1e-6 * n.level, "{q} {}", pt.year);
        }
        for st in &n.steps {
            assert!(st.own.is_finite());
            match (st.needed, st.total) {
                (Some(x), Some(t)) => {
                    assert!(st.year >= n.from);
                    assert!((t - (st.own + x)).abs() < 1e-9);
                }
                (None, None) => assert!(st.year < n.from, "{q} {}", st.year),
                other => panic!("{q}: {other:?}"),
            }
        }
        // Before the hold starts, with and without are the same population.
        for (a, b) in n.population_with.iter().zip(&n.population_without) {
            assert_eq!(a.year, b.year);
            if a.year <= n.from {
                assert!(
                    (a.value - b.value).abs() <= 1e-9 * b.value,
                    "{q} {}",
                    a.year
                );
            }
        }
        assert!(n
            .origin_share
            .iter()
            .all(|p| p.value.is_finite() && p.value < 1.0));
        let numbers = n
            .population_with
            .iter()
            .chain(&n.population_without)
            .map(|p| p.value)
            .chain(n.steps.iter().filter_map(|s| s.total));
        assert!(numbers.into_iter().all(f64::is_finite), "{q}");
    }
}

/// A level that cannot be held is reported with its year and reason in both languages; the
/// years before it are held, none after, and no number is NaN.
#[test]
fn needs_reports_the_year_a_measure_cannot_be_held() {
    let mut pr = Projector::new(embedded_data().unwrap()).unwrap();
    let (s, _) = Scenario::from_query("hold=pop_20_64&hold_level=-5").unwrap();
    let n = needs(&mut pr, &s).unwrap();
    let f = n.failure.as_ref().unwrap();
    assert_eq!((f.kind, f.year), (HoldFailureKind::LevelNotPositive, 2025));
    assert!(f.message_in("en").contains("2025") && f.message_in("ru").contains("2025"));
    assert!(n
        .steps
        .iter()
        .all(|s| s.needed.is_none() && s.total.is_none()));
    // Forty people of working age for every person 65+: held for decades, then more than
    // the engine's bound of migrants in one year.
    let (s, _) = Scenario::from_query("hold=support_ratio&hold_level=40").unwrap();
    let n = needs(&mut pr, &s).unwrap();
    let f = n.failure.as_ref().unwrap();
    assert_eq!(f.kind, HoldFailureKind::MoreThanTheWorld);
    assert!(f.year > 2026 && f.message_in("ru").contains(&f.year.to_string()));
    for st in &n.steps {
        assert_eq!(st.needed.is_some(), st.year < f.year - 1, "{}", st.year);
    }
    assert!(n.population_with.iter().all(|p| p.value.is_finite()));
    assert!(n.origin_share.iter().all(|p| p.value.is_finite()));
}

/// The story preset: Russia's working-age population held at its base-year size. A preset
/// (`hold_workforce`, named in both languages) whose story asks the briefs' question; its
/// query round-trips and holds 20-64 at the 2025 value (1e-6 relative) to 2100.
#[test]
fn story_keeps_russias_workforce_at_its_base_year_size() {
    let data = embedded_data().unwrap();
    let list = presets(data).unwrap();
    let p = list.iter().find(|p| p.id == "hold_workforce").unwrap();
    assert_eq!(
        preset_name("hold_workforce", "en", 2025).as_deref(),
        Some(p.name.as_str())
    );
    assert!(
        p.name.contains("2025") && p.name.contains("20-64"),
        "{}",
        p.name
    );
    let ru = preset_name("hold_workforce", "ru", 2025).unwrap();
    assert!(ru.contains("2025") && ru.contains("20–64"), "{ru}");
    assert_eq!(preset_name("un_low", "ru", 2025), None);
    let mut pr = Projector::new(data).unwrap();
    let st = stories(data, &mut pr, &list).unwrap();
    let st = st.iter().find(|s| s.id == "hold_workforce").unwrap();
    assert_eq!(
        st.in_lang("en").0,
        "What would it take to keep Russia's workforce at its 2025 size?"
    );
    assert!(st.in_lang("ru").0.contains("России"));
    assert_eq!(st.query, p.query);
    let t = embedded_table().unwrap();
    let (s, clamps) = Scenario::parse_query(t, &p.query).unwrap();
    assert!(clamps.is_empty());
    assert_eq!(s.write_query(t), p.query);
    assert_eq!(
        (s.hold.as_ref(), s.hold_from, s.country.as_str()),
        ("pop_20_64", 2025.0, "RUS")
    );
    let n = needs(&mut pr, &s).unwrap();
    assert_eq!(n.choice, NeedsHoldChoice::Given);
    let r = pr.project(&s).unwrap();
    let q = &r.main.projection;
    let at_2025 = q.pop_20_64(q.index_of(2025).unwrap());
    assert_eq!(n.level, at_2025);
    for i in 0..q.years() {
        let v = q.pop_20_64(i);
        assert!((v - at_2025).abs() <= 1e-6 * at_2025, "{}", q.year(i));
    }
    assert!(n.steps.iter().all(|s| s.needed.is_some()));
}

/// The report's table: needed migration for Russia on UN medium, every measure, means
/// over mid-2025..mid-2050 and ..mid-2100, migrant-origin shares. Printed with
/// `--nocapture`; the assertions are what the UN report's logic implies.
#[test]
fn replacement_table_for_russia_on_un_medium() {
    let mut pr = Projector::new(embedded_data().unwrap()).unwrap();
    let (s, _) = Scenario::from_query("").unwrap();
    let rows = replacement_table(&mut pr, &s).unwrap();
    println!("measure,level,mean_2025_2050,mean_2025_2100,share_2050,share_2100");
    for r in &rows {
        println!(
            "{},{:.3},{:.1},{:.1},{:.3},{:.3}",
            r.measure,
            r.level,
            r.mean_to_report_year.unwrap(),
            r.mean_to_end.unwrap(),
            r.share_report_year.unwrap(),
            r.share_end.unwrap()
        );
        assert!(r.failure.is_none(), "{}", r.measure);
        let (a, b) = (r.share_report_year.unwrap(), r.share_end.unwrap());
        assert!(0.0 < a && a < b && b < 1.0, "{}", r.measure);
    }
    let mean = |m: Measure| {
        rows.iter()
            .find(|r| r.measure == m)
            .and_then(|r| r.mean_to_end)
            .unwrap()
    };
    assert_eq!(rows.len(), 5);
    // Holding the ratio of workers to the old takes far more than holding any count.
    for m in [
        Measure::Population,
        Measure::Pop20To64,
        Measure::Pop15To64,
        Measure::Men18To59,
    ] {
        assert!(mean(Measure::SupportRatio) > 3.0 * mean(m), "{m}");
        assert!(mean(m) > 0.0);
    }
    // Working ages shrink faster than the population (UN medium), so they need more.
    assert!(mean(Measure::Pop20To64) > mean(Measure::Population));
    let _ = COUNTRIES;
}
