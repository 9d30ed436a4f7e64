//! The scenario type and its query string: a pure parse/serialize pair over a string
//! (`form_urlencoded`), driven by the parameter table. Serializing writes only what differs
//! from the table's defaults, in table order, with each value rounded to its decimals, so
//! `parse(serialize(s)) == s`. Parsing reports out-of-range numbers as clamps (value used,
//! range, value given) and rejects unknown keys, unparsable or non-finite values, empty
//! keys or values and duplicates with a [`QueryError`] naming the input and the fix. A key
//! the table no longer has (`params::RETIRED_KEYS`) is read as absent, with a [`Note`]
//! saying why, so an old address still opens.

use std::fmt;

use serde::Serialize;

use crate::num::shortest;

use super::choices::TfrMode;
use super::error::{clip, nearest, QueryError};
use super::measure::HoldChoice;
pub use super::params::Scenario;
use super::params::{ParamKind, ParamSpec, ParamTable, RETIRED_KEYS};

/// A value outside its parameter's range, replaced by the nearest bound.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Clamp {
    pub key: String,
    /// The value as given in the query string.
    pub given: String,
    /// The value used.
    pub used: f64,
    pub min: f64,
    pub max: f64,
    pub unit: String,
}

impl fmt::Display for Clamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.given == "NaN" {
            write!(
                f,
                "{}=NaN is not a number; using the default {}",
                self.key,
                shortest(self.used)
            )
        } else if self.unit.starts_with("one of ") {
            // A choice brought back to its default by `sanitize`.
            write!(
                f,
                "{}={} is not allowed ({}); using the default",
                self.key, self.given, self.unit
            )
        } else {
            write!(
                f,
                "{}={} is outside {}..{} ({}); using {}",
                self.key,
                self.given,
                shortest(self.min),
                shortest(self.max),
                self.unit,
                shortest(self.used)
            )
        }
    }
}

/// A parameter that has no effect on the scenario as set, e.g. a TFR target given while
/// `tfr_mode=shift`, or war deaths (given or at their non-zero default) while the war ends
/// at the base year. The value is kept (the query reads back unchanged) and the reader is
/// told why it does nothing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    pub key: String,
    /// The value as given in the query string (its default when not given).
    pub given: String,
    /// Why it has no effect and what would make it act.
    pub why: String,
    /// The same in Russian (empty when the widget composes it from `why`).
    pub why_ru: String,
    /// The parameter was not given: its default does nothing as set. The widget says so
    /// next to its slider only, the CLI not at all.
    pub implicit: bool,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={} has no effect: {}", self.key, self.given, self.why)
    }
}

/// Parameters that act only under one choice of another: (key, the choice key, the value
/// under which it acts, what acts instead).
const ACTS_ONLY_WHEN: [(&str, &str, &str, &str); 3] = [
    ("tfr_target", "tfr_mode", "target", "tfr_shift"),
    ("tfr_year", "tfr_mode", "target", "tfr_shift"),
    ("tfr_shift", "tfr_mode", "shift", "tfr_target and tfr_year"),
];

impl Scenario {
    /// Notes on the levers of a canonical widget request (view keys such as `view=` or
    /// `year=` beside the scenario's levers) that have no effect as set (a TFR target while
    /// `tfr_mode=shift`, war deaths at their default while the war ends at the base year,
    /// …): the request's lever part read again with notes (also when it is empty).
    pub fn lever_notes(table: &ParamTable, canonical: &str) -> Vec<Note> {
        let levers: Vec<&str> = canonical
            .split('&')
            .filter(|seg| {
                let key = seg.split('=').next().unwrap_or("");
                !key.is_empty() && table.view_param(key).is_none()
            })
            .collect();
        let view = canonical
            .split('&')
            .find_map(|seg| seg.strip_prefix("view="))
            .unwrap_or("");
        let mut notes = Scenario::parse_query_notes(table, &levers.join("&"))
            .map(|(_, _, notes)| notes)
            .unwrap_or_default();
        // The needs view always holds a measure (working ages unless `hold=` or `measure=`
        // names one), so its start and level act there even without `hold=`.
        if view == "needs" {
            notes.retain(|n| !super::needs::HOLD_KEYS_THE_VIEW_USES.contains(&n.key.as_str()));
        }
        notes
    }

