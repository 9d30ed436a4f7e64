//! The one error type of the data layer: which table, which line, what was wrong, and how
//! to fix it.

use std::fmt;

/// A table that could not be read, or a lookup that found nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// The `data/` file concerned, or `""` for lookups.
    pub file: &'static str,
    /// 1-based line in that file, 0 when not tied to a line.
    pub line: u64,
    pub message: String,
}

impl DataError {
    pub(crate) fn at(file: &'static str, line: u64, message: impl Into<String>) -> DataError {
        DataError {
            file,
            line,
            message: message.into(),
        }
    }

    pub(crate) fn lookup(message: impl Into<String>) -> DataError {
        DataError {
            file: "",
            line: 0,
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.file.is_empty() {
            return write!(f, "{}", self.message);
        }
        write!(f, "data/{}", self.file)?;
        if self.line > 0 {
            write!(f, " line {}", self.line)?;
        }
        write!(
            f,
            ": {} (regenerate the table with `python3 data/convert.py`)",
            self.message
        )
    }
}

impl std::error::Error for DataError {}
