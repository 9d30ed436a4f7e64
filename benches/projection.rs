//! Speed of the engine, printed (no timed assertions): one Russia projection 2025–2100 and
//! all 8 countries, native release build. `cargo bench --bench projection`.
//! Targets (issue 15): Russia ≤ 30 µs native with the survival tables cached (the path a
//! scenario's cached baseline takes), all 8 countries ≤ 0.25 ms, a slider move through the
//! scenario API ≤ 80 µs. Replacement migration (`hold=`): a solved
//! projection costs at most 3× a plain one. The wasm figures come from
//! `benches/wasm/run.sh` (the same projection compiled to wasm32, timed in V8 under node).

use std::hint::black_box;
use std::time::{Duration, Instant};

use crossroads::data::{Dataset, Variant};
use crossroads::engine::{
    baseline, project, project_into, project_prepared, project_prepared_slim, Inputs, Projection,
    SurvivalTables,
};
use crossroads::scenario::schedule::RogersCastro;
use crossroads::scenario::{embedded_data, hold_into, needs, Hold, Measure, Projector, Scenario};

/// Median and minimum time of `f` over `rounds` rounds of `reps` calls each.
fn time<F: FnMut()>(rounds: usize, reps: usize, mut f: F) -> (Duration, Duration) {
    let mut per = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = Instant::now();
        for _ in 0..reps {
            f();
        }
        per.push(t.elapsed() / reps as u32);
    }
    per.sort();
    (per[rounds / 2], per[0])
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    // `BENCH_ONLY=engine|scenario` runs a fixed workload and nothing else, for
    // `valgrind --tool=callgrind` (repeatable instruction counts on a noisy machine).
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        return fixed_workload(&only);
    }
    let data = Dataset::embedded().expect("embedded data");
    let rus = data.country("RUS").expect("RUS");
    let rus_inputs = baseline(rus, Variant::Medium).expect("baseline");
    let all: Vec<Inputs> = data
        .countries()
        .expect("countries")
        .into_iter()
        .map(|c| baseline(c, Variant::Medium).expect("baseline"))
        .collect();

    let mut out = Projection::default();
    project_into(&rus_inputs, &mut out).expect("warm-up");
    let (med, min) = time(31, 200, || {
        project_into(black_box(&rus_inputs), &mut out).expect("project");
        black_box(&out);
    });
    println!(
        "Russia 2025-2100, project_into (buffers reused): median {:.1} µs, min {:.1} µs (target ≤ 100 µs)",
        us(med),
        us(min)
    );
    let (med, min) = time(31, 200, || {
        black_box(project(black_box(&rus_inputs)).expect("project"));
    });
    println!(
        "Russia 2025-2100, project (allocates output):  median {:.1} µs, min {:.1} µs",
        us(med),
        us(min)
    );
    let mut outs: Vec<Projection> = all.iter().map(|i| project(i).expect("p")).collect();
    let (med, min) = time(31, 50, || {
        for (i, o) in all.iter().zip(outs.iter_mut()) {
            project_into(black_box(i), o).expect("project");
        }
        black_box(&outs);
    });
    println!(
        "All 8 countries, project_into:                 median {:.1} µs, min {:.1} µs",
        us(med),
        us(min)
    );
    let rus_tables = SurvivalTables::new(&rus_inputs.mx);
    let (med, min) = time(31, 200, || {
        project_prepared(black_box(&rus_inputs), &rus_tables, &mut out).expect("project");
        black_box(&out);
    });
    println!(
        "Russia 2025-2100, project_prepared (cached survival): median {:.1} µs, min {:.1} µs (target ≤ 30 µs)",
        us(med),
        us(min)
    );
    let mut slim = Projection::default();
    let (med, min) = time(31, 200, || {
        project_prepared_slim(black_box(&rus_inputs), &rus_tables, &mut slim).expect("project");
        black_box(&slim);
    });
    println!(
        "Russia 2025-2100, project_prepared_slim (no by-age components): median {:.1} µs, min {:.1} µs",
        us(med),
        us(min)
    );
    let tables: Vec<SurvivalTables> = all.iter().map(|i| SurvivalTables::new(&i.mx)).collect();
    let (med, min) = time(31, 50, || {
        for ((i, t), o) in all.iter().zip(&tables).zip(outs.iter_mut()) {
            project_prepared(black_box(i), t, o).expect("project");
        }
        black_box(&outs);
    });
    println!(
        "All 8 countries, project_prepared:                 median {:.1} µs, min {:.1} µs (target ≤ 250 µs)",
        us(med),
        us(min)
    );
    solved_vs_plain(&rus_inputs);
    slider_moves();
    needs_vs_plain(&data);
    let (med, min) = time(11, 10, || {
        black_box(baseline(black_box(rus), Variant::Medium).expect("baseline"));
    });
    println!(
        "Russia baseline inputs (splits, interpolation): median {:.1} µs, min {:.1} µs",
        us(med),
        us(min)
    );
    let (med, _) = time(3, 1, || {
        black_box(Dataset::embedded().expect("data"));
    });
    println!(
        "Parsing the embedded data (for scale):          {:.1} ms",
        us(med) / 1000.0
    );
}

