//! Linked streams balance: people a sending country cannot give up (its cohorts emptied)
//! do not arrive in the receiving country. A stream adds people to Russia and removes the
//! same people, with the same age–sex profile, from its partner (or the reverse); with
//! extreme flows the sender's cohorts empty and the engine cannot remove everyone, so the
//! scenario cuts the receiver's inflow of that stream by exactly the people not removed
//! (same step, sex and age) and reports the shortfall per stream (`Stream::shortfall`).
//!
//! Checked here, against the engine's own outputs (`mig_net_count_*`, the migrants it
//! applied, and `unremoved_mig_*`, those it could not remove):
//! - a partner with no UN migration (the country shown with `mig_scale=0`) loses exactly
//!   the migrants Russia gains, per step and sex, however extreme the flow;
//! - the brief's fuzzing example and random extreme scenarios: every receiver applies its
//!   asked net migrants less exactly the reported shortfalls, every sender's shortfalls fit
//!   within what its engine run could not remove, no cohort is negative and the accounting
//!   identity holds;
//! - ordinary scenarios (no cohort emptied) are projected exactly as before: nothing cut,
//!   and Russia's projection equals the engine run on baseline + levers + streams;
//! - `mig_scale` scales UN migration only, never the streams;
//! - `tfr_target` (or `tfr_year`) under `tfr_mode=shift`, and `tfr_shift` under
//!   `tfr_mode=target`, are reported as having no effect; the CLI names the shortfall.
//!
//! Tolerances: balances are sums of at most 101 ages of f64 counts below 1e6 thousand, the
//! same numbers added in different orders (rounding ~1e-13 relative), so 1e-9 relative to
//! the stream's size (at least one thousand people) leaves ample room yet catches a single
//! person (1e-3 thousand) in the smallest stream of a thousand.

// Arrays are [sex][age] and [step]: loops over those indices read as the demographers'
// notation (x for age, k for step), so clippy's iterator style is not asked for.
#![allow(clippy::needless_range_loop)]

use crossroads::data::Dataset;
use crossroads::engine::{self, Inputs, Projection};
use crossroads::scenario::{
    embedded_data, levers, tfr_phase, variant, CountryRun, Projector, Scenario, ScenarioResult,
    Stream,
};

const TOL: f64 = 1e-9;

/// The brief's fuzzing example: 15 million more labour migrants in one calendar year.
const EXTREME: &str = "lab_kgz=5000&lab_tjk=5000&lab_uzb=5000&lab_year=2026&mig_scale=300";

fn data() -> &'static Dataset {
    embedded_data().unwrap()
}

fn run(q: &str) -> ScenarioResult {
    let (s, clamps) = Scenario::from_query(q).unwrap();
    assert!(clamps.is_empty(), "{q}: {clamps:?}");
    Projector::new(data()).unwrap().project(&s).unwrap()
}

fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= TOL * scale.abs().max(1.0)
}

fn applied(p: &Projection, k: usize, sex: usize) -> f64 {
    p.step(k, sex).unwrap().mig_net_count.iter().sum()
}

fn unremoved_mig(p: &Projection, k: usize, sex: usize) -> f64 {
    p.unremoved_mig(k, sex).unwrap().iter().sum()
}

/// Streams are flows into Russia: +1 for Russia, −1 for a partner.
fn sign(iso: &str) -> f64 {
    if iso == "RUS" {
        1.0
    } else {
        -1.0
    }
}

fn touches(iso: &str, st: &Stream) -> bool {
    iso == "RUS" || st.partner.as_deref() == Some(iso)
}

/// Whether country `iso` receives stream `st` in step `k` (and a partner sends it).
fn receives(iso: &str, st: &Stream, k: usize) -> bool {
    st.partner.as_deref().is_some_and(|p| p != "RUS")
        && touches(iso, st)
        && sign(iso) * st.asked[k] > 0.0
}

/// The net migrants the scenario asks of country `iso`, by step and sex, built here from
/// the UN baseline (times `mig_scale` in the country shown) and the streams as asked.
fn asked_mig(r: &ScenarioResult, iso: &str) -> Vec<[f64; 2]> {
    let s = &r.scenario;
    let c = data().require_country(iso).unwrap();
    let inputs = engine::baseline(c, variant(s)).unwrap();
    let f = if iso == s.country {
        s.mig_scale / 100.0
    } else {
        1.0
    };
    (0..inputs.steps())
        .map(|k| {
            let mut m = [0.0; 2];
            for (sex, v) in m.iter_mut().enumerate() {
                *v = inputs.mig[k][sex].iter().map(|x| x * f).sum::<f64>();
                for st in r.streams.iter().filter(|st| touches(iso, st)) {
                    *v += sign(iso) * st.asked[k] * st.profile[sex].iter().sum::<f64>();
                }
            }
            m
        })
        .collect()
}

