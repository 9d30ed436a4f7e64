//! Decoding `embedded.bin`, the compact form of the embedded tables that `build.rs` encodes
//! from `data/*.csv` (`encode.rs`; the layout, shared by both, is in `format.rs`): every
//! table stored column by column, numbers as predicted scaled integers (LEB128 varints,
//! zigzag), text as length + UTF-8; net migration by age in a low-rank form (integer
//! profiles × weights + exact corrections). Decoded without parsing decimals or CSV (the
//! wasm build carries no CSV reader). The shared tables come first, then one section per
//! country with its WPP tables: [`dataset`] decodes every section, [`dataset_lazy`] only
//! records them and [`country`] decodes one when the dataset is first asked for it.
//! Every table carries a checksum: all are verified when the file is opened (a few hundred
//! microseconds in wasm), and a country's again when its section is decoded; a damaged
//! table is an error naming its section and file, never a changed number.

use super::error::{shown, DataError};
use std::sync::OnceLock;

use super::format::{self, Form, FILE};
use super::parse::{assemble, countries, fill, Column, NetMig, SideTables, Table, WppTables};
use super::tables::{CountryData, CountryInfo, CountrySlot, Dataset, NetMigAge1Row, Sex};
use super::SINGLE_AGES;

/// Where a read is, for errors: the header, or a section (its tag and, for a country, its
/// ISO3 code) and a table. Worded only when an error is made.
#[derive(Clone, Copy)]
struct Place<'a> {
    tag: u64,
    iso3: &'a str,
    table: &'a str,
}

/// The file's header (a tag no section has).
const HEADER: Place<'static> = Place {
    tag: u64::MAX,
    iso3: "",
    table: "",
};

/// An error of `embedded.bin` at `place`.
#[cold]
#[inline(never)]
fn fail(place: Place<'_>, message: &str) -> DataError {
    let section = match place.tag {
        u64::MAX => "header".to_string(),
        format::SHARED_TAG => "shared tables".to_string(),
        tag => format!("section {} (M49 {tag})", place.iso3),
    };
    let table = match place.table {
        "" => String::new(),
        t => format!(", table {t}"),
    };
    DataError::at(FILE, 0, format!("{section}{table}: {message}"))
}

/// A cursor over the bytes with error-returning reads (no panics on short or bad input);
/// errors name the place and the byte.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    at: Place<'a>,
}

