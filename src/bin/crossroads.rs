//! The native command-line program: projects the scenario of a query string (the same one
//! the widget keeps in its URL) and prints it as CSV on stdout. Clamped values are reported
//! on stderr; a bad query string or argument is one line on stderr with exit code 2; a
//! reader closing stdout early (`| head`) stops it quietly; any remaining panic becomes a
//! one-line internal error with exit code 1 (never a backtrace).

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use crossroads::scenario::{
    annual_rows, assumptions_text, clip, compare, embedded_data, embedded_table, needs, presets,
    project, remittance_paths, replacement_table, un_comparison, view_assumptions, Figures,
    ParamKind, Projector, Scenario, ScenarioResult, UnSource, ANNUAL_COLUMNS, COUNTRIES,
    LEVER_KEYS, REPORT_YEAR,
};
use crossroads::scenario::{bands, BandOptions};

/// Most trajectories `--bands` runs.
const MAX_TRAJECTORIES: usize = 100_000;

const HELP: &str = "\
crossroads — population and migration scenarios for Russia and its neighbours

USAGE:
    crossroads [OPTIONS] ['QUERY']
    crossroads render [--size WxH] [--csv | --alt] ['QUERY']

QUERY is the widget's query string, e.g. 'country=RUS&tfr_shift=0.3&lab_tjk=2500'.
An empty query is UN WPP 2024 medium for Russia. `--params` lists every key.

