//! The printed accuracy report: the engine fed UN WPP 2024 inputs for each of the 8
//! countries, compared with the published WPP 2024 outputs (mid-year totals, 5-year age
//! groups, the Low/High variants, life expectancy, and for diagnosis births and deaths).
//! `cargo run --release --bin accuracy` (`-v` adds year-by-year lines).

// Arrays are [sex][age] and [step]: loops over those indices read as the demographers'
// notation (x for age, k for step), so clippy's iterator style is not asked for.
#![allow(clippy::needless_range_loop)]

use crossroads::data::{CountryData, Dataset, PopTotalRow, Sex, Variant, AGE5_GROUPS};
use crossroads::engine::{baseline, project, AGES};

/// The largest absolute error seen, with where it was.
#[derive(Clone, Default)]
struct Worst {
    value: f64,
    at: String,
    sum: f64,
    n: usize,
}

impl Worst {
    fn add(&mut self, err: f64, at: impl FnOnce() -> String) {
        if err.abs() > self.value.abs() || self.n == 0 {
            self.value = err;
            self.at = at();
        }
        self.sum += err.abs();
        self.n += 1;
    }
    fn mean(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            self.sum / self.n as f64
        }
    }
}

/// WPP mid-year total: mean of the year-end totals of `year - 1` and `year`.
fn wpp_mid(c: &CountryData, year: i32, pick: fn(&PopTotalRow) -> Option<f64>) -> Option<f64> {
    let a = c
        .pop_total(year - 1)
        .and_then(|r| pick(r).or(r.estimate).or(r.medium))?;
    let b = c.pop_total(year).and_then(pick)?;
    Some(0.5 * (a + b))
}

fn group_sum(pop: &[f64; AGES], g: usize) -> f64 {
    let hi = if g == AGE5_GROUPS - 1 {
        AGES
    } else {
        5 * g + 5
    };
    pop[5 * g..hi].iter().sum()
}

#[derive(Default)]
struct CountryReport {
    totals: Worst,
    groups: Worst,
    low: [f64; 2],
    high: [f64; 2],
    e0_m: Worst,
    e0_f: Worst,
    births: Worst,
    deaths: Worst,
    high_gap_2100: [f64; 5],
}

const BANDS: [&str; 5] = ["0-19", "20-49", "50-64", "65-84", "85+"];

fn band(g: usize) -> usize {
    match g {
        0..=3 => 0,
        4..=9 => 1,
        10..=12 => 2,
        13..=16 => 3,
        _ => 4,
    }
}

fn report(c: &CountryData, verbose: bool) -> Result<CountryReport, Box<dyn std::error::Error>> {
    let iso = c.info.iso3.clone();
    let mut r = CountryReport::default();
    let p = project(&baseline(c, Variant::Medium)?)?;
    for i in 0..p.years() {
        let y = p.year(i);
        let w = wpp_mid(c, y, |r| r.medium).ok_or("medium total")?;
        let e = 100.0 * (p.total(i) - w) / w;
        if verbose && y % 5 == 0 {
            println!(
                "  {iso} {y} total {:.1} vs WPP {w:.1} ({e:+.3} %)",
                p.total(i)
            );
        }
        r.totals.add(e, || format!("{y}"));
    }
    for y in [2030, 2050, 2075, 2100] {
        let i = p.index_of(y).ok_or("year")?;
        let total = wpp_mid(c, y, |r| r.medium).ok_or("total")?;
        for sex in Sex::BOTH {
            let w = c.pop_age5(y, Variant::Medium, sex).ok_or("age5")?;
            let pop = p.pop(i, sex.index()).ok_or("pop")?;
            for g in 0..AGE5_GROUPS {
                let e = 100.0 * (group_sum(pop, g) - w[g]) / total;
                r.groups.add(e, || {
                    format!("{y} {sex:?} {}", crossroads::data::AGE5_LABELS[g])
                });
            }
        }
    }
    for (variant, pick, out) in [
        (
            Variant::Low,
            (|r: &PopTotalRow| r.low) as fn(&PopTotalRow) -> Option<f64>,
            &mut r.low,
        ),
        (Variant::High, |r: &PopTotalRow| r.high, &mut r.high),
    ] {
        let pv = project(&baseline(c, variant)?)?;
        for (j, y) in [2050, 2100].into_iter().enumerate() {
            let i = pv.index_of(y).ok_or("year")?;
            let w = wpp_mid(c, y, pick).ok_or("variant total")?;
            out[j] = 100.0 * (pv.total(i) - w) / w;
        }
        if variant == Variant::High {
            let i = pv.index_of(2100).ok_or("2100")?;
            let total = wpp_mid(c, 2100, pick).ok_or("total")?;
            for sex in Sex::BOTH {
                let w = c.pop_age5(2100, variant, sex).ok_or("age5 high")?;
                let pop = pv.pop(i, sex.index()).ok_or("pop")?;
                for g in 0..AGE5_GROUPS {
                    r.high_gap_2100[band(g)] += 100.0 * (group_sum(pop, g) - w[g]) / total;
                }
            }
        }
    }
    for k in 0..p.steps() {
        let y = p.year(k);
        let (Some(a), Some(b)) = (c.indicator(y), c.indicator(y + 1)) else {
            continue;
        };
        let mean = |f: fn(&crossroads::data::IndicatorRow) -> Option<f64>| -> Option<f64> {
            Some(0.5 * (f(a)? + f(b)?))
        };
        let step = || format!("{y}-{}", y + 1);
        let wm = mean(|r| r.e0_m).ok_or("e0")?;
        let wf = mean(|r| r.e0_f).ok_or("e0")?;
        r.e0_m.add(p.e0_m[k] - wm, step);
        r.e0_f.add(p.e0_f[k] - wf, step);
        let wb = mean(|r| r.births).ok_or("births")?;
        let wd = mean(|r| r.deaths).ok_or("deaths")?;
        r.births.add(100.0 * (p.births(k) - wb) / wb, step);
        r.deaths.add(100.0 * (p.deaths(k) - wd) / wd, step);
        if verbose && y % 5 == 0 {
            println!(
                "  {iso} step {y}-{}: e0 m {:.2} ({:+.3}) f {:.2} ({:+.3}); births {:.1} vs {wb:.1}; deaths {:.1} vs {wd:.1}",
                y + 1,
                p.e0_m[k],
                p.e0_m[k] - wm,
                p.e0_f[k],
                p.e0_f[k] - wf,
                p.births(k),
                p.deaths(k)
            );
        }
    }
    Ok(r)
}

