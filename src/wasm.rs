//! The only wasm-bindgen code: an adapter. One opaque [`Crossroads`] handle per widget;
//! every handle of the page's one wasm instance works through a shared chart `Renderer`
//! (over the embedded [`Dataset`], parsed once, with its caches). Each method converts its
//! JavaScript inputs, calls one core function (`crate::app`, `crate::chart`) and converts
//! the output; every failure goes through [`funnel`] into a `JsError` naming the bad input.
//! A panic hook keeps the message of any remaining panic ([`take_panic`]): the widget whose
//! call panicked shows it and drops its handle, its renderer is retired, the others carry
//! on. Drawing goes to a canvas the page hands in through [`MeasuredCanvas`] (src/wasm/canvas.rs).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Mutex, Once};

use plotters::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::app;
use crate::chart::{style, Lang, Renderer, Theme};
use crate::data::Dataset;
use crate::scenario::embedded_data;

/// Everything that can go wrong behind the handle (a data, scenario or chart error, or the
/// canvas), as the message the page shows.
#[derive(Debug)]
struct WasmError(String);

impl<E: std::error::Error> From<E> for WasmError {
    fn from(e: E) -> Self {
        WasmError(format!("crossroads: {e}"))
    }
}

/// An error of the handle itself (the canvas, handing a value to the page).
fn fail(msg: String) -> WasmError {
    WasmError(format!("crossroads: {msg}"))
}

/// The one place errors cross into JavaScript.
fn funnel<T>(result: Result<T, WasmError>) -> Result<T, JsError> {
    result.map_err(|e| JsError::new(&e.0))
}

mod bands;
mod canvas;
use canvas::device_pixels;
pub use canvas::MeasuredCanvas;

/// TypeScript declarations of what the methods hand the page (wasm-pack writes them to
/// `www/pkg/crossroads_core.d.ts` with the methods typed by `unchecked_return_type`);
/// field names are the serde names of the structs they describe (most in `crate::app`).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A value clamped into its lever's range. */
export interface Clamp { key: string; given: string; used: number; min: number; max: number; unit: string }
/** A lever that does nothing as set, and why (English; `why_ru` when the core words it). */
export interface Note { key: string; given: string; why: string; why_ru: string; implicit: boolean }
/** A note worded for the reader: kind "idle" | "shortfall" | "retired"; implicit: said next to its slider only. */
export interface NoteText { key: string; kind: string; label: string; text: string; implicit: boolean }
/** The answer to `draw`; `levers`: the scenario without its country, as presets and stories are matched. */
export interface Drawn {
  plot: { left: number; top: number; right: number; bottom: number; x0: number; x1: number };
  title: string; description: string; query: string; notes: NoteText[]; levers: string;
}
/** The answer to `parse`: canonical query, every value by key, clamps, retired keys. */
export interface Parsed { query: string; values: Record<string, unknown>; clamps: Clamp[]; retired: Note[] }
/** A part of a request the core refused, with its (English) message. */
export interface Ignored { part: string; message: string }
/** The answer to `read`: the accepted parts (the state, without lang), the request read, the refused parts, lang when named. */
export interface Read { query: string; source: string; ignored: Ignored[]; lang: string | null; view: string }
/** One control: kind "range" (min, max, step) or "select" (options: [value, words]). */
export interface Control {
  key: string; label: string; kind: "range" | "select"; value: string; text: string;
  min: number; max: number; step: number; options: [string, string][]; note: string; clamp: string;
}
export interface Group { title: string; controls: Control[] }
/** The controls of a state: the bar, the levers that move the view, the others under `more_title`. */
export interface Panel {
  view: string; country: string; lang: string; top: Control[]; groups: Group[]; more: Group[];
  more_title: string; side: boolean; buttons: boolean; stories: boolean; loose: string[];
}
export interface CountryOption { iso3: string; name_en: string; name_ru: string }
/** A story of the briefs: its preset's id, the question, the answer in one sentence, the query. */
export interface StoryOption { id: string; question: string; caption: string; query: string; levers: string }
export interface PresetOption { id: string; name: string; query: string; note: string; levers: string }
/** One row of the parameter table (see src/scenario/params.rs `ParamSpec`). */
export interface ParamSpec {
  key: string; group: string; label: string; label_ru: string; kind: "number" | "choice";
  unit: string; unit_ru: string; min: number; max: number; step: number; decimals: number;
  default: number; choices: string[]; source: string; source_ru: string; help: string;
  control: boolean; views: string[];
}
export interface ParamTable { params: ParamSpec[]; view: ParamSpec[] }
export interface DatasetEntry { id: string; name: string; short: string; publisher: string; year: string; licence: string; url: string; files: string[] }
export interface Citation { what: string; by: string; url: string }
export interface ParamSource { label: string; source: string }
export interface SourceList { datasets: DatasetEntry[]; citations: Citation[]; citations_title: string; parameters: ParamSource[] }
/** The data table in words: a caption, and per section its headers and rows. */
export interface DataTable { caption: string; sections: { head: string[]; rows: string[][] }[] }
/** The values of a view at one year, each `[label with unit, value]`, and as a sentence. */
export interface Readout { year: number; items: [string, string][]; text: string }
export interface AssumptionText { key: string; group: string; title: string; value: string; reason: string; source: string; text: string }
"#;

