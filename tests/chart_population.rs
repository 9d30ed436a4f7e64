//! Host tests of the population view: it renders to an in-memory SVG (plotters'
//! `SVGBackend::with_string`), draws the UN WPP 2024 total-population series
//! (`data/pop_total.csv`, year-end, thousands) where the data says, inside the plot box,
//! with its legend, axis units and source line.

use crossroads::chart::{self, ChartError, PlotFrame, Theme};
use crossroads::data::{CountryData, Dataset};
use plotters::prelude::*;

fn data() -> Dataset {
    Dataset::embedded().expect("embedded data parses")
}

fn render(country: &CountryData, size: (u32, u32)) -> (String, Result<PlotFrame, ChartError>) {
    render_at(country, size, 1.0)
}

fn render_at(
    country: &CountryData,
    size: (u32, u32),
    scale: f64,
) -> (String, Result<PlotFrame, ChartError>) {
    let mut svg = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        chart::population(&root, country, &Theme::new(scale))
    };
    (svg, frame)
}

/// The value of `name="…"` in one SVG element.
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    let len = element[start..].find('"')?;
    Some(&element[start..start + len])
}

fn points(list: &str) -> Vec<(f64, f64)> {
    list.split_whitespace()
        .filter_map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// `(stroke or fill colour, points)` of every `<tag …/>` element.
fn shapes(svg: &str, tag: &str, colour_attr: &str) -> Vec<(String, Vec<(f64, f64)>)> {
    svg.split(&format!("<{tag} "))
        .skip(1)
        .filter_map(|rest| {
            let el = &rest[..rest.find("/>")?];
            Some((
                attr(el, colour_attr)?.to_string(),
                points(attr(el, "points")?),
            ))
        })
        .collect()
}

/// The text content of every `<text>` element, trimmed.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|rest| {
            let body = &rest[rest.find('>')? + 1..rest.find("</text>")?];
            Some(body.trim().to_string())
        })
        .collect()
}

const MEDIUM: &str = "#0072B2";
const ESTIMATE: &str = "#222222";
const VARIANT: &str = "#D55E00";

/// All vertices of polylines stroked in `colour` that lie inside the plot box (1 px slack
/// for the stroke's rounding).
fn plotted(svg: &str, frame: &PlotFrame, colour: &str) -> Vec<(f64, f64)> {
    shapes(svg, "polyline", "stroke")
        .into_iter()
        .filter(|(c, _)| c == colour)
        .flat_map(|(_, pts)| pts)
        .filter(|&(x, y)| {
            x >= f64::from(frame.left) - 1.0
                && x <= f64::from(frame.right) + 1.0
                && y >= f64::from(frame.top) - 1.0
                && y <= f64::from(frame.bottom) + 1.0
        })
        .collect()
}

#[test]
fn lines_are_drawn_inside_the_plot_box_where_the_data_says() {
    let d = data();
    let rus = d.country("RUS").expect("RUS");
    let (svg, frame) = render(rus, (900, 560));
    let frame = frame.expect("chart draws");
    assert!(frame.left > 12 && frame.right < 900 - 12, "{frame:?}");
    assert!(frame.top > 40 && frame.bottom < 560 - 30, "{frame:?}");

    // 74 estimate years 1950–2023 and 78 medium points (2023 anchor + 2024–2100).
    let est = plotted(&svg, &frame, ESTIMATE);
    let med = plotted(&svg, &frame, MEDIUM);
    assert!(est.len() >= 74, "estimate vertices: {}", est.len());
    assert!(med.len() >= 78, "medium vertices: {}", med.len());

    // WPP 2024 medium, Russia, end-2050: 136,009 thousand (../shared/data-raw/README.md).
    // The polyline vertex at 2050 must sit where that value maps; 1.5 px allows plotters'
    // rounding of both coordinates to whole pixels.
    let (px, py) = frame.to_pixel(2050.0, 136.009);
    let near = med
        .iter()
        .min_by(|a, b| (a.0 - px).abs().total_cmp(&(b.0 - px).abs()))
        .expect("a medium vertex");
    assert!((near.0 - px).abs() <= 1.5, "x {near:?} vs {px}");
    assert!((near.1 - py).abs() <= 1.5, "y {near:?} vs {py}");

    // Low and high variants are dashed: many short pieces, all inside the box.
    let dashes = shapes(&svg, "polyline", "stroke")
        .into_iter()
        .filter(|(c, _)| c == VARIANT)
        .count();
    assert!(dashes > 40, "variant dash pieces: {dashes}");
    assert!(plotted(&svg, &frame, VARIANT).len() > 80);
}

