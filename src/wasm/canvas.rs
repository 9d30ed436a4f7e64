//! The canvas backend of the adapter: plotters draws to a page-supplied canvas through
//! [`MeasuredCanvas`], a plotters backend that talks to the canvas's 2d context itself:
//! - few calls: consecutive strokes with the same pen (colour and width) become one path,
//!   as do consecutive fills of rectangles and circles of one colour; a path is handed over
//!   as one SVG path string (`new Path2D(d)`, then one `stroke` or `fill`) rather than a
//!   call per point; fill and stroke styles, line width, font, alignment and baseline are
//!   set only when they change;
//! - layers: until a view marks the end of its static layer ([`crate::chart::layer`]) the
//!   drawing operations are recorded, not drawn. When they equal the last drawing's on the
//!   same canvas at the same size, that drawing's bitmap (kept in a detached canvas) is
//!   copied in with one `drawImage`; otherwise they are drawn and a copy of the canvas is
//!   kept as the layer's bitmap. What follows the mark (the scenario) is drawn straight onto
//!   the page's canvas. Equal
//!   operations on an equal canvas give equal pixels, so a kept layer is what drawing it
//!   again would give (the browser test checks it pixel for pixel). A view without the mark
//!   is drawn whole when it presents;
//! - text is measured by the canvas itself (`measureText`), widths kept ([`TextWidths`]).

use std::cell::RefCell;
use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

use crate::chart::{layer, Theme};

/// Largest backing store side, device pixels (browsers refuse much larger canvases).
const MAX_DEVICE_PIXELS: f64 = 8192.0;

/// Backing-store pixels for a page-supplied CSS length: NaN and negatives become the
/// minimum, and the result never exceeds [`MAX_DEVICE_PIXELS`].
pub(super) fn device_pixels(css: f64, min_css: u32, theme: &Theme) -> u32 {
    let css = if css.is_finite() { css } else { 0.0 };
    let px = (css.max(f64::from(min_css)) * theme.scale()).ceil();
    crate::num::clamp(px, 1.0, MAX_DEVICE_PIXELS) as u32
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
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasFailure {}

fn js_text(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| {
            v.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "an unexpected value was thrown".to_string())
}

type Failure = DrawingErrorKind<CanvasFailure>;

fn canvas_error(what: &str, e: &JsValue) -> Failure {
    DrawingErrorKind::DrawingError(CanvasFailure(format!("{what}: {}", js_text(e))))
}

/// A colour as drawn: red, green, blue and opacity.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Rgba {
    rgb: (u8, u8, u8),
    alpha: f64,
}

impl From<BackendColor> for Rgba {
    fn from(c: BackendColor) -> Rgba {
        Rgba {
            rgb: c.rgb,
            alpha: c.alpha,
        }
    }
}

/// A CSS colour, `rgba(r,g,b,a)`.
fn css_color(c: Rgba) -> String {
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

/// A stroke's colour and width (backend pixels).
#[derive(Clone, Copy, PartialEq, Debug)]
struct Pen {
    color: Rgba,
    width: u32,
}

/// A point in half backend pixels (a horizontal or vertical line is drawn half a pixel up
/// or left so that a one-pixel line covers whole pixels, as plotters-canvas did).
type Half = (i32, i32);

fn half(p: BackendCoord) -> Half {
    (p.0.saturating_mul(2), p.1.saturating_mul(2))
}

/// One drawing operation, as recorded for the static layer.
#[derive(Clone, PartialEq, Debug)]
enum Op {
    Stroke {
        pen: Pen,
        points: Vec<Half>,
    },
    StrokeRect {
        pen: Pen,
        from: Half,
        to: Half,
    },
    StrokeCircle {
        pen: Pen,
        center: Half,
        radius: i32,
    },
    FillRect {
        color: Rgba,
        from: Half,
        to: Half,
    },
    FillCircle {
        color: Rgba,
        center: Half,
        radius: i32,
    },
    Polygon {
        color: Rgba,
        points: Vec<Half>,
    },
    Text(Box<Text>),
}

#[derive(Clone, PartialEq, Debug)]
struct Text {
    text: String,
    font: String,
    color: Rgba,
    quarter_turns: u8,
    baseline: &'static str,
    align: &'static str,
    pos: BackendCoord,
}

/// What ends the path being gathered: a stroke with a pen, or a fill with a colour.
#[derive(Clone, Copy, PartialEq)]
enum Batch {
    Stroke(Pen),
    Fill(Rgba),
}

/// Writes `v` half pixels as a number of pixels (`7` → `3.5`).
fn push_half(d: &mut String, v: i32) {
    if v < 0 {
        d.push('-');
    }
    let a = v.unsigned_abs();
    push_digits(d, a / 2);
    if a % 2 == 1 {
        d.push_str(".5");
    }
}

fn push_digits(d: &mut String, mut n: u32) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        d.push(char::from(b));
    }
}

