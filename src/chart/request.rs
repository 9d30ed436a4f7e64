//! What to draw: a [`ViewRequest`] read from the same query string the widget keeps in
//! its URL (`view=pyramid&country=RUS&year=2050&lang=ru&tfr_shift=0.2&…`). The view-level
//! keys (`view`, `year`, `lang`, `b`, `presets`) come from the parameter table's `view`
//! rows; every other key is a lever read by [`Scenario::parse_query`], so the two cannot
//! drift apart. Scenario B of the compare view is a preset id or a whole url-encoded query
//! string (`b=tfr_shift%3D0.3%26lab_tjk%3D500`).

use serde::Serialize;

use crate::scenario::{clip, Clamp, ParamKind, ParamSpec, ParamTable, QueryError, Scenario};

use super::i18n::Lang;
use super::ChartError;

/// The views a request can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// Population lines with UN intervals and variants, the scenario, presets, Rosstat
    /// markers and dated events.
    Projection,
    /// Population by age and sex in one year, the UN medium baseline as an outline.
    Pyramid,
    /// Scenario A against scenario B: both lines, the difference, an outcomes table.
    Compare,
    /// The Compatriots Program series against its goal and the reader's level.
    Compatriots,
    /// Remittances as a share of GDP: World Bank history and the scenario path.
    Remittances,
    /// Relokanty host countries: the briefs' ranges and the scenario's effect.
    Relokanty,
    /// Replacement migration: the net migration that holds a measure, against the UN's,
    /// Rosstat's and the briefs' flows, and the population it implies.
    Needs,
}

impl View {
    /// The view of a `view=` value (its canonical spelling in the parameter table).
    pub fn from_code(code: &str) -> Option<View> {
        Some(match code {
            "projection" => View::Projection,
            "pyramid" => View::Pyramid,
            "compare" => View::Compare,
            "compatriots" => View::Compatriots,
            "remittances" => View::Remittances,
            "relokanty" => View::Relokanty,
            "needs" => View::Needs,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            View::Projection => "projection",
            View::Pyramid => "pyramid",
            View::Compare => "compare",
            View::Compatriots => "compatriots",
            View::Remittances => "remittances",
            View::Relokanty => "relokanty",
            View::Needs => "needs",
        }
    }
}

/// Presets drawn over the projection view (`presets=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Overlay {
    None,
    /// Rosstat's October 2023 low / medium / high as rebuilt by the engine (Russia only).
    Rosstat,
    /// UN low and high as projected by the engine.
    Un,
    /// Every preset.
    All,
}

impl Overlay {
    fn from_code(code: &str) -> Option<Overlay> {
        Some(match code {
            "none" => Overlay::None,
            "rosstat" => Overlay::Rosstat,
            "un" => Overlay::Un,
            "all" => Overlay::All,
            _ => return None,
        })
    }
    pub fn code(self) -> &'static str {
        match self {
            Overlay::None => "none",
            Overlay::Rosstat => "rosstat",
            Overlay::Un => "un",
            Overlay::All => "all",
        }
    }
}

/// Scenario B of the compare view.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScenarioB {
    /// A preset, by id (resolved by the renderer).
    Preset(String),
    /// A scenario of its own query string (its country is forced to A's).
    Query(Box<Scenario>),
}

/// A parsed request: the view, how to show it and the scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ViewRequest {
    pub view: View,
    pub lang: Lang,
    /// Year of the pyramid (mid-year).
    pub year: i32,
    pub overlay: Overlay,
    pub b: ScenarioB,
    /// Scenario A: the levers.
    pub scenario: Scenario,
    /// Out-of-range numbers that were clamped (A's and B's; B's keys prefixed `b.`).
    pub clamps: Vec<Clamp>,
}

/// Levers in words ([`ViewRequest::levers`]) as one line, `label: value; …`.
pub fn levers_line(levers: &[(String, String)]) -> String {
    levers
        .iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn choice_value<'t>(p: &'t ParamSpec, v: &str) -> Result<&'t str, ChartError> {
    p.choices
        .iter()
        .find(|c| c.eq_ignore_ascii_case(v.trim()))
        .copied()
        .ok_or_else(|| {
            ChartError::from(QueryError::BadChoice {
                key: p.key.to_string(),
                value: clip(v),
                choices: p.choices.iter().map(|c| c.to_string()).collect(),
            })
        })
}

