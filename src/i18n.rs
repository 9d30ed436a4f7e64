//! Words a reader sees, one catalog per language: `i18n/<code>.ftl`, in the simple subset of
//! Project Fluent's syntax that the project uses (one message per line, `key = text`, `#`
//! comments, placeables `{ $name }`). The catalogs are compiled in (`include_str!`) and
//! parsed once; a message missing from a language falls back to English, and a host test
//! (`tests/i18n_catalogs.rs`) holds every catalog to English's keys and placeables and every
//! key the code asks for to the English catalog. To add a language: write
//! `i18n/<code>.ftl` and add a line to [`LANGS`].

use std::sync::OnceLock;

/// The languages, by code, with their catalogs; English first (the fallback).
pub const LANGS: [(&str, &str); 2] = [
    ("en", include_str!("../i18n/en.ftl")),
    ("ru", include_str!("../i18n/ru.ftl")),
];

/// A line of a catalog that is not a message, a comment or blank.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("i18n/{lang}.ftl line {line}: {message}; write `key = text` on one line")]
pub struct CatalogError {
    pub lang: String,
    pub line: usize,
    pub message: String,
}

/// A parsed catalog: `(key, text)` sorted by key.
pub type Messages = Vec<(&'static str, &'static str)>;

/// Reads one catalog. Keys are ASCII letters, digits, `-` and `_`; a key twice is an error.
pub fn parse(lang: &str, src: &'static str) -> Result<Messages, CatalogError> {
    let err = |line: usize, message: String| CatalogError {
        lang: lang.to_string(),
        line,
        message,
    };
    let mut out: Messages = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, text)) = line.split_once(" = ") else {
            return Err(err(i + 1, format!("no ` = ` in {line:?}")));
        };
        let ok = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if key.is_empty() || !key.chars().all(ok) {
            return Err(err(i + 1, format!("bad key {key:?}")));
        }
        out.push((key, text.trim()));
    }
    out.sort_by(|a, b| a.0.cmp(b.0));
    if let Some(w) = out.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(err(0, format!("key {} is given twice", w[0].0)));
    }
    Ok(out)
}

/// Every catalog, parsed once (a catalog that does not parse is empty: the host test
/// reports its error; readers then see English).
fn catalogs() -> &'static [Messages] {
    static CATALOGS: OnceLock<Vec<Messages>> = OnceLock::new();
    CATALOGS.get_or_init(|| {
        LANGS
            .iter()
            .map(|(code, src)| parse(code, src).unwrap_or_default())
            .collect()
    })
}

fn lookup(i: usize, key: &str) -> Option<&'static str> {
    let c = catalogs().get(i)?;
    c.binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|j| c[j].1)
}

/// The message `key` in the language `lang` (a code of [`LANGS`]; another code reads as
/// English), else in English, else the key itself.
pub fn text(lang: &str, key: &str) -> &'static str {
    let i = LANGS.iter().position(|(c, _)| *c == lang).unwrap_or(0);
    lookup(i, key)
        .or_else(|| lookup(0, key))
        .unwrap_or_else(|| {
            // A key the code asks for but no catalog has: a host test finds these.
            Box::leak(key.to_string().into_boxed_str())
        })
}

/// Whether the English catalog (which every other one mirrors) has the message `key`.
pub fn has(key: &str) -> bool {
    lookup(0, key).is_some()
}

/// The message `key` with its placeables `{ $name }` replaced by `args`' values.
pub fn format(lang: &str, key: &str, args: &[(&str, &str)]) -> String {
    fill(text(lang, key), args)
}

/// `template` with `{ $name }` replaced by the value of `name` in `args` (a placeable with
/// no value stays as written, so a test can find it).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("{ $") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 3..];
        match after.find(" }") {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[start..start + 3 + end + 2]),
                }
                rest = &after[end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeable names of a message, in order.
pub fn placeables(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{ $") {
        let after = &rest[start + 3..];
        let Some(end) = after.find(" }") else { break };
        out.push(&after[..end]);
        rest = &after[end + 2..];
    }
    out
}

/// Every message of `lang` whose key starts with `prefix` (e.g. the shell's `ui-` words),
/// English filling any gap.
pub fn messages(lang: &str, prefix: &str) -> Vec<(&'static str, &'static str)> {
    catalogs()
        .first()
        .map(|en| {
            en.iter()
                .filter(|(k, _)| k.starts_with(prefix))
                .map(|(k, _)| (*k, text(lang, k)))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeables_and_keeps_unknown_ones() {
        assert_eq!(fill("a { $x } b { $y }", &[("x", "1")]), "a 1 b { $y }");
        assert_eq!(placeables("{ $n } of { $m }"), ["n", "m"]);
        assert!(parse("xx", "bad line").is_err());
        assert!(parse("xx", "a = 1\na = 2").is_err());
        assert_eq!(parse("xx", "# c\n\nk = v w").unwrap(), vec![("k", "v w")]);
    }
}