OUTPUT (CSV on stdout; counts in thousands of people):
    default    one row a year, 2025-2100:
               year,population_jul1,births,deaths,net_migration,e0_m,e0_f,pop_20_64_jul1,
               pop_65_plus_jul1,median_age,old_age_dependency,un_medium_jul1,
               needed_migration,migrant_origin_share,measure_jul1,measure_un_jul1,
               measure_un_source
               *_jul1 = at 1 July of `year`, i.e. mid-year (1 July) population in thousands
               (total and age groups); births, deaths and
               net_migration are those of the year from 1 July of `year` to 1 July of
               `year+1` (empty in the last year); e0 in years; old_age_dependency = 65+ per
               person aged 20-64; un_medium_jul1 = UN WPP 2024 medium at 1 July, the mean
               of its 31 December totals before and after (WPP's totals are year-end).
               needed_migration: with hold=MEASURE, the extra net migrants (thousands; from
               the rest of the world, labour-migrant ages; negative = emigration) in the
               year from 1 July `year` to 1 July `year+1` that keep the measure at its level
               on 1 July `year+1`, on top of the scenario's own migration; empty before
               hold_from, in the last row, without hold, and from a year the measure cannot
               be held (stderr names that year and why).
               migrant_origin_share: share of the population (0-1) that is migrants who
               arrived after 1 July 2025 and their descendants, counting all net migration
               after the base year (UN WPP's as kept, the streams, the extra migrants) with
               births and deaths at the same rates: the population less the same scenario
               without post-base migration (net emigration at an age lowers it).
               measure_jul1: the measure chosen with measure= (default population) at 1 July,
               in the scenario; measure_un_jul1: UN WPP 2024 medium of it; measure_un_source:
               published (WPP's own figure: the total every year, age measures from its
               5-year groups every fifth year) or engine_baseline (the engine's projection of
               WPP's medium inputs, where WPP publishes none; men_18_59 always).
    measure=population|pop_20_64|pop_15_64|support_ratio|men_18_59|old_age_dependency
               (thousands, or people aged 20-64 per person 65+, or 65+ per person 20-64):
               chooses the measure of measure_jul1 (and of --needs when no hold= is given)
               and of the widget's projection and compare views; it changes no number of the
               scenario.
    hold=population|pop_20_64|pop_15_64|support_ratio|men_18_59 (support_ratio = people
               aged 20-64 per person 65+; men_18_59 = men of military age), hold_from=YEAR
               (default 2025), hold_level= (default 0 = the measure's value in hold_from):
               replacement migration into the country shown; linked partners unchanged.
    --by-age   year,sex,age,population (mid-year, thousands; age 100 = 100+)
    --needs    how many migrants the scenario needs: the measure of hold= (no hold=: the one
               of measure= unless it is population, else pop_20_64) held from hold_from,
               one row a year: year,needed_migration,own_net_migration,total_net_migration,
               population_with,population_without,measure_with,measure_without,
               migrant_origin_share (thousands; migration in the year from 1 July `year`;
               the rest at 1 July); then a blank line and the reference lines:
               id,year_from,year_to,value,label,source (UN WPP 2024 medium net migration,
               its estimates since 2022, for Russia Rosstat's low variant and the
               Compatriots Program's goal and latest level). Story: --needs 'hold=pop_20_64'
               (keep Russia's working-age population at its 2025 size).
    --needs-table
               every measure hold= can hold, for the scenario of QUERY (default UN medium,
               Russia), from hold_from: measure,level,mean_needed_2025_2050,
               mean_needed_2025_2100,origin_share_2050,origin_share_2100,cannot_hold_from
               (mean extra net migrants a year, thousands, over the years from 1 July 2025
               to 1 July 2050 / 2100; shares 0-1 at 1 July).

OPTIONS:
    --country ISO3   print this linked country instead of the one shown (e.g. TJK when a
                     stream links it to Russia)
    --compare 'QUERY_B'
                     print the outcomes table of QUERY (A) against QUERY_B (B):
                     measure,unit,a,b,diff_a_minus_b (A − B: positive when A is higher)
    --remittances    print remittances received by KGZ, TJK, UZB, ARM, GEO, KAZ: World Bank
                     2010-2023 and the scenario path (remittances from Russia move with the
                     stock of migrants in Russia; GDP held at its last value):
                     iso3,year,kind,stock_in_russia,remittances_usd,pct_gdp
    --bands N        print a probabilistic band of N trajectories (1-100000; the widget
                     uses 1000) around the scenario's population:
                     year,p2_5,p10,p50,p90,p97_5 = 2.5/10/50/90/97.5 % quantiles of the
                     1 July total, thousands, 2025-2100. Each trajectory draws TFR, e0 and
                     net migration (a rate of its own population) from WPP 2024's published
                     80/95 % bounds of these components, autocorrelated in time, around the
                     scenario's own paths; with no lever moved the band reproduces WPP's
                     intervals of total population. Seeded by the query string: the same
                     query prints the same band.
    --timing         time the scenario's projection (fresh, and with cached baselines)
                     and print the figures instead of the CSV
    --params         print the parameter table (key,group,label,unit,min,max,step,
                     decimals,default,choices,source)
    --presets        print the presets: name,query
    --assumptions    print, as plain text, every assumption the scenario of QUERY uses:
                     its value, why and its source (lang=ru in QUERY: in Russian)
    --KEY VALUE      any parameter of --params as an option (dashes or underscores):
                     --tfr-shift 0.3 --lab_tjk=500 is the query tfr_shift=0.3&lab_tjk=500,
                     joined to QUERY if one is given; a key given twice is an error
    -h, --help       this help
    Options that take a value also accept --name=value. Give at most one of --by-age,
    --needs, --needs-table, --compare, --bands, --remittances, --timing, --params,
    --presets, --assumptions.

RENDER:
    crossroads render 'view=pyramid&country=RUS&year=2050&lang=ru' > fig.svg
    draws any view of the widget (view=projection|pyramid|compare|compatriots|remittances|
    relokanty|needs; lang=en|ru; year=; b= preset id or url-encoded query; presets=none|rosstat|
    un|all) with the widget's chart code as SVG on stdout (default 800x500 px).
    --csv prints the numbers behind the chart instead (from the view's table, with no
    drawing, so --size does not limit it), --alt its text alternative;
    --timing redraws it 100 times as if a slider moved and prints p50/p95 times (µs).
    Levers and view keys are options here too: render --view pyramid --year 2050.

EXIT CODES: 0 success, 2 bad query string or option, 1 internal failure.
";

enum Mode {
    Annual,
    ByAge,
    Needs,
    NeedsTable,
    Params,
    Presets,
    Remittances,
    Timing,
    Assumptions,
    Compare(String),
    Bands(usize),
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn num(v: f64) -> String {
    format!("{v:.3}")
}

fn opt(v: Option<f64>) -> String {
    v.map(num).unwrap_or_default()
}

/// Writes a line to stderr; a closed stderr is ignored (never a panic).
fn warn(msg: &str) {
    let _ = writeln!(io::stderr(), "crossroads: {msg}");
}

fn usage_error(msg: &str) -> ExitCode {
    warn(&format!("{msg}\n(run `crossroads --help` for usage)"));
    ExitCode::from(2)
}

/// What the command line asks for.
struct Options {
    mode: Mode,
    query: Option<String>,
    country: Option<String>,
    help: bool,
}

fn mode_flag(mode: &Mode) -> &'static str {
    match mode {
        Mode::Annual => "",
        Mode::ByAge => "--by-age",
        Mode::Needs => "--needs",
        Mode::NeedsTable => "--needs-table",
        Mode::Params => "--params",
        Mode::Presets => "--presets",
        Mode::Remittances => "--remittances",
        Mode::Timing => "--timing",
        Mode::Assumptions => "--assumptions",
        Mode::Compare(_) => "--compare",
        Mode::Bands(_) => "--bands",
    }
}

/// The options that take a value (each also as `--name=value`).
const VALUE_OPTIONS: [&str; 3] = ["country", "compare", "bands"];
/// The options that choose what is printed, and take no value.
const MODE_OPTIONS: [&str; 8] = [
    "by-age",
    "needs",
    "needs-table",
    "params",
    "presets",
    "remittances",
    "timing",
    "assumptions",
];

/// The query key an option names, if it names one: every lever of the table is an option
/// (`--tfr_shift 0.3` or `--tfr-shift=0.3` is `tfr_shift=0.3`), and for `render` every view
/// key too (`--view pyramid`).
fn key_option(name: &str, view_keys: bool) -> Option<&'static str> {
    let key = name.replace('-', "_");
    let table = embedded_table().ok()?;
    let view = view_keys
        .then(|| table.view.iter().map(|p| p.key))
        .into_iter();
    LEVER_KEYS
        .iter()
        .copied()
        .chain(view.flatten())
        .find(|k| *k == key)
}

/// "unknown option '--x'", with the nearest option or parameter when one is close.
fn unknown_option(shown: &str, options: &[&str]) -> String {
    let name = shown.trim_start_matches('-');
    let near = options
        .iter()
        .map(|o| o.to_string())
        .chain(LEVER_KEYS.iter().map(|k| k.to_string()))
        .map(|o| (strsim::damerau_levenshtein(name, &o), o))
        .filter(|(d, o)| !name.is_empty() && *d <= 2.max(o.len() / 4))
        .min();
    match near {
        Some((_, o)) => format!("unknown option '{}'; did you mean '--{o}'?", clip(shown)),
        None => format!("unknown option '{}'", clip(shown)),
    }
}

/// Refuses the first argument that is not UTF-8 by its position, unless it is the value of
/// an option, which is read as it is (its replacement characters then name it).
fn check_utf8(args: &[OsString], value_option: impl Fn(&str) -> bool) -> Result<(), String> {
    for (n, a) in args.iter().enumerate() {
        let after_option = n > 0
            && args[n - 1]
                .to_str()
                .and_then(|p| p.strip_prefix("--"))
                .is_some_and(|p| !p.contains('=') && value_option(p));
        if a.to_str().is_none() && !after_option {
            return Err(format!(
                "argument {} is not valid UTF-8 ('{}'); write the query string in UTF-8, \
                 percent-encoding other bytes (e.g. %FF)",
                n + 1,
                clip(&a.to_string_lossy())
            ));
        }
    }
    Ok(())
}

/// The value of the option just read: `--name=value`, or the next argument unless it is
/// another option. An empty value is missing unless `may_be_empty`.
fn option_value(
    p: &mut lexopt::Parser,
    name: &str,
    what: &str,
    may_be_empty: bool,
) -> Result<String, String> {
    let v = match p.optional_value() {
        Some(v) => Some(v),
        None => {
            let next_is_option = p
                .try_raw_args()
                .and_then(|raw| raw.peek().map(|a| a.to_string_lossy().starts_with("--")));
            match next_is_option {
                Some(false) => p.value().ok(),
                _ => None,
            }
        }
    };
    match v.map(|v| v.to_string_lossy().into_owned()) {
        Some(v) if may_be_empty || !v.trim().is_empty() => Ok(v),
        _ => Err(format!("--{name} needs {what}")),
    }
}

/// The query string with the parameters given as options (`--key value`) joined to it.
fn with_keys(query: Option<String>, keys: Vec<(&str, String)>) -> Option<String> {
    if keys.is_empty() {
        return query;
    }
    let mut q = form_urlencoded::Serializer::new(query.unwrap_or_default());
    Some(q.extend_pairs(keys).finish())
}

/// Reads the arguments (`lexopt`); a usage error names the argument at fault.
fn parse_args(args: impl Iterator<Item = OsString>) -> Result<Options, String> {
    use lexopt::Arg::{Long, Short, Value};
    let args: Vec<OsString> = args.collect();
    check_utf8(&args, |o| {
        VALUE_OPTIONS.contains(&o) || key_option(o, false).is_some()
    })?;
    let mut o = Options {
        mode: Mode::Annual,
        query: None,
        country: None,
        help: false,
    };
    let set_mode = |o: &mut Options, m: Mode| -> Result<(), String> {
        if matches!(o.mode, Mode::Annual) {
            o.mode = m;
            Ok(())
        } else if mode_flag(&o.mode) == mode_flag(&m) {
            Err(format!("{} is given twice; give it once", mode_flag(&m)))
        } else {
            Err(format!(
                "{} and {} cannot be combined; choose one",
                mode_flag(&o.mode),
                mode_flag(&m)
            ))
        }
    };
    let mut keys = Vec::new();
    let mut p = lexopt::Parser::from_args(args);
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => o.help = true,
            Long("country") => {
                let c = option_value(&mut p, "country", "an ISO3 code, e.g. --country TJK", false)?;
                if o.country.is_some() {
                    return Err("--country is given twice; give it once".into());
                }
                o.country = Some(c);
            }
            Long("compare") => {
                let what = "a second query string, e.g. --compare 'tfr_shift=0.5'";
                let q = option_value(&mut p, "compare", what, true)?;
                set_mode(&mut o, Mode::Compare(q))?;
            }
            Long("bands") => {
                let what = "a number of trajectories, e.g. --bands 1000";
                let v = option_value(&mut p, "bands", what, false)?;
                let n: usize = v
                    .trim()
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_TRAJECTORIES).contains(n))
                    .ok_or_else(|| {
                        format!(
                            "--bands {}: give a whole number of trajectories from 1 to \
                             {MAX_TRAJECTORIES}, e.g. --bands 1000",
                            clip(&v)
                        )
                    })?;
                set_mode(&mut o, Mode::Bands(n))?;
            }
            Long(name) if MODE_OPTIONS.contains(&name) => {
                let m = match name {
                    "by-age" => Mode::ByAge,
                    "needs" => Mode::Needs,
                    "needs-table" => Mode::NeedsTable,
                    "params" => Mode::Params,
                    "presets" => Mode::Presets,
                    "remittances" => Mode::Remittances,
                    "assumptions" => Mode::Assumptions,
                    _ => Mode::Timing,
                };
                if p.optional_value().is_some() {
                    return Err(format!("{} takes no value", mode_flag(&m)));
                }
                set_mode(&mut o, m)?;
            }
            Long(name) => {
                let name = name.to_string();
                let Some(key) = key_option(&name, false) else {
                    let all: Vec<&str> =
                        VALUE_OPTIONS.iter().chain(&MODE_OPTIONS).copied().collect();
                    return Err(unknown_option(&format!("--{name}"), &all));
                };
                let what = "a value (`crossroads --params` lists its range)";
                let v = option_value(&mut p, &name, what, false)?;
                keys.push((key, v));
            }
            Short(c) => return Err(format!("unknown option '-{c}'")),
            Value(v) => {
                let s = v.to_string_lossy().into_owned();
                if s.starts_with('-') {
                    return Err(format!("unknown option '{}'", clip(&s)));
                }
                if o.query.is_some() {
                    return Err(format!(
                        "more than one query string ('{}'); join parameters with '&' and quote \
                         the whole string",
                        clip(&s)
                    ));
                }
                o.query = Some(s);
            }
        }
    }
    o.query = with_keys(o.query.take(), keys);
    let flag = mode_flag(&o.mode);
    match o.mode {
        Mode::Params | Mode::Presets if o.query.is_some() => {
            return Err(format!("{flag} takes no query string"));
        }
        Mode::Params
        | Mode::Presets
        | Mode::Remittances
        | Mode::Timing
        | Mode::Assumptions
        | Mode::Bands(_)
        | Mode::Needs
        | Mode::NeedsTable
            if o.country.is_some() =>
        {
            return Err(format!(
                "--country applies to the projection CSV (default, --by-age, --compare), not \
                 to {flag} (set country= in the query instead)"
            ));
        }
        _ => {}
    }
    if let Some(c) = &o.country {
        if !COUNTRIES.iter().any(|k| k.eq_ignore_ascii_case(c.trim())) {
            return Err(format!(
                "--country {}: unknown country; use one of {}",
                clip(c),
                COUNTRIES.join(", ")
            ));
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    // Any panic left is reported as an internal error in one line (no backtrace), exit 1.
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        warn(&format!(
            "internal error: {}; please report it with the command line used",
            clip(&what)
        ));
    }));
    std::panic::catch_unwind(real_main).unwrap_or(ExitCode::from(1))
}

