//! The command-line program: CSV on stdout for a query string, clear errors with exit code 2.

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

fn rows(out: &Output) -> Vec<Vec<String>> {
    text(&out.stdout)
        .lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

#[test]
fn default_output_is_one_row_a_year() {
    let out = cli(&["country=RUS"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r = rows(&out);
    assert_eq!(
        r[0].join(","),
        "year,population,births,deaths,net_migration,e0_m,e0_f,pop_20_64,pop_65_plus,median_age,old_age_dependency"
    );
    assert_eq!(r.len(), 1 + 76, "2025..=2100");
    assert_eq!(r[1][0], "2025");
    assert_eq!(r[76][0], "2100");
    // WPP 2024 mid-2025 population of Russia: 143,997.393 thousand (../shared/data-raw/README.md).
    let p0: f64 = r[1][1].parse().unwrap();
    assert!((p0 - 143_997.393).abs() < 0.01, "{p0}");
    // The accounting identity on the printed (3-decimal) figures.
    for w in r[1..].windows(2) {
        let n = |i: usize, row: &Vec<String>| -> f64 { row[i].parse().unwrap() };
        let next = n(1, &w[0]) + n(2, &w[0]) - n(3, &w[0]) + n(4, &w[0]);
        assert!((next - n(1, &w[1])).abs() < 0.01, "year {}", w[1][0]);
    }
    assert_eq!(r[76][2], "", "no step after the last year");
}

#[test]
fn by_age_prints_year_sex_age_population() {
    let out = cli(&["--by-age", "country=KGZ&tfr_shift=0.3"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r = rows(&out);
    assert_eq!(r[0].join(","), "year,sex,age,population");
    assert_eq!(r.len(), 1 + 76 * 2 * 101);
    assert_eq!(r[1][..3].join(","), "2025,male,0");
    assert_eq!(r[101][..3].join(","), "2025,male,100");
    assert_eq!(r[102][..3].join(","), "2025,female,0");
}

#[test]
fn a_linked_country_can_be_printed() {
    let base = rows(&cli(&["country=TJK"]));
    let out = cli(&["--country", "TJK", "lab_tjk=1000"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r = rows(&out);
    let (a, b): (f64, f64) = (base[26][1].parse().unwrap(), r[26][1].parse().unwrap());
    assert!(b < a - 500.0, "Tajikistan 2050: {b} vs {a}");
    let bad = cli(&["--country", "GEO", "lab_tjk=1000"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("not projected"));
}

#[test]
fn bad_queries_exit_2_with_a_message() {
    for (q, want) in [
        ("tfr_shfit=0.2", "did you mean 'tfr_shift'"),
        ("tfr_shift=abc", "not a number"),
        ("e0_m=NaN", "not a finite number"),
        ("country=XYZ", "use one of RUS"),
        ("war_end=2030&war_end=2031", "given twice"),
    ] {
        let out = cli(&[q]);
        assert_eq!(out.status.code(), Some(2), "{q}");
        assert!(
            text(&out.stderr).contains(want),
            "{q}: {}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "{q}");
    }
    let out = cli(&["--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown option '--frobnicate'"));
}

#[test]
fn clamps_are_warned_on_stderr_and_the_run_goes_on() {
    let out = cli(&["tfr_shift=9"]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("tfr_shift=9 is outside -1.5..1.5"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(rows(&out).len(), 77);
}

#[test]
fn help_params_presets_and_compare() {
    let help = text(&cli(&["--help"]).stdout);
    assert!(help.contains("mid-year (1 July) population in thousands"));
    let params = text(&cli(&["--params"]).stdout);
    for key in [
        "country",
        "variant",
        "tfr_shift",
        "war_deaths",
        "lab_tjk",
        "compat",
        "rel_return",
    ] {
        assert!(
            params.lines().any(|l| l.starts_with(&format!("{key},"))),
            "{key}"
        );
    }
    let presets = text(&cli(&["--presets"]).stdout);
    assert!(
        presets.contains("No net migration,mig_scale=0"),
        "{presets}"
    );
    let cmp = cli(&["", "--compare", "mig_scale=0"]);
    assert!(cmp.status.success(), "{}", text(&cmp.stderr));
    let r = rows(&cmp);
    assert_eq!(r[0].join(","), "measure,unit,a,b,difference");
    let pop2050 = r.iter().find(|row| row[0] == "population 2050").unwrap();
    let diff: f64 = pop2050[4].parse().unwrap();
    assert!(
        diff < -5000.0,
        "no migration loses millions by 2050: {diff}"
    );
}
