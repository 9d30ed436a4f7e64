//! Turning tables into typed rows. A [`Table`] comes from `embedded.bin` (numbers already
//! decoded; see `binary.rs`) or, in native builds, from a CSV text read with the `csv` crate.
//! Every failure names the file, line and column; numbers must be finite, and counts that
//! cannot be negative (population, death rates, fertility shares) are checked to be
//! non-negative.

#[cfg(not(target_arch = "wasm32"))]
use csv::{ReaderBuilder, Trim};

use super::error::{shown, DataError};
use super::tables::*;
#[cfg(not(target_arch = "wasm32"))]
use super::Sources;
use super::{AGE5_GROUPS, MX_GROUPS, PASFR_GROUPS, SINGLE_AGES};

/// One cell column of a table: numbers already decoded (binary form) or raw text (CSV).
pub(super) enum Column {
    Num(Vec<Option<f64>>),
    Text(Vec<String>),
}

/// A table read from either form: its header, its columns and, per row, the line to name in
/// errors (the CSV line, or the row number for the binary form).
pub(super) struct Table {
    pub(super) file: &'static str,
    pub(super) headers: Vec<String>,
    pub(super) columns: Vec<Column>,
    pub(super) lines: Vec<u64>,
}

#[cfg(not(target_arch = "wasm32"))]
fn reader(text: &str) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .comment(Some(b'#'))
        .trim(Trim::All)
        .from_reader(text.as_bytes())
}

/// Read a CSV text into a [`Table`] of text columns.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn csv_table(file: &'static str, text: &str) -> Result<Table, DataError> {
    let mut rdr = reader(text);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| DataError::at(file, 1, format!("unreadable header: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    let mut cols: Vec<Vec<String>> = vec![Vec::new(); headers.len()];
    let mut lines = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            DataError::at(file, line, format!("malformed row: {e}"))
        })?;
        lines.push(rec.position().map_or(0, |p| p.line()));
        for (col, field) in cols.iter_mut().zip(rec.iter()) {
            col.push(field.to_string());
        }
    }
    let table = Table {
        file,
        headers,
        columns: cols.into_iter().map(Column::Text).collect(),
        lines,
    };
    table.non_empty()
}

/// Every loader reads cells by (row, column) whichever form the table came in.
impl Table {
    pub(super) fn non_empty(self) -> Result<Table, DataError> {
        if self.lines.is_empty() {
            return Err(DataError::at(self.file, 0, "the table has no rows"));
        }
        Ok(self)
    }

    fn rows(&self) -> usize {
        self.lines.len()
    }

    fn line(&self, row: usize) -> u64 {
        self.lines.get(row).copied().unwrap_or(0)
    }

    fn header(&self, col: usize) -> &str {
        self.headers.get(col).map_or("?", String::as_str)
    }

