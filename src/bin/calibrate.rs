//! Calibration of the probabilistic bands (`crossroads::scenario::bands`): fits, per
//! country, the year-to-year persistence of the normal scores of fertility and survival
//! (one AR(1) coefficient for both) and of net migration (another), so that the band of the
//! UN medium scenario (no lever moved) reproduces WPP 2024's published 80 and 95 %
//! intervals of mid-year total population at 2050 and 2100; writes
//! `data/bands_calibration.csv` and prints the comparison table.
//!
//! Fit: a grid of both persistences (0 … 1, denser near 1), each point scored on
//! [`FIT_TRAJECTORIES`] trajectories drawn with the seed `calibrate` (common random
//! numbers: every grid point uses the same innovations), by the sum over the bar's
//! quantiles (`bands::BAR`: median at 2050/2100, 10/90 % at 2050/2100, 2.5/97.5 % at 2050)
//! of (error / tolerance)², errors in units of the published 95 % half-width. Ties keep the
//! lower persistence.
//!
//!     cargo run --release --bin calibrate             # fit, write, print the table
//!     cargo run --release --bin calibrate -- --table  # only print the table (embedded fit)
//!     options: --trajectories N (table; default 1000)

use std::fmt::Write as _;
use std::process::ExitCode;

use crossroads::scenario::bands::{self, BandData, BandOptions, BandRun, Persistence, Spread};
use crossroads::scenario::{embedded_data, seed_of, Projector, Scenario, COUNTRIES};

/// Trajectories per grid point.
const FIT_TRAJECTORIES: usize = 500;
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
    let mut out = String::from(
        "iso3,year,quantile,band,published,error_in_95_halfwidths,tolerance,pass\n",
    );
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
                r.iso3,
                r.year,
                r.level,
                r.band,
                r.published,
                r.error,
                tol,
                pass
            );
        }
    }
    Ok((out, all))
}

fn fit() -> Result<String, String> {
    let data = embedded_data().map_err(|e| e.to_string())?;
    let mut pr = Projector::new(data).map_err(|e| e.to_string())?;
    let band_data = BandData::embedded().map_err(|e| e.to_string())?;
    let mut csv = String::new();
    csv.push_str(
        "# Persistence (AR(1) coefficient of the yearly normal scores) of each component of the\n\
         # probabilistic bands, per country; rho_e0 = rho_tfr. Fitted by `cargo run --release --bin\n\
         # calibrate` so that the band of the UN medium scenario reproduces WPP 2024's published 80/95 %\n",
    );
    let _ = writeln!(
        csv,
        "# intervals of mid-year total population at 2050 and 2100: grid {GRID:?} for rho_tfr and\n\
         # rho_mig, {FIT_TRAJECTORIES} trajectories (seed `calibrate`) per point, least sum of\n\
         # (error/tolerance)^2 over the bar (median 2050/2100 tol 0.15; 10/90 % 2050/2100 tol 0.20;\n\
         # 2.5/97.5 % 2050 tol 0.25; errors in published 95 % half-widths). loss = that sum."
    );
    csv.push_str("m49,iso3,rho_tfr,rho_e0,rho_mig,loss\n");
    let seed = seed_of("calibrate");
    for iso3 in COUNTRIES {
        let s = scenario(iso3)?;
        let m49 = data
            .country_info(iso3)
            .map(|c| c.m49)
            .ok_or_else(|| format!("no {iso3}"))?;
        let mut best = (f64::INFINITY, 0.0, 0.0);
        for &rt in &GRID {
            for &rm in &GRID {
                let opts = BandOptions {
                    persistence: Some(Persistence {
                        tfr: rt,
                        e0: rt,
                        mig: rm,
                    }),
                    spread: Spread::PUBLISHED,
                    seed: Some(seed),
                };
                let mut run =
                    BandRun::new(&mut pr, &s, band_data, opts).map_err(|e| e.to_string())?;
                run.run(FIT_TRAJECTORIES).map_err(|e| e.to_string())?;
                let l = loss(&bands::compare_published(data, iso3, &run.band()));
                if l < best.0 {
                    best = (l, rt, rm);
                }
            }
        }
        eprintln!(
            "{iso3}: rho_tfr {} rho_mig {} loss {:.3}",
            best.1, best.2, best.0
        );
        let _ = writeln!(
            csv,
            "{m49},{iso3},{},{},{},{:.4}",
            best.1, best.1, best.2, best.0
        );
    }
    Ok(csv)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut only_table = false;
    let mut n = 1000usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--table" => only_table = true,
            "--trajectories" => match it.next().and_then(|v| v.parse().ok()) {
                Some(v) if v > 0 => n = v,
                _ => {
                    eprintln!("calibrate: --trajectories needs a positive whole number");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!(
                    "calibrate [--table] [--trajectories N]: fit data/bands_calibration.csv \
                     (without --table) and print the bands vs WPP 2024 table"
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
