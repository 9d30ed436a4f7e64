//! Layers of a drawing. A view draws first what its request's scenario does not move
//! (background, title, legend, axes, grid, reference series) and then marks the end of that
//! static layer with [`end_static`]; a backend that keeps layers (the widget's canvas) can
//! then reuse the bitmap of an equal static layer instead of drawing it again, and draw only
//! what follows. The mark is a fully transparent pixel far outside any drawing, which
//! every other backend draws as nothing (SVG, bitmaps).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::colors::TRANSPARENT;

use super::ChartError;

/// Where the mark is drawn (backend pixels): no drawing reaches it.
const MARK: (i32, i32) = (i32::MIN / 2, i32::MIN / 2);

/// Marks the end of the static layer of a drawing on `root` (the whole drawing area).
pub fn end_static<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
    root.draw_pixel(MARK, &TRANSPARENT)?;
    Ok(())
}

/// Whether a transparent pixel at `point` is the mark of [`end_static`] (a backend checks
/// this; any offset of a drawing area is far smaller than the distance kept here).
pub fn is_mark(point: (i32, i32)) -> bool {
    point.0 < i32::MIN / 4 && point.1 < i32::MIN / 4
}