fn runs(r: &ScenarioResult) -> Vec<&CountryRun> {
    std::iter::once(&r.main).chain(&r.linked).collect()
}

/// Non-negative finite cohorts and pop(t+1) = pop(t) + births − deaths + net migration.
fn sound(iso: &str, p: &Projection) {
    for k in 0..p.steps() {
        for sex in 0..2 {
            let (start, end, c) = (
                p.pop(k, sex).unwrap(),
                p.pop(k + 1, sex).unwrap(),
                p.step(k, sex).unwrap(),
            );
            assert!(
                end.iter().all(|v| v.is_finite() && *v >= 0.0),
                "{iso} step {k} sex {sex}: negative cohort"
            );
            let want = start.iter().sum::<f64>() + c.births - c.death_count.iter().sum::<f64>()
                + applied(p, k, sex);
            let got: f64 = end.iter().sum();
            assert!(
                close(got, want, got.max(want)),
                "{iso} step {k} sex {sex}: pop {got}, components {want}"
            );
        }
    }
}

/// Everything promised of the balancing in one result.
fn balanced(q: &str, r: &ScenarioResult) {
    assert!(
        r.unbalanced <= TOL,
        "{q}: {} thousand left unbalanced",
        r.unbalanced
    );
    for st in &r.streams {
        for k in 0..st.asked.len() {
            let sf = st.shortfall[k][0] + st.shortfall[k][1];
            let a = st.asked[k];
            assert!(
                st.shortfall[k].iter().all(|v| v.is_finite() && *v >= 0.0),
                "{q}: {} step {k}: shortfall {:?}",
                st.label,
                st.shortfall[k]
            );
            for sex in 0..2 {
                let want = a.abs() * st.profile[sex].iter().sum::<f64>();
                assert!(
                    st.shortfall[k][sex] <= want * (1.0 + TOL) + TOL,
                    "{q}: {} step {k}: short {} of {want} asked",
                    st.label,
                    st.shortfall[k][sex]
                );
            }
            if st.partner.is_none() {
                assert_eq!(sf, 0.0, "{q}: unlinked {} cut", st.label);
            }
            assert!(
                close(st.flow[k], a - a.signum() * sf, a),
                "{q}: {} step {k}: moved {} asked {a} short {sf}",
                st.label,
                st.flow[k]
            );
        }
    }
    for run in runs(r) {
        let iso = run.iso3.as_str();
        let p = &run.projection;
        sound(iso, p);
        let asked = asked_mig(r, iso);
        for k in 0..p.steps() {
            for sex in 0..2 {
                // The receiver applies exactly what was asked less the shortfalls of the
                // streams it receives (plus what it could not remove itself).
                let cut: f64 = r
                    .streams
                    .iter()
                    .filter(|st| receives(iso, st, k))
                    .map(|st| st.shortfall[k][sex])
                    .sum();
                let u = unremoved_mig(p, k, sex);
                let want = asked[k][sex] - cut + u;
                let got = applied(p, k, sex);
                let scale = asked[k][sex].abs().max(cut).max(u).max(got.abs());
                assert!(
                    close(got, want, scale),
                    "{q}: {iso} step {k} sex {sex}: applied {got}, asked {} − cut {cut} + unremoved {u}",
                    asked[k][sex]
                );
                // The sender's shortfalls are people its engine run could not remove.
                let short: f64 = r
                    .streams
                    .iter()
                    .filter(|st| {
                        st.partner.as_deref().is_some_and(|p| p != "RUS")
                            && touches(iso, st)
                            && sign(iso) * st.asked[k] < 0.0
                    })
                    .map(|st| st.shortfall[k][sex])
                    .sum();
                assert!(
                    short <= u * (1.0 + TOL) + TOL,
                    "{q}: {iso} step {k} sex {sex}: short {short} but only {u} unremoved"
                );
            }
        }
    }
}

