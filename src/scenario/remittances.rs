//! Remittances: the World Bank history (2010–2023, remittances received and their share of
//! GDP, computed from the two current-dollar series) and a transparent scenario model.
//!
//! History for six receiving countries (KG, TJ, UZ, AM, GE, KZ). Model, for each country c
//! whose migrant stock in Russia a lever moves (KG, TJ, UZ; no lever moves the Armenian,
//! Georgian or Kazakh stock, so those three have history only):
//!
//! R_c(t) = R_c(t0) · [ (1 − s_c) + s_c · S_c(t) / S_c(t0) ]
//!
//! where t0 is the latest World Bank year, s_c the part of c's remittances assumed to come
//! from Russia (a parameter: `rshare_*`, whose default is a stated proxy: see
//! [`super::RemitShare`]), and S_c the stock of c's migrants in Russia: the chosen measure in the base year (UN DESA
//! foreign-born 2024, or the Interior Ministry's 10.5 million split by UN DESA shares) plus
//! the scenario's cumulative labour-migrant flows from c (labour-stock levers and the
//! post-Crocus drop). Remittances per migrant and GDP are held at their t0 values (current
//! US$), so the path shows the migration effect alone, not growth or exchange rates.

use serde::Serialize;

use crate::data::Dataset;

use super::choices::StockMeasure;
use super::error::ScenarioError;
use super::figures::{bilateral, Figures, RemitShare, REMITTANCE_COUNTRIES};
use super::params::REMIT_KEYS;
use super::run::ScenarioResult;

/// One year of remittances received (World Bank, current US$).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RemittanceYear {
    pub year: i32,
    pub remittances_usd: f64,
    pub gdp_usd: f64,
    /// 100 × remittances / GDP from the two current-dollar series.
    pub pct_gdp: f64,
}

/// One mid-year of a scenario's remittance path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RemittancePoint {
    pub year: i32,
    /// Stock of the country's migrants in Russia, thousands.
    pub stock_in_russia: f64,
    pub remittances_usd: f64,
    pub pct_gdp: f64,
}

/// A receiving country's history and scenario path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RemittancePath {
    pub iso3: String,
    /// Part of the remittances assumed to come from Russia, percent, as used; `None` for a
    /// country no lever moves (history only, `path` empty).
    pub share_from_russia: Option<f64>,
    /// What the share's default measures (catalog text; `None` without a share).
    pub share_text: Option<crate::i18n::Text>,
    /// `share_text` in English and Russian (empty without a share), for callers not yet
    /// given a language code.
    pub share_source: String,
    pub share_source_ru: String,
    /// Measure of the base stock (`undesa` or `mvd`).
    pub stock_measure: String,
    pub history: Vec<RemittanceYear>,
    pub path: Vec<RemittancePoint>,
}

/// World Bank remittances of one country, oldest first.
pub fn history(data: &Dataset, iso3: &str) -> Vec<RemittanceYear> {
    let mut h: Vec<RemittanceYear> = data
        .remittances
        .iter()
        .filter(|r| r.iso3.eq_ignore_ascii_case(iso3))
        .map(|r| RemittanceYear {
            year: r.year,
            remittances_usd: r.remittances_usd,
            gdp_usd: r.gdp_usd,
            pct_gdp: if r.gdp_usd > 0.0 {
                100.0 * r.remittances_usd / r.gdp_usd
            } else {
                0.0
            },
        })
        .collect();
    crate::num::sort_by_key(&mut h, |r| r.year);
    h
}

/// The remittances of the six receiving countries under a projected scenario: history for
/// all, a scenario path for those with a share lever.
pub fn remittance_paths(
    data: &Dataset,
    result: &ScenarioResult,
) -> Result<Vec<RemittancePath>, ScenarioError> {
    let f = Figures::new(data)?;
    let s = &result.scenario;
    let mut out = Vec::new();
    for iso in REMITTANCE_COUNTRIES {
        let hist = history(data, iso);
        let Some(last) = hist.last().cloned() else {
            continue;
        };
        let lever = REMIT_KEYS
            .iter()
            .zip(&f.remit_shares)
            .find(|(_, sh)| sh.iso3 == iso);
        let (share, path, source) = match lever {
            Some((key, sh)) => {
                let share = crate::num::clamp(s.number(key).unwrap_or(0.0), 0.0, 100.0);
                let path = scenario_path(data, &f, result, iso, share, &last)?;
                (Some(share), path, Some(sh))
            }
            None => (None, Vec::new(), None),
        };
        out.push(RemittancePath {
            iso3: iso.to_string(),
            share_from_russia: share,
            share_text: source.map(|sh: &RemitShare| sh.text.clone()),
            share_source: source
                .map(|sh: &RemitShare| sh.source.clone())
                .unwrap_or_default(),
            share_source_ru: source.map(|sh| sh.source_ru.clone()).unwrap_or_default(),
            stock_measure: s.stock.to_string(),
            history: hist,
            path,
        });
    }
    Ok(out)
}

/// The scenario path of one country: its migrant stock in Russia (base measure plus the
/// scenario's cumulative labour flows from it) and its remittances, `share` percent of
/// which move with that stock.
fn scenario_path(
    data: &Dataset,
    f: &Figures,
    result: &ScenarioResult,
    iso: &str,
    share: f64,
    last: &RemittanceYear,
) -> Result<Vec<RemittancePoint>, ScenarioError> {
    let s = &result.scenario;
    let rus = result
        .country("RUS")
        .ok_or_else(|| ScenarioError::Internal("the scenario result holds no Russia run".into()))?;
    let years = rus.projection.years();
    let base_year = rus.projection.base_year;
    let undesa_sum: f64 = f.stock_undesa.iter().sum();
    // Base stock in Russia, thousands.
    let undesa = bilateral(data, "RUS", iso) / 1000.0;
    let labour_idx = ["UZB", "TJK", "KGZ"].iter().position(|c| *c == iso);
    let s0 = match (s.stock, labour_idx) {
        (StockMeasure::Mvd, Some(j)) if undesa_sum > 0.0 => {
            f.stock_mvd * f.stock_undesa.get(j).copied().unwrap_or(0.0) / undesa_sum
        }
        _ => undesa,
    };
    // Cumulative labour flows from this country into Russia.
    let mut flow = vec![0.0; years.saturating_sub(1)];
    for st in result.streams.iter().filter(|st| {
        st.partner.as_deref() == Some(iso) && (st.key.starts_with("lab_") || st.key == "crocus_end")
    }) {
        for (a, b) in flow.iter_mut().zip(&st.flow) {
            *a += b;
        }
    }
    let mut stock = s0;
    let mut path = Vec::with_capacity(years);
    for k in 0..years {
        if k > 0 {
            stock += flow.get(k - 1).copied().unwrap_or(0.0);
        }
        let ratio = if s0 > 0.0 { (stock / s0).max(0.0) } else { 1.0 };
        let r = last.remittances_usd * ((1.0 - share / 100.0) + share / 100.0 * ratio);
        path.push(RemittancePoint {
            year: base_year + k as i32,
            stock_in_russia: stock.max(0.0),
            remittances_usd: r,
            pct_gdp: if last.gdp_usd > 0.0 {
                100.0 * r / last.gdp_usd
            } else {
                0.0
            },
        });
    }
    Ok(path)
}
