//! Golden outputs of the engine and the scenario layer: every speed-up of the projection
//! must keep its results bit for bit or within 1e-12 relative (issue 15). The file
//! `tests/golden/engine.txt` records, for the UN WPP 2024 medium baseline of all 8
//! countries (engine alone), every preset and a few lever-heavy queries (through one
//! long-lived `Projector`, so cached state must not leak from one scenario to the next):
//! total population per year, births, deaths and e0 per step, the population
//! by sex and single age (engine) or 5-year group (scenarios) in 2100, scenario-level series (e0 reached, stream flows,
//! replacement migrants), and a hash of the bits of every by-age array.
//!
//! Regenerate (only when outputs are meant to change, and say why in the commit):
//! `GOLDEN_WRITE=1 cargo test --release --test engine_golden`
//!
//! The test fails when a recorded number moves by more than 1e-12 of its size (plus 1e-12
//! thousand, for sums near zero); it prints how many runs are also bit for bit identical
//! (`GOLDEN_STRICT=1` makes that an assertion too).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crossroads::data::Variant;
use crossroads::engine::{self, Projection};
use crossroads::scenario::{embedded_data, presets, Projector, Scenario, ScenarioResult};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/engine.txt");

/// Lever-heavy queries besides the presets: streams and their balancing (cohorts emptied),
/// every own lever at once, war deaths, replacement migration, other countries shown.
const QUERIES: [&str; 10] = [
    "lab_tjk=2500&lab_year=2050",
    "country=TJK&tfr_shift=0.25&war_deaths=50&war_end=2030&lab_tjk=2500",
    "e0_m=5&e0_f=-3&e0_year=2040&tfr_mode=target&tfr_target=2.1&mig_scale=0",
    "lab_tjk=2500&lab_year=2050&compat=100&ua_return=30&rel_return=40",
    "lab_kgz=5000&lab_tjk=5000&lab_uzb=5000&lab_year=2026&mig_scale=300",
    "country=KGZ&mig_scale=0&lab_kgz=5000&lab_tjk=5000&lab_uzb=5000&lab_year=2026",
    "crocus_end=2030&rel_more=100&war_deaths=50&e0_m=2",
    "hold=support_ratio&hold_from=2030&tfr_shift=-0.3",
    "country=UZB&variant=high&hold=pop_20_64&e0_f=4&lab_uzb=3000",
    "country=UKR&variant=low&e0_m=-4&e0_f=-2&ua_return=30&tfr_shift=0.5",
];

/// Recorded series of one run, by key.
type Record = BTreeMap<String, Vec<f64>>;

fn fnv(h: &mut u64, v: f64) {
    for b in v.to_bits().to_le_bytes() {
        *h ^= u64::from(b);
        *h = h.wrapping_mul(0x100_0000_01b3);
    }
}

/// Hash of the bits of every array of a projection.
fn bits_hash(p: &Projection) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let arrays = [
        &p.pop_count_m,
        &p.pop_count_f,
        &p.death_count_m,
        &p.death_count_f,
        &p.mig_net_count_m,
        &p.mig_net_count_f,
        &p.unremoved_mig_m,
        &p.unremoved_mig_f,
    ];
    for a in arrays {
        for v in a.iter().flatten() {
            fnv(&mut h, *v);
        }
    }
    for s in [&p.births_m, &p.births_f, &p.e0_m, &p.e0_f] {
        for v in s {
            fnv(&mut h, *v);
        }
    }
    for v in p.extra_death_count.iter().chain(&p.unremoved).flatten() {
        fnv(&mut h, *v);
    }
    h
}

fn record_projection(
    rec: &mut Record,
    hashes: &mut Vec<(String, u64)>,
    name: &str,
    p: &Projection,
    single_ages: bool,
) {
    let steps = 0..p.steps();
    let mut put = |k: &str, v: Vec<f64>| {
        rec.insert(format!("{name} {k}"), v);
    };
    put("total", (0..p.years()).map(|i| p.total(i)).collect());
    put("births", steps.clone().map(|k| p.births(k)).collect());
    put("deaths", steps.clone().map(|k| p.deaths(k)).collect());
    put("e0_m", p.e0_m.clone());
    put("e0_f", p.e0_f.clone());
    put(
        "extra_deaths_unremoved",
        vec![
            p.extra_death_count.iter().map(|x| x[0] + x[1]).sum(),
            steps.map(|k| p.unremoved_total(k)).sum(),
        ],
    );
    // By single age for the engine's own runs, by 5-year group (0-4 … 95-99, 100+) for
    // scenarios (the hash still covers every cell).
    let i = p.index_of(2100).expect("year projected");
    for (sex, s) in [(0, "m"), (1, "f")] {
        let pop = p.pop(i, sex).unwrap();
        let v = if single_ages {
            pop.to_vec()
        } else {
            pop.chunks(5).map(|c| c.iter().sum()).collect()
        };
        put(&format!("pop2100_{s}"), v);
    }
    hashes.push((name.to_string(), bits_hash(p)));
}

