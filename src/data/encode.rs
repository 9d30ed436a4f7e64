//! The one encoder of `embedded.bin`: `build.rs` runs it at build time on `data/*.csv`
//! (native builds also carry it, [`super::encode_binary`], for tests). The layout is in
//! `format.rs`, shared with the decoder; this file decides only what goes in (the rows and
//! columns the widget reads) and how small it gets (predictors, the low-rank form).
//!
//! Compiled into the build script too (`#[path]`), so it uses only `std`, `csv` and
//! `super::format`.

use super::format::{self, Form};
use std::fmt;

/// A table the encoder cannot store: file, 1-based line (0: the whole file) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct EncodeError {
    pub file: &'static str,
    pub line: u64,
    pub message: String,
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}", self.file)?;
        if self.line > 0 {
            write!(f, " line {}", self.line)?;
        }
        write!(f, ": {}", self.message)
    }
}

fn error(file: &'static str, line: u64, message: impl Into<String>) -> EncodeError {
    EncodeError {
        file,
        line,
        message: message.into(),
    }
}

/// The year the projection starts from (`engine::BASE_YEAR`; a test holds them equal):
/// the widget reads the age structures of this year and the age patterns from it on.
pub const BASE_YEAR: i64 = 2025;
/// The indicators are kept from the year of the invasion (brief CR003, 2022; a test reads
/// it from the brief): the Assumptions panel quotes WPP's net migration from then on.
pub const INDICATORS_FROM: i64 = 2022;

/// What of a table goes in: rows whose `column` is in `years`, every column but the skipped
/// ones, and (side tables) only the named columns as numbers.
struct Rules {
    years: Option<(&'static str, i64, i64)>,
    skip: fn(&str) -> bool,
    /// `None`: every column whose cells are all decimals is a number.
    numeric: Option<&'static [&'static str]>,
}

/// The rows and columns of `file` the widget reads. Left out (they stay in the CSVs, which
/// native builds read): WPP's 80/95 % bounds, e0 of both sexes, population change, births
/// and deaths (no view draws them); the age structures other than mid-`BASE_YEAR` and the
/// age patterns before it; the briefs' descriptive columns (the Sources panel lists id,
/// date, wording and cited source). Only the side-table columns the Rust structs read as
/// numbers are numbers; the rest stay the text they are printed as (Rosstat's "138.77").
fn rules(file: &str) -> Rules {
    const ALL: i64 = i64::MAX;
    let rules = |years, skip: fn(&str) -> bool, numeric| Rules {
        years,
        skip,
        numeric,
    };
    let none: fn(&str) -> bool = |_| false;
    match file {
        "pop_age5_base.csv" => rules(Some(("year", BASE_YEAR, BASE_YEAR)), none, None),
        "mx5.csv" => rules(Some(("period_start", BASE_YEAR, ALL)), none, None),
        "pasfr5.csv" | "netmig_age1.csv" => rules(Some(("year", BASE_YEAR, ALL)), none, None),
        "indicators.csv" => rules(
            Some(("year", INDICATORS_FROM, ALL)),
            |name| {
                name.contains("_80")
                    || name.contains("_95")
                    || ["e0B", "popchange", "births", "deaths"].contains(&name)
            },
            None,
        ),
        "pop_total.csv" | "bands.csv" => rules(None, none, None),
        // `worst` is the fit's score, printed for readers of the CSV; nothing reads it.
        "bands_calibration.csv" => rules(None, |name| name == "worst", None),
        "countries.csv" => rules(None, none, Some(&["m49"])),
        "remittances.csv" => rules(
            None,
            none,
            Some(&["year", "remittances_usd", "gdp_usd", "pct_gdp_computed"]),
        ),
        "migrant_stock.csv" => rules(None, none, Some(&["year", "persons"])),
        "compatriots.csv" => rules(None, none, Some(&["year", "value_persons"])),
        "briefs_figures.csv" => rules(
            None,
            |name| ["topic", "country", "indicator", "unit", "qualifier"].contains(&name),
            Some(&["value", "value_low", "value_high"]),
        ),
        "relokanty_hosts.csv" => rules(None, none, Some(&["value", "cited_min", "cited_max"])),
        "world_population.csv" => rules(None, none, Some(&["year", "world"])),
        _ => rules(None, none, Some(&[])),
    }
}