fn real_main() -> ExitCode {
    if std::env::args_os().nth(1).is_some_and(|a| a == "render") {
        return render::main(std::env::args_os().skip(2));
    }
    let o = match parse_args(std::env::args_os().skip(1)) {
        Ok(o) => o,
        Err(msg) => return usage_error(&msg),
    };
    if o.help {
        let mut out = io::stdout().lock();
        let _ = out.write_all(HELP.as_bytes()).and_then(|()| out.flush());
        return ExitCode::SUCCESS;
    }
    match run(
        o.mode,
        o.query.as_deref().unwrap_or(""),
        o.country.as_deref(),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, msg)) => {
            if code != 0 {
                warn(&msg);
            }
            ExitCode::from(code)
        }
    }
}

/// Exit code and message; code 0 means stdout was closed by the reader (`| head`): stop
/// quietly.
type Failure = (u8, String);

/// The scenario of a query string. A widget URL's view keys (`view`, `year`, `lang`, `b`,
/// `presets`) are accepted too, checked as the widget checks them, and set aside with a
/// note: they choose a picture, which `crossroads render` draws; the CSV is the scenario's.
fn parse(q: &str) -> Result<Scenario, Failure> {
    let code = |e: &crossroads::scenario::ScenarioError| {
        if matches!(e, crossroads::scenario::ScenarioError::Query(_)) {
            2
        } else {
            1
        }
    };
    let (s, clamps, notes) = match Scenario::from_query_notes(q) {
        Ok(x) => x,
        Err(crossroads::scenario::ScenarioError::Query(
            crossroads::scenario::QueryError::UnknownKey { key, .. },
        )) if embedded_table().is_ok_and(|t| t.view_param(&key).is_some()) => {
            let t = embedded_table().map_err(|e| (1, e.to_string()))?;
            let req =
                crossroads::chart::ViewRequest::parse(t, q).map_err(|e| (2, e.to_string()))?;
            let keys: Vec<&str> = t.view.iter().map(|p| p.key).collect();
            warn(&format!(
                "note: the view keys ({}) choose a picture; `crossroads render '<query>'` draws \
                 it, the CSV is the scenario's",
                keys.join(", ")
            ));
            (req.scenario, req.clamps, Vec::new())
        }
        Err(e) => return Err((code(&e), e.to_string())),
    };
    for c in clamps {
        warn(&format!("warning: {c}"));
    }
    for n in notes.iter().filter(|n| !n.implicit) {
        warn(&format!("note: {n}"));
    }
    Ok(s)
}

