//! The UN WPP 2024 inputs of one country turned into per-step [`Inputs`]: the variant's
//! mid-2025 population split to single ages, single-age death rates interpolated in age and
//! time from the abridged 5-year-period tables, single-age fertility from TFR and the
//! percent age pattern, sex ratio at birth and net migrants by single age, each calendar-year
//! series averaged onto the mid-year to mid-year steps.
//!
//! Timing conventions: a step from mid-year `t` to `t+1` takes the mean of the calendar-year
//! values of `t` and `t+1` (TFR and age pattern, sex ratio at birth, net migrants); death
//! rates are interpolated log-linearly in time between the midpoints (1 January `p+3`) of
//! the 5-year periods `p`–`p+5`, at the step's midpoint (1 January `t+1`), the trend of the
//! two nearest periods being extended past the last midpoint. Net migrants are re-aged from
//! age during the year to age at the end of the step ([`to_end_of_step_ages`]); the engine
//! then adds half at the start and half at the end of the step.

use super::lifetable::LifeTable;
use super::split::{split_groups, sprague_split};
use super::{BySexAge, EngineError, Inputs, AGES};
use crate::data::{
    CountryData, Sex, Variant, AGE5_GROUPS, MX_AGE_START, MX_GROUPS, PASFR_FIRST_AGE, PASFR_GROUPS,
};

/// First year of the projection (mid-year base population).
pub const BASE_YEAR: i32 = 2025;
/// Last projected mid-year.
pub const END_YEAR: i32 = 2100;

/// WPP 2024 inputs for mid-2025 → mid-2100 (75 annual steps) for `variant` (Medium, Low or
/// High: the three differ only in TFR and the base population).
pub fn baseline(country: &CountryData, variant: Variant) -> Result<Inputs, EngineError> {
    baseline_span(country, variant, BASE_YEAR, END_YEAR)
}

/// As [`baseline`] but from mid-year `base_year` to mid-year `end_year` (both multiples of
/// 5 are not required for the end; the base needs a 5-year age table).
pub fn baseline_span(
    country: &CountryData,
    variant: Variant,
    base_year: i32,
    end_year: i32,
) -> Result<Inputs, EngineError> {
    if variant == Variant::Estimate {
        return Err(EngineError::UnsupportedVariant(format!("{variant:?}")));
    }
    let steps = usize::try_from(end_year - base_year).unwrap_or(0);
    let name = country.info.iso3.as_str();
    let missing = |table: &'static str, year: i32, what: &str| EngineError::MissingData {
        country: name.to_string(),
        table,
        year,
        what: what.to_string(),
    };

    // Base population: monotone cubic split of each sex's cumulative 5-year counts; 100+
    // stays the open age.
    let mut pop_base: BySexAge = [[0.0; AGES]; 2];
    for sex in Sex::BOTH {
        let g = country.pop_age5(base_year, variant, sex).ok_or_else(|| {
            missing(
                "pop_age5",
                base_year,
                &format!("{variant:?} population by age"),
            )
        })?;
        split_population(g, &mut pop_base[sex.index()]);
    }

    // Death rates: one single-age schedule per 5-year period, then log-linear in time
    // between period midpoints.
    let periods = mortality_periods(country, base_year, end_year, &missing)?;
    let mut mx = Vec::with_capacity(steps);
    for k in 0..steps {
        let mid = (base_year + k as i32) as f64 + 1.0; // step midpoint, as decimal year
        mx.push(interpolate_periods(&periods, mid));
    }

    // Calendar-year series: step k averages years base+k and base+k+1.
    let mut asfr = Vec::with_capacity(steps);
    let mut srb = Vec::with_capacity(steps);
    let mut mig = Vec::with_capacity(steps);
    let year_asfr = |y: i32| -> Result<[f64; AGES], EngineError> {
        let ind = country
            .indicator(y)
            .ok_or_else(|| missing("indicators", y, "indicator row"))?;
        let tfr = match variant {
            Variant::Low => ind.tfr_low,
            Variant::High => ind.tfr_high,
            _ => ind.tfr,
        }
        .ok_or_else(|| missing("indicators", y, &format!("{variant:?} TFR")))?;
        let pasfr = country
            .pasfr5(y)
            .ok_or_else(|| missing("pasfr5", y, "fertility age pattern"))?;
        Ok(split_fertility(tfr, pasfr))
    };
    let year_srb = |y: i32| {
        country
            .indicator(y)
            .and_then(|r| r.srb)
            .ok_or_else(|| missing("indicators", y, "sex ratio at birth"))
    };
    let year_mig = |y: i32| -> Result<BySexAge, EngineError> {
        let mut m = [[0.0; AGES]; 2];
        for sex in Sex::BOTH {
            let row = country
                .netmig_age1(y, sex)
                .ok_or_else(|| missing("netmig_age1", y, "net migrants by age"))?;
            to_end_of_step_ages(row, &mut m[sex.index()]);
        }
        Ok(m)
    };
    let mut a_prev = year_asfr(base_year)?;
    let mut s_prev = year_srb(base_year)?;
    let mut m_prev = year_mig(base_year)?;
    for k in 0..steps {
        let y = base_year + k as i32 + 1;
        let a_next = year_asfr(y)?;
        let s_next = year_srb(y)?;
        let m_next = year_mig(y)?;
        let mut a = [0.0; AGES];
        for x in 0..AGES {
            a[x] = 0.5 * (a_prev[x] + a_next[x]);
        }
        asfr.push(a);
        srb.push(0.5 * (s_prev + s_next));
        let mut m = [[0.0; AGES]; 2];
        for sex in 0..2 {
            for x in 0..AGES {
                m[sex][x] = 0.5 * (m_prev[sex][x] + m_next[sex][x]);
            }
        }
        mig.push(m);
        a_prev = a_next;
        s_prev = s_next;
        m_prev = m_next;
    }

    Ok(Inputs {
        base_year,
        pop_base,
        mx,
        asfr,
        srb,
        mig,
        extra_deaths: vec![[[0.0; AGES]; 2]; steps],
    })
}

