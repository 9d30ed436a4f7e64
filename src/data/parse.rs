//! Reading the embedded CSV texts into typed rows with the `csv` crate. Every failure names
//! the file, line and column; numbers must be finite, and counts that cannot be negative
//! (population, death rates, fertility shares) are checked to be non-negative.

use csv::{ReaderBuilder, StringRecord, Trim};
use serde::de::DeserializeOwned;

use super::error::DataError;
use super::tables::*;
use super::{Sources, AGE5_GROUPS, MX_GROUPS, PASFR_GROUPS, SINGLE_AGES};

/// A parsed table: its header and its records with their 1-based line numbers.
struct Table {
    file: &'static str,
    headers: StringRecord,
    records: Vec<(u64, StringRecord)>,
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .comment(Some(b'#'))
        .trim(Trim::All)
        .from_reader(text.as_bytes())
}

fn table(file: &'static str, text: &str) -> Result<Table, DataError> {
    let mut rdr = reader(text);
    let headers = rdr
        .headers()
        .map_err(|e| DataError::at(file, 1, format!("unreadable header: {e}")))?
        .clone();
    let mut records = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            DataError::at(file, line, format!("malformed row: {e}"))
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        records.push((line, rec));
    }
    if records.is_empty() {
        return Err(DataError::at(file, 0, "the table has no rows"));
    }
    Ok(Table {
        file,
        headers,
        records,
    })
}

impl Table {
    fn col(&self, name: &str) -> Result<usize, DataError> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| DataError::at(self.file, 1, format!("missing column `{name}`")))
    }

    fn text<'r>(&self, line: u64, rec: &'r StringRecord, idx: usize) -> Result<&'r str, DataError> {
        rec.get(idx).ok_or_else(|| {
            DataError::at(
                self.file,
                line,
                format!("too few fields (no column {})", idx + 1),
            )
        })
    }

    fn opt_num(&self, line: u64, rec: &StringRecord, idx: usize) -> Result<Option<f64>, DataError> {
        let s = self.text(line, rec, idx)?;
        if s.is_empty() {
            return Ok(None);
        }
        match s.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Some(v)),
            _ => Err(DataError::at(
                self.file,
                line,
                format!(
                    "column `{}`: '{}' is not a finite number",
                    self.headers.get(idx).unwrap_or("?"),
                    s
                ),
            )),
        }
    }

    fn num(&self, line: u64, rec: &StringRecord, idx: usize) -> Result<f64, DataError> {
        self.opt_num(line, rec, idx)?.ok_or_else(|| {
            DataError::at(
                self.file,
                line,
                format!("column `{}` is empty", self.headers.get(idx).unwrap_or("?")),
            )
        })
    }

    fn int(&self, line: u64, rec: &StringRecord, idx: usize) -> Result<i32, DataError> {
        let s = self.text(line, rec, idx)?;
        s.parse::<i32>().map_err(|_| {
            DataError::at(
                self.file,
                line,
                format!(
                    "column `{}`: '{}' is not a whole number",
                    self.headers.get(idx).unwrap_or("?"),
                    s
                ),
            )
        })
    }

    /// `N` non-negative numbers starting at column `start`.
    fn array<const N: usize>(
        &self,
        line: u64,
        rec: &StringRecord,
        start: usize,
        allow_negative: bool,
    ) -> Result<[f64; N], DataError> {
        if rec.len() != start + N {
            return Err(DataError::at(
                self.file,
                line,
                format!("expected {} fields, found {}", start + N, rec.len()),
            ));
        }
        let mut out = [0.0; N];
        for (i, slot) in out.iter_mut().enumerate() {
            let v = self.num(line, rec, start + i)?;
            if v < 0.0 && !allow_negative {
                return Err(DataError::at(
                    self.file,
                    line,
                    format!(
                        "column `{}`: negative value {v}",
                        self.headers.get(start + i).unwrap_or("?")
                    ),
                ));
            }
            *slot = v;
        }
        Ok(out)
    }

    fn sex(&self, line: u64, rec: &StringRecord, idx: usize) -> Result<Sex, DataError> {
        match self.text(line, rec, idx)? {
            "M" => Ok(Sex::Male),
            "F" => Ok(Sex::Female),
            other => Err(DataError::at(
                self.file,
                line,
                format!("sex '{other}' is neither M nor F"),
            )),
        }
    }

    /// Index of the country named in column `m49` of this record.
    fn country_index(
        &self,
        line: u64,
        rec: &StringRecord,
        countries: &[CountryData],
    ) -> Result<usize, DataError> {
        let m49 = self.int(line, rec, 0)?;
        countries
            .iter()
            .position(|c| i32::from(c.info.m49) == m49)
            .ok_or_else(|| {
                DataError::at(
                    self.file,
                    line,
                    format!("country code {m49} is not in countries.csv"),
                )
            })
    }
}

