//! Decoding `data/embedded.bin`, the compact form of the embedded tables that
//! `data/convert.py` writes next to the CSV files: every table stored column by column,
//! numbers as scaled-integer deltas (LEB128 varints, zigzag), text as length + UTF-8; net
//! migration by age in a low-rank form (integer profiles × weights + exact corrections).
//! About a quarter of the CSV's gzipped size, decoded without parsing decimals or CSV (the
//! wasm build carries no CSV reader). The shared tables come first, then one section per
//! country with its WPP tables: [`dataset`] decodes every section, [`dataset_lazy`] only
//! records them and [`country`] decodes one when the dataset is first asked for it.
//! The layout is documented in `data/convert.py` (`embedded_bin`).

use super::error::{shown, DataError};
use std::sync::OnceLock;

use super::parse::{assemble, countries, fill, Column, NetMig, SideTables, Table, WppTables};
use super::tables::{CountryData, CountryInfo, CountrySlot, Dataset, NetMigAge1Row, Sex};
use super::SINGLE_AGES;

const FILE: &str = "embedded.bin";

/// A cursor over the bytes with error-returning reads (no panics on short or bad input).
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    #[cold]
    #[inline(never)]
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
    const NAMES: [&str; 14] = [
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
        "relokanty_hosts.csv",
    ];
    NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .ok_or_else(|| DataError::at(FILE, 0, format!("unknown table '{}'", shown(name))))
}

/// How a numeric column is stored: its scale (10^decimals) and predictor.
struct Numeric {
    scale: f64,
    stride: usize,
    order: u8,
}

