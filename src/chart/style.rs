//! The shared look of every chart: a palette readable by colour-blind readers and in
//! greyscale (Okabe–Ito hues, bands as light tints of their line's hue, variants dashed),
//! font sizes, number formatting, and the frame every view draws into — title on top, a
//! legend strip under it, a source line at the bottom, the plot in between. Text widths
//! are asked of the backend (`DrawingArea::estimate_text_size`), so layout follows the
//! real font on a canvas.

use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::i18n::Lang;
use super::ChartError;
use crate::num::fixed;

/// Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"), distinguishable with
/// the common colour-vision deficiencies; each carries a distinct grey level too.
pub mod palette {
    use plotters::style::RGBColor;

    pub const INK: RGBColor = RGBColor(34, 34, 34);
    pub const MUTED: RGBColor = RGBColor(95, 95, 95);
    pub const GRID: RGBColor = RGBColor(232, 232, 232);
    pub const AXIS: RGBColor = RGBColor(150, 150, 150);
    pub const BACKGROUND: RGBColor = RGBColor(255, 255, 255);
    pub const BLUE: RGBColor = RGBColor(0, 114, 178);
    pub const VERMILLION: RGBColor = RGBColor(213, 94, 0);
    pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
    pub const SKY_BLUE: RGBColor = RGBColor(86, 180, 233);
    pub const GREEN: RGBColor = RGBColor(0, 158, 115);
    pub const YELLOW: RGBColor = RGBColor(240, 228, 66);
    pub const PURPLE: RGBColor = RGBColor(204, 121, 167);
}

/// The colour `share` of the way from white to `c` (0 = white, 1 = `c`): solid tints
/// keep bands and their legend swatches identical and stack predictably.
pub fn tint(c: RGBColor, share: f64) -> RGBColor {
    let s = crate::num::clamp(share, 0.0, 1.0);
    let mix = |v: u8| (255.0 - (255.0 - f64::from(v)) * s).round() as u8;
    RGBColor(mix(c.0), mix(c.1), mix(c.2))
}

/// Font family of all chart text (the browser's or SVG viewer's sans-serif); the enum, not
/// the string, whose conversion would pull Unicode case tables into the wasm.
pub const FONT: FontFamily<'static> = FontFamily::SansSerif;
/// Font sizes in CSS pixels.
pub const TITLE_SIZE: f64 = 18.0;
pub const TEXT_SIZE: f64 = 13.0;
pub const SMALL_SIZE: f64 = 11.0;
/// Outer margin of every chart, CSS pixels.
pub const MARGIN: f64 = 12.0;
/// Smallest area a chart is laid out in, CSS pixels; callers clamp to it.
pub const MIN_WIDTH: u32 = 280;
pub const MIN_HEIGHT: u32 = 220;
/// Width of the main lines and of secondary (variant) lines, CSS pixels.
pub const LINE_WIDTH: f64 = 2.0;
pub const THIN_WIDTH: f64 = 1.5;
/// Dash and gap of dashed lines, CSS pixels.
pub const DASH: (f64, f64) = (6.0, 4.0);
/// Accepted range of device pixels per CSS pixel.
pub const SCALE_RANGE: (f64, f64) = (0.5, 4.0);

/// How many backend pixels one CSS pixel takes: every size a chart uses (fonts, lines,
/// margins) goes through here, so a canvas whose backing store is `devicePixelRatio`
/// times its CSS size draws sharp text and lines at full device resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    scale: f64,
    /// Measure text by its characters instead of asking the backend (for SVG, whose
    /// backend's estimate counts bytes at 0.7 em and so doubles Cyrillic).
    char_metrics: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            scale: 1.0,
            char_metrics: false,
        }
    }
}

impl Theme {
    /// A theme at `scale` backend pixels per CSS pixel; NaN or out-of-range values are
    /// clamped to [`SCALE_RANGE`] (NaN becomes 1).
    pub fn new(scale: f64) -> Theme {
        let scale = if scale.is_finite() {
            crate::num::clamp(scale, SCALE_RANGE.0, SCALE_RANGE.1)
        } else {
            1.0
        };
        Theme {
            scale,
            char_metrics: false,
        }
    }

    /// This theme measuring text by its characters (average sans-serif advance widths)
    /// rather than by the backend: for SVG output, whose viewer's font is not known here.
    pub fn with_char_metrics(mut self) -> Theme {
        self.char_metrics = true;
        self
    }

