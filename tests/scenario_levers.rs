//! The levers move what they should, through the engine's components: a labour stream moves
//! the same people out of Tajikistan and into Russia; war deaths stay missing; e0 and TFR
//! levers hit their targets in the engine's own outputs; zero migration with a constant
//! TFR of 1.4 approaches the stable-population growth rate; out-of-range levers are
//! clamped and reported, never a panic, NaN or negative population.

use crossroads::data::Variant;
use crossroads::engine::{self, Projection, AGES};
use crossroads::scenario::{embedded_data, levers, project, tfr_phase, Scenario, ScenarioResult};

fn run(q: &str) -> ScenarioResult {
    let (s, clamps) = Scenario::from_query(q).unwrap();
    assert!(clamps.is_empty(), "{q}: {clamps:?}");
    project(embedded_data().unwrap(), &s).unwrap()
}

fn cum(p: &Projection, to: usize, f: impl Fn(&Projection, usize) -> f64) -> f64 {
    (0..to).map(|k| f(p, k)).sum()
}

/// Issue 5: +100k a year net labour migration from Tajikistan to Russia from 2026 raises
/// Russia's 2050 population by 2.3–3.2 million and lowers Tajikistan's by the same migrants
/// plus their births minus their deaths. The lever is the change in stock by 2050: 2,500
/// thousand over the 25 calendar years 2026–2050 = 100 thousand a year.
#[test]
fn a_tajik_labour_stream_moves_the_same_people_between_both_countries() {
    let q = "lab_tjk=2500&lab_year=2050";
    let sc = run(q);
    let rus0 = run("");
    let tjk0 = run("country=TJK");
    let rus = &sc.main.projection;
    let tjk = &sc.country("TJK").unwrap().projection;
    let (r0, t0) = (&rus0.main.projection, &tjk0.main.projection);
    let i = rus.index_of(2050).unwrap();
    assert_eq!(sc.unremoved(), 0.0, "no cohort emptied");

    let gain = rus.total(i) - r0.total(i);
    eprintln!("Russia gains {gain:.1} thousand by 2050");
    assert!(
        (2300.0..=3200.0).contains(&gain),
        "Russia gains {gain} thousand by 2050"
    );

    // The migrants: what the engine applied to Russia over and above its baseline.
    let m_rus = cum(rus, i, Projection::net_migration) - cum(r0, i, Projection::net_migration);
    let m_tjk = cum(tjk, i, Projection::net_migration) - cum(t0, i, Projection::net_migration);
    // Steps to mid-2050 hold 24.5 of the 25 calendar years of flow.
    assert!((m_rus - 2450.0).abs() < 1e-6, "{m_rus}");
    assert!(
        (m_tjk + m_rus).abs() < 1e-6,
        "Tajikistan loses the same migrants: {m_tjk}"
    );

    let db = cum(tjk, i, Projection::births) - cum(t0, i, Projection::births);
    let dd = cum(tjk, i, Projection::deaths) - cum(t0, i, Projection::deaths);
    let loss = t0.total(i) - tjk.total(i);
    assert!(
        (loss - (m_rus - db + dd)).abs() < 1e-6,
        "Tajikistan's loss {loss} = migrants {m_rus} + their lost births {} - their deaths elsewhere {}",
        -db,
        -dd
    );
    // Their births are lost to Tajikistan and gained by Russia.
    assert!(db < 0.0);
    let db_rus = cum(rus, i, Projection::births) - cum(r0, i, Projection::births);
    assert!(db_rus > 0.0);
}