/// A CSV table as read (comment lines skipped, cells trimmed, as the native reader does).
struct Csv {
    file: &'static str,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    lines: Vec<u64>,
}

impl Csv {
    fn read(file: &'static str, text: &str) -> Result<Csv, EncodeError> {
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|e| error(file, 1, format!("unreadable header: {e}")))?
            .iter()
            .map(str::to_string)
            .collect();
        let (mut rows, mut lines) = (Vec::new(), Vec::new());
        for rec in rdr.records() {
            let rec = rec.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                error(file, line, format!("malformed row: {e}"))
            })?;
            lines.push(rec.position().map_or(0, |p| p.line()));
            rows.push(rec.iter().map(str::to_string).collect());
        }
        Ok(Csv {
            file,
            headers,
            rows,
            lines,
        })
    }

    fn col(&self, name: &str) -> Result<usize, EncodeError> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| error(self.file, 1, format!("no column `{name}`")))
    }

    /// Cell `c` of row `r` as a whole number.
    fn int(&self, r: usize, c: usize) -> Result<i64, EncodeError> {
        let cell = &self.rows[r][c];
        cell.parse().map_err(|_| {
            error(
                self.file,
                self.lines[r],
                format!("`{}` is '{cell}', not a whole number", self.headers[c]),
            )
        })
    }

    /// The rows and columns [`rules`] keep.
    fn select(mut self) -> Result<Csv, EncodeError> {
        let rules = rules(self.file);
        if let Some((name, from, to)) = rules.years {
            let c = self.col(name)?;
            let mut keep = Vec::with_capacity(self.rows.len());
            for r in 0..self.rows.len() {
                keep.push((from..=to).contains(&self.int(r, c)?));
            }
            let mut k = keep.iter();
            self.rows.retain(|_| *k.next().unwrap_or(&false));
            let mut k = keep.iter();
            self.lines.retain(|_| *k.next().unwrap_or(&false));
        }
        let cols: Vec<usize> = (0..self.headers.len())
            .filter(|&c| !(rules.skip)(&self.headers[c]))
            .collect();
        let pick = |row: &[String]| cols.iter().map(|&c| row[c].clone()).collect::<Vec<_>>();
        self.headers = pick(&self.headers);
        self.rows = self.rows.iter().map(|r| pick(r)).collect();
        Ok(self)
    }

    /// The rows whose `m49` column is `code`.
    fn country(&self, code: u64) -> Result<Csv, EncodeError> {
        let c = self.col("m49")?;
        let mut part = Csv {
            file: self.file,
            headers: self.headers.clone(),
            rows: Vec::new(),
            lines: Vec::new(),
        };
        for r in 0..self.rows.len() {
            if u64::try_from(self.int(r, c)?).ok() == Some(code) {
                part.rows.push(self.rows[r].clone());
                part.lines.push(self.lines[r]);
            }
        }
        if part.rows.is_empty() {
            return Err(error(
                self.file,
                0,
                format!("no rows of country {code} (of those the widget reads)"),
            ));
        }
        Ok(part)
    }
}

