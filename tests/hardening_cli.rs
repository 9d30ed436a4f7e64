//! Hardening of the command-line program (issue 7): every bad argument exits with code 2
//! and one clear message on stderr naming the argument, never a Rust panic message or a
//! backtrace; bad bytes (non-UTF-8 arguments, terminal escapes) are reported escaped; a
//! reader that closes the output early (`crossroads | head`) stops it quietly.
// Unix-only (byte arguments, sockets); `wasm-pack test` also compiles tests for wasm32.
#![cfg(unix)]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::net::UnixStream;
use std::process::{Command, Output, Stdio};

fn cli<I: IntoIterator<Item = OsString>>(args: I) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossroads"))
        .args(args)
        .env("RUST_BACKTRACE", "1") // a panic would print its backtrace: make sure none does
        .output()
        .expect("the binary runs")
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// No trace of a panic in what the program wrote.
fn assert_no_panic(what: &str, out: &Output) {
    let err = text(&out.stderr);
    for sign in [
        "panicked",
        "stack backtrace",
        "RUST_BACKTRACE",
        "internal error",
    ] {
        assert!(!err.contains(sign), "{what}: {sign} in stderr:\n{err}");
    }
    assert_ne!(out.status.code(), Some(101), "{what}: exit code of a panic");
}