/// The UN WPP 2024 medium (estimates before 2024) of `iso3` at 1 July of a year: the mean
/// of the 31 December totals before and after it, thousands.
fn un_mid_years(iso3: &str) -> Result<impl Fn(i32) -> Option<f64>, Failure> {
    let data = embedded_data().map_err(|e| (1, e.to_string()))?;
    let rows = &data
        .require_country(iso3)
        .map_err(|e| (2, e.to_string()))?
        .pop_total;
    Ok(move |y: i32| {
        let end = |y: i32| rows.iter().find(|r| r.year == y).and_then(|r| r.central());
        Some(0.5 * (end(y - 1)? + end(y)?))
    })
}

/// The note for `measure=` given to a mode that prints no measure.
fn measure_idle(q: &str, flag: &str) {
    let given = form_urlencoded_value(q, "measure");
    if let Some(v) = given {
        warn(&format!(
            "note: measure={v} has no effect on {flag}: it chooses the measure of the default \
             CSV (measure_jul1), of --needs and of the widget's projection and compare views"
        ));
    }
}

/// The value of `key` in a query string, if given.
fn form_urlencoded_value(q: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(q.trim().trim_start_matches('?').as_bytes())
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| clip(v.trim()))
}

fn projected(s: &Scenario) -> Result<ScenarioResult, Failure> {
    let data = embedded_data().map_err(|e| (1, e.to_string()))?;
    project(data, s).map_err(|e| (1, e.to_string()))
}