    fn col(&self, name: &str) -> Result<usize, DataError> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| DataError::at(self.file, 1, format!("missing column `{name}`")))
    }

    fn missing(&self, row: usize, col: usize) -> DataError {
        DataError::at(
            self.file,
            self.line(row),
            format!("too few fields (no column {})", col + 1),
        )
    }

    fn text(&self, row: usize, col: usize) -> Result<&str, DataError> {
        match self.columns.get(col) {
            Some(Column::Text(v)) => v
                .get(row)
                .map(String::as_str)
                .ok_or_else(|| self.missing(row, col)),
            Some(Column::Num(_)) => Err(DataError::at(
                self.file,
                self.line(row),
                format!(
                    "column `{}` holds numbers where text was expected",
                    shown(self.header(col))
                ),
            )),
            None => Err(self.missing(row, col)),
        }
    }

    /// The text of a cell, moved out of the table (each cell is read once).
    fn string(&mut self, row: usize, col: usize) -> Result<String, DataError> {
        if let Some(Column::Text(v)) = self.columns.get_mut(col) {
            if let Some(cell) = v.get_mut(row) {
                return Ok(std::mem::take(cell));
            }
        }
        self.text(row, col).map(str::to_string)
    }

    fn opt_num(&self, row: usize, col: usize) -> Result<Option<f64>, DataError> {
        let s = match self.columns.get(col) {
            Some(Column::Num(v)) => {
                return v.get(row).copied().ok_or_else(|| self.missing(row, col))
            }
            Some(Column::Text(v)) => v.get(row).ok_or_else(|| self.missing(row, col))?,
            None => return Err(self.missing(row, col)),
        };
        if s.is_empty() {
            return Ok(None);
        }
        match crate::num::parse(s) {
            Some(v) if v.is_finite() => Ok(Some(v)),
            _ => Err(DataError::at(
                self.file,
                self.line(row),
                format!(
                    "column `{}`: '{}' is not a finite number",
                    shown(self.header(col)),
                    shown(s)
                ),
            )),
        }
    }

    fn num(&self, row: usize, col: usize) -> Result<f64, DataError> {
        self.opt_num(row, col)?.ok_or_else(|| {
            DataError::at(
                self.file,
                self.line(row),
                format!("column `{}` is empty", shown(self.header(col))),
            )
        })
    }

    fn int(&self, row: usize, col: usize) -> Result<i32, DataError> {
        let v = self.num(row, col)?;
        if v.fract() != 0.0 || v.abs() > f64::from(i32::MAX) {
            return Err(DataError::at(
                self.file,
                self.line(row),
                format!(
                    "column `{}`: '{}' is not a whole number",
                    shown(self.header(col)),
                    short(v)
                ),
            ));
        }
        Ok(v as i32)
    }

    /// `N` numbers starting at column `start` (non-negative unless `allow_negative`).
    fn array<const N: usize>(
        &self,
        row: usize,
        start: usize,
        allow_negative: bool,
    ) -> Result<[f64; N], DataError> {
        if self.headers.len() != start + N {
            return Err(DataError::at(
                self.file,
                1,
                format!(
                    "expected {} columns, found {}",
                    start + N,
                    self.headers.len()
                ),
            ));
        }
        let mut out = [0.0; N];
        for (i, slot) in out.iter_mut().enumerate() {
            // Fast path: a decoded number that needs no check (the binary form's cells).
            if let Some(Column::Num(v)) = self.columns.get(start + i) {
                if let Some(&Some(x)) = v.get(row) {
                    if allow_negative || x >= 0.0 {
                        *slot = x;
                        continue;
                    }
                }
            }
            let v = self.num(row, start + i)?;
            if v < 0.0 && !allow_negative {
                return Err(DataError::at(
                    self.file,
                    self.line(row),
                    format!(
                        "column `{}`: negative value {}",
                        shown(self.header(start + i)),
                        short(v)
                    ),
                ));
            }
            *slot = v;
        }
        Ok(out)
    }

    fn sex(&self, row: usize, col: usize) -> Result<Sex, DataError> {
        match self.text(row, col)? {
            "M" => Ok(Sex::Male),
            "F" => Ok(Sex::Female),
            other => Err(DataError::at(
                self.file,
                self.line(row),
                format!("sex '{}' is neither M nor F", shown(other)),
            )),
        }
    }

    /// Index of the country named in column `m49` of this row.
    fn country_index(&self, row: usize, countries: &[CountryData]) -> Result<usize, DataError> {
        let m49 = self.int(row, 0)?;
        countries
            .iter()
            .position(|c| i32::from(c.info.m49) == m49)
            .ok_or_else(|| {
                DataError::at(
                    self.file,
                    self.line(row),
                    format!("country code {m49} is not in countries.csv"),
                )
            })
    }
}

