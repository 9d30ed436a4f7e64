//! How many migrants does a country need? Everything the `needs` view draws, as numbers
//! with their sources and no drawing: per year the extra net migration that holds a
//! measure (`hold=`, see `solve`), the total net migration that implies (the scenario's
//! own plus the extra), and the lines to read it against — UN WPP 2024's own net migration
//! (medium), WPP's estimates of recent years, and for Russia Rosstat's October 2023 low
//! variant (the brief's "baseline immigration figure of 154,000") and the Compatriots
//! Program's goal and latest reported level — then the consequences: the population with
//! and without the extra migrants, the measure itself and the share of post-base migrants
//! and their descendants. Every reference figure is read from the data; a year the measure
//! cannot be held is reported with its year and reason, never as a NaN.
//!
//! Which measure: `hold=` when set; otherwise the measure chosen with `measure=` when it is
//! not the default (the old-age dependency is held as its reciprocal, the support ratio);
//! otherwise the working-age population (20–64), the briefs' question. The hold starts at
//! `hold_from` (default the base year) at `hold_level` (default its value then).
//!
//! Periods: a step's needed, own and total net migration are those of the year from 1 July
//! `year` to 1 July `year + 1`; WPP's net migration (projected and estimated) is its
//! calendar-year figure as published; the levels are yearly averages over their periods.

use serde::Serialize;

use crate::data::Dataset;
use crate::i18n::{Arg, Text};
use crate::num::fixed;

use super::error::ScenarioError;
use strum::IntoEnumIterator;

use super::measure::{HoldChoice, Measure, MeasurePoint};
use super::presets::brief_rosstat;
use super::query::Scenario;
use super::run::Projector;
use super::solve::HoldFailureKind;

/// First calendar year of WPP's net-migration estimates the model shows as "recent
/// observed" (to WPP's last estimate, 2023): the year of the full-scale invasion (brief
/// CR003), the first year of WPP's yearly totals the widget's embedded data holds
/// (`MIGRATION_QUOTED_FROM` in data/convert.py; native builds hold them from 1950).
pub const OBSERVED_FROM: i32 = 2022;

/// Levers that act in the needs view even when `hold=` is not given (the view holds a
/// measure of its own choosing): their idle notes do not apply there.
pub const HOLD_KEYS_THE_VIEW_USES: [&str; 2] = ["hold_from", "hold_level"];

/// Why the view holds the measure it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NeedsHoldChoice {
    /// `hold=` names it.
    Given,
    /// No `hold=`: the measure chosen with `measure=`.
    Measure,
    /// Neither: working ages (20–64).
    Default,
}

/// One step of the needs model: from 1 July `year` to 1 July `year + 1`, thousands.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NeedsStep {
    pub year: i32,
    /// Extra net migrants that hold the measure (negative = emigration); `None` before
    /// `hold_from` and from a year the measure cannot be held.
    pub needed: Option<f64>,
    /// The scenario's own net migration (UN WPP as the scenario keeps it, the streams).
    pub own: f64,
    /// `own + needed`: the net migration the held scenario implies.
    pub total: Option<f64>,
}

/// A yearly value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct YearValue {
    pub year: i32,
    pub value: f64,
}

/// A reference series of net migration (thousands a year, calendar years).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RefSeries {
    pub id: &'static str,
    /// Its name and where it comes from (catalog texts `needs-ID-label`, `-source`).
    pub label: Text,
    pub source: Text,
    pub points: Vec<YearValue>,
}

/// A reference level (thousands of people a year) over a period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RefLevel {
    pub id: &'static str,
    pub value: f64,
    /// First and last calendar year the level refers to (the same year for a single year;
    /// a goal set in `from` has no end).
    pub from: i32,
    pub to: Option<i32>,
    /// Its name (catalog text `needs-ID-label`).
    pub label: Text,
    /// Where the figure comes from (outlet, date, address or brief id).
    pub source: Text,
}

impl RefSeries {
    /// The series' name in `lang` (a code of [`crate::i18n::LANGS`]).
    pub fn label_in(&self, lang: &str) -> String {
        self.label.in_lang(lang)
    }

    /// Where the series comes from, in `lang`.
    pub fn source_in(&self, lang: &str) -> String {
        self.source.in_lang(lang)
    }
}

impl RefLevel {
    /// The level's name in `lang`.
    pub fn label_in(&self, lang: &str) -> String {
        self.label.in_lang(lang)
    }

    /// Where the level comes from, in `lang`.
    pub fn source_in(&self, lang: &str) -> String {
        self.source.in_lang(lang)
    }
}

/// A year the measure cannot be held from, and why (catalog text `hold-fail`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NeedsFailure {
    pub year: i32,
    pub kind: HoldFailureKind,
    pub message: Text,
}

