//! Drawings made with plotters on any backend. Every view is a function taking a
//! `&DrawingArea<DB, Shift>` for any `DB: DrawingBackend`, so host tests render to
//! `SVGBackend::with_string` and the browser renders to a canvas; each returns the
//! [`PlotFrame`] it drew into (pixel box and data ranges) so callers can map data to
//! pixels (tests, hover). Shared look — palette, fonts, title/legend/source layout — lives
//! in [`style`]; views only choose series. Charts read `crate::data` and know nothing of
//! wasm or the DOM.

mod error;
mod population;
pub mod style;

pub use error::ChartError;
pub use population::{population, population_description};
pub use style::{PlotFrame, Theme};