/// Every stream's flow leaves one country and arrives in the other (or goes to the rest of
/// the world): Russia's stream inflow = partners' outflow + unlinked flows.
#[test]
fn linked_flows_balance() {
    let sc = run("rel_return=50&ua_return=20&compat=300&crocus_end=2040&lab_uzb=-500");
    let russia: f64 = sc.country("RUS").unwrap().stream_flow.iter().sum();
    let partners: f64 = sc
        .linked
        .iter()
        .chain(std::iter::once(&sc.main))
        .filter(|c| c.iso3 != "RUS")
        .map(|c| c.stream_flow.iter().sum::<f64>())
        .sum();
    let unlinked: f64 = sc
        .streams
        .iter()
        .filter(|s| s.partner.is_none())
        .map(|s| s.total())
        .sum();
    assert!(
        (russia + partners - unlinked).abs() < 1e-6,
        "{russia} {partners} {unlinked}"
    );
    for iso in ["GEO", "ARM", "KAZ", "KGZ", "UKR", "UZB", "TJK"] {
        assert!(sc.country(iso).is_some(), "{iso} is projected");
    }
    // Half of the 870 thousand relokanty return 2026-2030 (the steps to mid-2031 hold it all).
    let rel: f64 = sc
        .streams
        .iter()
        .filter(|s| s.key == "rel_return")
        .map(|s| s.total())
        .sum();
    assert!((rel - 435.0).abs() < 1e-6, "{rel}");
}

/// War deaths go through the engine by age: the men stay missing, women and the men born
/// later are untouched (no two-sex effect on births by default).
#[test]
fn war_deaths_stay_missing() {
    let w = run("war_deaths=100&war_end=2030");
    let b = run("");
    let (pw, pb) = (&w.main.projection, &b.main.projection);
    let asked: f64 = w.war_deaths.iter().sum();
    assert!(
        (asked - 500.0).abs() < 1e-9,
        "five steps mid-2025..mid-2030: {asked}"
    );
    let removed: f64 = pw.extra_death_count.iter().map(|e| e[0]).sum();
    assert!((removed - 500.0).abs() < 1e-6);
    let i = pw.index_of(2050).unwrap();
    let (mw, mb) = (pw.pop(i, 0).unwrap(), pb.pop(i, 0).unwrap());
    // Aged 18-59 at the end of a war step (2026-2030) → 38-83 in 2050.
    let missing: f64 = (38..=83).map(|x| mb[x] - mw[x]).sum();
    eprintln!("men missing in 2050: {missing:.1} thousand");
    assert!(missing > 300.0 && missing < 500.0, "{missing}");
    for x in 0..38 {
        assert_eq!(mw[x], mb[x], "men aged {x} in 2050");
    }
    assert_eq!(pw.pop_count_f, pb.pop_count_f);
}

/// The e0 lever: the engine's own life table reports UN e0 + shift once the ramp is done.
#[test]
fn e0_shift_is_met_by_the_engine_life_table() {
    let s = run("e0_m=4&e0_f=-1.5&e0_year=2035");
    let b = run("");
    let (ps, pb) = (&s.main.projection, &b.main.projection);
    for k in 10..ps.steps() {
        assert!((ps.e0_m[k] - pb.e0_m[k] - 4.0).abs() < 1e-6, "step {k}");
        assert!((ps.e0_f[k] - pb.e0_f[k] + 1.5).abs() < 1e-6, "step {k}");
    }
    // Half way at step 4 (midpoint 4.5 years into a 10-year ramp: 0.45).
    assert!((ps.e0_m[4] - pb.e0_m[4] - 1.8).abs() < 1e-6);
}

/// A TFR shift of +0.5 with the UN phase-in reproduces the UN high variant's TFR path
/// (WPP 2024 tfrprojHigh = medium + 0.25/0.4/0.5 for 2024-28/2029-33/2034+), to the 3
/// decimals the TFR table carries.
#[test]
fn tfr_shift_follows_the_un_phase_in() {
    let d = embedded_data().unwrap();
    let rus = d.country("RUS").unwrap();
    let mut med = engine::baseline(rus, Variant::Medium).unwrap();
    let high = engine::baseline(rus, Variant::High).unwrap();
    levers::shift_tfr(&mut med, 0.5, tfr_phase(d, "RUS"));
    for k in 0..med.steps() {
        let (a, b) = (levers::tfr(&med.asfr[k]), levers::tfr(&high.asfr[k]));
        assert!((a - b).abs() < 2e-3, "step {k}: {a} vs {b}");
    }
}