impl NeedsFailure {
    /// The failure in words of `lang`.
    pub fn message_in(&self, lang: &str) -> String {
        self.message.in_lang(lang)
    }
}

/// Everything the `needs` view draws for a scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Needs {
    pub iso3: String,
    /// The measure held and why that one.
    pub measure: Measure,
    pub choice: NeedsHoldChoice,
    /// Mid-year the hold starts, and the level held (in the measure's unit).
    pub from: i32,
    pub level: f64,
    /// One entry per projection step.
    pub steps: Vec<NeedsStep>,
    pub failure: Option<NeedsFailure>,
    /// UN WPP 2024 medium net migration of the country, calendar years of the projection.
    pub un_assumption: RefSeries,
    /// UN WPP 2024 estimates of net migration, [`OBSERVED_FROM`] to 2023.
    pub observed: RefSeries,
    /// Rosstat October 2023, low variant: average net migration (Russia only).
    pub rosstat_low: Option<RefLevel>,
    /// The Compatriots Program's goal and its latest reported level (Russia only).
    pub compatriots_goal: Option<RefLevel>,
    pub compatriots_latest: Option<RefLevel>,
    /// Mid-year population with the extra migrants and without them (the scenario as set),
    /// thousands.
    pub population_with: Vec<YearValue>,
    pub population_without: Vec<YearValue>,
    /// The measure with and without the extra migrants.
    pub measure_with: Vec<MeasurePoint>,
    pub measure_without: Vec<MeasurePoint>,
    /// Share (0–1) of post-base migrants and their descendants in the population with the
    /// extra migrants, by mid-year.
    pub origin_share: Vec<YearValue>,
}

impl Needs {
    /// Mean extra net migrants a year over the steps from mid-year `from` to mid-year
    /// `to` (`to - from` steps); `None` when any of them is not held (before the start or
    /// from a failure) or the range is empty.
    pub fn mean_needed(&self, from: i32, to: i32) -> Option<f64> {
        self.mean_of(from, to, |s| s.needed)
    }

    /// Mean of `f` over the steps from mid-year `from` to mid-year `to`; `None` when any of
    /// them has no value or the range is empty.
    pub fn mean_of(
        &self,
        from: i32,
        to: i32,
        f: impl Fn(&NeedsStep) -> Option<f64>,
    ) -> Option<f64> {
        let v: Vec<f64> = self
            .steps
            .iter()
            .filter(|s| s.year >= from && s.year < to)
            .map(f)
            .collect::<Option<Vec<f64>>>()?;
        (v.len() == usize::try_from(to - from).ok()? && !v.is_empty())
            .then(|| v.iter().sum::<f64>() / v.len() as f64)
    }

    /// The migrant-origin share at a mid-year.
    pub fn share_at(&self, year: i32) -> Option<f64> {
        self.origin_share
            .iter()
            .find(|p| p.year == year)
            .map(|p| p.value)
    }
}

/// The measure the `needs` view holds for a scenario, and why (see the module notes).
pub fn needs_hold(s: &Scenario) -> (Measure, NeedsHoldChoice) {
    if let Some(m) = s.hold.measure() {
        return (m, NeedsHoldChoice::Given);
    }
    match s.measure {
        Measure::Population => (Measure::Pop20To64, NeedsHoldChoice::Default),
        Measure::OldAgeDependency => (Measure::SupportRatio, NeedsHoldChoice::Measure),
        m => (m, NeedsHoldChoice::Measure),
    }
}

/// The needs model of a scenario: it is projected twice, holding the measure and as set.
pub fn needs(pr: &mut Projector<'_>, s: &Scenario) -> Result<Needs, ScenarioError> {
    let (measure, choice) = needs_hold(s);
    let mut held_s = s.clone();
    held_s.hold = HoldChoice::of(measure);
    let mut plain = s.clone();
    plain.hold = HoldChoice::None;
    let with = pr.project(&held_s)?;
    let without = pr.project(&plain)?;
    let held = with.held.as_ref().ok_or_else(|| {
        ScenarioError::Internal(format!(
            "hold={} gave no solution for {}",
            measure.key(),
            with.main.iso3
        ))
    })?;
    let (p, q) = (&with.main.projection, &without.main.projection);
    let steps = (0..p.steps())
        .map(|k| {
            let own = q.net_migration(k);
            let needed = held.needed.get(k).copied().flatten();
            NeedsStep {
                year: p.year(k),
                needed,
                own,
                total: needed.map(|n| own + n),
            }
        })
        .collect();
    let totals = |p: &crate::engine::Projection| {
        (0..p.years())
            .map(|i| YearValue {
                year: p.year(i),
                value: p.total(i),
            })
            .collect::<Vec<_>>()
    };
    let origin_share = (0..p.years())
        .filter_map(|i| {
            Some(YearValue {
                year: p.year(i),
                value: held.origin_share(p, i)?,
            })
        })
        .collect();
    let failure = held.failure.map(|f| NeedsFailure {
        year: f.year,
        kind: f.kind,
        message: f.text(),
    });
    let data = pr.data();
    let iso3 = with.main.iso3.clone();
    let (un_assumption, observed) = wpp_lines(data, &iso3)?;
    let rus = iso3 == "RUS";
    let (rosstat_low, compatriots_goal, compatriots_latest) = if rus {
        let (g, l) = compatriots(pr)?;
        (Some(rosstat(data)?), Some(g), Some(l))
    } else {
        (None, None, None)
    };
    Ok(Needs {
        iso3,
        measure,
        choice,
        from: held.from,
        level: held.level,
        steps,
        failure,
        un_assumption,
        observed,
        rosstat_low,
        compatriots_goal,
        compatriots_latest,
        population_with: totals(p),
        population_without: totals(q),
        measure_with: measure.series(p),
        measure_without: measure.series(q),
        origin_share,
    })
}

