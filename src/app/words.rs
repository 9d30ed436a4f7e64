//! A lever's words and numbers as the widget shows them, in the reader's language: its
//! label, unit, value, choice names and the source of its default. The parameter table gives
//! the English (and the Russian where it has it); the catalogs (`i18n/*.ftl`: `view-*`,
//! `group-*`, `choice-<key>-<value>`, `unit-*`, `source-*`) give the rest.

use crate::chart::Lang;
use crate::data::Dataset;
use crate::i18n;
use crate::num::fixed;
use crate::scenario::{ParamKind, ParamSpec};

/// The catalog message `key` in `lang` when the catalogs have it.
fn catalog(lang: Lang, key: &str) -> Option<&'static str> {
    i18n::has(key).then(|| i18n::text(lang.code(), key))
}

/// A fixed word of the widget (`ui-<name>`).
pub fn ui(lang: Lang, name: &str) -> &'static str {
    i18n::text(lang.code(), &format!("ui-{name}"))
}

/// A widget message (`ui-<name>`) with its placeables filled.
pub fn ui_with(lang: Lang, name: &str, args: &[(&str, &str)]) -> String {
    i18n::format(lang.code(), &format!("ui-{name}"), args)
}

/// A view's name (`view-<code>`; the code itself when the catalogs have none).
pub fn view_name(code: &str, lang: Lang) -> String {
    catalog(lang, &format!("view-{code}")).map_or_else(|| code.to_string(), str::to_string)
}

/// A lever group's heading (`group-<group>`).
pub fn group_title(group: &str, lang: Lang) -> String {
    catalog(lang, &format!("group-{group}")).map_or_else(|| group.to_string(), str::to_string)
}

/// A choice of a lever or view key in words (`choice-<key>-<value>`, else the value).
pub fn choice_name(key: &str, value: &str, lang: Lang) -> Option<String> {
    catalog(lang, &format!("choice-{key}-{value}")).map(str::to_string)
}

/// The lever's label.
pub fn label(p: &ParamSpec, lang: Lang) -> &'static str {
    match lang {
        Lang::Ru if !p.label_ru.is_empty() => p.label_ru,
        _ => p.label,
    }
}

/// The lever's unit in words (`%` for percent).
pub fn unit(p: &ParamSpec, lang: Lang) -> String {
    if p.unit.is_empty() {
        return String::new();
    }
    match catalog(lang, &crate::scenario::unit_key(p.unit)) {
        Some(u) => u.to_string(),
        None if lang == Lang::Ru && !p.unit_ru.is_empty() => p.unit_ru.to_string(),
        None => p.unit.to_string(),
    }
}

/// Where the lever's default comes from: the table's own Russian, else the catalog's words
/// for a fixed phrase of the table (`source-*`, matched on the English text), else the
/// table's English.
pub fn source(p: &ParamSpec, lang: Lang) -> String {
    if lang == Lang::En {
        return p.source.clone();
    }
    if lang == Lang::Ru && !p.source_ru.is_empty() {
        return p.source_ru.clone();
    }
    i18n::messages("en", "source-")
        .into_iter()
        .find(|(_, en)| *en == p.source)
        .map_or_else(
            || p.source.clone(),
            |(k, _)| i18n::text(lang.code(), k).to_string(),
        )
}

/// A number of the lever with its decimals: grouped in the language's style, years as
/// written.
pub fn number(p: &ParamSpec, v: f64, lang: Lang) -> String {
    if p.unit == "year" {
        fixed(p.round(v), p.decimals as usize)
    } else {
        lang.num(v, p.decimals as usize)
    }
}

/// A value of the lever with its unit (`1,500 thousand`, `2050`, `40 %`); a choice (its
/// index for a number) in words.
pub fn value_text(p: &ParamSpec, v: f64, lang: Lang) -> String {
    if p.kind == ParamKind::Choice {
        return choice_text(p, &p.format(v), lang);
    }
    let n = number(p, v, lang);
    let u = unit(p, lang);
    if u.is_empty() || p.unit == "year" {
        n
    } else {
        format!("{n} {u}")
    }
}

/// A choice of the lever in words.
pub fn choice_text(p: &ParamSpec, value: &str, lang: Lang) -> String {
    choice_name(p.key, value, lang).unwrap_or_else(|| value.to_string())
}

/// A country's name by ISO3 code (the code itself when unknown).
pub fn country_name(data: &Dataset, iso3: &str, lang: Lang) -> String {
    data.country_infos()
        .find(|c| c.iso3.eq_ignore_ascii_case(iso3.trim()))
        .map_or_else(|| iso3.to_string(), |c| lang.country(c).to_string())
}

/// A piece of an attribute or address as a reader may see it: percent-decoded, control and
/// invisible direction characters escaped (`\u{202e}`, as the core's messages escape
/// them), clipped to 80 characters.
pub fn visible(text: &str) -> String {
    let plus = text.replace('+', " ");
    let decoded: String = match percent_decode(&plus) {
        Some(s) => s,
        None => text.to_string(),
    };
    let mut out = String::new();
    for c in decoded.chars() {
        let u = c as u32;
        let hidden = u <= 0x1f
            || (0x7f..=0x9f).contains(&u)
            || u == 0x61c
            || (0x200b..=0x200f).contains(&u)
            || (0x202a..=0x202e).contains(&u)
            || (0x2060..=0x2069).contains(&u)
            || u == 0xfeff;
        if hidden {
            out.push_str(&format!("\\u{{{u:x}}}"));
        } else {
            out.push(c);
        }
    }
    if out.chars().count() > 80 {
        let mut clipped: String = out.chars().take(79).collect();
        clipped.push('…');
        clipped
    } else {
        out
    }
}

/// `%XX` sequences decoded as UTF-8; `None` when they are malformed (as JavaScript's
/// `decodeURIComponent` throws).
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