/// Zero net migration and a constant TFR of 1.4 from 2025, against an independent
/// calculation: stable population theory. With fertility and mortality fixed, a closed
/// population's growth rate tends to Lotka's intrinsic rate r, the root of
/// Σ_x exp(-r(x+0.5)) · L_x · f_x · 1/(1+SRB) = 1, computed here from the 2099-2100 female
/// death rates (own crude life table, l_{x+1} = l_x·exp(-m_x)) and the fertility pattern
/// scaled to 1.4. Russia's age structure is far from stable in 2025 and mortality keeps
/// improving, so after 75 years the births' growth rate in the 2090s is within 0.25
/// percentage points of r (r ≈ -1.3 % a year; a TFR of 1.4 vs 1.6 shifts r by ~0.45 pp, so
/// the test separates them).
#[test]
fn no_migration_and_tfr_1_4_approach_the_stable_growth_rate() {
    let sc = run("mig_scale=0&tfr_mode=target&tfr_target=1.4&tfr_year=2026");
    let p = &sc.main.projection;
    assert!(p.net_migration(10).abs() < 1e-9);
    let d = embedded_data().unwrap();
    let inputs = engine::baseline(d.country("RUS").unwrap(), Variant::Medium).unwrap();
    let k = inputs.steps() - 1;
    let mx = inputs.mx[k][1];
    let asfr = inputs.asfr[k];
    let tfr: f64 = asfr.iter().sum();
    let srb = inputs.srb[k];
    let mut l = [0.0; AGES + 1];
    l[0] = 1.0;
    for x in 0..AGES {
        l[x + 1] = l[x] * (-mx[x]).exp();
    }
    let lotka = |r: f64| -> f64 {
        (0..AGES)
            .map(|x| {
                let big_l = 0.5 * (l[x] + l[x + 1]);
                (-r * (x as f64 + 0.5)).exp() * big_l * asfr[x] * 1.4 / tfr / (1.0 + srb)
            })
            .sum::<f64>()
            - 1.0
    };
    let (mut lo, mut hi) = (-0.1, 0.1);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if lotka(mid) > 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let r = 0.5 * (lo + hi);
    let n = p.steps();
    let growth = (p.births(n - 1) / p.births(n - 11)).ln() / 10.0;
    eprintln!("births growth 2090s {growth:.5}, Lotka r {r:.5}");
    assert!(r < -0.01 && r > -0.02, "r = {r}");
    assert!(
        (growth - r).abs() < 0.0025,
        "births grow {growth} vs Lotka r {r}"
    );
}

/// Out-of-range levers are clamped and reported; the projection stays finite and
/// non-negative, and anything the engine could not remove is reported, not hidden.
#[test]
fn extreme_levers_are_clamped_and_stay_sane() {
    let q = "tfr_shift=-9&e0_m=-99&e0_f=99&war_deaths=1e9&war_end=3000&rel_more=99999&lab_tjk=-1e9&mig_scale=-5";
    let (s, clamps) = Scenario::from_query(q).unwrap();
    let keys: Vec<&str> = clamps.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "tfr_shift",
            "e0_m",
            "e0_f",
            "war_deaths",
            "war_end",
            "rel_more",
            "lab_tjk",
            "mig_scale"
        ]
    );
    assert_eq!(s.war_deaths, 300.0);
    assert_eq!(s.mig_scale, 0.0);
    let r = project(embedded_data().unwrap(), &s).unwrap();
    for c in std::iter::once(&r.main).chain(r.linked.iter()) {
        for (i, m) in c.projection.pop_count_m.iter().enumerate() {
            let f = &c.projection.pop_count_f[i];
            assert!(
                m.iter().chain(f.iter()).all(|v| v.is_finite() && *v >= 0.0),
                "{} year {i}",
                c.iso3
            );
        }
        assert!(c.projection.e0_m.iter().all(|v| v.is_finite()));
    }
    // Tajikistan cannot send 3 million back beyond its ... nor can Russia lose more than it has:
    // whatever could not be removed is counted.
    assert!(r.unremoved().is_finite());
}

/// The brief's percentage (in `data/briefs_figures.csv`) as a fraction.
fn brief_pct(id: &str) -> f64 {
    embedded_data().unwrap().brief(id).unwrap().value.unwrap() / 100.0
}