/// WPP's net migration of the country: the medium projection and the recent estimates.
fn wpp_lines(data: &Dataset, iso3: &str) -> Result<(RefSeries, RefSeries), ScenarioError> {
    let c = data.require_country(iso3)?;
    let pick = |estimate: bool| -> Vec<YearValue> {
        c.indicators
            .iter()
            .filter(|r| r.is_estimate == estimate && (!estimate || r.year >= OBSERVED_FROM))
            .filter_map(|r| {
                Some(YearValue {
                    year: r.year,
                    value: r.netmig?,
                })
            })
            .collect()
    };
    let (medium, estimates) = (pick(false), pick(true));
    if medium.is_empty() || estimates.is_empty() {
        return Err(ScenarioError::MissingFigure(format!(
            "WPP net migration of {iso3} (netmig) in data/indicators.csv"
        )));
    }
    let last = estimates.last().map_or(OBSERVED_FROM, |p| p.year);
    let name = Arg::given(&c.info.name_en, &c.info.name_ru);
    let wpp = || Arg::msg("needs-source-wpp");
    Ok((
        RefSeries {
            id: "un_assumption",
            label: Text::new("needs-un_assumption-label").arg("country", name.clone()),
            source: Text::new("needs-un_assumption-source").arg("wpp", wpp()),
            points: medium,
        },
        RefSeries {
            id: "observed",
            label: Text::new("needs-observed-label")
                .arg("country", name)
                .arg("from", OBSERVED_FROM)
                .arg("to", last),
            source: Text::new("needs-observed-source").arg("wpp", wpp()),
            points: estimates,
        },
    ))
}

