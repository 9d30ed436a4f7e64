//! Words a reader sees, one catalog per language: `i18n/<code>.ftl`, in the simple subset of
//! Project Fluent's syntax that the project uses (one message per line, `key = text`, `#`
//! comments, placeables `{ $name }`, plural selectors `{ $n -> [one] … [few] … *[many] … }`
//! by CLDR's cardinal rules, see [`plural`]). The catalogs are compiled in (`include_str!`) and
//! parsed once; a message missing from a language falls back to English, and a host test
//! (`tests/i18n_catalogs.rs`) holds every catalog to English's keys and placeables and every
//! key the code asks for to the English catalog. To add a language: write
//! `i18n/<code>.ftl`, add a line to [`LANGS`] and a variant to `chart::Lang` (see
//! docs/ARCHITECTURE.md, "To add a language").

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

/// The message `key` with its placeables `{ $name }` replaced by `args`' values and its
/// selectors `{ $n -> [one] … [few] … *[many] … }` resolved by `lang`'s plural rules.
pub fn format(lang: &str, key: &str, args: &[(&str, &str)]) -> String {
    fill_in(lang, text(lang, key), args)
}

/// `template` with `{ $name }` replaced by the value of `name` in `args` (a placeable with
/// no value stays as written, so a test can find it); selectors read English's rules.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    fill_in("en", template, args)
}

/// The CLDR plural category of the number written `value` in `lang` (cardinal): English
/// `one` / `other`; Russian `one` / `few` / `many` for whole numbers and `other` for
/// fractions. Digits may be grouped (`1 234`, `1,234`) and Russian decimals take a comma.
pub fn plural(lang: &str, value: &str) -> &'static str {
    let clean: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || (*c == ',' && lang == "ru"))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let (int, frac) = clean.split_once('.').unwrap_or((clean.as_str(), ""));
    let whole = frac.trim_end_matches('0').is_empty();
    let i: u64 = int.parse().unwrap_or(0);
    match lang {
        "ru" if !whole => "other",
        "ru" if i % 10 == 1 && i % 100 != 11 => "one",
        "ru" if (2..=4).contains(&(i % 10)) && !(12..=14).contains(&(i % 100)) => "few",
        "ru" => "many",
        _ if i == 1 && whole && frac.is_empty() => "one",
        _ => "other",
    }
}

/// The end of the placeable that opens at `start` (its `}`), braces nested.
fn closing(t: &str, start: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in t[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(start + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A selector's variants: `[key] text` pairs, the default marked `*`.
fn variants(body: &str) -> Vec<(&str, bool, &str)> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('[') {
        let default = rest[..open].trim_end().ends_with('*');
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        let key = &rest[open + 1..open + close];
        let after = &rest[open + close + 1..];
        // The variant's text runs to the next `[` or `*[` outside a nested placeable.
        let mut end = after.len();
        let mut depth = 0;
        for (i, c) in after.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '[' if depth == 0 => {
                    end = if after[..i].ends_with('*') { i - 1 } else { i };
                    break;
                }
                _ => {}
            }
        }
        out.push((key.trim(), default, after[..end].trim()));
        rest = &after[end..];
    }
    out
}

fn fill_in(lang: &str, template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("{ $") {
        out.push_str(&rest[..start]);
        let Some(end) = closing(rest, start) else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &rest[start + 3..end];
        let value = |name: &str| args.iter().find(|(n, _)| *n == name.trim()).map(|a| a.1);
        match inner.split_once("->") {
            // A selector: the variant of the value's plural category (or of the value
            // itself), else the default.
            Some((name, body)) => {
                let vs = variants(body);
                let chosen = value(name).and_then(|v| {
                    let cat = plural(lang, v);
                    vs.iter().find(|(k, _, _)| *k == v || *k == cat)
                });
                let chosen = chosen.or_else(|| vs.iter().find(|(_, d, _)| *d));
                match chosen {
                    Some((_, _, text)) => out.push_str(&fill_in(lang, text, args)),
                    None => out.push_str(&rest[start..=end]),
                }
            }
            None => match value(inner) {
                Some(v) => out.push_str(v),
                None => out.push_str(&rest[start..=end]),
            },
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeable names of a message, in order (a selector's name once, then the names in
/// its variants).
pub fn placeables(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{ $") {
        let Some(end) = closing(rest, start) else {
            break;
        };
        let inner = &rest[start + 3..end];
        match inner.split_once("->") {
            Some((name, body)) => {
                let name = name.trim();
                if !out.contains(&name) {
                    out.push(name);
                }
                for (_, _, text) in variants(body) {
                    for n in placeables(text) {
                        if !out.contains(&n) {
                            out.push(n);
                        }
                    }
                }
            }
            None => out.push(inner.trim()),
        }
        rest = &rest[end + 1..];
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

    #[test]
    fn plural_categories_follow_cldr() {
        let ru = |v| plural("ru", v);
        for (v, cat) in [
            ("1", "one"),
            ("21", "one"),
            ("101", "one"),
            ("11", "many"),
            ("2", "few"),
            ("4", "few"),
            ("22", "few"),
            ("12", "many"),
            ("14", "many"),
            ("5", "many"),
            ("0", "many"),
            ("111", "many"),
            ("1\u{a0}001", "one"),
            ("2,5", "other"),
        ] {
            assert_eq!(ru(v), cat, "ru {v}");
        }
        assert_eq!(plural("en", "1"), "one");
        assert_eq!(plural("en", "1.0"), "other");
        assert_eq!(plural("en", "2"), "other");
        assert_eq!(plural("en", "1,001"), "other");
    }

    #[test]
    fn selectors_pick_the_plural_form() {
        let t = "{ $n } { $n -> [one] рычаг [few] рычага *[many] рычагов }";
        let f = |n: &str| fill_in("ru", t, &[("n", n)]);
        assert_eq!(f("1"), "1 рычаг");
        assert_eq!(f("3"), "3 рычага");
        assert_eq!(f("5"), "5 рычагов");
        assert_eq!(f("11"), "11 рычагов");
        assert_eq!(f("21"), "21 рычаг");
        // No variant for the category: the default.
        assert_eq!(f("2,5"), "2,5 рычагов");
        let en = "{ $n -> [one] one lever *[other] { $n } levers } moved";
        assert_eq!(fill_in("en", en, &[("n", "1")]), "one lever moved");
        assert_eq!(fill_in("en", en, &[("n", "4")]), "4 levers moved");
        // An exact value beats the category; a missing value takes the default.
        let zero = "{ $n -> [0] none *[other] { $n } }";
        assert_eq!(fill_in("en", zero, &[("n", "0")]), "none");
        assert_eq!(fill_in("en", zero, &[]), "{ $n }");
        assert_eq!(placeables(en), ["n"]);
        assert_eq!(
            placeables("{ $a } { $b -> [one] x *[other] { $c } }"),
            ["a", "b", "c"]
        );
    }
}