/// Encode the tables into `embedded.bin`. `text(file)` gives the CSV text of each table of
/// [`format::SHARED`] and [`format::COUNTRY`] (for `pop_age5_base.csv`, `pop_age5.csv`
/// gives the same bytes: only the base year's rows go in).
pub fn encode<'a>(text: impl Fn(&'static str) -> Option<&'a str>) -> Result<Vec<u8>, EncodeError> {
    let load = |file: &'static str| {
        let t = text(file).ok_or_else(|| error(file, 0, "the table is missing"))?;
        Csv::read(file, t)?.select()
    };
    let mut sections: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut shared = Vec::new();
    let mut codes = Vec::new();
    for file in format::SHARED {
        let t = load(file)?;
        if file == "countries.csv" {
            let c = t.col("m49")?;
            for r in 0..t.rows.len() {
                let code = u64::try_from(t.int(r, c)?)
                    .ok()
                    .filter(|&c| c != format::SHARED_TAG)
                    .ok_or_else(|| error(file, t.lines[r], "an M49 code must be positive"))?;
                codes.push(code);
            }
        }
        record(format::SHARED_TAG, file, &columns(&t)?, &mut shared);
    }
    sections.push((format::SHARED_TAG, shared));
    let wpp = format::COUNTRY
        .iter()
        .map(|&file| load(file))
        .collect::<Result<Vec<_>, _>>()?;
    for code in codes {
        let mut section = Vec::new();
        for t in &wpp {
            let part = t.country(code)?;
            let body = match format::form(t.file) {
                Form::Columns => columns(&part)?,
                Form::LowRank => lowrank(&part)?,
            };
            record(code, t.file, &body, &mut section);
        }
        sections.push((code, section));
    }
    let mut out = format::MAGIC.to_vec();
    format::put_varint(sections.len() as u64, &mut out);
    for (tag, s) in &sections {
        format::put_varint(*tag, &mut out);
        format::put_varint(s.len() as u64, &mut out);
    }
    let sum = format::checksum(&[&out]);
    out.extend_from_slice(&sum.to_le_bytes());
    for (_, s) in sections {
        out.extend_from_slice(&s);
    }
    Ok(out)
}

/// A record: body length, body, checksum.
fn record(tag: u64, file: &str, body: &[u8], out: &mut Vec<u8>) {
    let start = out.len();
    format::put_varint(body.len() as u64, out);
    out.extend_from_slice(body);
    let sum = format::record_checksum(tag, file, &out[start..]);
    out.extend_from_slice(&sum.to_le_bytes());
}

fn put_text(s: &str, out: &mut Vec<u8>) {
    format::put_varint(s.len() as u64, out);
    out.extend_from_slice(s.as_bytes());
}

/// A decimal as digits × 10^exponent; `None` if the text is not a decimal number.
fn decimal(s: &str) -> Option<(i128, i32)> {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (neg, mant) = match mant.as_bytes().first() {
        Some(b'-') => (true, &mant[1..]),
        Some(b'+') => (false, &mant[1..]),
        _ => (false, mant),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.len() + frac.len() == 0 || !(int.bytes().chain(frac.bytes())).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut n: i128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        n = n.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    let exp = exp.checked_sub(i32::try_from(frac.len()).ok()?)?;
    Some((if neg { -n } else { n }, exp))
}

/// The column's cells as integers n = value × 10^d, with d; `None` if a cell is not a
/// number or the column cannot be held exactly.
fn scaled(cells: &[&str]) -> Option<(u8, Vec<Option<i64>>)> {
    let mut parsed = Vec::with_capacity(cells.len());
    let mut d = 0i32;
    for cell in cells {
        if cell.is_empty() {
            parsed.push(None);
            continue;
        }
        let (m, e) = decimal(cell)?;
        d = d.max(-e);
        parsed.push(Some((m, e)));
    }
    let d8 = u8::try_from(d)
        .ok()
        .filter(|&d| d <= format::MAX_DECIMALS)?;
    let mut out = Vec::with_capacity(cells.len());
    for p in parsed {
        out.push(match p {
            None => None,
            Some((m, e)) => {
                let n = m.checked_mul(10i128.checked_pow(u32::try_from(e + d).ok()?)?)?;
                let n = i64::try_from(n).ok()?;
                if n.unsigned_abs() >= format::EXACT_BELOW as u64 {
                    return None;
                }
                Some(n)
            }
        });
    }
    Some((d8, out))
}

/// A numeric column's cells: 0 = blank, else `zigzag(n - prediction) + 1`.
fn numbers(cells: &[Option<i64>], stride: u8, order: u8) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(cells.len() * 2);
    for (i, cell) in cells.iter().enumerate() {
        let z = match cell {
            None => 0,
            Some(n) => {
                let p = format::predicted(cells, i, usize::from(stride), order)?;
                format::zigzag(n.checked_sub(p)?).checked_add(1)?
            }
        };
        format::put_varint(z, &mut out);
    }
    Some(out)
}