fn serde_rows<T: DeserializeOwned>(file: &'static str, text: &str) -> Result<Vec<T>, DataError> {
    let mut rdr = reader(text);
    let mut out = Vec::new();
    for row in rdr.deserialize::<T>() {
        out.push(row.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            DataError::at(file, line, format!("{e}"))
        })?);
    }
    if out.is_empty() {
        return Err(DataError::at(file, 0, "the table has no rows"));
    }
    Ok(out)
}

pub(super) fn dataset(src: &Sources<'_>) -> Result<Dataset, DataError> {
    let mut countries = countries(src.countries)?;
    pop_total(src.pop_total, &mut countries)?;
    pop_age5(src.pop_age5, &mut countries)?;
    mx5(src.mx5, &mut countries)?;
    pasfr5(src.pasfr5, &mut countries)?;
    indicators(src.indicators, &mut countries)?;
    netmig_age1(src.netmig_age1, &mut countries)?;
    for c in &countries {
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
    Ok(Dataset {
        countries,
        remittances: serde_rows("remittances.csv", src.remittances)?,
        migrant_stock: serde_rows("migrant_stock.csv", src.migrant_stock)?,
        compatriots: serde_rows("compatriots.csv", src.compatriots)?,
        compatriots_facts: serde_rows("compatriots_facts.csv", src.compatriots_facts)?,
        rosstat: serde_rows("rosstat_forecast.csv", src.rosstat_forecast)?,
        briefs: serde_rows("briefs_figures.csv", src.briefs_figures)?,
    })
}

fn countries(text: &str) -> Result<Vec<CountryData>, DataError> {
    let t = table("countries.csv", text)?;
    let (m49, iso3, en, ru) = (
        t.col("m49")?,
        t.col("iso3")?,
        t.col("name_en")?,
        t.col("name_ru")?,
    );
    let mut out = Vec::new();
    for (line, rec) in &t.records {
        let code = t.int(*line, rec, m49)?;
        let code = u16::try_from(code)
            .map_err(|_| DataError::at(t.file, *line, format!("M49 code {code} out of range")))?;
        out.push(CountryData {
            info: CountryInfo {
                m49: code,
                iso3: t.text(*line, rec, iso3)?.to_string(),
                name_en: t.text(*line, rec, en)?.to_string(),
                name_ru: t.text(*line, rec, ru)?.to_string(),
            },
            pop_total: Vec::new(),
            pop_age5: Vec::new(),
            mx5: Vec::new(),
            pasfr5: Vec::new(),
            indicators: Vec::new(),
            netmig_age1: Vec::new(),
        });
    }
    Ok(out)
}

fn pop_total(text: &str, countries: &mut [CountryData]) -> Result<(), DataError> {
    let t = table("pop_total.csv", text)?;
    let names = [
        "estimate", "medium", "low", "high", "lower80", "upper80", "lower95", "upper95",
    ];
    let mut idx = [0usize; 8];
    for (slot, name) in idx.iter_mut().zip(names) {
        *slot = t.col(name)?;
    }
    let year = t.col("year")?;
    for (line, rec) in &t.records {
        let c = t.country_index(*line, rec, countries)?;
        let mut v = [None; 8];
        for (slot, &i) in v.iter_mut().zip(&idx) {
            *slot = t.opt_num(*line, rec, i)?;
            if slot.is_some_and(|x| x < 0.0) {
                return Err(DataError::at(t.file, *line, "negative population"));
            }
        }
        countries[c].pop_total.push(PopTotalRow {
            year: t.int(*line, rec, year)?,
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

fn pop_age5(text: &str, countries: &mut [CountryData]) -> Result<(), DataError> {
    let t = table("pop_age5.csv", text)?;
    let (year, variant, sex) = (t.col("year")?, t.col("variant")?, t.col("sex")?);
    for (line, rec) in &t.records {
        let c = t.country_index(*line, rec, countries)?;
        let variant = match t.text(*line, rec, variant)? {
            "estimate" => Variant::Estimate,
            "medium" => Variant::Medium,
            "low" => Variant::Low,
            "high" => Variant::High,
            other => {
                return Err(DataError::at(
                    t.file,
                    *line,
                    format!("unknown variant '{other}'"),
                ))
            }
        };
        countries[c].pop_age5.push(PopAge5Row {
            year: t.int(*line, rec, year)?,
            variant,
            sex: t.sex(*line, rec, sex)?,
            pop: t.array::<AGE5_GROUPS>(*line, rec, 4, false)?,
        });
    }
    Ok(())
}

fn mx5(text: &str, countries: &mut [CountryData]) -> Result<(), DataError> {
    let t = table("mx5.csv", text)?;
    let (period, sex) = (t.col("period_start")?, t.col("sex")?);
    for (line, rec) in &t.records {
        let c = t.country_index(*line, rec, countries)?;
        countries[c].mx5.push(Mx5Row {
            period_start: t.int(*line, rec, period)?,
            sex: t.sex(*line, rec, sex)?,
            mx: t.array::<MX_GROUPS>(*line, rec, 3, false)?,
        });
    }
    Ok(())
}

fn pasfr5(text: &str, countries: &mut [CountryData]) -> Result<(), DataError> {
    let t = table("pasfr5.csv", text)?;
    let year = t.col("year")?;
    for (line, rec) in &t.records {
        let c = t.country_index(*line, rec, countries)?;
        countries[c].pasfr5.push(Pasfr5Row {
            year: t.int(*line, rec, year)?,
            pasfr: t.array::<PASFR_GROUPS>(*line, rec, 2, false)?,
        });
    }
    Ok(())
}

fn netmig_age1(text: &str, countries: &mut [CountryData]) -> Result<(), DataError> {
    let t = table("netmig_age1.csv", text)?;
    let (year, sex) = (t.col("year")?, t.col("sex")?);
    for (line, rec) in &t.records {
        let c = t.country_index(*line, rec, countries)?;
        // Stored in persons, difference-coded along age: a running sum restores the counts.
        let mut mig = t.array::<SINGLE_AGES>(*line, rec, 3, true)?;
        let mut running = 0.0;
        for v in mig.iter_mut() {
            running += *v;
            *v = running / 1000.0;
        }
        countries[c].netmig_age1.push(NetMigAge1Row {
            year: t.int(*line, rec, year)?,
            sex: t.sex(*line, rec, sex)?,
            mig,
        });
    }
    Ok(())
}

fn indicators(text: &str, countries: &mut [CountryData]) -> Result<(), DataError> {
    let t = table("indicators.csv", text)?;
    let year = t.col("year")?;
    let period = t.col("period")?;
    let names = [
        "tfr",
        "tfr_low",
        "tfr_high",
        "tfr_80l",
        "tfr_80u",
        "tfr_95l",
        "tfr_95u",
        "srb",
        "e0M",
        "e0F",
        "e0B",
        "e0M_80l",
        "e0M_80u",
        "e0M_95l",
        "e0M_95u",
        "e0F_80l",
        "e0F_80u",
        "e0F_95l",
        "e0F_95u",
        "births",
        "deaths",
        "netmig",
        "netmig_80l",
        "netmig_80u",
        "netmig_95l",
        "netmig_95u",
        "popchange",
    ];
    let mut idx = [0usize; 27];
    for (slot, name) in idx.iter_mut().zip(names) {
        *slot = t.col(name)?;
    }
    for (line, rec) in &t.records {
        let c = t.country_index(*line, rec, countries)?;
        let mut v = [None; 27];
        for (slot, &i) in v.iter_mut().zip(&idx) {
            *slot = t.opt_num(*line, rec, i)?;
        }
        countries[c].indicators.push(IndicatorRow {
            year: t.int(*line, rec, year)?,
            is_estimate: t.text(*line, rec, period)? == "estimate",
            tfr: v[0],
            tfr_low: v[1],
            tfr_high: v[2],
            tfr_80l: v[3],
            tfr_80u: v[4],
            tfr_95l: v[5],
            tfr_95u: v[6],
            srb: v[7],
            e0_m: v[8],
            e0_f: v[9],
            e0_b: v[10],
            e0_m_80l: v[11],
            e0_m_80u: v[12],
            e0_m_95l: v[13],
            e0_m_95u: v[14],
            e0_f_80l: v[15],
            e0_f_80u: v[16],
            e0_f_95l: v[17],
            e0_f_95u: v[18],
            births: v[19],
            deaths: v[20],
            netmig: v[21],
            netmig_80l: v[22],
            netmig_80u: v[23],
            netmig_95l: v[24],
            netmig_95u: v[25],
            popchange: v[26],
        });
    }
    Ok(())
}
