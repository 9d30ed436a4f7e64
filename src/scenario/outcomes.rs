//! Outcomes of a projection as plain rows (one per year) and the side-by-side comparison of
//! two scenarios: both series, their difference, and a table of outcomes (population 2030,
//! 2046, 2050, 2100; population 20–64; median age; old-age dependency; births).

use serde::Serialize;

use crate::engine::Projection;

/// One year of a projection. Population and its age measures are at mid-year `year`; the
/// flows (births, deaths, net migration) are those of the step from mid-year `year` to
/// mid-year `year + 1`, so `population(year + 1) = population + births - deaths +
/// net_migration`; they are absent in the last year. Counts in thousands.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnnualRow {
    pub year: i32,
    pub population: f64,
    pub births: Option<f64>,
    pub deaths: Option<f64>,
    pub net_migration: Option<f64>,
    pub e0_m: Option<f64>,
    pub e0_f: Option<f64>,
    pub pop_20_64: f64,
    pub pop_65_plus: f64,
    pub median_age: f64,
    /// Population 65+ per person aged 20–64.
    pub old_age_dependency: f64,
}

/// Column names of [`AnnualRow`], in order: a stock's name carries its date (`_jul1`: 1
/// July of `year`); births, deaths and net migration are those of the year from 1 July.
pub const ANNUAL_COLUMNS: [&str; 11] = [
    "year",
    "population_jul1",
    "births",
    "deaths",
    "net_migration",
    "e0_m",
    "e0_f",
    "pop_20_64_jul1",
    "pop_65_plus_jul1",
    "median_age",
    "old_age_dependency",
];

/// The rows of a projection, one per mid-year.
pub fn annual_rows(p: &Projection) -> Vec<AnnualRow> {
    (0..p.years())
        .map(|i| {
            let has = i < p.steps();
            AnnualRow {
                year: p.year(i),
                population: p.total(i),
                births: has.then(|| p.births(i)),
                deaths: has.then(|| p.deaths(i)),
                net_migration: has.then(|| p.net_migration(i)),
                e0_m: p.e0_m.get(i).copied(),
                e0_f: p.e0_f.get(i).copied(),
                pop_20_64: p.pop_20_64(i),
                pop_65_plus: p.pop_65_plus(i),
                median_age: p.median_age(i),
                old_age_dependency: p.old_age_dependency(i),
            }
        })
        .collect()
}

/// Mid-year population `year`, interpolated for a 1 January date: `population_jan1(p, y)` is
/// the mean of mid-years `y - 1` and `y`.
pub fn population_jan1(p: &Projection, year: i32) -> Option<f64> {
    let a = p.index_of(year - 1)?;
    let b = p.index_of(year)?;
    Some(0.5 * (p.total(a) + p.total(b)))
}

/// One outcome of two scenarios.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutcomeRow {
    /// What is measured, e.g. "population 2050".
    pub measure: String,
    pub unit: &'static str,
    pub a: f64,
    pub b: f64,
    /// `b - a`.
    pub difference: f64,
}

/// Years of the outcomes table.
pub const OUTCOME_YEARS: [i32; 4] = [2030, 2046, 2050, 2100];

/// The outcomes table of scenario `a` against scenario `b` (both for the same country):
/// population in each of [`OUTCOME_YEARS`]; in 2050 and 2100 population 20–64, median age
/// and old-age dependency; births over 2025–2050 and 2050–2100. Years outside the
/// projections are skipped.
pub fn compare(a: &Projection, b: &Projection) -> Vec<OutcomeRow> {
    let mut rows = Vec::new();
    let mut push = |measure: String, unit: &'static str, x: Option<f64>, y: Option<f64>| {
        if let (Some(x), Some(y)) = (x, y) {
            rows.push(OutcomeRow {
                measure,
                unit,
                a: x,
                b: y,
                difference: y - x,
            });
        }
    };
    let at = |p: &Projection, y: i32, f: &dyn Fn(&Projection, usize) -> f64| {
        p.index_of(y).map(|i| f(p, i))
    };
    for y in OUTCOME_YEARS {
        push(
            format!("population {y}"),
            "thousand",
            at(a, y, &|p, i| p.total(i)),
            at(b, y, &|p, i| p.total(i)),
        );
    }
    for y in [2050, 2100] {
        push(
            format!("population 20-64 in {y}"),
            "thousand",
            at(a, y, &|p, i| p.pop_20_64(i)),
            at(b, y, &|p, i| p.pop_20_64(i)),
        );
        push(
            format!("median age in {y}"),
            "years",
            at(a, y, &|p, i| p.median_age(i)),
            at(b, y, &|p, i| p.median_age(i)),
        );
        push(
            format!("old-age dependency (65+ per 20-64) in {y}"),
            "ratio",
            at(a, y, &|p, i| p.old_age_dependency(i)),
            at(b, y, &|p, i| p.old_age_dependency(i)),
        );
    }
    let births = |p: &Projection, from: i32, to: i32| {
        let (i, j) = (p.index_of(from)?, p.index_of(to)?);
        Some((i..j).map(|k| p.births(k)).sum::<f64>())
    };
    let first = a.base_year.max(b.base_year);
    push(
        format!("births mid-{first} to mid-2050"),
        "thousand",
        births(a, first, 2050),
        births(b, first, 2050),
    );
    push(
        "births mid-2050 to mid-2100".to_string(),
        "thousand",
        births(a, 2050, 2100),
        births(b, 2050, 2100),
    );
    rows
}

/// Two projections side by side: both annual series, their difference (b − a) and the
/// outcomes table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub a: Vec<AnnualRow>,
    pub b: Vec<AnnualRow>,
    /// Population b − a by year (thousands), for the years both cover.
    pub difference: Vec<(i32, f64)>,
    pub outcomes: Vec<OutcomeRow>,
}

/// Side-by-side comparison of two projections of the same country.
pub fn comparison(a: &Projection, b: &Projection) -> Comparison {
    let ra = annual_rows(a);
    let rb = annual_rows(b);
    let difference = ra
        .iter()
        .filter_map(|x| {
            rb.iter()
                .find(|y| y.year == x.year)
                .map(|y| (x.year, y.population - x.population))
        })
        .collect();
    Comparison {
        a: ra,
        b: rb,
        difference,
        outcomes: compare(a, b),
    }
}
