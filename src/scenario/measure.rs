//! Measures of a population: the one list of what the views draw a time series of
//! (`measure=`), what the CLI prints and what the solver holds (`hold=`). Each measure has
//! its query-string key, its names and units in English and Russian, its value on a
//! population by sex and age, and its series by mid-year (1 July) over a projection (a
//! cached projection keeps its ages, so the same function serves it).
//!
//! UN comparison ([`un_comparison`]): UN WPP 2024 medium of a measure, each point labelled
//! by where it comes from. WPP publishes the total population every year (with 80 % and
//! 95 % prediction intervals, the only measure it gives them for) and the age structure in
//! 5-year groups every fifth mid-year, so 20–64, 15–64, the support ratio and the old-age
//! dependency are published sums in those years; men aged 18–59 cut through the 15–19
//! group and are never published. Elsewhere the point is the engine's projection of the
//! WPP medium inputs (the baseline, which reproduces WPP's published totals), labelled so.
//! The wasm build embeds the 5-year groups of the base year only, so there the published
//! age points are those of 2025.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, EnumIter, IntoStaticStr, VariantNames};

use crate::data::{Dataset, Variant, AGE5_GROUPS};
use crate::engine::{Projection, AGES};

use super::choices::choice_enum;
use super::error::{QueryError, ScenarioError};

/// A measure of a population. Its key (`measure=`, `hold=`, CLI columns) is the serde and
/// strum name of each variant; `VARIANTS` lists them in order.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    AsRefStr,
    EnumIter,
    IntoStaticStr,
    VariantNames,
)]
pub enum Measure {
    /// Total population, thousands.
    #[serde(rename = "population")]
    #[strum(serialize = "population")]
    #[default]
    Population,
    /// Population aged 20–64 (working age), thousands.
    #[serde(rename = "pop_20_64")]
    #[strum(serialize = "pop_20_64")]
    Pop20To64,
    /// Population aged 15–64, thousands.
    #[serde(rename = "pop_15_64")]
    #[strum(serialize = "pop_15_64")]
    Pop15To64,
    /// People aged 20–64 per person aged 65+ (potential support ratio).
    #[serde(rename = "support_ratio")]
    #[strum(serialize = "support_ratio")]
    SupportRatio,
    /// Men aged 18–59 (military age), thousands.
    #[serde(rename = "men_18_59")]
    #[strum(serialize = "men_18_59")]
    Men18To59,
    /// People aged 65+ per person aged 20–64 (the CLI's `old_age_dependency`; the
    /// reciprocal of the support ratio).
    #[serde(rename = "old_age_dependency")]
    #[strum(serialize = "old_age_dependency")]
    OldAgeDependency,
}

/// Every measure, in the order of the `measure=` choices.
pub const MEASURES: [Measure; 6] = [
    Measure::Population,
    Measure::Pop20To64,
    Measure::Pop15To64,
    Measure::SupportRatio,
    Measure::Men18To59,
    Measure::OldAgeDependency,
];

/// Values of `measure=` (the keys of [`MEASURES`], in order; the first is the default).
pub const MEASURE_KEYS: &[&str] = Measure::VARIANTS;

/// Values of `hold=`: `none` (holds nothing), then the keys of the measures the solver
/// holds ([`Measure::holdable`]). The old-age dependency is not among them: it is the
/// reciprocal of the support ratio, so holding one holds the other.
pub const HOLD_MEASURES: &[&str] = HoldChoice::VARIANTS;

choice_enum! {
/// What `hold=` holds: nothing, or one of the measures the solver holds.
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum HoldChoice {
    #[default]
    None,
    Population,
    #[serde(rename = "pop_20_64")]
    #[strum(serialize = "pop_20_64")]
    Pop20To64,
    #[serde(rename = "pop_15_64")]
    #[strum(serialize = "pop_15_64")]
    Pop15To64,
    SupportRatio,
    #[serde(rename = "men_18_59")]
    #[strum(serialize = "men_18_59")]
    Men18To59,
}
}