fn columns(r: &mut Reader<'_>, file: &'static str) -> Result<Table, DataError> {
    let rows = r.count(r.bytes.len())?;
    let ncols = r.count(1024)?;
    let mut headers = Vec::with_capacity(ncols);
    let mut kinds = Vec::with_capacity(ncols);
    for _ in 0..ncols {
        headers.push(r.text()?.to_string());
        kinds.push(match r.byte()? {
            0 => {
                let scale = 10f64.powi(i32::from(r.byte()?));
                let stride = usize::from(r.byte()?).max(1);
                let order = r.byte()?;
                Some(Numeric {
                    scale,
                    stride,
                    order,
                })
            }
            1 => None,
            k => return Err(r.fail(&format!("unknown column type {k}"))),
        });
    }
    let mut columns = Vec::with_capacity(ncols);
    // Every cell takes at least one byte: a row count beyond the bytes left is corrupt.
    if rows > r.bytes.len().saturating_sub(r.pos) {
        return Err(r.fail(&format!("{rows} rows cannot fit in the bytes left")));
    }
    let mut ints: Vec<Option<i64>> = Vec::with_capacity(rows);
    for kind in kinds {
        columns.push(match kind {
            Some(Numeric {
                scale,
                stride,
                order,
            }) => {
                ints.clear();
                let mut v = Vec::with_capacity(rows);
                for i in 0..rows {
                    let z = r.varint()?;
                    if z == 0 {
                        ints.push(None);
                        v.push(None);
                        continue;
                    }
                    let z = z - 1;
                    let delta = (z >> 1) as i64 ^ -((z & 1) as i64);
                    // The prediction `data/convert.py` made (`predicted`).
                    let above = |k: usize| {
                        i.checked_sub(k * stride)
                            .and_then(|j| ints.get(j).copied().flatten())
                    };
                    let guess = match (above(1), above(2)) {
                        (Some(a), Some(b)) if order == 2 => a
                            .checked_add(a)
                            .and_then(|a2| a2.checked_sub(b))
                            .ok_or_else(|| r.fail("number overflows"))?,
                        (Some(a), _) => a,
                        (None, _) => 0,
                    };
                    let n = guess
                        .checked_add(delta)
                        .ok_or_else(|| r.fail("number overflows"))?;
                    ints.push(Some(n));
                    // Exact: |n| < 2^53 and the scale is a power of ten, so the quotient
                    // is the correctly rounded value, the same as parsing the CSV decimal.
                    v.push(Some(n as f64 / scale));
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

/// A zigzag varint: 0, -1, 1, -2, … stored as 0, 1, 2, 3, …
fn signed(r: &mut Reader<'_>) -> Result<i64, DataError> {
    let z = r.varint()?;
    Ok((z >> 1) as i64 ^ -((z & 1) as i64))
}

/// `n` values stored as zigzag deltas, each from the one before (the first from 0).
fn deltas(r: &mut Reader<'_>, n: usize) -> Result<Vec<i64>, DataError> {
    let mut prev: i64 = 0;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        prev = prev
            .checked_add(signed(r)?)
            .ok_or_else(|| r.fail("number overflows"))?;
        v.push(prev);
    }
    Ok(v)
}

/// The low-rank form of `netmig_age1.csv` (kind 2): per country, exact head rows, then the
/// rows as rounded weighted sums of a few integer profiles plus whole-person corrections.
/// Decoded straight into rows (persons / 1000, the same value the CSV's running sums give).
fn lowrank(r: &mut Reader<'_>) -> Result<Vec<(u16, NetMigAge1Row)>, DataError> {
    let ncountries = r.count(64)?;
    let nsexes = r.count(4)?;
    let mut sexes = Vec::with_capacity(nsexes);
    for _ in 0..nsexes {
        sexes.push(match r.text()? {
            "M" => Sex::Male,
            "F" => Sex::Female,
            other => return Err(r.fail(&format!("sex '{}' is neither M nor F", shown(other)))),
        });
    }
    let ages = r.count(1024)?;
    if ages != SINGLE_AGES {
        return Err(r.fail(&format!("{ages} ages where {SINGLE_AGES} were expected")));
    }
    let rank = r.count(8)?;
    let head = r.count(1024)?;
    let shift = r.count(62)?.max(1) as u32;
    let half = 1i64 << (shift - 1);
    let width = nsexes * ages;
    let mut out = Vec::new();
    for _ in 0..ncountries {
        let code = u16::try_from(r.varint()?).map_err(|_| r.fail("country code out of range"))?;
        let first = i32::try_from(r.varint()?).map_err(|_| r.fail("year out of range"))?;
        let nyears = r.count(1024)?;
        let head = head.min(nyears);
        // Every row takes at least its share of bytes: more rows than that is corrupt.
        if nyears.saturating_mul(width) > 4 * r.bytes.len() + 1024 {
            return Err(r.fail(&format!("{nyears} rows of {width} cells cannot fit")));
        }
        if out.is_empty() {
            // Room for every country's rows (all have the same years): nothing grows by copying.
            out.reserve(ncountries * nyears * nsexes);
        }
        let mut rows = Vec::with_capacity(nyears);
        for _ in 0..head {
            rows.push(deltas(r, width)?);
        }
        let mut profiles = Vec::with_capacity(rank);
        for _ in 0..rank {
            profiles.push(deltas(r, width)?);
        }
        let mut weights = Vec::with_capacity(rank);
        for _ in 0..rank {
            weights.push(deltas(r, nyears - head)?);
        }
        let overflow = || DataError::at(FILE, 0, "a low-rank value overflows");
        // Profiles and weights below 2^28 in size: at most 8 products below 2^56 add up to less
        // than 2^60, so the sums below cannot overflow (and need no checked arithmetic, which
        // wasm does with a slow 128-bit multiply).
        const LIMIT: i64 = 1 << 28;
        if profiles
            .iter()
            .chain(&weights)
            .flatten()
            .any(|v| v.unsigned_abs() >= LIMIT as u64)
        {
            return Err(overflow());
        }
        for t in 0..nyears - head {
            let mut sum = vec![half; width];
            for (p, w) in profiles.iter().zip(&weights) {
                let w = *w.get(t).ok_or_else(overflow)?;
                for (s, &p) in sum.iter_mut().zip(p) {
                    *s = s.wrapping_add(p.wrapping_mul(w));
                }
            }
            // Rounded to the nearest whole person (`half` added; an arithmetic shift floors).
            rows.push(sum.into_iter().map(|s| s >> shift).collect::<Vec<i64>>());
        }
        let fixes = r.count(nyears * width)?;
        let mut at = 0usize;
        for _ in 0..fixes {
            let z = r.varint()?;
            at = usize::try_from(z >> 1)
                .ok()
                .and_then(|g| at.checked_add(g))
                .ok_or_else(|| r.fail("correction out of range"))?;
            let cell = rows
                .get_mut(head + at / width)
                .and_then(|row| row.get_mut(at % width))
                .ok_or_else(|| r.fail("correction out of range"))?;
            *cell = cell.saturating_add(if z & 1 == 0 { 1 } else { -1 });
        }
        for (t, row) in rows.iter().enumerate() {
            for (part, &sex) in row.chunks_exact(ages).zip(&sexes) {
                let mut mig = [0.0; SINGLE_AGES];
                for (m, &v) in mig.iter_mut().zip(part) {
                    *m = v as f64 / 1000.0;
                }
                out.push((
                    code,
                    NetMigAge1Row {
                        year: first.saturating_add(t as i32),
                        sex,
                        mig,
                    },
                ));
            }
        }
    }
    Ok(out)
}

/// One table of a table list.
enum Entry {
    Columns(Table),
    NetMig(Vec<(u16, NetMigAge1Row)>),
}

/// A table list (`data/convert.py`'s `put_tables`): count, then name, kind and body of each.
fn tables(r: &mut Reader<'_>) -> Result<Vec<(&'static str, Entry)>, DataError> {
    let n = r.count(64)?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let file = file_name(r.text()?)?;
        out.push(match r.byte()? {
            0 => (file, Entry::Columns(columns(r, file)?)),
            2 if file == "netmig_age1.csv" => (file, Entry::NetMig(lowrank(r)?)),
            k => return Err(r.fail(&format!("unknown table kind {k}"))),
        });
    }
    Ok(out)
}

/// Takes the table `name` out of a table list.
fn take(list: &mut Vec<(&'static str, Entry)>, name: &str) -> Result<Entry, DataError> {
    let i = list
        .iter()
        .position(|(f, _)| *f == name)
        .ok_or_else(|| DataError::at(FILE, 0, format!("table {name} is missing")))?;
    Ok(list.swap_remove(i).1)
}

fn take_table(list: &mut Vec<(&'static str, Entry)>, name: &str) -> Result<Table, DataError> {
    match take(list, name)? {
        Entry::Columns(t) => Ok(t),
        Entry::NetMig(_) => Err(DataError::at(
            FILE,
            0,
            format!("table {name} is not in column form"),
        )),
    }
}

/// The header, the shared tables and each country's section (M49 code and bytes, not yet
/// decoded).
type Parts<'a> = (Vec<CountryData>, SideTables, Vec<&'a [u8]>);

fn parts(bytes: &[u8]) -> Result<Parts<'_>, DataError> {
    let mut r = Reader { bytes, pos: 0 };
    if bytes.get(..4) != Some(b"XRD2".as_slice()) {
        return Err(DataError::at(
            FILE,
            0,
            "not a Crossroads data file (no XRD2 header); rerun python3 data/convert.py",
        ));
    }
    r.pos = 4;
    let mut shared = tables(&mut r)?;
    let countries = countries(&take_table(&mut shared, "countries.csv")?)?;
    let side = SideTables {
        remittances: take_table(&mut shared, "remittances.csv")?,
        migrant_stock: take_table(&mut shared, "migrant_stock.csv")?,
        compatriots: take_table(&mut shared, "compatriots.csv")?,
        compatriots_facts: take_table(&mut shared, "compatriots_facts.csv")?,
        rosstat_forecast: take_table(&mut shared, "rosstat_forecast.csv")?,
        briefs_figures: take_table(&mut shared, "briefs_figures.csv")?,
        relokanty_hosts: take_table(&mut shared, "relokanty_hosts.csv")?,
    };
    let n = r.count(64)?;
    if n != countries.len() {
        return Err(r.fail(&format!(
            "{n} country sections for {} countries",
            countries.len()
        )));
    }
    let mut sections = Vec::with_capacity(n);
    for c in &countries {
        let code = r.varint()?;
        if code != u64::from(c.info.m49) {
            return Err(r.fail(&format!(
                "section of country code {code} where {} ({}) was expected",
                c.info.m49, c.info.iso3
            )));
        }
        let len = r.count(bytes.len())?;
        let end = r.pos.checked_add(len).filter(|&e| e <= bytes.len());
        let end = end.ok_or_else(|| r.fail("country section runs past the end"))?;
        sections.push(&bytes[r.pos..end]);
        r.pos = end;
    }
    if r.pos != bytes.len() {
        return Err(r.fail("bytes left after the last country section"));
    }
    Ok((countries, side, sections))
}

/// Decode one country's section of the binary form into its tables.
pub(super) fn country(section: &[u8], info: &CountryInfo) -> Result<CountryData, DataError> {
    let mut r = Reader {
        bytes: section,
        pos: 0,
    };
    let mut list = tables(&mut r)?;
    let mut one = [CountryData::empty(info.clone())];
    let wpp = WppTables {
        pop_total: take_table(&mut list, "pop_total.csv")?,
        pop_age5: take_table(&mut list, "pop_age5_base.csv")?,
        mx5: take_table(&mut list, "mx5.csv")?,
        pasfr5: take_table(&mut list, "pasfr5.csv")?,
        indicators: take_table(&mut list, "indicators.csv")?,
        netmig_age1: match take(&mut list, "netmig_age1.csv")? {
            Entry::Columns(t) => NetMig::Table(t),
            Entry::NetMig(rows) => NetMig::Rows(rows),
        },
    };
    fill(wpp, &mut one)?;
    let [data] = one;
    Ok(data)
}

/// Decode the binary form into a [`Dataset`], every country at once.
pub(super) fn dataset(bytes: &[u8]) -> Result<Dataset, DataError> {
    let (countries, side, sections) = parts(bytes)?;
    let mut slots = Vec::with_capacity(countries.len());
    for (c, section) in countries.iter().zip(sections) {
        slots.push(CountrySlot::decoded(country(section, &c.info)?));
    }
    assemble(slots, side)
}

/// Decode the shared tables of the binary form now, each country when first asked for.
pub(super) fn dataset_lazy(bytes: &'static [u8]) -> Result<Dataset, DataError> {
    let (countries, side, sections) = parts(bytes)?;
    let slots = countries
        .into_iter()
        .zip(sections)
        .map(|(c, section)| CountrySlot {
            info: c.info,
            data: OnceLock::new(),
            section,
        })
        .collect();
    assemble(slots, side)
}
