//! `measure=` in the projection and compare views (issue 14): the numbers drawn are the
//! engine's [`Measure`] series of the same scenario, the words are the measure's in the
//! request's language, the UN medium says where it comes from, and WPP's intervals and
//! Rosstat's markers (totals) are drawn for the population only.
use crossroads::chart::{Renderer, Theme, ViewOutput};
use crossroads::scenario::{embedded_data, project, Measure, Scenario, MEASURES};
use plotters::prelude::*;

fn render(r: &mut Renderer<'static>, q: &str) -> (String, ViewOutput) {
    let req = r.parse(q).unwrap();
    let mut svg = String::new();
    let out = {
        let root = SVGBackend::with_string(&mut svg, (800, 500)).into_drawing_area();
        r.render(&root, &req, &Theme::default()).unwrap()
    };
    (svg, out)
}

/// The CSV's first section: its header and its rows by year.
fn section(csv: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = csv.lines().filter(|l| !l.starts_with('#'));
    let header = lines.next().unwrap().split(',').map(String::from).collect();
    let rows = lines
        .take_while(|l| !l.is_empty())
        .map(|l| l.split(',').map(String::from).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], key: &str) -> usize {
    header
        .iter()
        .position(|h| h == key)
        .unwrap_or_else(|| panic!("no column {key} in {header:?}"))
}

/// The measure of a scenario by year, from the scenario API.
fn series(q: &str, m: Measure) -> Vec<(i32, f64)> {
    let (s, _) = Scenario::from_query(q).unwrap();
    let p = project(embedded_data().unwrap(), &s)
        .unwrap()
        .main
        .projection;
    m.series(&p)
        .into_iter()
        .filter_map(|pt| Some((pt.year, pt.value?)))
        .collect()
}

/// Whether `a` equals `b` to the CSV's printed decimals (3 for thousands, 6 for ratios).
fn close(a: f64, b: f64, m: Measure) -> bool {
    let tol = if m.is_ratio() { 1e-6 } else { 1e-3 };
    (a - b).abs() <= tol
}

/// Latin letters in a text (the Russian view may keep codes such as "WPP" and "Crossroads").
fn english_words(text: &str) -> Vec<String> {
    // Names of sources and authors, and the `&amp;` of the SVG.
    let allowed = [
        "WPP",
        "Crossroads",
        "CC",
        "BY",
        "IGO",
        "Sahadeo",
        "Morrison",
        "amp",
    ];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1 && !allowed.contains(w))
        .map(String::from)
        .collect()
}

#[test]
fn projection_table_is_the_measure_of_the_scenario() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let lever = "tfr_shift=0.3&lab_tjk=500";
    for m in MEASURES {
        let q = format!("view=projection&{lever}&measure={}", m.key());
        let (_, out) = render(&mut r, &q);
        let (header, rows) = section(&out.csv);
        let (y, sc) = (column(&header, "year"), column(&header, "scenario_jul1"));
        let want = series(lever, m);
        for (year, v) in &want {
            let row = rows.iter().find(|r| r[y] == year.to_string());
            let row = row.unwrap_or_else(|| panic!("{m}: no row {year}"));
            let got: f64 = row[sc].parse().unwrap();
            assert!(close(got, *v, m), "{m} {year}: {got} vs {v}");
        }
        // The UN medium of the measure, labelled, from the same table.
        let (un, src) = if m == Measure::Population {
            (column(&header, "un_medium_jul1"), None)
        } else {
            (
                column(&header, "un_medium_jul1"),
                Some(column(&header, "un_source")),
            )
        };
        let row2050 = rows.iter().find(|r| r[y] == "2050").unwrap();
        assert!(row2050[un].parse::<f64>().unwrap() > 0.0, "{m}: UN 2050");
        if let Some(src) = src {
            let published = rows.iter().any(|r| r[src] == "published");
            // WPP publishes 5-year groups, so every age measure but men 18-59 has points.
            assert_eq!(published, m != Measure::Men18To59, "{m}");
            assert!(rows.iter().any(|r| r[src] == "engine baseline"), "{m}");
        }
        // The title names the measure; Rosstat's markers (totals) only for the population.
        assert!(out.title.contains(m.name(false)) || m == Measure::Population);
        let markers = out.csv.contains("rosstat_variant");
        assert_eq!(markers, m == Measure::Population, "{m}: Rosstat markers");
        let bands = header.iter().any(|h| h.starts_with("un_80_lower"));
        assert_eq!(bands, m == Measure::Population, "{m}: UN intervals");
    }
}

