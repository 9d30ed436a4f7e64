//! Language of chart text: English or Russian (`lang=en|ru`). Every word a chart draws
//! comes from the language catalogs (`i18n/<code>.ftl`, read by [`crate::i18n`]) through
//! [`Lang::t`] and [`Lang::f`]; words that come with the data (a country's name, a
//! source's wording) are chosen by [`Lang::data`]. Numbers are formatted per language
//! (English: `1,234.5`; Russian: a no-break space between thousands and a decimal comma,
//! `1 234,5`), and negative numbers take a true minus sign.

use serde::Serialize;

use crate::data::CountryInfo;
use crate::scenario::{ParamKind, ParamSpec};

/// A language of chart text, in the order of [`crate::i18n::LANGS`] (a test holds the two
/// to the same codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
}

/// Thousands separator of Russian text: a no-break space, so a number never wraps.
pub const RU_THOUSANDS: char = '\u{a0}';

impl Lang {
    /// Every language, in the order of [`crate::i18n::LANGS`].
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// From a query-string code (`en`, `ru`; case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let i = crate::i18n::LANGS.iter().position(|(c, _)| *c == code)?;
        Lang::ALL.get(i).copied()
    }

    /// The language's code (its catalog's name).
    pub fn code(self) -> &'static str {
        crate::i18n::LANGS
            .get(self as usize)
            .map_or("en", |(c, _)| c)
    }

    /// The catalog's message `key` in this language.
    pub fn t(self, key: &str) -> &'static str {
        crate::i18n::text(self.code(), key)
    }

    /// The catalog's message `key` in this language with its placeables filled.
    pub fn f(self, key: &str, args: &[(&str, &str)]) -> String {
        crate::i18n::format(self.code(), key, args)
    }

    /// A word that comes with the data in each language (a country's name, a source's or
    /// an outlet's wording, a model's label): the one place a data field is chosen by
    /// language (a new language adds its column to the data and its arm here).
    pub fn data<'a>(self, en: &'a str, ru: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Ru if ru.is_empty() => en,
            Lang::Ru => ru,
        }
    }

    /// A number with `decimals` decimals, thousands grouped, in this language's style (years
    /// are not numbers: write them with `{}`).
    pub fn num(self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return "–".to_string();
        }
        let s = crate::num::fixed(v.abs(), decimals);
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (s.as_str(), None),
        };
        let (sep, point) = match self {
            Lang::En => (',', '.'),
            Lang::Ru => (RU_THOUSANDS, ','),
        };
        let mut out = String::new();
        // A rounded value of zero has no sign.
        if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('−');
        }
        let digits: Vec<char> = int.chars().collect();
        for (i, c) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(*c);
        }
        if let Some(f) = frac {
            out.push(point);
            out.push_str(f);
        }
        out
    }

    /// A signed number (`+1.2`, `−0.4`, `0`).
    pub fn signed(self, v: f64, decimals: usize) -> String {
        let s = self.num(v, decimals);
        if v > 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
            format!("+{s}")
        } else {
            s
        }
    }

    /// A count given in thousands, as millions: one decimal from 10 million up, two below.
    pub fn millions(self, thousands: f64) -> String {
        let m = thousands / 1000.0;
        self.num(m, if m.abs() >= 10.0 { 1 } else { 2 })
    }

    /// "million" / "млн".
    pub fn million_word(self) -> &'static str {
        self.t("chart-common-million")
    }

    /// Abbreviated month name (1–12), as a month stands alone ("март 2024").
    pub fn month(self, m: u32) -> &'static str {
        self.t(MONTHS[(m.clamp(1, 12) - 1) as usize].0)
    }

    /// Abbreviated month name (1–12) after a day number: the genitive where a language
    /// has one ("22 марта 2024").
    pub fn month_of_day(self, m: u32) -> &'static str {
        self.t(MONTHS[(m.clamp(1, 12) - 1) as usize].1)
    }

    /// The country's name in this language.
    pub fn country(self, info: &CountryInfo) -> &str {
        self.data(&info.name_en, &info.name_ru)
    }

    /// A lever set away from its default as a reader sees it, its label and `value unit`,
    /// from its row of the parameter table and the value as the query string writes it
    /// ([`crate::scenario::Scenario::moved`]).
    pub fn lever(self, p: &ParamSpec, value: &str) -> (String, String) {
        let label = self.data(p.label, p.label_ru);
        // A year as written; a change (a lever that can go below zero) with its sign.
        let year = p.unit == "year";
        let value = match (&p.kind, crate::num::parse(value)) {
            (ParamKind::Number, Some(v)) if !year && p.min < 0.0 => {
                self.signed(v, p.decimals as usize)
            }
            (ParamKind::Number, Some(v)) if !year => self.num(v, p.decimals as usize),
            (ParamKind::Number, _) => value.to_string(),
            (ParamKind::Choice, _) => self.choice(value).to_string(),
        };
        let unit = if year {
            ""
        } else {
            self.data(p.unit, p.unit_ru)
        };
        let value = if unit.is_empty() {
            value
        } else {
            format!("{value} {unit}")
        };
        (label.to_string(), value)
    }

    /// A choice of a lever (UN variant, fertility lever, migrant-stock measure) in this
    /// language (`choice-<value>` in the catalogs; a value without one is shown as it is).
    pub fn choice(self, value: &str) -> &str {
        let key = format!("choice-{value}");
        if crate::i18n::has(&key) {
            self.t(&key)
        } else {
            value
        }
    }
}

/// The catalog keys of the months: standing alone and after a day number.
const MONTHS: [(&str, &str); 12] = [
    ("month-1", "month-of-day-1"),
    ("month-2", "month-of-day-2"),
    ("month-3", "month-of-day-3"),
    ("month-4", "month-of-day-4"),
    ("month-5", "month-of-day-5"),
    ("month-6", "month-of-day-6"),
    ("month-7", "month-of-day-7"),
    ("month-8", "month-of-day-8"),
    ("month-9", "month-of-day-9"),
    ("month-10", "month-of-day-10"),
    ("month-11", "month-of-day-11"),
    ("month-12", "month-of-day-12"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_per_language() {
        assert_eq!(Lang::En.num(1234567.891, 1), "1,234,567.9");
        assert_eq!(Lang::Ru.num(1234567.891, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(Lang::En.num(1000.0, 0), "1,000");
        assert_eq!(Lang::Ru.num(1000.0, 0), "1\u{a0}000");
        assert_eq!(Lang::En.num(12345.0, 0), "12,345");
        assert_eq!(Lang::Ru.num(-0.04, 1), "0,0");
        assert_eq!(Lang::Ru.num(-3.25, 1), "−3,2");
        assert_eq!(Lang::En.signed(0.5, 1), "+0.5");
        assert_eq!(Lang::En.millions(143_997.4), "144.0");
        assert_eq!(Lang::Ru.millions(1_230.0), "1,23");
        assert_eq!(Lang::En.num(f64::NAN, 1), "–");
    }
}
