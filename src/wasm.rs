//! The only wasm-bindgen and DOM code: one opaque handle per widget. Every [`Crossroads`]
//! handle of the page's one wasm instance draws through a shared chart renderer (the
//! views' `Renderer` over the embedded [`Dataset`], parsed once, with its caches); each
//! exported method converts its JavaScript inputs (a request query string, clamped sizes),
//! calls one core function and sends every failure through [`funnel`] into a `JsError`
//! with a message naming the bad input. A panic hook keeps the message of any remaining
//! panic for the page ([`take_panic`]): the widget whose call panicked shows it and drops
//! its handle, the renderer it was using is retired, and the other widgets carry on. Drawing goes to
//! a canvas the page hands in (never looked up by id, so it works inside a shadow root)
//! through [`MeasuredCanvas`], which wraps plotters-canvas's `CanvasBackend`. The backing store gets
//! `devicePixelRatio` times the CSS size and the chart draws at that resolution with a
//! [`Theme`] of the same scale, so lines and text are sharp on HiDPI screens. Text is
//! measured by the canvas itself (`measureText`) rather than by plotters' default of DOM
//! spans with inline styles (which a strict CSP blocks and which force reflows); the widths
//! are kept ([`TextWidths`]) and a font is set only when it changes, since setting the
//! font and measuring took about a third of a slider's redraw while most texts recur.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use std::sync::{Mutex, Once};

use plotters::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::chart::{style, ChartError, Lang, PlotFrame, Renderer, ScenarioB, Theme, ViewRequest};
use crate::data::{DataError, Dataset};
use crate::scenario::{
    embedded_data, Clamp, Note, ParamTable, Preset, Scenario, ScenarioError, StreamShortfall, VIEWS,
};

/// Everything that can go wrong behind the handle.
#[derive(Debug)]
enum WasmError {
    Data(DataError),
    Chart(ChartError),
    Scenario(ScenarioError),
    Canvas(String),
}

impl fmt::Display for WasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WasmError::Data(e) => write!(f, "crossroads: {e}"),
            WasmError::Chart(e) => write!(f, "crossroads: {e}"),
            WasmError::Scenario(e) => write!(f, "crossroads: {e}"),
            WasmError::Canvas(msg) => write!(f, "crossroads: {msg}"),
        }
    }
}

impl From<DataError> for WasmError {
    fn from(e: DataError) -> Self {
        WasmError::Data(e)
    }
}

impl From<ScenarioError> for WasmError {
    fn from(e: ScenarioError) -> Self {
        WasmError::Scenario(e)
    }
}

impl From<ChartError> for WasmError {
    fn from(e: ChartError) -> Self {
        WasmError::Chart(e)
    }
}

/// The one place errors cross into JavaScript.
fn funnel<T>(result: Result<T, WasmError>) -> Result<T, JsError> {
    result.map_err(|e| JsError::new(&e.to_string()))
}

mod bands;
mod canvas;
use canvas::device_pixels;
pub use canvas::MeasuredCanvas;

/// TypeScript declarations of what the methods hand the page (wasm-pack writes them to
/// `www/pkg/crossroads_core.d.ts` with the methods typed by `unchecked_return_type`);
/// field names are the serde names of the structs they describe.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A value clamped into its lever's range. */
export interface Clamp { key: string; given: string; used: number; min: number; max: number; unit: string }
/** A lever that does nothing as set, and why (English; `why_ru` when the core words it). */
export interface Note { key: string; given: string; why: string; why_ru: string; implicit: boolean }
/** People a linked stream could not move (thousands), by lever key and direction (ISO3). */
export interface StreamShortfall { key: string; from: string; to: string; people: number }
/** The answer to `draw`. */
export interface Drawn {
  plot: { left: number; top: number; right: number; bottom: number; x0: number; x1: number };
  title: string; description: string; query: string;
  clamps: Clamp[]; notes: Note[]; shortfalls: StreamShortfall[];
}
/** The answer to `parse`: canonical query, every value by key, clamps, retired keys. */
export interface Parsed { query: string; values: Record<string, unknown>; clamps: Clamp[]; retired: Note[] }
export interface CountryOption { iso3: string; name_en: string; name_ru: string }
/** A story of the briefs: its preset's id, the question, the answer in one sentence, the query. */
export interface StoryOption { id: string; question: string; caption: string; query: string }
export interface PresetOption { id: string; name: string; name_ru: string; query: string; note: string }
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
export interface SourceList { datasets: DatasetEntry[]; citations: Citation[] }
/** The values of a view at one year, each `[label with unit, value]`, and as a sentence. */
export interface Readout { year: number; items: [string, string][]; text: string }
export interface AssumptionText { key: string; group: string; title: string; value: string; reason: string; source: string }
"#;

