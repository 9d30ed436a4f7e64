//! Probabilistic bands (`scenario::bands`): with no lever moved, 1,000 trajectories
//! reproduce WPP 2024's published 80/95 % intervals of mid-year total population for all
//! eight countries (the bar of issue 16; published mid-year bounds = mean of the year-end
//! bounds of t−1 and t, `data/pop_total.csv` from WPP 2024 `popproj1dt.rda`); the same
//! query gives the same band whatever the chunking; no uncertainty collapses the band to
//! the scenario's line; a lever's effect on the line moves the band's median alike.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use crossroads::data::{Dataset, Sources};
use crossroads::scenario::bands::{self, BandOptions, BandRun, Spread};
use crossroads::scenario::{embedded_data, Projector, Scenario, COUNTRIES};
use crossroads::scenario::{Measure, MEASURES};

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
    let s = scenario("country=KGZ&tfr_shift=0.2");
    let mut one = BandRun::new(&mut pr, &s, BandOptions::default()).unwrap();
    one.run(40).unwrap();
    let mut chunks = BandRun::new(&mut pr, &s, BandOptions::default()).unwrap();
    chunks.run(15).unwrap();
    let early = chunks.band();
    assert_eq!(early.trajectories, 15);
    assert_eq!(chunks.run(25).unwrap(), 40);
    assert_eq!(one.band(), chunks.band());
    // The same scenario written another way (keys reordered) is the same query.
    let again = scenario("tfr_shift=0.2&country=KGZ");
    let mut other = BandRun::new(&mut pr, &again, BandOptions::default()).unwrap();
    other.run(40).unwrap();
    assert_eq!(one.band(), other.band());
    // Another query draws other trajectories.
    let mut moved = BandRun::new(
        &mut pr,
        &scenario("country=KGZ&tfr_shift=0.3"),
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
    for q in [
        "country=RUS&tfr_shift=0.3&lab_tjk=500&war_deaths=100",
        "country=TJK&lab_tjk=-800",
        "country=GEO",
    ] {
        let opts = BandOptions {
            spread: Spread::NONE,
            ..BandOptions::default()
        };
        let mut run = BandRun::new(&mut pr, &scenario(q), opts).unwrap();
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
    // Same draws for both (a fixed seed), so only the lever differs.
    let opts = BandOptions {
        seed: Some(16),
        ..BandOptions::default()
    };
    let mut base = BandRun::new(&mut pr, &scenario("country=RUS"), opts).unwrap();
    let mut lever = BandRun::new(
        &mut pr,
        &scenario("country=RUS&tfr_shift=0.3&lab_uzb=300"),
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
    // Quantiles out of order, a persistence above 1 and a cell that is not a number are
    // refused by the data layer with the file and line.
    let bands = Sources::EMBEDDED.bands;
    let line = bands
        .lines()
        .position(|l| l.starts_with("643,2050,"))
        .unwrap();
    let swap = |text: &str, f: &dyn Fn(&str) -> String| -> String {
        text.lines()
            .enumerate()
            .map(|(i, l)| if i == line { f(l) } else { l.to_string() } + "\n")
            .collect()
    };
    let swapped = swap(bands, &|l| {
        let mut c: Vec<&str> = l.split(',').collect();
        c.swap(3, 5); // tfr_80l and tfr_80u
        c.join(",")
    });
    let e = Dataset::from_sources(&Sources {
        bands: &swapped,
        ..Sources::EMBEDDED
    })
    .unwrap_err();
    let e = e.to_string();
    assert!(
        e.contains("bands.csv") && e.contains(&format!("line {}", line + 1)),
        "{e}"
    );
    assert!(e.contains("increasing"), "{e}");
    let text = swap(bands, &|l| l.replacen(",1.", ",x", 1));
    let e = Dataset::from_sources(&Sources {
        bands: &text,
        ..Sources::EMBEDDED
    })
    .unwrap_err()
    .to_string();
    assert!(e.contains("not a finite number"), "{e}");
    let cal = Sources::EMBEDDED
        .bands_calibration
        .replace("643,RUS,0.97,0.97,0.75", "643,RUS,0.97,1.5,0.75");
    assert_ne!(
        cal,
        Sources::EMBEDDED.bands_calibration,
        "the row to damage"
    );
    let e = Dataset::from_sources(&Sources {
        bands_calibration: &cal,
        ..Sources::EMBEDDED
    })
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("bands_calibration.csv") && e.contains("0..=1"),
        "{e}"
    );
    // The same tables through embedded.bin (what the wasm build reads) are the CSVs'.
    let bin = Dataset::from_binary(crossroads::data::EMBEDDED_BIN).unwrap();
    let csv = embedded_data().unwrap();
    for iso3 in COUNTRIES {
        let (a, b) = (bin.country(iso3).unwrap(), csv.country(iso3).unwrap());
        assert_eq!(a.bands, b.bands, "{iso3}");
        assert_eq!(a.bands.len(), 2100 - 2024 + 1, "{iso3}");
        assert!(a.band_calibration.is_some());
        assert_eq!(a.band_calibration, b.band_calibration, "{iso3}");
    }
}

/// Every measure the selector offers has a band: ordered quantiles around the scenario's
/// own line of that measure, the same band for the same query, and no spread without
/// uncertainty.
#[test]
fn every_measure_has_its_band() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    for m in MEASURES {
        let s = scenario(&format!("country=RUS&measure={}&lab_uzb=200", m.key()));
        let mut run = BandRun::new(&mut pr, &s, BandOptions::default()).unwrap();
        assert_eq!(run.measure(), m);
        run.run(100).unwrap();
        let b = run.band();
        assert_eq!(b.measure, m);
        let mut again = BandRun::new(&mut pr, &s, BandOptions::default()).unwrap();
        again.run(60).unwrap();
        again.run(40).unwrap();
        assert_eq!(again.band(), b, "{m}: same seed, same band");
        let i = b.years.iter().position(|&y| y == 2060).unwrap();
        let q = b.quantiles[i];
        assert!(q.windows(2).all(|w| w[0] <= w[1]), "{m}: {q:?}");
        assert!(q[4] > q[0], "{m}: a real spread {q:?}");
        let line = b.line[i];
        assert!(q[0] < line && line < q[4], "{m}: {q:?} vs {line}");
        // The line is the measure of the scenario's projection.
        let p = pr.project(&s).unwrap();
        let want = m.of(&p.main.projection, i).unwrap();
        assert!(
            (line - want).abs() <= 1e-12 * want.abs(),
            "{m}: {line} vs {want}"
        );
        let none = BandOptions {
            spread: Spread::NONE,
            ..BandOptions::default()
        };
        let mut flat = BandRun::new(&mut pr, &s, none).unwrap();
        flat.run(3).unwrap();
        let f = flat.band();
        for (qs, l) in f.quantiles.iter().zip(&f.line) {
            for v in qs {
                assert!((v - l).abs() <= 1e-9 * l.abs(), "{m}: {v} vs {l}");
            }
        }
    }
    // measure= in the options wins over the scenario's.
    let s = scenario("country=KAZ");
    let opts = BandOptions {
        measure: Some(Measure::SupportRatio),
        ..BandOptions::default()
    };
    let mut run = BandRun::new(&mut pr, &s, opts).unwrap();
    run.run(10).unwrap();
    let b = run.band();
    assert_eq!(b.measure, Measure::SupportRatio);
    assert!(b.line[0] > 1.0 && b.line[0] < 20.0, "{}", b.line[0]);
}