/// UN DESA stock of people born in `origin` living in Russia, latest year, thousands.
fn undesa_stock(origin: &str) -> f64 {
    let d = embedded_data().unwrap();
    let year = d.migrant_stock.iter().map(|r| r.year).max().unwrap();
    d.migrant_stock
        .iter()
        .filter(|r| r.dest == "RUS" && r.origin == origin && r.year == year)
        .map(|r| r.persons)
        .sum::<f64>()
        / 1000.0
}

/// Russia's net migration in the scenario less UN WPP's, summed over the steps to mid-`year`
/// (the change in Russia's stock of migrants the scenario makes by then).
fn extra_migrants(sc: &ScenarioResult, base: &ScenarioResult, year: i32) -> f64 {
    let (p, b) = (&sc.main.projection, &base.main.projection);
    let i = p.index_of(year).unwrap();
    cum(p, i, Projection::net_migration) - cum(b, i, Projection::net_migration)
}

/// Post-Crocus fall (brief: Tajik job seekers -60 %, Uzbek labour inflow -40 %, both falls
/// in yearly arrivals): the lever cuts the yearly inflow, the stock over the assumed mean
/// stay, not the stock. Its first calendar year removes from Russia's net migration no more
/// than the brief's percentages of that inflow (UN DESA stocks, or the Interior Ministry's
/// total split by their shares); lasting to the end, the stock loss grows year by year
/// towards the brief's shares of the stock; once the fall ends the gap closes; the default
/// (the fall is over) leaves UN WPP as it is.
#[test]
fn the_crocus_fall_cuts_arrivals_not_the_stock() {
    let d = embedded_data().unwrap();
    let f = crossroads::scenario::Figures::new(d).unwrap();
    let (tj, uz) = (brief_pct("CR098"), brief_pct("CR099"));
    let stock = [
        undesa_stock("UZB"),
        undesa_stock("TJK"),
        undesa_stock("KGZ"),
    ];
    let mvd = d.brief("CR057").unwrap().value.unwrap() / 1000.0 / stock.iter().sum::<f64>();
    let base = run("");
    assert!(base.streams.is_empty(), "the default: the fall is over");
    for (q, scale) in [("crocus_end=2100", 1.0), ("crocus_end=2100&stock=mvd", mvd)] {
        let inflow = |i: usize| stock[i] * scale / f.mean_stay;
        let cap = tj * inflow(1) + uz * inflow(0);
        let sc = run(q);
        // Step 0 (mid-2025 to mid-2026) holds half of calendar 2026, the first year.
        let first_year =
            2.0 * (base.main.projection.net_migration(0) - sc.main.projection.net_migration(0));
        eprintln!("{q}: first-year removal {first_year:.1} thousand, cap {cap:.1}");
        assert!(
            first_year > 0.0 && first_year <= cap + 1e-9,
            "{q}: {first_year} > {cap}"
        );
        // The stock loss grows over time, towards the brief's shares of the stock.
        let long_run = (tj * stock[1] + uz * stock[0]) * scale;
        let loss: Vec<f64> = [2027, 2030, 2040, 2060, 2100]
            .iter()
            .map(|&y| -extra_migrants(&sc, &base, y))
            .collect();
        assert!(loss.windows(2).all(|w| w[0] < w[1]), "{q}: {loss:?}");
        assert!(loss[0] < 0.3 * long_run, "{q}: not at once: {loss:?}");
        assert!(
            (loss[4] / long_run - 1.0).abs() < 0.01,
            "{q}: {loss:?} vs {long_run}"
        );
    }
    // Ending in 2035: the same loss until then, and the gap closes after it.
    let persists = run("crocus_end=2100");
    let back = run("crocus_end=2035");
    let gap = |sc: &ScenarioResult, y: i32| -extra_migrants(sc, &base, y);
    assert!((gap(&back, 2034) - gap(&persists, 2034)).abs() < 1e-6);
    assert!(
        gap(&back, 2060) < 0.1 * gap(&back, 2036),
        "the stock comes back"
    );
}