/// The plot box of a drawn chart in CSS pixels of the canvas (for hit tests and tests).
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, Serialize)]
pub struct PlotBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    /// Data x (years for the views over time) at `left` and at `right`.
    pub x0: f64,
    pub x1: f64,
}

impl PlotBox {
    /// The frame's box divided back into CSS pixels.
    fn css(f: PlotFrame, theme: &Theme) -> PlotBox {
        let css = |px: i32| f64::from(px) / theme.scale();
        PlotBox {
            left: css(f.left),
            top: css(f.top),
            right: css(f.right),
            bottom: css(f.bottom),
            x0: f.x_range.0,
            x1: f.x_range.1,
        }
    }
}

/// A preset as the page's selector lists it.
#[derive(Serialize)]
struct PresetOption<'a> {
    id: &'a str,
    name: &'a str,
    name_ru: String,
    query: &'a str,
    note: &'a str,
}

/// A story as the widget lists it, in one language.
#[derive(Serialize)]
struct StoryOption<'a> {
    id: &'a str,
    question: &'a str,
    caption: &'a str,
    query: &'a str,
}

/// A country as the page's selector lists it.
#[derive(Serialize)]
struct CountryOption<'a> {
    iso3: &'a str,
    name_en: &'a str,
    name_ru: &'a str,
}

/// Every value of a request, view-level keys beside the scenario's levers, as the
/// parameter table names them.
#[derive(Serialize)]
struct Values<'a> {
    view: &'static str,
    lang: &'static str,
    year: i32,
    presets: &'static str,
    /// A preset id, or scenario B's own query string.
    b: String,
    #[serde(flatten)]
    scenario: &'a Scenario,
}

impl<'a> Values<'a> {
    fn of(req: &'a ViewRequest, table: &ParamTable) -> Values<'a> {
        Values {
            view: req.view.code(),
            lang: req.lang.code(),
            year: req.year,
            presets: req.overlay.code(),
            b: match &req.b {
                ScenarioB::Preset(id) => id.clone(),
                ScenarioB::Query(s) => s.write_query(table),
            },
            scenario: &req.scenario,
        }
    }
}

/// The answer to a parse: canonical query, every value, the clamps applied, and a note for
/// each retired key the request held (read as absent; the canonical query drops it).
#[derive(Serialize)]
struct Parsed<'a> {
    query: String,
    values: Values<'a>,
    clamps: &'a [Clamp],
    retired: Vec<Note>,
}

/// The answer to a draw: where the plot is, its title and text alternative, the canonical
/// query, what was clamped, the levers that have no effect as set, and the linked streams
/// that could not move everyone asked for.
#[derive(Serialize)]
struct Drawn<'a> {
    plot: PlotBox,
    title: &'a str,
    description: &'a str,
    query: &'a str,
    clamps: &'a [Clamp],
    notes: Vec<Note>,
    shortfalls: Vec<StreamShortfall>,
}

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
            .map_err(|_| WasmError::Canvas("the renderer pool is in use".into()))?;
        if let Some(r) = pool.iter().find(|r| r.try_borrow_mut().is_ok()) {
            return Ok(Rc::clone(r));
        }
        let r = Rc::new(RefCell::new(Renderer::new(embedded_data()?)?));
        pool.push(Rc::clone(&r));
        Ok(r)
    })?;
    let mut renderer = shared
        .try_borrow_mut()
        .map_err(|_| WasmError::Canvas("the renderer is in use".into()))?;
    f(&mut renderer)
}

