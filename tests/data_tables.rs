//! Host tests of the embedded tables: they parse, hold the spot values printed in
//! `../shared/data-raw/README.md` (WPP 2024, thousands), and their parts sum to totals.
// Native only: `Dataset::from_sources` (the CSV reader) is not in the wasm build, and
// `wasm-pack test` compiles every test file for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use crossroads::data::{Dataset, Sex, Sources, Variant, AGE5_GROUPS};

fn data() -> Dataset {
    match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded data must parse: {e}"),
    }
}

#[test]
fn all_eight_focus_countries_are_embedded() {
    let d = data();
    let codes: Vec<&str> = d.country_infos().map(|c| c.iso3.as_str()).collect();
    assert_eq!(
        codes,
        ["RUS", "GEO", "ARM", "KAZ", "KGZ", "TJK", "UZB", "UKR"]
    );
    for c in d.countries().expect("countries") {
        assert_eq!(c.year_span(), (1950, 2100), "{}", c.info.iso3);
    }
}

/// Spot values from the table in ../shared/data-raw/README.md ("Spot values"), thousands,
/// year-end; the README rounds to whole thousands, so the tolerance is 0.5.
#[test]
fn spot_values_match_the_data_raw_readme() {
    let d = data();
    let cases = [
        ("RUS", 2024, 144_435.0),
        ("RUS", 2030, 141_689.0),
        ("RUS", 2050, 136_009.0),
        ("RUS", 2100, 126_334.0),
        ("KAZ", 2050, 26_652.0),
        ("KGZ", 2024, 7_241.0),
        ("TJK", 2100, 20_204.0),
        ("UZB", 2050, 52_516.0),
        ("ARM", 2030, 2_842.0),
        ("GEO", 2100, 2_961.0),
        ("UKR", 2050, 31_815.0),
    ];
    for (iso, year, want) in cases {
        let row = d.country(iso).and_then(|c| c.pop_total(year)).expect("row");
        let got = row.medium.expect("medium");
        assert!((got - want).abs() <= 0.5, "{iso} {year}: {got} vs {want}");
    }
    let ru2050 = d
        .country("RUS")
        .and_then(|c| c.pop_total(2050))
        .expect("row");
    assert!((ru2050.lower95.unwrap_or(0.0) - 122_722.0).abs() <= 0.5);
    assert!((ru2050.upper95.unwrap_or(0.0) - 149_222.0).abs() <= 0.5);
    let ind = d
        .country("RUS")
        .and_then(|c| c.indicator(2023))
        .expect("2023");
    assert_eq!(ind.tfr, Some(1.449));
    assert!((ind.e0_m.unwrap_or(0.0) - 67.26).abs() < 0.005);
    assert!((ind.netmig.unwrap_or(0.0) - 27.8).abs() < 0.05);
    let ukr = d
        .country("804")
        .and_then(|c| c.indicator(2023))
        .expect("ukr");
    assert!((ukr.netmig.unwrap_or(0.0) + 300.0).abs() < 0.05);
}

