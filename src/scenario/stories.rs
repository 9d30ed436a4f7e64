//! Stories: the briefs' questions as entry points. Each story is a preset with a question
//! and a one-sentence caption whose numbers come from projecting the preset against UN WPP
//! 2024's medium variant (Russia's population at mid-2050), or, for Rosstat's forecast, from
//! the published totals. Both languages are built at once (`[English, Russian]`).

use serde::Serialize;

use crate::data::Dataset;
use crate::i18n;

use super::assumptions::num;
use super::error::ScenarioError;
use super::presets::{Preset, ROSSTAT_HORIZON};
use super::query::Scenario;
use super::run::Projector;

/// The year the captions compare populations in (mid-year): the briefs' horizon.
pub const STORY_YEAR: i32 = 2050;

/// A story: which preset, the question it answers and the answer in one sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Story {
    /// The preset's id (its query is `query`).
    pub id: &'static str,
    /// The question, English and Russian.
    pub question: [String; 2],
    /// The answer with the scenario's numbers, English and Russian.
    pub caption: [String; 2],
    /// The preset's query string.
    pub query: String,
}

impl Story {
    /// This story in `lang` (`ru` or English): `(question, caption)`.
    pub fn in_lang(&self, lang: &str) -> (&str, &str) {
        let i = usize::from(lang == "ru");
        (&self.question[i], &self.caption[i])
    }
}

/// The stories, in the order the widget lists them, by preset id; their words are the
/// catalogs' `story-<id>-question` and `story-<id>-caption`.
const STORIES: [&str; 6] = [
    "rosstat_low",
    "compatriots_goal",
    "crocus_persists",
    "war_ends_relokanty_return",
    "no_net_migration",
    "hold_workforce",
];

/// A difference of populations (thousands) in words of `lang`: "7.2 million more" / "на
/// 7,2 млн больше", thousands below a million.
fn difference(lang: &str, d: f64) -> String {
    let (v, unit, dec) = if d.abs() >= 1000.0 {
        (d.abs() / 1000.0, "million", 1)
    } else {
        (d.abs(), "thousand", 0)
    };
    let dir = if d >= 0.0 { "more" } else { "fewer" };
    let n = &num(v, dec)[usize::from(lang == "ru")];
    i18n::format(lang, &format!("diff-{dir}-{unit}"), &[("n", n)])
}

/// Millions with one decimal in `lang`.
fn millions(lang: &str, v: f64) -> String {
    num(v / 1000.0, 1)[usize::from(lang == "ru")].clone()
}

/// Both languages of a message with `args` that depend on the language.
fn both(key: &str, args: impl Fn(&str) -> Vec<(&'static str, String)>) -> [String; 2] {
    ["en", "ru"].map(|lang| {
        let a = args(lang);
        let pairs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
        i18n::format(lang, key, &pairs)
    })
}

/// The stories of the presets that have a question, in the questions' order.
pub fn stories(
    data: &Dataset,
    pr: &mut Projector<'_>,
    presets: &[Preset],
) -> Result<Vec<Story>, ScenarioError> {
    let table = pr.table().clone();
    let base = pr.project(&Scenario::baseline(&table))?;
    let at = |r: &super::run::ScenarioResult| {
        let p = &r.main.projection;
        p.index_of(STORY_YEAR).map_or(f64::NAN, |i| p.total(i))
    };
    let un = at(&base);
    let mut out = Vec::new();
    for id in STORIES {
        let Some(p) = presets.iter().find(|p| p.id == id) else {
            continue;
        };
        let (s, _) = Scenario::parse_query(&table, &p.query)?;
        let r = pr.project(&s)?;
        let (value, d) = (at(&r), at(&r) - un);
        // The preset's own settings, as the caption names them.
        let val = |key: &str| {
            s.number(key)
                .map_or(String::from("?"), |v| format!("{v:.0}"))
        };
        let caption = if id == "rosstat_low" {
            rosstat_caption(data, p)?
        } else {
            let own = format!("story-{id}-caption");
            let key = if i18n::has(&own) {
                own
            } else {
                "story-other-caption".to_string()
            };
            both(&key, |lang| {
                vec![
                    ("diff", difference(lang, d)),
                    ("year", STORY_YEAR.to_string()),
                    ("un", millions(lang, un)),
                    ("value", millions(lang, value)),
                    ("goal", val("compat")),
                    ("from", val("compat_from")),
                    ("until", val("crocus_end")),
                    ("war_end", val("war_end")),
                    ("share", val("rel_return")),
                    ("by", val("rel_year")),
                ]
            })
        };
        out.push(Story {
            id,
            question: both(&format!("story-{id}-question"), |_| Vec::new()),
            caption,
            query: p.query.clone(),
        });
    }
    Ok(out)
}

/// Rosstat's low variant as published, beside UN WPP 2024 on the same date and territory.
fn rosstat_caption(data: &Dataset, p: &Preset) -> Result<[String; 2], ScenarioError> {
    let m = p
        .marker
        .as_ref()
        .ok_or_else(|| ScenarioError::MissingFigure(format!("the marker of preset {}", p.id)))?;
    // 1 January of the horizon = the UN's year-end total of the year before.
    let un = data
        .country("RUS")
        .and_then(|c| c.pop_total(ROSSTAT_HORIZON - 1))
        .and_then(|r| r.medium)
        .ok_or_else(|| {
            ScenarioError::MissingFigure(format!(
                "Russia's medium total at the end of {} in data/pop_total.csv",
                ROSSTAT_HORIZON - 1
            ))
        })?;
    Ok(both("story-rosstat_low-caption", |lang| {
        vec![
            ("published", millions(lang, m.published)),
            ("adjusted", millions(lang, m.adjusted)),
            ("un", millions(lang, un)),
            ("horizon", ROSSTAT_HORIZON.to_string()),
        ]
    }))
}