    /// The scenario every parameter of which is at its default.
    pub fn baseline(table: &ParamTable) -> Scenario {
        let mut s = Scenario::empty();
        for p in &table.params {
            s.set_default(p);
        }
        s
    }

    fn set_default(&mut self, p: &ParamSpec) {
        match p.kind {
            ParamKind::Number => {
                if let Some(v) = self.number_mut(p.key) {
                    *v = p.default;
                }
            }
            ParamKind::Choice => {
                let c = p.choices.get(p.default as usize).copied().unwrap_or("");
                self.put_choice(p.key, c);
            }
        }
    }

    /// Sets a number, clamping it into range and rounding it to the parameter's decimals.
    /// Returns the clamp when the value was out of range. Unknown keys and choice keys are
    /// ignored (returns `None`).
    /// A NaN is replaced by the parameter's default and reported as a clamp too (given
    /// `NaN`), so no substitution is ever silent.
    pub fn set_number(&mut self, table: &ParamTable, key: &str, v: f64) -> Option<Clamp> {
        let p = table.get(key).filter(|p| p.kind == ParamKind::Number)?;
        let slot = self.number_mut(key)?;
        let (used, given) = if v.is_nan() {
            (p.default, Some("NaN".to_string()))
        } else if v < p.min || v > p.max {
            let given = if v.is_infinite() {
                if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
            } else {
                // Shortest text that reads back as `v` (not rounded to the decimals: a
                // given 1e300 must not show as a 301-digit number).
                shortest(v)
            };
            (p.round(crate::num::clamp(v, p.min, p.max)), Some(given))
        } else {
            (p.round(v), None)
        };
        *slot = used;
        given.map(|given| Clamp {
            key: key.to_string(),
            given: clip(&given),
            used,
            min: p.min,
            max: p.max,
            unit: p.unit.to_string(),
        })
    }