fn default_choice(p: Option<&ParamSpec>) -> &str {
    p.and_then(|p| p.choices.get(p.default.max(0.0) as usize).copied())
        .unwrap_or("")
}

/// Scenario B when no `b=` is given: the UN medium would be A itself as the comparison
/// opens ("difference 0"), so B is a story of its own, the world without net migration
/// (what migration adds): the parameter table's default ([`crate::scenario::DEFAULT_B`]).
/// It stays B while levers move, so B never changes under a reader's slider; the CLI, the
/// widget and the tests share it.
pub const STORY_B: &str = crate::scenario::DEFAULT_B;

/// The `b=` a request means when it gives none: the parameter table's default.
pub fn default_b<'t>(table: &'t ParamTable, _a: &Scenario) -> &'t str {
    default_choice(table.view_param("b"))
}

impl ViewRequest {
    /// Scenario A's levers set away from their defaults, in words in the request's language
    /// (label; value with unit), in table order; the country, which titles say, left out.
    pub fn levers(&self, table: &ParamTable) -> Vec<(String, String)> {
        self.scenario
            .moved(table)
            .into_iter()
            .filter(|(p, _)| p.key != "country")
            .map(|(p, v)| self.lang.lever(p, &v))
            .collect()
    }

    /// Reads the widget's query string against `table`: view-level keys here, levers by
    /// [`Scenario::parse_query`]. An unknown view, language, preset or overlay, a bad
    /// year, a key twice or any lever error is a [`ChartError`] naming the input and what
    /// is allowed; out-of-range numbers are clamped and listed in `clamps`.
    pub fn parse(table: &ParamTable, query: &str) -> Result<ViewRequest, ChartError> {
        let q = query.trim();
        let q = q.strip_prefix('?').unwrap_or(q);
        let mut levers: Vec<&str> = Vec::new();
        let mut seen: Vec<&'static str> = Vec::new();
        let mut req = ViewRequest {
            view: View::Projection,
            lang: Lang::En,
            year: 2050,
            overlay: Overlay::None,
            b: ScenarioB::Preset(default_choice(table.view_param("b")).to_string()),
            scenario: Scenario::baseline(table),
            clamps: Vec::new(),
        };
        if let Some(p) = table.view_param("year") {
            req.year = p.default as i32;
        }
        let mut b_text: Option<String> = None;
        for seg in q.split('&') {
            let Some((k, v)) = form_urlencoded::parse(seg.as_bytes()).next() else {
                continue;
            };
            let key = k.trim();
            let Some(p) = table.view_param(key) else {
                levers.push(seg);
                continue;
            };
            if seen.contains(&p.key) {
                return Err(QueryError::Duplicate {
                    key: p.key.to_string(),
                }
                .into());
            }
            seen.push(p.key);
            let v = v.trim();
            if v.is_empty() {
                return Err(QueryError::EmptyValue {
                    key: p.key.to_string(),
                }
                .into());
            }
            if p.key == "b" {
                b_text = Some(v.to_string());
            } else {
                req.set_view_key(p, v)?;
            }
        }
        let (scenario, clamps) =
            Scenario::parse_query(table, &levers.join("&")).map_err(|e| match e {
                // A misspelt view key is suggested too.
                QueryError::UnknownKey { key, suggestion } => {
                    let lower = key.to_ascii_lowercase();
                    let view_hint = table
                        .view
                        .iter()
                        .find(|p| lower.starts_with(p.key) || p.key.starts_with(&lower))
                        .map(|p| p.key.to_string());
                    ChartError::from(QueryError::UnknownKey {
                        key,
                        suggestion: suggestion.or(view_hint),
                    })
                }
                e => ChartError::from(e),
            })?;
        req.scenario = scenario;
        req.clamps.extend(clamps);
        req.b = match b_text {
            Some(b) => Self::parse_b(table, &b, &req.scenario.country, &mut req.clamps)?,
            None => ScenarioB::Preset(default_b(table, &req.scenario).to_string()),
        };
        Ok(req)
    }

