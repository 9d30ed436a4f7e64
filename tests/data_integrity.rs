//! The embedded tables in `data/` must still equal what `data/convert.py` makes from
//! `../shared/data-raw`: a stale or hand-edited table fails here, naming the file.

use std::path::Path;
use std::process::Command;

#[test]
fn embedded_tables_match_a_fresh_conversion() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let raw = root.join("../shared/data-raw");
    assert!(
        raw.is_dir(),
        "{} is missing: clone the repository next to shared/ (see README)",
        raw.display()
    );
    let out = Command::new("python3")
        .arg(root.join("data/convert.py"))
        .arg("--check")
        .output()
        .expect("python3 must be on PATH to check data/ against data-raw");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "data/ differs from a fresh conversion:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Every table was compared, each with its checksum printed (embedded.bin is not among
    // them: build.rs encodes it from these tables at build time).
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        17,
        "{stdout}"
    );
}

#[test]
fn a_changed_table_is_detected() {
    // Run the checker against a copy of data/ with one value altered: it must say DIFF.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = std::env::temp_dir().join(format!("crossroads-integrity-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    copy_dir(&root.join("data"), &tmp);
    let mx = tmp.join("mx5.csv");
    let text = std::fs::read_to_string(&mx).expect("mx5");
    std::fs::write(&mx, text.replacen("0.0", "0.1", 1)).expect("write");
    let out = Command::new("python3")
        .arg(tmp.join("convert.py"))
        .arg("--check")
        .arg("--raw")
        .arg(root.join("../shared/data-raw"))
        .output()
        .expect("python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(!out.status.success());
    assert!(stdout.contains("DIFF mx5.csv"), "{stdout}");
    assert!(stdout.contains("ok   pop_total.csv"), "{stdout}");
}

/// Copies a folder with its subfolders (data/transcribed holds project-owned sources).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("data dir") {
        let p = entry.expect("entry").path();
        let dest = to.join(p.file_name().expect("name"));
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, dest).expect("copy");
        }
    }
}
