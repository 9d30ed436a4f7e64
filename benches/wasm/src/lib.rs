//! Exports for timing the projection engine in WebAssembly from JavaScript (`bench.mjs`):
//! `setup` builds the WPP 2024 baseline inputs of all 8 countries once; `run` projects one
//! country `n` times into reused buffers; `run_fresh` allocates a new projection each time;
//! `run_prepared` projects with the survival tables cached (`project_prepared`, the path a
//! scenario's cached baseline takes); `slider` runs `n` slider moves through the scenario
//! API (`Projector::project_slim`, `lab_tjk=2500` / `2400` with `lab_year=2050`).
//! A plain `extern "C"` interface, so no JavaScript glue is needed.

use std::cell::RefCell;

use crossroads::data::{Dataset, Variant};
use crossroads::engine::{
    baseline, project, project_into, project_prepared, Inputs, Projection, SurvivalTables,
};
use crossroads::scenario::{embedded_data, Projector, Scenario};

struct State {
    inputs: Vec<Inputs>,
    tables: Vec<SurvivalTables>,
    outs: Vec<Projection>,
    projector: Option<(Projector<'static>, Vec<Scenario>)>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// Build the inputs; returns the number of countries (0 on failure).
#[no_mangle]
pub extern "C" fn setup() -> u32 {
    let Ok(d) = Dataset::embedded() else { return 0 };
    let mut inputs = Vec::new();
    let mut outs = Vec::new();
    let Ok(countries) = d.countries() else {
        return 0;
    };
    for c in countries {
        let Ok(i) = baseline(c, Variant::Medium) else {
            return 0;
        };
        let Ok(p) = project(&i) else { return 0 };
        inputs.push(i);
        outs.push(p);
    }
    let n = inputs.len() as u32;
    let tables = inputs.iter().map(|i| SurvivalTables::new(&i.mx)).collect();
    let projector = embedded_data().ok().and_then(|d| {
        let p = Projector::new(d).ok()?;
        let moves = ["lab_tjk=2500&lab_year=2050", "lab_tjk=2400&lab_year=2050"]
            .iter()
            .map(|q| Scenario::from_query(q).ok().map(|r| r.0))
            .collect::<Option<Vec<_>>>()?;
        Some((p, moves))
    });
    STATE.with(|s| {
        *s.borrow_mut() = Some(State {
            inputs,
            tables,
            outs,
            projector,
        })
    });
    n
}

/// Project country `country` `n` times into its reused buffers; returns its 2100 total.
#[no_mangle]
pub extern "C" fn run(country: u32, n: u32) -> f64 {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some(State { inputs, outs, .. }) = s.as_mut() else {
            return f64::NAN;
        };
        let c = country as usize;
        let (Some(i), Some(o)) = (inputs.get(c), outs.get_mut(c)) else {
            return f64::NAN;
        };
        for _ in 0..n {
            if project_into(i, o).is_err() {
                return f64::NAN;
            }
        }
        o.total(o.years() - 1)
    })
}

/// Project country `country` `n` times, allocating a new output each time.
#[no_mangle]
pub extern "C" fn run_fresh(country: u32, n: u32) -> f64 {
    STATE.with(|s| {
        let s = s.borrow();
        let Some(i) = s.as_ref().and_then(|s| s.inputs.get(country as usize)) else {
            return f64::NAN;
        };
        let mut t = 0.0;
        for _ in 0..n {
            match project(i) {
                Ok(p) => t += p.total(p.years() - 1),
                Err(_) => return f64::NAN,
            }
        }
        t
    })
}

/// Project country `country` `n` times with its cached survival tables; returns its 2100
/// total.
#[no_mangle]
pub extern "C" fn run_prepared(country: u32, n: u32) -> f64 {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some(State {
            inputs,
            tables,
            outs,
            ..
        }) = s.as_mut()
        else {
            return f64::NAN;
        };
        let c = country as usize;
        let (Some(i), Some(t), Some(o)) = (inputs.get(c), tables.get(c), outs.get_mut(c)) else {
            return f64::NAN;
        };
        for _ in 0..n {
            if project_prepared(i, t, o).is_err() {
                return f64::NAN;
            }
        }
        o.total(o.years() - 1)
    })
}

/// `n` slider moves through the scenario API; returns the last 2100 total of Russia.
#[no_mangle]
pub extern "C" fn slider(n: u32) -> f64 {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some((p, moves)) = s.as_mut().and_then(|s| s.projector.as_mut()) else {
            return f64::NAN;
        };
        let mut t = f64::NAN;
        for i in 0..n as usize {
            match p.project_slim(&moves[i % moves.len()]) {
                Ok(r) => t = r.main.projection.total(r.main.projection.years() - 1),
                Err(_) => return f64::NAN,
            }
        }
        t
    })
}
