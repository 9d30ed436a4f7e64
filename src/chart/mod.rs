//! Drawings made with plotters on any backend. Every view is one file under [`views`]
//! behind one trait (`ChartView`: `model` → numbers and words, `draw` on any
//! `&DrawingArea<DB, Shift>`, `alt`, `table`), so host tests render to
//! `SVGBackend::with_string` and the browser renders to a canvas. One entry point,
//! [`Renderer::render`] (or [`render`]), draws any [`View`] of a [`ViewRequest`] parsed
//! from the widget's query string and returns a [`ViewOutput`] (plot box, text
//! alternative, CSV); [`Renderer::data_table`] and [`Renderer::csv`] give the numbers
//! ([`Table`]) without drawing. The command line's `render` uses the same code with
//! plotters' SVG backend. Shared look — palette, fonts, title/legend/source layout, event
//! markers — lives in [`style`]; chart text in English or Russian is chosen through
//! [`Lang`]. Charts read `crate::data` and `crate::scenario` and know nothing of wasm or
//! the DOM.

pub mod band;
mod ctx;
mod download;
mod error;
pub mod events;
mod i18n;
pub mod layer;
mod render;
mod request;
mod sources;
pub mod style;
mod table;
mod views;

pub use band::{bands_for_request, BandStore, ScenarioBand};
pub use ctx::Ctx;
pub use download::{split_csv, zip_stored};
pub use error::ChartError;
pub use events::{events, Event, EVENT_IDS};
pub use i18n::Lang;
pub use render::{render, render_svg, Renderer, ViewOutput};
pub use request::{default_b, Overlay, ScenarioB, View, ViewRequest, STORY_B};
pub use sources::{datasets, sources, Citation, DatasetEntry, SourceList};
pub use style::{PlotFrame, Theme};
pub use table::{Cell, Column, Readout, Section, Table};