fn pick<'a>(
    r: &'a ScenarioResult,
    country: Option<&str>,
) -> Result<&'a crossroads::engine::Projection, Failure> {
    match country {
        None => Ok(&r.main.projection),
        Some(c) => r.country(c).map(|c| &c.projection).ok_or_else(|| {
            let known: Vec<&str> = std::iter::once(r.main.iso3.as_str())
                .chain(r.linked.iter().map(|l| l.iso3.as_str()))
                .collect();
            (
                2,
                format!(
                    "--country {c}: not projected in this scenario; use one of {} or set country={c} in the query",
                    known.join(", ")
                ),
            )
        }),
    }
}

fn run(mode: Mode, q: &str, country: Option<&str>) -> Result<(), Failure> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let io_err = |e: io::Error| {
        if e.kind() == io::ErrorKind::BrokenPipe {
            (0u8, String::new())
        } else {
            (1u8, format!("cannot write output: {e}"))
        }
    };
    match mode {
        Mode::Params => {
            let t = embedded_table().map_err(|e| (1, e.to_string()))?;
            writeln!(
                out,
                "key,group,label,unit,min,max,step,decimals,default,choices,source"
            )
            .map_err(io_err)?;
            for p in &t.params {
                let def = p.format(p.default);
                let choices = if p.kind == ParamKind::Choice {
                    p.choices.join("|")
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{},{},{}",
                    p.key,
                    p.group,
                    csv_field(p.label),
                    csv_field(p.unit),
                    p.min,
                    p.max,
                    p.step,
                    p.decimals,
                    def,
                    choices,
                    csv_field(&p.source)
                )
                .map_err(io_err)?;
            }
        }
        Mode::Presets => {
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let list = presets(data).map_err(|e| (1, e.to_string()))?;
            writeln!(out, "name,query").map_err(io_err)?;
            for p in list {
                writeln!(out, "{},{}", csv_field(&p.name), csv_field(&p.query)).map_err(io_err)?;
            }
        }
        Mode::Annual => {
            let s = parse(q)?;
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let mut pr = Projector::new(data).map_err(|e| (1, e.to_string()))?;
            let r = pr.project_tracking(&s).map_err(|e| (1, e.to_string()))?;
            let p = pick(&r, country)?;
            let iso = country.unwrap_or(&r.main.iso3).to_ascii_uppercase();
            let un = un_mid_years(&iso)?;
            let measure = s.measure;
            let base = pr.un_medium(&iso).map_err(|e| (1, e.to_string()))?;
            let un_m = un_comparison(data, &iso, measure, &base).map_err(|e| (1, e.to_string()))?;
            let mdec = measure.decimals() + 3;
            // The hold and the post-base migrants belong to the country shown.
            let shown = country.map_or(true, |c| c.eq_ignore_ascii_case(&r.main.iso3));
            let held = r.held.as_ref().filter(|_| shown);
            writeln!(
                out,
                "{},un_medium_jul1,needed_migration,migrant_origin_share,measure_jul1,\
                 measure_un_jul1,measure_un_source",
                ANNUAL_COLUMNS.join(",")
            )
            .map_err(io_err)?;
            for (i, row) in annual_rows(p).into_iter().enumerate() {
                let needed = held.and_then(|h| h.needed.get(i).copied().flatten());
                let share = held
                    .and_then(|h| h.origin_share(p, i))
                    .map(|v| format!("{v:.6}"))
                    .unwrap_or_default();
                let mv = measure
                    .of(p, i)
                    .map(|v| format!("{v:.mdec$}"))
                    .unwrap_or_default();
                let (mu, msrc) = un_m.at(row.year).map_or((String::new(), ""), |u| {
                    (
                        format!("{:.mdec$}", u.value),
                        match u.source {
                            UnSource::Published => "published",
                            UnSource::EngineBaseline => "engine_baseline",
                        },
                    )
                });
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{},{},{:.4},{},{},{},{},{},{}",
                    row.year,
                    num(row.population),
                    opt(row.births),
                    opt(row.deaths),
                    opt(row.net_migration),
                    opt(row.e0_m),
                    opt(row.e0_f),
                    num(row.pop_20_64),
                    num(row.pop_65_plus),
                    num(row.median_age),
                    row.old_age_dependency,
                    opt(un(row.year)),
                    opt(needed),
                    share,
                    mv,
                    mu,
                    msrc
                )
                .map_err(io_err)?;
            }
            if let Some(f) = held.and_then(|h| h.failure) {
                warn(&format!("warning: hold={}: {}", s.hold, f.message("en")));
            }
            report_unremoved(&r);
        }
        Mode::Needs => {
            let s = parse(q)?;
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let mut pr = Projector::new(data).map_err(|e| (1, e.to_string()))?;
            let n = needs(&mut pr, &s).map_err(|e| (1, e.to_string()))?;
            let mdec = n.measure.decimals() + 3;
            writeln!(
                out,
                "year,needed_migration,own_net_migration,total_net_migration,population_with,\
                 population_without,measure_with,measure_without,migrant_origin_share"
            )
            .map_err(io_err)?;
            for (i, pw) in n.population_with.iter().enumerate() {
                let st = n.steps.get(i);
                let m = |v: &[crossroads::scenario::MeasurePoint]| {
                    v.get(i)
                        .and_then(|p| p.value)
                        .map(|v| format!("{v:.mdec$}"))
                        .unwrap_or_default()
                };
                let pwo = n.population_without.get(i).map(|p| num(p.value));
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{}",
                    pw.year,
                    opt(st.and_then(|s| s.needed)),
                    opt(st.map(|s| s.own)),
                    opt(st.and_then(|s| s.total)),
                    num(pw.value),
                    pwo.unwrap_or_default(),
                    m(&n.measure_with),
                    m(&n.measure_without),
                    n.share_at(pw.year)
                        .map(|v| format!("{v:.6}"))
                        .unwrap_or_default()
                )
                .map_err(io_err)?;
            }
            writeln!(out, "\nid,year_from,year_to,value,label,source").map_err(io_err)?;
            for r in [&n.un_assumption, &n.observed] {
                for p in &r.points {
                    writeln!(
                        out,
                        "{},{},{},{},{},{}",
                        r.id,
                        p.year,
                        p.year,
                        num(p.value),
                        csv_field(&r.label_in("en")),
                        csv_field(&r.source_in("en"))
                    )
                    .map_err(io_err)?;
                }
            }
            for l in [&n.rosstat_low, &n.compatriots_goal, &n.compatriots_latest]
                .into_iter()
                .flatten()
            {
                writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    l.id,
                    l.from,
                    l.to.map(|y| y.to_string()).unwrap_or_default(),
                    num(l.value),
                    csv_field(&l.label_in("en")),
                    csv_field(&l.source_in("en"))
                )
                .map_err(io_err)?;
            }
            warn(&format!(
                "note: holding {} at {} from mid-{} ({})",
                n.measure.key(),
                format_args!("{:.mdec$}", n.level),
                n.from,
                match n.choice {
                    crossroads::scenario::NeedsHoldChoice::Given => "hold=",
                    crossroads::scenario::NeedsHoldChoice::Measure => "measure=, no hold= given",
                    crossroads::scenario::NeedsHoldChoice::Default => "no hold= given: working age",
                }
            ));
            if let Some(f) = &n.failure {
                warn(&format!("warning: {}", f.message_in("en")));
            }
        }
        Mode::NeedsTable => {
            let s = parse(q)?;
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let mut pr = Projector::new(data).map_err(|e| (1, e.to_string()))?;
            let rows = replacement_table(&mut pr, &s).map_err(|e| (1, e.to_string()))?;
            let (from, to) = rows.first().map_or((0, 0), |r| (r.from, r.to));
            let y = REPORT_YEAR;
            writeln!(
                out,
                "measure,level,mean_needed_{from}_{y},mean_needed_{from}_{to},origin_share_{y},\
                 origin_share_{to},cannot_hold_from"
            )
            .map_err(io_err)?;
            for r in rows {
                let share = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
                writeln!(
                    out,
                    "{},{:.4},{},{},{},{},{}",
                    r.measure.key(),
                    r.level,
                    opt(r.mean_to_report_year),
                    opt(r.mean_to_end),
                    share(r.share_report_year),
                    share(r.share_end),
                    r.failure.map(|f| f.year.to_string()).unwrap_or_default()
                )
                .map_err(io_err)?;
            }
        }
        Mode::ByAge => {
            measure_idle(q, "--by-age");
            let s = parse(q)?;
            let r = projected(&s)?;
            let p = pick(&r, country)?;
            writeln!(out, "year,sex,age,population").map_err(io_err)?;
            for i in 0..p.years() {
                for (sex, name) in [(0, "male"), (1, "female")] {
                    if let Some(pop) = p.pop(i, sex) {
                        for (age, v) in pop.iter().enumerate() {
                            writeln!(out, "{},{},{},{}", p.year(i), name, age, num(*v))
                                .map_err(io_err)?;
                        }
                    }
                }
            }
            report_unremoved(&r);
        }
        Mode::Bands(n) => {
            let s = parse(q)?;
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let mut pr = Projector::new(data).map_err(|e| (1, e.to_string()))?;
            let b = bands::band(&mut pr, &s, n, BandOptions::default())
                .map_err(|e| (1, e.to_string()))?;
            writeln!(out, "year,{}", bands::COLUMNS.join(",")).map_err(io_err)?;
            for (y, q) in b.years.iter().zip(&b.quantiles) {
                let cells: Vec<String> = q.iter().map(|v| num(*v)).collect();
                writeln!(out, "{y},{}", cells.join(",")).map_err(io_err)?;
            }
        }
        Mode::Timing => {
            measure_idle(q, "--timing");
            let s = parse(q)?;
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let n = 50u32;
            let t = std::time::Instant::now();
            for _ in 0..n {
                project(data, &s).map_err(|e| (1, e.to_string()))?;
            }
            let fresh = t.elapsed() / n;
            let mut pr = Projector::new(data).map_err(|e| (1, e.to_string()))?;
            pr.project(&s).map_err(|e| (1, e.to_string()))?;
            let t = std::time::Instant::now();
            for _ in 0..n {
                pr.project(&s).map_err(|e| (1, e.to_string()))?;
            }
            let cached = t.elapsed() / n;
            writeln!(out, "runs,fresh_us,cached_us").map_err(io_err)?;
            writeln!(out, "{n},{},{}", fresh.as_micros(), cached.as_micros()).map_err(io_err)?;
        }
        Mode::Remittances => {
            measure_idle(q, "--remittances");
            let s = parse(q)?;
            let r = projected(&s)?;
            let data = embedded_data().map_err(|e| (1, e.to_string()))?;
            let paths = remittance_paths(data, &r).map_err(|e| (1, e.to_string()))?;
            writeln!(
                out,
                "iso3,year,kind,stock_in_russia,remittances_usd,pct_gdp"
            )
            .map_err(io_err)?;
            for p in paths {
                for h in &p.history {
                    writeln!(
                        out,
                        "{},{},world_bank,,{:.0},{:.3}",
                        p.iso3, h.year, h.remittances_usd, h.pct_gdp
                    )
                    .map_err(io_err)?;
                }
                for x in &p.path {
                    writeln!(
                        out,
                        "{},{},scenario,{:.3},{:.0},{:.3}",
                        p.iso3, x.year, x.stock_in_russia, x.remittances_usd, x.pct_gdp
                    )
                    .map_err(io_err)?;
                }
            }
        }
        Mode::Assumptions => {
            let (text, clamps) = assumptions_of(q)?;
            for c in clamps {
                warn(&format!("warning: {c}"));
            }
            out.write_all(text.as_bytes()).map_err(io_err)?;
        }
        Mode::Compare(qb) => {
            measure_idle(q, "--compare");
            let a = parse(q)?;
            let b = parse(&qb)?;
            if !a.country.eq_ignore_ascii_case(&b.country) {
                return Err((
                    2,
                    format!(
                        "--compare: the two scenarios show different countries ({} and {}); set the same country= in both",
                        a.country, b.country
                    ),
                ));
            }
            let (ra, rb) = (projected(&a)?, projected(&b)?);
            let (pa, pb) = (pick(&ra, country)?, pick(&rb, country)?);
            writeln!(out, "measure,unit,a,b,diff_a_minus_b").map_err(io_err)?;
            for row in compare(pa, pb) {
                writeln!(
                    out,
                    "{},{},{},{},{}",
                    csv_field(&row.measure),
                    row.unit,
                    num(row.a),
                    num(row.b),
                    num(row.a - row.b)
                )
                .map_err(io_err)?;
            }
        }
    }
    out.flush().map_err(io_err)
}

