//! The one error type of the chart layer: what could not be drawn and how to fix it.

use std::fmt;

use plotters::drawing::DrawingAreaErrorKind;

use crate::data::DataError;
use crate::scenario::{QueryError, ScenarioError};

/// A chart that could not be drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartError {
    /// The drawing area is smaller than a chart can be laid out in.
    TooSmall {
        width: u32,
        height: u32,
        min_width: u32,
        min_height: u32,
    },
    /// A series the chart needs is absent from the embedded data.
    MissingSeries {
        country: String,
        series: &'static str,
    },
    /// A data lookup failed (e.g. an unknown country code).
    Data(DataError),
    /// The backend refused to draw (canvas lost, SVG writer failed…).
    Drawing(String),
    /// The request's query string is bad (unknown view, country, key, value…).
    Scenario(ScenarioError),
    /// A view-level value that cannot be used, with what would work.
    Request {
        key: String,
        value: String,
        hint: String,
    },
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::TooSmall {
                width,
                height,
                min_width,
                min_height,
            } => write!(
                f,
                "the drawing area is {width}×{height} px; a chart needs at least \
                 {min_width}×{min_height} px (give its container a size)"
            ),
            ChartError::MissingSeries { country, series } => write!(
                f,
                "no {series} figures for {country} in the embedded data \
                 (regenerate the tables with `python3 data/convert.py`)"
            ),
            ChartError::Data(e) => write!(f, "{e}"),
            ChartError::Drawing(msg) => write!(f, "could not draw the chart: {msg}"),
            ChartError::Scenario(e) => write!(f, "{e}"),
            ChartError::Request { key, value, hint } => {
                write!(f, "{key}={value} cannot be used: {hint}")
            }
        }
    }
}

impl std::error::Error for ChartError {}

impl From<DataError> for ChartError {
    fn from(e: DataError) -> Self {
        ChartError::Data(e)
    }
}

impl From<ScenarioError> for ChartError {
    fn from(e: ScenarioError) -> Self {
        ChartError::Scenario(e)
    }
}

impl From<QueryError> for ChartError {
    fn from(e: QueryError) -> Self {
        ChartError::Scenario(ScenarioError::Query(e))
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(e.to_string())
    }
}
