//! Decoding `data/embedded.bin`, the compact form of the embedded tables that
//! `data/convert.py` writes next to the CSV files: numeric WPP tables stored column by
//! column as scaled-integer deltas (LEB128 varints, zigzag), the small text tables as their
//! CSV text. About a third of the CSV's gzipped size, and decoded without parsing decimals.
//! The layout is documented in `data/convert.py` (`embedded_bin`).

use super::error::{shown, DataError};
use super::parse::{assemble, Column, Table, WppTables};
use super::tables::Dataset;
use super::Sources;

const FILE: &str = "embedded.bin";

/// A cursor over the bytes with error-returning reads (no panics on short or bad input).
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn fail(&self, what: &str) -> DataError {
        DataError::at(FILE, 0, format!("{what} at byte {}", self.pos))
    }

    fn byte(&mut self) -> Result<u8, DataError> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| self.fail("unexpected end of data"))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, DataError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.fail("varint longer than 64 bits"))
    }

    fn count(&mut self, limit: usize) -> Result<usize, DataError> {
        let n = self.varint()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= limit)
            .ok_or_else(|| self.fail(&format!("count {n} is larger than the data")))
    }

    fn text(&mut self) -> Result<&'a str, DataError> {
        let len = self.count(self.bytes.len())?;
        let end = self.pos.checked_add(len).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| self.fail("text runs past the end"))?;
        let s = std::str::from_utf8(&self.bytes[self.pos..end])
            .map_err(|_| self.fail("text is not UTF-8"))?;
        self.pos = end;
        Ok(s)
    }
}

/// Which static file name a table carries (errors name the CSV it was made from).
fn file_name(name: &str) -> Result<&'static str, DataError> {
    const NAMES: [&str; 13] = [
        "pop_total.csv",
        "pop_age5_base.csv",
        "mx5.csv",
        "pasfr5.csv",
        "indicators.csv",
        "netmig_age1.csv",
        "countries.csv",
        "remittances.csv",
        "migrant_stock.csv",
        "compatriots.csv",
        "compatriots_facts.csv",
        "rosstat_forecast.csv",
        "briefs_figures.csv",
    ];
    NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .ok_or_else(|| DataError::at(FILE, 0, format!("unknown table '{}'", shown(name))))
}

fn columns(r: &mut Reader<'_>, file: &'static str) -> Result<Table, DataError> {
    let rows = r.count(r.bytes.len())?;
    let ncols = r.count(1024)?;
    let mut headers = Vec::with_capacity(ncols);
    let mut kinds = Vec::with_capacity(ncols);
    for _ in 0..ncols {
        headers.push(r.text()?.to_string());
        kinds.push(match r.byte()? {
            0 => Some(10f64.powi(i32::from(r.byte()?))),
            1 => None,
            k => return Err(r.fail(&format!("unknown column type {k}"))),
        });
    }
    let mut columns = Vec::with_capacity(ncols);
    // Every cell takes at least one byte: a row count beyond the bytes left is corrupt.
    if rows > r.bytes.len().saturating_sub(r.pos) {
        return Err(r.fail(&format!("{rows} rows cannot fit in the bytes left")));
    }
    for scale in kinds {
        columns.push(match scale {
            Some(scale) => {
                let mut v = Vec::with_capacity(rows);
                let mut prev: i64 = 0;
                for _ in 0..rows {
                    let z = r.varint()?;
                    if z == 0 {
                        v.push(None);
                        continue;
                    }
                    let z = z - 1;
                    let delta = (z >> 1) as i64 ^ -((z & 1) as i64);
                    prev = prev
                        .checked_add(delta)
                        .ok_or_else(|| r.fail("number overflows"))?;
                    // Exact: |prev| < 2^53 and the scale is a power of ten, so the quotient
                    // is the correctly rounded value, the same as parsing the CSV decimal.
                    v.push(Some(prev as f64 / scale));
                }
                Column::Num(v)
            }
            None => {
                let mut v = Vec::with_capacity(rows);
                for _ in 0..rows {
                    v.push(r.text()?.to_string());
                }
                Column::Text(v)
            }
        });
    }
    Table {
        file,
        headers,
        columns,
        lines: (1..=rows as u64).collect(),
    }
    .non_empty()
}

/// Decode the binary form into a [`Dataset`].
pub(super) fn dataset(bytes: &[u8]) -> Result<Dataset, DataError> {
    let mut r = Reader { bytes, pos: 0 };
    if bytes.get(..4) != Some(b"XRD1".as_slice()) {
        return Err(DataError::at(
            FILE,
            0,
            "not a Crossroads data file (no XRD1 header)",
        ));
    }
    r.pos = 4;
    let n = r.count(64)?;
    let mut tables: Vec<(&'static str, Table)> = Vec::new();
    let mut src = Sources {
        countries: "",
        pop_total: "",
        pop_age5: "",
        mx5: "",
        pasfr5: "",
        indicators: "",
        netmig_age1: "",
        remittances: "",
        migrant_stock: "",
        compatriots: "",
        compatriots_facts: "",
        rosstat_forecast: "",
        briefs_figures: "",
    };
    for _ in 0..n {
        let file = file_name(r.text()?)?;
        match r.byte()? {
            0 => tables.push((file, columns(&mut r, file)?)),
            1 => {
                let text = r.text()?;
                match file {
                    "countries.csv" => src.countries = text,
                    "remittances.csv" => src.remittances = text,
                    "migrant_stock.csv" => src.migrant_stock = text,
                    "compatriots.csv" => src.compatriots = text,
                    "compatriots_facts.csv" => src.compatriots_facts = text,
                    "rosstat_forecast.csv" => src.rosstat_forecast = text,
                    "briefs_figures.csv" => src.briefs_figures = text,
                    other => return Err(r.fail(&format!("table {other} should be columns"))),
                }
            }
            k => return Err(r.fail(&format!("unknown table kind {k}"))),
        }
    }
    let mut take = |name: &str| -> Result<Table, DataError> {
        let i = tables
            .iter()
            .position(|(f, _)| *f == name)
            .ok_or_else(|| DataError::at(FILE, 0, format!("table {name} is missing")))?;
        Ok(tables.swap_remove(i).1)
    };
    let wpp = WppTables {
        pop_total: take("pop_total.csv")?,
        pop_age5: take("pop_age5_base.csv")?,
        mx5: take("mx5.csv")?,
        pasfr5: take("pasfr5.csv")?,
        indicators: take("indicators.csv")?,
        netmig_age1: take("netmig_age1.csv")?,
    };
    assemble(&src, &wpp)
}