/// WPP counts net migrants by their age during the calendar year (a Lexis square); the
/// engine wants the age at the end of the step. Migrants move evenly through the year, so
/// half of those aged `x` when they move are still `x` at the end of the year and half have
/// turned `x + 1`; the open age keeps both halves of 100+.
pub fn to_end_of_step_ages(during: &[f64; AGES], out: &mut [f64; AGES]) {
    out[0] = 0.5 * during[0];
    for x in 1..AGES {
        out[x] = 0.5 * (during[x - 1] + during[x]);
    }
    out[AGES - 1] += 0.5 * during[AGES - 1];
}

/// Single ages from a 5-year population table (0-4 … 95-99, 100+).
pub fn split_population(groups: &[f64; AGE5_GROUPS], out: &mut [f64; AGES]) {
    let mut knots = [0.0; AGE5_GROUPS];
    for (i, k) in knots.iter_mut().enumerate() {
        *k = 5.0 * i as f64;
    }
    split_groups(&knots, &groups[..AGE5_GROUPS - 1], &mut out[..AGES - 1]);
    out[AGES - 1] = groups[AGE5_GROUPS - 1].max(0.0);
}

/// Single-age fertility rates from TFR and the percent distribution by maternal age group
/// 10-14 … 50-54: group `g` holds `tfr * pasfr[g] / 100` births per woman, spread over its
/// five ages by Sprague's osculatory multipliers ([`sprague_split`]), which follow the
/// curvature of the neighbouring groups (a smooth curve, no flat rates within a group) and
/// keep each group's total.
pub fn split_fertility(tfr: f64, pasfr: &[f64; PASFR_GROUPS]) -> [f64; AGES] {
    let mut totals = [0.0; PASFR_GROUPS];
    for g in 0..PASFR_GROUPS {
        totals[g] = tfr.max(0.0) * pasfr[g].max(0.0) / 100.0;
    }
    let mut out = [0.0; AGES];
    let first = PASFR_FIRST_AGE as usize;
    sprague_split(&totals, &mut out[first..first + 5 * PASFR_GROUPS]);
    out
}

/// One period's single-age death rates by sex, with the decimal year of its midpoint.
struct Period {
    mid: f64,
    log_mx: BySexAge,
}