impl<'a> Reader<'a> {
    #[cold]
    #[inline(never)]
    fn fail(&self, what: &str) -> DataError {
        fail(self.at, &format!("{what} at byte {}", self.pos))
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

    /// `len` bytes.
    fn take(&mut self, len: usize) -> Result<&'a [u8], DataError> {
        let end = self.pos.checked_add(len).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| self.fail("data runs past the end"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn checksum(&mut self) -> Result<u32, DataError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn text(&mut self) -> Result<&'a str, DataError> {
        let len = self.count(self.bytes.len())?;
        let b = self.take(len)?;
        std::str::from_utf8(b).map_err(|_| self.fail("text is not UTF-8"))
    }
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
            format::NUMBER => {
                let d = r.byte()?;
                if d > format::MAX_DECIMALS {
                    return Err(r.fail(&format!("{d} decimals")));
                }
                let scale = 10f64.powi(i32::from(d));
                let stride = usize::from(r.byte()?).max(1);
                let order = r.byte()?;
                Some(Numeric {
                    scale,
                    stride,
                    order,
                })
            }
            format::TEXT => None,
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
                    let guess = format::predicted(&ints, i, stride, order)
                        .ok_or_else(|| r.fail("number overflows"))?;
                    let n = guess
                        .checked_add(format::unzigzag(z - 1))
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

/// A zigzag varint.
fn signed(r: &mut Reader<'_>) -> Result<i64, DataError> {
    Ok(format::unzigzag(r.varint()?))
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

/// [`Form::LowRank`] of `netmig_age1.csv`: per country, exact head rows, then the rows as
/// rounded weighted sums of a few integer profiles plus whole-person corrections. Decoded
/// straight into rows (persons / 1000, the same value the CSV's running sums give).
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
    let rank = r.count(format::MAX_RANK)?;
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
        // At most 1024 years of 4 × 1024 cells (the counts' limits): a bounded allocation.
        if nyears.saturating_mul(width) > 1 << 22 {
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
        // Profiles and weights below 2^28 in size: at most 8 products below 2^56 add up to less
        // than 2^60, so the sums below cannot overflow (and need no checked arithmetic, which
        // wasm does with a slow 128-bit multiply).
        if profiles
            .iter()
            .chain(&weights)
            .flatten()
            .any(|v| v.unsigned_abs() >= format::LOWRANK_LIMIT as u64)
        {
            return Err(r.fail("a low-rank value overflows"));
        }
        for t in 0..nyears - head {
            let mut sum = vec![half; width];
            for (p, w) in profiles.iter().zip(&weights) {
                let w = *w.get(t).ok_or_else(|| r.fail("a weight is missing"))?;
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

/// One decoded table of a section.
enum Entry {
    Columns(Table),
    NetMig(Vec<(u16, NetMigAge1Row)>),
}

/// A verified record: its table and its body's bytes (start, end) in the section.
type Record = (&'static str, usize, usize);

/// A section's records (`files`, in order), each checksum verified; the section must end
/// with the last record.
#[inline(never)]
fn records(
    section: &[u8],
    tag: u64,
    iso3: &str,
    files: &[&'static str],
) -> Result<Vec<Record>, DataError> {
    let mut out = Vec::with_capacity(files.len());
    let mut pos = 0;
    for &table in files {
        let mut rec = Reader {
            bytes: section,
            pos,
            at: Place { tag, iso3, table },
        };
        let len = rec.count(section.len())?;
        let body = rec.pos;
        rec.take(len)?;
        let record = &section[pos..rec.pos];
        let stored = rec.checksum()?;
        if stored != format::record_checksum(tag, table, record) {
            return Err(fail(
                rec.at,
                &format!(
                    "damaged: the checksum of its {} bytes from byte {pos} of the section \
                     does not match",
                    record.len()
                ),
            ));
        }
        out.push((table, body, body + len));
        pos = rec.pos;
    }
    if pos != section.len() {
        let at = Place {
            tag,
            iso3,
            table: "",
        };
        return Err(fail(
            at,
            &format!("bytes left after the last table at byte {pos}"),
        ));
    }
    Ok(out)
}

/// Decode verified records of a section.
fn decode(
    section: &[u8],
    tag: u64,
    iso3: &str,
    records: &[Record],
) -> Result<Vec<(&'static str, Entry)>, DataError> {
    let mut out = Vec::with_capacity(records.len());
    for &(table, start, end) in records {
        let body = &section[start..end];
        let mut r = Reader {
            bytes: body,
            pos: 0,
            at: Place { tag, iso3, table },
        };
        let entry = match format::form(table) {
            Form::Columns => Entry::Columns(columns(&mut r, table)?),
            Form::LowRank => Entry::NetMig(lowrank(&mut r)?),
        };
        if r.pos != body.len() {
            return Err(r.fail("bytes left after the table"));
        }
        out.push((table, entry));
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

/// The header, the shared tables and each country's section (not yet decoded).
type Parts<'a> = (Vec<CountryData>, SideTables, Vec<&'a [u8]>);

fn parts(bytes: &[u8]) -> Result<Parts<'_>, DataError> {
    if bytes.get(..4) != Some(format::MAGIC.as_slice()) {
        return Err(DataError::at(
            FILE,
            0,
            "not Crossroads data in this layout (no XRD3 header)",
        ));
    }
    let mut r = Reader {
        bytes,
        pos: 4,
        at: HEADER,
    };
    let n = r.count(256)?;
    let mut index = Vec::with_capacity(n);
    for _ in 0..n {
        let tag = r.varint()?;
        let len = r.count(bytes.len())?;
        index.push((tag, len));
    }
    let actual = format::checksum(&[&bytes[..r.pos]]);
    if r.checksum()? != actual {
        return Err(r.fail("damaged header (checksum)"));
    }
    let mut sections = Vec::with_capacity(n);
    for &(tag, len) in &index {
        sections.push((tag, r.take(len)?));
    }
    if r.pos != bytes.len() {
        return Err(r.fail("bytes left after the last section"));
    }
    let mut sections = sections.into_iter();
    let shared = match sections.next() {
        Some((format::SHARED_TAG, s)) => s,
        _ => return Err(fail(HEADER, "the shared tables do not come first")),
    };
    let shared_records = records(shared, format::SHARED_TAG, "", &format::SHARED)?;
    // countries.csv first: it names the country sections, each verified now (a damaged
    // file is refused at start-up, before any table is read).
    let Some((first, rest)) = shared_records.split_first() else {
        return Err(fail(HEADER, "no shared tables"));
    };
    let first = std::slice::from_ref(first);
    let mut list = decode(shared, format::SHARED_TAG, "", first)?;
    let countries = countries(&take_table(&mut list, "countries.csv")?)?;
    if sections.len() != countries.len() {
        return Err(fail(
            HEADER,
            &format!(
                "{} country sections for {} countries",
                sections.len(),
                countries.len()
            ),
        ));
    }
    let mut out = Vec::with_capacity(countries.len());
    for (c, (tag, section)) in countries.iter().zip(sections) {
        if tag != u64::from(c.info.m49) {
            return Err(fail(
                HEADER,
                &format!(
                    "section of country code {tag} where {} ({}) was expected",
                    c.info.m49, c.info.iso3
                ),
            ));
        }
        records(section, tag, &c.info.iso3, &format::COUNTRY)?;
        out.push(section);
    }
    let mut shared = decode(shared, format::SHARED_TAG, "", rest)?;
    let side = SideTables {
        remittances: take_table(&mut shared, "remittances.csv")?,
        migrant_stock: take_table(&mut shared, "migrant_stock.csv")?,
        compatriots: take_table(&mut shared, "compatriots.csv")?,
        compatriots_facts: take_table(&mut shared, "compatriots_facts.csv")?,
        rosstat_forecast: take_table(&mut shared, "rosstat_forecast.csv")?,
        briefs_figures: take_table(&mut shared, "briefs_figures.csv")?,
        relokanty_hosts: take_table(&mut shared, "relokanty_hosts.csv")?,
        world_population: take_table(&mut shared, "world_population.csv")?,
    };
    Ok((countries, side, out))
}

/// Verify and decode one country's section of the binary form into its tables.
pub(super) fn country(section: &[u8], info: &CountryInfo) -> Result<CountryData, DataError> {
    let tag = u64::from(info.m49);
    let list = records(section, tag, &info.iso3, &format::COUNTRY)?;
    let mut list = decode(section, tag, &info.iso3, &list)?;
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
        bands: take_table(&mut list, "bands.csv")?,
        bands_calibration: take_table(&mut list, "bands_calibration.csv")?,
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
