//! Truth in the projection view's figures (issue "Truth in every figure"): Rosstat's 2046
//! totals as published and, against UN totals, minus Crimea and Sevastopol at Rosstat's 2021
//! census, both read here from `data/rosstat_forecast.csv` itself; no "Rosstat" series past
//! the forecast's horizon (1 January 2046); the brief's own Rosstat figures beside them; and
//! CSV columns whose names carry their date, with UN mid-year values (mean of two year-ends,
//! read here from `data/pop_total.csv`) beside the scenario's.

use std::collections::HashMap;

use crossroads::chart::{Renderer, Theme, ViewOutput};
use crossroads::scenario::embedded_data;
use plotters::prelude::*;

fn render(q: &str) -> (String, ViewOutput) {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let req = r.parse(q).unwrap();
    let mut svg = String::new();
    let out = {
        let root = SVGBackend::with_string(&mut svg, (900, 600)).into_drawing_area();
        r.render(&root, &req, &Theme::default()).unwrap()
    };
    (svg, out)
}

/// Rows of a project data file (comment lines skipped), as maps from column name.
fn data_rows(file: &str) -> Vec<HashMap<String, String>> {
    let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_path(&path)
        .unwrap();
    let head: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            head.iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

fn rosstat(variant: &str, indicator: &str, date: &str) -> f64 {
    data_rows("rosstat_forecast.csv")
        .iter()
        .find(|r| {
            r["variant"] == variant && r["indicator"] == indicator && r["year_or_date"] == date
        })
        .unwrap_or_else(|| panic!("{variant} {indicator} {date}"))["value"]
        .parse()
        .unwrap()
}

/// Crimea and Sevastopol at Rosstat's 2021 census, thousands.
fn crimea_sevastopol() -> f64 {
    let rows = data_rows("rosstat_forecast.csv");
    let census: Vec<f64> = rows
        .iter()
        .filter(|r| r["variant"] == "census")
        .map(|r| r["value"].parse::<f64>().unwrap() / 1000.0)
        .collect();
    assert_eq!(census.len(), 2, "Republic of Crimea and Sevastopol");
    census.iter().sum()
}

/// The CSV's tables (split at blank lines, `#` lines dropped), each as header + rows.
fn tables(csv_text: &str) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    let body: String = csv_text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    body.split("\n\n")
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(t.as_bytes());
            let mut recs = rdr
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>());
            let head = recs.next().unwrap();
            (head, recs.collect())
        })
        .collect()
}

fn cell(head: &[String], row: &[String], col: &str) -> Option<f64> {
    let i = head.iter().position(|h| h == col)?;
    row.get(i)?.parse().ok()
}

fn year_row(rows: &[Vec<String>], year: i32) -> &[String] {
    rows.iter().find(|r| r[0] == year.to_string()).unwrap()
}

#[test]
fn rosstat_markers_as_published_and_minus_crimea_and_sevastopol() {
    let removed = crimea_sevastopol();
    let (_, out) = render("");
    let t = tables(&out.csv);
    let (head, rows) = t
        .iter()
        .find(|(h, _)| h[0] == "rosstat_variant")
        .expect("marker table");
    assert_eq!(rows.len(), 3);
    for variant in ["low", "medium", "high"] {
        let published = rosstat(variant, "population", "2046-01-01") * 1000.0;
        let row = rows.iter().find(|r| r[0] == variant).unwrap();
        let get = |c: &str| cell(head, row, c).unwrap();
        assert_eq!(row[1], "2046-01-01");
        assert_eq!(
            get("published_with_crimea_sevastopol"),
            published,
            "{variant}"
        );
        assert!((get("crimea_sevastopol_removed") - removed).abs() < 1e-3);
        assert!(
            (get("adjusted_drawn_against_un") - (published - removed)).abs() < 1e-3,
            "{variant}: {} vs {published} - {removed}",
            get("adjusted_drawn_against_un")
        );
    }
    // The text alternative says the published values as printed and what was removed.
    for v in ["130.6", "138.77", "150.87"] {
        assert!(out.alt.contains(v), "{v} in {}", out.alt);
    }
    let gone = format!("{:.2} million", removed / 1000.0);
    assert!(out.alt.contains(&gone), "{gone} in {}", out.alt);
    assert!(out.alt.contains("2021 census"), "{}", out.alt);
    assert!(!out.alt.contains("rescaled"));
    let (_, ru) = render("lang=ru");
    assert!(ru.alt.contains("138,77") && ru.alt.contains("переписи Росстата 2021"));
}

