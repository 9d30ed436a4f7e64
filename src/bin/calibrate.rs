//! Calibration of the probabilistic bands (`crossroads::scenario::bands`): fits, per
//! country, the year-to-year persistence of the normal scores of fertility and survival
//! (one AR(1) coefficient for both) and of net migration (another), and a factor on the
//! published net-migration deviations, so that the band of the
//! UN medium scenario (no lever moved) reproduces WPP 2024's published 80 and 95 %
//! intervals of mid-year total population at 2050 and 2100; writes
//! `data/bands_calibration.csv` and prints the comparison table.
//!
//! Fit: coordinate descent over both persistences (grid 0 … 1, denser near 1) and the
//! factor on the net-migration deviations, each point scored on
//! [`FIT_TRAJECTORIES`] trajectories drawn with the seed `calibrate` (common random
//! numbers: every grid point uses the same innovations), by the worst over the bar's
//! quantiles (`bands::BAR`: median at 2050/2100, 10/90 % at 2050/2100, 2.5/97.5 % at 2050)
//! of |error| / tolerance, errors in units of the published 95 % half-width; ties by the
//! sum of squares of those ratios. A point replaces the best only when strictly better.
//!
//!     cargo run --release --bin calibrate             # fit, write, print the table
//!     cargo run --release --bin calibrate -- --table  # only print the table (embedded fit)
//!     options: --trajectories N (table; default 1000)
//!     cargo run --release --bin calibrate -- --timing # Russia's 1,000 trajectories, ms

use std::fmt::Write as _;
use std::process::ExitCode;

use crossroads::scenario::bands::{self, BandOptions, BandRun, Calibration, Spread};
use crossroads::scenario::{embedded_data, seed_of, Projector, Scenario, COUNTRIES};

/// Trajectories per grid point.
const FIT_TRAJECTORIES: usize = 1000;
/// Rounds of coordinate descent, and where it starts (rho_tfr, rho_mig, mig_scale).
const ROUNDS: usize = 3;
const START: [f64; 3] = [0.95, 0.8, 1.0];
/// Factors on the net-migration deviations tried.
const SCALES: [f64; 14] = [
    0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.7, 2.0, 2.5,
];
/// Persistence values tried for each of the two components.
const GRID: [f64; 17] = [
    0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0,
];

fn scenario(iso3: &str) -> Result<Scenario, String> {
    Scenario::from_query(&format!("country={iso3}"))
        .map(|(s, _)| s)
        .map_err(|e| e.to_string())
}

fn loss(rows: &[bands::BarRow]) -> f64 {
    rows.iter()
        .filter(|r| r.tolerance.is_finite())
        .map(|r| (r.error / r.tolerance).powi(2))
        .sum()
}

fn table(n: usize) -> Result<(String, bool), String> {
    let data = embedded_data().map_err(|e| e.to_string())?;
    let mut pr = Projector::new(data).map_err(|e| e.to_string())?;
    let mut out =
        String::from("iso3,year,quantile,band,published,error_in_95_halfwidths,tolerance,pass\n");
    let mut all = true;
    for iso3 in COUNTRIES {
        let s = scenario(iso3)?;
        let b = bands::band(&mut pr, &s, n, BandOptions::default()).map_err(|e| e.to_string())?;
        for r in bands::compare_published(data, iso3, &b) {
            let pass = if r.tolerance.is_finite() {
                all &= r.passes();
                if r.passes() {
                    "yes"
                } else {
                    "NO"
                }
            } else {
                "-"
            };
            let tol = if r.tolerance.is_finite() {
                format!("{:.2}", r.tolerance)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "{},{},{},{:.0},{:.0},{:+.3},{},{}",
                r.iso3, r.year, r.level, r.band, r.published, r.error, tol, pass
            );
        }
    }
    Ok((out, all))
}

/// Score of a fit: the worst |error| / tolerance over the bar, then the sum of squares.
fn score(rows: &[bands::BarRow]) -> (f64, f64) {
    let worst = rows
        .iter()
        .filter(|r| r.tolerance.is_finite())
        .map(|r| (r.error / r.tolerance).abs())
        .fold(0.0, f64::max);
    (worst, loss(rows))
}

