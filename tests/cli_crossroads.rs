//! The command-line program: CSV on stdout for a query string, clear errors with exit code 2;
//! and `crossroads render`, the static fallback, which draws any view to SVG with the
//! widget's chart code, prints its CSV or text alternative on request, and exits 2 with one
//! clear line on bad input.

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
        "year,population_jul1,births,deaths,net_migration,e0_m,e0_f,pop_20_64_jul1,pop_65_plus_jul1,median_age,old_age_dependency,un_medium_jul1,needed_migration,migrant_origin_share,measure_jul1,measure_un_jul1,measure_un_source"
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
    assert!(help.contains("--assumptions") && help.contains("diff_a_minus_b"));
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
    assert_eq!(r[0].join(","), "measure,unit,a,b,diff_a_minus_b");
    let pop2050 = r.iter().find(|row| row[0] == "population 2050").unwrap();
    let [a, b, diff] = [2, 3, 4].map(|i| pop2050[i].parse::<f64>().unwrap());
    // A (UN medium) is millions higher than B (no migration): A − B is positive.
    assert!(
        diff > 5000.0 && (diff - (a - b)).abs() < 0.002,
        "no migration loses millions by 2050: A {a}, B {b}, A − B {diff}"
    );
}

// --- crossroads render ---------------------------------------------------------------

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
    // The CSV comes from the view's table, not a drawing: no size is too small for it.
    let o = cli(&["render", "--size", "100x100", "--csv", "tfr_shift=0.5"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), csv);
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

// --- crossroads --assumptions -----------------------------------------------------------