fn record_scenario(
    rec: &mut Record,
    hashes: &mut Vec<(String, u64)>,
    name: &str,
    r: &ScenarioResult,
) {
    for c in std::iter::once(&r.main).chain(&r.linked) {
        let n = format!("{name} {}", c.iso3);
        record_projection(rec, hashes, &n, &c.projection, false);
        rec.insert(format!("{n} stream_flow"), c.stream_flow.clone());
    }
    rec.insert(
        format!("{name} e0_reached"),
        r.e0.iter().flatten().copied().collect(),
    );
    rec.insert(format!("{name} war_deaths"), r.war_deaths.clone());
    rec.insert(format!("{name} unbalanced"), vec![r.unbalanced]);
    for (j, st) in r.streams.iter().enumerate() {
        rec.insert(format!("{name} stream{j}_flow"), st.flow.clone());
    }
    if let Some(h) = &r.held {
        rec.insert(
            format!("{name} held_needed"),
            h.needed.iter().map(|v| v.unwrap_or(f64::NAN)).collect(),
        );
        rec.insert(format!("{name} held_origin"), h.origin.clone());
        rec.insert(format!("{name} held_level"), vec![h.level]);
    }
}

/// Every scenario of the golden file: presets, then [`QUERIES`].
fn queries() -> Vec<(String, String)> {
    let data = embedded_data().unwrap();
    let mut queries: Vec<(String, String)> = presets(data)
        .unwrap()
        .into_iter()
        .map(|p| (format!("preset:{}", p.id), p.query))
        .collect();
    queries.extend(
        QUERIES
            .iter()
            .map(|q| (format!("query:{q}"), q.to_string())),
    );
    queries
}

/// Every recorded series and the hash of every run, computed now.
fn current() -> (Record, Vec<(String, u64)>) {
    let data = embedded_data().unwrap();
    let mut rec = Record::new();
    let mut hashes = Vec::new();
    for c in data.countries().unwrap() {
        let inputs = engine::baseline(c, Variant::Medium).unwrap();
        let p = engine::project(&inputs).unwrap();
        record_projection(
            &mut rec,
            &mut hashes,
            &format!("engine {}", c.info.iso3),
            &p,
            true,
        );
    }
    let mut pr = Projector::new(data).unwrap();
    let mut queries: Vec<(String, String)> = presets(data)
        .unwrap()
        .into_iter()
        .map(|p| (format!("preset:{}", p.id), p.query))
        .collect();
    queries.extend(
        QUERIES
            .iter()
            .map(|q| (format!("query:{q}"), q.to_string())),
    );
    for (name, q) in &queries {
        let (s, _) = Scenario::from_query(q).unwrap();
        let r = pr.project(&s).unwrap();
        record_scenario(&mut rec, &mut hashes, name, &r);
    }
    (rec, hashes)
}

fn write(rec: &Record, hashes: &[(String, u64)]) -> String {
    let mut t = String::from(
        "# Golden engine outputs (tests/engine_golden.rs); regenerate with\n\
         # GOLDEN_WRITE=1 cargo test --release --test engine_golden\n",
    );
    for (name, h) in hashes {
        writeln!(t, "hash\t{name}\t{h:016x}").unwrap();
    }
    for (k, v) in rec {
        write!(t, "{k}").unwrap();
        for x in v {
            // 14 significant digits (well within 1e-12), or fewer when exact.
            let (short, long) = (format!("{x:e}"), format!("{x:.13e}"));
            let v = if short.len() <= long.len() {
                short
            } else {
                long
            };
            write!(t, "\t{v}").unwrap();
        }
        t.push('\n');
    }
    t
}

