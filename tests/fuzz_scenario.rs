//! Property tests (proptest) of whole scenarios through the full projection (issue 7):
//! random scenarios for every country and variant with every lever within its range, at its
//! bounds, far beyond them, NaN or infinite, and every lever at an extreme at once. Each goes
//! through `Projector::project` (the path `scenario::project` and the widget take: choices
//! checked, numbers sanitized, Russia plus every linked partner projected by the engine).
//!
//! For every country in the result: no panic, every output finite, no negative cohort, and
//! the accounting identity pop(t+1) = pop(t) + births − deaths + net migration per sex and
//! step. The clamp report names exactly the levers that were out of range or NaN, with the
//! value used; partners lose exactly the streams Russia gains; the outcome rows, comparison,
//! remittance paths and relokanty host figures built on the result are finite.
//!
//! Cases per property: see `hardening_support::cases`; long run:
//! `PROPTEST_CASES=2000 cargo test --release --test fuzz_scenario`.

mod hardening_support;

use std::sync::{Mutex, OnceLock};

use crossroads::engine::Projection;
use crossroads::scenario::{
    annual_rows, comparison, embedded_data, embedded_table, project, relokanty_hosts,
    remittance_paths, ParamKind, ParamSpec, Projector, QueryError, Scenario, ScenarioError,
    ScenarioResult, COUNTRIES, STOCK_MEASURES, TFR_MODES, VARIANTS,
};
use hardening_support::{cases, choice_field, field};
use proptest::prelude::*;

/// Tolerance of the accounting identity, relative to the population (at least one
/// thousand): the sums run over 101 ages of numbers below 1e6 thousand, whose f64 rounding
/// is ~1e-13 relative; 1e-9 leaves ample room for that yet catches a single person (1e-3
/// thousand) lost from Russia's 1.4e5 thousand (7e-9).
const IDENTITY_TOL: f64 = 1e-9;

fn projector() -> &'static Mutex<Projector<'static>> {
    static P: OnceLock<Mutex<Projector<'static>>> = OnceLock::new();
    P.get_or_init(|| Mutex::new(Projector::new(embedded_data().unwrap()).unwrap()))
}

fn numeric() -> Vec<&'static ParamSpec> {
    embedded_table()
        .unwrap()
        .params
        .iter()
        .filter(|p| p.kind == ParamKind::Number)
        .collect()
}

/// How one lever is set.
#[derive(Clone, Copy, Debug)]
enum Raw {
    /// A point within the range, as a fraction of it.
    Within(f64),
    Min,
    Max,
    /// Beyond the range by 10^e on the high (true) or low side.
    Beyond(bool, i32),
    Nan,
    Infinite(bool),
}

fn raw() -> impl Strategy<Value = Raw> {
    prop_oneof![
        6 => (0.0f64..=1.0).prop_map(Raw::Within),
        2 => Just(Raw::Min),
        2 => Just(Raw::Max),
        2 => (any::<bool>(), -3i32..=308).prop_map(|(h, e)| Raw::Beyond(h, e)),
        1 => Just(Raw::Nan),
        1 => any::<bool>().prop_map(Raw::Infinite),
    ]
}

fn value(p: &ParamSpec, r: Raw) -> f64 {
    match r {
        Raw::Within(u) => p.min + u * (p.max - p.min),
        Raw::Min => p.min,
        Raw::Max => p.max,
        Raw::Beyond(true, e) => p.max + 10f64.powi(e),
        Raw::Beyond(false, e) => p.min - 10f64.powi(e),
        Raw::Nan => f64::NAN,
        Raw::Infinite(pos) => {
            if pos {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            }
        }
    }
}

/// The four choices, as indices, and how their text is cased.
#[derive(Clone, Copy, Debug)]
struct Choices {
    country: usize,
    variant: usize,
    tfr_mode: usize,
    stock: usize,
    lower: bool,
}

fn choices() -> impl Strategy<Value = Choices> {
    (
        0..COUNTRIES.len(),
        0..VARIANTS.len(),
        0..TFR_MODES.len(),
        0..STOCK_MEASURES.len(),
        any::<bool>(),
    )
        .prop_map(|(country, variant, tfr_mode, stock, lower)| Choices {
            country,
            variant,
            tfr_mode,
            stock,
            lower,
        })
}

