//! Dated events from the policy briefs that time charts mark: the February 2022
//! invasion, the September 2022 mobilisation and the March 2024 Crocus City Hall attack.
//! Dates, wording and the brief each comes from are read from `data/briefs_figures.csv`
//! by id; only the short chart labels are written here.

use serde::Serialize;

use crate::data::Dataset;

use super::i18n::Lang;

/// Ids of the marked events in `briefs_figures.csv` with the catalog keys of their short
/// labels.
pub const EVENT_IDS: [(&str, &str); 3] = [
    ("CR003", "event-invasion-of-ukraine"),
    ("CR055", "event-mobilisation"),
    ("CR077", "event-crocus-city-hall-attack"),
];

/// A dated event drawn on time charts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    /// Decimal year of the date (start of the month or the day).
    pub date: f64,
    /// Short label with its month, e.g. "Feb 2022: invasion of Ukraine".
    pub label: String,
    /// One-line source: the brief's words, its id and the brief.
    pub source: String,
}

/// `(year, month, day)` of the first `YYYY-MM` or `YYYY-MM-DD` in `text`.
pub fn parse_date(text: &str) -> Option<(i32, u32, Option<u32>)> {
    let t = text.trim();
    let y: i32 = t.get(0..4)?.parse().ok()?;
    if t.get(4..5)? != "-" {
        return None;
    }
    let m: u32 = t.get(5..7)?.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let d = (t.get(7..8) == Some("-"))
        .then(|| t.get(8..10).and_then(|d| d.parse::<u32>().ok()))
        .flatten()
        .filter(|d| (1..=31).contains(d));
    Some((y, m, d))
}

/// Citation of a brief by its key in `briefs_figures.csv`.
pub fn brief_citation(key: &str, lang: Lang) -> &'static str {
    match key {
        "crossroads_2025" => lang.t("event-sahadeo-morrison-2025-prague-process"),
        "relokanty_2024" => lang.t("event-sahadeo-2024-prague-process-policy"),
        _ => lang.t("event-prague-process-policy-brief"),
    }
}

/// The marked events found in the data, in date order (an id missing from the data is
/// left out; a test checks all are there).
pub fn events(data: &Dataset, lang: Lang) -> Vec<Event> {
    let mut out: Vec<Event> = EVENT_IDS
        .iter()
        .filter_map(|(id, key)| {
            let b = data.brief(id)?;
            let (y, m, d) = parse_date(&b.period_or_date)?;
            let date = f64::from(y)
                + (f64::from(m) - 1.0) / 12.0
                + f64::from(d.unwrap_or(1).saturating_sub(1)) / 365.0;
            let when = match (d, lang) {
                (Some(d), _) => format!("{d} {} {y}", lang.month_of_day(m)),
                (None, _) => format!("{} {y}", lang.month(m)),
            };
            Some(Event {
                id: id.to_string(),
                date,
                label: format!("{when}: {}", lang.t(key)),
                source: format!("“{}” ({})", b.as_stated, brief_citation(&b.brief, lang)),
            })
        })
        .collect();
    // Dates are finite (years with a fraction), so `<` orders them as `total_cmp` does.
    crate::num::sort_by_key(&mut out, |e| e.date);
    out
}

/// Notes of a table (`#` lines of its CSV) naming each marked event, its date and its
/// one-line source.
pub fn events_notes(events: &[Event], lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for e in events {
        out.push(format!(
            "{} {} ({}): {}",
            lang.t("chart-common-event"),
            e.label,
            crate::num::fixed(e.date, 3),
            e.source.replace('\n', " ")
        ));
    }
    out
}

/// The source line of the events: the brief they are dated from, in words.
pub fn events_source(events: &[Event], data: &Dataset, lang: Lang) -> String {
    if events.is_empty() {
        return String::new();
    }
    let brief = events
        .first()
        .and_then(|e| data.brief(&e.id))
        .map(|b| brief_citation(&b.brief, lang))
        .unwrap_or("");
    format!("{} {brief}.", lang.t("chart-common-event-dates"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates() {
        assert_eq!(parse_date("2022-02"), Some((2022, 2, None)));
        assert_eq!(parse_date("2024-03-22"), Some((2024, 3, Some(22))));
        assert_eq!(parse_date("early 2024"), None);
        assert_eq!(parse_date("2024-13"), None);
    }
}