/// The CSV texts of every table, parsed.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn dataset(src: &Sources<'_>) -> Result<Dataset, DataError> {
    let mut countries = countries(&csv_table("countries.csv", src.countries)?)?;
    fill(
        WppTables {
            pop_total: csv_table("pop_total.csv", src.pop_total)?,
            pop_age5: csv_table("pop_age5.csv", src.pop_age5)?,
            mx5: csv_table("mx5.csv", src.mx5)?,
            pasfr5: csv_table("pasfr5.csv", src.pasfr5)?,
            indicators: csv_table("indicators.csv", src.indicators)?,
            netmig_age1: NetMig::Table(csv_table("netmig_age1.csv", src.netmig_age1)?),
            bands: csv_table("bands.csv", src.bands)?,
            bands_calibration: csv_table("bands_calibration.csv", src.bands_calibration)?,
        },
        &mut countries,
    )?;
    assemble(
        countries.into_iter().map(CountrySlot::decoded).collect(),
        SideTables {
            remittances: csv_table("remittances.csv", src.remittances)?,
            migrant_stock: csv_table("migrant_stock.csv", src.migrant_stock)?,
            compatriots: csv_table("compatriots.csv", src.compatriots)?,
            compatriots_facts: csv_table("compatriots_facts.csv", src.compatriots_facts)?,
            rosstat_forecast: csv_table("rosstat_forecast.csv", src.rosstat_forecast)?,
            briefs_figures: csv_table("briefs_figures.csv", src.briefs_figures)?,
            relokanty_hosts: csv_table("relokanty_hosts.csv", src.relokanty_hosts)?,
            world_population: csv_table("world_population.csv", src.world_population)?,
        },
    )
}

/// Net migration by single age: a table (CSV, or `embedded.bin`'s column form) or the rows
/// `embedded.bin`'s low-rank form decodes to directly, each with its country's M49 code.
pub(super) enum NetMig {
    Table(Table),
    Rows(Vec<(u16, NetMigAge1Row)>),
}

/// The WPP tables, in either form: every country's rows (the CSVs) or one country's
/// (a section of `embedded.bin`).
pub(super) struct WppTables {
    pub(super) pop_total: Table,
    pub(super) pop_age5: Table,
    pub(super) mx5: Table,
    pub(super) pasfr5: Table,
    pub(super) indicators: Table,
    pub(super) netmig_age1: NetMig,
    pub(super) bands: Table,
    pub(super) bands_calibration: Table,
}

/// The tables that are not by country, in either form.
pub(super) struct SideTables {
    pub(super) remittances: Table,
    pub(super) migrant_stock: Table,
    pub(super) compatriots: Table,
    pub(super) compatriots_facts: Table,
    pub(super) rosstat_forecast: Table,
    pub(super) briefs_figures: Table,
    pub(super) relokanty_hosts: Table,
    pub(super) world_population: Table,
}

/// Add the rows of the WPP tables to the countries they name; every country must then have
/// rows in each table that every view reads.
pub(super) fn fill(mut t: WppTables, countries: &mut [CountryData]) -> Result<(), DataError> {
    pop_total(&t.pop_total, countries)?;
    pop_age5(&t.pop_age5, countries)?;
    mx5(&t.mx5, countries)?;
    pasfr5(&t.pasfr5, countries)?;
    indicators(&t.indicators, countries)?;
    match t.netmig_age1 {
        NetMig::Table(ref table) => netmig_age1(table, countries)?,
        NetMig::Rows(ref mut rows) => netmig_rows(std::mem::take(rows), countries)?,
    }
    bands(&t.bands, countries)?;
    band_calibration(&t.bands_calibration, countries)?;
    for c in countries.iter() {
        if c.pop_total.is_empty()
            || c.pop_age5.is_empty()
            || c.mx5.is_empty()
            || c.indicators.is_empty()
        {
            return Err(DataError::at(
                "countries.csv",
                0,
                format!(
                    "country {} has no rows in one of the WPP tables",
                    c.info.iso3
                ),
            ));
        }
    }
    Ok(())
}

/// Build the dataset from its countries and side tables.
pub(super) fn assemble(
    countries: Vec<CountrySlot>,
    mut t: SideTables,
) -> Result<Dataset, DataError> {
    Ok(Dataset {
        countries,
        remittances: remittances(&mut t.remittances)?,
        migrant_stock: migrant_stock(&mut t.migrant_stock)?,
        compatriots: compatriots(&mut t.compatriots)?,
        compatriots_facts: compatriots_facts(&mut t.compatriots_facts)?,
        rosstat: rosstat(&mut t.rosstat_forecast)?,
        briefs: briefs(&mut t.briefs_figures)?,
        relokanty_bounds: relokanty_bounds(&mut t.relokanty_hosts)?,
        world: world_population(&t.world_population)?,
    })
}

/// Column indices of these names, in order (an error names the first one missing).
fn cols<const N: usize>(t: &Table, names: [&str; N]) -> Result<[usize; N], DataError> {
    let mut out = [0; N];
    for (slot, name) in out.iter_mut().zip(names) {
        *slot = t.col(name)?;
    }
    Ok(out)
}

