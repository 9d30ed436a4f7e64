//! Language of chart text: English or Russian (`lang=en|ru`). Every string a chart draws
//! is chosen here or beside it with [`Lang::pick`]; numbers are formatted per language
//! (English: `1,234.5`; Russian: a no-break space between thousands and a decimal comma,
//! `1 234,5`), and negative numbers take a true minus sign.

use serde::Serialize;

use crate::data::CountryInfo;
use crate::scenario::{ParamKind, ParamSpec};

/// A language of chart text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
}

/// Thousands separator of Russian text: a no-break space, so a number never wraps.
pub const RU_THOUSANDS: char = '\u{a0}';

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_RU: [&str; 12] = [
    "янв.",
    "февр.",
    "март",
    "апр.",
    "май",
    "июнь",
    "июль",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

/// Russian months after a day number take the genitive: "22 марта 2024".
const MONTHS_RU_GENITIVE: [&str; 12] = [
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

impl Lang {
    /// From a query-string code (`en`, `ru`; case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The English or the Russian text.
    pub fn pick<'a>(self, en: &'a str, ru: &'a str) -> &'a str {
        match self {
            Lang::En => en,
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
        self.pick("million", "млн")
    }

    /// Abbreviated month name (1–12).
    pub fn month(self, m: u32) -> &'static str {
        let i = (m.clamp(1, 12) - 1) as usize;
        match self {
            Lang::En => MONTHS_EN.get(i).copied().unwrap_or(""),
            Lang::Ru => MONTHS_RU.get(i).copied().unwrap_or(""),
        }
    }

    /// Abbreviated month name (1–12) after a day number ("22 марта" in Russian).
    pub fn month_of_day(self, m: u32) -> &'static str {
        let i = (m.clamp(1, 12) - 1) as usize;
        match self {
            Lang::En => MONTHS_EN.get(i).copied().unwrap_or(""),
            Lang::Ru => MONTHS_RU_GENITIVE.get(i).copied().unwrap_or(""),
        }
    }

    /// The country's name in this language.
    pub fn country(self, info: &CountryInfo) -> &str {
        match self {
            Lang::En => &info.name_en,
            Lang::Ru => &info.name_ru,
        }
    }

    /// A lever set away from its default as a reader sees it, its label and `value unit`,
    /// from its row of the parameter table and the value as the query string writes it
    /// ([`crate::scenario::Scenario::moved`]).
    pub fn lever(self, p: &ParamSpec, value: &str) -> (String, String) {
        let label = match self {
            Lang::Ru if !p.label_ru.is_empty() => p.label_ru,
            _ => p.label,
        };
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
        let unit = match self {
            _ if year => "",
            Lang::Ru if !p.unit_ru.is_empty() => p.unit_ru,
            _ => p.unit,
        };
        let value = if unit.is_empty() {
            value
        } else {
            format!("{value} {unit}")
        };
        (label.to_string(), value)
    }

    /// A choice of a lever (UN variant, fertility lever, migrant-stock measure) in this
    /// language.
    pub fn choice(self, value: &str) -> &str {
        if self == Lang::En {
            return value;
        }
        match value {
            "medium" => "средний",
            "low" => "низкий",
            "high" => "высокий",
            "shift" => "сдвиг",
            "target" => "цель",
            "undesa" => "ООН (DESA)",
            "mvd" => "МВД",
            other => other,
        }
    }
}

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