    /// Width and height in backend pixels of `text` in `style`.
    pub fn measure<DB: DrawingBackend, CT: plotters::coord::CoordTranslate>(
        &self,
        area: &DrawingArea<DB, CT>,
        text: &str,
        style: &TextStyle<'_>,
    ) -> Result<(i32, i32), ChartError> {
        if self.char_metrics {
            let em = style.font.get_size();
            let w: f64 = text.chars().map(char_advance).sum::<f64>() * em;
            return Ok((w.ceil() as i32, em.ceil() as i32));
        }
        let (w, h) = area.estimate_text_size(text, style)?;
        Ok((
            i32::try_from(w).unwrap_or(i32::MAX),
            i32::try_from(h).unwrap_or(i32::MAX),
        ))
    }

    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// `css` CSS pixels in backend pixels, rounded.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    /// A line width of `css` CSS pixels, at least one backend pixel.
    pub fn width(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// A stroke of `color`, `css` CSS pixels wide.
    pub fn stroke(&self, color: RGBColor, css: f64) -> ShapeStyle {
        color.stroke_width(self.width(css))
    }

    /// Smallest backend size a chart is laid out in.
    pub fn min_size(&self) -> (u32, u32) {
        (
            (f64::from(MIN_WIDTH) * self.scale).ceil() as u32,
            (f64::from(MIN_HEIGHT) * self.scale).ceil() as u32,
        )
    }

    fn font_px(&self, size: f64) -> f64 {
        size * self.scale
    }

    pub fn title_style(&self) -> TextStyle<'static> {
        (FONT, self.font_px(TITLE_SIZE))
            .into_font()
            .style(FontStyle::Bold)
            .color(&palette::INK)
    }

    pub fn text_style(&self) -> TextStyle<'static> {
        (FONT, self.font_px(TEXT_SIZE))
            .into_font()
            .color(&palette::INK)
    }

    pub fn small_style(&self) -> TextStyle<'static> {
        (FONT, self.font_px(SMALL_SIZE))
            .into_font()
            .color(&palette::MUTED)
    }

    /// Line height for text of `size` CSS pixels, in backend pixels.
    pub fn line_height(&self, size: f64) -> i32 {
        (size * 1.35 * self.scale).ceil() as i32
    }
}

/// How a legend entry is marked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A line of this colour and width, solid or dashed.
    Line {
        color: RGBColor,
        /// CSS pixels.
        width: f64,
        dashed: bool,
    },
    /// A filled band of this colour.
    Band(RGBColor),
    /// A point marker (a filled diamond) of this colour.
    Diamond(RGBColor),
    /// A point marker (a diamond's outline) of this colour.
    DiamondOutline(RGBColor),
    /// A line through a point marker of this shape, as a series with markers is drawn.
    Symbol { color: RGBColor, symbol: Symbol },
    /// A line with its own dash and gap (CSS pixels).
    Pattern {
        color: RGBColor,
        width: f64,
        dash: (f64, f64),
    },
}

/// Shapes of point markers, told apart without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Symbol {
    Circle,
    Square,
    Triangle,
    Diamond,
}

impl Symbol {
    /// Outline of the marker as pixel offsets around its point, `s` pixels in radius.
    pub fn outline(self, s: i32) -> Vec<(i32, i32)> {
        match self {
            Symbol::Circle => CIRCLE
                .iter()
                .map(|&(cos, sin)| {
                    (
                        (f64::from(s) * cos).round() as i32,
                        (f64::from(s) * sin).round() as i32,
                    )
                })
                .collect(),
            Symbol::Square => vec![(-s, -s), (s, -s), (s, s), (-s, s)],
            Symbol::Triangle => vec![(0, -s - 1), (s + 1, s), (-s - 1, s)],
            Symbol::Diamond => vec![(0, -s - 1), (s + 1, 0), (0, s + 1), (-s - 1, 0)],
        }
    }
}

/// `(cos, sin)` of k·30° for k = 0..12, bit for bit as `f64::cos`/`f64::sin` give them (a
/// table, so the wasm carries no trigonometry; the unit test checks it against them).
const CIRCLE: [(f64, f64); 12] = [
    (1.0, 0.0),
    (0.8660254037844387, 0.49999999999999994),
    (0.5000000000000001, 0.8660254037844386),
    (6.123233995736766e-17, 1.0),
    (-0.4999999999999998, 0.8660254037844387),
    (-0.8660254037844387, 0.49999999999999994),
    (-1.0, 1.2246467991473532e-16),
    (-0.8660254037844388, -0.4999999999999997),
    (-0.5000000000000004, -0.8660254037844384),
    (-1.8369701987210297e-16, -1.0),
    (0.5000000000000001, -0.8660254037844386),
    (0.8660254037844384, -0.5000000000000004),
];

/// One legend entry: its mark and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub mark: Mark,
    pub label: String,
}

/// The plotting box a chart drew into, in the backend's pixels, and the data ranges at its
/// edges: `to_pixel` maps data to pixels as plotters did (to within rounding).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PlotFrame {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
    /// Data x at `left` and at `right`.
    pub x_range: (f64, f64),
    /// Data y at `bottom` and at `top`.
    pub y_range: (f64, f64),
}

