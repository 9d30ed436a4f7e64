//! The needs view (issue 14): its table is the needs model's numbers, it draws the
//! reference lines the country has (Rosstat and the Compatriots Program for Russia only),
//! its words follow the measure held, and it reads in Russian.

use crossroads::chart::{render_svg, Renderer};
use crossroads::scenario::{embedded_data, needs, Projector, Scenario};

fn renderer() -> Renderer<'static> {
    Renderer::new(embedded_data().unwrap()).unwrap()
}

/// The first section of a view's CSV: header and rows.
fn rows(csv: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = csv.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    let body = lines
        .take_while(|l| !l.is_empty())
        .map(|l| l.split(',').map(str::to_string).collect::<Vec<_>>())
        .take_while(|r: &Vec<String>| r.len() == header.len())
        .collect();
    (header, body)
}

#[test]
fn the_table_is_the_needs_model() {
    let d = embedded_data().unwrap();
    let mut r = renderer();
    for q in [
        "",
        "hold=population",
        "country=KAZ&hold=men_18_59",
        "tfr_shift=0.3&measure=pop_15_64",
    ] {
        let (_, out) = render_svg(&mut r, &format!("view=needs&{q}"), (900, 600)).unwrap();
        let (header, body) = rows(&out.csv);
        let col = |k: &str| {
            header
                .iter()
                .position(|h| h == k)
                .unwrap_or_else(|| panic!("{k} in {header:?}"))
        };
        let mut pr = Projector::new(d).unwrap();
        let (s, _) = Scenario::parse_query(pr.table(), q).unwrap();
        let n = needs(&mut pr, &s).unwrap();
        assert_eq!(body.len(), n.steps.len(), "{q}");
        for (row, st) in body.iter().zip(&n.steps) {
            assert_eq!(row[col("year")], st.year.to_string());
            let cell: Option<f64> = row[col("needed_extra")].parse().ok();
            match (cell, st.needed) {
                (Some(c), Some(v)) => {
                    assert!((c - v).abs() <= 0.05 + 1e-9, "{q} {}: {c} vs {v}", st.year)
                }
                (None, None) => {}
                other => panic!("{q} {}: {other:?}", st.year),
            }
            let own: f64 = row[col("own")].parse().unwrap();
            assert!((own - st.own).abs() <= 0.05 + 1e-9);
        }
    }
}

#[test]
fn reference_lines_belong_to_their_country() {
    let mut r = renderer();
    let (rus, _) = render_svg(&mut r, "view=needs", (1000, 640)).unwrap();
    for want in [
        "UN WPP 2024 medium",
        "Rosstat Oct 2023, low variant",
        "Compatriots Program goal",
    ] {
        assert!(rus.contains(want), "Russia's needs view lacks {want}");
    }
    assert!(
        !rus.contains(".csv"),
        "a data file's name in the reader's chart"
    );
    let (kgz, out) = render_svg(&mut r, "view=needs&country=KGZ", (1000, 640)).unwrap();
    assert!(
        kgz.contains("UN WPP 2024 medium")
            && !kgz.contains("Rosstat")
            && !kgz.contains("Compatriots")
    );
    assert!(out.alt.contains("Kyrgyzstan"), "{}", out.alt);
}

#[test]
fn words_follow_the_measure_and_the_language() {
    let mut r = renderer();
    let (_, work) = render_svg(&mut r, "view=needs", (900, 600)).unwrap();
    assert!(work.title.contains("people aged 20–64"), "{}", work.title);
    let (_, men) = render_svg(&mut r, "view=needs&hold=men_18_59&lang=ru", (900, 600)).unwrap();
    assert!(
        men.title.contains("мужчин 18–59 лет") && men.alt.contains("мужчин 18–59 лет"),
        "{}",
        men.title
    );
    for english in ["migrants", "thousand", "UN WPP 2024 medium", "Rosstat"] {
        assert!(!men.alt.contains(english), "{english} in {}", men.alt);
    }
    // Migrants who arrived after the base year and their descendants, as a share in 2050.
    assert!(men.alt.contains("% населения в 2050 г."), "{}", men.alt);
}

/// The readout (pointer, finger, keyboard) of the needs view at a year reads that year's
/// needed migration, in words and the table's numbers; views without years have none.
#[test]
fn the_readout_reads_the_needed_migration() {
    let d = embedded_data().unwrap();
    let mut r = renderer();
    let req = r.parse("view=needs&lang=en").unwrap();
    let ro = r.readout(&req, 2040).unwrap().expect("a readout");
    assert_eq!(ro.year, 2040);
    let mut pr = Projector::new(d).unwrap();
    let (s, _) = Scenario::parse_query(pr.table(), "").unwrap();
    let n = needs(&mut pr, &s).unwrap();
    let want = n
        .steps
        .iter()
        .find(|st| st.year == 2040)
        .and_then(|st| st.needed)
        .unwrap();
    let (label, value) = ro
        .items
        .iter()
        .find(|(l, _)| l.starts_with("Extra net migrants needed"))
        .expect("needed in the readout");
    assert_eq!(
        value,
        &format!("{} thousand", crossroads::chart::Lang::En.num(want, 1)),
        "{label}"
    );
    assert!(
        ro.text.starts_with("2040. ") && ro.text.contains(value.as_str()),
        "{}",
        ro.text
    );
    // A year beyond the table reads its nearest year.
    assert_eq!(r.readout(&req, 3000).unwrap().unwrap().year, 2099);
    let pyramid = r.parse("view=pyramid").unwrap();
    assert!(r.readout(&pyramid, 2040).unwrap().is_none());
}