fn build(c: Choices, raws: &[Raw]) -> Scenario {
    let t = embedded_table().unwrap();
    let mut s = Scenario::baseline(t);
    let case = |x: &str| {
        if c.lower {
            x.to_lowercase()
        } else {
            x.to_string()
        }
    };
    s.country = case(COUNTRIES[c.country]);
    // Enums: any case parses to the one value (strum, case-insensitive).
    s.variant = case(VARIANTS[c.variant]).parse().unwrap();
    s.tfr_mode = case(TFR_MODES[c.tfr_mode]).parse().unwrap();
    s.stock = case(STOCK_MEASURES[c.stock]).parse().unwrap();
    for (p, r) in numeric().into_iter().zip(raws.iter().cycle()) {
        *field(&mut s, p.key) = value(p, *r);
    }
    s
}

/// Every lever: a mixed bag, all at a bound, or all beyond the range.
fn scenario() -> impl Strategy<Value = Scenario> {
    let n = numeric().len();
    let mixed = prop::collection::vec(raw(), n);
    let extremes = prop::collection::vec(prop_oneof![Just(Raw::Min), Just(Raw::Max)], n);
    let beyond = prop::collection::vec(
        (any::<bool>(), 0i32..=308).prop_map(|(h, e)| Raw::Beyond(h, e)),
        n,
    );
    let raws = prop_oneof![4 => mixed, 2 => extremes, 1 => beyond];
    (choices(), raws).prop_map(|(c, r)| build(c, &r))
}

fn all_finite(xs: &[f64]) -> bool {
    xs.iter().all(|v| v.is_finite())
}

/// Finite, non-negative cohorts and the accounting identity per sex and step.
fn check_projection(iso: &str, p: &Projection) -> Result<(), String> {
    if p.steps() == 0 || p.years() != p.steps() + 1 {
        return Err(format!("{iso}: {} steps, {} years", p.steps(), p.years()));
    }
    for k in 0..p.steps() {
        for sex in 0..2 {
            let at = || format!("{iso} step {k} sex {sex}");
            let (Some(start), Some(end), Some(c)) =
                (p.pop(k, sex), p.pop(k + 1, sex), p.step(k, sex))
            else {
                return Err(format!("{}: missing from the projection", at()));
            };
            let (b, d, m) = (c.births, c.death_count, c.mig_net_count);
            for (x, v) in end.iter().enumerate() {
                if !(v.is_finite() && *v >= 0.0) {
                    return Err(format!("{}: cohort {x} = {v}", at()));
                }
            }
            if !(b.is_finite() && b >= 0.0) {
                return Err(format!("{}: births {b}", at()));
            }
            if !d.iter().all(|v| v.is_finite() && *v >= 0.0) {
                return Err(format!("{}: deaths {d:?}", at()));
            }
            if !all_finite(m) {
                return Err(format!("{}: migrants not finite", at()));
            }
            let before: f64 = start.iter().sum();
            let after: f64 = end.iter().sum();
            let want = before + b - d.iter().sum::<f64>() + m.iter().sum::<f64>();
            if (after - want).abs() > IDENTITY_TOL * want.abs().max(after).max(1.0) {
                return Err(format!("{}: pop {after} but components give {want}", at()));
            }
            let (u, x) = (p.unremoved[k][sex], p.extra_death_count[k][sex]);
            if !(u.is_finite() && u >= 0.0 && x.is_finite() && x >= 0.0) {
                return Err(format!("{}: unremoved {u}, extra deaths {x}", at()));
            }
        }
        let (em, ef) = (p.e0_m[k], p.e0_f[k]);
        if !(em.is_finite() && ef.is_finite() && em > 0.0 && ef > 0.0) {
            return Err(format!("{iso} step {k}: e0 {em}, {ef}"));
        }
    }
    Ok(())
}

