//! The errors of the scenario layer: a bad query string (which key, which value, what is
//! allowed), a missing published figure, or a failing engine or data lookup. Every message
//! names the bad input and says how to fix it.

use crate::num::shortest;

/// A query string that cannot be read. Out-of-range numbers are not errors: they are
/// clamped and reported as [`super::Clamp`].
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum QueryError {
    /// A key the parameter table does not have; `suggestion` is the nearest known key.
    #[error("unknown parameter '{}'{}", clip(key), key_hint(suggestion.as_deref()))]
    UnknownKey {
        key: String,
        suggestion: Option<String>,
    },
    /// A key given without a value (`tfr_shift=`).
    #[error(
        "parameter '{0}' has no value; write {0}=<value> or leave it out",
        clip(key)
    )]
    EmptyValue { key: String },
    /// A value given without a key (`=3`).
    #[error("{}", empty_key(value))]
    EmptyKey { value: String },
    /// The same key twice.
    #[error("parameter '{}' is given twice; keep one", clip(key))]
    Duplicate { key: String },
    /// A number that does not parse.
    #[error("{}={}: not a number; give a number from {} to {} ({unit})",
        clip(key), clip(value), shortest(*min), shortest(*max))]
    NotANumber {
        key: String,
        value: String,
        unit: String,
        min: f64,
        max: f64,
    },
    /// NaN or an infinity.
    #[error("{}={}: not a finite number; give a number from {} to {}",
        clip(key), clip(value), shortest(*min), shortest(*max))]
    NotFinite {
        key: String,
        value: String,
        min: f64,
        max: f64,
    },
    /// A value that is not one of the choices.
    #[error("{}={}: not allowed; use one of {}{}", clip(key), clip(value), choices.join(", "),
        choice_hint(value, choices))]
    BadChoice {
        key: String,
        value: String,
        choices: Vec<String>,
    },
}

/// "; did you mean …" after an unknown key, or where the known keys are listed.
fn key_hint(suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("; did you mean '{s}'? (`crossroads --params` lists all)"),
        None => "; `crossroads --params` lists the known parameters".to_string(),
    }
}

/// The message of a value with no key (or of a bare `=`).
fn empty_key(value: &str) -> String {
    if value.is_empty() {
        "'=' with no parameter name and no value; write <name>=<value> or leave it out".into()
    } else {
        format!(
            "value '{0}' has no parameter name; write <name>={0}",
            clip(value)
        )
    }
}

/// "; did you mean …" after a value that is not one of the choices, when one is close.
fn choice_hint(value: &str, choices: &[String]) -> String {
    nearest(value, choices.iter().map(String::as_str), |c| {
        2.max(c.len() / 4)
    })
    .filter(|c| !c.eq_ignore_ascii_case(value.trim()))
    .map(|c| format!("; did you mean '{c}'?"))
    .unwrap_or_default()
}

/// The candidate nearest to `given` (case-insensitive Levenshtein distance, by `strsim`),
/// when it is within `max(candidate)` edits: the "did you mean" of every error message.
pub(crate) fn nearest<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max: impl Fn(&str) -> usize,
) -> Option<&'a str> {
    let given = given.trim().to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&given, &c.to_ascii_lowercase()), c))
        .min_by_key(|(d, _)| *d)
        .filter(|(d, c)| *d <= max(c))
        .map(|(_, c)| c)
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

/// Anything that stops a scenario from being projected.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ScenarioError {
    /// The query string is bad.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// A published figure a default depends on is not in the embedded data.
    #[error("the embedded data lacks {0}; restore it and run `python3 data/convert.py`")]
    MissingFigure(String),
    /// The embedded data failed (the data error is this error's `source()`).
    #[error("{0}")]
    Data(#[from] crate::data::DataError),
    /// The engine refused the inputs (its message names them; it is this error's
    /// `source()`).
    #[error("{0}")]
    Engine(#[from] crate::engine::EngineError),
    /// A result lacks what the scenario layer built it with (a bug, reported, not a panic).
    #[error("internal: {0}")]
    Internal(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error;

    #[test]
    fn a_data_or_engine_failure_keeps_its_cause() {
        let data = crate::data::DataError::lookup("no country XYZ");
        let e = ScenarioError::from(data.clone());
        assert_eq!(e.to_string(), data.to_string());
        assert_eq!(e.source().map(|s| s.to_string()), Some(data.to_string()));
        let q = ScenarioError::from(QueryError::Duplicate { key: "k".into() });
        assert!(q.to_string().contains("given twice"), "{q}");
    }

    #[test]
    fn suggestions_are_near_misses_only() {
        let keys = ["tfr_shift", "tfr_target", "e0_shift"];
        assert_eq!(nearest("TFR_shfit", keys, |_| 2), Some("tfr_shift"));
        assert_eq!(nearest("population", keys, |_| 2), None);
    }
}