impl HoldChoice {
    /// The measure held, if any.
    pub fn measure(self) -> Option<Measure> {
        Measure::from_key(self.as_ref())
    }

    /// The choice that holds `m` (`None` for a measure the solver does not hold).
    pub fn of(m: Measure) -> HoldChoice {
        m.as_ref().parse().unwrap_or_default()
    }
}

impl Measure {
    /// The measure of a key (`measure=` or `hold=` value; case and surrounding spaces
    /// forgiven). `none` and unknown keys give `None`.
    pub fn from_key(key: &str) -> Option<Measure> {
        let k = key.trim();
        MEASURES
            .iter()
            .copied()
            .find(|m| m.key().eq_ignore_ascii_case(k))
    }

    /// The query-string key of the measure.
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// Whether `hold=` can hold it (every measure but the old-age dependency, whose
    /// reciprocal, the support ratio, is held instead).
    pub fn holdable(self) -> bool {
        self != Measure::OldAgeDependency
    }

    /// A ratio of two groups (no unit of people).
    pub fn is_ratio(self) -> bool {
        matches!(self, Measure::SupportRatio | Measure::OldAgeDependency)
    }

    /// Decimals a display shows (thousands of people: 0; ratios: 3 for the dependency,
    /// 2 for the support ratio).
    pub fn decimals(self) -> usize {
        match self {
            Measure::SupportRatio => 2,
            Measure::OldAgeDependency => 3,
            _ => 0,
        }
    }

    /// The catalog key of the measure's name (`measure-KEY`).
    pub fn name_key(self) -> String {
        format!("measure-{}", self.key())
    }

    /// The catalog key of the measure's unit (`measure-unit-people` for a count, else
    /// `measure-unit-KEY`).
    pub fn unit_key(self) -> String {
        if self.is_ratio() {
            format!("measure-unit-{}", self.key())
        } else {
            "measure-unit-people".to_string()
        }
    }