/// A usage or query error: exit code 2, nothing on stdout, one `crossroads:` message on
/// stderr containing `want`, printable (no raw control characters).
fn assert_usage_error(args: Vec<OsString>, want: &str) {
    let what = format!("{args:?}");
    let out = cli(args);
    assert_no_panic(&what, &out);
    assert_eq!(out.status.code(), Some(2), "{what}: {}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "{what}: wrote to stdout");
    let err = text(&out.stderr);
    assert!(err.starts_with("crossroads: "), "{what}: {err}");
    assert!(err.contains(want), "{what}: stderr lacks {want:?}:\n{err}");
    assert!(
        !err.chars().any(|c| c.is_control() && c != '\n'),
        "{what}: control character in {err:?}"
    );
    assert!(err.lines().count() <= 2, "{what}: {err}");
}

#[test]
fn bad_arguments_exit_2_with_a_message_naming_them() {
    let cases: &[(&[&str], &str)] = &[
        // Options.
        (&["--frobnicate"], "unknown option '--frobnicate'"),
        (&["-x"], "unknown option '-x'"),
        (&["-"], "unknown option '-'"),
        (&["---"], "unknown option '---'"),
        (&["--by-age=yes"], "--by-age takes no value"),
        (&["--by-age", "--by-age"], "--by-age is given twice"),
        (
            &["--by-age", "--params"],
            "--by-age and --params cannot be combined",
        ),
        (&["--timing", "--compare", "a=1"], "cannot be combined"),
        (&["--country"], "--country needs an ISO3 code"),
        (&["--country", ""], "--country needs an ISO3 code"),
        (&["--country", "--by-age"], "--country needs an ISO3 code"),
        (&["--country=", "x"], "--country needs an ISO3 code"),
        (
            &["--country", "TJK", "--country", "UZB"],
            "--country is given twice",
        ),
        (
            &["--country", "XXX"],
            "--country XXX: unknown country; use one of RUS",
        ),
        (&["--country=FRA"], "--country FRA: unknown country"),
        (
            &["--country", "TJK"],
            "--country TJK: not projected in this scenario",
        ),
        (
            &["--country", "TJK", "--params"],
            "--country applies to the projection CSV",
        ),
        (&["--compare"], "--compare needs a second query string"),
        (
            &["--params", "tfr_shift=1"],
            "--params takes no query string",
        ),
        (&["--presets", "x"], "--presets takes no query string"),
        (&["a=1", "b=2"], "more than one query string ('b=2')"),
        // Queries: the parser's errors, exit 2.
        (&["country=XXX"], "country=XXX: not allowed; use one of RUS"),
        (
            &["view=chart"],
            "view=chart: not allowed; use one of projection",
        ),
        (&["view=pyramid&year=abc"], "year=abc: not a number"),
        (&["view=pyramid&view=compare"], "'view' is given twice"),
        (&["view=pyramid&tfr_shfit=1"], "did you mean 'tfr_shift'"),
        // The render subcommand.
        (&["render", "--bogus"], "render: unknown option '--bogus'"),
        (&["render", "--size", "0x0"], "--size needs WIDTHxHEIGHT"),
        (&["render", "--size"], "--size needs WIDTHxHEIGHT"),
        (
            &["render", "--size", "1x99999"],
            "--size needs WIDTHxHEIGHT",
        ),
        (&["render", "view=xyz"], "view=xyz: not allowed"),
        (&["render", "view=compare&b=nope"], "b=nope cannot be used"),
        (&["render", "country=XXX"], "country=XXX: not allowed"),
        (&["render", "a=1", "b=2"], "more than one query string"),
        (
            &["render", "--csv", "--alt"],
            "give one of --csv and --alt, once",
        ),
        (
            &["render", "--csv", "--csv"],
            "give one of --csv and --alt, once",
        ),
        (&["render", "--csv=yes"], "--csv takes no value"),
        (&["render", "-x"], "render: unknown option '-x'"),
        (&["tfr_shift=1e"], "tfr_shift=1e: not a number"),
        (&["tfr_shift=inf"], "tfr_shift=inf: not a finite number"),
        (&["="], "no parameter name"),
        (&["tfr_shift=1&tfr_shift=2"], "given twice"),
        (&["--by-age", "e0_f=NaN"], "e0_f=NaN: not a finite number"),
        (&["--remittances", "stock=fsb"], "stock=fsb: not allowed"),
        (&["--timing", "tfr_shift="], "'tfr_shift' has no value"),
        (&["--compare", "variant=mid"], "variant=mid: not allowed"),
        (
            &["--compare", "country=UZB", "country=TJK"],
            "show different countries",
        ),
        (&["country=%1B[31m"], "country=\\u{1b}[31m"),
        (&["country=RUS%0Aevil"], "country=RUS\\nevil"),
    ];
    for (args, want) in cases {
        assert_usage_error(os(args), want);
    }
    let long = format!("{}=1", "k".repeat(100_000));
    assert_usage_error(os(&[&long]), "unknown parameter 'kkkk");
}

#[test]
fn non_utf8_arguments_are_refused_not_panicked_on() {
    assert_usage_error(
        vec![OsString::from_vec(b"country=\xffRUS".to_vec())],
        "argument 1 is not valid UTF-8 ('country=\u{fffd}RUS')",
    );
    assert_usage_error(
        vec![
            OsString::from("--by-age"),
            OsString::from_vec(vec![0xc3, 0x28]),
        ],
        "argument 2 is not valid UTF-8",
    );
    assert_usage_error(
        vec![OsString::from("--country"), OsString::from_vec(vec![0xff])],
        "--country \u{fffd}: unknown country",
    );
    assert_usage_error(
        vec![
            OsString::from("render"),
            OsString::from_vec(b"view=\xff".to_vec()),
        ],
        "render: an argument is not valid UTF-8 ('view=\u{fffd}')",
    );
}

/// A widget URL (view keys and levers) reproduces its scenario on the command line: the
/// view keys are checked and set aside with a note pointing at `crossroads render`.
#[test]
fn widget_urls_give_the_scenario_csv() {
    let url = cli(os(&[
        "view=pyramid&year=2050&lang=ru&tfr_shift=0.5&lab_tjk=500",
    ]));
    assert!(url.status.success(), "{}", text(&url.stderr));
    assert!(
        text(&url.stderr).contains("crossroads render"),
        "{}",
        text(&url.stderr)
    );
    let plain = cli(os(&["tfr_shift=0.5&lab_tjk=500"]));
    assert_eq!(url.stdout, plain.stdout);
    // Clamps of view keys and levers are both reported.
    let out = cli(os(&["year=3000&tfr_shift=9"]));
    assert!(out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("year=3000 is outside") && err.contains("tfr_shift=9 is outside"),
        "{err}"
    );
}

#[test]
fn option_values_may_follow_an_equals_sign() {
    let out = cli(os(&["--country=TJK", "lab_tjk=100"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let a = text(&out.stdout);
    let b = cli(os(&["lab_tjk=100", "--country", "tjk"]));
    assert_eq!(a, text(&b.stdout));
    // An empty second query is the baseline, and may be written either way.
    let c = cli(os(&["--compare=", "tfr_shift=0.5"]));
    let d = cli(os(&["tfr_shift=0.5", "--compare", ""]));
    assert!(
        c.status.success() && d.status.success(),
        "{}",
        text(&c.stderr)
    );
    assert_eq!(c.stdout, d.stdout);
    assert!(text(&c.stdout).starts_with("measure,unit,a,b,diff_a_minus_b"));
}

#[test]
fn clamps_warn_and_extreme_scenarios_run() {
    let all_max = "tfr_shift=1e999&e0_m=-1e9&e0_f=1e9&war_deaths=1e300&war_end=9999&mig_scale=-5\
                   &lab_uzb=1e12&lab_tjk=1e12&lab_kgz=1e12&lab_year=0&crocus_end=1e9&compat=1e9\
                   &ua_return=1e9&ua_more=1e9&rel_return=1e9&rel_more=1e9";
    for args in [
        vec![all_max],
        vec!["--by-age", all_max],
        vec!["--remittances", all_max],
    ] {
        let out = cli(os(&args));
        assert_no_panic(all_max, &out);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let err = text(&out.stderr);
        assert_eq!(err.matches("is outside").count(), 16, "{err}");
        assert!(
            err.contains("tfr_shift=1e999 is outside -1.5..1.5"),
            "{err}"
        );
        let csv = text(&out.stdout);
        assert!(!csv.contains("NaN") && !csv.contains("inf"), "{csv}");
    }
}

/// Stdout (or stderr) closed by the reader: quiet stop, no panic. A socket whose other end
/// is closed gives EPIPE on the first write, as a pipe to `head` does.
#[test]
fn a_closed_output_stops_the_program_quietly() {
    for args in [
        vec!["--help"],
        vec!["--params"],
        vec!["--presets"],
        vec!["--by-age"],
        vec![""],
        vec!["--compare", "tfr_shift=1"],
        vec!["render"],
        vec!["render", "--csv", "view=pyramid"],
    ] {
        let (ours, theirs) = UnixStream::pair().unwrap();
        drop(ours);
        let out = Command::new(env!("CARGO_BIN_EXE_crossroads"))
            .args(&args)
            .env("RUST_BACKTRACE", "1")
            .stdout(Stdio::from(std::os::fd::OwnedFd::from(theirs)))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_no_panic(&format!("{args:?}"), &out);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
    // A closed stderr: the usage error still exits 2 rather than panicking on the message.
    let (ours, theirs) = UnixStream::pair().unwrap();
    drop(ours);
    let status = Command::new(env!("CARGO_BIN_EXE_crossroads"))
        .arg("--frobnicate")
        .stderr(Stdio::from(std::os::fd::OwnedFd::from(theirs)))
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
}