impl PlotFrame {
    /// Pixel position of a data point (may lie outside the box).
    pub fn to_pixel(&self, x: f64, y: f64) -> (f64, f64) {
        let fx = (x - self.x_range.0) / (self.x_range.1 - self.x_range.0);
        let fy = (y - self.y_range.0) / (self.y_range.1 - self.y_range.0);
        (
            f64::from(self.left) + fx * f64::from(self.right - self.left),
            f64::from(self.bottom) - fy * f64::from(self.bottom - self.top),
        )
    }

    /// Whether a pixel lies inside the box (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= f64::from(self.left)
            && x <= f64::from(self.right)
            && y >= f64::from(self.top)
            && y <= f64::from(self.bottom)
    }
}

/// Advance width of a character in em, roughly as DejaVu Sans / Arial draw it.
fn char_advance(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'I' | '(' | ')' => 0.3,
        ' ' | 'f' | 't' | 'r' | '\u{a0}' => 0.34,
        'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'ы' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | '—' | '%' => {
            0.85
        }
        '0'..='9' => 0.58,
        // Capitals of the scripts the charts use (Latin, Cyrillic): no Unicode tables.
        'A'..='Z' | '\u{400}'..='\u{42f}' => 0.68,
        _ => 0.56,
    }
}

/// Width and height of `text` in `style` as the theme measures it.
fn measure<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    text: &str,
    style: &TextStyle<'_>,
) -> Result<(i32, i32), ChartError> {
    theme.measure(area, text, style)
}

/// Break `text` at spaces into lines no wider than `max_width` (a single long word stays
/// whole).
pub fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    text: &str,
    style: &TextStyle<'_>,
    max_width: i32,
) -> Result<Vec<String>, ChartError> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if !current.is_empty() && measure(area, theme, &candidate, style)?.0 > max_width {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    Ok(lines)
}

/// Draw lines of text downwards from `(x, y)` (top-left), returning the y below them.
fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lines: &[String],
    style: &TextStyle<'_>,
    line_height: i32,
    (x, mut y): (i32, i32),
) -> Result<i32, ChartError> {
    let style = style.pos(Pos::new(HPos::Left, VPos::Top));
    for line in lines {
        area.draw(&Text::new(line.as_str(), (x, y), style.clone()))?;
        y += line_height;
    }
    Ok(y)
}

/// Swatch width and half height of a legend mark, gap between swatch and label, and
/// between entries, CSS pixels.
const SWATCH: f64 = 26.0;
const SWATCH_HALF_HEIGHT: f64 = 6.0;
const SWATCH_GAP: f64 = 6.0;
const ENTRY_GAP: f64 = 18.0;

fn draw_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    mark: Mark,
    (x, y): (i32, i32),
) -> Result<(), ChartError> {
    let end = x + theme.px(SWATCH);
    match mark {
        Mark::Line {
            color,
            width,
            dashed,
        } => {
            let style = theme.stroke(color, width);
            let points = vec![(x, y), (end, y)];
            if dashed {
                area.draw(&plotters::element::DashedPathElement::new(
                    points,
                    theme.width(DASH.0),
                    theme.width(DASH.1),
                    style,
                ))?;
            } else {
                area.draw(&PathElement::new(points, style))?;
            }
        }
        Mark::Pattern { color, width, dash } => {
            area.draw(&plotters::element::DashedPathElement::new(
                vec![(x, y), (end, y)],
                theme.width(dash.0),
                theme.width(dash.1),
                theme.stroke(color, width),
            ))?;
        }
        Mark::Symbol { color, symbol } => {
            area.draw(&PathElement::new(
                vec![(x, y), (end, y)],
                theme.stroke(color, THIN_WIDTH),
            ))?;
            let c = x + theme.px(SWATCH / 2.0);
            let pts = symbol
                .outline(theme.px(4.5))
                .into_iter()
                .map(|(dx, dy)| (c + dx, y + dy))
                .collect::<Vec<_>>();
            area.draw(&Polygon::new(pts, color.filled()))?;
        }
        Mark::Diamond(color) => {
            let c = x + theme.px(SWATCH / 2.0);
            let r = theme.px(5.0);
            area.draw(&Polygon::new(
                vec![(c, y - r), (c + r, y), (c, y + r), (c - r, y)],
                color.filled(),
            ))?;
        }
        Mark::DiamondOutline(color) => {
            let c = x + theme.px(SWATCH / 2.0);
            let r = theme.px(5.0);
            area.draw(&PathElement::new(
                vec![(c, y - r), (c + r, y), (c, y + r), (c - r, y), (c, y - r)],
                theme.stroke(color, 1.5),
            ))?;
        }
        Mark::Band(color) => {
            let half = theme.px(SWATCH_HALF_HEIGHT);
            area.draw(&Rectangle::new(
                [(x, y - half), (end, y + half)],
                color.filled(),
            ))?;
        }
    }
    Ok(())
}

