//! The only wasm-bindgen and DOM code: one opaque handle for the page. [`Crossroads`]
//! holds the parsed embedded [`Dataset`] in wasm memory; each exported method converts its
//! JavaScript inputs (clamping sizes), calls one core function and sends every failure
//! through [`funnel`] into a `JsError` with a message naming the bad input. Drawing goes to
//! a canvas the page hands in (never looked up by id, so it works inside a shadow root)
//! through plotters-canvas. The backing store gets `devicePixelRatio` times the CSS size
//! and the chart draws at that resolution with a [`Theme`] of the same scale, so lines and
//! text are sharp on HiDPI screens. [`MeasuredCanvas`] wraps the plotters-canvas backend so
//! text is measured by the canvas itself (`measureText`) rather than by plotters' default
//! of DOM spans with inline styles (which a strict CSP blocks and which force reflows).

use std::fmt;

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::chart::{self, style, ChartError, PlotFrame, Theme};
use crate::data::{DataError, Dataset};

/// Everything that can go wrong behind the handle.
#[derive(Debug)]
enum WasmError {
    Data(DataError),
    Chart(ChartError),
    Canvas(String),
}

impl fmt::Display for WasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WasmError::Data(e) => write!(f, "crossroads: {e}"),
            WasmError::Chart(e) => write!(f, "crossroads: {e}"),
            WasmError::Canvas(msg) => write!(f, "crossroads: {msg}"),
        }
    }
}

impl From<DataError> for WasmError {
    fn from(e: DataError) -> Self {
        WasmError::Data(e)
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

/// Largest backing store side, device pixels (browsers refuse much larger canvases).
const MAX_DEVICE_PIXELS: f64 = 8192.0;

/// Backing-store pixels for a page-supplied CSS length: NaN and negatives become the
/// minimum, and the result never exceeds [`MAX_DEVICE_PIXELS`].
fn device_pixels(css: f64, min_css: u32, theme: &Theme) -> u32 {
    let css = if css.is_finite() { css } else { 0.0 };
    let px = (css.max(f64::from(min_css)) * theme.scale()).ceil();
    px.clamp(1.0, MAX_DEVICE_PIXELS) as u32
}

/// The plotters-canvas backend with text measured by the canvas's own `measureText`.
pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

/// A canvas failure, as text.
#[derive(Debug)]
pub struct CanvasFailure(String);

impl fmt::Display for CanvasFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for CanvasFailure {}

fn lift<E: std::error::Error + Send + Sync>(
    e: DrawingErrorKind<E>,
) -> DrawingErrorKind<CanvasFailure> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(CanvasFailure(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

fn js_text(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| {
            v.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{v:?}"))
}

impl MeasuredCanvas {
    /// Size `canvas`'s backing store to `size` device pixels (its CSS box is left to the
    /// page's stylesheet) and wrap it.
    pub fn new(canvas: HtmlCanvasElement, size: (u32, u32)) -> Result<MeasuredCanvas, String> {
        canvas.set_width(size.0);
        canvas.set_height(size.1);
        let context = canvas
            .get_context("2d")
            .map_err(|e| format!("the canvas refused a 2d context: {}", js_text(&e)))?
            .ok_or("the canvas has no 2d context (is it already used for WebGL?)")?
            .dyn_into::<CanvasRenderingContext2d>()
            .map_err(|_| "the canvas's 2d context has an unexpected type".to_string())?;
        let inner = CanvasBackend::with_canvas_object(canvas)
            .ok_or("plotters could not use the canvas's 2d context")?;
        Ok(MeasuredCanvas { inner, context })
    }
}

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = CanvasFailure;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.ensure_prepared().map_err(lift)
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.present().map_err(lift)
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.draw_pixel(point, color).map_err(lift)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.draw_line(from, to, style).map_err(lift)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner
            .draw_rect(upper_left, bottom_right, style, fill)
            .map_err(lift)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.draw_path(path, style).map_err(lift)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner
            .draw_circle(center, radius, style, fill)
            .map_err(lift)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.fill_polygon(vert, style).map_err(lift)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.inner.draw_text(text, style, pos).map_err(lift)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasFailure>> {
        // The same font string plotters-canvas draws with.
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        let metrics = self.context.measure_text(text).map_err(|e| {
            DrawingErrorKind::DrawingError(CanvasFailure(format!(
                "could not measure text: {}",
                js_text(&e)
            )))
        })?;
        Ok((metrics.width().ceil() as u32, style.size().ceil() as u32))
    }
}

/// The plot box of a drawn chart in CSS pixels of the canvas (for hit tests and tests).
#[wasm_bindgen]
#[derive(Clone, Copy, Debug)]
pub struct PlotBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
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
        }
    }
}

/// A country as the page's selector lists it.
#[derive(Serialize)]
struct CountryOption<'a> {
    iso3: &'a str,
    name_en: &'a str,
    name_ru: &'a str,
}