/// A lever that raises the scenario's working-age population in 2050 raises the band's
/// median by about as much, measure by measure.
#[test]
fn a_lever_moves_the_median_of_a_measure_as_it_moves_its_line() {
    let data = embedded_data().unwrap();
    let mut pr = Projector::new(data).unwrap();
    for m in [Measure::Pop20To64, Measure::Men18To59] {
        let opts = BandOptions {
            seed: Some(16),
            measure: Some(m),
            ..BandOptions::default()
        };
        let mut base = BandRun::new(&mut pr, &scenario("country=RUS"), opts).unwrap();
        let mut lever = BandRun::new(&mut pr, &scenario("country=RUS&lab_uzb=400"), opts).unwrap();
        base.run(200).unwrap();
        lever.run(200).unwrap();
        let (b0, b1) = (base.band(), lever.band());
        let i = b0.years.iter().position(|&y| y == 2050).unwrap();
        let line_gain = b1.line[i] - b0.line[i];
        let median_gain = b1.quantiles[i][2] - b0.quantiles[i][2];
        assert!(
            line_gain > 150.0,
            "{m}: the lever raises 2050 by {line_gain}"
        );
        assert!(
            (median_gain - line_gain).abs() < 0.1 * line_gain,
            "{m}: median +{median_gain:.0} vs line +{line_gain:.0} thousand"
        );
    }
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
