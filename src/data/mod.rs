//! Typed embedded tables: the WPP 2024, World Bank, UN DESA and transcribed datasets that
//! `data/convert.py` derives from `../shared/data-raw` into `data/*.csv`, which `build.rs`
//! encodes into `embedded.bin` (`encode.rs`, layout in `format.rs`), compiled in with
//! `include_bytes!` and decoded once into plain Rust structs (`binary.rs`; the wasm build
//! decodes a country's WPP tables the first time it is asked for). Counts are in
//! thousands, as WPP publishes them, except where a field name says `persons` or `usd`.
//! Nothing here knows about projections, scenarios or drawing.

mod binary;
#[cfg(not(target_arch = "wasm32"))]
mod encode;
mod error;
mod format;
mod parse;
mod tables;

pub use error::DataError;
pub use tables::*;

/// Number of 5-year age groups in population tables: 0-4 … 95-99, 100+.
pub const AGE5_GROUPS: usize = 21;
/// Labels of the 5-year age groups, in order.
pub const AGE5_LABELS: [&str; AGE5_GROUPS] = [
    "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54",
    "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94", "95-99", "100+",
];
/// Number of abridged mortality ages: 0, 1-4, 5-9, …, 95-99, 100+.
pub const MX_GROUPS: usize = 22;
/// Lower bounds of the abridged mortality age groups.
pub const MX_AGE_START: [u32; MX_GROUPS] = [
    0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100,
];
/// Number of 5-year maternal age groups in the fertility pattern: 10-14 … 50-54.
pub const PASFR_GROUPS: usize = 9;
/// Lower bound of the first maternal age group.
pub const PASFR_FIRST_AGE: u32 = 10;
/// Single ages 0..=100 (100 = 100+).
pub const SINGLE_AGES: usize = 101;

/// The raw text of every embedded table, keyed by file name. `Dataset::embedded` uses the
/// files compiled in from `data/`; tests use `Sources` to feed in damaged copies.
#[derive(Clone, Debug)]
pub struct Sources<'a> {
    pub countries: &'a str,
    pub pop_total: &'a str,
    pub pop_age5: &'a str,
    pub mx5: &'a str,
    pub pasfr5: &'a str,
    pub indicators: &'a str,
    pub netmig_age1: &'a str,
    pub remittances: &'a str,
    pub migrant_stock: &'a str,
    pub compatriots: &'a str,
    pub compatriots_facts: &'a str,
    pub rosstat_forecast: &'a str,
    pub briefs_figures: &'a str,
    pub relokanty_hosts: &'a str,
    pub world_population: &'a str,

    pub bands: &'a str,
    pub bands_calibration: &'a str,
}

/// The compact form the wasm build decodes at start-up (`embedded.bin`, which `build.rs`
/// encodes from `data/*.csv` into the build's `OUT_DIR`): only what the widget reads, from
/// the projection base on (age structures of mid-2025; age patterns, TFR, sex ratio and e0
/// from 2025), the full population totals and the side tables, each table with a checksum.
/// Native builds read the full CSVs instead.
pub const EMBEDDED_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.bin"));

/// Encode tables into the compact binary form, as `build.rs` does with `data/*.csv` for
/// [`EMBEDDED_BIN`] (native builds only: tests encode altered tables with it). An error
/// names the file and line the encoder cannot store.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_binary(src: &Sources<'_>) -> Result<Vec<u8>, DataError> {
    encode::encode(|file| src.text(file)).map_err(|e| DataError::at(e.file, e.line, e.message))
}

impl<'a> Sources<'a> {
    /// The text of the table `file` (`pop_age5_base.csv`: the full `pop_age5.csv`, of which
    /// it is the base year's rows).
    pub fn text(&self, file: &str) -> Option<&'a str> {
        Some(match file {
            "countries.csv" => self.countries,
            "pop_total.csv" => self.pop_total,
            "pop_age5.csv" | "pop_age5_base.csv" => self.pop_age5,
            "mx5.csv" => self.mx5,
            "pasfr5.csv" => self.pasfr5,
            "indicators.csv" => self.indicators,
            "netmig_age1.csv" => self.netmig_age1,
            "remittances.csv" => self.remittances,
            "migrant_stock.csv" => self.migrant_stock,
            "compatriots.csv" => self.compatriots,
            "compatriots_facts.csv" => self.compatriots_facts,
            "rosstat_forecast.csv" => self.rosstat_forecast,
            "briefs_figures.csv" => self.briefs_figures,
            "relokanty_hosts.csv" => self.relokanty_hosts,
            "world_population.csv" => self.world_population,

            "bands.csv" => self.bands,
            "bands_calibration.csv" => self.bands_calibration,
            _ => return None,
        })
    }
}

