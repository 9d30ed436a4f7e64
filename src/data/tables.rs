//! The row types of the embedded tables and the lookups on them. One struct per table;
//! field names carry their unit where it is not thousands.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::DataError;
use super::{AGE5_GROUPS, MX_GROUPS, PASFR_GROUPS, SINGLE_AGES};

/// Sex, as an index into by-sex arrays (`[male, female]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    Male = 0,
    Female = 1,
}

impl Sex {
    pub const BOTH: [Sex; 2] = [Sex::Male, Sex::Female];
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A UN WPP 2024 series: estimates to 2023, then the medium projection and the ±0.5 child
/// fertility variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Variant {
    Estimate,
    Medium,
    Low,
    High,
}

/// Name, codes and names of one focus country.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryInfo {
    pub m49: u16,
    pub iso3: String,
    pub name_en: String,
    pub name_ru: String,
}

/// Total population, both sexes, thousands, at 31 December of `year` (year-end).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PopTotalRow {
    pub year: i32,
    pub estimate: Option<f64>,
    pub medium: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub lower80: Option<f64>,
    pub upper80: Option<f64>,
    pub lower95: Option<f64>,
    pub upper95: Option<f64>,
}

impl PopTotalRow {
    /// The estimate where there is one, else the medium projection.
    pub fn central(&self) -> Option<f64> {
        self.estimate.or(self.medium)
    }
}

/// Population by 5-year age group (0-4 … 100+), thousands, at 1 July of `year` (mid-year).
#[derive(Clone, Debug, PartialEq)]
pub struct PopAge5Row {
    pub year: i32,
    pub variant: Variant,
    pub sex: Sex,
    pub pop: [f64; AGE5_GROUPS],
}

/// Central death rates by abridged age for the 5-year period from 1 July `period_start`.
#[derive(Clone, Debug, PartialEq)]
pub struct Mx5Row {
    pub period_start: i32,
    pub sex: Sex,
    pub mx: [f64; MX_GROUPS],
}

/// Percent distribution of fertility by maternal age group 10-14 … 50-54 (sums to 100).
#[derive(Clone, Debug, PartialEq)]
pub struct Pasfr5Row {
    pub year: i32,
    pub pasfr: [f64; PASFR_GROUPS],
}

/// Annual indicators for a calendar year. Counts in thousands; e0 in years; srb males per
/// female. Low/high variants are present for projection years only; the 80/95 % bounds,
/// e0 of both sexes and population change stay in `data/indicators.csv` but are not read (no
/// view uses them; the binaries do not embed them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IndicatorRow {
    pub year: i32,
    pub is_estimate: bool,
    pub tfr: Option<f64>,
    pub tfr_low: Option<f64>,
    pub tfr_high: Option<f64>,
    pub srb: Option<f64>,
    pub e0_m: Option<f64>,
    pub e0_f: Option<f64>,
    pub births: Option<f64>,
    pub deaths: Option<f64>,
    pub netmig: Option<f64>,
}

/// Net migrants by single age 0..100+ for one sex, thousands, during calendar year `year`.
#[derive(Clone, Debug, PartialEq)]
pub struct NetMigAge1Row {
    pub year: i32,
    pub sex: Sex,
    pub mig: [f64; SINGLE_AGES],
}

/// WPP 2024's published quantiles (2.5, 10, 50, 90, 97.5 %) of one calendar year's
/// components, as the probabilistic bands draw them (`data/bands.csv`).
#[derive(Clone, Debug, PartialEq)]
pub struct BandRow {
    pub year: i32,
    /// TFR, children per woman.
    pub tfr: [f64; 5],
    /// Life expectancy at birth, both sexes, years.
    pub e0: [f64; 5],
    /// Net migration during the year, thousands.
    pub mig: [f64; 5],
    /// Total population at 31 December, thousands.
    pub pop: [f64; 5],
}

/// A country's calibration of the probabilistic bands (`data/bands_calibration.csv`): the
/// AR(1) persistences of the yearly normal scores (0..=1) and a factor on the published
/// net-migration deviations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandCalibrationRow {
    pub rho_tfr: f64,
    pub rho_e0: f64,
    pub rho_mig: f64,
    pub mig_scale: f64,
}

