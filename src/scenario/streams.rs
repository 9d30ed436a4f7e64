//! Migration streams between Russia and its partners: the scenario's stream levers turned
//! into net flows into Russia per projection step, each with its Rogers–Castro age–sex
//! profile and the partner country that loses (or gains) the same people. Flows are
//! written as calendar-year amounts and averaged onto steps (see [`super::levers`]).
//!
//! - Labour migrants (UZ, TJ, KG): net migration adding up to the chosen change in stock,
//!   spread evenly over the calendar years from the first whole projection year to the
//!   chosen year; men in the share of the UN DESA stock of the three countries' born in
//!   Russia ([`Figures::labour_male_share`]).
//! - Post-Crocus fall: the brief's falls are in yearly arrivals (Tajik job seekers -60 %,
//!   Uzbek labour inflow -40 %), so they cut the yearly inflow, taken as the chosen stock
//!   measure over an assumed mean stay ([`super::figures::MEAN_STAY_YEARS`]), from the first
//!   whole projection year to the end year (to the end when the end year is the last
//!   projection year). Returns go on at one in `mean_stay` of the stock a year, so the
//!   stock falls gradually towards the brief's shares of it and, once arrivals are back,
//!   climbs back the same way.
//! - Compatriots: the difference between the chosen level and the latest reported level
//!   (taken as already contained in WPP's net migration), from the chosen year; origins in
//!   the shares of the cumulative arrivals reported by origin (Kazakhstan, Ukraine,
//!   Tajikistan), the rest unlinked ("other countries").
//! - Ukrainians: further arrivals per year minus the returning share of the UNHCR stock,
//!   evenly to the chosen year.
//! - Relokanty: the returning share of the stock minus further outflow, evenly to the
//!   chosen year; hosts Georgia, Armenia, Kazakhstan and Kyrgyzstan in proportion to the
//!   midpoints of the brief's stock ranges over the default stock, the rest unlinked.

use serde::Serialize;

use crate::engine::BySexAge;

use super::figures::Figures;
use super::levers::calendar_to_steps;
use super::query::Scenario;
use super::schedule::RogersCastro;

/// One stream between Russia and one partner (or the rest of the world).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stream {
    /// Lever key the stream comes from.
    pub key: &'static str,
    pub label: String,
    /// ISO3 of the partner whose projection moves the other way; `None` for people to or
    /// from countries outside the eight.
    pub partner: Option<String>,
    /// Net flow into Russia per step actually moved, thousands: `asked` less the people the
    /// sending country could not give up (see [`Stream::shortfall`]).
    pub flow: Vec<f64>,
    /// Net flow into Russia per step as the levers ask for it, thousands.
    pub asked: Vec<f64>,
    /// People of the stream the sending country (the partner when `asked` is positive,
    /// Russia when negative) could not give up because their cohorts were empty, per step
    /// and sex `[male, female]`, thousands, never negative; they stay out of the receiving
    /// country too. Zero for a stream without a partner.
    pub shortfall: Vec<[f64; 2]>,
    #[serde(skip)]
    pub profile: BySexAge,
}

impl Stream {
    /// Net flow into Russia actually moved over all steps.
    pub fn total(&self) -> f64 {
        self.flow.iter().sum()
    }
    /// Net flow into Russia asked for over all steps.
    pub fn total_asked(&self) -> f64 {
        self.asked.iter().sum()
    }
    /// People who could not be moved over all steps, both sexes.
    pub fn total_shortfall(&self) -> f64 {
        self.shortfall.iter().map(|s| s[0] + s[1]).sum()
    }
    /// The partner when it is a projected country other than Russia (the stream is linked).
    pub fn linked_partner(&self) -> Option<&str> {
        self.partner.as_deref().filter(|p| *p != "RUS")
    }
}

/// Even spread of `amount` over calendar years `first..=last` (nothing if `last < first`).
fn spread(amount: f64, first: i32, last: i32) -> impl Fn(i32) -> f64 {
    let n = (i64::from(last) - i64::from(first) + 1).max(0) as f64;
    move |y| {
        if n > 0.0 && y >= first && y <= last {
            amount / n
        } else {
            0.0
        }
    }
}

/// Net flow into Russia in calendar years `first..=last` when `missing` thousand of the
/// yearly arrivals stay away in the years `first..end` (every year from `first` when `end`
/// is the last year), while returns go on at one in `stay` of the stock a year: the stock
/// loses `missing` in the first year, then less each year as fewer are left to return
/// (towards `missing × stay` below its level); once arrivals are back the gap closes the
/// same way, a `1/stay` share a year.
fn arrivals_cut(missing: f64, stay: f64, first: i32, end: i32, last: i32) -> Vec<f64> {
    let stay = stay.max(1.0);
    let mut gap = 0.0; // stock below its level without the shock (negative)
    (first..=last)
        .map(|y| {
            let on = y < end || end >= last;
            let net = -gap / stay - if on { missing } else { 0.0 };
            gap += net;
            net
        })
        .collect()
}