    /// The measure's name in `lang` (a code of [`crate::i18n::LANGS`]).
    pub fn name_in(self, lang: &str) -> &'static str {
        crate::i18n::text(lang, &self.name_key())
    }

    /// The measure's unit in `lang`.
    pub fn unit_in(self, lang: &str) -> &'static str {
        crate::i18n::text(lang, &self.unit_key())
    }

    /// The measure's name, English (`ru = false`) or Russian ([`Measure::name_in`]).
    pub fn name(self, ru: bool) -> &'static str {
        self.name_in(if ru { "ru" } else { "en" })
    }

    /// The measure's unit, English or Russian ([`Measure::unit_in`]).
    pub fn unit(self, ru: bool) -> &'static str {
        self.unit_in(if ru { "ru" } else { "en" })
    }

    /// Numerator and denominator of the measure on a population by sex and age (the
    /// denominator is 1 for a count).
    pub fn parts(self, pop: [&[f64; AGES]; 2]) -> (f64, f64) {
        let sum = |from: usize, to: usize| -> f64 {
            pop.iter().map(|p| p[from..=to].iter().sum::<f64>()).sum()
        };
        match self {
            Measure::Population => (sum(0, AGES - 1), 1.0),
            Measure::Pop20To64 => (sum(20, 64), 1.0),
            Measure::Pop15To64 => (sum(15, 64), 1.0),
            Measure::SupportRatio => (sum(20, 64), sum(65, AGES - 1)),
            Measure::Men18To59 => (pop[0][18..=59].iter().sum(), 1.0),
            Measure::OldAgeDependency => (sum(65, AGES - 1), sum(20, 64)),
        }
    }

    /// The measure in year index `i` of a projection; `None` out of range or where a ratio
    /// has nobody in its denominator.
    pub fn of(self, p: &Projection, i: usize) -> Option<f64> {
        let (n, d) = self.parts([p.pop(i, 0)?, p.pop(i, 1)?]);
        (d > 0.0 && n.is_finite()).then(|| n / d)
    }

    /// The measure at every mid-year (1 July) of a projection, in order (a value is `None`
    /// where a ratio has nobody in its denominator: never a NaN).
    pub fn series(self, p: &Projection) -> Vec<MeasurePoint> {
        (0..p.years())
            .map(|i| MeasurePoint {
                year: p.year(i),
                value: self.of(p, i),
            })
            .collect()
    }

    /// The measure of WPP's 5-year age groups (both sexes, `[male, female]`, 0-4 … 100+);
    /// `None` for men aged 18–59, which cut through a group, or an empty denominator.
    pub fn of_age5(self, pop: [&[f64; AGE5_GROUPS]; 2]) -> Option<f64> {
        let sum = |from: usize, to: usize| -> f64 {
            pop.iter().map(|p| p[from..=to].iter().sum::<f64>()).sum()
        };
        // Groups: 3 = 15-19, 4 = 20-24, 12 = 60-64, 13 = 65-69, 20 = 100+.
        let (n, d) = match self {
            Measure::Population => (sum(0, AGE5_GROUPS - 1), 1.0),
            Measure::Pop20To64 => (sum(4, 12), 1.0),
            Measure::Pop15To64 => (sum(3, 12), 1.0),
            Measure::SupportRatio => (sum(4, 12), sum(13, AGE5_GROUPS - 1)),
            Measure::OldAgeDependency => (sum(13, AGE5_GROUPS - 1), sum(4, 12)),
            Measure::Men18To59 => return None,
        };
        (d > 0.0).then(|| n / d)
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Measure {
    type Err = QueryError;
    /// Reads a `measure=` value; anything else is [`QueryError::BadChoice`] listing the
    /// allowed keys.
    fn from_str(s: &str) -> Result<Measure, QueryError> {
        Measure::from_key(s).ok_or_else(|| QueryError::BadChoice {
            key: "measure".into(),
            value: super::error::clip(s),
            choices: MEASURE_KEYS.iter().map(|k| k.to_string()).collect(),
        })
    }
}

/// A measure at one mid-year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MeasurePoint {
    /// Mid-year (1 July).
    pub year: i32,
    pub value: Option<f64>,
}

/// Where a UN value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnSource {
    /// Published by UN WPP 2024 (mid-year total: the mean of its year-end totals before
    /// and after; age measures: sums of its mid-year 5-year age groups).
    Published,
    /// The engine's projection of the WPP 2024 medium inputs (the years and measures WPP
    /// does not publish).
    EngineBaseline,
}

impl UnSource {
    /// The catalog key of the source's words (`un-source-published`,
    /// `un-source-engine_baseline`).
    pub fn label_key(self) -> &'static str {
        match self {
            UnSource::Published => "un-source-published",
            UnSource::EngineBaseline => "un-source-engine_baseline",
        }
    }

    /// The source in words of `lang`.
    pub fn label_in(self, lang: &str) -> &'static str {
        crate::i18n::text(lang, self.label_key())
    }

    /// The source in words, English or Russian ([`UnSource::label_in`]).
    pub fn label(self, ru: bool) -> &'static str {
        self.label_in(if ru { "ru" } else { "en" })
    }
}

/// UN WPP 2024 medium of a measure at one mid-year, and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct UnPoint {
    pub year: i32,
    pub value: f64,
    pub source: UnSource,
}

/// WPP's 80 % and 95 % prediction intervals of the total population at one mid-year
/// (thousands; each bound the mean of WPP's year-end bounds before and after, as the
/// mid-year medium is the mean of its year-end totals).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct UnBand {
    pub year: i32,
    pub lower80: f64,
    pub upper80: f64,
    pub lower95: f64,
    pub upper95: f64,
}