/// Break `text` into lines no wider than `max_width`: at spaces, and inside a word only when
/// the word alone is wider (so no line is ever clipped).
fn wrap_hard<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    text: &str,
    style: &TextStyle<'_>,
    max_width: i32,
) -> Result<Vec<String>, ChartError> {
    let mut out = Vec::new();
    for line in wrap(area, theme, text, style, max_width)? {
        if measure(area, theme, &line, style)?.0 <= max_width {
            out.push(line);
            continue;
        }
        let mut cur = String::new();
        for c in line.chars() {
            let mut next = cur.clone();
            next.push(c);
            if !cur.is_empty() && measure(area, theme, &next, style)?.0 > max_width {
                out.push(std::mem::take(&mut cur));
                cur.push(c);
            } else {
                cur = next;
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    Ok(out)
}

/// Where one legend entry goes: its first row, its x offset and its label's lines (one
/// unless the label is wider than the legend, when it wraps under itself).
#[derive(Clone, Debug)]
struct Placed {
    row: i32,
    x: i32,
    lines: Vec<String>,
}

/// Lay out legend entries in rows no wider than `max_width`: entries side by side while
/// they fit, a label wider than a whole row wrapped onto rows of its own; returns each
/// entry's place and the number of rows.
fn legend_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    entries: &[LegendEntry],
    style: &TextStyle<'_>,
    max_width: i32,
) -> Result<(Vec<Placed>, i32), ChartError> {
    let mut placed = Vec::with_capacity(entries.len());
    let (mut row, mut x) = (0, 0);
    let swatch = theme.px(SWATCH + SWATCH_GAP);
    for entry in entries {
        let label_w = measure(area, theme, &entry.label, style)?.0;
        if swatch + label_w > max_width {
            // A long label: its own rows, wrapped under itself.
            if x > 0 {
                row += 1;
            }
            let lines = wrap_hard(area, theme, &entry.label, style, max_width - swatch)?;
            let n = lines.len().max(1) as i32;
            placed.push(Placed { row, x: 0, lines });
            row += n;
            x = 0;
            continue;
        }
        let width = swatch + label_w;
        if x > 0 && x + width > max_width {
            row += 1;
            x = 0;
        }
        placed.push(Placed {
            row,
            x,
            lines: vec![entry.label.clone()],
        });
        x += width + theme.px(ENTRY_GAP);
    }
    let rows = match placed.last() {
        None => 0,
        Some(_) if x == 0 => row,
        Some(_) => row + 1,
    };
    Ok((placed, rows))
}

/// How `decorate` lays out the legend and the source line.
struct DecorLayout<'a> {
    font: TextStyle<'a>,
    row_h: i32,
    /// Each entry's place.
    placed: Vec<Placed>,
    /// Legend rows shown.
    rows: i32,
    source_lines: Vec<String>,
}

/// Full layout first; when it leaves the plot too little room (under 45 % of the height or
/// 110 CSS pixels), the legend goes to the small font and the source line is cut to its
/// first sentence, then to two lines and one. Every legend entry stays (a reader must be
/// able to tell every line drawn); only when the plot would be left under 120 CSS pixels
/// with its axes (a chart far smaller than a phone's) do rows beyond the room go.
fn fit_layout<'a, DB: DrawingBackend>(
    inner: &DrawingArea<DB, Shift>,
    theme: &'a Theme,
    legend: &[LegendEntry],
    source_text: &str,
    (w, h): (i32, i32),
    title_h: i32,
    share: i32,
) -> Result<DecorLayout<'a>, ChartError> {
    let small = theme.small_style();
    let short_source = source_text
        .split_once(". ")
        .map_or(source_text.to_string(), |(a, _)| format!("{a}."));
    let want = (h * share / 100)
        .max(theme.px(110.0))
        .min(h * share.max(50) / 100);
    let least = theme.px(120.0);
    let mut layout = None;
    let levels = [
        (false, usize::MAX),
        (true, usize::MAX),
        (true, 2),
        (true, 1),
    ];
    for (compact, max_source) in levels {
        let (font, size) = if compact {
            (theme.small_style().color(&palette::INK), SMALL_SIZE)
        } else {
            (theme.text_style(), TEXT_SIZE)
        };
        let (placed, rows) = legend_rows(inner, theme, legend, &font, w)?;
        let row_h = theme.line_height(size) + theme.px(if compact { 2.0 } else { 4.0 });
        let source = if compact { &short_source } else { source_text };
        let mut source_lines = wrap_hard(inner, theme, source, &small, w)?;
        if source_lines.len() > max_source {
            source_lines.truncate(max_source);
            if let Some(last) = source_lines.last_mut() {
                last.push('…');
            }
        }
        let source_h = theme.line_height(SMALL_SIZE) * source_lines.len() as i32;
        let room = h - title_h - source_h - theme.px(12.0);
        let plot_h = room - rows * row_h;
        let fits = plot_h >= want;
        // Only a chart too small for any plot loses legend rows.
        let shown_rows = if plot_h >= least {
            rows
        } else {
            ((room - least) / row_h.max(1)).clamp(0, rows)
        };
        layout = Some(DecorLayout {
            font,
            row_h,
            placed,
            rows: shown_rows,
            source_lines,
        });
        if fits {
            break;
        }
    }
    layout.ok_or_else(|| ChartError::Drawing("no layout".into()))
}