    /// Sets a choice (case-insensitive), stored in its canonical spelling.
    pub fn set_choice(&mut self, table: &ParamTable, key: &str, v: &str) -> Result<(), QueryError> {
        let Some(p) = table.get(key) else {
            return Err(unknown(table, key));
        };
        let bad = || QueryError::BadChoice {
            key: key.to_string(),
            value: v.to_string(),
            choices: p.choices.iter().map(|c| c.to_string()).collect(),
        };
        let c = p
            .choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(v.trim()))
            .ok_or_else(bad)?;
        self.put_choice(key, c);
        Ok(())
    }

    /// Checks every choice against the table (case and surrounding spaces forgiven) and
    /// stores it in its canonical spelling; the first choice not in its list is an error
    /// naming the parameter and the allowed values.
    pub fn check_choices(&mut self, table: &ParamTable) -> Result<(), QueryError> {
        for p in table.params.iter().filter(|p| p.kind == ParamKind::Choice) {
            if let Some(v) = self.choice(p.key).map(str::to_string) {
                self.set_choice(table, p.key, &v)?;
            }
        }
        Ok(())
    }

    /// Brings a scenario built elsewhere (e.g. deserialized from JavaScript) within the
    /// table: numbers clamped into range and rounded (a NaN becomes the default), a choice
    /// that is not allowed becomes the default. Returns what was changed.
    pub fn sanitize(&mut self, table: &ParamTable) -> Vec<Clamp> {
        let mut out = Vec::new();
        for p in &table.params {
            match p.kind {
                ParamKind::Number => {
                    let Some(v) = self.number(p.key) else {
                        continue;
                    };
                    if let Some(c) = self.set_number(table, p.key, v) {
                        out.push(c);
                    }
                }
                ParamKind::Choice => {
                    let Some(v) = self.choice(p.key).map(str::to_string) else {
                        continue;
                    };
                    if self.set_choice(table, p.key, &v).is_err() {
                        self.set_default(p);
                        out.push(Clamp {
                            key: p.key.to_string(),
                            given: clip(&v),
                            used: p.default,
                            min: p.min,
                            max: p.max,
                            unit: format!("one of {}", p.choices.join(", ")),
                        });
                    }
                }
            }
        }
        out
    }

    /// Reads a query string (a leading `?` is allowed; an empty string is the baseline).
    /// Returns the scenario and the clamps applied.
    ///
    /// Pairs are split on `&` and percent-decoded (`+` is a space; bytes that are not UTF-8
    /// become U+FFFD); keys and values are trimmed. Blank pairs (`a=1&&b=2`, a lone `+`) are
    /// skipped; anything else that cannot be read is an error naming the parameter: a pair
    /// with `=` but no key, an unknown key (a retired one is skipped, with a note from
    /// [`Scenario::parse_query_notes`]), a key twice, a key with no value, a value that
    /// is not a number (hex, unicode digits, `1,5`) or not finite (`NaN`, `inf`), a choice
    /// not in the list. A number beyond its range, including one too large for an `f64`
    /// (`1e999`), is clamped to the nearest bound and reported.
    pub fn parse_query(
        table: &ParamTable,
        query: &str,
    ) -> Result<(Scenario, Vec<Clamp>), QueryError> {
        Scenario::parse_query_notes(table, query).map(|(s, c, _)| (s, c))
    }

    /// As [`Scenario::parse_query`], also returning a [`Note`] for every parameter given
    /// that has no effect on the scenario as set (`tfr_target` or `tfr_year` while
    /// `tfr_mode=shift`, `tfr_shift` while `tfr_mode=target`). Notes change nothing: the
    /// value is kept, so the query reads back as given.
    pub fn parse_query_notes(
        table: &ParamTable,
        query: &str,
    ) -> Result<(Scenario, Vec<Clamp>, Vec<Note>), QueryError> {
        let q = query.trim();
        let q = q.strip_prefix('?').unwrap_or(q);
        let mut s = Scenario::baseline(table);
        let mut clamps = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut given: Vec<(String, String)> = Vec::new();
        let mut retired_notes = Vec::new();
        for seg in q.split('&') {
            let Some((k, v)) = form_urlencoded::parse(seg.as_bytes()).next() else {
                continue; // empty segment: "a=1&&b=2"
            };
            let (k, v) = (k.trim().to_string(), v.trim().to_string());
            if k.is_empty() {
                if v.is_empty() && !seg.contains('=') {
                    continue; // blank segment: "a=1&+&b=2"
                }
                return Err(QueryError::EmptyKey { value: v });
            }
            if seen.contains(&k) {
                return Err(QueryError::Duplicate { key: k });
            }
            seen.push(k.clone());
            if let Some(note) = retired(&k, &v) {
                retired_notes.push(note);
                continue;
            }
            let Some(p) = table.get(&k) else {
                return Err(unknown(table, &k));
            };
            given.push((k.clone(), clip(&v)));
            if v.is_empty() {
                return Err(QueryError::EmptyValue { key: k });
            }
            match p.kind {
                ParamKind::Choice => s.set_choice(table, &k, &v)?,
                ParamKind::Number => {
                    let x = p.read_number(&v)?;
                    if let Some(mut c) = s.set_number(table, &k, x) {
                        c.given = clip(&v);
                        clamps.push(c);
                    }
                }
            }
        }
        let mut notes = retired_notes;
        notes.extend(s.idle(table, &given));
        Ok((s, clamps, notes))
    }

    /// Notes for the retired keys (see [`RETIRED_KEYS`]) a query string holds, in order:
    /// each is read as if absent. Any query, a widget request with view keys too.
    pub fn retired_notes(query: &str) -> Vec<Note> {
        let q = query.trim();
        let q = q.strip_prefix('?').unwrap_or(q);
        form_urlencoded::parse(q.as_bytes())
            .filter_map(|(k, v)| retired(k.trim(), v.trim()))
            .collect()
    }

    /// Notes for the parameters among `given` (key, value text) that have no effect under
    /// this scenario's choices, and for war deaths whenever the war ends at the base year.
    fn idle(&self, table: &ParamTable, given: &[(String, String)]) -> Vec<Note> {
        let mut out = Vec::new();
        for (key, value) in given {
            for (k, choice, acts, instead) in ACTS_ONLY_WHEN {
                let now = self.choice(choice).unwrap_or_default();
                if key == k && !now.eq_ignore_ascii_case(acts) {
                    out.push(Note {
                        key: key.clone(),
                        given: value.clone(),
                        why: format!(
                            "it acts only when {choice}={acts} (now {choice}={now}, where \
                             {instead} sets fertility)"
                        ),
                        why_ru: String::new(),
                        implicit: false,
                    });
                }
            }
        }
        out.extend(self.war_idle(table, given));
        out.extend(self.waiting(table, given));
        out
    }

    /// Levers given that wait on another lever: they shape something the scenario does not
    /// do yet (the end year of a flow that is zero, the start of a hold that is off).
    fn waiting(&self, table: &ParamTable, given: &[(String, String)]) -> Vec<Note> {
        let at_default = |key: &str| {
            table
                .get(key)
                .is_some_and(|p| self.number(key).map(|v| p.format(v)) == Some(p.format(p.default)))
        };
        let no_hold = self.hold == HoldChoice::None;
        let waits = |key: &str| -> Option<(&str, &str)> {
            Some(match key {
                "tfr_mode" if self.tfr_mode == TfrMode::Target && at_default("tfr_target") => (
                    "the target is at its default, the UN value of the base year, which keeps \
                     the UN path; set another target to act",
                    "цель равна значению по умолчанию (значению ООН базового года), а это \
                     сохраняет траекторию ООН; задайте другую цель",
                ),
                "e0_year" if self.e0_m == 0.0 && self.e0_f == 0.0 => (
                    "it acts only when a life-expectancy shift for men or women is set",
                    "действует, только когда задан сдвиг продолжительности жизни мужчин или женщин",
                ),
                "hold_from" | "hold_level" if no_hold => (
                    "it acts only when a measure is held with extra migrants",
                    "действует, только когда показатель удерживается дополнительными мигрантами",
                ),
                "lab_year" if self.lab_uzb == 0.0 && self.lab_tjk == 0.0 && self.lab_kgz == 0.0 => (
                    "it acts only when a change in the labour-migrant stock is set",
                    "действует, только когда задано изменение численности трудовых мигрантов",
                ),
                "ua_year" if self.ua_return == 0.0 && self.ua_more == 0.0 => (
                    "it acts only when Ukrainians return or further arrivals are set",
                    "действует, только когда заданы возвращения или новые прибытия украинцев",
                ),
                "rel_year" if self.rel_return == 0.0 && self.rel_more == 0.0 => (
                    "it acts only when relokanty return or further emigration is set",
                    "действует, только когда заданы возвращения релокантов или дальнейшая эмиграция",
                ),
                "rel_stock" if self.rel_return == 0.0 => (
                    "it sets how many can return: it acts only when a return share is set",
                    "задаёт, сколько человек может вернуться: действует, только когда задана доля возвращающихся",
                ),
                "compat_from" if at_default("compat") => (
                    "it acts only when the Compatriots level differs from the latest reported level",
                    "действует, только когда уровень Программы соотечественников отличается от последнего опубликованного",
                ),
                _ => return None,
            })
        };
        given
            .iter()
            .filter_map(|(key, value)| {
                let (en, ru) = waits(key)?;
                Some(Note {
                    key: key.clone(),
                    given: value.clone(),
                    why: en.to_string(),
                    why_ru: ru.to_string(),
                    implicit: false,
                })
            })
            .collect()
    }

    /// War deaths do nothing while the war ends at (or before) mid-base year: the lever
    /// adds deaths after mid-base year only, earlier ones are UN WPP 2024's.
    fn war_idle(&self, table: &ParamTable, given: &[(String, String)]) -> Option<Note> {
        let (deaths, end) = (table.get("war_deaths")?, table.get("war_end")?);
        let base = end.min;
        if self.war_deaths <= 0.0 || self.war_end > base {
            return None;
        }
        let b = end.format(base);
        let given = given.iter().find(|(k, _)| k == "war_deaths");
        Some(Note {
            key: deaths.key.to_string(),
            given: given.map_or_else(|| deaths.format(self.war_deaths), |(_, v)| v.clone()),
            why: format!(
                "the war ends at mid-{b} (the end year is the base year); deaths up to \
                 mid-{b} are left to UN WPP 2024 and the lever adds deaths after mid-{b} only, \
                 so move the end year later to add them"
            ),
            why_ru: format!(
                "война по ползунку заканчивается в середине {b} г. (год окончания — базовый \
                 год); смерти до середины {b} г. берутся из WPP 2024 ООН, а ползунок добавляет \
                 только смерти после середины {b} г. — сдвиньте год окончания позже"
            ),
            implicit: given.is_none(),
        })
    }

    /// Writes the parameters that differ from the defaults, in table order. A scenario set
    /// from code is first brought within the table ([`Scenario::sanitize`]), so the text
    /// never holds `NaN`, an infinity, an out-of-range number or an unknown choice, and
    /// always reads back.
    pub fn write_query(&self, table: &ParamTable) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (p, v) in self.moved(table) {
            out.append_pair(p.key, &v);
        }
        out.finish()
    }

    /// The parameters that differ from the defaults, in table order, each with its value as
    /// the query string writes it (the scenario brought within the table first, as
    /// [`Scenario::write_query`] does).
    pub fn moved<'t>(&self, table: &'t ParamTable) -> Vec<(&'t ParamSpec, String)> {
        let mut clean = self.clone();
        clean.sanitize(table);
        let mut out = Vec::new();
        for p in &table.params {
            let v = match p.kind {
                ParamKind::Number => clean.number(p.key).map(|v| p.format(v)),
                ParamKind::Choice => clean.choice(p.key).map(str::to_string),
            };
            if let Some(v) = v.filter(|v| *v != p.format(p.default)) {
                out.push((p, v));
            }
        }
        out
    }

    /// Every parameter as (key, value text), in table order, for displays and CSV headers.
    pub fn describe(&self, table: &ParamTable) -> Vec<(&'static str, String)> {
        table
            .params
            .iter()
            .map(|p| {
                let v = match p.kind {
                    ParamKind::Number => self.number(p.key).map(|v| p.format(v)),
                    ParamKind::Choice => self.choice(p.key).map(str::to_string),
                };
                (p.key, v.unwrap_or_default())
            })
            .collect()
    }
}

/// The note for a retired key, if `key` is one.
fn retired(key: &str, value: &str) -> Option<Note> {
    RETIRED_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(k, why)| Note {
            key: k.to_string(),
            given: clip(value),
            why: why.to_string(),
            why_ru: String::new(),
            implicit: false,
        })
}

fn unknown(table: &ParamTable, key: &str) -> QueryError {
    QueryError::UnknownKey {
        key: key.to_string(),
        suggestion: nearest(key, table.keys(), |k| 3.max(k.len() / 3)).map(str::to_string),
    }
}
