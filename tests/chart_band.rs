//! The band of simulated futures in the charts (issue 16): a band computed for a request
//! (`bands_for_request`, what the widget's worker calls) and handed back to a renderer
//! (`show_bands`, what the page calls) is drawn around the scenario's line in the
//! projection view for every measure and around A and B in the comparison; the legend and
//! the text alternative tell it from the UN's intervals, in English and Russian; the CSV
//! carries its columns; a band of another scenario (a stale slider position) is not drawn.
use crossroads::chart::{bands_for_request, Renderer, ScenarioBand, Theme, ViewOutput};
use crossroads::scenario::{embedded_data, MEASURES};
use plotters::prelude::*;

fn render(r: &mut Renderer<'static>, q: &str) -> (String, ViewOutput) {
    let req = r.parse(q).unwrap();
    let mut svg = String::new();
    let out = {
        let root = SVGBackend::with_string(&mut svg, (900, 600)).into_drawing_area();
        r.render(&root, &req, &Theme::default()).unwrap()
    };
    (svg, out)
}

fn bands(r: &mut Renderer<'static>, q: &str, n: usize) -> Vec<ScenarioBand> {
    let req = r.parse(q).unwrap();
    bands_for_request(r, &req, n, true).unwrap()
}

/// The header of the CSV section whose first band column is `key`, and its rows.
fn band_section(csv: &str, key: &str) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let lines: Vec<&str> = csv.lines().filter(|l| !l.starts_with('#')).collect();
    let at = lines.iter().position(|l| l.split(',').any(|c| c == key))?;
    let header = lines[at].split(',').map(String::from).collect();
    let rows = lines[at + 1..]
        .iter()
        .take_while(|l| !l.is_empty())
        .map(|l| l.split(',').map(String::from).collect())
        .collect();
    Some((header, rows))
}

#[test]
fn projection_draws_the_band_of_its_own_scenario_for_every_measure() {
    let mut worker = Renderer::new(embedded_data().unwrap()).unwrap();
    let mut page = Renderer::new(embedded_data().unwrap()).unwrap();
    for m in MEASURES {
        let q = format!(
            "view=projection&country=RUS&lab_uzb=300&measure={}",
            m.key()
        );
        let (plain_svg, plain) = render(&mut page, &q);
        assert!(!plain.alt.contains("simulated futures"), "{}", plain.alt);
        let b = bands(&mut worker, &q, 200);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].measure, m.key());
        assert_eq!(b[0].trajectories, 200);
        // Refined: the same run continues to 400 (same first 200).
        let more = bands(&mut worker, &q, 400);
        assert_eq!(more[0].trajectories, 400);
        page.show_bands(more.clone());
        let (svg, out) = render(&mut page, &q);
        assert_ne!(svg, plain_svg, "{m}: the band is drawn");
        assert!(svg.len() > plain_svg.len(), "{m}: two more shapes");
        assert!(
            svg.contains("of simulated futures"),
            "{m}: the legend names the band"
        );
        assert!(
            out.alt
                .contains("80 % of simulated futures of your scenario lie between"),
            "{m}: {}",
            out.alt
        );
        let (header, rows) = band_section(&out.csv, "band_p2_5").expect("band columns");
        assert_eq!(
            &header[1..],
            [
                "band_p2_5",
                "band_p10",
                "band_p50",
                "band_p90",
                "band_p97_5"
            ]
        );
        let y2050 = rows.iter().find(|r| r[0] == "2050").unwrap();
        let v: Vec<f64> = y2050[1..].iter().map(|c| c.parse().unwrap()).collect();
        assert!(v.windows(2).all(|w| w[0] <= w[1]), "{m}: {v:?}");
        let q50 = more[0].at(2050).unwrap();
        assert!((v[2] - q50[2]).abs() <= 1e-3 * q50[2].abs().max(1.0), "{m}");
        // Another slider position: the band of the old one is not drawn.
        let moved = format!("{q}&tfr_shift=0.2");
        let (_, out) = render(&mut page, &moved);
        assert!(
            !out.alt.contains("simulated futures"),
            "{m}: stale band drawn"
        );
        assert!(band_section(&out.csv, "band_p2_5").is_none());
        // In Russian too.
        let (svg, out) = render(&mut page, &format!("{q}&lang=ru"));
        assert!(svg.contains("смоделированных вариантов будущего"), "{m}");
        assert!(
            out.alt
                .contains("80 % смоделированных вариантов будущего вашего сценария лежат между"),
            "{m}: {}",
            out.alt
        );
        page.show_bands(Vec::new());
    }
}

#[test]
fn the_scenario_band_is_told_apart_from_the_un_intervals() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let q = "view=projection&country=KGZ";
    let b = bands(&mut r, q, 200);
    r.show_bands(b);
    let (svg, out) = render(&mut r, q);
    // UN's own intervals keep their words; the scenario's band has its own.
    assert!(svg.contains("80 % interval"), "the UN's band");
    assert!(svg.contains("Your scenario: 80 % of simulated futures"));
    assert!(svg.contains("Your scenario: 95 % of simulated futures"));
    assert!(out.alt.contains("95 % interval at the end of the century"));
    assert!(out.alt.contains("of simulated futures of your scenario"));
}

#[test]
fn compare_draws_the_bands_of_a_and_b() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    for measure in ["population", "support_ratio"] {
        let q = format!("view=compare&country=RUS&tfr_shift=0.3&measure={measure}");
        let (plain_svg, _) = render(&mut r, &q);
        let b = bands(&mut r, &q, 200);
        assert_eq!(b.len(), 2, "A and B");
        assert_ne!(b[0].key, b[1].key);
        r.show_bands(b);
        let (svg, out) = render(&mut r, &q);
        assert_ne!(svg, plain_svg);
        assert!(svg.contains("A: 80 % of simulated futures"), "{measure}");
        assert!(svg.contains("B: 95 % of simulated futures"), "{measure}");
        assert!(out
            .alt
            .contains("of simulated futures of scenario A lie between"));
        assert!(out
            .alt
            .contains("of simulated futures of scenario B lie between"));
        let (header, rows) = band_section(&out.csv, "a_band_p2_5").expect("band columns");
        assert!(header.contains(&"b_band_p97_5".to_string()), "{header:?}");
        assert_eq!(rows.len(), 76);
    }
}

#[test]
fn other_views_have_no_band_and_bad_bands_are_dropped() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    assert!(bands(&mut r, "view=pyramid&country=RUS", 50).is_empty());
    // Running without a summary returns nothing, and the run goes on from there.
    let req = r.parse("view=projection&country=GEO").unwrap();
    assert!(bands_for_request(&mut r, &req, 30, false)
        .unwrap()
        .is_empty());
    let b = bands_for_request(&mut r, &req, 60, true).unwrap();
    assert_eq!(b[0].trajectories, 60);
    let q = "view=projection&country=ARM";
    let mut b = bands(&mut r, q, 50);
    b[0].p50.pop(); // columns of unequal length
    r.show_bands(b);
    let (_, out) = render(&mut r, q);
    assert!(!out.alt.contains("simulated futures"));
}