fn remittances(t: &mut Table) -> Result<Vec<RemittanceRow>, DataError> {
    let [iso3, year, rem, gdp, pct] = cols(
        t,
        [
            "iso3",
            "year",
            "remittances_usd",
            "gdp_usd",
            "pct_gdp_computed",
        ],
    )?;
    (0..t.rows())
        .map(|row| {
            Ok(RemittanceRow {
                iso3: t.string(row, iso3)?,
                year: t.int(row, year)?,
                remittances_usd: t.num(row, rem)?,
                gdp_usd: t.num(row, gdp)?,
                pct_gdp_computed: t.num(row, pct)?,
            })
        })
        .collect()
}

fn migrant_stock(t: &mut Table) -> Result<Vec<MigrantStockRow>, DataError> {
    let [dest, year, origin, sex, persons] = cols(t, ["dest", "year", "origin", "sex", "persons"])?;
    (0..t.rows())
        .map(|row| {
            Ok(MigrantStockRow {
                dest: t.string(row, dest)?,
                year: t.int(row, year)?,
                origin: t.string(row, origin)?,
                sex: t.string(row, sex)?,
                persons: t.num(row, persons)?,
            })
        })
        .collect()
}

fn compatriots(t: &mut Table) -> Result<Vec<CompatriotsRow>, DataError> {
    let [year, value, qualifier, as_reported, by, under, url] = cols(
        t,
        [
            "year",
            "value_persons",
            "qualifier",
            "measure_as_reported",
            "reported_by",
            "underlying_source",
            "url",
        ],
    )?;
    let [measure, src_en, src_ru, out_en, out_ru, on] = cols(
        t,
        [
            "measure",
            "source_en",
            "source_ru",
            "outlet_en",
            "outlet_ru",
            "reported_on",
        ],
    )?;
    (0..t.rows())
        .map(|row| {
            Ok(CompatriotsRow {
                year: t.int(row, year)?,
                value_persons: t.num(row, value)?,
                qualifier: t.string(row, qualifier)?,
                measure_as_reported: t.string(row, as_reported)?,
                reported_by: t.string(row, by)?,
                underlying_source: t.string(row, under)?,
                url: t.string(row, url)?,
                measure: t.string(row, measure)?,
                source_en: t.string(row, src_en)?,
                source_ru: t.string(row, src_ru)?,
                outlet_en: t.string(row, out_en)?,
                outlet_ru: t.string(row, out_ru)?,
                reported_on: t.string(row, on)?,
            })
        })
        .collect()
}

/// The world's year-end population by year; the years must follow each other.
fn world_population(t: &Table) -> Result<Vec<(i32, f64)>, DataError> {
    let [year, world] = cols(t, ["year", "world"])?;
    let mut out: Vec<(i32, f64)> = Vec::with_capacity(t.rows());
    for row in 0..t.rows() {
        let (y, v) = (t.int(row, year)?, t.num(row, world)?);
        if out.last().is_some_and(|(last, _)| *last + 1 != y) || !v.is_finite() || v <= 0.0 {
            return Err(DataError::at(
                "world_population.csv",
                t.line(row),
                format!("year {y}: expected the year after the previous row and a population above zero"),
            ));
        }
        out.push((y, v));
    }
    Ok(out)
}

fn relokanty_bounds(t: &mut Table) -> Result<Vec<RelokantyBound>, DataError> {
    let [iso3, id, bound, value, publisher, check, lo, hi, stated] = cols(
        t,
        [
            "iso3",
            "brief_id",
            "bound",
            "value",
            "publisher",
            "check",
            "cited_min",
            "cited_max",
            "as_stated",
        ],
    )?;
    (0..t.rows())
        .map(|row| {
            Ok(RelokantyBound {
                iso3: t.string(row, iso3)?,
                brief_id: t.string(row, id)?,
                bound: t.string(row, bound)?,
                value: t.num(row, value)?,
                publisher: t.string(row, publisher)?,
                check: t.string(row, check)?,
                cited_min: t.opt_num(row, lo)?,
                cited_max: t.opt_num(row, hi)?,
                as_stated: t.string(row, stated)?,
            })
        })
        .collect()
}