/// An estimate of the gzipped size of bytes in bits: their order-0 entropy, in integer
/// arithmetic (the same choice on every machine).
fn cost(bytes: &[u8]) -> u64 {
    let mut counts = [0u64; 256];
    for &b in bytes {
        counts[usize::from(b)] += 1;
    }
    let n = bytes.len() as u64;
    // Σ count × log2(n / count), with log2 in 1/256 bits by leading zeros and 8 bits of
    // mantissa.
    let log2 = |x: u64| -> u64 {
        let lz = 63 - u64::from(x.leading_zeros());
        let frac = if lz >= 8 {
            (x >> (lz - 8)) & 0xff
        } else {
            (x << (8 - lz)) & 0xff
        };
        lz * 256 + frac
    };
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| c * (log2(n) - log2(c)))
        .sum()
}

/// [`Form::Columns`]: see `format.rs`.
fn columns(t: &Csv) -> Result<Vec<u8>, EncodeError> {
    let numeric = rules(t.file).numeric;
    let mut out = Vec::new();
    format::put_varint(t.rows.len() as u64, &mut out);
    format::put_varint(t.headers.len() as u64, &mut out);
    let mut cells = Vec::new();
    for (c, name) in t.headers.iter().enumerate() {
        put_text(name, &mut out);
        let texts: Vec<&str> = t
            .rows
            .iter()
            .map(|r| r.get(c).map_or("", String::as_str))
            .collect();
        let wanted = numeric.map_or(true, |n| n.contains(&name.as_str()));
        let nums = if wanted { scaled(&texts) } else { None };
        if wanted && numeric.is_some() && nums.is_none() {
            let bad = texts
                .iter()
                .position(|s| !s.is_empty() && decimal(s).is_none());
            return Err(error(
                t.file,
                bad.map_or(0, |r| t.lines[r]),
                format!("column `{name}` must hold decimal numbers (held exactly)"),
            ));
        }
        match nums {
            None => {
                out.push(format::TEXT);
                let mut col = Vec::new();
                for s in texts {
                    put_text(s, &mut col);
                }
                cells.push(col);
            }
            Some((d, values)) => {
                let mut best: Option<(u64, u8, u8, Vec<u8>)> = None;
                for (s, o) in format::PREDICTORS {
                    let Some(bytes) = numbers(&values, s, o) else {
                        continue;
                    };
                    let c = cost(&bytes);
                    if best.as_ref().map_or(true, |b| c < b.0) {
                        best = Some((c, s, o, bytes));
                    }
                }
                let (_, s, o, bytes) = best.ok_or_else(|| {
                    error(t.file, 0, format!("column `{name}`: numbers overflow"))
                })?;
                out.extend_from_slice(&[format::NUMBER, d, s, o]);
                cells.push(bytes);
            }
        }
    }
    for col in cells {
        out.extend_from_slice(&col);
    }
    Ok(out)
}

// --- The low-rank form of net migration by age -------------------------------------------
// WPP's projected net migrants by age and sex of a country are (to WPP's rounding to whole
// persons) a combination of two fixed age-sex profiles with yearly weights: stored as two
// integer profiles, two integer weight series and the whole-person corrections that make
// every value exact; about a quarter of the gzipped size of the column form.

const RANK: usize = 2;
/// Profiles in 1/16 person, weights in 1/16384 (powers of two: the decoder shifts instead
/// of dividing); more precision costs more bytes than the corrections it saves (measured).
const PROFILE_SCALE: f64 = 16.0;
const WEIGHT_SCALE: f64 = 16384.0;
const SHIFT: u32 = 18; // log2(16 × 16384)

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).fold(0.0, |s, (x, y)| s + x * y)
}

/// Solve the small system a x = b (Gaussian elimination with partial pivoting).
fn solve(a: &[Vec<f64>], b: &[f64]) -> Vec<f64> {
    let n = b.len();
    let mut m: Vec<Vec<f64>> = (0..n)
        .map(|i| a[i].iter().copied().chain([b[i]]).collect())
        .collect();
    for i in 0..n {
        let mut p = i;
        for r in i + 1..n {
            if m[r][i].abs() > m[p][i].abs() {
                p = r;
            }
        }
        m.swap(i, p);
        let pivot = m[i].clone();
        for row in &mut m[i + 1..] {
            let f = row[i] / pivot[i];
            for (a, b) in row[i..].iter_mut().zip(&pivot[i..]) {
                *a -= f * b;
            }
        }
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let s = (i + 1..n).fold(0.0, |s, c| s + m[i][c] * x[c]);
        x[i] = (m[i][n] - s) / m[i][i];
    }
    x
}