fn push_point(d: &mut String, cmd: char, p: Half) {
    d.push(cmd);
    push_half(d, p.0);
    d.push(' ');
    push_half(d, p.1);
}

/// A closed rectangle between two corners, always drawn the same way round (so rectangles
/// filled as one path add up instead of cancelling).
fn push_rect(d: &mut String, a: Half, b: Half) {
    let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
    let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
    push_point(d, 'M', (x0, y0));
    push_point(d, 'L', (x1, y0));
    push_point(d, 'L', (x1, y1));
    push_point(d, 'L', (x0, y1));
    d.push('Z');
}

/// A closed circle, two half-arcs always drawn the same way round.
fn push_circle(d: &mut String, c: Half, radius: i32) {
    let r = radius.saturating_mul(2);
    push_point(d, 'M', (c.0.saturating_add(r), c.1));
    for x in [c.0.saturating_sub(r), c.0.saturating_add(r)] {
        d.push('A');
        push_half(d, r);
        d.push(' ');
        push_half(d, r);
        d.push_str(" 0 1 0 ");
        push_half(d, x);
        d.push(' ');
        push_half(d, c.1);
    }
    d.push('Z');
}

/// Draws operations on one 2d context with as few calls as it can: the context's state as
/// last set (`None` or "": not known, set on first use) and the path being gathered.
struct Painter {
    context: CanvasRenderingContext2d,
    fill: Option<Rgba>,
    stroke: Option<Rgba>,
    width: Option<u32>,
    /// The font last set on the context: the canvas parses and resolves a font it is
    /// given again even when it is the current one.
    font: RefCell<Option<String>>,
    baseline: &'static str,
    align: &'static str,
    batch: Option<Batch>,
    /// The gathered path's SVG data, and where its pen stands (half pixels).
    path: String,
    at: Option<Half>,
}

impl Painter {
    fn new(context: CanvasRenderingContext2d) -> Painter {
        Painter {
            context,
            fill: None,
            stroke: None,
            width: None,
            font: RefCell::new(None),
            baseline: "",
            align: "",
            batch: None,
            path: String::new(),
            at: None,
        }
    }

    fn use_fill(&mut self, c: Rgba) {
        if self.fill != Some(c) {
            self.context.set_fill_style_str(&css_color(c));
            self.fill = Some(c);
        }
    }