/// Every mid-year age-by-sex table sums to the mean of the neighbouring year-end totals
/// (the README's construction): 0.01 thousand allows the 3-decimal rounding of 42 cells.
#[test]
fn age_sex_tables_sum_to_their_totals() {
    let d = data();
    let mut checked = 0;
    for c in d.countries().expect("countries") {
        for year in (1950..=2100).step_by(5) {
            let variant = if year <= 2020 {
                Variant::Estimate
            } else {
                Variant::Medium
            };
            let sum: f64 = Sex::BOTH
                .iter()
                .map(|&s| {
                    c.pop_age5(year, variant, s)
                        .expect("age5 row")
                        .iter()
                        .sum::<f64>()
                })
                .sum();
            let total = |y: i32| c.pop_total(y).and_then(|r| r.central());
            let want = if year == 1950 {
                // No end-1949 total: compare with the end-1950 one only loosely (growth < 3 %).
                let t = total(1950).expect("1950");
                assert!((sum - t).abs() / t < 0.03, "{} 1950", c.info.iso3);
                continue;
            } else {
                (total(year - 1).expect("t-1") + total(year).expect("t")) / 2.0
            };
            assert!(
                (sum - want).abs() < 0.01 + want * 1e-7,
                "{} {year}: {sum} vs {want}",
                c.info.iso3
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 8 * 30);
}

#[test]
fn net_migrants_by_age_sum_to_the_annual_total() {
    let d = data();
    for c in d.countries().expect("countries") {
        for year in 2023..=2100 {
            let sum: f64 = Sex::BOTH
                .iter()
                .map(|&s| c.netmig_age1(year, s).expect("row").iter().sum::<f64>())
                .sum();
            let want = c.indicator(year).and_then(|r| r.netmig).expect("netmig");
            // 202 cells rounded to 0.001 thousand: 0.11 thousand at most.
            assert!(
                (sum - want).abs() < 0.11,
                "{} {year}: {sum} vs {want}",
                c.info.iso3
            );
        }
    }
}

#[test]
fn fertility_patterns_sum_to_100_and_mortality_is_complete() {
    let d = data();
    for c in d.countries().expect("countries") {
        for r in &c.pasfr5 {
            let s: f64 = r.pasfr.iter().sum();
            assert!((s - 100.0).abs() < 0.01, "{} {}: {s}", c.info.iso3, r.year);
        }
        for p in (2010..=2095).step_by(5) {
            for sex in Sex::BOTH {
                let mx = c.mx5(p, sex).expect("mx period");
                assert!(mx.iter().all(|&m| m > 0.0 && m < 1.5));
            }
        }
        assert_eq!(
            c.pop_age5(2100, Variant::High, Sex::Female)
                .map(|r| r.len()),
            Some(AGE5_GROUPS)
        );
    }
}

#[test]
fn side_tables_carry_their_sources() {
    let d = data();
    let c2023 = d.compatriots.iter().find(|r| r.year == 2023).expect("2023");
    assert_eq!(c2023.value_persons, 45_100.0);
    assert!(c2023.url.starts_with("https://"));
    let med = d
        .rosstat("medium", "population", "2046-01-01")
        .expect("rosstat medium 2046");
    assert_eq!(med.value, "138.77");
    let kgz = d
        .remittances
        .iter()
        .find(|r| r.iso3 == "KGZ" && r.year == 2022)
        .expect("kgz");
    assert!(
        (kgz.pct_gdp_computed - 26.6).abs() < 0.1,
        "{}",
        kgz.pct_gdp_computed
    );
    assert!(d
        .migrant_stock
        .iter()
        .any(|r| r.dest == "RUS" && r.origin == "UZB" && r.year == 2024));
    assert!(d.briefs.len() > 200);
}

#[test]
fn damaged_tables_give_errors_that_name_file_line_and_fix() {
    let mut src = Sources::EMBEDDED;
    let broken = src.pop_age5.replacen("5666.897", "5x66", 1);
    src.pop_age5 = &broken;
    let err = Dataset::from_sources(&src).expect_err("must fail");
    let msg = err.to_string();
    assert!(msg.contains("data/pop_age5.csv line 5"), "{msg}");
    assert!(
        msg.contains("'5x66'") && msg.contains("convert.py"),
        "{msg}"
    );

    let mut src = Sources::EMBEDDED;
    let negative = src.mx5.replacen(",0.0", ",-0.0", 1);
    src.mx5 = &negative;
    let msg = Dataset::from_sources(&src)
        .expect_err("negative")
        .to_string();
    assert!(msg.contains("negative"), "{msg}");

    let d = data();
    let msg = d.require_country("XYZ").expect_err("unknown").to_string();
    assert!(msg.contains("'XYZ'") && msg.contains("RUS"), "{msg}");
}

/// The compact binary form (what the wasm build embeds) decodes to exactly the numbers of the
/// CSV tables wherever it holds them (scaled integers divided by a power of ten round exactly
/// like the decimal parse; net migration by age is rebuilt to the person), and leaves out only
/// what `data/convert.py` says: the rows before the projection base of the age patterns, those
/// before 2022 of the indicators, the age structures other than mid-2025, the annual births
/// and deaths totals, and the briefs' descriptive columns (topic, country, indicator, unit,
/// qualifier).
#[test]
fn binary_form_equals_the_csv_tables_exactly() {
    let from_csv = Dataset::from_sources(&Sources::EMBEDDED).expect("csv");
    assert_eq!(data(), from_csv);
    let from_bin = Dataset::from_binary(crossroads::data::EMBEDDED_BIN).expect("binary");
    let base = crossroads::engine::BASE_YEAR;
    // WPP's net migration is kept from the year of the invasion (the brief's CR003): the
    // Assumptions panel quotes it.
    let quoted_from: i32 = from_csv
        .brief("CR003")
        .and_then(|b| b.period_or_date.get(0..4)?.parse().ok())
        .expect("CR003's year");
    let mut want = from_csv.clone();
    for c in want.countries_mut().expect("countries") {
        c.pop_age5.retain(|r| r.year == base);
        c.mx5.retain(|r| r.period_start >= base);
        c.pasfr5.retain(|r| r.year >= base);
        c.netmig_age1.retain(|r| r.year >= base);
        c.indicators.retain(|r| r.year >= quoted_from);
        for r in &mut c.indicators {
            (r.births, r.deaths) = (None, None);
        }
    }
    for b in &mut want.briefs {
        for text in [
            &mut b.topic,
            &mut b.country,
            &mut b.indicator,
            &mut b.unit,
            &mut b.qualifier,
        ] {
            text.clear();
        }
    }
    assert_eq!(from_bin, want);
    // What is kept is not trivially small: every country has its full projection inputs.
    for c in from_bin.countries().expect("countries") {
        assert_eq!(c.pop_age5.len(), 6, "{}", c.info.iso3);
        assert_eq!(c.netmig_age1.len(), 2 * (2100 - base as usize + 1));
        assert_eq!(c.indicators.len(), 2100 - quoted_from as usize + 1);
        assert_eq!(c.pop_total.len(), 2100 - 1950 + 1);
    }
}

#[test]
fn damaged_binary_gives_an_error_not_a_panic() {
    let bin = crossroads::data::EMBEDDED_BIN;
    // Truncated anywhere, flipped bytes, wrong header: always an error naming the file.
    for cut in [0, 3, 4, 5, 100, bin.len() / 2, bin.len() - 1] {
        let err = Dataset::from_binary(&bin[..cut]).expect_err("truncated must fail");
        assert!(
            err.to_string().contains("embedded.bin") || err.file.ends_with(".csv"),
            "{err}"
        );
    }
    let mut bad = bin.to_vec();
    bad[0] = b'Y';
    assert!(Dataset::from_binary(&bad)
        .expect_err("header")
        .to_string()
        .contains("XRD3"));
    let mut flipped = bin.to_vec();
    for i in (5..flipped.len()).step_by(997) {
        flipped[i] ^= 0x5a;
    }
    // Refused, wherever the flips land (every table carries a checksum).
    assert!(Dataset::from_binary(&flipped).is_err());
    // Decoded lazily too, a damaged country section is refused when the file is opened
    // (every table's checksum is verified then), naming the section and table.
    let mut late = bin.to_vec();
    let cut = late.len() - 200; // inside the last country's section (Ukraine)
    for b in &mut late[cut..] {
        *b = 0xff;
    }
    let err =
        Dataset::from_binary_lazy(Box::leak(late.into_boxed_slice())).expect_err("damaged section");
    let msg = err.to_string();
    assert!(
        msg.starts_with("embedded.bin: section UKR (M49 804), table bands.csv")
            && msg.contains("cargo build"),
        "{msg}"
    );
}

/// The lazily decoded form (the wasm build's) equals the eager one, decodes a country only
/// when it is asked for, and decodes it once.
#[test]
fn lazy_binary_form_decodes_only_the_countries_asked_for() {
    let eager = Dataset::from_binary(crossroads::data::EMBEDDED_BIN).expect("binary");
    let lazy = Dataset::from_binary_lazy(crossroads::data::EMBEDDED_BIN).expect("lazy");
    assert_eq!(lazy.countries_decoded(), Vec::<&str>::new());
    assert_eq!(
        lazy.country_infos()
            .map(|c| c.iso3.as_str())
            .collect::<Vec<_>>(),
        ["RUS", "GEO", "ARM", "KAZ", "KGZ", "TJK", "UZB", "UKR"]
    );
    let tjk = lazy.require_country("tjk").expect("TJK");
    assert_eq!(Some(tjk), eager.country("TJK"));
    assert_eq!(lazy.countries_decoded(), ["TJK"]);
    assert!(std::ptr::eq(
        tjk,
        lazy.require_country("762").expect("by M49")
    ));
    assert_eq!(lazy, eager);
    assert_eq!(lazy.countries_decoded().len(), 8);
}

/// What the widget computes from the binary form equals what it computes from the full CSVs:
/// the published figures behind the lever defaults, the presets, every country's UN baseline
/// inputs in every variant, the assumptions of a scenario moving every lever group, and the
/// projection of every preset and of each country's baseline scenario. So nothing the binary leaves out is read on the widget's paths.
#[test]
fn the_widget_computes_the_same_from_the_binary_form() {
    use crossroads::engine::baseline;
    use crossroads::scenario::{presets, Projector, Scenario};
    let csv = Dataset::from_sources(&Sources::EMBEDDED).expect("csv");
    let bin = Dataset::from_binary(crossroads::data::EMBEDDED_BIN).expect("binary");
    for (c, b) in csv
        .countries()
        .expect("csv countries")
        .into_iter()
        .zip(bin.countries().expect("binary countries"))
    {
        for v in [Variant::Medium, Variant::Low, Variant::High] {
            assert_eq!(
                baseline(c, v).expect("csv baseline"),
                baseline(b, v).expect("binary baseline"),
                "{} {v:?}",
                c.info.iso3
            );
        }
    }
    let (mut pc, mut pb) = (
        Projector::new(&csv).expect("csv"),
        Projector::new(&bin).expect("bin"),
    );
    assert_eq!(pc.figures(), pb.figures());
    assert_eq!(pc.table(), pb.table());
    // The Assumptions panel says the same from either form (WPP's net migration included).
    let every = Scenario::parse_query(
        pc.table(),
        "tfr_shift=0.2&e0_m=1&war_deaths=50&war_end=2030&lab_tjk=500&crocus_end=2030\
         &compat=100&ua_return=30&rel_return=30",
    )
    .expect("scenario")
    .0;
    let said = crossroads::scenario::assumptions(&csv, pc.figures(), &every);
    assert_eq!(
        said,
        crossroads::scenario::assumptions(&bin, pb.figures(), &every)
    );
    assert!(said
        .iter()
        .any(|a| a.in_lang("en").value.contains("+766 thousand in 2022")));
    let sets = presets(&csv).expect("csv presets");
    assert_eq!(sets, presets(&bin).expect("binary presets"));
    let table = pc.table().clone();
    let mut scenarios: Vec<Scenario> = sets
        .iter()
        .map(|p| {
            Scenario::parse_query(&table, &p.query)
                .expect("preset query")
                .0
        })
        .collect();
    for c in csv.countries().expect("countries") {
        let mut s = Scenario::baseline(&table);
        s.set_choice(&table, "country", &c.info.iso3)
            .expect("country");
        scenarios.push(s);
    }
    for s in &scenarios {
        assert_eq!(
            pc.project(s).expect("csv"),
            pb.project(s).expect("bin"),
            "{s:?}"
        );
    }
}
