//! The numbers behind each view come from its table, never from a drawing: the CSV of
//! `Renderer::csv` equals the one a drawing returns, works where no chart fits, and every
//! table names its columns for readers (header and unit) in the request's language. The
//! views stay apart: none imports another or the renderer.

use crossroads::chart::{Cell, ChartError, Renderer, Theme};
use crossroads::scenario::{embedded_data, VIEWS};
use plotters::prelude::*;

fn renderer() -> Renderer<'static> {
    Renderer::new(embedded_data().unwrap()).unwrap()
}

fn query(view: &str, lang: &str) -> String {
    format!("view={view}&lang={lang}&tfr_shift=0.2&lab_tjk=-500&presets=rosstat&b=rosstat_medium")
}

/// For every view in both languages, the table's CSV is the drawing's CSV, byte for byte.
#[test]
fn csv_without_drawing_equals_the_drawn_csv() {
    let mut r = renderer();
    for view in VIEWS {
        for lang in ["en", "ru"] {
            let req = r.parse(&query(view, lang)).unwrap();
            let mut svg = String::new();
            let drawn = {
                let root = SVGBackend::with_string(&mut svg, (800, 500)).into_drawing_area();
                r.render(&root, &req, &Theme::default()).unwrap()
            };
            let csv = r.csv(&req).unwrap();
            assert_eq!(csv, drawn.csv, "{view} {lang}");
            assert!(
                csv.lines().filter(|l| !l.starts_with('#')).count() > 1,
                "{view}"
            );
        }
    }
}

/// A canvas too small for any chart still has numbers behind it.
#[test]
fn csv_needs_no_room_to_draw() {
    let mut r = renderer();
    let req = r.parse("view=pyramid&year=2050").unwrap();
    let mut svg = String::new();
    let root = SVGBackend::with_string(&mut svg, (200, 150)).into_drawing_area();
    let e = r.render(&root, &req, &Theme::default()).unwrap_err();
    assert!(matches!(e, ChartError::TooSmall { .. }), "{e}");
    let csv = r.csv(&req).unwrap();
    assert!(csv.contains("\nage,male_jul1,female_jul1,"), "{csv}");
    assert_eq!(csv.lines().filter(|l| l.starts_with("100,")).count(), 1);
}

/// Every section's rows are as wide as its columns; every column has a header in words,
/// in Cyrillic in Russian, and numbers carry a unit.
#[test]
fn tables_name_columns_for_readers() {
    let mut r = renderer();
    for view in VIEWS {
        let en = r.data_table(&r.parse(&query(view, "en")).unwrap()).unwrap();
        let ru = r.data_table(&r.parse(&query(view, "ru")).unwrap()).unwrap();
        assert!(!en.sections.is_empty(), "{view}");
        for (s_en, s_ru) in en.sections.iter().zip(&ru.sections) {
            let keys = |s: &crossroads::chart::Section| {
                s.columns.iter().map(|c| c.key.clone()).collect::<Vec<_>>()
            };
            // Machine-readable keys are the same in both languages, except the presets'
            // columns, which are named by the presets.
            if view != "projection" {
                assert_eq!(keys(s_en), keys(s_ru), "{view}");
            }
            for row in &s_en.rows {
                assert_eq!(row.len(), s_en.columns.len(), "{view}: {row:?}");
            }
            for (c, col) in s_en.columns.iter().enumerate() {
                assert!(!col.label.trim().is_empty(), "{view}: {col:?}");
                let numeric = s_en
                    .rows
                    .iter()
                    .any(|r| matches!(r.get(c), Some(Cell::Num { .. })));
                // Numbers have a unit, except the compare view's outcomes, whose unit is a
                // column of its own.
                if numeric && !(view == "compare" && s_en.columns.iter().any(|c| c.key == "unit")) {
                    assert!(!col.unit.is_empty(), "{view}: {} has no unit", col.key);
                }
            }
            for col in &s_ru.columns {
                assert!(
                    col.label
                        .chars()
                        .any(|ch| ('\u{400}'..='\u{4ff}').contains(&ch)),
                    "{view}: Russian header {:?}",
                    col.label
                );
            }
        }
    }
}

/// Views read shared modules only: no view imports another view or the renderer, so the
/// chart module has no import circle.
#[test]
fn views_import_no_view_and_no_renderer() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/chart/views");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_str()?.to_string();
            (stem != "mod" && stem != "shared").then_some(stem)
        })
        .collect();
    assert!(names.len() >= VIEWS.len(), "{names:?}");
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap();
        for line in text.lines().filter(|l| l.trim_start().starts_with("use ")) {
            assert!(
                !line.contains("render"),
                "{name}.rs imports the renderer: {line}"
            );
            for other in names.iter().filter(|o| *o != name) {
                assert!(
                    !line.contains(&format!("super::{other}")),
                    "{name}.rs imports the view {other}: {line}"
                );
            }
        }
    }
}