    fn use_pen(&mut self, pen: Pen) {
        if self.stroke != Some(pen.color) {
            self.context.set_stroke_style_str(&css_color(pen.color));
            self.stroke = Some(pen.color);
        }
        if self.width != Some(pen.width) {
            self.context.set_line_width(f64::from(pen.width));
            self.width = Some(pen.width);
        }
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

    /// Continues the gathered path when it ends the same way, else draws it and starts one.
    fn gather(&mut self, batch: Batch) -> Result<(), Failure> {
        if self.batch != Some(batch) {
            self.flush()?;
            self.batch = Some(batch);
        }
        Ok(())
    }

    /// Draws the gathered path.
    fn flush(&mut self) -> Result<(), Failure> {
        let Some(batch) = self.batch.take() else {
            return Ok(());
        };
        self.at = None;
        if self.path.is_empty() {
            return Ok(());
        }
        let path = Path2d::new_with_path_string(&self.path)
            .map_err(|e| canvas_error("the canvas refused a path", &e));
        self.path.clear();
        let path = path?;
        match batch {
            Batch::Stroke(pen) => {
                self.use_pen(pen);
                self.context.stroke_with_path(&path);
            }
            Batch::Fill(c) => {
                self.use_fill(c);
                self.context.fill_with_path_2d(&path);
            }
        }
        Ok(())
    }

    fn play(&mut self, op: &Op) -> Result<(), Failure> {
        match op {
            Op::Stroke { pen, points } => {
                self.gather(Batch::Stroke(*pen))?;
                for (i, &p) in points.iter().enumerate() {
                    if i > 0 {
                        push_point(&mut self.path, 'L', p);
                    } else if self.at != Some(p) {
                        push_point(&mut self.path, 'M', p);
                    }
                }
                self.at = points.last().copied();
            }
            Op::StrokeRect { pen, from, to } => {
                self.gather(Batch::Stroke(*pen))?;
                push_rect(&mut self.path, *from, *to);
                self.at = None;
            }
            Op::StrokeCircle {
                pen,
                center,
                radius,
            } => {
                self.gather(Batch::Stroke(*pen))?;
                push_circle(&mut self.path, *center, *radius);
                self.at = None;
            }
            Op::FillRect { color, from, to } => {
                self.gather(Batch::Fill(*color))?;
                push_rect(&mut self.path, *from, *to);
            }
            Op::FillCircle {
                color,
                center,
                radius,
            } => {
                self.gather(Batch::Fill(*color))?;
                push_circle(&mut self.path, *center, *radius);
            }
            Op::Polygon { color, points } => {
                // Alone: polygons of one colour filled as one path could cancel out where
                // they overlap the other way round.
                self.flush()?;
                self.gather(Batch::Fill(*color))?;
                for (i, &p) in points.iter().enumerate() {
                    push_point(&mut self.path, if i == 0 { 'M' } else { 'L' }, p);
                }
                self.path.push('Z');
                self.flush()?;
            }
            Op::Text(t) => {
                self.flush()?;
                self.text(t)?;
            }
        }
        Ok(())
    }

    fn text(&mut self, t: &Text) -> Result<(), Failure> {
        self.use_fill(t.color);
        let (x, y) = (f64::from(t.pos.0), f64::from(t.pos.1));
        if t.quarter_turns == 0 {
            if self.baseline != t.baseline {
                self.context.set_text_baseline(t.baseline);
                self.baseline = t.baseline;
            }
            if self.align != t.align {
                self.context.set_text_align(t.align);
                self.align = t.align;
            }
            self.use_font(&t.font);
            return self
                .context
                .fill_text(&t.text, x, y)
                .map_err(|e| canvas_error("could not draw text", &e));
        }
        // Inside save/restore: the state kept here is the one restored after.
        self.context.save();
        let drawn = self
            .context
            .translate(x, y)
            .map_err(|e| canvas_error("could not place text", &e))
            .and_then(|()| {
                self.context
                    .rotate(f64::from(t.quarter_turns) * std::f64::consts::FRAC_PI_2)
                    .map_err(|e| canvas_error("could not turn text", &e))
            })
            .and_then(|()| {
                self.context.set_text_baseline(t.baseline);
                self.context.set_text_align(t.align);
                self.context.set_font(&t.font);
                self.context
                    .fill_text(&t.text, 0.0, 0.0)
                    .map_err(|e| canvas_error("could not draw text", &e))
            });
        self.context.restore(); // also after a failure: the context outlives this drawing
        drawn
    }
}

/// A static layer kept for one page canvas: its operations and its pixels.
struct Layer {
    /// The page's canvas it belongs to.
    canvas: HtmlCanvasElement,
    /// A detached canvas holding the layer's pixels, and its context.
    bitmap: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    ops: Vec<Op>,
}

/// Layers kept, most recently used first: one per widget of a page, up to this many.
const LAYERS_KEPT: usize = 4;

thread_local! {
    static LAYERS: RefCell<Vec<Layer>> = const { RefCell::new(Vec::new()) };
    /// The font each page canvas was left with: (canvas, the font as set, the font as the
    /// context reads it back). Setting a font costs a style resolution of the page (about
    /// half a millisecond of a slider's redraw here); a canvas whose context still reads
    /// back the same font (not reset by a resize or set by the page since) is not given it
    /// again.
    static FONTS: RefCell<Vec<(HtmlCanvasElement, String, String)>> = const { RefCell::new(Vec::new()) };
}

/// The font `canvas`'s context still has from the last drawing, if it has.
fn font_left(canvas: &HtmlCanvasElement, context: &CanvasRenderingContext2d) -> Option<String> {
    let (set, read) = FONTS.with(|f| {
        let f = f.try_borrow().ok()?;
        let (_, set, read) = f.iter().find(|(c, _, _)| c == canvas)?;
        Some((set.clone(), read.clone()))
    })?;
    (context.font() == read).then_some(set)
}

/// Remembers the font `canvas`'s context is left with.
fn leave_font(canvas: &HtmlCanvasElement, context: &CanvasRenderingContext2d, font: String) {
    let read = context.font();
    FONTS.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            f.retain(|(c, _, _)| c != canvas);
            f.insert(0, (canvas.clone(), font, read));
            f.truncate(LAYERS_KEPT);
        }
    });
}