/// A partner without UN migration (the country shown, `mig_scale=0`) under an extreme
/// labour stream: its engine run loses exactly the migrants Russia's gains over Russia
/// without the streams, per step and sex, and no more than asked.
#[test]
fn a_partner_without_un_migration_loses_exactly_what_russia_gains() {
    let base = run("mig_scale=100");
    let rus0 = &base.main.projection;
    for iso in ["KGZ", "TJK", "UZB"] {
        let q = format!(
            "country={iso}&mig_scale=0&lab_kgz=5000&lab_tjk=5000&lab_uzb=5000&lab_year=2026"
        );
        let r = run(&q);
        balanced(&q, &r);
        let rus = &r.country("RUS").unwrap().projection;
        let partner = &r.main.projection;
        let mut lost = 0.0;
        for k in 0..rus.steps() {
            assert_eq!(unremoved_mig(rus, k, 0) + unremoved_mig(rus, k, 1), 0.0);
            for sex in 0..2 {
                // Only the streams of `iso` touch it; the other partners' arrive too.
                let others: f64 = r
                    .streams
                    .iter()
                    .filter(|st| st.partner.as_deref() != Some(iso))
                    .map(|st| {
                        st.asked[k] * st.profile[sex].iter().sum::<f64>() - st.shortfall[k][sex]
                    })
                    .sum();
                let gain = applied(rus, k, sex) - applied(rus0, k, sex) - others;
                let loss = -applied(partner, k, sex);
                assert!(
                    close(gain, loss, gain.abs().max(loss.abs())),
                    "{q}: step {k} sex {sex}: Russia gains {gain}, {iso} loses {loss}"
                );
                lost += loss;
            }
        }
        let asked: f64 = r
            .streams
            .iter()
            .filter(|st| st.partner.as_deref() == Some(iso))
            .map(Stream::total_asked)
            .sum();
        let own_short: f64 = r
            .streams
            .iter()
            .filter(|st| st.partner.as_deref() == Some(iso))
            .map(Stream::total_shortfall)
            .sum();
        eprintln!("{iso}: asked {asked:.1}, moved {lost:.1}, short {own_short:.1} thousand");
        assert!(
            close(lost, asked - own_short, asked),
            "{q}: {lost} of {asked}"
        );
        if iso != "UZB" {
            // Kyrgyzstan's and Tajikistan's young cohorts cannot give up 5 million each.
            assert!(
                own_short > 100.0,
                "{q}: the cohorts should empty ({own_short})"
            );
        }
    }
}

/// The brief's example: ~2.6 million could not leave Kyrgyzstan and Tajikistan (3.3 million
/// while labour migrants were taken as 75 % men; with the UN DESA stock's 54 % the men's
/// cohorts empty later); Russia now
/// receives exactly the migrants they gave up. Russia's gain over the same scenario without
/// the streams is the streams as asked less their shortfalls, per step and sex.
#[test]
fn the_fuzzing_example_balances() {
    let r = run(EXTREME);
    balanced(EXTREME, &r);
    let no_streams = run("mig_scale=300");
    let (rus, rus0) = (&r.main.projection, &no_streams.main.projection);
    let short: f64 = r.streams.iter().map(Stream::total_shortfall).sum();
    eprintln!(
        "shortfall {short:.1} thousand of {:.1} unremoved",
        r.unremoved()
    );
    assert!(
        short > 2000.0 && short <= r.unremoved(),
        "shortfall {short}, unremoved {}",
        r.unremoved()
    );
    for k in 0..rus.steps() {
        for sex in 0..2 {
            assert_eq!(unremoved_mig(rus, k, sex), 0.0, "Russia empties no cohort");
            let moved: f64 = r
                .streams
                .iter()
                .map(|st| st.asked[k] * st.profile[sex].iter().sum::<f64>() - st.shortfall[k][sex])
                .sum();
            let gain = applied(rus, k, sex) - applied(rus0, k, sex);
            assert!(
                close(gain, moved, moved),
                "step {k} sex {sex}: Russia gains {gain}, partners give up {moved}"
            );
        }
    }
    let pairs = r.shortfalls();
    assert!(pairs.iter().all(|(_, to, n)| to == "RUS" && *n > 0.0));
    assert!(pairs.iter().any(|(from, _, _)| from == "KGZ"), "{pairs:?}");
    // By stream: each stream's shortfall is what its own asked flows could not move, the
    // pairs are their sums, and the reader is told of those of half a person or more.
    let by_stream = r.stream_shortfalls();
    for s in &by_stream {
        let st = r.streams.iter().find(|st| st.key == s.key).expect("stream");
        let own: f64 = st.shortfall.iter().map(|v| v[0] + v[1]).sum();
        assert!(
            s.people > 0.0 && s.people <= own * (1.0 + 1e-12),
            "{s:?} of {own}"
        );
    }
    for (from, to, n) in &pairs {
        let sum: f64 = by_stream
            .iter()
            .filter(|s| &s.from == from && &s.to == to)
            .map(|s| s.people)
            .sum();
        assert!(close(sum, *n, *n), "{from}->{to}: {sum} vs {n}");
    }
    let notes = r.shortfall_notes();
    assert!(
        !notes.is_empty()
            && notes
                .iter()
                .all(|s| s.people >= 0.0005 && by_stream.contains(s))
    );
}

