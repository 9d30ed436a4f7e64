//! Browser tests (`wasm-pack test --headless --chrome`): the wasm handle mounts on a real
//! canvas in headless Chromium, paints it (pixels read back with `getImageData`), scales
//! the backing store by the pixel ratio, repaints when the country changes, parses requests
//! with their clamps, keeps the CSV of what it drew, and turns bad input into clamps or
//! clear `JsError`s.
#![cfg(target_arch = "wasm32")]

use crossroads::wasm::Crossroads;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The plot box of a drawing (`Drawn.plot`, `app::Plot`): CSS pixels of the canvas.
#[derive(Clone, Copy, Debug)]
struct PlotBox {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    /// Data x at `left` and at `right`.
    x0: f64,
    x1: f64,
}

wasm_bindgen_test_configure!(run_in_browser);

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .expect("create canvas")
        .dyn_into()
        .expect("a canvas element");
    document
        .body()
        .expect("a body")
        .append_child(&canvas)
        .expect("mounted");
    canvas
}

/// RGBA bytes of the backing store inside `plot` (CSS pixels) at `ratio`.
fn pixels(canvas: &HtmlCanvasElement, plot: &PlotBox, ratio: f64) -> (Vec<u8>, usize) {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("context")
        .expect("2d")
        .dyn_into()
        .expect("2d context");
    let (x, y) = (plot.left * ratio, plot.top * ratio);
    let (w, h) = (
        (plot.right - plot.left) * ratio,
        (plot.bottom - plot.top) * ratio,
    );
    let data = ctx.get_image_data(x, y, w, h).expect("image data");
    (data.data().0, (w as usize) * (h as usize))
}

/// Pixels that are not the white background (any channel below 245).
fn inked(rgba: &[u8]) -> usize {
    rgba.chunks_exact(4)
        .filter(|p| p[0] < 245 || p[1] < 245 || p[2] < 245)
        .count()
}

/// Pixels close to the medium projection's Okabe–Ito blue (0, 114, 178).
fn blue(rgba: &[u8]) -> usize {
    rgba.chunks_exact(4)
        .filter(|p| p[0] < 40 && (90..140).contains(&p[1]) && (150..210).contains(&p[2]))
        .count()
}

