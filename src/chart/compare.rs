//! The compare view (not drawn yet: a clear error until it is).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::render::{Renderer, ViewOutput};
use super::request::ViewRequest;
use super::style::Theme;
use super::ChartError;

pub(crate) fn draw<DB: DrawingBackend>(
    _root: &DrawingArea<DB, Shift>,
    _r: &mut Renderer<'_>,
    req: &ViewRequest,
    _theme: &Theme,
) -> Result<ViewOutput, ChartError> {
    Err(ChartError::Request {
        key: "view".into(),
        value: req.view.code().into(),
        hint: "this view is not available yet; use view=projection".into(),
    })
}