/// Replacement migration against the plain projection of the same inputs (Russia).
fn solved_vs_plain(inputs: &Inputs) {
    let mut out = Projection::default();
    let (plain, _) = time(31, 200, || {
        project_into(black_box(inputs), &mut out).expect("project");
        black_box(&out);
    });
    let profile = RogersCastro::LABOUR.profile();
    let hold = |measure| {
        Some(Hold {
            measure,
            from: inputs.base_year,
            level: None,
        })
    };
    for (name, h) in [
        ("tracking post-base migrants only", None),
        ("hold=population", hold(Measure::Population)),
        ("hold=support_ratio", hold(Measure::SupportRatio)),
    ] {
        let (med, _) = time(31, 200, || {
            black_box(hold_into(black_box(inputs), h, &profile, &[], &mut out).expect("hold"));
        });
        println!(
            "Russia, {name:<33} median {:.1} µs = {:.2} × plain (target ≤ 3)",
            us(med),
            med.as_secs_f64() / plain.as_secs_f64()
        );
    }
}

/// One slider move through the scenario API with a warm `Projector` (baselines cached):
/// `lab_tjk=2500&lab_year=2050` and its neighbour on the slider, alternately.
fn slider_moves() {
    let data = embedded_data().expect("data");
    let mut pr = Projector::new(data).expect("projector");
    let moves: Vec<Scenario> = ["lab_tjk=2500&lab_year=2050", "lab_tjk=2400&lab_year=2050"]
        .iter()
        .map(|q| Scenario::from_query(q).expect("query").0)
        .collect();
    for s in &moves {
        pr.project(s).expect("warm-up");
    }
    let mut i = 0;
    let (med, min) = time(31, 50, || {
        i += 1;
        black_box(pr.project(black_box(&moves[i % 2])).expect("project"));
    });
    println!(
        "Slider move, Projector::project(lab_tjk=2500&lab_year=2050): median {:.1} µs, min {:.1} µs",
        us(med),
        us(min)
    );
    let (med, min) = time(31, 50, || {
        i += 1;
        black_box(pr.project_slim(black_box(&moves[i % 2])).expect("project"));
    });
    println!(
        "Slider move, Projector::project_slim (what the chart reads):  median {:.1} µs, min {:.1} µs (target ≤ 80 µs)",
        us(med),
        us(min)
    );
    let (med, min) = time(31, 50, || {
        i += 1;
        let q = if i % 2 == 0 {
            "lab_tjk=2500&lab_year=2050"
        } else {
            "lab_tjk=2400&lab_year=2050"
        };
        let (s, _) = Scenario::from_query(black_box(q)).expect("query");
        black_box(pr.project_slim(&s).expect("project"));
    });
    println!(
        "Slider move from the query string (parse + project_slim):   median {:.1} µs, min {:.1} µs",
        us(med),
        us(min)
    );
}

/// A fixed workload for profiling: 200 Russia projections (`engine`) or 200 slider moves
/// (`scenario`), after one warm-up.
fn fixed_workload(only: &str) {
    let data = embedded_data().expect("data");
    match only {
        "engine" => {
            let rus = data.country("RUS").expect("RUS");
            let inputs = baseline(rus, Variant::Medium).expect("baseline");
            let mut out = Projection::default();
            for _ in 0..201 {
                project_into(black_box(&inputs), &mut out).expect("project");
            }
            black_box(&out);
        }
        "prepared" => {
            let rus = data.country("RUS").expect("RUS");
            let inputs = baseline(rus, Variant::Medium).expect("baseline");
            let tables = SurvivalTables::new(&inputs.mx);
            let mut out = Projection::default();
            for _ in 0..201 {
                project_prepared(black_box(&inputs), &tables, &mut out).expect("project");
            }
            black_box(&out);
        }
        _ => {
            let mut pr = Projector::new(data).expect("projector");
            let (s, _) = Scenario::from_query("lab_tjk=2500&lab_year=2050").expect("query");
            for _ in 0..201 {
                if only == "slim" {
                    black_box(pr.project_slim(black_box(&s)).expect("project"));
                } else {
                    black_box(pr.project(black_box(&s)).expect("project"));
                }
            }
        }
    }
}

/// The needs model (the scenario held and as set, reference lines) against one plain
/// scenario projection, through one `Projector` (baselines cached, as in the widget).
fn needs_vs_plain(data: &Dataset) {
    let mut pr = Projector::new(data).expect("projector");
    let (s, _) = Scenario::from_query("hold=pop_20_64").expect("query");
    let (plain_s, _) = Scenario::from_query("").expect("query");
    let (plain, _) = time(11, 20, || {
        black_box(pr.project(black_box(&plain_s)).expect("project"));
    });
    let (held, _) = time(11, 20, || {
        black_box(pr.project(black_box(&s)).expect("project"));
    });
    let (model, _) = time(11, 20, || {
        black_box(needs(&mut pr, black_box(&s)).expect("needs"));
    });
    println!(
        "Russia scenario, Projector::project: plain {:.1} µs; hold=pop_20_64 {:.1} µs = {:.2} × plain; \
         needs model {:.1} µs = {:.2} × plain",
        us(plain),
        us(held),
        held.as_secs_f64() / plain.as_secs_f64(),
        us(model),
        model.as_secs_f64() / plain.as_secs_f64()
    );
}