/// An orthonormal basis of the `rank`-dimensional subspace nearest the rows (subspace
/// iteration from the rows themselves, then Gram–Schmidt; plain floats in a fixed order, so
/// every run gives the same bits).
fn profiles(rows: &[Vec<f64>], rank: usize) -> Vec<Vec<f64>> {
    let width = rows[0].len();
    let step = (rows.len() / rank).max(1);
    let mut q: Vec<Vec<f64>> = (0..rank)
        .map(|k| rows[(k * step).min(rows.len() - 1)].clone())
        .collect();
    for _ in 0..12 {
        let w: Vec<Vec<f64>> = rows
            .iter()
            .map(|r| q.iter().map(|qk| dot(r, qk)).collect())
            .collect();
        q = (0..rank)
            .map(|k| {
                (0..width)
                    .map(|j| (0..rows.len()).fold(0.0, |s, t| s + w[t][k] * rows[t][j]))
                    .collect()
            })
            .collect();
        for k in 0..rank {
            for i in 0..k {
                let d = dot(&q[k], &q[i]);
                let qi = q[i].clone();
                for (a, b) in q[k].iter_mut().zip(&qi) {
                    *a -= d * b;
                }
            }
            let norm = dot(&q[k], &q[k]).sqrt();
            for a in &mut q[k] {
                *a /= norm;
            }
        }
    }
    q
}

/// Integer profiles and weights of the rows, with the corrections (cell, ±1) that make the
/// model exact; `None` when the rows do not fit the form (then they are stored exactly).
#[allow(clippy::type_complexity)]
fn low_rank_model(rows: &[Vec<i64>]) -> Option<(Vec<Vec<i64>>, Vec<Vec<i64>>, Vec<(usize, bool)>)> {
    if rows.len() < RANK {
        return None;
    }
    let rf: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.iter().map(|&v| v as f64).collect())
        .collect();
    let q = profiles(&rf, RANK);
    // Each profile scaled by the root-mean-square of its weights, so weights are near 1.
    let w: Vec<Vec<f64>> = rf
        .iter()
        .map(|r| q.iter().map(|qk| dot(r, qk)).collect())
        .collect();
    let rms: Vec<f64> = (0..RANK)
        .map(|k| (w.iter().fold(0.0, |s, wt| s + wt[k] * wt[k]) / w.len() as f64).sqrt())
        .collect();
    let prof: Vec<Vec<i64>> = (0..RANK)
        .map(|k| {
            q[k].iter()
                .map(|a| (a * rms[k] * PROFILE_SCALE).round_ties_even() as i64)
                .collect()
        })
        .collect();
    let pf: Vec<Vec<f64>> = prof
        .iter()
        .map(|p| p.iter().map(|&a| a as f64 / PROFILE_SCALE).collect())
        .collect();
    let gram: Vec<Vec<f64>> = (0..RANK)
        .map(|i| (0..RANK).map(|k| dot(&pf[i], &pf[k])).collect())
        .collect();
    let mut weights: Vec<Vec<i64>> = (0..RANK).map(|_| Vec::with_capacity(rows.len())).collect();
    for r in &rf {
        let b: Vec<f64> = pf.iter().map(|p| dot(r, p)).collect();
        for (k, x) in solve(&gram, &b).into_iter().enumerate() {
            if !x.is_finite() {
                return None;
            }
            weights[k].push((x * WEIGHT_SCALE).round_ties_even() as i64);
        }
    }
    if prof
        .iter()
        .chain(&weights)
        .flatten()
        .any(|v| v.unsigned_abs() >= format::LOWRANK_LIMIT as u64)
    {
        return None;
    }
    let width = rows[0].len();
    let half = 1i64 << (SHIFT - 1);
    let mut fixes = Vec::new();
    for (t, r) in rows.iter().enumerate() {
        for (j, &v) in r.iter().enumerate() {
            let sum = (0..RANK).fold(half, |s, k| s + weights[k][t] * prof[k][j]);
            let d = v - (sum >> SHIFT);
            if fixes.len() as u64 + d.unsigned_abs() > (rows.len() * width) as u64 {
                return None;
            }
            for _ in 0..d.unsigned_abs() {
                fixes.push((t * width + j, d < 0));
            }
        }
    }
    Some((prof, weights, fixes))
}

