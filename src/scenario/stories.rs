//! Stories: the briefs' questions as entry points. Each story is a preset with a question
//! and a one-sentence caption whose numbers come from projecting the preset against UN WPP
//! 2024's medium variant (Russia's population at mid-2050), or, for Rosstat's forecast, from
//! the published totals. Both languages are built at once (`[English, Russian]`).

use serde::Serialize;

use crate::data::Dataset;

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

/// The questions, in the order the widget lists them: preset id, English, Russian.
const QUESTIONS: [(&str, &str, &str); 6] = [
    (
        "rosstat_low",
        "How far could Russia's population fall?",
        "Насколько может сократиться население России?",
    ),
    (
        "compatriots_goal",
        "What if the Compatriots Program met its goal?",
        "Что, если Программа соотечественников выполнит свою цель?",
    ),
    (
        "crocus_persists",
        "What if migrants keep away after the Crocus attack?",
        "Что, если мигранты не вернутся после теракта в «Крокусе»?",
    ),
    (
        "war_ends_relokanty_return",
        "What if the war ended and the relokanty came home?",
        "Что, если война закончится и релоканты вернутся?",
    ),
    (
        "no_net_migration",
        "What if no migrants came at all?",
        "Что, если мигрантов не будет совсем?",
    ),
    (
        "hold_workforce",
        "What would it take to keep Russia's workforce at its 2025 size?",
        "Сколько мигрантов нужно, чтобы трудоспособное население России не сократилось?",
    ),
];

/// A difference of populations (thousands) in words: "7.2 million more" / "на 7,2 млн больше",
/// or thousands below a million.
fn difference(d: f64) -> [String; 2] {
    let (v, en_unit, ru_unit, dec) = if d.abs() >= 1000.0 {
        (d.abs() / 1000.0, "million", "млн", 1)
    } else {
        (d.abs(), "thousand", "тыс.", 0)
    };
    let [en, ru] = num(v, dec);
    let (more, more_ru) = if d >= 0.0 {
        ("more", "больше")
    } else {
        ("fewer", "меньше")
    };
    [
        format!("{en} {en_unit} {more}"),
        format!("на {ru} {ru_unit} {more_ru}"),
    ]
}

/// Millions with one decimal, both languages.
fn millions(v: f64) -> [String; 2] {
    num(v / 1000.0, 1)
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
    for (id, q_en, q_ru) in QUESTIONS {
        let Some(p) = presets.iter().find(|p| p.id == id) else {
            continue;
        };
        let (s, _) = Scenario::parse_query(&table, &p.query)?;
        let r = pr.project(&s)?;
        let [d_en, d_ru] = difference(at(&r) - un);
        let [un_en, un_ru] = millions(un);
        let [v_en, v_ru] = millions(at(&r));
        let y = STORY_YEAR;
        // The preset's own settings, as the caption names them.
        let val = |key: &str| {
            s.number(key)
                .map_or(String::from("?"), |v| format!("{v:.0}"))
        };
        let (from, war_end, ret, ret_year) = (
            val("compat_from"),
            val("war_end"),
            val("rel_return"),
            val("rel_year"),
        );
        let [goal_en, goal_ru] = num(s.number("compat").unwrap_or(f64::NAN), 0);
        let caption = match id {
            "rosstat_low" => rosstat_caption(data, p)?,
            "compatriots_goal" => [
                format!("If the Compatriots Program's goal of {goal_en} thousand a year were met from {from}, Russia would have {d_en} people in {y} than UN WPP 2024 projects ({un_en} → {v_en} million)."),
                format!("Если бы цель Программы соотечественников ({goal_ru} тыс. человек в год) выполнялась с {from} г., в {y} г. в России было бы {d_ru} человек, чем по прогнозу ООН WPP 2024 ({un_ru} → {v_ru} млн)."),
            ],
            "crocus_persists" => [
                format!("If the post-Crocus drop in arrivals from Tajikistan and Uzbekistan lasted to {}, Russia would have {d_en} people in {y} than UN WPP 2024 projects.", val("crocus_end")),
                format!("Если приток мигрантов из Таджикистана и Узбекистана останется сниженным до {} г., в {y} г. в России будет {d_ru} человек, чем по прогнозу ООН WPP 2024.", val("crocus_end")),
            ],
            "war_ends_relokanty_return" => [
                format!("If the war ended in {war_end} and {ret} % of the relokanty came back by {ret_year}, Russia would have {d_en} people in {y} than UN WPP 2024 projects."),
                format!("Если война закончится в {war_end} г. и {ret} % релокантов вернутся к {ret_year} г., в {y} г. в России будет {d_ru} человек, чем по прогнозу ООН WPP 2024."),
            ],
            "no_net_migration" => [
                format!("Without any net migration, Russia would have {d_en} people in {y} than UN WPP 2024 projects ({un_en} → {v_en} million)."),
                format!("Без миграционного прироста в {y} г. в России будет {d_ru} человек, чем по прогнозу ООН WPP 2024 ({un_ru} → {v_ru} млн)."),
            ],
            _ => [
                format!("Russia in {y}: {v_en} million people, {d_en} than UN WPP 2024 projects."),
                format!("Россия в {y} г.: {v_ru} млн человек, {d_ru}, чем по прогнозу ООН WPP 2024."),
            ],
        };
        out.push(Story {
            id,
            question: [q_en.to_string(), q_ru.to_string()],
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
    let ([pub_en, pub_ru], [adj_en, adj_ru], [un_en, un_ru]) =
        (millions(m.published), millions(m.adjusted), millions(un));
    let h = ROSSTAT_HORIZON;
    Ok([
        format!("Rosstat's low variant (October 2023): {pub_en} million people on 1 January {h} with Crimea and Sevastopol, {adj_en} million without them, against {un_en} million in UN WPP 2024."),
        format!("Низкий вариант прогноза Росстата (октябрь 2023 г.): {pub_ru} млн человек на 1 января {h} г. с Крымом и Севастополем, {adj_ru} млн без них; по прогнозу ООН WPP 2024 — {un_ru} млн."),
    ])
}