/// The legend's rows as laid out: font, row height, each entry's place, rows shown.
struct LegendRows<'a, 'f> {
    font: &'a TextStyle<'f>,
    row_h: i32,
    placed: &'a [Placed],
    rows: i32,
}

/// The legend entries (mark and label) in the rows shown, from `y` down.
fn draw_legend<DB: DrawingBackend>(
    inner: &DrawingArea<DB, Shift>,
    theme: &Theme,
    legend: &[LegendEntry],
    l: &LegendRows<'_, '_>,
    y: i32,
) -> Result<(), ChartError> {
    let label_style = l.font.pos(Pos::new(HPos::Left, VPos::Center));
    let label_offset = theme.px(SWATCH + SWATCH_GAP);
    for (entry, p) in legend.iter().zip(l.placed) {
        if p.row >= l.rows {
            continue;
        }
        let cy = y + p.row * l.row_h + l.row_h / 2;
        draw_mark(inner, theme, entry.mark, (p.x, cy))?;
        for (i, line) in p.lines.iter().enumerate() {
            let row = p.row + i as i32;
            if row >= l.rows {
                break;
            }
            inner.draw(&Text::new(
                line.as_str(),
                (p.x + label_offset, cy + i as i32 * l.row_h),
                label_style.clone(),
            ))?;
        }
    }
    Ok(())
}

/// Check the size, paint the background, draw what surrounds a plot — the title, the legend
/// entries and the source line — and return the area left for the plot itself (axes included).
pub fn decorate<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title_text: &str,
    legend: &[LegendEntry],
    source_text: &str,
) -> Result<DrawingArea<DB, Shift>, ChartError> {
    decorate_wanting(root, theme, title_text, legend, source_text, 45)
}

/// [`decorate`] for a view that needs `share` % of the height below the legend (compare:
/// its lines, difference and outcome table): the legend and source go compact sooner.
pub fn decorate_wanting<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    title_text: &str,
    legend: &[LegendEntry],
    source_text: &str,
    share: i32,
) -> Result<DrawingArea<DB, Shift>, ChartError> {
    let (width, height) = root.dim_in_pixel();
    let (min_width, min_height) = theme.min_size();
    if width < min_width || height < min_height {
        return Err(ChartError::TooSmall {
            width,
            height,
            min_width,
            min_height,
        });
    }
    root.fill(&palette::BACKGROUND)?;
    let m = theme.px(MARGIN);
    let inner = root.margin(m, m, m, m);
    let (w, h) = inner.dim_in_pixel();
    let (w, h) = (
        i32::try_from(w).unwrap_or(i32::MAX),
        i32::try_from(h).unwrap_or(i32::MAX),
    );

    let title = theme.title_style();
    let title_lines = wrap_hard(&inner, theme, title_text, &title, w)?;
    let title_h = theme.line_height(TITLE_SIZE) * title_lines.len() as i32 + theme.px(4.0);

    let layout = fit_layout(&inner, theme, legend, source_text, (w, h), title_h, share)?;
    let DecorLayout {
        font: text,
        row_h,
        placed,
        rows,
        source_lines,
    } = layout;
    let small = theme.small_style();

    let mut y = draw_lines(
        &inner,
        &title_lines,
        &title,
        theme.line_height(TITLE_SIZE),
        (0, 0),
    )?;
    y += theme.px(4.0);
    let legend_rows_at = LegendRows {
        font: &text,
        row_h,
        placed: &placed,
        rows,
    };
    draw_legend(&inner, theme, legend, &legend_rows_at, y)?;
    y += rows * row_h + theme.px(6.0);

    let source_h = theme.line_height(SMALL_SIZE) * source_lines.len() as i32;
    let source_top = h - source_h;
    draw_lines(
        &inner,
        &source_lines,
        &small,
        theme.line_height(SMALL_SIZE),
        (0, source_top),
    )?;

    let plot_height = (source_top - theme.px(6.0) - y).max(1);
    let (_, rest) = inner.split_vertically(y);
    let (plot, _) = rest.split_vertically(plot_height);
    Ok(plot)
}

