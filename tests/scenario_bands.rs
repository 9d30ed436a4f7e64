//! Probabilistic bands (`scenario::bands`): with no lever moved, 1,000 trajectories
//! reproduce WPP 2024's published 80/95 % intervals of mid-year total population for all
//! eight countries (the bar of issue 16; published mid-year bounds = mean of the year-end
//! bounds of t−1 and t, `data/pop_total.csv` from WPP 2024 `popproj1dt.rda`); the same
//! query gives the same band whatever the chunking; no uncertainty collapses the band to
//! the scenario's line; a lever's effect on the line moves the band's median alike.

use std::process::Command;

use crossroads::scenario::bands::{self, BandData, BandOptions, BandRun, Spread};
use crossroads::scenario::{embedded_data, Projector, Scenario, COUNTRIES};

fn scenario(q: &str) -> Scenario {
    Scenario::from_query(q).expect("query parses").0
}

/// The bar: every country, 1,000 trajectories, no lever moved. In units of the published
/// 95 % half-width: median within 0.15 at 2050 and 2100; 10 and 90 % within 0.20 at 2050 and
/// 2100; 2.5 and 97.5 % within 0.25 at 2050. The full table: `cargo run --release --bin
/// calibrate -- --table`. (8,000 trajectories: about 10 s of CPU in a debug build.)
#[test]
fn band_reproduces_wpp_intervals_of_total_population() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for iso3 in COUNTRIES {
        let s = scenario(&format!("country={iso3}"));
        let b = bands::band(&mut pr, &s, 1000, BandOptions::default()).unwrap();
        assert_eq!(b.trajectories, 1000);
        let rows = bands::compare_published(data, iso3, &b);
        assert_eq!(rows.len(), 10, "{iso3}: both years, five quantiles");
        for r in rows.iter().filter(|r| r.tolerance.is_finite()) {
            checked += 1;
            if !r.passes() {
                failures.push(format!(
                    "{} {} q{}: band {:.0} vs WPP {:.0} = {:+.3} half-widths (tolerance {})",
                    r.iso3, r.year, r.level, r.band, r.published, r.error, r.tolerance
                ));
            }
        }
    }
    assert_eq!(checked, 8 * bands::BAR.len());
    assert!(
        failures.is_empty(),
        "outside the bar:\n{}",
        failures.join("\n")
    );
}

#[test]
fn same_query_same_band_whatever_the_chunks() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let bd = BandData::embedded().unwrap();
    let s = scenario("country=KGZ&tfr_shift=0.2");
    let mut one = BandRun::new(&mut pr, &s, bd, BandOptions::default()).unwrap();
    one.run(40).unwrap();
    let mut chunks = BandRun::new(&mut pr, &s, bd, BandOptions::default()).unwrap();
    chunks.run(15).unwrap();
    let early = chunks.band();
    assert_eq!(early.trajectories, 15);
    assert_eq!(chunks.run(25).unwrap(), 40);
    assert_eq!(one.band(), chunks.band());
    // The same scenario written another way (keys reordered) is the same query.
    let again = scenario("tfr_shift=0.2&country=KGZ");
    let mut other = BandRun::new(&mut pr, &again, bd, BandOptions::default()).unwrap();
    other.run(40).unwrap();
    assert_eq!(one.band(), other.band());
    // Another query draws other trajectories.
    let mut moved = BandRun::new(
        &mut pr,
        &scenario("country=KGZ&tfr_shift=0.3"),
        bd,
        BandOptions::default(),
    )
    .unwrap();
    moved.run(40).unwrap();
    assert_ne!(one.seed(), moved.seed());
    let b = one.band();
    // A real spread: the 95 % band at 2100 is wide, ordered and around the line.
    let q = b.at(2100).unwrap();
    assert!(q.windows(2).all(|w| w[0] <= w[1]), "{q:?}");
    assert!(q[4] - q[0] > 0.2 * q[2], "{q:?}");
    let line = b.line[b.years.iter().position(|&y| y == 2100).unwrap()];
    assert!(q[0] < line && line < q[4], "{q:?} vs {line}");
}

#[test]
fn no_uncertainty_collapses_to_the_scenario_line() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let bd = BandData::embedded().unwrap();
    for q in [
        "country=RUS&tfr_shift=0.3&lab_tjk=500&war_deaths=100",
        "country=TJK&lab_tjk=-800",
        "country=GEO",
    ] {
        let opts = BandOptions {
            spread: Spread::NONE,
            ..BandOptions::default()
        };
        let mut run = BandRun::new(&mut pr, &scenario(q), bd, opts).unwrap();
        run.run(5).unwrap();
        let b = run.band();
        assert_eq!(b.years.len(), 76);
        assert_eq!(b.line.len(), 76);
        for ((y, qs), line) in b.years.iter().zip(&b.quantiles).zip(&b.line) {
            for v in qs {
                assert!(
                    (v - line).abs() <= 1e-9 * line,
                    "{q}: {y} band {v} vs line {line}"
                );
            }
        }
    }
}

