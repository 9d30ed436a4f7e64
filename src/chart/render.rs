//! The one entry point that draws any view for the widget (canvas) and the command line
//! (SVG): [`Renderer`] owns the views' [`Ctx`] (projections, presets; it derefs to it) and
//! [`Renderer::render`] draws a [`ViewRequest`] through [`views::draw`] and returns a
//! [`ViewOutput`]: the plot box, the text alternative in the request's language and the
//! numbers behind the chart as CSV, with the request's clamps and canonical query.
//! [`Renderer::table`](Renderer::data_table) and [`Renderer::csv`] give the numbers
//! without drawing anything.

use std::ops::{Deref, DerefMut};

use plotters::coord::Shift;
use plotters::prelude::*;
use serde::Serialize;

use crate::data::Dataset;
use crate::scenario::Clamp;

use super::ctx::Ctx;
use super::request::ViewRequest;
use super::style::{PlotFrame, Theme};
use super::table::{Readout, Table};
use super::{views, ChartError};

/// What a drawn view hands back besides the pixels.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ViewOutput {
    /// The plot box in backend pixels and its data ranges.
    pub frame: PlotFrame,
    /// The chart's title as drawn.
    pub title: String,
    /// A one-sentence text alternative of the chart, in the request's language.
    pub alt: String,
    /// The numbers behind the chart: `#` lines naming the view, the sources and the
    /// scenario query, then a header row and one row per point.
    pub csv: String,
    /// Values of the request that were out of range and clamped.
    pub clamps: Vec<Clamp>,
    /// The request's canonical query string.
    pub query: String,
}

/// Long-lived drawing state; keep one per page (or per process).
pub struct Renderer<'d> {
    ctx: Ctx<'d>,
    /// The table of the last view drawn or asked for, by canonical query: a readout under a
    /// moving pointer, a CSV or a download of the chart on screen reuse it instead of
    /// building the view's model again (for the needs view, two solved projections).
    last: Option<(String, Table)>,
}

impl<'d> Deref for Renderer<'d> {
    type Target = Ctx<'d>;
    fn deref(&self) -> &Ctx<'d> {
        &self.ctx
    }
}

impl<'d> DerefMut for Renderer<'d> {
    fn deref_mut(&mut self) -> &mut Ctx<'d> {
        &mut self.ctx
    }
}

impl<'d> Renderer<'d> {
    pub fn new(data: &'d Dataset) -> Result<Renderer<'d>, ChartError> {
        Ok(Renderer {
            ctx: Ctx::new(data)?,
            last: None,
        })
    }

    /// Draws the view `req` asks for onto `area` at `theme`'s scale and presents it.
    pub fn render<DB: DrawingBackend>(
        &mut self,
        area: &DrawingArea<DB, Shift>,
        req: &ViewRequest,
        theme: &Theme,
    ) -> Result<ViewOutput, ChartError> {
        let mut out = self.draw(area, req, theme)?;
        if let Some((_, t)) = &self.last {
            out.csv = t.to_csv();
        }
        Ok(out)
    }

    /// [`Renderer::render`] without the CSV (`csv` left empty): what the widget draws on
    /// every slider move, which asks for the CSV ([`Renderer::csv`]) only when a reader
    /// wants it (writing every number of the table as text was a tenth of a redraw).
    pub fn draw<DB: DrawingBackend>(
        &mut self,
        area: &DrawingArea<DB, Shift>,
        req: &ViewRequest,
        theme: &Theme,
    ) -> Result<ViewOutput, ChartError> {
        let d = views::draw(&mut self.ctx, req, area, theme)?;
        let query = req.to_query(self.table());
        let out = ViewOutput {
            frame: d.frame,
            title: d.title,
            alt: d.alt,
            csv: String::new(),
            clamps: req.clamps.clone(),
            query: query.clone(),
        };
        self.last = Some((query, d.table));
        Ok(out)
    }

    /// The bands of simulated futures to draw from now on ([`Ctx::show_bands`]); the kept
    /// table is dropped, so the CSV and the readout carry the band's columns too.
    pub fn show_bands(&mut self, bands: Vec<super::ScenarioBand>) {
        self.ctx.show_bands(bands);
        self.last = None;
    }

    /// The numbers behind the view `req` asks for, without drawing it.
    pub fn data_table(&mut self, req: &ViewRequest) -> Result<Table, ChartError> {
        Ok(self.table_of(req)?.clone())
    }

    /// The table of `req`: the last one when it is the same view and scenario, else built.
    fn table_of(&mut self, req: &ViewRequest) -> Result<&Table, ChartError> {
        let query = req.to_query(self.table());
        if !matches!(&self.last, Some((q, _)) if *q == query) {
            let t = views::table(&mut self.ctx, req)?;
            self.last = Some((query, t));
        }
        match &self.last {
            Some((_, t)) => Ok(t),
            None => Err(ChartError::Drawing("no table was kept".into())),
        }
    }

    /// The CSV of the view `req` asks for (the same text [`Renderer::render`] returns),
    /// without drawing it.
    pub fn csv(&mut self, req: &ViewRequest) -> Result<String, ChartError> {
        Ok(self.table_of(req)?.to_csv())
    }

    /// The readout of the view `req` asks for at `year` (the nearest year it has); `None`
    /// for a view without years (the pyramid, the relokanty hosts).
    pub fn readout(&mut self, req: &ViewRequest, year: i32) -> Result<Option<Readout>, ChartError> {
        Ok(self.table_of(req)?.readout(year))
    }
}

/// Draws `req` with `renderer` onto `area` (the same as [`Renderer::render`]).
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    renderer: &mut Renderer<'_>,
    req: &ViewRequest,
    theme: &Theme,
) -> Result<ViewOutput, ChartError> {
    renderer.render(area, req, theme)
}

/// Parses `query` and renders it as an SVG document of `width × height` pixels.
pub fn render_svg(
    renderer: &mut Renderer<'_>,
    query: &str,
    (width, height): (u32, u32),
) -> Result<(String, ViewOutput), ChartError> {
    let req = renderer.parse(query)?;
    let mut svg = String::new();
    let out = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        renderer.render(&root, &req, &Theme::default().with_char_metrics())?
    };
    Ok((svg, out))
}
