//! The printed accuracy report: the engine fed WPP 2024 inputs for each of the 8 countries,
//! compared with the published WPP 2024 outputs (totals, 5-year age groups, Low/High
//! variants, life expectancy, births and deaths). `cargo run --release --bin accuracy`.

use crossroads::data::{CountryData, Dataset, Sex, Variant, AGE5_GROUPS};
use crossroads::engine::{baseline, project, Projection, AGES};

fn main() {
    let data = match Dataset::embedded() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("embedded data: {e}");
            std::process::exit(1);
        }
    };
    let verbose = std::env::args().any(|a| a == "-v" || a == "--verbose");
    println!(
        "Engine vs UN WPP 2024 (errors: totals in % of WPP; age groups in % of the WPP total;"
    );
    println!("e0 in years vs the mean of WPP calendar-year e0 of the two years a step touches)");
    println!(
        "{:<4} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8}",
        "iso",
        "tot_max%",
        "tot_mean%",
        "grp_max%",
        "grp_mean%",
        "low2050",
        "low2100",
        "hi2050",
        "hi2100",
        "e0m_max",
        "e0f_max",
        "e0m_avg",
        "e0f_avg",
        "birth_%",
        "death_%"
    );
    for c in &data.countries {
        match report(c, verbose) {
            Ok(line) => println!("{line}"),
            Err(e) => println!("{:<4} error: {e}", c.info.iso3),
        }
    }
}

fn wpp_mid(
    c: &CountryData,
    year: i32,
    pick: fn(&crossroads::data::PopTotalRow) -> Option<f64>,
) -> Option<f64> {
    let a = c.pop_total(year - 1).and_then(|r| pick(r).or(r.estimate))?;
    let b = c.pop_total(year).and_then(pick)?;
    Some(0.5 * (a + b))
}

fn groups(p: &Projection, i: usize, sex: usize) -> [f64; AGE5_GROUPS] {
    let mut g = [0.0; AGE5_GROUPS];
    if let Some(pop) = p.pop(i, sex) {
        for x in 0..AGES {
            g[(x / 5).min(AGE5_GROUPS - 1)] += pop[x];
        }
    }
    g
}

fn report(c: &CountryData, verbose: bool) -> Result<String, Box<dyn std::error::Error>> {
    let iso = &c.info.iso3;
    let inputs = baseline(c, Variant::Medium)?;
    let p = project(&inputs)?;
    let (mut tmax, mut tsum, mut tn) = (0.0f64, 0.0, 0);
    for i in 0..p.years() {
        let y = p.year(i);
        let Some(w) = wpp_mid(c, y, |r| r.medium) else {
            continue;
        };
        let e = 100.0 * (p.total(i) - w) / w;
        if verbose && (y % 5 == 0) {
            println!(
                "  {iso} {y} total engine {:.1} wpp {:.1} err {:+.3}%",
                p.total(i),
                w,
                e
            );
        }
        tmax = tmax.max(e.abs());
        tsum += e.abs();
        tn += 1;
    }
    let (mut gmax, mut gsum, mut gn) = (0.0f64, 0.0, 0);
    for y in [2030, 2050, 2075, 2100] {
        let i = p.index_of(y).ok_or("year")?;
        let total = wpp_mid(c, y, |r| r.medium).ok_or("total")?;
        for sex in Sex::BOTH {
            let w = c.pop_age5(y, Variant::Medium, sex).ok_or("age5")?;
            let g = groups(&p, i, sex.index());
            for a in 0..AGE5_GROUPS {
                let e = 100.0 * (g[a] - w[a]) / total;
                if verbose && e.abs() > 0.05 {
                    println!("  {iso} {y} {sex:?} group {a}: engine {:.1} wpp {:.1} err {:+.3}% of total", g[a], w[a], e);
                }
                gmax = gmax.max(e.abs());
                gsum += e.abs();
                gn += 1;
            }
        }
    }
    let mut var = [0.0f64; 4];
    for (vi, (variant, pick)) in [
        (
            Variant::Low,
            (|r: &crossroads::data::PopTotalRow| r.low) as fn(&_) -> _,
        ),
        (Variant::High, |r: &crossroads::data::PopTotalRow| r.high),
    ]
    .into_iter()
    .enumerate()
    {
        let pv = project(&baseline(c, variant)?)?;
        for (j, y) in [2050, 2100].into_iter().enumerate() {
            let i = pv.index_of(y).ok_or("year")?;
            let w = wpp_mid(c, y, pick).ok_or("variant total")?;
            var[vi * 2 + j] = 100.0 * (pv.total(i) - w) / w;
        }
    }
    let (mut em, mut ef, mut esm, mut esf) = (0.0f64, 0.0f64, 0.0, 0.0);
    let (mut berr, mut derr) = (0.0f64, 0.0f64);
    for k in 0..p.steps() {
        let y = p.year(k);
        let (Some(a), Some(b)) = (c.indicator(y), c.indicator(y + 1)) else {
            continue;
        };
        let wm = 0.5 * (a.e0_m.unwrap_or(f64::NAN) + b.e0_m.unwrap_or(f64::NAN));
        let wf = 0.5 * (a.e0_f.unwrap_or(f64::NAN) + b.e0_f.unwrap_or(f64::NAN));
        let (dm, df) = (p.e0_m[k] - wm, p.e0_f[k] - wf);
        if verbose && y % 5 == 0 {
            println!(
                "  {iso} step {y}-{} e0 m {:.3} ({:+.3}) f {:.3} ({:+.3})",
                y + 1,
                p.e0_m[k],
                dm,
                p.e0_f[k],
                df
            );
        }
        em = em.max(dm.abs());
        ef = ef.max(df.abs());
        esm += dm.abs();
        esf += df.abs();
        let wb = 0.5 * (a.births.unwrap_or(0.0) + b.births.unwrap_or(0.0));
        let wd = 0.5 * (a.deaths.unwrap_or(0.0) + b.deaths.unwrap_or(0.0));
        let eb = 100.0 * (p.births(k) - wb) / wb;
        let ed = 100.0 * (p.deaths(k) - wd) / wd;
        if verbose && y % 5 == 0 {
            println!(
                "  {iso} step {y} births {:.2} vs {:.2} ({:+.2}%) deaths {:.2} vs {:.2} ({:+.2}%)",
                p.births(k),
                wb,
                eb,
                p.deaths(k),
                wd,
                ed
            );
        }
        if eb.abs() > berr.abs() {
            berr = eb;
        }
        if ed.abs() > derr.abs() {
            derr = ed;
        }
    }
    let n = p.steps() as f64;
    Ok(format!(
        "{:<4} {:>9.3} {:>9.3} {:>9.4} {:>9.4} {:>+8.3} {:>+8.3} {:>+8.3} {:>+8.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>+8.2} {:>+8.2}",
        iso, tmax, tsum / tn as f64, gmax, gsum / gn as f64, var[0], var[1], var[2], var[3],
        em, ef, esm / n, esf / n, berr, derr
    ))
}
