//! The errors of the scenario layer: a bad query string (which key, which value, what is
//! allowed), a missing published figure, or a failing engine or data lookup. Every message
//! names the bad input and says how to fix it.

use std::fmt;

use crate::num::shortest;

/// A query string that cannot be read. Out-of-range numbers are not errors: they are
/// clamped and reported as [`super::Clamp`].
#[derive(Clone, Debug, PartialEq)]
pub enum QueryError {
    /// A key the parameter table does not have; `suggestion` is the nearest known key.
    UnknownKey {
        key: String,
        suggestion: Option<String>,
    },
    /// A key given without a value (`tfr_shift=`).
    EmptyValue { key: String },
    /// A value given without a key (`=3`).
    EmptyKey { value: String },
    /// The same key twice.
    Duplicate { key: String },
    /// A number that does not parse.
    NotANumber {
        key: String,
        value: String,
        unit: String,
        min: f64,
        max: f64,
    },
    /// NaN or an infinity.
    NotFinite {
        key: String,
        value: String,
        min: f64,
        max: f64,
    },
    /// A value that is not one of the choices.
    BadChoice {
        key: String,
        value: String,
        choices: Vec<String>,
    },
}

/// Input text as a message shows it: at most 40 characters (then `…`), control characters
/// (line breaks, terminal escapes, NUL) and invisible format characters (direction marks,
/// embeddings, overrides and isolates such as U+202E, zero-width characters) written as
/// escapes, so a query string can neither break the line, colour a terminal, nor reverse
/// the text around it.
pub fn clip(s: &str) -> String {
    let mut t = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 40 {
            t.push('…');
            break;
        }
        if c.is_control() || invisible(c) {
            t.extend(c.escape_default());
        } else {
            t.push(c);
        }
    }
    t
}

/// Invisible characters that change how the text around them is shown: the Unicode
/// bidirectional controls (U+061C, U+200E–F, U+202A–E, U+2066–9), zero-width characters
/// (U+200B–D, U+2060) and the byte-order mark (U+FEFF).
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::UnknownKey { key, suggestion } => {
                write!(f, "unknown parameter '{}'", clip(key))?;
                match suggestion {
                    Some(s) => write!(f, "; did you mean '{s}'? (`crossroads --params` lists all)"),
                    None => write!(f, "; `crossroads --params` lists the known parameters"),
                }
            }
            QueryError::EmptyValue { key } => {
                write!(
                    f,
                    "parameter '{}' has no value; write {}=<value> or leave it out",
                    clip(key),
                    clip(key)
                )
            }
            QueryError::EmptyKey { value } if value.is_empty() => write!(
                f,
                "'=' with no parameter name and no value; write <name>=<value> or leave it out"
            ),
            QueryError::EmptyKey { value } => {
                write!(
                    f,
                    "value '{}' has no parameter name; write <name>={}",
                    clip(value),
                    clip(value)
                )
            }
            QueryError::Duplicate { key } => {
                write!(f, "parameter '{}' is given twice; keep one", clip(key))
            }
            QueryError::NotANumber {
                key,
                value,
                unit,
                min,
                max,
            } => write!(
                f,
                "{}={}: not a number; give a number from {} to {} ({unit})",
                clip(key),
                clip(value),
                shortest(*min),
                shortest(*max)
            ),
            QueryError::NotFinite {
                key,
                value,
                min,
                max,
            } => write!(
                f,
                "{}={}: not a finite number; give a number from {} to {}",
                clip(key),
                clip(value),
                shortest(*min),
                shortest(*max)
            ),
            QueryError::BadChoice {
                key,
                value,
                choices,
            } => {
                write!(
                    f,
                    "{}={}: not allowed; use one of {}",
                    clip(key),
                    clip(value),
                    choices.join(", ")
                )?;
                match nearest(value, choices) {
                    Some(c) => write!(f, "; did you mean '{c}'?"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl std::error::Error for QueryError {}

/// The choice nearest to a value not allowed, when it is close (a typo).
fn nearest<'a>(value: &str, choices: &'a [String]) -> Option<&'a str> {
    let v = value.trim().to_ascii_lowercase();
    choices
        .iter()
        .map(|c| (super::query::distance(&v, &c.to_ascii_lowercase()), c))
        .min_by_key(|(d, _)| *d)
        .filter(|(d, c)| *d > 0 && *d <= 2.max(c.len() / 4))
        .map(|(_, c)| c.as_str())
}

/// Anything that stops a scenario from being projected.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioError {
    /// The query string is bad.
    Query(QueryError),
    /// A published figure a default depends on is not in the embedded data.
    MissingFigure(String),
    /// The embedded data or the engine's baseline failed.
    Data(String),
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::Query(e) => write!(f, "{e}"),
            ScenarioError::MissingFigure(what) => write!(
                f,
                "the embedded data lacks {what}; restore it and run `python3 data/convert.py`"
            ),
            ScenarioError::Data(msg) => write!(f, "{msg}"),
        }
    }
}

impl std::error::Error for ScenarioError {}

impl From<QueryError> for ScenarioError {
    fn from(e: QueryError) -> Self {
        ScenarioError::Query(e)
    }
}

impl From<crate::data::DataError> for ScenarioError {
    fn from(e: crate::data::DataError) -> Self {
        ScenarioError::Data(e.to_string())
    }
}