fn mortality_periods(
    country: &CountryData,
    base_year: i32,
    end_year: i32,
    missing: &dyn Fn(&'static str, i32, &str) -> EngineError,
) -> Result<Vec<Period>, EngineError> {
    // Periods whose span meets the projection; the period holding the base year is the one
    // starting at or before it.
    let first = base_year - base_year.rem_euclid(5);
    let last = (end_year - 1) - (end_year - 1).rem_euclid(5);
    let mut out = Vec::new();
    let mut p = first;
    while p <= last {
        let mut log_mx = [[0.0; AGES]; 2];
        for sex in Sex::BOTH {
            let rates = country
                .mx5(p, sex)
                .ok_or_else(|| missing("mx5", p, "death rates for the period starting 1 July"))?;
            let single = single_age_mx(rates, sex.index());
            for x in 0..AGES {
                log_mx[sex.index()][x] = single[x].max(1e-12).ln();
            }
        }
        // 1 July p to 30 June p+5: midpoint 1 January p+3.
        out.push(Period {
            mid: p as f64 + 3.0,
            log_mx,
        });
        p += 5;
    }
    Ok(out)
}

/// Log-linear interpolation between period midpoints; beyond the first or last midpoint
/// the trend of the two nearest periods is extended.
fn interpolate_periods(periods: &[Period], t: f64) -> BySexAge {
    let mut out = [[0.0; AGES]; 2];
    let n = periods.len();
    if n == 0 {
        return out;
    }
    if n == 1 {
        for sex in 0..2 {
            for x in 0..AGES {
                out[sex][x] = periods[0].log_mx[sex][x].exp();
            }
        }
        return out;
    }
    let mut i = 0;
    while i + 2 < n && t > periods[i + 1].mid {
        i += 1;
    }
    let (a, b) = (&periods[i], &periods[i + 1]);
    let w = (t - a.mid) / (b.mid - a.mid);
    for sex in 0..2 {
        for x in 0..AGES {
            out[sex][x] = ((1.0 - w) * a.log_mx[sex][x] + w * b.log_mx[sex][x]).exp();
        }
    }
    out
}

/// Single-age death rates from one abridged schedule (0, 1-4, 5-9, …, 95-99, 100+):
/// log-linear in age between group midpoints, then each group rescaled until its
/// life-table rate `sum d_x / sum L_x` equals the published one.
pub fn single_age_mx(abridged: &[f64; MX_GROUPS], sex: usize) -> [f64; AGES] {
    // Midpoints (exact age) of the groups 1-4 … 95-99.
    let mut mids = [0.0; MX_GROUPS];
    for g in 1..MX_GROUPS - 1 {
        let lo = MX_AGE_START[g] as f64;
        let hi = MX_AGE_START[g + 1] as f64;
        mids[g] = 0.5 * (lo + hi);
    }
    let mut mx = [0.0; AGES];
    mx[0] = abridged[0];
    mx[AGES - 1] = abridged[MX_GROUPS - 1];
    let mut g = 1;
    for (x, slot) in mx.iter_mut().enumerate().take(AGES - 1).skip(1) {
        let c = x as f64 + 0.5;
        while g + 1 < MX_GROUPS - 2 && c > mids[g + 1] {
            g += 1;
        }
        let (x0, x1) = (mids[g], mids[g + 1]);
        let (y0, y1) = (abridged[g].max(1e-12).ln(), abridged[g + 1].max(1e-12).ln());
        let w = (c - x0) / (x1 - x0);
        *slot = (y0 + w * (y1 - y0)).exp();
    }
    for _ in 0..6 {
        let lt = LifeTable::from_mx(&mx, sex);
        for g in 1..MX_GROUPS - 1 {
            let lo = MX_AGE_START[g] as usize;
            let hi = MX_AGE_START[g + 1] as usize;
            let d: f64 = lt.dx[lo..hi].iter().sum();
            let l: f64 = lt.big_lx[lo..hi].iter().sum();
            if d > 0.0 && l > 0.0 {
                let f = abridged[g] / (d / l);
                for m in &mut mx[lo..hi] {
                    *m *= f;
                }
            }
        }
    }
    mx
}