impl Sources<'static> {
    /// The CSV texts of `data/` (native builds; the wasm build decodes [`EMBEDDED_BIN`]
    /// instead). `pop_age5` is the full table, 1950–2100.
    pub const EMBEDDED: Sources<'static> = Sources {
        countries: include_str!("../../data/countries.csv"),
        pop_total: include_str!("../../data/pop_total.csv"),
        pop_age5: include_str!("../../data/pop_age5.csv"),
        mx5: include_str!("../../data/mx5.csv"),
        pasfr5: include_str!("../../data/pasfr5.csv"),
        indicators: include_str!("../../data/indicators.csv"),
        netmig_age1: include_str!("../../data/netmig_age1.csv"),
        remittances: include_str!("../../data/remittances.csv"),
        migrant_stock: include_str!("../../data/migrant_stock.csv"),
        compatriots: include_str!("../../data/compatriots.csv"),
        compatriots_facts: include_str!("../../data/compatriots_facts.csv"),
        rosstat_forecast: include_str!("../../data/rosstat_forecast.csv"),
        briefs_figures: include_str!("../../data/briefs_figures.csv"),
        relokanty_hosts: include_str!("../../data/relokanty_hosts.csv"),
        world_population: include_str!("../../data/world_population.csv"),

        bands: include_str!("../../data/bands.csv"),
        bands_calibration: include_str!("../../data/bands_calibration.csv"),
    };
}

impl Dataset {
    /// The embedded tables. The wasm build decodes [`EMBEDDED_BIN`], which holds what the
    /// widget reads; native builds (CLI, tests, validation) parse the full CSV texts
    /// ([`Sources::EMBEDDED`]): the same numbers plus the history and totals the widget
    /// never reads (a test checks the binary equals the CSVs wherever it holds a value).
    pub fn embedded() -> Result<Dataset, DataError> {
        #[cfg(target_arch = "wasm32")]
        return Dataset::from_binary_lazy(EMBEDDED_BIN);
        #[cfg(not(target_arch = "wasm32"))]
        return Dataset::from_sources(&Sources::EMBEDDED);
    }

    /// Decode the compact binary form (`build.rs`'s [`EMBEDDED_BIN`], or
    /// [`encode_binary`]'s output), every country at once. Every table's checksum is
    /// verified first: a damaged table is an error naming its country and file.
    pub fn from_binary(bytes: &[u8]) -> Result<Dataset, DataError> {
        binary::dataset(bytes)
    }

    /// Decode the compact binary form's shared tables now and each country's WPP tables the
    /// first time the country is asked for (the widget's first chart needs one of eight).
    /// Every table's checksum is verified now, so damage anywhere is refused at once.
    pub fn from_binary_lazy(bytes: &'static [u8]) -> Result<Dataset, DataError> {
        binary::dataset_lazy(bytes)
    }

    /// Parse a set of table texts (same layout as `data/*.csv`). Native builds only: the
    /// wasm build decodes [`EMBEDDED_BIN`] and carries no CSV reader.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_sources(src: &Sources<'_>) -> Result<Dataset, DataError> {
        parse::dataset(src)
    }

    /// The codes and names of the focus countries, in order (decodes nothing).
    pub fn country_infos(&self) -> impl Iterator<Item = &CountryInfo> + '_ {
        self.countries.iter().map(|c| &c.info)
    }

    fn slot(&self, key: &str) -> Option<&CountrySlot> {
        let key = key.trim();
        let m49: Option<u16> = key.parse().ok();
        self.countries
            .iter()
            .find(|c| c.info.iso3.eq_ignore_ascii_case(key) || Some(c.info.m49) == m49)
    }

    /// The codes and names of the country with this ISO3 code (case-insensitive) or M49
    /// number (decodes nothing).
    pub fn country_info(&self, key: &str) -> Option<&CountryInfo> {
        self.slot(key).map(|c| &c.info)
    }

    /// The country with this ISO3 code (case-insensitive) or M49 number, with its tables;
    /// `None` when there is no such country (or, in a lazily decoded dataset, when its
    /// section cannot be decoded: [`Dataset::require_country`] says why).
    pub fn country(&self, key: &str) -> Option<&CountryData> {
        self.require_country(key).ok()
    }

    /// Like [`Dataset::country`], but a clear error naming the valid codes when absent, or
    /// what is wrong with the country's data.
    pub fn require_country(&self, key: &str) -> Result<&CountryData, DataError> {
        let slot = self.slot(key).ok_or_else(|| {
            let known: Vec<&str> = self.country_infos().map(|c| c.iso3.as_str()).collect();
            DataError::lookup(format!(
                "unknown country '{}'; use one of {}",
                key.chars().take(40).collect::<String>(),
                known.join(", ")
            ))
        })?;
        slot.tables()
    }

    /// The ISO3 codes of the countries whose tables are decoded so far (all of them unless
    /// the dataset was decoded lazily).
    pub fn countries_decoded(&self) -> Vec<&str> {
        self.countries
            .iter()
            .filter(|c| c.data.get().is_some())
            .map(|c| c.info.iso3.as_str())
            .collect()
    }

    /// Every focus country with its tables, in order (decodes those not decoded yet).
    pub fn countries(&self) -> Result<Vec<&CountryData>, DataError> {
        self.countries.iter().map(CountrySlot::tables).collect()
    }

    /// Every focus country's tables to edit (tests build damaged or trimmed datasets so).
    pub fn countries_mut(&mut self) -> Result<Vec<&mut CountryData>, DataError> {
        for slot in &self.countries {
            slot.tables()?;
        }
        Ok(self
            .countries
            .iter_mut()
            .filter_map(|slot| slot.data.get_mut())
            .collect())
    }
}