#[test]
fn a_lever_moves_the_median_as_it_moves_the_line() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let bd = BandData::embedded().unwrap();
    // Same draws for both (a fixed seed), so only the lever differs.
    let opts = BandOptions {
        seed: Some(16),
        ..BandOptions::default()
    };
    let mut base = BandRun::new(&mut pr, &scenario("country=RUS"), bd, opts).unwrap();
    let mut lever = BandRun::new(
        &mut pr,
        &scenario("country=RUS&tfr_shift=0.3&lab_uzb=300"),
        bd,
        opts,
    )
    .unwrap();
    base.run(200).unwrap();
    lever.run(200).unwrap();
    let (b0, b1) = (base.band(), lever.band());
    let i = b0.years.iter().position(|&y| y == 2050).unwrap();
    let line_gain = b1.line[i] - b0.line[i];
    let median_gain = b1.quantiles[i][2] - b0.quantiles[i][2];
    assert!(line_gain > 5_000.0, "the lever raises 2050 by {line_gain}");
    assert!(
        (median_gain - line_gain).abs() < 0.1 * line_gain,
        "median +{median_gain:.0} vs line +{line_gain:.0} thousand"
    );
}

#[test]
fn bad_band_data_is_named() {
    let calib = "m49,iso3,rho_tfr,rho_e0,rho_mig,mig_scale\n643,RUS,0.9,0.9,0.5,1\n";
    let header = "m49,year,tfr_95l,tfr_80l,tfr,tfr_80u,tfr_95u,e0_95l,e0_80l,e0,e0_80u,e0_95u,\
                  mig_95l,mig_80l,mig,mig_80u,mig_95u,pop_95l,pop_80l,pop,pop_80u,pop_95u\n";
    let row = "643,2024,1,2,3,4,5,70,71,72,73,74,-2,-1,0,1,2,90,95,100,105,110\n";
    assert!(BandData::parse(&format!("{header}{row}"), calib).is_ok());
    let swapped = row.replace("1,2,3,4,5", "1,2,3,5,4");
    let e = BandData::parse(&format!("{header}{swapped}"), calib).unwrap_err();
    assert!(e.to_string().contains("bands.csv line 2"), "{e}");
    assert!(e.to_string().contains("increasing"), "{e}");
    let e =
        BandData::parse(&format!("{header}{row}"), &calib.replace("0.5,1", "1.5,1")).unwrap_err();
    assert!(
        e.to_string().contains("bands_calibration.csv line 2"),
        "{e}"
    );
    let e = BandData::parse(&format!("{header}{}", row.replace(",5,", ",x,")), calib).unwrap_err();
    assert!(e.to_string().contains("not a number"), "{e}");
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_crossroads"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn cli_prints_the_band_and_the_same_band_again() {
    let out = cli(&["--bands", "60", "country=ARM&tfr_shift=0.1"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "year,p2_5,p10,p50,p90,p97_5");
    assert_eq!(lines.len(), 1 + 76, "2025..=2100");
    for (l, year) in lines[1..].iter().zip(2025..) {
        let cells: Vec<f64> = l.split(',').map(|c| c.parse().unwrap()).collect();
        assert_eq!(cells[0] as i32, year);
        assert!(cells[1..].windows(2).all(|w| w[0] <= w[1]), "{l}");
        assert!(cells[1] > 0.0, "{l}");
    }
    // The same numbers as the library's band, and the same output on a second run.
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    let b = bands::band(
        &mut pr,
        &scenario("country=ARM&tfr_shift=0.1"),
        60,
        BandOptions::default(),
    )
    .unwrap();
    let last: Vec<f64> = lines[76].split(',').map(|c| c.parse().unwrap()).collect();
    let q = b.at(2100).unwrap();
    for (got, want) in last[1..].iter().zip(q) {
        assert!((got - want).abs() < 0.001, "{got} vs {want}");
    }
    let again = cli(&["--bands=60", "tfr_shift=0.1&country=ARM"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout), text);
}

#[test]
fn cli_rejects_a_bad_number_of_trajectories() {
    for bad in ["0", "-3", "many", "100001"] {
        let out = cli(&["--bands", bad, "country=RUS"]);
        assert_eq!(out.status.code(), Some(2), "--bands {bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--bands") && err.contains("trajectories"),
            "{err}"
        );
    }
    let out = cli(&["--bands", "10", "--by-age"]);
    assert_eq!(out.status.code(), Some(2));
}