fn compatriots_facts(t: &mut Table) -> Result<Vec<CompatriotsFact>, DataError> {
    let [fact, value, url, by] = cols(t, ["fact", "value", "url", "reported_by_and_date"])?;
    (0..t.rows())
        .map(|row| {
            Ok(CompatriotsFact {
                fact: t.string(row, fact)?,
                value: t.string(row, value)?,
                url: t.string(row, url)?,
                reported_by_and_date: t.string(row, by)?,
            })
        })
        .collect()
}

fn rosstat(t: &mut Table) -> Result<Vec<RosstatRow>, DataError> {
    let [variant, indicator, date, value, unit, url, by] = cols(
        t,
        [
            "variant",
            "indicator",
            "year_or_date",
            "value",
            "unit",
            "url",
            "reported_by_and_date",
        ],
    )?;
    (0..t.rows())
        .map(|row| {
            Ok(RosstatRow {
                variant: t.string(row, variant)?,
                indicator: t.string(row, indicator)?,
                year_or_date: t.string(row, date)?,
                value: t.string(row, value)?,
                unit: t.string(row, unit)?,
                url: t.string(row, url)?,
                reported_by_and_date: t.string(row, by)?,
            })
        })
        .collect()
}

fn briefs(t: &mut Table) -> Result<Vec<BriefFigure>, DataError> {
    let [id, brief, value, low, high, period, stated, source, url] = cols(
        t,
        [
            "id",
            "brief",
            "value",
            "value_low",
            "value_high",
            "period_or_date",
            "as_stated",
            "cited_source",
            "cited_url",
        ],
    )?;
    // Descriptive columns embedded.bin leaves out (no view reads them): empty there.
    let [topic, country, indicator, unit, qualifier] =
        ["topic", "country", "indicator", "unit", "qualifier"]
            .map(|name| t.headers.iter().position(|h| h == name));
    (0..t.rows())
        .map(|row| {
            Ok(BriefFigure {
                id: t.string(row, id)?,
                brief: t.string(row, brief)?,
                topic: optional(t, row, topic)?,
                country: optional(t, row, country)?,
                indicator: optional(t, row, indicator)?,
                value: t.opt_num(row, value)?,
                value_low: t.opt_num(row, low)?,
                value_high: t.opt_num(row, high)?,
                unit: optional(t, row, unit)?,
                qualifier: optional(t, row, qualifier)?,
                period_or_date: t.string(row, period)?,
                as_stated: t.string(row, stated)?,
                cited_source: t.string(row, source)?,
                cited_url: t.string(row, url)?,
            })
        })
        .collect()
}

pub(super) fn countries(t: &Table) -> Result<Vec<CountryData>, DataError> {
    let (m49, iso3, en, ru) = (
        t.col("m49")?,
        t.col("iso3")?,
        t.col("name_en")?,
        t.col("name_ru")?,
    );
    let mut out = Vec::new();
    for row in 0..t.rows() {
        let code = t.int(row, m49)?;
        let code = u16::try_from(code).map_err(|_| {
            DataError::at(t.file, t.line(row), format!("M49 code {code} out of range"))
        })?;
        out.push(CountryData::empty(CountryInfo {
            m49: code,
            iso3: t.text(row, iso3)?.to_string(),
            name_en: t.text(row, en)?.to_string(),
            name_ru: t.text(row, ru)?.to_string(),
        }));
    }
    Ok(out)
}

pub(super) fn pop_total(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    reserve(countries, t.rows(), |c| &mut c.pop_total);
    let names = [
        "estimate", "medium", "low", "high", "lower80", "upper80", "lower95", "upper95",
    ];
    let mut idx = [0usize; 8];
    for (slot, name) in idx.iter_mut().zip(names) {
        *slot = t.col(name)?;
    }
    let year = t.col("year")?;
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        let mut v = [None; 8];
        for (slot, &i) in v.iter_mut().zip(&idx) {
            *slot = t.opt_num(row, i)?;
            if slot.is_some_and(|x| x < 0.0) {
                return Err(DataError::at(t.file, t.line(row), "negative population"));
            }
        }
        countries[c].pop_total.push(PopTotalRow {
            year: t.int(row, year)?,
            estimate: v[0],
            medium: v[1],
            low: v[2],
            high: v[3],
            lower80: v[4],
            upper80: v[5],
            lower95: v[6],
            upper95: v[7],
        });
    }
    Ok(())
}