fn fit() -> Result<String, String> {
    let data = embedded_data().map_err(|e| e.to_string())?;
    let mut pr = Projector::new(data).map_err(|e| e.to_string())?;
    let mut csv = String::new();
    let _ = writeln!(
        csv,
        "# Calibration of the probabilistic bands (src/scenario/bands.rs), per country: rho_* = AR(1)\n\
         # persistence of the yearly normal scores of TFR, e0 (= rho_tfr) and net migration; mig_scale =\n\
         # factor on WPP's published net-migration deviations. Fitted by `cargo run --release --bin\n\
         # calibrate` so that the band of the UN medium scenario reproduces WPP 2024's published 80/95 %\n\
         # intervals of mid-year total population: coordinate descent ({ROUNDS} rounds from rho_tfr\n\
         # {START:?}) over rho grid {GRID:?} and mig_scale grid {SCALES:?}, {FIT_TRAJECTORIES}\n\
         # trajectories (seed `calibrate`) per point, minimising the worst |error|/tolerance over the bar\n\
         # (median 2050/2100 tol 0.15; 10/90 % 2050/2100 tol 0.20; 2.5/97.5 % 2050 tol 0.25; errors in\n\
         # published 95 % half-widths), ties by the sum of squares. worst = that worst ratio (< 1 passes)."
    );
    csv.push_str("m49,iso3,rho_tfr,rho_e0,rho_mig,mig_scale,worst\n");
    let seed = seed_of("calibrate");
    for iso3 in COUNTRIES {
        let s = scenario(iso3)?;
        let m49 = data
            .country_info(iso3)
            .map(|c| c.m49)
            .ok_or_else(|| format!("no {iso3}"))?;
        let mut eval = |c: [f64; 3]| -> Result<(f64, f64), String> {
            let opts = BandOptions {
                calibration: Some(Calibration {
                    rho_tfr: c[0],
                    rho_e0: c[0],
                    rho_mig: c[1],
                    mig_scale: c[2],
                }),
                spread: Spread::PUBLISHED,
                seed: Some(seed),
                measure: None,
            };
            let mut run = BandRun::new(&mut pr, &s, opts).map_err(|e| e.to_string())?;
            run.run(FIT_TRAJECTORIES).map_err(|e| e.to_string())?;
            Ok(score(&bands::compare_published(data, iso3, &run.band())))
        };
        let mut best = START;
        let mut best_score = eval(best)?;
        for _ in 0..ROUNDS {
            for axis in 0..3 {
                let values: &[f64] = if axis == 2 { &SCALES } else { &GRID };
                for &v in values {
                    let mut c = best;
                    c[axis] = v;
                    if c == best {
                        continue;
                    }
                    let sc = eval(c)?;
                    if sc < best_score {
                        best = c;
                        best_score = sc;
                    }
                }
            }
        }
        eprintln!(
            "{iso3}: rho_tfr {} rho_mig {} mig_scale {} worst {:.3}",
            best[0], best[1], best[2], best_score.0
        );
        let _ = writeln!(
            csv,
            "{m49},{iso3},{},{},{},{},{:.3}",
            best[0], best[0], best[1], best[2], best_score.0
        );
    }
    Ok(csv)
}

/// Native time of Russia's band, median of `runs`: preparing the run (one projection and
/// the e0 grid), the first 200 trajectories, and the rest up to 1,000, in milliseconds.
fn timing(runs: usize) -> Result<String, String> {
    let data = embedded_data().map_err(|e| e.to_string())?;
    let mut pr = Projector::new(data).map_err(|e| e.to_string())?;
    let s = scenario("RUS")?;
    let mut t = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..runs {
        let t0 = std::time::Instant::now();
        let mut run =
            BandRun::new(&mut pr, &s, BandOptions::default()).map_err(|e| e.to_string())?;
        let t1 = std::time::Instant::now();
        run.run(200).map_err(|e| e.to_string())?;
        let _ = run.band();
        let t2 = std::time::Instant::now();
        run.run(800).map_err(|e| e.to_string())?;
        let _ = run.band();
        let t3 = std::time::Instant::now();
        for (v, d) in t.iter_mut().zip([t1 - t0, t2 - t1, t3 - t2, t3 - t0]) {
            v.push(d.as_secs_f64() * 1e3);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let [a, b, c, d] = &mut t;
    Ok(format!(
        "runs,prepare_ms,first_200_ms,next_800_ms,total_1000_ms\n{runs},{:.1},{:.1},{:.1},{:.1}\n",
        median(a),
        median(b),
        median(c),
        median(d)
    ))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut only_table = false;
    let mut n = 1000usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--table" => only_table = true,
            "--timing" => {
                return match timing(7) {
                    Ok(t) => {
                        print!("{t}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("calibrate: {e}");
                        ExitCode::from(1)
                    }
                };
            }
            "--trajectories" => match it.next().and_then(|v| v.parse().ok()) {
                Some(v) if v > 0 => n = v,
                _ => {
                    eprintln!("calibrate: --trajectories needs a positive whole number");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!(
                    "calibrate [--table] [--trajectories N] | --timing: fit \
                     data/bands_calibration.csv (without --table), print the bands vs WPP 2024 \
                     table; --timing: median of 7 native timings of Russia's 1,000 trajectories"
                );
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("calibrate: unknown argument {other:?}; see --help");
                return ExitCode::from(2);
            }
        }
    }
    if !only_table {
        match fit() {
            Ok(csv) => {
                let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/bands_calibration.csv");
                if let Err(e) = std::fs::write(path, csv) {
                    eprintln!("calibrate: cannot write {path}: {e}");
                    return ExitCode::from(1);
                }
                eprintln!("wrote {path}; rebuild (cargo run --release --bin calibrate -- --table) to see the table with it");
                return ExitCode::SUCCESS;
            }
            Err(e) => {
                eprintln!("calibrate: {e}");
                return ExitCode::from(1);
            }
        }
    }
    match table(n) {
        Ok((t, all)) => {
            print!("{t}");
            eprintln!(
                "{n} trajectories per country: {}",
                if all {
                    "every bar quantile within tolerance"
                } else {
                    "some bar quantiles OUTSIDE tolerance"
                }
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("calibrate: {e}");
            ExitCode::from(1)
        }
    }
}
