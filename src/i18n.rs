//! Words a reader sees, one catalog per language: `i18n/<code>.ftl`, in the simple subset of
//! Project Fluent's syntax that the project uses (one message per line, `key = text`, `#`
//! comments, placeables `{ $name }`, plural selectors `{ $n -> [one] … [few] … *[many] … }`
//! by CLDR's cardinal rules, see [`plural`]). The catalogs are compiled in (`include_str!`) and
//! parsed once; a message missing from a language falls back to English, and a host test
//! (`tests/i18n_catalogs.rs`) holds every catalog to English's keys and placeables and every
//! key the code asks for to the English catalog. Numbers in sentences follow each catalog's
//! `number-*` keys ([`number`], [`signed`], [`percent`]); texts that travel as data before
//! they are worded are [`Text`]s (a key and typed [`Arg`]s), worded by [`Text::in_lang`].
//! To add a language: write `i18n/<code>.ftl`, add a line to [`LANGS`] and a variant to
//! `chart::Lang` (see docs/ARCHITECTURE.md, "To add a language").

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

// ---- numbers and structured texts, worded per catalog

/// Where a text finds its words: a language's code and its messages. [`Catalog::of`] gives
/// a compiled-in language (a message it lacks is English's); a test may build one from a
/// catalog of its own (`Catalog { code: "xx", messages: &parse("xx", SRC)? }`).
#[derive(Clone, Copy, Debug)]
pub struct Catalog<'a> {
    pub code: &'a str,
    pub messages: &'a [(&'static str, &'static str)],
}

impl Catalog<'static> {
    /// The compiled-in catalog of `lang` (another code reads as English).
    pub fn of(lang: &str) -> Catalog<'static> {
        let i = LANGS.iter().position(|(c, _)| *c == lang).unwrap_or(0);
        Catalog {
            code: LANGS[i].0,
            messages: catalogs().get(i).map_or(&[], |m| m.as_slice()),
        }
    }
}

impl Catalog<'_> {
    /// The message `key`, else English's, else the key itself (a test finds these).
    pub fn get(&self, key: &str) -> &'static str {
        self.messages
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|j| self.messages[j].1)
            .or_else(|| lookup(0, key))
            .unwrap_or_else(|| Box::leak(key.to_string().into_boxed_str()))
    }

    /// The message `key` with Fluent's string literals `{ "…" }` (`\u00A0` escapes allowed)
    /// written out: how a catalog writes a space or a lone punctuation mark that the
    /// one-line syntax would otherwise trim (`number-group = { "\u00A0" }`).
    pub fn literal(&self, key: &str) -> String {
        unescape(self.get(key))
    }
}

/// `text` with each `{ "…" }` replaced by its contents (`\uXXXX`, `\"` and `\\` read).
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{ \"") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 3..];
        let Some(end) = after.find("\" }") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let mut chars = after[..end].chars();
        while let Some(c) = chars.next() {
            match (c, chars.clone().next()) {
                ('\\', Some('u')) => {
                    chars.next();
                    let hex: String = chars.by_ref().take(4).collect();
                    out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                }
                ('\\', Some(e)) => {
                    chars.next();
                    out.push(e);
                }
                _ => out.push(c),
            }
        }
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    out
}

/// `digits` (a plain decimal: `1234.5`, from [`crate::num`]) with the catalog's group and
/// decimal separators and its minus sign before a `negative` value that does not round to
/// zero; thousands grouped from 1,000 up.
fn localize(c: &Catalog<'_>, digits: &str, negative: bool) -> String {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if !int.chars().all(|ch| ch.is_ascii_digit()) {
        return "–".to_string();
    }
    let mut out = String::new();
    if negative && digits.chars().any(|ch| ch.is_ascii_digit() && ch != '0') {
        out.push_str(&c.literal("number-minus"));
    }
    let group = c.literal("number-group");
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(&group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push_str(&c.literal("number-decimal"));
        out.push_str(frac);
    }
    out
}

/// `v` with `decimals` decimals as the catalog writes numbers (English `−1,234.5`,
/// Russian `−1 234,5` with a no-break space); `–` for a value that is not finite.
pub fn number_in(c: &Catalog<'_>, v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".to_string();
    }
    localize(c, &crate::num::fixed(v.abs(), decimals), v < 0.0)
}