/// Panics caught by the hook, waiting for the page to read them (`takePanic`).
static PANIC: Mutex<Option<String>> = Mutex::new(None);

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            if let Ok(mut slot) = PANIC.lock() {
                *slot = Some(info.to_string());
            }
            console_error_panic_hook::hook(info);
        }));
    });
}

/// The message of the last panic, once (`undefined` when there was none). A panic aborts
/// the call it happened in (the page sees a `RuntimeError`); the widget that made the call
/// reads the message here, shows it in its own error box and stops using its handle, while
/// other widgets keep theirs.
#[wasm_bindgen(js_name = takePanic)]
pub fn take_panic() -> Option<String> {
    PANIC.lock().ok().and_then(|mut slot| slot.take())
}

/// Test-only: panics on purpose, in the middle of using the shared renderer (the worst
/// place), so the browser tests can check that one widget's panic stays in that widget.
/// Compiled only with the `test-panic` feature.
#[cfg(feature = "test-panic")]
#[wasm_bindgen(js_name = testPanic)]
pub fn test_panic(message: &str) -> Result<(), JsError> {
    funnel(with_renderer(|r| {
        if r.table().params.is_empty() {
            return Ok(());
        }
        panic!("test panic: {message}")
    }))
}

/// Shared chart renderers, normally one for the page: every widget draws with the same
/// caches of baselines and projections (memory and first charts are paid once). A panic
/// aborts its call with the renderer still borrowed; that renderer is then skipped for
/// good and the next call builds a fresh one, so the other widgets keep working.
type Shared = Rc<RefCell<Renderer<'static>>>;

thread_local! {
    static RENDERERS: RefCell<Vec<Shared>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with a usable shared renderer.
fn with_renderer<T>(
    f: impl FnOnce(&mut Renderer<'static>) -> Result<T, WasmError>,
) -> Result<T, WasmError> {
    let shared = RENDERERS.with(|pool| -> Result<Shared, WasmError> {
        let mut pool = pool
            .try_borrow_mut()
            .map_err(|_| fail("the renderer pool is in use".into()))?;
        if let Some(r) = pool.iter().find(|r| r.try_borrow_mut().is_ok()) {
            return Ok(Rc::clone(r));
        }
        let r = Rc::new(RefCell::new(Renderer::new(embedded_data()?)?));
        pool.push(Rc::clone(&r));
        Ok(r)
    })?;
    let mut renderer = shared
        .try_borrow_mut()
        .map_err(|_| fail("the renderer is in use".into()))?;
    f(&mut renderer)
}

/// One widget's handle: the embedded data (parsed once per page); drawing, tables and
/// readouts go through the page's shared renderer ([`with_renderer`], which keeps the table
/// of the last view drawn for the readout, the CSV and the download). Each
/// widget keeps its own handle, so a panic that poisons one handle leaves the others
/// usable.
#[wasm_bindgen]
pub struct Crossroads {
    data: &'static Dataset,
}

/// The answer of `f` (run with the shared renderer) handed to the page, errors funnelled.
fn js<T: Serialize>(
    f: impl FnOnce(&mut Renderer<'static>) -> Result<T, WasmError>,
    what: &str,
) -> Result<JsValue, JsError> {
    funnel(with_renderer(|r| to_js(&f(r)?, what)))
}

fn to_js<T: Serialize + ?Sized>(v: &T, what: &str) -> Result<JsValue, WasmError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| fail(format!("could not hand {what} to the page: {e}")))
}

/// A language code from the page (`en`, `ru`; anything else reads as English).
fn lang_of(code: Option<String>) -> Lang {
    code.as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::En)
}