/// A small deterministic generator (xorshift) for reproducible random scenarios.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[((self.next() * xs.len() as f64) as usize).min(xs.len() - 1)]
    }
}

/// Random extreme scenarios (24, reproducible): every stream lever at or near its bounds,
/// both directions, every country shown, migration scaled, war deaths; each must balance,
/// and at least a quarter must empty some cohort (so the balancing is exercised).
#[test]
fn random_extreme_scenarios_balance() {
    let t = crossroads::scenario::embedded_table().unwrap();
    let keys = [
        "lab_uzb",
        "lab_tjk",
        "lab_kgz",
        "compat",
        "ua_return",
        "ua_more",
        "rel_stock",
        "rel_return",
        "rel_more",
        "mig_scale",
        "war_deaths",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut pr = Projector::new(data()).unwrap();
    let mut cut_cases = 0;
    // More with `PROPTEST_CASES=500 cargo test --test scenario_linkage_balance`.
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(24);
    for case in 0..n {
        let mut q = format!(
            "country={}&lab_year={}&rel_year={}&ua_year={}",
            rng.pick(&crossroads::scenario::COUNTRIES),
            rng.pick(&["2026", "2027", "2030"]),
            rng.pick(&["2026", "2028"]),
            rng.pick(&["2026", "2030"]),
        );
        for key in keys {
            let p = t.get(key).unwrap();
            let u = rng.next();
            let v = if u < 0.35 {
                p.max
            } else if u < 0.55 {
                p.min
            } else {
                p.min + rng.next() * (p.max - p.min)
            };
            q.push_str(&format!("&{key}={}", p.format(v)));
        }
        let (s, clamps) = Scenario::from_query(&q).unwrap();
        assert!(clamps.is_empty(), "{q}: {clamps:?}");
        let r = pr.project(&s).unwrap();
        balanced(&format!("case {case}: {q}"), &r);
        if r.streams.iter().any(|st| st.total_shortfall() > 0.0) {
            cut_cases += 1;
        }
    }
    eprintln!("{cut_cases} of {n} cases emptied a cohort");
    assert!(
        cut_cases * 4 >= n,
        "only {cut_cases} of {n} cases emptied a cohort"
    );
}

/// Russia's inputs as the scenario built them before balancing: baseline, war deaths, the
/// levers of the country shown (when Russia), then every stream as asked. With
/// `mig_scale=100` this is also the order-free sum the code before balancing projected.
fn russia_unbalanced(s: &Scenario, streams: &[Stream]) -> Inputs {
    let c = data().require_country("RUS").unwrap();
    let mut i = engine::baseline(c, variant(s)).unwrap();
    levers::war_deaths(&mut i, s.war_deaths, s.war_end as i32);
    if s.country == "RUS" {
        if s.mig_scale != 100.0 {
            levers::scale_migration(&mut i, s.mig_scale / 100.0);
        }
        if s.tfr_mode == crossroads::scenario::TfrMode::Target {
            levers::target_tfr(&mut i, s.tfr_target, s.tfr_year as i32);
        } else if s.tfr_shift != 0.0 {
            levers::shift_tfr(&mut i, s.tfr_shift, tfr_phase(data(), "RUS"));
        }
        levers::shift_e0(&mut i, [s.e0_m, s.e0_f], s.e0_year as i32);
    }
    for st in streams {
        levers::add_flow(&mut i, &st.asked, &st.profile);
    }
    i
}

/// Ordinary scenarios (and every preset) empty no cohort: nothing is cut, every stream
/// moves what was asked, and Russia's projection is bit for bit the engine run on its
/// inputs before balancing.
#[test]
fn ordinary_scenarios_are_not_cut() {
    let mut queries = vec![
        "lab_tjk=2500".to_string(),
        "lab_tjk=2500&lab_year=2050&compat=100&ua_return=30&rel_return=40".to_string(),
        "crocus_end=2030&rel_more=100&war_deaths=50".to_string(),
    ];
    // Every preset but those that hold a measure (hold=): their extra migrants are the
    // solver's, not the inputs' (tests/scenario_hold.rs checks them against the engine).
    for p in crossroads::scenario::presets(data()).unwrap() {
        if !p.query.contains("hold=") {
            queries.push(p.query);
        }
    }
    let mut compared = 0;
    for q in &queries {
        let r = run(q);
        assert_eq!(r.unbalanced, 0.0, "{q}");
        for st in &r.streams {
            assert_eq!(st.flow, st.asked, "{q}: {}", st.label);
            assert_eq!(st.total_shortfall(), 0.0, "{q}: {}", st.label);
        }
        let rus = &r.country("RUS").unwrap().projection;
        let p = engine::project(&russia_unbalanced(&r.scenario, &r.streams)).unwrap();
        assert_eq!(&p, rus, "{q}");
        compared += 1;
    }
    assert!(compared >= 8);
}

/// `mig_scale` scales UN net migration only: with none kept, Russia's applied migration is
/// exactly its streams (the UN part is zero), in every step.
#[test]
fn mig_scale_leaves_the_streams_alone() {
    let r = run("mig_scale=0&lab_tjk=2500&compat=100");
    let p = &r.main.projection;
    for k in 0..p.steps() {
        let streams: f64 = r.streams.iter().map(|st| st.flow[k]).sum();
        let got = p.net_migration(k);
        assert!(close(got, streams, streams), "step {k}: {got} vs {streams}");
    }
    assert!(r.streams.iter().map(Stream::total).sum::<f64>() > 1000.0);
}

/// The notes on parameters given (not those on defaults that do nothing as set, such as
/// war deaths while the war ends at the base year).
fn given(notes: Vec<crossroads::scenario::Note>) -> Vec<crossroads::scenario::Note> {
    notes.into_iter().filter(|n| !n.implicit).collect()
}

/// A TFR target under `tfr_mode=shift` (and the reverse) is kept but reported as having
/// no effect; under the mode it belongs to, nothing is reported.
#[test]
fn tfr_levers_of_the_other_mode_are_noted() {
    let (s, clamps, notes) = Scenario::from_query_notes("tfr_target=2.1").unwrap();
    let notes = given(notes);
    assert!(clamps.is_empty());
    assert_eq!(s.tfr_target, 2.1, "the value is kept");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].key, "tfr_target");
    let text = notes[0].to_string();
    assert!(
        text.contains("tfr_target=2.1")
            && text.contains("no effect")
            && text.contains("tfr_mode=target"),
        "{text}"
    );
    // The projection is the baseline's: the note tells the truth.
    let base = run("");
    let r = Projector::new(data()).unwrap().project(&s).unwrap();
    assert_eq!(r.main.projection, base.main.projection);

    let (_, _, notes) =
        Scenario::from_query_notes("tfr_mode=shift&tfr_year=2040&tfr_shift=0.2").unwrap();
    let notes = given(notes);
    let keys: Vec<&str> = notes.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["tfr_year"]);
    // The target mode with the target at its default keeps the UN path: noted as well.
    let (_, _, notes) = Scenario::from_query_notes("tfr_mode=target&tfr_shift=0.3").unwrap();
    let notes = given(notes);
    let keys: Vec<&str> = notes.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["tfr_shift", "tfr_mode"]);
    let (_, _, notes) =
        Scenario::from_query_notes("tfr_mode=target&tfr_target=2.1&tfr_year=2040").unwrap();
    let notes = given(notes);
    assert!(notes.is_empty(), "{notes:?}");
    // A clamped value is both clamped and noted.
    let (_, clamps, notes) = Scenario::from_query_notes("tfr_target=99").unwrap();
    assert_eq!((clamps.len(), given(notes).len()), (1, 1));
}

/// The command line says how many people could not move between which countries, and
/// notes a lever without effect.
#[test]
fn the_cli_names_the_shortfall_and_the_idle_lever() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crossroads"))
        .arg(EXTREME)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let r = run(EXTREME);
    for (from, to, n) in r.shortfalls() {
        let want = format!("{n:.1} thousand from {from} to {to}");
        assert!(err.contains(&want), "{want} not in {err}");
    }
    assert!(err.contains("were not moved"), "{err}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crossroads"))
        .arg("tfr_target=2.1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success());
    assert!(err.contains("note: tfr_target=2.1 has no effect"), "{err}");
}