/// As [`number_in`] with the catalog's plus sign before a positive value that does not
/// round to zero (`+1.2`, `−0.4`, `0`).
pub fn signed_in(c: &Catalog<'_>, v: f64, decimals: usize) -> String {
    let s = number_in(c, v, decimals);
    if v > 0.0 && s.chars().any(|ch| ch.is_ascii_digit() && ch != '0') {
        format!("{}{s}", c.literal("number-plus"))
    } else {
        s
    }
}

/// A share (0..1) as a percentage with `decimals` decimals (`number-percent`: `12.5 %`).
pub fn percent_in(c: &Catalog<'_>, share: f64, decimals: usize) -> String {
    let n = number_in(c, 100.0 * share, decimals);
    fill(&c.literal("number-percent"), &[("n", &n)])
}

/// The fewest digits that read back as `v` ([`crate::num::shortest`]), written as the
/// catalog writes numbers.
pub fn shortest_in(c: &Catalog<'_>, v: f64) -> String {
    if !v.is_finite() {
        return "–".to_string();
    }
    localize(c, &crate::num::shortest(v.abs()), v < 0.0)
}

/// [`number_in`] in the compiled-in language `lang`.
pub fn number(lang: &str, v: f64, decimals: usize) -> String {
    number_in(&Catalog::of(lang), v, decimals)
}

/// [`signed_in`] in the compiled-in language `lang`.
pub fn signed(lang: &str, v: f64, decimals: usize) -> String {
    signed_in(&Catalog::of(lang), v, decimals)
}

/// [`percent_in`] in the compiled-in language `lang`.
pub fn percent(lang: &str, share: f64, decimals: usize) -> String {
    percent_in(&Catalog::of(lang), share, decimals)
}

/// A value of a [`Text`]'s placeable, worded when the text is.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Arg {
    /// The same in every language: a year, a code, a quotation or a name as the data give it.
    Plain(String),
    /// A number with `decimals` decimals (`signed`: `+` before a positive one).
    Num {
        value: f64,
        decimals: usize,
        signed: bool,
    },
    /// A share 0..1 as a percentage.
    Percent { share: f64, decimals: usize },
    /// The fewest digits that read back as the value.
    Shortest(f64),
    /// Words the data give per language (a country's name): `(code, text)`, English first,
    /// which stands in for a language the data lack.
    Given(Vec<(String, String)>),
    /// Another message.
    Text(Box<Text>),
    /// Several values joined by the catalog's `list-separator`.
    List(Vec<Arg>),
}

impl Arg {
    /// A number with `decimals` decimals.
    pub fn num(value: f64, decimals: usize) -> Arg {
        Arg::Num {
            value,
            decimals,
            signed: false,
        }
    }

    /// A number with `decimals` decimals and a `+` before a positive one.
    pub fn signed(value: f64, decimals: usize) -> Arg {
        Arg::Num {
            value,
            decimals,
            signed: true,
        }
    }

    /// A share 0..1 as a percentage with one decimal.
    pub fn percent(share: f64) -> Arg {
        Arg::Percent { share, decimals: 1 }
    }

    /// Words of the data in English and Russian.
    pub fn given(en: &str, ru: &str) -> Arg {
        Arg::Given(vec![("en".into(), en.into()), ("ru".into(), ru.into())])
    }

    /// The message `key` with no placeables.
    pub fn msg(key: impl Into<String>) -> Arg {
        Arg::Text(Box::new(Text::new(key)))
    }

    /// The value in the words of `c`.
    pub fn render(&self, c: &Catalog<'_>) -> String {
        match self {
            Arg::Plain(s) => s.clone(),
            Arg::Num {
                value,
                decimals,
                signed: true,
            } => signed_in(c, *value, *decimals),
            Arg::Num {
                value, decimals, ..
            } => number_in(c, *value, *decimals),
            Arg::Percent { share, decimals } => percent_in(c, *share, *decimals),
            Arg::Shortest(v) => shortest_in(c, *v),
            Arg::Given(by) => by
                .iter()
                .find(|(code, _)| code == c.code)
                .or_else(|| by.first())
                .map(|(_, t)| t.clone())
                .unwrap_or_default(),
            Arg::Text(t) => t.render(c),
            Arg::List(items) => {
                let sep = c.literal("list-separator");
                let parts: Vec<String> = items.iter().map(|a| a.render(c)).collect();
                parts.join(&sep)
            }
        }
    }
}