/// The assumptions of the scenario of a widget query string (view keys allowed; `lang=ru`
/// gives Russian) as plain text, and the clamps applied.
fn assumptions_of(q: &str) -> Result<(String, Vec<crossroads::scenario::Clamp>), Failure> {
    let data = embedded_data().map_err(|e| (1, e.to_string()))?;
    let figures = Figures::new(data).map_err(|e| (1, e.to_string()))?;
    let t = embedded_table().map_err(|e| (1, e.to_string()))?;
    let req = crossroads::chart::ViewRequest::parse(t, q).map_err(|e| (2, e.to_string()))?;
    let list = view_assumptions(data, &figures, &req.scenario, req.view.code());
    Ok((assumptions_text(&list, req.lang.code()), req.clamps))
}

fn report_unremoved(r: &ScenarioResult) {
    let u = r.unremoved();
    if u > 0.0005 {
        warn(&format!(
            "warning: {u:.1} thousand people could not be removed (cohorts emptied by out-migration or deaths); populations were clamped at zero"
        ));
    }
    let pairs = r.shortfalls();
    let total: f64 = pairs.iter().map(|(_, _, n)| n).sum();
    if total > 0.0005 {
        let moved: Vec<String> = pairs
            .iter()
            .map(|(from, to, n)| format!("{n:.1} thousand from {from} to {to}"))
            .collect();
        warn(&format!(
            "warning: of these, {total:.1} thousand stream migrants were not moved (their cohorts had emptied at home), so they were not added at the other end either: {}",
            moved.join(", ")
        ));
    }
}

