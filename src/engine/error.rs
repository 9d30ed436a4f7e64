//! The one error type of the engine: a missing input row (naming country, table and year)
//! or a malformed [`Inputs`](super::Inputs) value (naming the field, step, sex and age), each
//! with a hint at the fix.

use std::fmt;

/// Why baseline inputs could not be built or a projection could not run.
#[derive(Clone, Debug, PartialEq)]
pub enum EngineError {
    /// A table row the baseline needs is absent from the embedded data.
    MissingData {
        country: String,
        table: &'static str,
        year: i32,
        what: String,
    },
    /// A variant that has no projection inputs (only Medium, Low and High have).
    UnsupportedVariant(String),
    /// An input array holds a value the projection cannot use.
    BadInput {
        field: &'static str,
        step: usize,
        sex: Option<usize>,
        age: Option<usize>,
        value: f64,
        why: &'static str,
    },
    /// Per-step input vectors of different lengths.
    ShapeMismatch {
        field: &'static str,
        len: usize,
        expected: usize,
    },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::MissingData {
                country,
                table,
                year,
                what,
            } => write!(
                f,
                "{country}: no {what} for {year} in data/{table}.csv; regenerate the tables \
                 with `python3 data/convert.py`"
            ),
            EngineError::UnsupportedVariant(v) => write!(
                f,
                "variant {v} has no projection inputs; use Medium, Low or High"
            ),
            EngineError::BadInput {
                field,
                step,
                sex,
                age,
                value,
                why,
            } => {
                write!(f, "input `{field}` at step {step}")?;
                if let Some(s) = sex {
                    write!(f, ", sex {}", if *s == 0 { "male" } else { "female" })?;
                }
                if let Some(a) = age {
                    write!(f, ", age {a}")?;
                }
                write!(f, " is {}: {why}", crate::num::shortest(*value))
            }
            EngineError::ShapeMismatch {
                field,
                len,
                expected,
            } => write!(
                f,
                "input `{field}` has {len} steps but `mx` has {expected}; give every per-step \
                 input one entry per step"
            ),
        }
    }
}

impl std::error::Error for EngineError {}
