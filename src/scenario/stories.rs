//! Stories: the briefs' questions as entry points. Each story is a preset with a question
//! and a one-sentence caption whose numbers come from projecting the preset against UN WPP
//! 2024's medium variant (Russia's population at mid-2050), or, for Rosstat's forecast, from
//! the published totals. Question and caption are catalog texts ([`Text`]), worded in a
//! reader's language only when shown.

use serde::Serialize;

use crate::data::Dataset;
use crate::i18n::{self, Arg, Text};

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
    /// The question (`story-ID-question`).
    pub question: Text,
    /// The answer with the scenario's numbers (`story-ID-caption`).
    pub caption: Text,
    /// The preset's query string.
    pub query: String,
}

impl Story {
    /// This story in `lang` (a code of [`i18n::LANGS`]; another reads as English):
    /// `(question, caption)`.
    pub fn in_lang(&self, lang: &str) -> (String, String) {
        (self.question.in_lang(lang), self.caption.in_lang(lang))
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

/// A difference of populations (thousands) in words: "7.2 million more" / "на 7,2 млн
/// больше", thousands below a million.
fn difference(d: f64) -> Arg {
    let (v, unit, dec) = if d.abs() >= 1000.0 {
        (d.abs() / 1000.0, "million", 1)
    } else {
        (d.abs(), "thousand", 0)
    };
    let dir = if d >= 0.0 { "more" } else { "fewer" };
    Text::new(format!("diff-{dir}-{unit}"))
        .arg("n", Arg::num(v, dec))
        .into()
}

/// Millions with one decimal.
fn millions(v: f64) -> Arg {
    Arg::num(v / 1000.0, 1)
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
            Text::new(key)
                .arg("diff", difference(d))
                .arg("year", STORY_YEAR)
                .arg("un", millions(un))
                .arg("value", millions(value))
                .arg("goal", val("compat"))
                .arg("from", val("compat_from"))
                .arg("until", val("crocus_end"))
                .arg("war_end", val("war_end"))
                .arg("share", val("rel_return"))
                .arg("by", val("rel_year"))
        };
        out.push(Story {
            id,
            question: Text::new(format!("story-{id}-question")),
            caption,
            query: p.query.clone(),
        });
    }
    Ok(out)
}

/// Rosstat's low variant as published, beside UN WPP 2024 on the same date and territory.
fn rosstat_caption(data: &Dataset, p: &Preset) -> Result<Text, ScenarioError> {
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
    Ok(Text::new("story-rosstat_low-caption")
        .arg("published", millions(m.published))
        .arg("adjusted", millions(m.adjusted))
        .arg("un", millions(un))
        .arg("horizon", ROSSTAT_HORIZON))
}