/// The views the widget can show, in order.
#[wasm_bindgen]
pub fn views() -> Vec<String> {
    VIEWS.iter().map(|v| v.to_string()).collect()
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

fn to_js<T: Serialize + ?Sized>(v: &T, what: &str) -> Result<JsValue, WasmError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| WasmError::Canvas(format!("could not hand {what} to the page: {e}")))
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
        let list: Vec<CountryOption<'_>> = self
            .data
            .country_infos()
            .map(|c| CountryOption {
                iso3: &c.iso3,
                name_en: &c.name_en,
                name_ru: &c.name_ru,
            })
            .collect();
        funnel(to_js(&list, "the countries"))
    }

    /// The parameter table: one row per slider (key, group, label, unit, min, max, step,
    /// decimals, default, choices, source, help, and the Russian texts where present).
    #[wasm_bindgen(unchecked_return_type = "ParamTable")]
    pub fn params(&self) -> Result<JsValue, JsError> {
        funnel(with_renderer(|r| to_js(r.table(), "the parameter table")))
    }

    /// The presets: `[{id, name, name_ru, query, note}]`.
    #[wasm_bindgen(unchecked_return_type = "PresetOption[]")]
    pub fn presets(&mut self) -> Result<JsValue, JsError> {
        funnel(with_renderer(|r| {
            let list: Vec<Preset> = r.presets()?.to_vec();
            let mut out = Vec::with_capacity(list.len());
            for p in &list {
                let (_, name_ru) = r.preset_in(p.id, "RUS", Lang::Ru)?;
                out.push(PresetOption {
                    id: p.id,
                    name: &p.name,
                    name_ru,
                    query: &p.query,
                    note: &p.note,
                });
            }
            to_js(&out, "the presets")
        }))
    }

    /// The briefs' stories in `lang` (`en` or `ru`; anything else reads as English), in the
    /// order the widget lists them: `[{id, question, caption, query}]`.
    #[wasm_bindgen(unchecked_return_type = "StoryOption[]")]
    pub fn stories(&mut self, lang: Option<String>) -> Result<JsValue, JsError> {
        let lang = lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::En);
        funnel(with_renderer(|r| {
            let list: Vec<StoryOption<'_>> = r
                .stories()?
                .iter()
                .map(|s| {
                    let (question, caption) = s.in_lang(lang.code());
                    StoryOption {
                        id: s.id,
                        question,
                        caption,
                        query: &s.query,
                    }
                })
                .collect();
            to_js(&list, "the stories")
        }))
    }

    /// The widget's fixed words in `lang` (`en` or `ru`; anything else reads as English):
    /// the catalogs' `ui-*` messages by key, placeables `{ $name }` left for the page to fill.
    #[wasm_bindgen(unchecked_return_type = "Record<string, string>")]
    pub fn words(&self, lang: Option<String>) -> Result<JsValue, JsError> {
        let lang = lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::En);
        let words: std::collections::BTreeMap<&str, &str> =
            crate::i18n::messages(lang.code(), "ui-")
                .into_iter()
                .collect();
        funnel(to_js(&words, "the words"))
    }

    /// Every embedded dataset with its source note, and every transcribed figure's citation,
    /// in `lang` (`en` or `ru`; anything else reads as English).
    #[wasm_bindgen(unchecked_return_type = "SourceList")]
    pub fn sources(&self, lang: Option<String>) -> Result<JsValue, JsError> {
        let lang = lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::En);
        funnel(to_js(
            &crate::chart::sources(self.data, lang),
            "the sources",
        ))
    }

    /// The assumptions the scenario of `query` (the widget's request) uses, in its `lang`:
    /// `[{key, group, title, value, reason, source}]`, the same list as
    /// `crossroads --assumptions`.
    #[wasm_bindgen(unchecked_return_type = "AssumptionText[]")]
    pub fn assumptions(&self, query: &str) -> Result<JsValue, JsError> {
        funnel(with_renderer(|r| {
            let req = r.parse(query)?;
            let list = crate::scenario::assumptions(r.data(), r.figures(), &req.scenario);
            let items: Vec<_> = list.iter().map(|a| a.in_lang(req.lang.code())).collect();
            to_js(&items, "the assumptions")
        }))
    }

    /// Reads a request (`view=…&lang=…&year=…&` + the CLI's query string): the canonical
    /// query, every parameter's value and the clamps applied; a clear error otherwise.
    #[wasm_bindgen(unchecked_return_type = "Parsed")]
    pub fn parse(&self, query: &str) -> Result<JsValue, JsError> {
        funnel(with_renderer(|r| {
            let table = r.table();
            let req = r.parse(query)?;
            to_js(
                &Parsed {
                    query: req.to_query(table),
                    values: Values::of(&req, table),
                    clamps: &req.clamps,
                    retired: Scenario::retired_notes(query),
                },
                "the parsed query",
            )
        }))
    }

    /// Draws the view of `query` on `canvas`, laid out in `css_width × css_height` CSS
    /// pixels at `pixel_ratio` device pixels each (sizes and ratio are clamped to what a
    /// chart and a canvas can hold). Returns `{plot, description, query, clamps}`.
    #[wasm_bindgen(unchecked_return_type = "Drawn")]
    pub fn draw(
        &mut self,
        canvas: HtmlCanvasElement,
        query: &str,
        css_width: f64,
        css_height: f64,
        pixel_ratio: f64,
    ) -> Result<JsValue, JsError> {
        funnel(self.draw_request(canvas, query, css_width, css_height, pixel_ratio))
    }

    /// The numbers behind the view of `query` as CSV: `#` lines naming the view, sources and
    /// scenario, then the rows (the same text as `crossroads render --csv`).
    pub fn csv(&mut self, query: &str) -> Result<String, JsError> {
        funnel(self.csv_request(query))
    }

    /// The values of the view of `query` at `year` (the nearest year it has) for the
    /// readout under the pointer, finger or keyboard cursor: `{year, items, text}`, or
    /// `null` for a view without years.
    #[wasm_bindgen(unchecked_return_type = "Readout | null")]
    pub fn readout(&mut self, query: &str, year: i32) -> Result<JsValue, JsError> {
        funnel(with_renderer(|r| {
            let req = r.parse(query)?;
            to_js(&r.readout(&req, year)?, "the readout")
        }))
    }

    /// The numbers behind the view of `query` as a ZIP archive a spreadsheet reader opens
    /// cleanly: `<view>-<country>.csv` (the header is its first row, CRLF line ends) and
    /// `<view>-<country>-about.txt` (title, scenario, sources and notes).
    pub fn download(&mut self, query: &str) -> Result<Vec<u8>, JsError> {
        funnel((|| {
            let csv = self.csv_request(query)?;
            let stem = with_renderer(|r| {
                let req = r.parse(query)?;
                Ok(format!("{}-{}", req.view.code(), req.scenario.country))
            })?;
            let (data, about) = crate::chart::split_csv(&csv);
            let (name, about_name) = (format!("{stem}.csv"), format!("{stem}-about.txt"));
            Ok(crate::chart::zip_stored(&[
                (&name, data.as_bytes()),
                (&about_name, about.as_bytes()),
            ]))
        })())
    }
}