/// Everything promised of one projected scenario `given` (before sanitizing).
fn check(given: &Scenario, r: &ScenarioResult) -> Result<(), String> {
    let t = embedded_table().unwrap();
    // The clamp report: exactly the out-of-range or NaN levers, with the values used.
    for p in &t.params {
        match p.kind {
            ParamKind::Number => {
                let g = given.number(p.key).unwrap();
                let used = r.scenario.number(p.key).unwrap();
                let clamps: Vec<_> = r.clamps.iter().filter(|c| c.key == p.key).collect();
                let expect = if g.is_nan() {
                    Some(p.default)
                } else if g > p.max {
                    Some(p.max)
                } else if g < p.min {
                    Some(p.min)
                } else {
                    None
                };
                match (expect, clamps.as_slice()) {
                    (None, []) => {
                        if used != p.round(g) {
                            return Err(format!("{}: given {g}, used {used}", p.key));
                        }
                    }
                    (Some(e), [c]) if c.used == e && used == e => {}
                    _ => {
                        return Err(format!(
                            "{}: given {g}, used {used}, clamps {clamps:?}",
                            p.key
                        ))
                    }
                }
            }
            ParamKind::Choice => {
                let c = r.scenario.choice(p.key).unwrap();
                let g = given.choice(p.key).unwrap();
                if !c.eq_ignore_ascii_case(g) || !p.choices.contains(&c) {
                    return Err(format!("{}: given {g}, used {c}", p.key));
                }
            }
        }
    }
    if r.clamps.iter().any(|c| t.get(&c.key).is_none()) {
        return Err(format!("clamp of an unknown key: {:?}", r.clamps));
    }
    // The countries: the one shown, Russia, every partner, each once.
    if r.main.iso3 != r.scenario.country {
        return Err(format!(
            "main run is {}, scenario shows {}",
            r.main.iso3, r.scenario.country
        ));
    }
    let runs: Vec<_> = std::iter::once(&r.main).chain(&r.linked).collect();
    let mut isos: Vec<&str> = runs.iter().map(|c| c.iso3.as_str()).collect();
    isos.sort_unstable();
    let n = isos.len();
    isos.dedup();
    if isos.len() != n || !isos.contains(&"RUS") {
        return Err(format!("countries {isos:?}"));
    }
    for st in &r.streams {
        if !all_finite(&st.flow) {
            return Err(format!("stream {} not finite", st.label));
        }
        if let Some(p) = &st.partner {
            if r.country(p).is_none() {
                return Err(format!("partner {p} of {} not projected", st.label));
            }
        }
    }
    // Linkage: each country's stream flow is what the streams say, with Russia's sign.
    for run in &runs {
        for (k, f) in run.stream_flow.iter().enumerate() {
            let want: f64 = r
                .streams
                .iter()
                .filter_map(|st| {
                    let v = st.flow.get(k).copied().unwrap_or(0.0);
                    if run.iso3 == "RUS" {
                        Some(v)
                    } else {
                        (st.partner.as_deref() == Some(run.iso3.as_str())).then_some(-v)
                    }
                })
                .sum();
            if (f - want).abs() > 1e-9 * want.abs().max(1.0) {
                return Err(format!(
                    "{} step {k}: stream flow {f}, streams give {want}",
                    run.iso3
                ));
            }
        }
        check_projection(&run.iso3, &run.projection)?;
    }
    if !r.war_deaths.iter().all(|v| v.is_finite() && *v >= 0.0) {
        return Err("war deaths".into());
    }
    if !r.e0.iter().flatten().all(|v| v.is_finite() && *v > 0.0) {
        return Err("e0 reached".into());
    }
    // What the widget builds on the result.
    for run in &runs {
        for row in annual_rows(&run.projection) {
            let vals = [
                row.population,
                row.pop_20_64,
                row.pop_65_plus,
                row.median_age,
                row.old_age_dependency,
            ];
            let opts = [
                row.births,
                row.deaths,
                row.net_migration,
                row.e0_m,
                row.e0_f,
            ];
            if !all_finite(&vals) || !opts.iter().flatten().all(|v| v.is_finite()) {
                return Err(format!("{} {}: annual row {row:?}", run.iso3, row.year));
            }
            if vals.iter().any(|v| *v < 0.0) {
                return Err(format!("{} {}: negative {row:?}", run.iso3, row.year));
            }
        }
    }
    let c = comparison(&r.main.projection, &r.main.projection);
    if c.difference.iter().any(|(_, d)| *d != 0.0)
        || !c
            .outcomes
            .iter()
            .all(|o| o.a.is_finite() && o.difference == 0.0)
    {
        return Err("self-comparison not zero".into());
    }
    let data = embedded_data().unwrap();
    let paths = remittance_paths(data, r).map_err(|e| e.to_string())?;
    for p in &paths {
        for x in &p.path {
            let v = [x.stock_in_russia, x.remittances_usd, x.pct_gdp];
            if !all_finite(&v) || v.iter().any(|v| *v < 0.0) {
                return Err(format!("{} {}: remittances {x:?}", p.iso3, x.year));
            }
        }
    }
    for h in relokanty_hosts(data, r).map_err(|e| e.to_string())? {
        if !h.change.iter().all(|(_, v)| v.is_finite()) {
            return Err(format!("{}: host change not finite", h.iso3));
        }
    }
    Ok(())
}

