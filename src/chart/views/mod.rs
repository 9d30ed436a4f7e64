//! The views, one file each, all behind one trait, [`ChartView`]: `model` computes the
//! numbers and picks the words of a [`ViewRequest`] (projections, presets, data), `draw`
//! puts a model on any plotters backend, `alt` says it in one paragraph and `table` gives
//! the numbers behind it (from which the CSV and the widget's data table are made, with no
//! drawing). A view reads only the shared modules ([`shared`], `style`, `table`, `ctx`,
//! `events`, `i18n`, `request`), never another view or the renderer.
//!
//! To add a view: write `views/NAME.rs` (a unit struct implementing [`ChartView`]), add
//! `mod NAME;` and one line to [`registry!`] below, and a variant with its code in
//! `request.rs` (see docs/ARCHITECTURE.md, "To add a view").

use plotters::coord::Shift;
use plotters::prelude::*;

use super::ctx::Ctx;
use super::request::{View, ViewRequest};
use super::style::{PlotFrame, Theme};
use super::table::Table;
use super::ChartError;

mod compare;
mod compatriots;
mod needs;
mod projection;
mod pyramid;
mod relokanty;
mod remittances;
pub(crate) mod shared;

/// One view of the widget: from a request to numbers and words, a drawing, a text
/// alternative and a table. Views are unit structs; the generic `draw` makes the trait not
/// object-safe, so [`registry!`] dispatches on [`View`] instead.
pub(crate) trait ChartView {
    /// Everything the view shows: numbers, words in the request's language, no pixels.
    type Model;
    /// Projects what the request needs and picks the words.
    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Self::Model, ChartError>;
    /// Draws the model onto `root` at `theme`'s scale and presents it; returns the plot box.
    fn draw<DB: DrawingBackend>(
        m: &Self::Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError>;
    /// The chart's title.
    fn title(m: &Self::Model) -> String;
    /// A text alternative of the chart, in the request's language.
    fn alt(m: &Self::Model) -> String;
    /// The numbers behind the chart.
    fn table(m: &Self::Model) -> Table;
}

/// What drawing a view gives back: the plot box, title, text alternative and table.
pub(crate) struct Drawn {
    pub frame: PlotFrame,
    pub title: String,
    pub alt: String,
    pub table: Table,
}

fn drawn<V: ChartView, DB: DrawingBackend>(
    ctx: &mut Ctx<'_>,
    req: &ViewRequest,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<Drawn, ChartError> {
    let m = V::model(ctx, req)?;
    let frame = V::draw(&m, root, theme)?;
    Ok(Drawn {
        frame,
        title: V::title(&m),
        alt: V::alt(&m),
        table: V::table(&m),
    })
}

fn table_of<V: ChartView>(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Table, ChartError> {
    Ok(V::table(&V::model(ctx, req)?))
}

/// The one list of views: each [`View`] with the type that shows it. A view missing here
/// is a compile error (the matches are exhaustive).
macro_rules! registry {
    ($($view:ident => $ty:ty),* $(,)?) => {
        /// Draws the view `req` asks for and says what it drew.
        pub(crate) fn draw<DB: DrawingBackend>(
            ctx: &mut Ctx<'_>,
            req: &ViewRequest,
            root: &DrawingArea<DB, Shift>,
            theme: &Theme,
        ) -> Result<Drawn, ChartError> {
            match req.view {
                $(View::$view => drawn::<$ty, DB>(ctx, req, root, theme),)*
            }
        }

        /// The numbers behind the view `req` asks for, without drawing it.
        pub(crate) fn table(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Table, ChartError> {
            match req.view {
                $(View::$view => table_of::<$ty>(ctx, req),)*
            }
        }
    };
}

registry! {
    Projection => projection::Projection,
    Pyramid => pyramid::Pyramid,
    Compare => compare::Compare,
    Compatriots => compatriots::Compatriots,
    Remittances => remittances::Remittances,
    Relokanty => relokanty::Relokanty,
    Needs => needs::NeedsView,
}