#[test]
fn both_prediction_bands_are_filled_inside_the_plot_box() {
    let d = data();
    let (svg, frame) = render(d.country("KAZ").expect("KAZ"), (800, 500));
    let frame = frame.expect("draws");
    let polygons = shapes(&svg, "polygon", "fill");
    assert_eq!(polygons.len(), 2, "an 80 % and a 95 % band");
    assert_ne!(polygons[0].0, polygons[1].0, "bands have distinct tints");
    for (_, pts) in &polygons {
        // 2023 anchor + 77 projection years, upper edge then lower edge.
        assert!(pts.len() >= 2 * 78, "{}", pts.len());
        assert!(pts
            .iter()
            .all(|&(x, y)| frame.contains(x, y) || (y - f64::from(frame.bottom)).abs() < 1.0));
    }
    // The 95 % band is drawn first and is at least as tall as the 80 % band at 2100.
    let height_at_end = |pts: &Vec<(f64, f64)>| {
        let right: Vec<f64> = pts
            .iter()
            .filter(|p| (p.0 - f64::from(frame.right)).abs() < 1.0)
            .map(|p| p.1)
            .collect();
        right.iter().cloned().fold(f64::MIN, f64::max)
            - right.iter().cloned().fold(f64::MAX, f64::min)
    };
    assert!(height_at_end(&polygons[0].1) > height_at_end(&polygons[1].1));
}

#[test]
fn title_legend_axis_units_and_source_are_written() {
    let d = data();
    let (svg, frame) = render(d.country("GEO").expect("GEO"), (900, 560));
    frame.expect("draws");
    let t = texts(&svg);
    let has = |s: &str| t.iter().any(|x| x.contains(s));
    for want in [
        "Georgia: total population, 1950–2100",
        "Estimates 1950–2023",
        "Medium projection",
        "80 % interval",
        "95 % interval",
        "Low / high variants (±0.5 child)",
        "Population (millions)",
        "Year",
        "2100",
        "Source: UN WPP 2024 (CC BY 3.0 IGO), year-end totals",
    ] {
        assert!(has(want), "missing text '{want}' in {t:?}");
    }
    // Georgia peaks near 5.5 million: ticks are in millions with a decimal, not thousands.
    assert!(has("5.0") || has("6.0"), "{t:?}");
    assert!(!has("5000"), "{t:?}");
}

#[test]
fn different_countries_draw_different_charts() {
    let d = data();
    let mut seen = Vec::new();
    for c in &d.countries {
        let (svg, frame) = render(c, (700, 450));
        let frame = frame.unwrap_or_else(|e| panic!("{}: {e}", c.info.iso3));
        assert!(plotted(&svg, &frame, MEDIUM).len() >= 78, "{}", c.info.iso3);
        assert!(svg.contains(&c.info.name_en));
        seen.push(svg);
    }
    for i in 0..seen.len() {
        for j in i + 1..seen.len() {
            assert_ne!(seen[i], seen[j], "countries {i} and {j} drew the same SVG");
        }
    }
}

#[test]
fn a_narrow_area_wraps_the_legend_and_still_fits_the_plot() {
    let d = data();
    let rus = d.country("RUS").expect("RUS");
    let legend_rows = |svg: &str| {
        let mut ys: Vec<String> = svg
            .split("<text ")
            .skip(1)
            .filter(|el| {
                el.contains("interval") || el.contains("projection<") || el.contains("Medium")
            })
            .filter_map(|el| attr(el, "y").map(str::to_string))
            .collect();
        ys.sort();
        ys.dedup();
        ys.len()
    };
    let (wide, _) = render(rus, (1000, 600));
    let (narrow, frame) = render(rus, (320, 300));
    let frame = frame.expect("narrow chart draws");
    assert_eq!(legend_rows(&wide), 1);
    assert!(legend_rows(&narrow) >= 2, "legend should wrap at 320 px");
    assert!(
        frame.bottom - frame.top > 60,
        "plot keeps some height: {frame:?}"
    );
    assert!(plotted(&narrow, &frame, MEDIUM).len() > 20);
}

