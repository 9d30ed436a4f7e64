//! The layout of `embedded.bin`, shared by its one encoder (`encode.rs`, run by `build.rs`
//! at build time from `data/*.csv`) and its decoder (`binary.rs`): which tables go where, in
//! which order and form, the varints, the predictor of numeric columns and the checksum.
//! Neither side spells any of these itself, so the two cannot drift apart.
//!
//! This file is also compiled into the build script (`#[path]`), so it uses only `std`.
//!
//! # Layout
//! All integers are LEB128 varints unless noted; checksums are 4 bytes, little-endian.
//!
//! ```text
//! file    = MAGIC, section count, (tag, length) per section, checksum(header), sections
//! section = one record per table of SHARED (tag 0) or of COUNTRY (tag = the M49 code,
//!           in the order of countries.csv), in that order, and nothing else
//! record  = body length, body, checksum(tag, table name, body length and body)
//! ```
//! A country's section decodes alone, so the widget decodes only the countries it draws
//! (the first chart needs one of eight) and verifies each before using a byte of it.
//!
//! [`Form::Columns`] body: rows, columns; per column its name (length + UTF-8) and a type
//! byte: 1 text, or 0 number followed by bytes d (decimals), s (stride) and o (order). Then
//! column by column, row by row: a number as 0 = blank, else `zigzag(n - p) + 1` where
//! n = value × 10^d exactly and p = [`predicted`] from the cells s and 2s rows above; text as
//! length + UTF-8. Smooth series become small integers, and nothing parses decimals.
//!
//! [`Form::LowRank`] body (net migration by age): country count, sexes (text each), ages,
//! rank R, head rows H, shift S; per country: M49 code, first year, years N; H rows of
//! sexes × ages persons (zigzag deltas along the row); R integer profiles (zigzag deltas
//! along the row); R weight series of N − H values (zigzag deltas); correction count K, then
//! K varints g·2 + s: move g cells on (row-major over the N − H rows, from cell 0) and add
//! 1 (s = 0) or −1 (s = 1) there. A cell of row t is
//! `(Σ_k w[k][t] · p[k][j] + 2^(S−1)) >> S` plus its corrections: exact to the person.

/// The first bytes of the file (the 3 is the layout's version).
pub const MAGIC: &[u8; 4] = b"XRD3";

/// The name errors give the file (it is built into `target/`, not kept in `data/`).
pub const FILE: &str = "embedded.bin";

/// How to rebuild the file, for error messages.
pub const REBUILD: &str =
    "rebuild it from data/*.csv with `cargo build` (the widget: `bash scripts/build.sh`)";

/// The section tag of the shared tables; a country's section is tagged with its M49 code.
pub const SHARED_TAG: u64 = 0;

/// The tables of the shared section, in order (`countries.csv` first: it names the
/// country sections).
pub const SHARED: [&str; 9] = [
    "countries.csv",
    "remittances.csv",
    "migrant_stock.csv",
    "compatriots.csv",
    "compatriots_facts.csv",
    "rosstat_forecast.csv",
    "briefs_figures.csv",
    "relokanty_hosts.csv",
    "world_population.csv",
];

/// The tables of each country's section, in order: that country's rows of the WPP tables,
/// then of the probabilistic bands' component quantiles and calibration.
pub const COUNTRY: [&str; 8] = [
    "pop_total.csv",
    "pop_age5_base.csv",
    "mx5.csv",
    "pasfr5.csv",
    "indicators.csv",
    "netmig_age1.csv",
    "bands.csv",
    "bands_calibration.csv",
];

/// How a table's body is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Columns,
    LowRank,
}

/// The form of the table `file`.
pub fn form(file: &str) -> Form {
    if file == "netmig_age1.csv" {
        Form::LowRank
    } else {
        Form::Columns
    }
}

/// Type byte of a numeric column.
pub const NUMBER: u8 = 0;
/// Type byte of a text column.
pub const TEXT: u8 = 1;

/// The 32-bit FNV-1a hash of the parts, one after the other. Each step (xor a byte, then
/// multiply by an odd number modulo 2^32) is a bijection of the state, so any change
/// confined to one byte of a record — every single-bit flip — always changes its checksum.
pub fn checksum(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for part in parts {
        for &b in *part {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// The checksum of a record: it covers the section's tag and the table's name too, so a
/// record moved to another place does not pass.
pub fn record_checksum(tag: u64, table: &str, record: &[u8]) -> u32 {
    let mut t = Vec::with_capacity(10);
    put_varint(tag, &mut t);
    checksum(&[&t, table.as_bytes(), record])
}

/// 0, −1, 1, −2, … as 0, 1, 2, 3, …
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

/// The inverse of [`zigzag`].
pub fn unzigzag(z: u64) -> i64 {
    (z >> 1) as i64 ^ -((z & 1) as i64)
}

/// Append `n` as a LEB128 varint.
pub fn put_varint(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The prediction of numeric cell `i` of a column from the cells `stride` and 2 × `stride`
/// rows above (`None` = blank): the one above (order 1) or the line through both (order 2);
/// 0 where the one above is blank or absent. `None` when the line overflows.
pub fn predicted(cells: &[Option<i64>], i: usize, stride: usize, order: u8) -> Option<i64> {
    let above = |k: usize| {
        i.checked_sub(k * stride)
            .and_then(|j| cells.get(j).copied().flatten())
    };
    match (above(1), above(2)) {
        (Some(a), Some(b)) if order == 2 => a.checked_add(a)?.checked_sub(b),
        (Some(a), _) => Some(a),
        (None, _) => Some(0),
    }
}

/// Predictors (stride, order) the encoder tries per numeric column. Stride 2 follows a sex
/// across rows that alternate F, M; order 2 follows smooth trends.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub const PREDICTORS: [(u8, u8); 4] = [(1, 1), (1, 2), (2, 1), (2, 2)];

/// Numeric cells are stored as n = value × 10^d with |n| below this: then `n as f64 / 10^d`
/// (d ≤ [`MAX_DECIMALS`]) is the correctly rounded value, the same as parsing the decimal.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub const EXACT_BELOW: i64 = 1 << 53;
/// Powers of ten up to this are exact in an `f64`.
pub const MAX_DECIMALS: u8 = 22;

/// Low-rank profiles and weights stay below this in size, so the decoder's sums of at most
/// [`MAX_RANK`] products cannot overflow an `i64` (and need no checked arithmetic).
pub const LOWRANK_LIMIT: i64 = 1 << 28;
/// The largest rank the decoder accepts.
pub const MAX_RANK: usize = 8;
