//! Encodes `data/*.csv` into `embedded.bin` in `OUT_DIR` (`src/data/mod.rs` embeds it with
//! `include_bytes!`): the one encoder, `src/data/encode.rs`, with the layout the decoder
//! shares, `src/data/format.rs`. Needs only the CSVs of `data/` (not `../shared`); takes
//! well under a second. Reruns when a table or the codec changes.

#[allow(dead_code)]
#[path = "src/data/format.rs"]
mod format;

#[allow(dead_code)]
#[path = "src/data/encode.rs"]
mod encode;

use std::collections::HashMap;
use std::path::Path;

fn main() {
    for f in ["build.rs", "src/data/format.rs", "src/data/encode.rs"] {
        println!("cargo:rerun-if-changed={f}");
    }
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    let mut texts = HashMap::new();
    for file in format::SHARED.iter().chain(&format::COUNTRY) {
        let path = data.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        match std::fs::read_to_string(&path) {
            Ok(t) => {
                texts.insert(*file, t);
            }
            Err(e) => fail(&format!(
                "cannot read data/{file} ({e}); regenerate the tables with `python3 data/convert.py`"
            )),
        }
    }
    let bytes = encode::encode(|file| texts.get(file).map(String::as_str))
        .unwrap_or_else(|e| fail(&format!("cannot encode {e}")));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(format::FILE);
    if let Err(e) = std::fs::write(&out, bytes) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}