fn put_deltas(values: &[i64], out: &mut Vec<u8>) {
    let mut prev = 0i64;
    for &v in values {
        format::put_varint(format::zigzag(v - prev), out);
        prev = v;
    }
}

/// [`Form::LowRank`] of one country's rows of `netmig_age1.csv` (persons, difference-coded
/// along age): see `format.rs`.
fn lowrank(t: &Csv) -> Result<Vec<u8>, EncodeError> {
    let file = t.file;
    let [code, year, sex] = ["m49", "year", "sex"].map(|n| t.col(n));
    let (code, year, sex) = (code?, year?, sex?);
    let ages = t.headers.len() - 3;
    let mut sexes: Vec<&str> = t.rows.iter().map(|r| r[sex].as_str()).collect();
    sexes.sort_unstable();
    sexes.dedup();
    // Persons by (year, sex): running sums of the differences.
    let mut persons = std::collections::BTreeMap::new();
    for (r, row) in t.rows.iter().enumerate() {
        let mut acc = 0i64;
        let mut run = Vec::with_capacity(ages);
        for c in 3..t.headers.len() {
            acc = acc
                .checked_add(t.int(r, c)?)
                .ok_or_else(|| error(file, t.lines[r], "net migrants overflow"))?;
            run.push(acc);
        }
        if persons
            .insert((t.int(r, year)?, row[sex].clone()), run)
            .is_some()
        {
            return Err(error(file, t.lines[r], "a second row of this year and sex"));
        }
    }
    let years: Vec<i64> = persons
        .keys()
        .map(|k| k.0)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let first = years[0];
    if years
        .iter()
        .enumerate()
        .any(|(i, &y)| y != first + i as i64)
    {
        return Err(error(
            file,
            0,
            "the years of a country must follow one another",
        ));
    }
    let mut table = Vec::with_capacity(years.len());
    for &y in &years {
        let mut row = Vec::with_capacity(sexes.len() * ages);
        for s in &sexes {
            let part = persons
                .get(&(y, (*s).to_string()))
                .ok_or_else(|| error(file, 0, format!("no row of sex {s} in {y}")))?;
            row.extend_from_slice(part);
        }
        table.push(row);
    }
    let model = low_rank_model(&table);
    let (rank, head) = match model {
        Some(_) => (RANK, 0),
        None => (0, table.len()),
    };
    let mut out = Vec::new();
    format::put_varint(1, &mut out);
    format::put_varint(sexes.len() as u64, &mut out);
    for s in &sexes {
        put_text(s, &mut out);
    }
    for v in [ages, rank, head, SHIFT as usize] {
        format::put_varint(v as u64, &mut out);
    }
    let code = u64::try_from(t.int(0, code)?).map_err(|_| error(file, 0, "bad M49 code"))?;
    format::put_varint(code, &mut out);
    format::put_varint(
        u64::try_from(first).map_err(|_| error(file, 0, "bad year"))?,
        &mut out,
    );
    format::put_varint(table.len() as u64, &mut out);
    for row in &table[..head] {
        put_deltas(row, &mut out);
    }
    let (prof, weights, fixes) = model.unwrap_or_default();
    for p in &prof {
        put_deltas(p, &mut out);
    }
    for w in &weights {
        put_deltas(w, &mut out);
    }
    format::put_varint(fixes.len() as u64, &mut out);
    let mut at = 0;
    for (cell, minus) in fixes {
        format::put_varint(((cell - at) as u64) * 2 + u64::from(minus), &mut out);
        at = cell;
    }
    Ok(out)
}