/// The first of `labels` that fits in `room` pixels (e.g. an axis title along a short
/// axis), else the last.
pub fn fitting<'a, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    labels: &[&'a str],
    style: &TextStyle<'_>,
    room: i32,
) -> Result<&'a str, ChartError> {
    for label in labels {
        if measure(area, theme, label, style)?.0 <= room {
            return Ok(label);
        }
    }
    Ok(labels.last().copied().unwrap_or(""))
}

/// Tick label of a whole number (a year, an age), written without grouping.
pub fn whole(v: &f64) -> String {
    fixed(*v, 0)
}

/// The top of a value axis that starts at zero: `max` plus headroom, rounded up to a
/// multiple of a 1-2-5 step so the top tick is a round number.
pub fn nice_top(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let raw = max * 1.05;
    let magnitude = 10f64.powf(raw.log10().floor() - 1.0);
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        let s = step * magnitude;
        let top = (raw / s).ceil() * s;
        if top / s <= 12.0 {
            return top;
        }
    }
    (raw / (10.0 * magnitude)).ceil() * 10.0 * magnitude
}

/// A padded, rounded value range `(lo, hi)` around `[min, max]` on a 1-2-2.5-5 step; the
/// range never goes below zero when `min` is not negative.
pub fn nice_range(min: f64, max: f64) -> (f64, f64) {
    let (min, max) = if min.is_finite() && max.is_finite() && max >= min {
        (min, max)
    } else {
        (0.0, 1.0)
    };
    let span = (max - min).max(max.abs() * 0.02).max(1e-9);
    let raw_lo = min - span * 0.06;
    let raw_hi = max + span * 0.06;
    let magnitude = 10f64.powf(span.log10().floor() - 1.0);
    let mut step = magnitude;
    for s in [1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0] {
        step = s * magnitude;
        if (raw_hi - raw_lo) / step <= 10.0 {
            break;
        }
    }
    let mut lo = (raw_lo / step).floor() * step;
    if min >= 0.0 && lo < 0.0 {
        lo = 0.0;
    }
    let hi = (raw_hi / step).ceil() * step;
    (lo, hi)
}

/// The axes of a chart: descriptions (the first of `y_desc` that fits the axis is used)
/// and tick formatters.
pub struct Axes<'a> {
    pub x_desc: &'a str,
    pub y_desc: &'a [&'a str],
    pub x_fmt: &'a dyn Fn(&f64) -> String,
    pub y_fmt: &'a dyn Fn(&f64) -> String,
    /// Ticks wanted per 100 CSS pixels of x axis (years: ~1.6; bars: more).
    pub x_density: f64,
}

impl<'a> Axes<'a> {
    /// The axes of a chart over years: whole-year ticks under "Year" in `lang` (about 1.6
    /// per 100 CSS pixels), values written by `y_fmt` under the first of `y_desc` that fits.
    pub fn years(lang: Lang, y_desc: &'a [&'a str], y_fmt: &'a dyn Fn(&f64) -> String) -> Axes<'a> {
        Axes {
            x_desc: lang.t("chart-axis-year"),
            y_desc,
            x_fmt: &whole,
            y_fmt,
            x_density: 1.6,
        }
    }

    /// These axes with another x description.
    pub fn x_desc(self, x_desc: &'a str) -> Axes<'a> {
        Axes { x_desc, ..self }
    }

    /// These axes with `density` x ticks per 100 CSS pixels.
    pub fn density(self, x_density: f64) -> Axes<'a> {
        Axes { x_density, ..self }
    }
}

/// Value tick text in `lang` for an axis spanning `span` units: no decimals from 20 units
/// up, one below.
pub fn value_ticks(lang: Lang, span: f64) -> impl Fn(&f64) -> String {
    move |v: &f64| lang.num(*v, if span >= 20.0 { 0 } else { 1 })
}

/// A chart over years: [`cartesian`] with the briefs' dated `events` drawn behind the data,
/// their labels kept off the `avoid` series.
pub fn time_chart<'a, DB: DrawingBackend>(
    plot_area: &'a DrawingArea<DB, Shift>,
    theme: &Theme,
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    axes: &Axes<'_>,
    events: &[super::events::Event],
    avoid: &[&[(f64, f64)]],
) -> Result<ChartContext<'a, DB, XY>, ChartError> {
    let mut chart = cartesian(plot_area, theme, x, y, axes)?;
    draw_events(&mut chart, theme, events, avoid)?;
    Ok(chart)
}