#[wasm_bindgen]
impl Crossroads {
    /// Parse the embedded data (once per page) and build a projector. Installs the panic hook.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Crossroads, JsError> {
        install_panic_hook();
        funnel((|| {
            let data = embedded_data()?;
            with_renderer(|_| Ok(()))?; // build the shared renderer now, not in the first draw
            Ok(Crossroads { data })
        })())
    }

    /// The focus countries, in order: `[{iso3, name_en, name_ru}, …]`.
    #[wasm_bindgen(unchecked_return_type = "CountryOption[]")]
    pub fn countries(&self) -> Result<JsValue, JsError> {
        funnel(to_js(&app::countries(self.data), "the countries"))
    }

    /// The parameter table: one row per lever and per view key.
    #[wasm_bindgen(unchecked_return_type = "ParamTable")]
    pub fn params(&self) -> Result<JsValue, JsError> {
        funnel(with_renderer(|r| to_js(r.table(), "the parameter table")))
    }

    /// The presets in `lang`: `[{id, name, query, note, levers}]`.
    #[wasm_bindgen(unchecked_return_type = "PresetOption[]")]
    pub fn presets(&mut self, lang: Option<String>) -> Result<JsValue, JsError> {
        js(|r| Ok(app::presets(r, lang_of(lang))?), "the presets")
    }

    /// The briefs' stories in `lang`, in the order the widget lists them.
    #[wasm_bindgen(unchecked_return_type = "StoryOption[]")]
    pub fn stories(&mut self, lang: Option<String>) -> Result<JsValue, JsError> {
        js(|r| Ok(app::stories(r, lang_of(lang))?), "the stories")
    }

    /// The widget's fixed words in `lang`: the catalogs' `ui-*` messages by key.
    #[wasm_bindgen(unchecked_return_type = "Record<string, string>")]
    pub fn words(&self, lang: Option<String>) -> Result<JsValue, JsError> {
        funnel(to_js(&app::words(lang_of(lang)), "the words"))
    }

    /// The Sources panel in `lang`: datasets, every figure's citation, the sliders' defaults.
    #[wasm_bindgen(unchecked_return_type = "SourceList")]
    pub fn sources(&self, lang: Option<String>) -> Result<JsValue, JsError> {
        js(|r| Ok(app::sources(r, lang_of(lang))), "the sources")
    }

    /// The assumptions the scenario of `query` uses, in its language (as `crossroads
    /// --assumptions` lists them).
    #[wasm_bindgen(unchecked_return_type = "AssumptionText[]")]
    pub fn assumptions(&self, query: &str) -> Result<JsValue, JsError> {
        js(|r| Ok(app::assumptions(r, query)?), "the assumptions")
    }

    /// Reads a request (`view=…&lang=…&year=…&` + the CLI's query string): the canonical
    /// query, every parameter's value and the clamps applied; a clear error otherwise.
    #[wasm_bindgen(unchecked_return_type = "Parsed")]
    pub fn parse(&self, query: &str) -> Result<JsValue, JsError> {
        js(|r| Ok(app::parse(r, query)?), "the parsed query")
    }

    /// Reads a request (`query`, else the widget's `view`, `country` and `scenario`
    /// attributes) into the widget's state, keeping every part the core accepts.
    #[wasm_bindgen(unchecked_return_type = "Read")]
    pub fn read(
        &self,
        query: Option<String>,
        view: Option<String>,
        country: Option<String>,
        scenario: Option<String>,
    ) -> Result<JsValue, JsError> {
        let attrs = app::Attributes::new(view.as_deref(), country.as_deref(), scenario.as_deref());
        let q = query.as_deref();
        js(|r| Ok(app::read_request(r.table(), q, &attrs)?), "read")
    }

    /// The state `query` with `key` set to `value`.
    pub fn set(&self, query: &str, key: &str, value: &str) -> Result<String, JsError> {
        funnel(with_renderer(|r| {
            Ok(app::set(r.table(), query, key, value)?)
        }))
    }

    /// The controls of the request `query` for the `controls` attribute (`presets`: named).
    #[wasm_bindgen(unchecked_return_type = "Panel")]
    pub fn panel(
        &mut self,
        query: &str,
        controls: Option<String>,
        presets: bool,
    ) -> Result<JsValue, JsError> {
        let controls = controls.as_deref();
        js(|r| Ok(app::panel(r, query, controls, presets)?), "panel")
    }

    /// What the widget left out of the request it read (`source`: `Read.source`), of the
    /// state `query` and of its attributes, in `lang`.
    pub fn status(
        &self,
        source: &str,
        query: &str,
        lang: Option<String>,
        lang_attr: Option<String>,
        height: Option<String>,
        controls: Option<String>,
    ) -> Result<Vec<String>, JsError> {
        let input = app::StatusInput {
            source,
            query,
            lang: lang_attr.as_deref(),
            height: height.as_deref(),
            controls: controls.as_deref(),
        };
        funnel(with_renderer(|r| {
            Ok(app::status(r.table(), r.data(), &input, lang_of(lang)))
        }))
    }

    /// A lever's `value` in words with its unit, in `lang` (`undefined` for an unknown key).
    #[wasm_bindgen(js_name = valueText)]
    pub fn value_text(&self, key: &str, value: f64, lang: Option<String>) -> Option<String> {
        with_renderer(|r| Ok(app::value_text(r.table(), key, value, lang_of(lang))))
            .ok()
            .flatten()
    }

    /// The data table of the view of `query`, in words.
    #[wasm_bindgen(unchecked_return_type = "DataTable")]
    pub fn table(&mut self, query: &str) -> Result<JsValue, JsError> {
        js(|r| Ok(app::data_table(r, query)?), "the data table")
    }

    /// The HTML that embeds the widget in the canonical request `query` in an article.
    pub fn embed(
        &self,
        query: &str,
        lang: Option<String>,
        height: Option<String>,
        controls: Option<String>,
        script: &str,
        alt: &str,
    ) -> Result<String, JsError> {
        let input = app::EmbedInput {
            query,
            lang: lang_of(lang),
            height: height.as_deref(),
            controls: controls.as_deref(),
            script,
            alt,
        };
        funnel(with_renderer(|r| Ok(app::embed_code(r.table(), &input))))
    }

    /// Draws the view of `query` on `canvas`, laid out in `css_width × css_height` CSS
    /// pixels at `pixel_ratio` device pixels each (sizes and ratio are clamped to what a
    /// chart and a canvas can hold). A request that cannot be read leaves the canvas as it
    /// was.
    #[wasm_bindgen(unchecked_return_type = "Drawn")]
    pub fn draw(
        &mut self,
        canvas: HtmlCanvasElement,
        query: &str,
        css_width: f64,
        css_height: f64,
        pixel_ratio: f64,
    ) -> Result<JsValue, JsError> {
        funnel((|| {
            with_renderer(|r| Ok(r.parse(query)?))?;
            let theme = Theme::new(pixel_ratio);
            let size = (
                device_pixels(css_width, style::MIN_WIDTH, &theme),
                device_pixels(css_height, style::MIN_HEIGHT, &theme),
            );
            let canvas = MeasuredCanvas::new(canvas, size).map_err(fail)?;
            let root = canvas.into_drawing_area();
            let drawn = with_renderer(|r| Ok(app::draw(r, &root, query, &theme)?))?;
            to_js(&drawn, "the drawing")
        })())
    }

    /// The numbers behind the view of `query` as CSV: `#` lines naming the view, sources and
    /// scenario, then the rows (the same text as `crossroads render --csv`).
    pub fn csv(&mut self, query: &str) -> Result<String, JsError> {
        funnel(with_renderer(|r| Ok(r.csv(&r.parse(query)?)?)))
    }

    /// The values of the view of `query` at `year` (the nearest year it has) for the
    /// readout: `{year, items, text}`, or `null` for a view without years.
    #[wasm_bindgen(unchecked_return_type = "Readout | null")]
    pub fn readout(&mut self, query: &str, year: i32) -> Result<JsValue, JsError> {
        js(|r| Ok(r.readout(&r.parse(query)?, year)?), "the readout")
    }

    /// The numbers behind the view of `query` as a ZIP archive (the CSV, header first, and
    /// a text file of its title, scenario, sources and notes).
    pub fn download(&mut self, query: &str) -> Result<Vec<u8>, JsError> {
        funnel(with_renderer(|r| Ok(app::download(r, query)?)))
    }
}