/// The streams a scenario sets (those with any non-zero flow).
pub fn streams(f: &Figures, s: &Scenario, steps: usize) -> Vec<Stream> {
    let base_year = f.base_year;
    let first = base_year + 1;
    let last_proj = base_year + steps as i32;
    let mut out = Vec::new();
    let mut push = |key: &'static str,
                    label: String,
                    partner: Option<&str>,
                    flow: Vec<f64>,
                    profile: BySexAge| {
        if flow.iter().any(|v| *v != 0.0) {
            out.push(Stream {
                key,
                label,
                partner: partner.map(str::to_string),
                shortfall: vec![[0.0; 2]; flow.len()],
                asked: flow.clone(),
                flow,
                profile,
            });
        }
    };

    // Labour migrants.
    let origins = [
        ("lab_uzb", "UZB", "Uzbekistan", s.lab_uzb, 0usize),
        ("lab_tjk", "TJK", "Tajikistan", s.lab_tjk, 1),
        ("lab_kgz", "KGZ", "Kyrgyzstan", s.lab_kgz, 2),
    ];
    let labour = RogersCastro::LABOUR
        .with_male_share(f.labour_male_share())
        .profile();
    for (key, iso, name, change, _) in origins {
        let g = spread(change, first, s.lab_year as i32);
        push(
            key,
            format!("Labour migrants from {name}"),
            Some(iso),
            calendar_to_steps(base_year, steps, g),
            labour,
        );
    }

    // Post-Crocus fall in arrivals: the brief's percentages cut the yearly inflow.
    let end = s.crocus_end as i32;
    if end > first {
        let inflow = f.inflow(s.stock);
        for (_, iso, name, _, i) in origins {
            let cut = f.crocus_drop.get(i).copied().unwrap_or(0.0);
            let arrivals = inflow.get(i).copied().unwrap_or(0.0);
            if cut * arrivals == 0.0 {
                continue;
            }
            let years = arrivals_cut(cut * arrivals, f.mean_stay, first, end, last_proj);
            let g = |y: i32| {
                usize::try_from(y - first)
                    .ok()
                    .and_then(|j| years.get(j))
                    .copied()
                    .unwrap_or(0.0)
            };
            push(
                "crocus_end",
                format!("Post-Crocus fall in arrivals from {name}"),
                Some(iso),
                calendar_to_steps(base_year, steps, g),
                labour,
            );
        }
    }

    // Compatriots.
    let extra = s.compat - f.compat_latest;
    if extra != 0.0 {
        let from = s.compat_from as i32;
        let family = RogersCastro::FAMILY.profile();
        let mut rest = 1.0;
        for (iso, share) in &f.compat_origins {
            rest -= share;
            push(
                "compat",
                format!("Compatriots Program, from {iso}"),
                Some(iso),
                calendar_to_steps(base_year, steps, |y| {
                    if y >= from {
                        extra * share
                    } else {
                        0.0
                    }
                }),
                family,
            );
        }
        push(
            "compat",
            "Compatriots Program, from other countries".to_string(),
            None,
            calendar_to_steps(base_year, steps, |y| {
                if y >= from {
                    extra * rest.max(0.0)
                } else {
                    0.0
                }
            }),
            family,
        );
    }

    // Ukrainians.
    let ua_net = s.ua_more * f64::from((s.ua_year as i32 - first + 1).max(0))
        - s.ua_return / 100.0 * f.ua_stock;
    let g = spread(ua_net, first, s.ua_year as i32);
    push(
        "ua_return",
        "Ukrainians (returns to Ukraine, further arrivals)".to_string(),
        Some("UKR"),
        calendar_to_steps(base_year, steps, g),
        RogersCastro::FAMILY
            .with_male_share(f.ua_male_share)
            .profile(),
    );

    // Relokanty.
    let years = f64::from((s.rel_year as i32 - first + 1).max(0));
    let rel_net = s.rel_return / 100.0 * s.rel_stock - s.rel_more * years;
    if rel_net != 0.0 {
        let prof = RogersCastro::RELOKANTY.profile();
        let mut rest = 1.0;
        for (iso, lo, hi, _) in &f.rel_hosts {
            let share = if f.rel_stock > 0.0 {
                (lo + hi) / 2.0 / f.rel_stock
            } else {
                0.0
            };
            rest -= share;
            let g = spread(rel_net * share, first, s.rel_year as i32);
            push(
                "rel_return",
                format!("Relokanty, in {iso}"),
                Some(iso),
                calendar_to_steps(base_year, steps, g),
                prof,
            );
        }
        let g = spread(rel_net * rest.max(0.0), first, s.rel_year as i32);
        push(
            "rel_return",
            "Relokanty, in other countries".to_string(),
            None,
            calendar_to_steps(base_year, steps, g),
            prof,
        );
    }
    out
}