impl Crossroads {
    fn backend(
        canvas: HtmlCanvasElement,
        css_width: f64,
        css_height: f64,
        theme: &Theme,
    ) -> Result<MeasuredCanvas, WasmError> {
        let size = (
            device_pixels(css_width, style::MIN_WIDTH, theme),
            device_pixels(css_height, style::MIN_HEIGHT, theme),
        );
        MeasuredCanvas::new(canvas, size).map_err(WasmError::Canvas)
    }

    fn draw_request(
        &mut self,
        canvas: HtmlCanvasElement,
        query: &str,
        css_width: f64,
        css_height: f64,
        pixel_ratio: f64,
    ) -> Result<JsValue, WasmError> {
        // A request that cannot be read leaves the canvas as it was.
        let req = with_renderer(|r| Ok(r.parse(query)?))?;
        let theme = Theme::new(pixel_ratio);
        let root = Self::backend(canvas, css_width, css_height, &theme)?.into_drawing_area();
        let (out, notes, result) = with_renderer(|r| {
            let out = r.render(&root, &req, &theme)?;
            let notes = Scenario::lever_notes(r.table(), &out.query);
            // Every view but the programme series projects A, so this is the cached run.
            let result = r.project(&req.scenario)?;
            Ok((out, notes, result))
        })?;
        let drawn = to_js(
            &Drawn {
                plot: PlotBox::css(out.frame, &theme),
                title: &out.title,
                description: &out.alt,
                query: &out.query,
                clamps: &out.clamps,
                notes,
                shortfalls: result.shortfall_notes(),
            },
            "the drawing",
        )?;
        Ok(drawn)
    }

    fn csv_request(&mut self, query: &str) -> Result<String, WasmError> {
        with_renderer(|r| {
            let req = r.parse(query)?;
            Ok(r.csv(&req)?)
        })
    }
}
