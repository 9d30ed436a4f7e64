//! The one codec of `embedded.bin` (`src/data/encode.rs` run by `build.rs`, the layout in
//! `src/data/format.rs` shared with the decoder `src/data/binary.rs`): the built file is
//! the encoder's output, damage is always detected and named, and the encoder refuses what
//! it cannot store exactly. `tests/data_tables.rs` holds the decoded tables equal to the
//! CSVs (`binary_form_equals_the_csv_tables_exactly`). Native only: the encoder and the CSV
//! reader are not in the wasm build.
#![cfg(not(target_arch = "wasm32"))]

use crossroads::data::{encode_binary, Dataset, Sources, EMBEDDED_BIN};

/// The layout as the test reads it (independently of the decoder): the header's end and,
/// per section, its tag and each record's byte range (length varint, body, checksum).
struct Layout {
    header_end: usize,
    sections: Vec<(u64, Vec<std::ops::Range<usize>>)>,
}

fn varint(b: &[u8], pos: &mut usize) -> u64 {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let x = b[*pos];
        *pos += 1;
        v |= u64::from(x & 0x7f) << shift;
        if x & 0x80 == 0 {
            break;
        }
    }
    v
}

fn layout(b: &[u8]) -> Layout {
    assert_eq!(&b[..4], b"XRD3");
    let mut pos = 4;
    let n = varint(b, &mut pos);
    let index: Vec<(u64, usize)> = (0..n)
        .map(|_| (varint(b, &mut pos), varint(b, &mut pos) as usize))
        .collect();
    pos += 4;
    let header_end = pos;
    let mut sections = Vec::new();
    for (tag, len) in index {
        let end = pos + len;
        let mut records = Vec::new();
        while pos < end {
            let start = pos;
            let body = varint(b, &mut pos) as usize;
            pos += body + 4;
            records.push(start..pos);
        }
        assert_eq!(pos, end, "section {tag} ends with its last record");
        sections.push((tag, records));
    }
    assert_eq!(pos, b.len());
    Layout {
        header_end,
        sections,
    }
}

/// `build.rs` wrote exactly what the encoder makes of the CSVs the native build reads (so
/// the binary cannot drift from them), and encoding is deterministic.
#[test]
fn the_built_binary_is_the_encoders_output_of_the_csvs() {
    let encoded = encode_binary(&Sources::EMBEDDED).expect("encode");
    assert!(
        encoded == EMBEDDED_BIN,
        "build.rs output differs from encode_binary"
    );
    assert!(encode_binary(&Sources::EMBEDDED).expect("again") == encoded);
    // One shared section and one per country, in the order of countries.csv, with the six
    // WPP tables and the two band tables (bands.csv, bands_calibration.csv) each and the
    // nine shared tables.
    let l = layout(EMBEDDED_BIN);
    let data = Dataset::from_binary(EMBEDDED_BIN).expect("decode");
    let tags: Vec<u64> = l.sections.iter().map(|s| s.0).collect();
    let mut want = vec![0];
    want.extend(data.country_infos().map(|c| u64::from(c.m49)));
    assert_eq!(tags, want);
    assert_eq!(l.sections[0].1.len(), 9);
    assert!(l.sections[1..].iter().all(|s| s.1.len() == 8));
}

/// Flipping single bits of the file: every flip is detected (an error naming the file, the
/// section and how to rebuild it), never a changed number. Every bit of the header and of
/// each record's framing (length and checksum) and of the first and last bytes of each
/// body is flipped, and one bit (cycling through the eight) of every 7th byte elsewhere.
#[test]
fn every_flipped_bit_is_detected() {
    let bin = EMBEDDED_BIN;
    let l = layout(bin);
    let mut flips: Vec<(usize, u8)> = Vec::new();
    let every_bit = |at: usize, flips: &mut Vec<(usize, u8)>| {
        flips.extend((0..8).map(|bit| (at, bit)));
    };
    for at in 0..l.header_end {
        every_bit(at, &mut flips);
    }
    for (_, records) in &l.sections {
        for r in records {
            let mut p = r.start;
            varint(bin, &mut p); // the length's bytes, then the body's first and last two
            for at in (r.start..p + 2).chain(r.end - 6..r.end) {
                every_bit(at, &mut flips);
            }
            for at in (p + 2..r.end - 6).filter(|at| at % 7 == 0) {
                flips.push((at, (at / 7 % 8) as u8));
            }
        }
    }
    assert!(flips.len() > 20_000, "{} flips", flips.len());
    let original = Dataset::from_binary(bin).expect("decode");
    let mut undetected = Vec::new();
    let mut bytes = bin.to_vec();
    for &(at, bit) in &flips {
        bytes[at] ^= 1 << bit;
        match Dataset::from_binary(&bytes) {
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    msg.starts_with("embedded.bin: ") && msg.contains("cargo build"),
                    "byte {at} bit {bit}: {msg}"
                );
            }
            // Provably harmless only if nothing decoded differs.
            Ok(d) if d == original => {}
            Ok(_) => undetected.push((at, bit)),
        }
        bytes[at] ^= 1 << bit;
    }
    assert_eq!(undetected, [], "flips that changed decoded data silently");
}