#[test]
fn too_small_an_area_is_a_clear_error_not_a_panic() {
    let d = data();
    let (_, frame) = render(d.country("ARM").expect("ARM"), (120, 80));
    let err = frame.expect_err("too small");
    assert!(matches!(
        err,
        ChartError::TooSmall {
            width: 120,
            height: 80,
            ..
        }
    ));
    assert!(err.to_string().contains("at least"), "{err}");
}

#[test]
fn a_country_without_estimates_is_a_clear_error() {
    let d = data();
    let mut c = d.country("TJK").expect("TJK").clone();
    for r in &mut c.pop_total {
        r.estimate = None;
    }
    let (_, frame) = render(&c, (600, 400));
    let msg = frame.expect_err("no estimates").to_string();
    assert!(
        msg.contains("estimate") && msg.contains("TJK") && msg.contains("convert.py"),
        "{msg}"
    );
}

#[test]
fn the_text_description_states_the_plotted_figures() {
    let d = data();
    let text = chart::population_description(d.country("RUS").expect("RUS")).expect("text");
    // WPP 2024 medium, Russia, end-2100: 126,334 thousand (../shared/data-raw/README.md).
    assert!(text.contains("Russia"), "{text}");
    assert!(text.contains("126.3 million at the end of 2100"), "{text}");
    assert!(text.contains("95 % prediction interval"), "{text}");
}

#[test]
fn a_scaled_theme_draws_the_same_chart_at_double_resolution() {
    let d = data();
    let ukr = d.country("UKR").expect("UKR");
    let (svg1, f1) = render_at(ukr, (800, 500), 1.0);
    let (svg2, f2) = render_at(ukr, (1600, 1000), 2.0);
    let (f1, f2) = (f1.expect("1x"), f2.expect("2x"));
    // Every edge of the plot box doubles, to within 2 px of rounding per side.
    for (a, b) in [
        (f1.left, f2.left),
        (f1.top, f2.top),
        (f1.right, f2.right),
        (f1.bottom, f2.bottom),
    ] {
        assert!((2 * a - b).abs() <= 2, "{f1:?} vs {f2:?}");
    }
    // Lines get twice as wide (2 px → 4 px), fonts twice as large.
    assert!(svg1.contains("stroke=\"#0072B2\" stroke-width=\"2\""));
    assert!(svg2.contains("stroke=\"#0072B2\" stroke-width=\"4\""));
    let font_sizes = |svg: &str| -> Vec<f64> {
        svg.split("<text ")
            .skip(1)
            .filter_map(|el| attr(el, "font-size")?.parse().ok())
            .collect()
    };
    let (s1, s2) = (font_sizes(&svg1), font_sizes(&svg2));
    assert_eq!(s1.len(), s2.len());
    assert!(s1.iter().zip(&s2).all(|(a, b)| (2.0 * a - b).abs() < 1e-6));
    // A scale of NaN falls back to 1, an absurd one is clamped: both still draw.
    assert_eq!(Theme::new(f64::NAN), Theme::default());
    assert_eq!(Theme::new(1e6).scale(), 4.0);
}

#[test]
fn a_short_plot_gets_a_short_axis_title() {
    let d = data();
    let (svg, frame) = render(d.country("RUS").expect("RUS"), (320, 300));
    frame.expect("draws");
    let t = texts(&svg);
    assert!(t.iter().any(|x| x == "Millions"), "{t:?}");
    let (svg, _) = render(d.country("RUS").expect("RUS"), (900, 560));
    assert!(texts(&svg).iter().any(|x| x == "Population (millions)"));
}
