//! `crossroads render`: the static fallback draws any view to SVG with the widget's chart
//! code, prints its CSV or text alternative on request, and exits 2 with one clear line on
//! bad input.

use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossroads"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn renders_an_svg_of_the_view() {
    let o = cli(&[
        "render",
        "view=projection&country=RUS&lang=ru&tfr_shift=0.2",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let svg = text(&o.stdout);
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("width=\"800\"") && svg.contains("height=\"500\""));
    assert!(svg.contains("Россия: численность населения"));
    assert!(svg.contains("#D55E00"), "scenario line drawn");
}

#[test]
fn size_csv_and_alt_options() {
    let o = cli(&["render", "--size", "640x400", ""]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("width=\"640\""));
    let o = cli(&["render", "--csv", "tfr_shift=0.5"]);
    let csv = text(&o.stdout);
    assert!(csv.starts_with("# Crossroads: Russia: population"), "{csv}");
    assert!(csv.contains("# Scenario: tfr_shift=0.5"));
    assert!(csv.lines().any(|l| l.starts_with("year,")));
    let o = cli(&["render", "--alt", "lang=ru"]);
    let alt = text(&o.stdout);
    assert!(
        alt.starts_with("Россия:") && alt.trim_end().ends_with('.'),
        "{alt}"
    );
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    for (args, must) in [
        (
            vec!["render", "view=pyramidz"],
            vec!["pyramidz", "projection"],
        ),
        (vec!["render", "country=XXX"], vec!["XXX", "RUS"]),
        (vec!["render", "tfr_shift=abc"], vec!["tfr_shift", "abc"]),
        (vec!["render", "--size", "huge", ""], vec!["--size"]),
        (vec!["render", "--size", "100x100", ""], vec!["100×100"]),
        (vec!["render", "--bogus"], vec!["--bogus"]),
        (vec!["render", "a=1", "b=2"], vec!["more than one"]),
    ] {
        let o = cli(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
        assert!(o.stdout.is_empty(), "{args:?} wrote to stdout");
        let err = text(&o.stderr);
        for m in must {
            assert!(err.contains(m), "{args:?}: '{m}' not in {err}");
        }
    }
}

#[test]
fn clamps_are_warned_on_stderr() {
    let o = cli(&["render", "year=3000&view=projection"]);
    assert!(o.status.success());
    assert!(text(&o.stderr).contains("year=3000"), "{}", text(&o.stderr));
}

/// `--timing` prints the redraw figures of a view (the benchmark of slider moves).
#[test]
fn timing_prints_redraw_figures() {
    let o = cli(&["render", "--timing", "view=pyramid"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("view,draws,p50_us,p95_us,max_us,total_ms")
    );
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(row[0], "pyramid");
    assert_eq!(row[1], "100");
    let (p50, p95): (f64, f64) = (row[2].parse().unwrap(), row[3].parse().unwrap());
    assert!(p50 > 0.0 && p95 >= p50);
}