fn main() {
    let data = match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("embedded data: {e}");
            std::process::exit(1);
        }
    };
    let verbose = std::env::args().any(|a| a == "-v" || a == "--verbose");
    println!("Crossroads engine vs UN WPP 2024 (United Nations, DESA, Population Division (2024),");
    println!("World Population Prospects 2024), fed WPP 2024 inputs only, mid-2025 to mid-2100.\n");
    let mut rows = Vec::new();
    let countries = match data.countries() {
        Ok(list) => list,
        Err(e) => {
            eprintln!("embedded data: {e}");
            std::process::exit(1);
        }
    };
    for c in countries {
        match report(c, verbose) {
            Ok(r) => rows.push((c.info.iso3.clone(), r)),
            Err(e) => {
                eprintln!("{}: {e}", c.info.iso3);
                std::process::exit(1);
            }
        }
    }
    println!("Medium variant (errors: totals and births/deaths in % of WPP; age groups in % of the total)");
    println!(
        "{:<4} {:>24} {:>9} {:>30} {:>9} {:>18} {:>18}",
        "",
        "total max % (year)",
        "mean %",
        "age group max % (where)",
        "mean %",
        "births max %",
        "deaths max %"
    );
    for (iso, r) in &rows {
        println!(
            "{iso:<4} {:>+15.3} ({:>6}) {:>9.3} {:>+12.4} ({:>15}) {:>9.4} {:>+8.2} ({:>9}) {:>+8.2} ({:>9})",
            r.totals.value, r.totals.at, r.totals.mean(), r.groups.value, r.groups.at, r.groups.mean(),
            r.births.value, r.births.at, r.deaths.value, r.deaths.at
        );
    }
    println!("\nLife expectancy at birth: engine's single-age life table per step vs mean of WPP e0 of the two calendar years (years)");
    println!(
        "{:<4} {:>24} {:>8} {:>24} {:>8}",
        "", "male max (step)", "mean", "female max (step)", "mean"
    );
    for (iso, r) in &rows {
        println!(
            "{iso:<4} {:>+12.3} ({:>9}) {:>8.3} {:>+12.3} ({:>9}) {:>8.3}",
            r.e0_m.value,
            r.e0_m.at,
            r.e0_m.mean(),
            r.e0_f.value,
            r.e0_f.at,
            r.e0_f.mean()
        );
    }
    println!("\nLow / High variants regenerated (medium fertility age pattern; % of WPP's published totals)");
    println!(
        "{:<4} {:>9} {:>9} {:>9} {:>9}   High 2100 gap by age (% of total): {}",
        "",
        "low 2050",
        "low 2100",
        "high 2050",
        "high 2100",
        BANDS.join(" / ")
    );
    for (iso, r) in &rows {
        let gaps: Vec<String> = r.high_gap_2100.iter().map(|g| format!("{g:+.2}")).collect();
        println!(
            "{iso:<4} {:>+9.3} {:>+9.3} {:>+9.3} {:>+9.3}   {}",
            r.low[0],
            r.low[1],
            r.high[0],
            r.high[1],
            gaps.join(" / ")
        );
    }
    let max = |f: &dyn Fn(&CountryReport) -> f64| {
        rows.iter().map(|(_, r)| f(r).abs()).fold(0.0, f64::max)
    };
    let bars: [(&str, f64, f64); 7] = [
        ("medium totals, every year", max(&|r| r.totals.value), 0.25),
        (
            "age groups 2030/50/75/2100, % of total",
            max(&|r| r.groups.value),
            0.1,
        ),
        (
            "low 2050 and 2100",
            max(&|r| r.low[0].abs().max(r.low[1].abs())),
            0.5,
        ),
        ("high 2050", max(&|r| r.high[0]), 0.5),
        ("high 2100", max(&|r| r.high[1]), 1.25),
        ("e0 male (years)", max(&|r| r.e0_m.value), 0.1),
        ("e0 female (years)", max(&|r| r.e0_f.value), 0.1),
    ];
    println!("\nAccuracy bar (issue 4), worst of the 8 countries:");
    for (name, got, bar) in bars {
        let verdict = if got <= bar { "ok" } else { "MISSED" };
        println!("  {name:<42} {got:>7.3} (bar {bar}) {verdict}");
    }
}