fn error_text(e: wasm_bindgen::JsError) -> String {
    let v = JsValue::from(e);
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

/// The plot box of a `draw` answer.
fn plot_of(drawn: &JsValue) -> PlotBox {
    let plot = get(drawn, "plot");
    let f = |k: &str| get(&plot, k).as_f64().expect("a number");
    PlotBox {
        left: f("left"),
        top: f("top"),
        right: f("right"),
        bottom: f("bottom"),
        x0: f("x0"),
        x1: f("x1"),
    }
}

#[wasm_bindgen_test]
fn the_chart_paints_a_real_canvas_at_the_pixel_ratio() {
    let mut app = Crossroads::new().expect("embedded data loads");
    let c = canvas();
    let drawn = app.draw(c.clone(), "", 640.0, 400.0, 2.0).expect("draws");
    let plot = plot_of(&drawn);
    assert_eq!(
        (c.width(), c.height()),
        (1280, 800),
        "backing store = CSS size × 2"
    );
    assert!(plot.left > 0.0 && plot.right < 640.0 && plot.top > 0.0 && plot.bottom < 400.0);
    // The x range the readout maps the pointer with: the projection's years.
    assert!(
        plot.x0 < 2025.0 && plot.x1 >= 2100.0,
        "{} … {}",
        plot.x0,
        plot.x1
    );
    let (rgba, n) = pixels(&c, &plot, 2.0);
    // Bands, lines and grid cover a good share of the plot box: at least 5 %.
    let ink = inked(&rgba);
    assert!(ink * 20 > n, "only {ink} of {n} plot pixels painted");
    // The UN medium line is there in its colour (a 2 px line over ~500 px: ≥ 500 device
    // pixels at ratio 2).
    assert!(blue(&rgba) > 500, "blue pixels: {}", blue(&rgba));
}

#[wasm_bindgen_test]
fn switching_country_repaints_the_plot() {
    let mut app = Crossroads::new().expect("loads");
    let c = canvas();
    let whole = PlotBox {
        left: 0.0,
        top: 0.0,
        right: 600.0,
        bottom: 380.0,
        x0: 0.0,
        x1: 0.0,
    };
    app.draw(c.clone(), "country=RUS", 600.0, 380.0, 1.0)
        .expect("RUS");
    let (russia, n) = pixels(&c, &whole, 1.0);
    app.draw(c.clone(), "country=UZB", 600.0, 380.0, 1.0)
        .expect("UZB");
    let (uzbekistan, _) = pixels(&c, &whole, 1.0);
    let changed = russia
        .chunks_exact(4)
        .zip(uzbekistan.chunks_exact(4))
        .filter(|(a, b)| a != b)
        .count();
    // Russia declines, Uzbekistan grows: the curves cross different pixels (≥ 1 %).
    assert!(changed * 100 > n, "only {changed} of {n} pixels changed");
    // Drawing Russia again (any spelling) gives back exactly the first picture.
    app.draw(c.clone(), "country=rus", 600.0, 380.0, 1.0)
        .expect("rus");
    assert!(
        pixels(&c, &whole, 1.0).0 == russia,
        "redrawn Russia differs"
    );
}

#[wasm_bindgen_test]
fn bad_sizes_and_ratios_are_clamped_not_fatal() {
    let mut app = Crossroads::new().expect("loads");
    let c = canvas();
    let drawn = app
        .draw(c.clone(), "country=KGZ", f64::NAN, -50.0, f64::INFINITY)
        .expect("clamped sizes still draw");
    assert!(
        c.width() >= 280 && c.height() >= 220,
        "{}×{}",
        c.width(),
        c.height()
    );
    assert!(inked(&pixels(&c, &plot_of(&drawn), 1.0).0) > 0);
    app.draw(c.clone(), "country=KGZ", 1e9, 1e9, 4.0)
        .expect("huge sizes clamp");
    assert!(c.width() <= 8192 && c.height() <= 8192);
}

#[wasm_bindgen_test]
fn an_unknown_country_is_a_clear_error() {
    let mut app = Crossroads::new().expect("loads");
    let err = app
        .draw(canvas(), "country=XYZ", 600.0, 400.0, 1.0)
        .expect_err("unknown country");
    let msg = error_text(err);
    assert!(msg.contains("XYZ") && msg.contains("RUS"), "{msg}");
}

#[wasm_bindgen_test]
fn countries_and_descriptions_are_offered_to_the_page() {
    let mut app = Crossroads::new().expect("loads");
    let list = js_sys::Array::from(&app.countries().expect("list"));
    assert_eq!(list.length(), 8);
    let first = list.get(0);
    let iso = js_sys::Reflect::get(&first, &JsValue::from_str("iso3")).expect("iso3");
    assert_eq!(iso.as_string().as_deref(), Some("RUS"));
    let drawn = app
        .draw(canvas(), "country=TJK", 600.0, 400.0, 1.0)
        .expect("draws");
    let text = get(&drawn, "description").as_string().unwrap_or_default();
    assert!(text.starts_with("Tajikistan"), "{text}");
    let ru = app
        .draw(canvas(), "country=TJK&lang=ru", 600.0, 400.0, 1.0)
        .expect("draws in Russian");
    let text = get(&ru, "description").as_string().unwrap_or_default();
    assert!(text.starts_with("Таджикистан"), "{text}");
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect(key)
}

#[wasm_bindgen_test]
fn a_request_is_parsed_drawn_and_its_csv_kept() {
    let mut app = Crossroads::new().expect("loads");
    let _ = crossroads::wasm::take_panic(); // a failed test before this one may have left one
                                            // Parse: canonical query, values of view keys and levers, clamps reported.
    let parsed = app
        .parse("tfr_shift=9&view=pyramid&year=2060")
        .expect("parses");
    assert_eq!(
        get(&parsed, "query").as_string().as_deref(),
        Some("view=pyramid&year=2060&tfr_shift=1.5")
    );
    let values = get(&parsed, "values");
    assert_eq!(get(&values, "view").as_string().as_deref(), Some("pyramid"));
    assert_eq!(get(&values, "tfr_shift").as_f64(), Some(1.5));
    let clamps = js_sys::Array::from(&get(&parsed, "clamps"));
    assert_eq!(clamps.length(), 1);
    assert_eq!(
        get(&clamps.get(0), "key").as_string().as_deref(),
        Some("tfr_shift")
    );
    // Draw: the canvas is painted and the answer carries the text alternative.
    let c = canvas();
    let drawn = app
        .draw(c.clone(), "country=TJK&lab_tjk=-500", 700.0, 440.0, 1.0)
        .expect("draws");
    let text = get(&drawn, "description").as_string().unwrap_or_default();
    assert!(text.starts_with("Tajikistan"), "{text}");
    let plot = plot_of(&drawn);
    assert!(inked(&pixels(&c, &plot, 1.0).0) > 0);
    // CSV: the drawn view's numbers, with the scenario in the header; a request not drawn
    // yet is drawn off-screen for its CSV.
    let csv = app.csv("country=TJK&lab_tjk=-500").expect("csv");
    let other = app
        .csv("view=pyramid&country=KAZ")
        .expect("csv of a view not drawn");
    assert!(other.contains("country=KAZ"), "{other}");
    assert!(
        csv.contains("# Scenario: country=TJK&lab_tjk=-500"),
        "{csv}"
    );
    assert!(csv.lines().filter(|l| !l.starts_with('#')).count() > 76);
    // A bad request is a clear error naming the key; no panic was recorded.
    let err = app.parse("tfr_shfit=1").expect_err("unknown key");
    assert!(error_text(err).contains("tfr_shfit"));
    assert_eq!(crossroads::wasm::take_panic(), None);
}