impl From<i32> for Arg {
    /// A year or a count written as is (years are not grouped).
    fn from(v: i32) -> Arg {
        Arg::Plain(v.to_string())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Plain(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Plain(s)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

/// A text a reader sees, kept as data until it is worded: a catalog key and the values of
/// its placeables ([`Arg`]: numbers, years, names, other messages), worded in any
/// language by [`Text::in_lang`] (or in a catalog of a test by [`Text::render`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Text {
    pub key: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    /// The message `key`, so far with no values.
    pub fn new(key: impl Into<String>) -> Text {
        Text {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// The text with the placeable `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// The text in the words of `c`.
    pub fn render(&self, c: &Catalog<'_>) -> String {
        let values: Vec<(&str, String)> =
            self.args.iter().map(|(n, a)| (*n, a.render(c))).collect();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill_in(c.code, &unescape(c.get(&self.key)), &pairs)
    }

    /// The text in the compiled-in language `lang` (another code reads as English).
    pub fn in_lang(&self, lang: &str) -> String {
        self.render(&Catalog::of(lang))
    }

    /// Every catalog key the text uses (its own and its values'), with the number keys
    /// when it holds a number.
    pub fn keys(&self) -> Vec<String> {
        fn walk(a: &Arg, out: &mut Vec<String>) {
            match a {
                Arg::Text(t) => out.extend(t.keys()),
                Arg::List(items) => {
                    out.push("list-separator".into());
                    items.iter().for_each(|i| walk(i, out));
                }
                Arg::Num { .. } | Arg::Percent { .. } | Arg::Shortest(_) => out.extend(
                    [
                        "number-minus",
                        "number-plus",
                        "number-group",
                        "number-decimal",
                    ]
                    .map(String::from),
                ),
                Arg::Plain(_) | Arg::Given(_) => {}
            }
            if matches!(a, Arg::Percent { .. }) {
                out.push("number-percent".into());
            }
        }
        let mut out = vec![self.key.clone()];
        for (_, a) in &self.args {
            walk(a, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }
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
    fn numbers_follow_each_catalogs_separators() {
        assert_eq!(number("en", 1234567.891, 1), "1,234,567.9");
        assert_eq!(number("ru", 1234567.891, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(number("ru", 1000.0, 0), "1\u{a0}000");
        assert_eq!(number("en", 999.4, 0), "999");
        assert_eq!(number("en", -0.04, 1), "0.0");
        assert_eq!(number("en", -3.25, 1), "−3.2");
        assert_eq!(signed("ru", 0.5, 2), "+0,50");
        assert_eq!(signed("en", -766.0, 0), "−766");
        assert_eq!(signed("en", 0.0001, 1), "0.0");
        assert_eq!(percent("ru", 0.4567, 1), "45,7 %");
        assert_eq!(number("en", f64::NAN, 1), "–");
        let xx = parse(
            "xx",
            "number-decimal = ·\nnumber-group = { \"\\u0027\" }\nnumber-minus = ~\nnumber-plus = { \"\\\\\" }\n\
             number-percent = { $n }pc\nlist-separator = { \" / \" }\nm = { $a } and { $b }",
        )
        .unwrap();
        let c = Catalog {
            code: "xx",
            messages: &xx,
        };
        assert_eq!(number_in(&c, -12345.67, 1), "~12'345·7");
        assert_eq!(signed_in(&c, 2.0, 0), "\\2");
        assert_eq!(shortest_in(&c, 0.125), "0·125");
        let t = Text::new("m")
            .arg("a", Arg::percent(0.5))
            .arg("b", Arg::List(vec![Arg::num(1.5, 1), "x".into()]));
        assert_eq!(t.render(&c), "50·0pc and 1·5 / x");
        assert_eq!(t.in_lang("ru"), "m", "an unknown key stays as written");
        assert!(t.keys().contains(&"number-percent".to_string()));
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