pub(super) fn pop_age5(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    reserve(countries, t.rows(), |c| &mut c.pop_age5);
    let (year, variant, sex) = (t.col("year")?, t.col("variant")?, t.col("sex")?);
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        let variant = match t.text(row, variant)? {
            "estimate" => Variant::Estimate,
            "medium" => Variant::Medium,
            "low" => Variant::Low,
            "high" => Variant::High,
            other => {
                return Err(DataError::at(
                    t.file,
                    t.line(row),
                    format!("unknown variant '{}'", shown(other)),
                ))
            }
        };
        countries[c].pop_age5.push(PopAge5Row {
            year: t.int(row, year)?,
            variant,
            sex: t.sex(row, sex)?,
            pop: t.array::<AGE5_GROUPS>(row, 4, false)?,
        });
    }
    Ok(())
}

pub(super) fn mx5(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    reserve(countries, t.rows(), |c| &mut c.mx5);
    let (period, sex) = (t.col("period_start")?, t.col("sex")?);
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        countries[c].mx5.push(Mx5Row {
            period_start: t.int(row, period)?,
            sex: t.sex(row, sex)?,
            mx: t.array::<MX_GROUPS>(row, 3, false)?,
        });
    }
    Ok(())
}

pub(super) fn pasfr5(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    reserve(countries, t.rows(), |c| &mut c.pasfr5);
    let year = t.col("year")?;
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        countries[c].pasfr5.push(Pasfr5Row {
            year: t.int(row, year)?,
            pasfr: t.array::<PASFR_GROUPS>(row, 2, false)?,
        });
    }
    Ok(())
}

pub(super) fn netmig_age1(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    reserve(countries, t.rows(), |c| &mut c.netmig_age1);
    let (year, sex) = (t.col("year")?, t.col("sex")?);
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        // Stored in persons, difference-coded along age: a running sum restores the counts.
        let mut mig = t.array::<SINGLE_AGES>(row, 3, true)?;
        let mut running = 0.0;
        for v in mig.iter_mut() {
            running += *v;
            *v = running / 1000.0;
        }
        countries[c].netmig_age1.push(NetMigAge1Row {
            year: t.int(row, year)?,
            sex: t.sex(row, sex)?,
            mig,
        });
    }
    Ok(())
}

fn netmig_rows(
    rows: Vec<(u16, NetMigAge1Row)>,
    countries: &mut [CountryData],
) -> Result<(), DataError> {
    reserve(countries, rows.len(), |c| &mut c.netmig_age1);
    for (m49, row) in rows {
        let c = countries
            .iter_mut()
            .find(|c| c.info.m49 == m49)
            .ok_or_else(|| {
                DataError::at(
                    "netmig_age1.csv",
                    0,
                    format!("country code {m49} is not in countries.csv"),
                )
            })?;
        c.netmig_age1.push(row);
    }
    Ok(())
}

pub(super) fn indicators(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    reserve(countries, t.rows(), |c| &mut c.indicators);
    let year = t.col("year")?;
    let period = t.col("period")?;
    let names = [
        "tfr", "tfr_low", "tfr_high", "srb", "e0M", "e0F", "births", "deaths", "netmig",
    ];
    // The last three may be absent: embedded.bin leaves them out (no widget view reads them).
    let mut idx = [None; 9];
    for (k, (slot, name)) in idx.iter_mut().zip(names).enumerate() {
        *slot = if k < 6 {
            Some(t.col(name)?)
        } else {
            t.headers.iter().position(|h| h == name)
        };
    }
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        let mut v = [None; 9];
        for (slot, i) in v.iter_mut().zip(idx) {
            if let Some(i) = i {
                *slot = t.opt_num(row, i)?;
            }
        }
        countries[c].indicators.push(IndicatorRow {
            year: t.int(row, year)?,
            is_estimate: t.text(row, period)? == "estimate",
            tfr: v[0],
            tfr_low: v[1],
            tfr_high: v[2],
            srb: v[3],
            e0_m: v[4],
            e0_f: v[5],
            births: v[6],
            deaths: v[7],
            netmig: v[8],
        });
    }
    Ok(())
}