/// The brief's own Rosstat figures (CR008-CR011 of data/briefs_figures.csv) stand beside
/// Rosstat's, and the 154,000 is named as Rosstat's low variant.
#[test]
fn the_briefs_rosstat_figures_are_shown_with_their_variant() {
    let briefs = data_rows("briefs_figures.csv");
    let v = |id: &str| -> f64 {
        briefs.iter().find(|r| r["id"] == id).unwrap()["value"]
            .parse()
            .unwrap()
    };
    let (_, out) = render("");
    let m = |x: f64| crossroads::num::shortest(x / 1e6);
    let claim = format!("{} → {} million by 2046", m(v("CR008")), m(v("CR009")));
    assert!(out.alt.contains(&claim), "{claim} in {}", out.alt);
    assert!(out
        .alt
        .contains(&format!("worst case of {} million", m(v("CR010")))));
    let low_mig = rosstat("low", "net_migration", "2024-2045 average");
    assert_eq!(
        v("CR011") / 1000.0,
        low_mig,
        "the brief's 154,000 is the low variant's"
    );
    assert!(
        out.alt
            .contains("baseline immigration figure of 154,000 is Rosstat's low variant"),
        "{}",
        out.alt
    );
}

/// Past 1 January 2046 no series is called "Rosstat": the presets' columns named after
/// Rosstat end at mid-2045 and the engine's extrapolation takes over, named so (en and ru).
#[test]
fn no_rosstat_series_past_2046() {
    for (q, name, word) in [
        ("presets=rosstat", "Rosstat", "extrapolation"),
        ("presets=all", "Rosstat", "extrapolation"),
        ("presets=rosstat&lang=ru", "Росстат", "экстраполяция"),
    ] {
        let (svg, out) = render(q);
        let t = tables(&out.csv);
        let (head, rows) = &t[0];
        let named: Vec<&String> = head
            .iter()
            .filter(|h| h.contains(name) && !h.contains(word))
            .collect();
        let extra: Vec<&String> = head.iter().filter(|h| h.contains(word)).collect();
        assert_eq!(named.len(), 3, "{q}: {head:?}");
        assert_eq!(extra.len(), 3, "{q}: {head:?}");
        for row in rows {
            let year: i32 = row[0].parse().unwrap();
            for h in &named {
                let v = cell(head, row, h);
                if year >= 2046 {
                    assert_eq!(v, None, "{q}: {h} has a value in {year}");
                } else if year >= 2025 {
                    assert!(v.is_some(), "{q}: {h} in {year}");
                }
            }
            for h in &extra {
                assert_eq!(
                    cell(head, row, h).is_some(),
                    year >= 2046,
                    "{q}: {h} {year}"
                );
            }
        }
        assert!(svg.contains(word), "{q}: legend names the extrapolation");
    }
}

/// The projection's UN mid-year columns are the mean of the year-ends around 1 July, read
/// from data/pop_total.csv; an untouched scenario equals them within the engine's accuracy.
#[test]
fn un_mid_year_columns_beside_the_scenario() {
    let ends: HashMap<i32, (Option<f64>, Option<f64>)> = data_rows("pop_total.csv")
        .iter()
        .filter(|r| r["m49"] == "643")
        .map(|r| {
            (
                r["year"].parse().unwrap(),
                (r["estimate"].parse().ok(), r["medium"].parse().ok()),
            )
        })
        .collect();
    let central = |y: i32| ends.get(&y).and_then(|e| e.0.or(e.1));
    let (_, out) = render("");
    let t = tables(&out.csv);
    let (head, rows) = &t[0];
    for col in [
        "un_medium_dec31",
        "un_estimate_jul1",
        "un_medium_jul1",
        "scenario_jul1",
    ] {
        assert!(head.iter().any(|h| h == col), "{col} in {head:?}");
    }
    let mut checked = 0;
    for y in 2001..=2100 {
        let row = year_row(rows, y);
        let (Some(a), Some(b)) = (central(y - 1), central(y)) else {
            continue;
        };
        let col = if ends[&y].1.is_some() {
            "un_medium_jul1"
        } else {
            "un_estimate_jul1"
        };
        let got = cell(head, row, col).unwrap();
        assert!((got - 0.5 * (a + b)).abs() < 1e-3, "{y} {col}: {got}");
        checked += 1;
    }
    assert_eq!(checked, 100);
    for y in [2025, 2050] {
        let row = year_row(rows, y);
        let s = cell(head, row, "scenario_jul1").unwrap();
        let u = cell(head, row, "un_medium_jul1").unwrap();
        assert!(
            ((s - u) / u).abs() < 0.002,
            "{y}: scenario {s} vs UN mid-year {u}"
        );
        // Year-end against mid-year is the mismatch the columns' names now rule out.
        let dec31 = cell(head, row, "un_medium_dec31").unwrap();
        assert!((s - dec31).abs() > (s - u).abs(), "{y}");
    }
}

/// The compare view's CSV names its dates and carries the UN mid-year beside A and B.
#[test]
fn compare_csv_names_its_dates() {
    let (_, out) = render("view=compare&b=no_net_migration");
    let t = tables(&out.csv);
    let (head, rows) = &t[0];
    assert_eq!(
        head.join(","),
        "year,a_population_jul1,b_population_jul1,diff_a_minus_b_jul1,un_medium_jul1"
    );
    let row = year_row(rows, 2025);
    let a = cell(head, row, "a_population_jul1").unwrap();
    let u = cell(head, row, "un_medium_jul1").unwrap();
    assert!(((a - u) / u).abs() < 0.002, "{a} vs {u}");
}