/// Everything embedded for one country.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryData {
    pub info: CountryInfo,
    pub pop_total: Vec<PopTotalRow>,
    pub pop_age5: Vec<PopAge5Row>,
    pub mx5: Vec<Mx5Row>,
    pub pasfr5: Vec<Pasfr5Row>,
    pub indicators: Vec<IndicatorRow>,
    pub netmig_age1: Vec<NetMigAge1Row>,
    /// Published component quantiles for the bands, one row per calendar year in order.
    pub bands: Vec<BandRow>,
    /// The bands' calibration (`None` when the table has no row of the country).
    pub band_calibration: Option<BandCalibrationRow>,
}

impl CountryData {
    /// A country with no rows yet.
    pub(super) fn empty(info: CountryInfo) -> CountryData {
        CountryData {
            info,
            pop_total: Vec::new(),
            pop_age5: Vec::new(),
            mx5: Vec::new(),
            pasfr5: Vec::new(),
            indicators: Vec::new(),
            netmig_age1: Vec::new(),
            bands: Vec::new(),
            band_calibration: None,
        }
    }
    pub fn pop_total(&self, year: i32) -> Option<&PopTotalRow> {
        self.pop_total.iter().find(|r| r.year == year)
    }
    pub fn pop_age5(&self, year: i32, variant: Variant, sex: Sex) -> Option<&[f64; AGE5_GROUPS]> {
        self.pop_age5
            .iter()
            .find(|r| r.year == year && r.variant == variant && r.sex == sex)
            .map(|r| &r.pop)
    }
    pub fn mx5(&self, period_start: i32, sex: Sex) -> Option<&[f64; MX_GROUPS]> {
        self.mx5
            .iter()
            .find(|r| r.period_start == period_start && r.sex == sex)
            .map(|r| &r.mx)
    }
    pub fn pasfr5(&self, year: i32) -> Option<&[f64; PASFR_GROUPS]> {
        self.pasfr5
            .iter()
            .find(|r| r.year == year)
            .map(|r| &r.pasfr)
    }
    pub fn indicator(&self, year: i32) -> Option<&IndicatorRow> {
        self.indicators.iter().find(|r| r.year == year)
    }
    pub fn netmig_age1(&self, year: i32, sex: Sex) -> Option<&[f64; SINGLE_AGES]> {
        self.netmig_age1
            .iter()
            .find(|r| r.year == year && r.sex == sex)
            .map(|r| &r.mig)
    }
    /// First and last year of the annual population series.
    pub fn year_span(&self) -> (i32, i32) {
        let first = self.pop_total.first().map_or(0, |r| r.year);
        let last = self.pop_total.last().map_or(0, |r| r.year);
        (first, last)
    }
}

/// World Bank remittances received and GDP for one country-year (current US$).
#[derive(Clone, Debug, PartialEq)]
pub struct RemittanceRow {
    pub iso3: String,
    pub year: i32,
    pub remittances_usd: f64,
    pub gdp_usd: f64,
    /// 100 × remittances / GDP from the two current-dollar series.
    pub pct_gdp_computed: f64,
}

/// UN DESA migrant stock: persons in `dest` from `origin` at 1 July `year`.
#[derive(Clone, Debug, PartialEq)]
pub struct MigrantStockRow {
    pub dest: String,
    pub year: i32,
    pub origin: String,
    pub sex: String,
    pub persons: f64,
}

/// One reported annual figure of the Compatriots Program, with its measure and source.
#[derive(Clone, Debug, PartialEq)]
pub struct CompatriotsRow {
    pub year: i32,
    pub value_persons: f64,
    pub qualifier: String,
    pub measure_as_reported: String,
    pub reported_by: String,
    pub underlying_source: String,
    pub url: String,
    /// The measure, classified by `data/convert.py` from the wording: `registered`,
    /// `participants_and_family`, `participants_resettled` or `moved`.
    pub measure: String,
    /// The underlying source (ministry) and the outlet that reported it, in words.
    pub source_en: String,
    pub source_ru: String,
    pub outlet_en: String,
    pub outlet_ru: String,
    /// Date of the report (`YYYY-MM-DD`), empty when not given.
    pub reported_on: String,
}

/// One bound of the brief's range of relokanty staying in a host country, with the
/// publisher its endnote names for it and a check against the endnote
/// (`data/relokanty_hosts.csv`).
#[derive(Clone, Debug, PartialEq)]
pub struct RelokantyBound {
    pub iso3: String,
    pub brief_id: String,
    /// `low` or `high`.
    pub bound: String,
    /// Persons.
    pub value: f64,
    /// Publisher(s) named in the endnote for this bound; empty when none gives it.
    pub publisher: String,
    /// `ok`, `not_in_cited_source` or `broader_measure`.
    pub check: String,
    /// For `not_in_cited_source`: the endnote's other figures for the host (persons).
    pub cited_min: Option<f64>,
    pub cited_max: Option<f64>,
    pub as_stated: String,
}