/// A damaged table is named by its country's section and its file, with the command that
/// rebuilds the data, whether the file is decoded at once or lazily (the widget's way).
#[test]
fn a_damaged_table_is_named_with_its_country_and_the_fix() {
    let l = layout(EMBEDDED_BIN);
    let (_, kgz) = l.sections.iter().find(|s| s.0 == 417).expect("KGZ");
    let mx5 = &kgz[2]; // pop_total, pop_age5_base, mx5, …
    let mut bytes = EMBEDDED_BIN.to_vec();
    bytes[(mx5.start + mx5.end) / 2] ^= 0x10;
    let eager = Dataset::from_binary(&bytes)
        .expect_err("damaged")
        .to_string();
    assert!(
        eager.starts_with(
            "embedded.bin: section KGZ (M49 417), table mx5.csv: damaged: the checksum of its "
        ) && eager.ends_with(
            "rebuild it from data/*.csv with `cargo build` (the widget: `bash scripts/build.sh`)"
        ),
        "{eager}"
    );
    let lazy = Dataset::from_binary_lazy(Box::leak(bytes.into_boxed_slice()))
        .expect_err("refused when opened")
        .to_string();
    assert_eq!(lazy, eager);
    // The header too: its lengths say where every section is.
    let mut bytes = EMBEDDED_BIN.to_vec();
    bytes[5] ^= 1;
    let msg = Dataset::from_binary(&bytes)
        .expect_err("header")
        .to_string();
    assert!(msg.starts_with("embedded.bin: header: "), "{msg}");
}

/// The encoder refuses what it cannot store exactly, naming the file and line, so a bad
/// table stops the build (`build.rs`) instead of shipping a changed number.
#[test]
fn the_encoder_names_what_it_cannot_store() {
    let text = Sources::EMBEDDED.remittances;
    let bad = {
        let mut lines: Vec<&str> = text.lines().collect();
        let row = lines
            .iter()
            .position(|l| !l.starts_with('#'))
            .expect("header")
            + 3;
        let mut cells: Vec<String> = lines[row].split(',').map(str::to_string).collect();
        cells[3] = "about 5e9".to_string(); // gdp_usd
        let changed = cells.join(",");
        lines[row] = &changed;
        (lines.join("\n") + "\n", row + 1)
    };
    let src = Sources {
        remittances: &bad.0,
        ..Sources::EMBEDDED
    };
    let err = encode_binary(&src).expect_err("not a number");
    assert_eq!((err.file, err.line), ("remittances.csv", bad.1 as u64));
    assert!(err.message.contains("`gdp_usd`"), "{err}");

    // A country without rows of a table the widget reads (Armenia's mortality from 2025).
    let mx5: String = Sources::EMBEDDED
        .mx5
        .lines()
        .filter(|l| !l.starts_with("51,"))
        .map(|l| format!("{l}\n"))
        .collect();
    let src = Sources {
        mx5: &mx5,
        ..Sources::EMBEDDED
    };
    let err = encode_binary(&src).expect_err("no rows");
    assert_eq!(err.file, "mx5.csv");
    assert!(err.message.contains("country 51"), "{err}");
}

/// Net migration that fits no low-rank model (here a country with none at all) is stored
/// row by row instead, still exact; and a column added to a table (as a scenario might add
/// one) goes in without any change to the codec.
#[test]
fn the_encoder_is_exact_outside_the_low_rank_case_and_takes_new_columns() {
    let netmig: String = Sources::EMBEDDED
        .netmig_age1
        .lines()
        .map(|l| match l.strip_prefix("51,") {
            Some(rest) => {
                let cells: Vec<&str> = rest.split(',').collect();
                let zeros = vec!["0"; cells.len() - 2].join(",");
                format!("51,{},{},{zeros}\n", cells[0], cells[1])
            }
            None => format!("{l}\n"),
        })
        .collect();
    let with_column = |text: &str, value: &dyn Fn(usize) -> String| -> String {
        let mut row = 0;
        text.lines()
            .map(|l| {
                if l.starts_with('#') {
                    format!("{l}\n")
                } else {
                    row += 1;
                    let v = if row == 1 {
                        "extra".to_string()
                    } else {
                        value(row)
                    };
                    format!("{l},{v}\n")
                }
            })
            .collect()
    };
    let indicators = with_column(Sources::EMBEDDED.indicators, &|r| format!("{}.25", r % 7));
    let briefs = with_column(Sources::EMBEDDED.briefs_figures, &|r| format!("note {r}"));
    let src = Sources {
        netmig_age1: &netmig,
        indicators: &indicators,
        briefs_figures: &briefs,
        ..Sources::EMBEDDED
    };
    let bytes = encode_binary(&src).expect("encode");
    let from_bin = Dataset::from_binary(&bytes).expect("decode");
    let from_csv = Dataset::from_sources(&src).expect("csv");
    let arm = from_bin.country("ARM").expect("ARM");
    assert_eq!(arm.netmig_age1.len(), 2 * (2100 - 2025 + 1));
    assert!(arm
        .netmig_age1
        .iter()
        .all(|r| r.mig.iter().all(|&m| m == 0.0)));
    let want: Vec<_> = from_csv
        .country("ARM")
        .expect("ARM")
        .netmig_age1
        .iter()
        .filter(|r| r.year >= 2025)
        .cloned()
        .collect();
    assert_eq!(arm.netmig_age1, want);
    // Everything else decodes as from the unchanged tables.
    let plain = Dataset::from_binary(EMBEDDED_BIN).expect("decode");
    for (a, b) in from_bin
        .countries()
        .expect("countries")
        .into_iter()
        .zip(plain.countries().expect("countries"))
    {
        if a.info.iso3 != "ARM" {
            assert_eq!(a, b);
        }
    }
    assert_eq!(from_bin.briefs, plain.briefs);
}
