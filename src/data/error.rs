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
            message: escaped(&message.into()),
        }
    }

    pub(crate) fn lookup(message: impl Into<String>) -> DataError {
        DataError {
            file: "",
            line: 0,
            message: escaped(&message.into()),
        }
    }
}

/// Control characters written as escapes: a damaged table cannot break a message's line.
fn escaped(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .flat_map(|c| {
            let e: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            e
        })
        .collect()
}

/// Text from a table as a message quotes it: at most 40 characters, then `…`.
pub(crate) fn shown(s: &str) -> String {
    let mut t: String = s.chars().take(40).collect();
    if s.chars().nth(40).is_some() {
        t.push('…');
    }
    t
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.file.is_empty() {
            return write!(f, "{}", self.message);
        }
        if self.file == super::format::FILE {
            return write!(
                f,
                "{}: {}; {}",
                self.file,
                self.message,
                super::format::REBUILD
            );
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