/// Switching the fertility lever to `target` with the target left at its default sets no
/// target: every year's population by sex and age equals the untouched scenario's (UN WPP
/// 2024 medium) to 1e-9 relative, in Russia and in countries whose UN path is far from
/// Russia's default target (Tajikistan, Ukraine), also with the target year moved. A target
/// the reader sets still acts.
#[test]
fn the_target_mode_alone_keeps_the_un_path() {
    for iso in ["RUS", "TJK", "UKR"] {
        let base = run(&format!("country={iso}"));
        for q in ["tfr_mode=target", "tfr_mode=target&tfr_year=2060"] {
            let sc = run(&format!("country={iso}&{q}"));
            let (p, b) = (&sc.main.projection, &base.main.projection);
            assert_eq!(p.years(), b.years());
            for i in 0..b.years() {
                for sex in 0..2 {
                    let (x, y) = (p.pop(i, sex).unwrap(), b.pop(i, sex).unwrap());
                    for a in 0..AGES {
                        assert!(
                            (x[a] - y[a]).abs() <= 1e-9 * y[a].abs().max(1e-9),
                            "{iso} {q}: year {} sex {sex} age {a}: {} vs {}",
                            b.year(i),
                            x[a],
                            y[a]
                        );
                    }
                }
            }
        }
    }
    let set = run("tfr_mode=target&tfr_target=2.1");
    let base = run("");
    let i = base.main.projection.index_of(2100).unwrap();
    assert!(set.main.projection.total(i) > base.main.projection.total(i) + 1000.0);
}

/// War deaths (the rate of US officials' estimate of Russian military dead) are added after
/// mid-base year only: at the default end year (the base year) the lever does nothing and is
/// reported so, with a reason in English and Russian, whether its value was given or not.
/// Ending in 2030, men aged 18-59 in 2030 are fewer by about the deaths asked for: deaths
/// a year × the years from mid-base year to mid-2030 (less the few who would have died or
/// aged past 59 anyway).
#[test]
fn war_deaths_act_after_the_base_year_only_and_say_so() {
    let table = crossroads::scenario::embedded_table().unwrap();
    let (deaths, end) = (
        table.get("war_deaths").unwrap(),
        table.get("war_end").unwrap(),
    );
    assert!(deaths.default > 0.0);
    assert_eq!(end.default, end.min, "the default end is the base year");
    for q in ["", "war_deaths=100"] {
        let (s, _, notes) = Scenario::from_query_notes(q).unwrap();
        let n = notes.iter().find(|n| n.key == "war_deaths");
        let n = n.unwrap_or_else(|| panic!("{q:?}: war deaths not reported inactive: {notes:?}"));
        assert_eq!(n.implicit, q.is_empty());
        assert!(
            n.why.contains("after mid-2025 only") && n.why.contains("UN WPP 2024"),
            "{}",
            n.why
        );
        assert!(n.why_ru.contains("после середины 2025"), "{}", n.why_ru);
        // The note tells the truth: nothing is added.
        assert!(run(q).war_deaths.iter().all(|d| *d == 0.0));
        assert_eq!(run(q).main.projection, run("").main.projection, "{s:?}");
    }
    let (_, _, notes) = Scenario::from_query_notes("war_end=2030").unwrap();
    assert!(notes.iter().all(|n| n.key != "war_deaths"), "{notes:?}");

    let w = run("war_end=2030");
    let b = run("");
    let (pw, pb) = (&w.main.projection, &b.main.projection);
    let i = pw.index_of(2030).unwrap();
    let men = |p: &Projection| p.pop(i, 0).unwrap()[18..=59].iter().sum::<f64>();
    let fewer = men(pb) - men(pw);
    let years = f64::from(2030 - pb.base_year);
    let asked = deaths.default * years;
    eprintln!("men 18-59 in 2030: {fewer:.1} thousand fewer; deaths asked {asked:.1}");
    assert!(
        fewer > 0.9 * asked && fewer <= asked,
        "{fewer} vs {} a year × {years} years",
        deaths.default
    );
}