/// `crossroads render`: any view of the widget as SVG (or its CSV or text alternative).
mod render {
    use std::io::{self, Write};
    use std::process::ExitCode;

    use crossroads::chart::{render_svg, ChartError, Renderer};
    use crossroads::scenario::embedded_data;

    use super::{clip, usage_error, warn, OsString};

    enum Out {
        Svg,
        Csv,
        Alt,
        Timing,
    }

    /// Redraw times of the request as a slider moves: the TFR shift steps by 0.01 child
    /// for each of `n` draws (each a new scenario, so each projects), drawn to SVG.
    fn timing(r: &mut Renderer<'_>, query: &str, dims: (u32, u32)) -> Result<String, ChartError> {
        use crossroads::chart::Theme;
        use plotters::prelude::*;
        let req = r.parse(query)?;
        let n = 100;
        let mut times = Vec::with_capacity(n);
        let first = std::time::Instant::now();
        let mut svg = String::new();
        for i in 0..=n {
            let mut q = req.clone();
            q.scenario.tfr_shift = (req.scenario.tfr_shift + 0.01 * i as f64).clamp(-1.5, 1.5);
            svg.clear();
            let t = std::time::Instant::now();
            {
                let root = SVGBackend::with_string(&mut svg, dims).into_drawing_area();
                r.render(&root, &q, &Theme::default())?;
            }
            if i > 0 {
                times.push(t.elapsed().as_secs_f64() * 1e6);
            }
        }
        let total = first.elapsed().as_secs_f64() * 1e3;
        if std::env::var_os("CROSSROADS_TIMES").is_some() {
            eprintln!("{times:?}");
        }
        times.sort_by(f64::total_cmp);
        let pct = |p: f64| {
            let k = ((times.len() as f64 - 1.0) * p).round() as usize;
            times.get(k).copied().unwrap_or(0.0)
        };
        Ok(format!(
            "view,draws,p50_us,p95_us,max_us,total_ms\n{},{n},{:.0},{:.0},{:.0},{total:.1}\n",
            req.view.code(),
            pct(0.5),
            pct(0.95),
            pct(1.0)
        ))
    }

    fn size(v: &str) -> Option<(u32, u32)> {
        let (w, h) = v.split_once(['x', 'X'])?;
        let (w, h): (u32, u32) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
        ((1..=8192).contains(&w) && (1..=8192).contains(&h)).then_some((w, h))
    }

