//! Speed of the engine, printed (no timed assertions): one Russia projection 2025–2100 and
//! all 8 countries, native release build. `cargo bench --bench projection`.
//! Target (issue 4): Russia ≤ 100 µs native. Replacement migration (`hold=`): a solved
//! projection costs at most 3× a plain one. The wasm figures come from
//! `benches/wasm/run.sh` (the same projection compiled to wasm32, timed in V8 under node).

use std::hint::black_box;
use std::time::{Duration, Instant};

use crossroads::data::{Dataset, Variant};
use crossroads::engine::{baseline, project, project_into, Inputs, Projection};
use crossroads::scenario::schedule::RogersCastro;
use crossroads::scenario::{hold_into, needs, Hold, Measure, Projector, Scenario};

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
    solved_vs_plain(&rus_inputs);
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
            black_box(hold_into(black_box(inputs), h, &profile, &mut out).expect("hold"));
        });
        println!(
            "Russia, {name:<33} median {:.1} µs = {:.2} × plain (target ≤ 3)",
            us(med),
            med.as_secs_f64() / plain.as_secs_f64()
        );
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
