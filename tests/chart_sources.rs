//! The Sources panel: a short catalog of datasets that covers every embedded file, in both
//! languages, and per-figure citations in words (no codes such as `more_than`, `e0_both`).

use crossroads::chart::{datasets, sources, Lang};
use crossroads::scenario::embedded_data;

/// The data files `data/SOURCES.md`'s Files table lists (the embedded ones; files for
/// native programs only have a section of their own).
fn listed_files() -> Vec<String> {
    let md = include_str!("../data/SOURCES.md");
    let files = md.split("\n## Files\n").nth(1).unwrap_or("");
    let files = files.split("\n## ").next().unwrap_or("");
    files
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_embedded_file_belongs_to_a_dataset_of_the_catalog() {
    let files = listed_files();
    assert!(files.len() >= 12, "{files:?}");
    let catalog = datasets(Lang::En);
    for f in &files {
        assert!(
            catalog.iter().any(|d| d.files.contains(f)),
            "{f} is listed in data/SOURCES.md but no dataset of data/transcribed/datasets.tsv names it"
        );
    }
    for d in &catalog {
        for f in &d.files {
            assert!(
                files.contains(f),
                "{}: {f} is not a file of data/SOURCES.md",
                d.id
            );
        }
    }
}

#[test]
fn the_catalog_reads_in_both_languages() {
    let (en, ru) = (datasets(Lang::En), datasets(Lang::Ru));
    let lines = include_str!("../data/transcribed/datasets.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .count();
    assert_eq!(
        en.len(),
        lines - 1,
        "a malformed line of datasets.tsv was skipped"
    );
    assert_eq!(en.len(), ru.len());
    let ids: Vec<&str> = en.iter().map(|d| d.id.as_str()).collect();
    for want in ["wpp2024", "desa_stock2024", "wdi", "rosstat2023"] {
        assert!(ids.contains(&want), "{ids:?}");
    }
    for (e, r) in en.iter().zip(&ru) {
        assert_eq!(e.id, r.id);
        for field in [
            &e.name,
            &e.publisher,
            &e.licence,
            &e.year,
            &r.name,
            &r.publisher,
        ] {
            assert!(!field.trim().is_empty(), "{}: empty field", e.id);
        }
        assert!(
            r.name.chars().any(|c| ('а'..='я').contains(&c)),
            "{}: Russian name without Russian words: {}",
            r.id,
            r.name
        );
        assert!(
            e.url.is_empty() || e.url.starts_with("https://"),
            "{}",
            e.url
        );
    }
}

#[test]
fn citations_name_figures_in_words() {
    let data = embedded_data().expect("data");
    for lang in [Lang::En, Lang::Ru] {
        let list = sources(data, lang);
        assert!(list.citations.len() >= 10, "{}", list.citations.len());
        for c in &list.citations {
            for code in ["more_than", "e0_both", "natural_decrease_2024"] {
                assert!(!c.what.contains(code), "{lang:?}: {}", c.what);
            }
            assert!(c.url.starts_with("http"), "{}", c.url);
        }
    }
    let ru = sources(data, Lang::Ru);
    assert!(ru
        .citations
        .iter()
        .any(|c| c.what.contains("Программа соотечественников")));
}

#[test]
fn citations_carry_no_codes_of_the_tables() {
    let data = embedded_data().expect("data");
    for lang in [Lang::En, Lang::Ru] {
        let list = sources(data, lang);
        for c in &list.citations {
            // Codes of the tables (`population_threshold`, brief ids such as `CR064`).
            let coded = c
                .what
                .split(|ch: char| !ch.is_alphanumeric() && ch != '_')
                .any(|w| {
                    w.contains('_')
                        || (w.len() == 5
                            && (w.starts_with("CR") || w.starts_with("RK"))
                            && w[2..].chars().all(|d| d.is_ascii_digit()))
                });
            assert!(!coded, "{lang:?}: {}", c.what);
        }
        let brief = datasets(lang)
            .into_iter()
            .find(|d| d.id == "brief_relokanty2024")
            .expect("brief");
        assert!(list
            .citations
            .iter()
            .any(|c| c.what.starts_with(&brief.short)));
    }
}