/// UN WPP 2024 medium of a measure for a country, by mid-year, with WPP's intervals where
/// it publishes them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnComparison {
    pub iso3: String,
    pub measure: Measure,
    /// One point per mid-year of the baseline projection, each labelled with its source.
    pub points: Vec<UnPoint>,
    /// WPP's 80/95 % intervals: the total population only (empty for every other measure,
    /// for which WPP publishes none).
    pub bands: Vec<UnBand>,
    /// Whether WPP publishes intervals for this measure (`population` only).
    pub has_bands: bool,
}

impl UnComparison {
    /// The point of a mid-year, if any.
    pub fn at(&self, year: i32) -> Option<&UnPoint> {
        self.points.iter().find(|p| p.year == year)
    }
}

/// UN WPP 2024 medium of `measure` for `iso3` at every mid-year of `baseline` (the engine's
/// projection of the country's WPP medium inputs, e.g. [`super::Projector::un_medium`]):
/// published where WPP publishes it, else the baseline's value (see the module notes).
pub fn un_comparison(
    data: &Dataset,
    iso3: &str,
    measure: Measure,
    baseline: &Projection,
) -> Result<UnComparison, ScenarioError> {
    let c = data.require_country(iso3)?;
    let end = |y: i32| c.pop_total.iter().find(|r| r.year == y);
    let mid = |y: i32, f: &dyn Fn(&crate::data::PopTotalRow) -> Option<f64>| {
        Some(0.5 * (f(end(y - 1)?)? + f(end(y)?)?))
    };
    let age5 = |y: i32| -> Option<f64> {
        let row = |sex: crate::data::Sex| {
            c.pop_age5
                .iter()
                .find(|r| r.year == y && r.variant == Variant::Medium && r.sex == sex)
                .map(|r| &r.pop)
        };
        measure.of_age5([row(crate::data::Sex::Male)?, row(crate::data::Sex::Female)?])
    };
    let mut points = Vec::with_capacity(baseline.years());
    for i in 0..baseline.years() {
        let y = baseline.year(i);
        let published = match measure {
            Measure::Population => mid(y, &|r| r.central()),
            _ => age5(y),
        };
        let point = match (published, measure.of(baseline, i)) {
            (Some(v), _) if v.is_finite() => Some((v, UnSource::Published)),
            (_, Some(v)) => Some((v, UnSource::EngineBaseline)),
            _ => None,
        };
        if let Some((value, source)) = point {
            points.push(UnPoint {
                year: y,
                value,
                source,
            });
        }
    }
    let has_bands = measure == Measure::Population;
    let bands = if has_bands {
        (0..baseline.years())
            .filter_map(|i| {
                let y = baseline.year(i);
                Some(UnBand {
                    year: y,
                    lower80: mid(y, &|r| r.lower80)?,
                    upper80: mid(y, &|r| r.upper80)?,
                    lower95: mid(y, &|r| r.lower95)?,
                    upper95: mid(y, &|r| r.upper95)?,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(UnComparison {
        iso3: c.info.iso3.clone(),
        measure,
        points,
        bands,
        has_bands,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_lists_agree() {
        for (m, &k) in MEASURES.iter().zip(MEASURE_KEYS) {
            assert_eq!(m.key(), k);
            assert_eq!(Measure::from_key(k), Some(*m));
            assert_eq!(k.parse::<Measure>().ok(), Some(*m));
            assert_eq!(m.to_string(), k);
        }
        let holdable: Vec<&str> = MEASURES
            .iter()
            .filter(|m| m.holdable())
            .map(|m| m.key())
            .collect();
        assert_eq!(HOLD_MEASURES[0], "none");
        assert_eq!(&HOLD_MEASURES[1..], holdable.as_slice());
        for m in MEASURES {
            assert_eq!(HoldChoice::of(m).measure(), m.holdable().then_some(m));
        }
        assert!("none".parse::<Measure>().is_err());
        assert!(" Pop_20_64 ".parse::<Measure>().is_ok());
    }
}