fn context_of(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    canvas
        .get_context("2d")
        .map_err(|e| format!("the canvas refused a 2d context: {}", js_text(&e)))?
        .ok_or("the canvas has no 2d context (is it already used for WebGL?)")?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(|_| "the canvas's 2d context has an unexpected type".to_string())
}

/// A new detached canvas for a layer, or `None` where there is no document.
fn new_layer(canvas: &HtmlCanvasElement) -> Option<Layer> {
    let bitmap = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    let context = context_of(&bitmap).ok()?;
    Some(Layer {
        canvas: canvas.clone(),
        bitmap,
        context,
        ops: Vec::new(),
    })
}

/// A plotters backend on a canvas (see the module's introduction).
pub struct MeasuredCanvas {
    canvas: HtmlCanvasElement,
    size: (u32, u32),
    painter: Painter,
    /// The static layer's operations until its end is marked (`None` after: operations are
    /// drawn as they come).
    recording: Option<Vec<Op>>,
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
        let context = context_of(&canvas)?;
        if same {
            context
                .set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
                .map_err(|e| format!("the canvas refused a transform reset: {}", js_text(&e)))?;
            context.clear_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
        }
        let painter = Painter::new(context);
        if same {
            *painter.font.borrow_mut() = font_left(&canvas, &painter.context);
        }
        Ok(MeasuredCanvas {
            canvas,
            size,
            painter,
            recording: Some(Vec::new()),
        })
    }

    /// Draws `op` now, or records it while the static layer lasts.
    fn put(&mut self, op: Op) -> Result<(), Failure> {
        match &mut self.recording {
            Some(ops) => {
                ops.push(op);
                Ok(())
            }
            None => self.painter.play(&op),
        }
    }

    /// The static layer is complete: copy in its kept bitmap when its operations are the
    /// last drawing's; else draw them and keep a copy of what they drew (drawn on the page's
    /// canvas, whose fonts are resolved already, not on the detached one).
    fn end_static_layer(&mut self) -> Result<(), Failure> {
        let Some(ops) = self.recording.take() else {
            return Ok(());
        };
        let size = self.size;
        let kept = LAYERS.with(|layers| {
            let layers = layers.try_borrow().ok()?;
            let l = layers.iter().find(|l| l.canvas == self.canvas)?;
            let same = (l.bitmap.width(), l.bitmap.height()) == size && l.ops == ops;
            same.then(|| l.bitmap.clone())
        });
        self.painter.flush()?;
        if let Some(bitmap) = kept {
            return self
                .painter
                .context
                .draw_image_with_html_canvas_element(&bitmap, 0.0, 0.0)
                .map_err(|e| canvas_error("could not copy the chart's static layer in", &e));
        }
        for op in &ops {
            self.painter.play(op)?;
        }
        self.painter.flush()?;
        LAYERS.with(|layers| {
            let Ok(mut layers) = layers.try_borrow_mut() else {
                return Ok(());
            };
            let mut layer = match layers.iter().position(|l| l.canvas == self.canvas) {
                Some(i) => layers.remove(i),
                None => match new_layer(&self.canvas) {
                    Some(l) => l,
                    None => return Ok(()), // no document: nothing is kept
                },
            };
            let (w, h) = size;
            if (layer.bitmap.width(), layer.bitmap.height()) != size {
                layer.bitmap.set_width(w);
                layer.bitmap.set_height(h);
            } else {
                layer
                    .context
                    .clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
            }
            layer
                .context
                .draw_image_with_html_canvas_element(&self.canvas, 0.0, 0.0)
                .map_err(|e| canvas_error("could not keep the chart's static layer", &e))?;
            layer.ops = ops;
            layers.insert(0, layer);
            layers.truncate(LAYERS_KEPT);
            Ok(())
        })
    }

    /// Draws whatever is recorded and the gathered path.
    fn finish(&mut self) -> Result<(), Failure> {
        if let Some(ops) = self.recording.take() {
            for op in &ops {
                self.painter.play(op)?;
            }
        }
        self.painter.flush()?;
        let font = self
            .painter
            .font
            .try_borrow_mut()
            .ok()
            .and_then(|mut f| f.take());
        if let Some(font) = font {
            leave_font(&self.canvas, &self.painter.context, font);
        }
        Ok(())
    }
}