/// A cartesian chart on `plot_area` over `x` × `y` with a light mesh, axis lines and tick
/// labels in the theme's style.
pub fn cartesian<'a, DB: DrawingBackend>(
    plot_area: &'a DrawingArea<DB, Shift>,
    theme: &Theme,
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    axes: &Axes<'_>,
) -> Result<ChartContext<'a, DB, XY>, ChartError> {
    let tick_font = theme.small_style().color(&palette::INK);
    let axis_font = theme.text_style();
    let mut chart = ChartBuilder::on(plot_area)
        .x_label_area_size(theme.px(TEXT_SIZE * 3.0))
        .y_label_area_size(theme.px(TEXT_SIZE * 4.0 + 8.0))
        .margin_right(theme.px(MARGIN))
        .margin_top(theme.px(2.0))
        .build_cartesian_2d(Axis::from(x), Axis::from(y))?;
    let (w, h) = chart.plotting_area().dim_in_pixel();
    let css = |px: u32| f64::from(px) / theme.scale();
    let y_desc = fitting(
        plot_area,
        theme,
        axes.y_desc,
        &axis_font,
        i32::try_from(h).unwrap_or(i32::MAX),
    )?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(crate::num::clamp(css(w) / 100.0 * axes.x_density, 3.0, 16.0) as usize)
        .y_labels(crate::num::clamp(css(h) / 40.0, 3.0, 12.0) as usize)
        .x_label_formatter(axes.x_fmt)
        .y_label_formatter(axes.y_fmt)
        .x_desc(axes.x_desc)
        .y_desc(y_desc)
        .axis_desc_style(axis_font)
        .label_style(tick_font)
        .set_all_tick_mark_size(theme.px(4.0))
        .bold_line_style(theme.stroke(palette::GRID, 1.0))
        .light_line_style(TRANSPARENT)
        .axis_style(theme.stroke(palette::AXIS, 1.0))
        .draw()?;
    Ok(chart)
}

/// The plot box of a drawn cartesian chart.
pub fn frame_of<DB: DrawingBackend>(chart: &ChartContext<'_, DB, XY>) -> PlotFrame {
    let xr = chart.x_range();
    let yr = chart.y_range();
    let (left, top) = chart.backend_coord(&(xr.start, yr.end));
    let (right, bottom) = chart.backend_coord(&(xr.end, yr.start));
    PlotFrame {
        left,
        top,
        right,
        bottom,
        x_range: (xr.start, xr.end),
        y_range: (yr.start, yr.end),
    }
}

/// Text with a white box behind it at pixel offset `(dx, dy)` from data point `at`,
/// anchored by `pos`; returns the box's width and height.
pub fn label_box<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    text: &str,
    style: &TextStyle<'_>,
    at: (f64, f64),
    (dx, dy): (i32, i32),
    h: HPos,
) -> Result<(i32, i32), ChartError> {
    let area = chart.plotting_area();
    let (w, th) = theme.measure(area, text, style)?;
    let pad = theme.px(2.0);
    let x0 = match h {
        HPos::Left => dx,
        HPos::Center => dx - w / 2,
        HPos::Right => dx - w,
    };
    let bg = RGBAColor(255, 255, 255, 0.85);
    area.draw(
        &(EmptyElement::at(at)
            + Rectangle::new(
                [(x0 - pad, dy - pad), (x0 + w + pad, dy + th + pad)],
                bg.filled(),
            )
            + Text::new(
                text.to_string(),
                (x0, dy),
                style.pos(Pos::new(HPos::Left, VPos::Top)),
            )),
    )?;
    Ok((w + 2 * pad, th + 2 * pad))
}