/// `--assumptions` prints every assumption the scenario uses, each title with its value,
/// reason and source; `lang=ru` prints them in Russian with no English title left.
#[test]
fn assumptions_are_printed_in_english_and_russian() {
    use crossroads::scenario::{assumptions, embedded_data, Figures, Scenario};
    let q = "lab_tjk=500&crocus_end=2030&compat=80&ua_return=30&rel_return=30&tfr_shift=0.2";
    let data = embedded_data().unwrap();
    let (s, _) = Scenario::from_query(q).unwrap();
    let list = assumptions(data, &Figures::new(data).unwrap(), &s);
    let en = cli(&["--assumptions", q]);
    assert!(en.status.success(), "{}", text(&en.stderr));
    let en = text(&en.stdout);
    assert!(en.starts_with("Assumptions of this scenario"), "{en}");
    // The widget's query string works too: view keys are accepted, lang picks the language.
    let ru = cli(&["--assumptions", &format!("view=compare&lang=ru&{q}")]);
    assert!(ru.status.success(), "{}", text(&ru.stderr));
    let ru = text(&ru.stdout);
    for a in &list {
        assert!(
            en.contains(&format!(
                "{}: {}\n",
                a.in_lang("en").title,
                a.in_lang("en").value
            )),
            "{} missing",
            a.in_lang("en").title
        );
        assert!(
            en.contains(&a.in_lang("en").reason) && en.contains(&a.in_lang("en").source),
            "{}",
            a.key
        );
        assert!(
            ru.contains(&format!(
                "{}: {}\n",
                a.in_lang("ru").title,
                a.in_lang("ru").value
            )),
            "{} missing",
            a.in_lang("ru").title
        );
        assert!(
            !ru.contains(&a.in_lang("en").title),
            "English title in Russian output: {}",
            a.in_lang("en").title
        );
    }
    assert!(en.contains("Labour migrants: share of men"));
    // The untouched scenario: the base assumptions only.
    let base = text(&cli(&["--assumptions", ""]).stdout);
    assert!(
        base.contains("Starting point") && !base.contains("Labour migrants"),
        "{base}"
    );
    // A bad query is a usage error naming it.
    let bad = cli(&["--assumptions", "lab_tjk=lots"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("lab_tjk"),
        "{}",
        text(&bad.stderr)
    );
}

/// `hold=`: the needed migration fills every row but the last and holds the population on
/// the printed figures; the migrant-origin share starts at zero and grows; `--help` names
/// both columns; an unknown measure is an error suggesting the nearest.
#[test]
fn hold_prints_needed_migration_and_the_migrant_origin_share() {
    let out = cli(&["hold=population"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r = rows(&out);
    let col = |name: &str| r[0].iter().position(|c| c == name).unwrap();
    let (needed, share) = (col("needed_migration"), col("migrant_origin_share"));
    let level: f64 = r[1][1].parse().unwrap();
    for row in &r[1..76] {
        assert!(row[needed].parse::<f64>().is_ok(), "{row:?}");
        let p: f64 = row[1].parse().unwrap();
        assert!((p - level).abs() < 0.002, "{row:?}");
    }
    assert_eq!(r[76][needed], "", "no step after the last year");
    assert_eq!(r[1][share], "0.000000");
    let s2100: f64 = r[76][share].parse().unwrap();
    assert!(s2100 > 0.1 && s2100 < 1.0, "{s2100}");
    // Without hold the needed migration is empty, the share still there.
    let plain = rows(&cli(&["country=RUS"]));
    assert_eq!(plain[10][col("needed_migration")], "");
    assert!(plain[10][col("migrant_origin_share")]
        .parse::<f64>()
        .is_ok());
    let help = text(&cli(&["--help"]).stdout);
    assert!(help.contains("needed_migration:") && help.contains("migrant_origin_share:"));
    let bad = cli(&["hold=popualtion"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("did you mean 'population'"),
        "{}",
        text(&bad.stderr)
    );
}

/// `measure=`: the measure's own columns follow it (the scenario's value, UN WPP 2024
/// medium and where that comes from); it changes no other number; a mode that prints no
/// measure says it has no effect; `--help` documents the key and the columns.
#[test]
fn measure_chooses_the_measure_columns() {
    let plain = rows(&cli(&[""]));
    let col = |name: &str| plain[0].iter().position(|c| c == name).unwrap();
    let (v, un, src) = (
        col("measure_jul1"),
        col("measure_un_jul1"),
        col("measure_un_source"),
    );
    // Default: the population, published by WPP every year.
    for row in &plain[1..] {
        assert_eq!(row[v], row[col("population_jul1")]);
        assert_eq!(row[src], "published");
        let (a, b): (f64, f64) = (
            row[un].parse().unwrap(),
            row[col("un_medium_jul1")].parse().unwrap(),
        );
        assert!((a - b).abs() < 0.001, "{row:?}");
    }
    let out = cli(&["measure=pop_20_64"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r = rows(&out);
    for (a, b) in r.iter().zip(&plain).skip(1) {
        assert_eq!(a[..v], b[..v], "the scenario's numbers do not move");
        assert_eq!(a[v], a[col("pop_20_64_jul1")]);
        let year: i32 = a[0].parse().unwrap();
        let want = if year % 5 == 0 {
            "published"
        } else {
            "engine_baseline"
        };
        assert_eq!(a[src], want, "{year}");
    }
    let r = rows(&cli(&["measure=old_age_dependency"]));
    let (a, b): (f64, f64) = (
        r[30][v].parse().unwrap(),
        r[30][col("old_age_dependency")].parse().unwrap(),
    );
    assert!((a - b).abs() < 1e-4, "{a} vs {b} (printed to 4 decimals)");
    let r = rows(&cli(&["measure=men_18_59"]));
    assert!(r[1..].iter().all(|row| row[src] == "engine_baseline"));
    let by_age = cli(&["--by-age", "measure=support_ratio"]);
    assert!(by_age.status.success());
    assert!(text(&by_age.stderr).contains("measure=support_ratio has no effect on --by-age"));
    let bad = cli(&["measure=gdp"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("old_age_dependency"),
        "{}",
        text(&bad.stderr)
    );
    let help = text(&cli(&["--help"]).stdout);
    assert!(help.contains("measure=population|pop_20_64") && help.contains("measure_un_source"));
    assert!(help.contains("--needs ") && help.contains("--needs-table"));
}

/// `--needs`: one row a year (the held measure constant from hold_from, total = own +
/// needed), then the reference lines; `--needs-table`: every measure hold= can hold.
#[test]
fn needs_prints_the_model_and_the_table() {
    let out = cli(&["--needs", "hold=pop_20_64"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let body = text(&out.stdout);
    let (years, refs) = body.split_once("\n\n").unwrap();
    let r: Vec<Vec<&str>> = years.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        r[0][..4],
        [
            "year",
            "needed_migration",
            "own_net_migration",
            "total_net_migration"
        ]
    );
    assert_eq!(r.len(), 1 + 76);
    let level: f64 = r[1][6].parse().unwrap();
    for row in &r[1..76] {
        let n = |i: usize| row[i].parse::<f64>().unwrap();
        assert!((n(3) - n(1) - n(2)).abs() < 0.002, "{row:?}");
        assert!((n(6) - level).abs() < 0.002, "{row:?}");
    }
    for id in [
        "un_assumption,",
        "observed,2022,",
        "rosstat_low,2024,2045,154.000",
        "compatriots_goal,",
        "compatriots_latest,",
    ] {
        assert!(refs.contains(id), "{id}: {refs}");
    }
    let t = cli(&["--needs-table"]);
    assert!(t.status.success(), "{}", text(&t.stderr));
    let r = rows(&t);
    assert_eq!(r[0][0], "measure");
    assert_eq!(r[0][2], "mean_needed_2025_2050");
    let measures: Vec<&str> = r[1..].iter().map(|row| row[0].as_str()).collect();
    assert_eq!(
        measures,
        [
            "population",
            "pop_20_64",
            "pop_15_64",
            "support_ratio",
            "men_18_59"
        ]
    );
    assert!(r[1..]
        .iter()
        .all(|row| row[6].is_empty() && row[2].parse::<f64>().is_ok()));
    let bad = cli(&["--needs", "--country", "TJK"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// Every lever of the table is also an option (`--KEY VALUE`, dashes or underscores),
/// joined to the query string; a misspelt one is refused with the nearest name.
#[test]
fn levers_are_options_too() {
    let by_query = cli(&["lab_tjk=500&tfr_shift=0.3"]);
    let by_options = cli(&["lab_tjk=500", "--tfr-shift", "0.3"]);
    assert_eq!(
        by_options.status.code(),
        Some(0),
        "{}",
        text(&by_options.stderr)
    );
    assert_eq!(by_options.stdout, by_query.stdout);
    assert_ne!(by_options.stdout, cli(&["lab_tjk=500"]).stdout);
    assert_eq!(
        cli(&["--tfr_shift=0.3", "--lab_tjk", "500"]).stdout,
        by_query.stdout
    );
    let twice = cli(&["tfr_shift=0.1", "--tfr_shift", "0.3"]);
    assert_eq!(twice.status.code(), Some(2));
    assert!(text(&twice.stderr).contains("'tfr_shift' is given twice"));
    let typo = cli(&["--tfr-shfit", "0.3"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        text(&typo.stderr).contains("did you mean '--tfr_shift'?"),
        "{}",
        text(&typo.stderr)
    );
    // render takes the view keys as options as well.
    let a = cli(&["render", "--csv", "view=pyramid&year=2040"]);
    let b = cli(&["render", "--csv", "--view", "pyramid", "--year=2040"]);
    assert_eq!(b.status.code(), Some(0), "{}", text(&b.stderr));
    assert_eq!(a.stdout, b.stdout);
}

/// `crossroads render 'view=compare'` opens on a story as B (never A against itself), as the
/// widget does: both ask the core's request parser.
#[test]
fn render_compare_default_b_is_a_story() {
    let o = cli(&["render", "--csv", "view=compare"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let csv = text(&o.stdout);
    let mut lines = csv.lines().filter(|l| !l.starts_with('#'));
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = head
        .iter()
        .position(|h| *h == "diff_a_minus_b_jul1")
        .unwrap();
    let row = lines.find(|l| l.starts_with("2050,")).unwrap();
    let diff: f64 = row.split(',').nth(col).unwrap().parse().unwrap();
    assert!(diff.abs() > 1000.0, "A − B in 2050 is {diff} thousand");
}