impl Drop for MeasuredCanvas {
    fn drop(&mut self) {
        // A drawing that failed before presenting still shows what it drew.
        let _ = self.finish();
    }
}

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = CanvasFailure;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), Failure> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), Failure> {
        self.finish()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Failure> {
        if color.alpha == 0.0 {
            if layer::is_mark(point) {
                return self.end_static_layer();
            }
            return Ok(());
        }
        let color = color.into();
        self.put(Op::FillRect {
            color,
            from: half(point),
            to: half((point.0.saturating_add(1), point.1.saturating_add(1))),
        })
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Failure> {
        let Some(pen) = pen_of(style) else {
            return Ok(());
        };
        let (mut a, mut b) = (half(from), half(to));
        // A horizontal or vertical line half a pixel up or left, as plotters-canvas drew it.
        if a.0 == b.0 {
            a.0 -= 1;
            b.0 -= 1;
        }
        if a.1 == b.1 {
            a.1 -= 1;
            b.1 -= 1;
        }
        self.put(Op::Stroke {
            pen,
            points: vec![a, b],
        })
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Failure> {
        let (from, to) = (half(upper_left), half(bottom_right));
        if fill {
            let color = style.color();
            if color.alpha == 0.0 {
                return Ok(());
            }
            return self.put(Op::FillRect {
                color: color.into(),
                from,
                to,
            });
        }
        match pen_of(style) {
            Some(pen) => self.put(Op::StrokeRect { pen, from, to }),
            None => Ok(()),
        }
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Failure> {
        let Some(pen) = pen_of(style) else {
            return Ok(());
        };
        let points: Vec<Half> = path.into_iter().map(half).collect();
        if points.is_empty() {
            return Ok(());
        }
        self.put(Op::Stroke { pen, points })
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Failure> {
        let (center, radius) = (half(center), i32::try_from(radius).unwrap_or(i32::MAX / 4));
        if fill {
            let color = style.color();
            if color.alpha == 0.0 {
                return Ok(());
            }
            return self.put(Op::FillCircle {
                color: color.into(),
                center,
                radius,
            });
        }
        match pen_of(style) {
            Some(pen) => self.put(Op::StrokeCircle {
                pen,
                center,
                radius,
            }),
            None => Ok(()),
        }
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Failure> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let points: Vec<Half> = vert.into_iter().map(half).collect();
        if points.is_empty() {
            return Ok(());
        }
        self.put(Op::Polygon {
            color: color.into(),
            points,
        })
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Failure> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
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
        self.put(Op::Text(Box::new(Text {
            text: text.to_string(),
            font: css_font(style),
            color: color.into(),
            quarter_turns,
            baseline,
            align,
            pos,
        })))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Failure> {
        let font = css_font(style);
        let height = style.size().ceil() as u32;
        let known = TEXT_WIDTHS.with(|w| w.try_borrow().ok().and_then(|w| w.get(&font, text)));
        if let Some(width) = known {
            return Ok((width, height));
        }
        self.painter.use_font(&font);
        let metrics = self
            .painter
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

/// The pen of a stroke, `None` when it draws nothing (transparent, or zero wide).
fn pen_of<S: BackendStyle>(style: &S) -> Option<Pen> {
    let color = style.color();
    let width = style.stroke_width();
    (color.alpha != 0.0 && width > 0).then_some(Pen {
        color: color.into(),
        width,
    })
}