/// Whether the segment `a`–`b` passes through the box `(x0, y0, x1, y1)` (pixels).
pub fn segment_hits_box(
    a: (f64, f64),
    b: (f64, f64),
    (x0, y0, x1, y1): (f64, f64, f64, f64),
) -> bool {
    // Liang–Barsky clipping: the segment meets the box when some parameter range survives.
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - x0),
        (dx, x1 - a.0),
        (-dy, a.1 - y0),
        (dy, y1 - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// The series `avoid` (data coordinates) as segments in backend pixels; a lone point is a
/// segment of length zero.
fn pixel_segments<DB: DrawingBackend>(
    chart: &ChartContext<'_, DB, XY>,
    avoid: &[&[(f64, f64)]],
) -> Vec<((f64, f64), (f64, f64))> {
    let px = |p: &(f64, f64)| {
        let (x, y) = chart.backend_coord(p);
        (f64::from(x), f64::from(y))
    };
    avoid
        .iter()
        .flat_map(|s| {
            let pts: Vec<(f64, f64)> = s.iter().map(px).collect();
            if pts.len() == 1 {
                vec![(pts[0], pts[0])]
            } else {
                pts.windows(2).map(|w| (w[0], w[1])).collect()
            }
        })
        .collect()
}

/// Dated events as dashed vertical lines across the plot, each labelled on a white box
/// where none of the `avoid` series (data coordinates) passes and no other label lies: the
/// first free row from the top, right of its line, else left of it; failing that its date
/// alone; failing that no label (the line stays). Events outside the x range are skipped.
pub fn draw_events<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    events: &[super::events::Event],
    avoid: &[&[(f64, f64)]],
) -> Result<(), ChartError> {
    let xr = chart.x_range();
    let yr = chart.y_range();
    let shown: Vec<&super::events::Event> = events
        .iter()
        .filter(|e| e.date >= xr.start && e.date <= xr.end)
        .collect();
    let line = theme.stroke(palette::MUTED, 1.0);
    for e in &shown {
        chart.draw_series(DashedLineSeries::new(
            [(e.date, yr.start), (e.date, yr.end)],
            theme.width(2.0),
            theme.width(3.0),
            line,
        ))?;
    }
    let segments = pixel_segments(chart, avoid);
    let style = theme.small_style().color(&palette::INK);
    let row = theme.line_height(SMALL_SIZE) + theme.px(3.0);
    let (left, top) = chart.backend_coord(&(xr.start, yr.end));
    let (right, bottom) = chart.backend_coord(&(xr.end, yr.start));
    let (gap, pad, clear) = (theme.px(4.0), theme.px(2.0), f64::from(theme.px(2.0)));
    let mut taken: Vec<(f64, f64, f64, f64)> = Vec::new();
    let overlaps = |a: &(f64, f64, f64, f64), b: &(f64, f64, f64, f64)| {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    };
    for e in &shown {
        let (lx, _) = chart.backend_coord(&(e.date, yr.end));
        let mut chosen = None;
        'texts: for t in [e.label.as_str(), e.label.split(": ").next().unwrap_or("")] {
            let (w, th) = theme.measure(chart.plotting_area(), t, &style)?;
            let mut y = top + theme.px(4.0);
            while y + th + pad <= bottom {
                for (x0, right_side) in [(lx + gap, true), (lx - gap - w, false)] {
                    if x0 - pad < left || x0 + w + pad > right {
                        continue;
                    }
                    let b = (
                        f64::from(x0 - pad) - clear,
                        f64::from(y - pad) - clear,
                        f64::from(x0 + w + pad) + clear,
                        f64::from(y + th + pad) + clear,
                    );
                    let free = !taken.iter().any(|o| overlaps(o, &b))
                        && !segments.iter().any(|(a, c)| segment_hits_box(*a, *c, b));
                    if free {
                        taken.push(b);
                        let (dx, h) = if right_side {
                            (gap, HPos::Left)
                        } else {
                            (-gap, HPos::Right)
                        };
                        chosen = Some((t, dx, y - top, h));
                        break 'texts;
                    }
                }
                y += row;
            }
        }
        let Some((text, dx, dy, h)) = chosen else {
            continue;
        };
        label_box(chart, theme, text, &style, (e.date, yr.end), (dx, dy), h)?;
    }
    Ok(())
}

/// A value axis: plotters' `f64` coordinate, except that its own tick text (never shown,
/// as every chart gives its formatters, but compiled in as the fallback) goes through
/// [`crate::num`] like every other number the charts print.
#[derive(Clone)]
pub struct Axis(RangedCoordf64);

impl From<std::ops::Range<f64>> for Axis {
    fn from(r: std::ops::Range<f64>) -> Axis {
        Axis(r.into())
    }
}

impl Ranged for Axis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.0.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        self.0.key_points(hint)
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.0.range()
    }

    fn axis_pixel_range(&self, limit: (i32, i32)) -> std::ops::Range<i32> {
        self.0.axis_pixel_range(limit)
    }
}

impl ValueFormatter<f64> for Axis {
    fn format(value: &f64) -> String {
        crate::num::shortest(*value)
    }
}

/// The coordinate system of every chart: decimal years (or values) × values.
pub type XY = Cartesian2d<Axis, Axis>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circle_table_is_the_trigonometry_it_replaces() {
        for (k, &(cos, sin)) in CIRCLE.iter().enumerate() {
            let a = std::f64::consts::PI * k as f64 / 6.0;
            assert_eq!((cos, sin), (a.cos(), a.sin()), "k = {k}");
        }
    }

    #[test]
    fn capitals_are_wider_in_both_scripts() {
        for c in ['A', 'Z', 'Ё', 'А', 'Я'] {
            assert_eq!(char_advance(c), 0.68, "{c}");
        }
        for c in ['a', 'я', 'ё', '€'] {
            assert_eq!(char_advance(c), 0.56, "{c}");
        }
    }
}