fn parse(text: &str) -> (Record, BTreeMap<String, u64>) {
    let mut rec = Record::new();
    let mut hashes = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        let key = f.next().unwrap();
        if key == "hash" {
            let name = f.next().unwrap().to_string();
            hashes.insert(name, u64::from_str_radix(f.next().unwrap(), 16).unwrap());
            continue;
        }
        rec.insert(key.to_string(), f.map(|x| x.parse().unwrap()).collect());
    }
    (rec, hashes)
}

fn close(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()) + 1e-12
}

#[test]
fn projections_equal_the_golden_file() {
    let (rec, hashes) = current();
    if std::env::var_os("GOLDEN_WRITE").is_some() {
        std::fs::create_dir_all(std::path::Path::new(FILE).parent().unwrap()).unwrap();
        std::fs::write(FILE, write(&rec, &hashes)).unwrap();
        eprintln!("wrote {FILE}");
        return;
    }
    let text = std::fs::read_to_string(FILE).expect("tests/golden/engine.txt (see the header)");
    let (want, want_hashes) = parse(&text);
    let mut bad = Vec::new();
    for (k, w) in &want {
        let Some(g) = rec.get(k) else {
            bad.push(format!("{k}: missing now"));
            continue;
        };
        if g.len() != w.len() {
            bad.push(format!("{k}: {} values, golden {}", g.len(), w.len()));
            continue;
        }
        if let Some((i, (a, b))) = g
            .iter()
            .zip(w)
            .enumerate()
            .find(|(_, (a, b))| !close(**a, **b))
        {
            bad.push(format!("{k}[{i}]: {a:e} vs golden {b:e}"));
        }
    }
    for k in rec.keys().filter(|k| !want.contains_key(*k)) {
        bad.push(format!("{k}: not in the golden file"));
    }
    let same = hashes
        .iter()
        .filter(|(n, h)| want_hashes.get(n) == Some(h))
        .count();
    eprintln!(
        "{same} of {} runs bit for bit identical to the golden file",
        hashes.len()
    );
    assert!(
        bad.is_empty(),
        "{} series moved:\n{}",
        bad.len(),
        bad.join("\n")
    );
    if std::env::var_os("GOLDEN_STRICT").is_some() {
        assert_eq!(same, hashes.len(), "runs not bit for bit identical");
    }
    // The test can fail: a nudged value is caught.
    let (k, v) = want.iter().find(|(_, v)| v.len() > 10).unwrap();
    assert!(!close(v[5] * (1.0 + 1e-11), v[5]) || v[5] == 0.0, "{k}");
}

/// The fast paths give the plain ones' numbers to the bit: cached survival tables, and the
/// slim projection that sums the by-age components without storing them, in the engine
/// (8 countries) and through the scenario API (every scenario above, one projector).
#[test]
fn fast_paths_equal_the_plain_ones_bit_for_bit() {
    let data = embedded_data().unwrap();
    for c in data.countries().unwrap() {
        let inputs = engine::baseline(c, Variant::Medium).unwrap();
        let tables = engine::SurvivalTables::new(&inputs.mx);
        let mut full = engine::project(&inputs).unwrap();
        let mut fast = Projection::default();
        engine::project_prepared(&inputs, &tables, &mut fast).unwrap();
        assert_eq!(fast, full, "{}", c.info.iso3);
        let clamped = engine::project_prepared_slim(&inputs, &tables, &mut fast).unwrap();
        assert_eq!(clamped, full.any_unremoved_mig());
        full.drop_age_detail();
        assert_eq!(fast, full, "{} slim", c.info.iso3);
    }
    let mut pr = Projector::new(data).unwrap();
    let mut fresh_each = 0;
    for (name, q) in &queries() {
        let (s, _) = Scenario::from_query(q).unwrap();
        let slim = pr.project_slim(&s).unwrap();
        let mut full = pr.project(&s).unwrap();
        assert!(
            full.main.projection.step(0, 0).is_some(),
            "{name}: by-age detail kept"
        );
        full.drop_age_detail();
        assert_eq!(slim, full, "{name}");
        // A projector that never ran anything else gives the same (no state leaks).
        if fresh_each < 4 {
            fresh_each += 1;
            let mut again = Projector::new(data).unwrap().project(&s).unwrap();
            again.drop_age_detail();
            assert_eq!(again, full, "{name}: fresh projector");
        }
    }
}
