//! The canvas backend of the adapter: plotters draws to a page-supplied canvas through
//! [`MeasuredCanvas`], which wraps plotters-canvas's `CanvasBackend` and measures text with the
//! canvas itself (`measureText`), keeping the widths ([`TextWidths`]) and setting a font only
//! when it changes.

use std::cell::RefCell;
use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::chart::Theme;

/// Largest backing store side, device pixels (browsers refuse much larger canvases).
const MAX_DEVICE_PIXELS: f64 = 8192.0;

/// Backing-store pixels for a page-supplied CSS length: NaN and negatives become the
/// minimum, and the result never exceeds [`MAX_DEVICE_PIXELS`].
pub(super) fn device_pixels(css: f64, min_css: u32, theme: &Theme) -> u32 {
    let css = if css.is_finite() { css } else { 0.0 };
    let px = (css.max(f64::from(min_css)) * theme.scale()).ceil();
    crate::num::clamp(px, 1.0, MAX_DEVICE_PIXELS) as u32
}

/// A plotters backend on a canvas: lines, areas and markers go to plotters-canvas's
/// `CanvasBackend`; text is drawn and measured here, by the canvas itself (`measureText`),
/// with widths kept and the font set only when it changes.
pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// The font last set on the context (`None`: the context's default): the canvas parses
    /// and resolves a font it is given again even when it is the current one.
    font: RefCell<Option<String>>,
    /// Text baseline and alignment last set ("": the context's defaults).
    baseline: &'static str,
    align: &'static str,
}

/// Text widths measured on the page's canvases, by font and text: the same text in the same
/// font measures the same on every canvas of the page. Emptied when it holds
/// [`TextWidths::MAX`] texts (each redraw measures a few dozen, most of them recurring).
/// A sorted list searched by halving: less code in the wasm than a hash map.
#[derive(Default)]
struct TextWidths {
    /// (font, text, width in backend pixels), sorted by font and text.
    widths: Vec<(String, String, u32)>,
}

impl TextWidths {
    const MAX: usize = 2048;

    fn find(&self, font: &str, text: &str) -> Result<usize, usize> {
        self.widths
            .binary_search_by(|(f, t, _)| (f.as_str(), t.as_str()).cmp(&(font, text)))
    }

    fn get(&self, font: &str, text: &str) -> Option<u32> {
        let i = self.find(font, text).ok()?;
        self.widths.get(i).map(|(_, _, w)| *w)
    }

    fn put(&mut self, font: String, text: &str, width: u32) {
        if self.widths.len() >= Self::MAX {
            self.widths.clear();
        }
        if let Err(i) = self.find(&font, text) {
            self.widths.insert(i, (font, text.to_string(), width));
        }
    }
}

thread_local! {
    static TEXT_WIDTHS: RefCell<TextWidths> = RefCell::new(TextWidths::default());
}

/// A canvas failure, as text.
#[derive(Debug)]
pub struct CanvasFailure(pub(super) String);

impl fmt::Display for CanvasFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for CanvasFailure {}

fn js_text(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| {
            v.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{v:?}"))
}

fn canvas_error(what: &str, e: &JsValue) -> DrawingErrorKind<CanvasFailure> {
    DrawingErrorKind::DrawingError(CanvasFailure(format!("{what}: {}", js_text(e))))
}

/// A CSS colour, `rgba(r,g,b,a)`.
fn css_color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("rgba({r},{g},{b},{})", crate::num::shortest(c.alpha))
}

/// A CSS font, `style sizepx family`.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        crate::num::shortest(style.size()),
        style.family().as_str()
    )
}

impl MeasuredCanvas {
    /// Size `canvas`'s backing store to `size` device pixels (its CSS box is left to the
    /// page's stylesheet) and wrap it.
    pub fn new(canvas: HtmlCanvasElement, size: (u32, u32)) -> Result<MeasuredCanvas, String> {
        // At the size of the last drawing the bitmap and the context are kept: resizing
        // resets the context, which then resolves its fonts again (about a fifth of a
        // slider's redraw). Every chart paints its background over the whole area first.
        let same = canvas.width() == size.0 && canvas.height() == size.1;
        if !same {
            canvas.set_width(size.0);
            canvas.set_height(size.1);
        }
        let context = canvas
            .get_context("2d")
            .map_err(|e| format!("the canvas refused a 2d context: {}", js_text(&e)))?
            .ok_or("the canvas has no 2d context (is it already used for WebGL?)")?
            .dyn_into::<CanvasRenderingContext2d>()
            .map_err(|_| "the canvas's 2d context has an unexpected type".to_string())?;
        if same {
            context
                .set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
                .map_err(|e| format!("the canvas refused a transform reset: {}", js_text(&e)))?;
            context.clear_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
        }
        let inner = CanvasBackend::with_canvas_object(canvas)
            .ok_or("plotters-canvas could not use the canvas (no 2d context?)")?;
        Ok(MeasuredCanvas {
            inner,
            context,
            font: RefCell::new(None),
            baseline: "",
            align: "",
        })
    }

    /// Sets the context's font unless it is already the one set last.
    fn use_font(&self, font: &str) {
        let same = self
            .font
            .try_borrow()
            .is_ok_and(|f| f.as_deref() == Some(font));
        if !same {
            self.context.set_font(font);
            if let Ok(mut f) = self.font.try_borrow_mut() {
                *f = Some(font.to_string());
            }
        }
    }

    fn fill_style(&self, color: BackendColor) {
        self.context.set_fill_style_str(&css_color(color));
    }
}

/// plotters-canvas's error, as this backend's.
fn lift(
    e: DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>,
) -> DrawingErrorKind<CanvasFailure> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(CanvasFailure(format!("canvas: {e}")))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
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
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        if quarter_turns != 0.0 {
            self.context.save();
            self.context
                .translate(x, y)
                .map_err(|e| canvas_error("could not place text", &e))?;
            self.context
                .rotate(quarter_turns * 90.0 / 180.0 * std::f64::consts::PI)
                .map_err(|e| canvas_error("could not turn text", &e))?;
            (x, y) = (0.0, 0.0);
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        let font = css_font(style);
        self.fill_style(color);
        if quarter_turns != 0.0 {
            // Inside save/restore: the state kept here is the one restored after.
            self.context.set_text_baseline(baseline);
            self.context.set_text_align(align);
            self.context.set_font(&font);
        } else {
            if self.baseline != baseline {
                self.context.set_text_baseline(baseline);
                self.baseline = baseline;
            }
            if self.align != align {
                self.context.set_text_align(align);
                self.align = align;
            }
            self.use_font(&font);
        }
        let drawn = self
            .context
            .fill_text(text, x, y)
            .map_err(|e| canvas_error("could not draw text", &e));
        if quarter_turns != 0.0 {
            self.context.restore(); // also after a failure: the context outlives this drawing
        }
        drawn
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasFailure>> {
        let font = css_font(style);
        let height = style.size().ceil() as u32;
        let known = TEXT_WIDTHS.with(|w| w.try_borrow().ok().and_then(|w| w.get(&font, text)));
        if let Some(width) = known {
            return Ok((width, height));
        }
        self.use_font(&font);
        let metrics = self
            .context
            .measure_text(text)
            .map_err(|e| canvas_error("could not measure text", &e))?;
        let width = metrics.width().ceil() as u32;
        TEXT_WIDTHS.with(|w| {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.put(font, text, width);
            }
        });
        Ok((width, height))
    }
}