#[test]
fn russian_measure_views_have_no_english_words() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    for m in MEASURES.iter().filter(|m| **m != Measure::Population) {
        for v in ["projection", "compare"] {
            let q = format!("view={v}&lang=ru&presets=all&b=un_low&tfr_shift=0.3&measure={m}");
            let (svg, out) = render(&mut r, &q);
            let texts: Vec<&str> = svg
                .split("<text")
                .skip(1)
                .filter_map(|t| t.split_once('>').and_then(|(_, x)| x.split_once("</text>")))
                .map(|(x, _)| x)
                .collect();
            let drawn = texts.join(" ");
            for (what, text) in [("chart", drawn.as_str()), ("alt", out.alt.as_str())] {
                let en = english_words(text);
                assert!(en.is_empty(), "{v} {m} {what}: {en:?} in {text}");
            }
            assert!(out.alt.contains(m.name(true)), "{v} {m}: {}", out.alt);
            // The table's words (not its CSV keys) are Russian too.
            // The table's sources in words (CSV keys and queries, which programs read, aside).
            let sources: Vec<&str> = out
                .csv
                .lines()
                .filter(|l| l.starts_with("# Источник:"))
                .collect();
            assert!(!sources.is_empty(), "{v} {m}: sources in Russian");
            for l in sources {
                let words: Vec<&str> = l
                    .split_whitespace()
                    .filter(|w| !w.contains('_') && !w.contains('='))
                    .collect();
                let en = english_words(&words.join(" "));
                assert!(en.is_empty(), "{v} {m} source: {en:?} in {l}");
            }
        }
    }
}

#[test]
fn compare_lines_and_outcome_rows_use_the_measure() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let (qa, qb) = ("lab_uzb=500", "tfr_shift=0.5");
    for m in MEASURES
        .iter()
        .copied()
        .filter(|m| *m != Measure::Population)
    {
        let q = format!("view=compare&{qa}&b=tfr_shift%3D0.5&measure={m}");
        let (_, out) = render(&mut r, &q);
        let (header, rows) = section(&out.csv);
        let a = column(&header, &format!("a_{m}_jul1"));
        let b = column(&header, &format!("b_{m}_jul1"));
        let (sa, sb) = (series(qa, m), series(qb, m));
        for (row, ((year, va), (_, vb))) in rows.iter().zip(sa.iter().zip(&sb)) {
            assert_eq!(row[0], year.to_string());
            let (x, y): (f64, f64) = (row[a].parse().unwrap(), row[b].parse().unwrap());
            assert!(close(x, *va, m) && close(y, *vb, m), "{m} {year}: {x},{y}");
        }
        // Outcome rows: the measure at the outcome years instead of the population.
        for year in [2030, 2046, 2050, 2100] {
            let key = format!("{m}_{year},");
            let line = out.csv.lines().find(|l| l.starts_with(&key));
            let v: Vec<&str> = line.unwrap_or_else(|| panic!("{key}")).split(',').collect();
            let want = |s: &[(i32, f64)]| s.iter().find(|p| p.0 == year).unwrap().1;
            let (x, y): (f64, f64) = (v[2].parse().unwrap(), v[3].parse().unwrap());
            assert!(close(x, want(&sa), m) && close(y, want(&sb), m), "{key}");
        }
        assert!(
            !out.csv.contains("\npopulation_2100,"),
            "{m}: population row left"
        );
        assert!(out.alt.contains(m.name(false)), "{}", out.alt);
    }
}