/// Another Compatriots Program fact, as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct CompatriotsFact {
    pub fact: String,
    pub value: String,
    pub url: String,
    pub reported_by_and_date: String,
}

/// One figure of Rosstat's October 2023 forecast, as reported.
#[derive(Clone, Debug, PartialEq)]
pub struct RosstatRow {
    pub variant: String,
    pub indicator: String,
    pub year_or_date: String,
    pub value: String,
    pub unit: String,
    pub url: String,
    pub reported_by_and_date: String,
}

/// One figure or dated event printed in the two policy briefs.
#[derive(Clone, Debug, PartialEq)]
pub struct BriefFigure {
    pub id: String,
    pub brief: String,
    pub topic: String,
    pub country: String,
    pub indicator: String,
    pub value: Option<f64>,
    pub value_low: Option<f64>,
    pub value_high: Option<f64>,
    pub unit: String,
    pub qualifier: String,
    pub period_or_date: String,
    pub as_stated: String,
    pub cited_source: String,
    pub cited_url: String,
}

/// A focus country of a [`Dataset`]: its codes and names, and its WPP tables, which a
/// dataset decoded lazily from `embedded.bin` ([`Dataset::from_binary_lazy`]) decodes from
/// the country's own section the first time they are asked for.
#[derive(Clone, Debug)]
pub(super) struct CountrySlot {
    pub(super) info: CountryInfo,
    pub(super) data: OnceLock<CountryData>,
    /// The country's section of `embedded.bin` while `data` is not decoded (else empty).
    pub(super) section: &'static [u8],
}

/// Two countries are equal when their names and tables are (decoding them if need be),
/// whether they were decoded lazily or not.
impl PartialEq for CountrySlot {
    fn eq(&self, other: &CountrySlot) -> bool {
        self.info == other.info && self.tables().ok() == other.tables().ok()
    }
}

impl CountrySlot {
    /// The country's tables, decoded from its section the first time.
    pub(super) fn tables(&self) -> Result<&CountryData, DataError> {
        if let Some(data) = self.data.get() {
            return Ok(data);
        }
        let data = super::binary::country(self.section, &self.info)?;
        Ok(self.data.get_or_init(|| data))
    }

    pub(super) fn decoded(data: CountryData) -> CountrySlot {
        CountrySlot {
            info: data.info.clone(),
            data: OnceLock::from(data),
            section: &[],
        }
    }
}

/// All embedded data. The countries are reached through [`Dataset::country`],
/// [`Dataset::require_country`] and [`Dataset::countries`] (their WPP tables may be decoded
/// on first use), their names through [`Dataset::country_infos`].
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub(super) countries: Vec<CountrySlot>,
    pub remittances: Vec<RemittanceRow>,
    pub migrant_stock: Vec<MigrantStockRow>,
    pub compatriots: Vec<CompatriotsRow>,
    pub compatriots_facts: Vec<CompatriotsFact>,
    pub rosstat: Vec<RosstatRow>,
    pub briefs: Vec<BriefFigure>,
    pub relokanty_bounds: Vec<RelokantyBound>,
    /// The world's population at 31 December of each year, WPP 2024 medium, thousands
    /// (`data/world_population.csv`).
    pub world: Vec<(i32, f64)>,
}

impl Dataset {
    /// A brief's figure by its id (e.g. `CR012`).
    pub fn brief(&self, id: &str) -> Option<&BriefFigure> {
        self.briefs.iter().find(|b| b.id == id)
    }
    /// The world's population at 1 July of `year`, thousands (the mean of the year-ends
    /// around it, as WPP's mid-year figures are), if the table covers it.
    pub fn world_midyear(&self, year: i32) -> Option<f64> {
        let first = self.world.first()?.0;
        let at = |y: i32| {
            let i = usize::try_from(y - first).ok()?;
            self.world.get(i).map(|(_, v)| *v)
        };
        Some((at(year - 1)? + at(year)?) / 2.0)
    }
    /// A Rosstat figure by variant, indicator and date as printed in the table.
    pub fn rosstat(
        &self,
        variant: &str,
        indicator: &str,
        year_or_date: &str,
    ) -> Option<&RosstatRow> {
        self.rosstat.iter().find(|r| {
            r.variant == variant && r.indicator == indicator && r.year_or_date == year_or_date
        })
    }
}