/// The widget's state in wasm memory: the embedded data, parsed once.
#[wasm_bindgen]
pub struct Crossroads {
    data: Dataset,
}

#[wasm_bindgen]
impl Crossroads {
    /// Parse the embedded data. Installs the panic hook so any bug reports to the console.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Crossroads, JsError> {
        console_error_panic_hook::set_once();
        funnel(
            Dataset::embedded()
                .map(|data| Crossroads { data })
                .map_err(WasmError::from),
        )
    }

    /// The focus countries, in order: `[{iso3, name_en, name_ru}, …]`.
    pub fn countries(&self) -> Result<JsValue, JsError> {
        let list: Vec<CountryOption<'_>> = self
            .data
            .countries
            .iter()
            .map(|c| CountryOption {
                iso3: &c.info.iso3,
                name_en: &c.info.name_en,
                name_ru: &c.info.name_ru,
            })
            .collect();
        funnel(
            serde_wasm_bindgen::to_value(&list)
                .map_err(|e| WasmError::Canvas(format!("could not list countries: {e}"))),
        )
    }

    /// Draw the population view of `country` (ISO3 or M49 code) on `canvas`, laid out in
    /// `css_width × css_height` CSS pixels at `pixel_ratio` device pixels each. Sizes and
    /// ratio are clamped to what a chart and a canvas can hold.
    #[wasm_bindgen(js_name = drawPopulation)]
    pub fn draw_population(
        &self,
        canvas: HtmlCanvasElement,
        country: &str,
        css_width: f64,
        css_height: f64,
        pixel_ratio: f64,
    ) -> Result<PlotBox, JsError> {
        funnel(self.population(canvas, country, css_width, css_height, pixel_ratio))
    }

    /// A one-sentence text equivalent of the population view of `country`.
    #[wasm_bindgen(js_name = describePopulation)]
    pub fn describe_population(&self, country: &str) -> Result<String, JsError> {
        funnel(
            self.data
                .require_country(country)
                .map_err(WasmError::from)
                .and_then(|c| chart::population_description(c).map_err(WasmError::from)),
        )
    }
}

impl Crossroads {
    fn population(
        &self,
        canvas: HtmlCanvasElement,
        country: &str,
        css_width: f64,
        css_height: f64,
        pixel_ratio: f64,
    ) -> Result<PlotBox, WasmError> {
        let country = self.data.require_country(country)?;
        let theme = Theme::new(pixel_ratio);
        let size = (
            device_pixels(css_width, style::MIN_WIDTH, &theme),
            device_pixels(css_height, style::MIN_HEIGHT, &theme),
        );
        let backend = MeasuredCanvas::new(canvas, size).map_err(WasmError::Canvas)?;
        let root = backend.into_drawing_area();
        let frame = chart::population(&root, country, &theme)?;
        Ok(PlotBox::css(frame, &theme))
    }
}