/// The first two four-digit years in a text ("2024-2045 average" → 2024, 2045).
fn years_in(text: &str) -> Vec<i32> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).map_or(true, |c| !c.is_ascii_digit())
        {
            if let Some(y) = text.get(i..i + 4).and_then(|t| t.parse().ok()) {
                out.push(y);
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    out
}

/// Rosstat's October 2023 low variant: average net migration, with the brief's figure.
fn rosstat(data: &Dataset) -> Result<RefLevel, ScenarioError> {
    let b = brief_rosstat(data)?;
    let row = data
        .rosstat
        .iter()
        .find(|r| r.variant == "low" && r.indicator == "net_migration")
        .ok_or_else(|| {
            ScenarioError::MissingFigure(
                "Rosstat low net_migration in data/rosstat_forecast.csv".into(),
            )
        })?;
    let years = years_in(&row.year_or_date);
    let (from, to) = match years.as_slice() {
        [a, b, ..] => (*a, Some(*b)),
        [a] => (*a, Some(*a)),
        [] => {
            return Err(ScenarioError::MissingFigure(format!(
                "the years of Rosstat low net_migration ('{}') in data/rosstat_forecast.csv",
                row.year_or_date
            )))
        }
    };
    let stated = data.brief("CR011").map_or("", |f| f.as_stated.as_str());
    let span: Arg = to.map_or(Arg::from(from), |t| {
        Text::new("needs-span")
            .arg("from", from)
            .arg("to", t)
            .into()
    });
    Ok(RefLevel {
        id: "rosstat_low",
        value: b.low_net_migration,
        from,
        to,
        label: Text::new("needs-rosstat_low-label")
            .arg("n", Arg::num(b.low_net_migration, 0))
            .arg("span", span),
        // The languages quote different facts: English the period as published, Russian
        // the brief's figure in words.
        source: Text::new("needs-rosstat_low-source")
            .arg("period", row.year_or_date.as_str())
            .arg("reported", row.reported_by_and_date.as_str())
            .arg("url", row.url.as_str())
            .arg("immigration", fixed(b.immigration, 0))
            .arg("quote", stated),
    })
}

/// The Compatriots Program's goal (brief CR023) and its latest reported level.
fn compatriots(pr: &Projector<'_>) -> Result<(RefLevel, RefLevel), ScenarioError> {
    let f = pr.figures();
    let data = pr.data();
    let goal = data.brief("CR023").ok_or_else(|| {
        ScenarioError::MissingFigure("brief figure CR023 in data/briefs_figures.csv".into())
    })?;
    let set = years_in(&goal.period_or_date)
        .first()
        .copied()
        .ok_or_else(|| {
            ScenarioError::MissingFigure("the year of CR023 in data/briefs_figures.csv".into())
        })?;
    let latest = data
        .compatriots
        .iter()
        .find(|r| r.year == f.compat_latest_year)
        .ok_or_else(|| ScenarioError::MissingFigure("rows in data/compatriots.csv".into()))?;
    let y = f.compat_latest_year;
    let measure = Arg::msg(super::figures::compat_measure_key(&latest.measure));
    let source = Arg::given(&latest.source_en, &latest.source_ru);
    Ok((
        RefLevel {
            id: "compatriots_goal",
            value: f.compat_goal,
            from: set,
            to: None,
            label: Text::new("needs-compatriots_goal-label")
                .arg("n", Arg::num(f.compat_goal, 0))
                .arg("year", set),
            source: Text::new("needs-compatriots_goal-source")
                .arg("quote", goal.as_stated.as_str()),
        },
        RefLevel {
            id: "compatriots_latest",
            value: f.compat_latest,
            from: y,
            to: Some(y),
            label: Text::new("needs-compatriots_latest-label")
                .arg("year", y)
                .arg("n", Arg::num(f.compat_latest, 1))
                .arg("measure", measure.clone())
                .arg("source", source.clone()),
            // English quotes the source's wording, Russian gives the address.
            source: Text::new("needs-compatriots_latest-source")
                .arg("measure", measure)
                .arg("source", source)
                .arg("year", y)
                .arg("value", Arg::num(latest.value_persons / 1000.0, 1))
                .arg("quote", latest.measure_as_reported.as_str())
                .arg("outlet", Arg::given(&latest.outlet_en, &latest.outlet_ru))
                .arg("date", latest.reported_on.as_str())
                .arg("url", latest.url.as_str()),
        },
    ))
}

/// The mid-year the UN report (and the briefs) quote between the base year and the end.
pub const REPORT_YEAR: i32 = 2050;

/// One row of the replacement-migration table ([`replacement_table`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReplacementRow {
    pub measure: Measure,
    /// Level held (the measure at `hold_from`).
    pub level: f64,
    /// Mid-years the means run from and to: the base year, [`REPORT_YEAR`], the last year.
    pub from: i32,
    pub to: i32,
    /// Mean extra net migrants a year, thousands, over the steps from mid-`from` to
    /// mid-[`REPORT_YEAR`] and to mid-`to` (`None` where a step is not held).
    pub mean_to_report_year: Option<f64>,
    pub mean_to_end: Option<f64>,
    /// Post-base migrants and their descendants, share of the population (0–1), in
    /// [`REPORT_YEAR`] and in `to`.
    pub share_report_year: Option<f64>,
    pub share_end: Option<f64>,
    pub failure: Option<NeedsFailure>,
}

/// The replacement-migration table of a scenario (e.g. UN medium for Russia): every
/// measure `hold=` can hold, from the scenario's `hold_from`, with the means and shares the
/// UN report quotes.
pub fn replacement_table(
    pr: &mut Projector<'_>,
    s: &Scenario,
) -> Result<Vec<ReplacementRow>, ScenarioError> {
    let (from, to) = (pr.figures().base_year, pr.figures().last_year);
    let mut out = Vec::new();
    for hold in HoldChoice::iter().skip(1) {
        let mut h = s.clone();
        h.hold = hold;
        let n = needs(pr, &h)?;
        out.push(ReplacementRow {
            measure: n.measure,
            level: n.level,
            from,
            to,
            mean_to_report_year: n.mean_needed(from, REPORT_YEAR),
            mean_to_end: n.mean_needed(from, to),
            share_report_year: n.share_at(REPORT_YEAR),
            share_end: n.share_at(to),
            failure: n.failure.clone(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::years_in;

    #[test]
    fn reads_years() {
        assert_eq!(years_in("2024-2045 average"), vec![2024, 2045]);
        assert_eq!(years_in("2012 (goal set)"), vec![2012]);
        assert_eq!(years_in("12345 and 2020"), vec![2020]);
        assert!(years_in("none").is_empty());
    }
}