/// The text of a cell of a column that may be absent (empty then).
fn optional(t: &mut Table, row: usize, col: Option<usize>) -> Result<String, DataError> {
    match col {
        Some(col) => t.string(row, col),
        None => Ok(String::new()),
    }
}

/// Room for a table's rows in every country's list (rows are spread about evenly), so the
/// lists of large rows do not grow by copying.
fn reserve<T>(
    countries: &mut [CountryData],
    rows: usize,
    list: fn(&mut CountryData) -> &mut Vec<T>,
) {
    let each = rows / countries.len().max(1) + 1;
    for c in countries.iter_mut() {
        list(c).reserve(each);
    }
}

/// A number as an error message shows it: plain when short, in exponent form when huge or
/// tiny (a damaged table's 1e300 must not print as 301 digits).
fn short(v: f64) -> String {
    if v == 0.0 || (1e-6..1e15).contains(&v.abs()) {
        crate::num::shortest(v)
    } else {
        crate::num::exponent(v)
    }
}

/// `data/bands.csv`: per country and calendar year (in order, one row each), the five
/// published quantiles of TFR, e0, net migration and year-end population, each increasing.
pub(super) fn bands(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    let year = t.col("year")?;
    let groups = ["tfr", "e0", "mig", "pop"].map(|g| {
        [
            format!("{g}_95l"),
            format!("{g}_80l"),
            g.to_string(),
            format!("{g}_80u"),
            format!("{g}_95u"),
        ]
    });
    let mut idx = [[0usize; 5]; 4];
    for (slot, names) in idx.iter_mut().zip(&groups) {
        for (i, name) in slot.iter_mut().zip(names) {
            *i = t.col(name)?;
        }
    }
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        let mut q = [[0.0; 5]; 4];
        for ((qs, cols), names) in q.iter_mut().zip(&idx).zip(&groups) {
            for (v, &col) in qs.iter_mut().zip(cols) {
                *v = t.num(row, col)?;
            }
            if qs.windows(2).any(|w| w[0] > w[1]) {
                return Err(DataError::at(
                    t.file,
                    t.line(row),
                    format!(
                        "the quantiles of `{}` are not in increasing order",
                        names[2]
                    ),
                ));
            }
        }
        let y = t.int(row, year)?;
        let rows = &mut countries[c].bands;
        if let Some(last) = rows.last() {
            if y != last.year + 1 {
                return Err(DataError::at(
                    t.file,
                    t.line(row),
                    format!("year {y} does not follow {} of the same country", last.year),
                ));
            }
        }
        let [tfr, e0, mig, pop] = q;
        rows.push(BandRow {
            year: y,
            tfr,
            e0,
            mig,
            pop,
        });
    }
    Ok(())
}

/// `data/bands_calibration.csv`: one row per country; persistences within 0..=1 and a
/// non-negative net-migration factor.
pub(super) fn band_calibration(t: &Table, countries: &mut [CountryData]) -> Result<(), DataError> {
    let [rt, re, rm, ms] = cols(t, ["rho_tfr", "rho_e0", "rho_mig", "mig_scale"])?;
    for row in 0..t.rows() {
        let c = t.country_index(row, countries)?;
        let cal = BandCalibrationRow {
            rho_tfr: t.num(row, rt)?,
            rho_e0: t.num(row, re)?,
            rho_mig: t.num(row, rm)?,
            mig_scale: t.num(row, ms)?,
        };
        let rho_ok = [cal.rho_tfr, cal.rho_e0, cal.rho_mig]
            .iter()
            .all(|r| (0.0..=1.0).contains(r));
        if !rho_ok || cal.mig_scale < 0.0 {
            return Err(DataError::at(
                t.file,
                t.line(row),
                "a persistence (rho_*) outside 0..=1 or a negative mig_scale; refit with \
                 cargo run --release --bin calibrate",
            ));
        }
        if countries[c].band_calibration.replace(cal).is_some() {
            return Err(DataError::at(
                t.file,
                t.line(row),
                "a second row of the same country",
            ));
        }
    }
    Ok(())
}
