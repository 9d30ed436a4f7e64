//! Speed of the probabilistic bands, printed (no timed assertions): Russia's band of 1,000
//! trajectories (issue 16: ≤ 100 ms in the widget's worker in Chromium, where wasm runs
//! about 2× slower than native, so ≤ 50 ms here), the first band of 200, and each measure.
//! Median with the range over the rounds; native release build. `cargo bench --bench bands`.
//! The outputs are deterministic (same seed, same band): the bench checks that too.

use std::time::{Duration, Instant};

use crossroads::scenario::bands::{BandOptions, BandRun};
use crossroads::scenario::{embedded_data, Projector, Scenario, MEASURES};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median, minimum and maximum of `rounds` timings of `f`.
fn time(rounds: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    let mut v: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            ms(t.elapsed())
        })
        .collect();
    v.sort_by(f64::total_cmp);
    (v[rounds / 2], v[0], v[rounds - 1])
}

fn main() {
    let data = embedded_data().expect("embedded data");
    let mut pr = Projector::new(data).expect("projector");
    let rounds = 15;
    let mut last = None;
    for m in MEASURES {
        let q = format!("country=RUS&measure={}", m.key());
        let s = Scenario::from_query(&q).expect("query").0;
        let (mut first, mut prep) = (Vec::new(), Vec::new());
        let (med, min, max) = time(rounds, || {
            let t = Instant::now();
            let mut run = BandRun::new(&mut pr, &s, BandOptions::default()).expect("band");
            prep.push(ms(t.elapsed()));
            run.run(200).expect("run");
            let _ = run.band();
            first.push(ms(t.elapsed()));
            run.run(800).expect("run");
            let b = run.band();
            if m.key() == "population" {
                if let Some(prev) = last.replace(b.clone()) {
                    assert_eq!(prev, b, "same query, same band");
                }
            }
        });
        first.sort_by(f64::total_cmp);
        prep.sort_by(f64::total_cmp);
        println!(
            "bands RUS {:<18} 1,000 trajectories: median {med:6.1} ms (range {min:.1}–{max:.1}); \
             first band of 200: median {:.1} ms (range {:.1}–{:.1}); prepare {:.1} ms",
            m.key(),
            first[rounds / 2],
            first[0],
            first[rounds - 1],
            prep[rounds / 2],
        );
    }
}