    /// Sets a view-level key other than `b` from its (trimmed, non-empty) value.
    fn set_view_key(&mut self, p: &ParamSpec, v: &str) -> Result<(), ChartError> {
        match p.key {
            "view" => {
                let c = choice_value(p, v)?;
                self.view = View::from_code(c).unwrap_or(View::Projection);
            }
            "lang" => {
                let c = choice_value(p, v)?;
                self.lang = Lang::from_code(c).unwrap_or(Lang::En);
            }
            "presets" => {
                let c = choice_value(p, v)?;
                self.overlay = Overlay::from_code(c).unwrap_or(Overlay::None);
            }
            "year" => {
                // Read as the levers are: `1e999` is clamped (and reported), `NaN` and
                // `inf` are refused.
                let x = p.read_number(v)?;
                let used = p.round(crate::num::clamp(x, p.min, p.max));
                if used != p.round(x) {
                    self.clamps.push(Clamp {
                        key: p.key.to_string(),
                        given: clip(v),
                        used,
                        min: p.min,
                        max: p.max,
                        unit: p.unit.to_string(),
                    });
                }
                self.year = used as i32;
            }
            _ => {}
        }
        Ok(())
    }

    fn parse_b(
        table: &ParamTable,
        b: &str,
        country: &str,
        clamps: &mut Vec<Clamp>,
    ) -> Result<ScenarioB, ChartError> {
        let Some(p) = table.view_param("b") else {
            return Err(ChartError::Request {
                key: "b".into(),
                value: clip(b),
                hint: "the parameter table has no `b` row".into(),
            });
        };
        if let Some(id) = p.choices.iter().find(|c| c.eq_ignore_ascii_case(b.trim())) {
            return Ok(ScenarioB::Preset(id.to_string()));
        }
        if !b.contains('=') {
            return Err(ChartError::Request {
                key: "b".into(),
                value: clip(b),
                hint: format!(
                    "give a preset id ({}) or a url-encoded query string such as \
                     b=tfr_shift%3D0.3",
                    p.choices.join(", ")
                ),
            });
        }
        let (mut s, cl) = Scenario::parse_query(table, b).map_err(|e| ChartError::Request {
            key: "b".into(),
            value: clip(b),
            hint: format!("scenario B: {e}"),
        })?;
        s.country = country.to_string();
        clamps.extend(cl.into_iter().map(|mut c| {
            c.key = format!("b.{}", c.key);
            c
        }));
        Ok(ScenarioB::Query(Box::new(s)))
    }

    /// The query string of this request: view keys that differ from their defaults, then
    /// the scenario's levers (only what differs), so `parse(to_query(r)) == r`.
    pub fn to_query(&self, table: &ParamTable) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for p in &table.view {
            let v = match p.key {
                "view" => self.view.code().to_string(),
                "lang" => self.lang.code().to_string(),
                "presets" => self.overlay.code().to_string(),
                "year" => p.format(f64::from(self.year)),
                "b" => match &self.b {
                    ScenarioB::Preset(id) => id.clone(),
                    // The country is always written, so a B equal to the baseline
                    // stays a (non-empty) query string.
                    ScenarioB::Query(s) => {
                        let q = s.write_query(table);
                        if q.starts_with("country=") {
                            q
                        } else {
                            let c = form_urlencoded::Serializer::new(String::new())
                                .append_pair("country", &s.country)
                                .finish();
                            if q.is_empty() {
                                c
                            } else {
                                format!("{c}&{q}")
                            }
                        }
                    }
                },
                _ => continue,
            };
            let default = match p.kind {
                ParamKind::Number => p.format(p.default),
                ParamKind::Choice if p.key == "b" => default_b(table, &self.scenario).to_string(),
                ParamKind::Choice => default_choice(Some(p)).to_string(),
            };
            if v != default {
                out.append_pair(p.key, &v);
            }
        }
        let view = out.finish();
        let levers = self.scenario.write_query(table);
        match (view.is_empty(), levers.is_empty()) {
            (true, _) => levers,
            (_, true) => view,
            _ => format!("{view}&{levers}"),
        }
    }
}