fn run_and_check(s: &Scenario) -> Result<(), TestCaseError> {
    let r = projector()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .project(s);
    let r = r.map_err(|e| TestCaseError::fail(format!("{s:?}: refused: {e}")))?;
    check(s, &r).map_err(|e| TestCaseError::fail(format!("{}: {e}", query_of(s))))
}

/// A readable identification of a failing scenario (its sanitized query string).
fn query_of(s: &Scenario) -> String {
    let mut c = s.clone();
    let clamps = c.sanitize(embedded_table().unwrap());
    format!(
        "{:?} (given: {:?})",
        c.to_query().unwrap_or_default(),
        clamps
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn any_scenario_projects_finite_non_negative_and_balanced(s in scenario()) {
        run_and_check(&s)?;
    }

    /// A choice not in the table is refused with an error naming it, never projected as
    /// the default (the choices held as text; an enum cannot hold one).
    #[test]
    fn unknown_choices_are_refused_by_name(
        key in prop::sample::select(vec!["country"]),
        junk in prop_oneof![any::<String>(), "[A-Z]{0,4}".prop_map(|s| s)],
    ) {
        let t = embedded_table().unwrap();
        let p = t.get(key).unwrap();
        prop_assume!(!p.choices.iter().any(|c| c.eq_ignore_ascii_case(junk.trim())));
        let mut s = Scenario::baseline(t);
        *choice_field(&mut s, key) = junk.clone();
        let e = projector().lock().unwrap_or_else(|e| e.into_inner()).project(&s).unwrap_err();
        let named = matches!(&e, ScenarioError::Query(QueryError::BadChoice { key: k, .. }) if k == key);
        prop_assert!(named, "{}={:?}: {:?}", key, junk, e);
        prop_assert!(e.to_string().contains(key));
    }
}

/// Every lever at an extreme at once, for every country and variant, through the
/// one-shot `scenario::project` (fresh baselines): all at the minimum, all at the maximum,
/// alternating, and all far beyond (which must give the same projection as the bound,
/// plus one clamp per lever).
#[test]
fn every_lever_at_its_extremes_for_every_country() {
    let data = embedded_data().unwrap();
    let n = numeric().len();
    let patterns: [(&str, Vec<Raw>); 4] = [
        ("min", vec![Raw::Min; n]),
        ("max", vec![Raw::Max; n]),
        (
            "alternating",
            (0..n)
                .map(|i| if i % 2 == 0 { Raw::Min } else { Raw::Max })
                .collect(),
        ),
        ("beyond max", vec![Raw::Beyond(true, 300); n]),
    ];
    let mut checked = 0;
    for (country, iso) in COUNTRIES.iter().enumerate() {
        for (variant, var) in VARIANTS.iter().enumerate() {
            for (name, raws) in &patterns {
                let c = Choices {
                    country,
                    variant,
                    tfr_mode: (country + variant) % 2,
                    stock: country % 2,
                    lower: false,
                };
                let s = build(c, raws);
                let r = project(data, &s).unwrap_or_else(|e| panic!("{iso} {name}: {e}"));
                if let Err(e) = check(&s, &r) {
                    panic!("{iso} {var} {name}: {e}");
                }
                if *name == "beyond max" {
                    assert_eq!(r.clamps.len(), n);
                    let at_max = project(data, &build(c, &vec![Raw::Max; n])).unwrap();
                    assert_eq!(at_max.main.projection, r.main.projection);
                    assert!(at_max.clamps.is_empty());
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 8 * 3 * 4);
}