    pub fn main(args: impl Iterator<Item = OsString>) -> ExitCode {
        match read_args(args) {
            Ok(Some((query, out, dims))) => draw(query, out, dims),
            Ok(None) => {
                let mut o = io::stdout().lock();
                let _ = o.write_all(super::HELP.as_bytes()).and_then(|()| o.flush());
                ExitCode::SUCCESS
            }
            Err(msg) => usage_error(&format!("render: {msg}")),
        }
    }

    /// The query string (levers and view keys also as `--key value`), what to print and
    /// the size; `None` for `--help`.
    #[allow(clippy::type_complexity)]
    fn read_args(
        args: impl Iterator<Item = OsString>,
    ) -> Result<Option<(Option<String>, Out, (u32, u32))>, String> {
        use lexopt::Arg::{Long, Short, Value};
        let mut query: Option<String> = None;
        let mut out = Out::Svg;
        let mut dims = (800, 500);
        let mut keys = Vec::new();
        let mut p = lexopt::Parser::from_args(args);
        while let Some(arg) = p.next().map_err(|e| e.to_string())? {
            match arg {
                Short('h') | Long("help") => return Ok(None),
                Long(name @ ("csv" | "alt" | "timing")) => {
                    let (flag, next) = match name {
                        "csv" => ("--csv", Out::Csv),
                        "alt" => ("--alt", Out::Alt),
                        _ => ("--timing", Out::Timing),
                    };
                    if p.optional_value().is_some() {
                        return Err(format!("{flag} takes no value"));
                    }
                    if !matches!(out, Out::Svg) {
                        return Err("give one of --csv and --alt, once (or --timing alone)".into());
                    }
                    out = next;
                }
                Long("size") => {
                    let v = p.value().ok().map(|v| v.to_string_lossy().into_owned());
                    dims = v.as_deref().and_then(size).ok_or_else(|| {
                        format!(
                            "--size needs WIDTHxHEIGHT in pixels (1-8192), e.g. --size \
                             800x500; got '{}'",
                            clip(v.as_deref().unwrap_or(""))
                        )
                    })?;
                }
                Long(name) => {
                    let name = name.to_string();
                    let Some(key) = super::key_option(&name, true) else {
                        return Err(super::unknown_option(
                            &format!("--{name}"),
                            &["csv", "alt", "timing", "size"],
                        ));
                    };
                    let what = format!("a value, e.g. --{name} followed by a value");
                    let v = super::option_value(&mut p, &name, &what, false)?;
                    keys.push((key, v));
                }
                Short(c) => return Err(format!("unknown option '-{c}'")),
                Value(v) => {
                    let s = v.into_string().map_err(|bad| {
                        format!(
                            "an argument is not valid UTF-8 ('{}'); write the query string \
                             in UTF-8, percent-encoding other bytes (e.g. %FF)",
                            clip(&bad.to_string_lossy())
                        )
                    })?;
                    if s.starts_with('-') {
                        return Err(format!("unknown option '{}'", clip(&s)));
                    }
                    if query.is_some() {
                        return Err("more than one query string; join parameters with '&' and \
                                    quote the whole string"
                            .into());
                    }
                    query = Some(s);
                }
            }
        }
        Ok(Some((super::with_keys(query, keys), out, dims)))
    }

    /// Draws (or tabulates) the request and prints it.
    fn draw(query: Option<String>, out: Out, dims: (u32, u32)) -> ExitCode {
        let data = match embedded_data() {
            Ok(d) => d,
            Err(e) => {
                warn(&e.to_string());
                return ExitCode::from(1);
            }
        };
        let mut r = match Renderer::new(data) {
            Ok(r) => r,
            Err(e) => {
                warn(&e.to_string());
                return ExitCode::from(1);
            }
        };
        if let Out::Timing = out {
            return match timing(&mut r, query.as_deref().unwrap_or(""), dims) {
                Ok(t) => {
                    let mut stdout = io::stdout().lock();
                    let _ = stdout.write_all(t.as_bytes()).and_then(|()| stdout.flush());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    warn(&format!("render: {e}"));
                    ExitCode::from(2)
                }
            };
        }
        let q = query.as_deref().unwrap_or("");
        // The CSV comes from the view's table, with no drawing.
        let made = match out {
            Out::Csv => r.parse(q).and_then(|req| {
                let csv = r.csv(&req)?;
                Ok((csv, req.clamps))
            }),
            _ => render_svg(&mut r, q, dims).map(|(svg, o)| match out {
                Out::Alt => (format!("{}\n", o.alt), o.clamps),
                _ => (svg, o.clamps),
            }),
        };
        let (text, clamps) = match made {
            Ok(x) => x,
            Err(e) => {
                let code = match e {
                    ChartError::Scenario(crossroads::scenario::ScenarioError::Query(_))
                    | ChartError::Request { .. }
                    | ChartError::Data(_)
                    | ChartError::TooSmall { .. } => 2,
                    _ => 1,
                };
                warn(&format!("render: {e}"));
                return ExitCode::from(code);
            }
        };
        for c in &clamps {
            warn(&format!("warning: {c}"));
        }
        for n in crossroads::scenario::Scenario::retired_notes(q) {
            warn(&format!("note: {n}"));
        }
        let mut stdout = io::stdout().lock();
        match stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                warn(&format!("cannot write output: {e}"));
                ExitCode::from(1)
            }
        }
    }
}
