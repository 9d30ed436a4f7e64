//! The published figures the levers start from, read from the embedded tables by id or key
//! (briefs_figures.csv, compatriots.csv, compatriots_facts.csv, migrant_stock.csv,
//! indicators), each with a one-line source. Nothing here is typed in: a missing id is an
//! error naming the id and the file to fix.

use crate::data::{Dataset, Variant};
use crate::i18n::{Arg, Text};
use crate::num::fixed;

use super::choices::StockMeasure;
use super::error::ScenarioError;

/// Figures used as defaults, sizes of streams and host ranges. Counts in thousands.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Mid-year of the base population (first WPP medium mid-year age table).
    pub base_year: i32,
    /// Last year of the projections.
    pub last_year: i32,
    /// Russia's UN medium TFR in the base year.
    pub tfr_base: f64,
    pub tfr_base_source: String,
    pub tfr_base_source_ru: String,
    /// Russian military dead per year implied by US officials' estimate in the brief.
    pub war_rate: f64,
    pub war_rate_source: String,
    /// UN DESA foreign-born stock in Russia, 1 July 2024: [UZB, TJK, KGZ].
    pub stock_undesa: [f64; 3],
    /// Male share of that stock: [UZB, TJK, KGZ].
    pub stock_male_share: [f64; 3],
    /// Interior Ministry estimate of migrants from the three countries (March 2024).
    pub stock_mvd: f64,
    pub stock_source: String,
    pub stock_source_ru: String,
    /// Post-Crocus fall in yearly arrivals as a fraction of the inflow: [UZB, TJK, KGZ]
    /// (no figure for KGZ: 0).
    pub crocus_drop: [f64; 3],
    pub crocus_source: String,
    /// Mean stay of a migrant in Russia, years: the assumption that turns a stock into its
    /// yearly inflow and returns ([`MEAN_STAY_YEARS`]).
    pub mean_stay: f64,
    /// Latest reported Compatriots Program level and its year.
    pub compat_latest: f64,
    pub compat_latest_year: i32,
    /// Its measure, source and year in words, e.g. "registered resettlers, MVD 2024".
    pub compat_measure: String,
    /// Where the latest level comes from, in English and in Russian (`compat-latest-source`).
    pub compat_source: String,
    pub compat_source_ru: String,
    /// The 2012 goal, thousand a year.
    pub compat_goal: f64,
    /// Share of Compatriots arrivals by origin (cumulative to 2025): (ISO3, share).
    pub compat_origins: Vec<(String, f64)>,
    /// Ukrainians in Russia (UNHCR, end 2023).
    pub ua_stock: f64,
    pub ua_stock_source: String,
    /// Male share of the UN DESA stock of Ukrainian-born in Russia, 2024.
    pub ua_male_share: f64,
    /// Relokanty abroad (midpoint of the Re:Russia range).
    pub rel_stock: f64,
    pub rel_stock_source: String,
    pub rel_stock_source_ru: String,
    pub rel_stock_help: String,
    /// Brief's ranges of relokanty staying in host countries: (ISO3, low, high, id).
    pub rel_hosts: Vec<(String, f64, f64, String)>,
    /// Defaults of the remittance-share levers, one per country of [`SHARE_COUNTRIES`].
    pub remit_shares: Vec<RemitShare>,
}

/// The default of a remittance-share lever: the part of a country's remittances the model
/// lets move with the stock of its migrants in Russia, and what that default measures.
#[derive(Clone, Debug, PartialEq)]
pub struct RemitShare {
    pub iso3: String,
    /// Percent.
    pub pct: f64,
    /// What the default is and where it comes from (catalog text `remit-share-*`).
    pub text: Text,
    /// [`RemitShare::text`] in English and in Russian, for callers not yet given a
    /// language code.
    pub source: String,
    pub source_ru: String,
}

impl RemitShare {
    fn new(iso: &str, pct: f64, text: Text) -> RemitShare {
        RemitShare {
            iso3: iso.to_string(),
            pct,
            source: text.in_lang("en"),
            source_ru: text.in_lang("ru"),
            text,
        }
    }
}

/// The catalog key of a Compatriots measure code of `data/compatriots.csv`
/// (`compat-measure-registered`, …; an unknown code reads as `moved`).
pub fn compat_measure_key(code: &str) -> String {
    let code = match code {
        "registered" | "participants_and_family" | "participants_resettled" => code,
        _ => "moved",
    };
    format!("compat-measure-{code}")
}

/// Assumption: a Central Asian migrant stays five years in Russia on average, so a fifth of
/// a stock arrives and a fifth leaves each year (stock = inflow × mean stay in a steady
/// state). The sources give no turnover: five years is a middle value between seasonal work
/// of under a year and settling for good. It turns the briefs' falls in yearly arrivals
/// into people (see [`Figures::inflow`]).
pub const MEAN_STAY_YEARS: f64 = 5.0;

/// Countries whose remittances the remittances view shows (World Bank history).
pub const REMITTANCE_COUNTRIES: [&str; 6] = ["KGZ", "TJK", "UZB", "ARM", "GEO", "KAZ"];

/// Countries whose remittances have a scenario path: those whose migrant stock in Russia a
/// lever moves (the labour levers and the post-Crocus drop), in the parameter table's order.
/// No lever moves the Armenian, Georgian or Kazakh stock in Russia, so their remittances
/// have history only.
pub const SHARE_COUNTRIES: [&str; 3] = ["KGZ", "TJK", "UZB"];

/// Persons born in `origin` living in `dest` (UN DESA, 1 July 2024), both sexes.
pub fn bilateral(data: &Dataset, dest: &str, origin: &str) -> f64 {
    let year = stock_year(data);
    data.migrant_stock
        .iter()
        .filter(|r| r.dest == dest && r.origin == origin && r.year == year)
        .map(|r| r.persons)
        .sum()
}

fn remit_shares(data: &Dataset) -> Result<Vec<RemitShare>, ScenarioError> {
    SHARE_COUNTRIES
        .iter()
        .map(|iso| match *iso {
            "KGZ" => transfers_share(data, iso),
            _ => emigrant_share(data, iso),
        })
        .collect()
}

/// Kyrgyzstan: the relokanty brief's transfers from Russia (RK082) over the World Bank's
/// personal remittances of the same year. Two different concepts, which the text says, with
/// the same ratio for Armenia (the brief's transfers by Russians, RK048) to show how loose
/// it is.
fn transfers_share(data: &Dataset, iso: &str) -> Result<RemitShare, ScenarioError> {
    let from_ru = value(data, "RK082")?;
    let year = brief_year(data, "RK082")?;
    let wb = wb_remittances(data, iso, year)?;
    let pct = 100.0 * from_ru / wb;
    let (al, ah) = range(data, "RK048")?;
    let arm = wb_remittances(data, "ARM", year)?;
    let text = Text::new("remit-share-transfers")
        .arg("pct", Arg::num(pct, 1))
        .arg("year", year)
        .arg("from", Arg::num(from_ru / 1e9, 1))
        .arg("wb", Arg::num(wb / 1e9, 2))
        .arg("low", Arg::num(al / 1e9, 2))
        .arg("high", Arg::num(ah / 1e9, 2))
        .arg("arm", Arg::num(arm / 1e9, 2))
        .arg("ratio_low", Arg::num(100.0 * al / arm, 0))
        .arg("ratio_high", Arg::num(100.0 * ah / arm, 0));
    Ok(RemitShare::new(iso, pct.min(100.0), text))
}

/// Tajikistan, Uzbekistan: Russia's share of the country's emigrants living in the eight
/// focus countries (UN DESA 2024), an upper bound on Russia's share of its emigrants (other
/// destinations are not counted), used as a proxy for the share of remittances.
fn emigrant_share(data: &Dataset, iso: &str) -> Result<RemitShare, ScenarioError> {
    let in_russia = bilateral(data, "RUS", iso);
    let abroad: f64 = data
        .country_infos()
        .map(|c| c.iso3.as_str())
        .filter(|d| *d != iso)
        .map(|d| bilateral(data, d, iso))
        .sum();
    if abroad <= 0.0 {
        return Err(ScenarioError::MissingFigure(format!(
            "UN DESA 2024 stocks of migrants from {iso} in data/migrant_stock.csv"
        )));
    }
    let pct = 100.0 * in_russia / abroad;
    let country = data
        .country_info(iso)
        .map_or(Arg::from(iso), |c| Arg::given(&c.name_en, &c.name_ru));
    let text = Text::new("remit-share-emigrants")
        .arg("thousand", Arg::num(abroad / 1000.0, 0))
        .arg("country", country)
        .arg("pct", Arg::num(pct, 1));
    Ok(RemitShare::new(iso, pct, text))
}

/// The year a brief's figure refers to (first four digits of its period).
fn brief_year(data: &Dataset, id: &str) -> Result<i32, ScenarioError> {
    brief(data, id)?
        .period_or_date
        .trim()
        .get(0..4)
        .and_then(|y| y.parse().ok())
        .ok_or_else(|| {
            ScenarioError::MissingFigure(format!("the year of {id} in data/briefs_figures.csv"))
        })
}

/// World Bank personal remittances received by `iso` in `year`, current US$.
fn wb_remittances(data: &Dataset, iso: &str, year: i32) -> Result<f64, ScenarioError> {
    data.remittances
        .iter()
        .find(|r| r.iso3 == iso && r.year == year && r.remittances_usd > 0.0)
        .map(|r| r.remittances_usd)
        .ok_or_else(|| {
            ScenarioError::MissingFigure(format!(
                "World Bank remittances of {iso} in {year} in data/remittances.csv"
            ))
        })
}

fn brief<'a>(data: &'a Dataset, id: &str) -> Result<&'a crate::data::BriefFigure, ScenarioError> {
    data.brief(id)
        .ok_or_else(|| ScenarioError::MissingFigure(format!("{id} in data/briefs_figures.csv")))
}

fn value(data: &Dataset, id: &str) -> Result<f64, ScenarioError> {
    brief(data, id)?.value.ok_or_else(|| {
        ScenarioError::MissingFigure(format!("the value of {id} in data/briefs_figures.csv"))
    })
}

fn range(data: &Dataset, id: &str) -> Result<(f64, f64), ScenarioError> {
    let b = brief(data, id)?;
    match (b.value_low, b.value_high) {
        (Some(l), Some(h)) => Ok((l, h)),
        _ => Err(ScenarioError::MissingFigure(format!(
            "the low/high range of {id} in data/briefs_figures.csv"
        ))),
    }
}

/// Decimal year of the first `YYYY-MM` found in `text` (start of the month).
fn year_month(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(6)).find_map(|i| {
        let s = text.get(i..i + 7)?;
        let (y, m) = (s.get(0..4)?, s.get(5..7)?);
        if b.get(i + 4) != Some(&b'-') {
            return None;
        }
        let y: i32 = y.parse().ok()?;
        let m: u32 = m.parse().ok()?;
        (1..=12)
            .contains(&m)
            .then(|| y as f64 + (m as f64 - 1.0) / 12.0)
    })
}

/// Thousands after a country name in a text like "Kazakhstan 325 thousand".
fn thousands_after(text: &str, name: &str) -> Option<f64> {
    let rest = &text[text.find(name)? + name.len()..];
    let num: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    crate::num::parse(&num)
}

/// Latest year of the UN DESA migrant stocks.
pub fn stock_year(data: &Dataset) -> i32 {
    data.migrant_stock.iter().map(|r| r.year).max().unwrap_or(0)
}

fn stock(data: &Dataset, origin: &str) -> (f64, f64) {
    let year = stock_year(data);
    let mut tot = 0.0;
    let mut male = 0.0;
    for r in data
        .migrant_stock
        .iter()
        .filter(|r| r.dest == "RUS" && r.year == year && r.origin == origin)
    {
        tot += r.persons;
        if r.sex == "male" {
            male += r.persons;
        }
    }
    (tot / 1000.0, if tot > 0.0 { male / tot } else { 0.5 })
}

impl Figures {
    /// Share of men among the people born in Uzbekistan, Tajikistan and Kyrgyzstan living
    /// in Russia (UN DESA, 1 July 2024): the three stocks' male shares weighted by their
    /// sizes. The labour-migrant streams move people of this stock, so they take its sex
    /// make-up (0.5 when the stocks are missing).
    pub fn labour_male_share(&self) -> f64 {
        let total: f64 = self.stock_undesa.iter().sum();
        let men: f64 = self
            .stock_undesa
            .iter()
            .zip(self.stock_male_share)
            .map(|(n, m)| n * m)
            .sum();
        if total > 0.0 {
            men / total
        } else {
            0.5
        }
    }

    pub fn new(data: &Dataset) -> Result<Figures, ScenarioError> {
        let rus = data
            .country("RUS")
            .ok_or_else(|| ScenarioError::MissingFigure("Russia in data/countries.csv".into()))?;
        let base_year = rus
            .pop_age5
            .iter()
            .filter(|r| r.variant == Variant::Medium)
            .map(|r| r.year)
            .min()
            .ok_or_else(|| {
                ScenarioError::MissingFigure("medium rows in data/pop_age5.csv".into())
            })?;
        let last_year = rus.year_span().1;
        let tfr_base = rus
            .indicator(base_year)
            .and_then(|r| r.tfr)
            .ok_or_else(|| {
                ScenarioError::MissingFigure(format!("Russia's TFR {base_year} in indicators"))
            })?;

        // War: the US estimate of dead by October 2024 over the months since the invasion.
        let dead = brief(data, "CR064")?;
        let start = brief(data, "CR003")?;
        let (t0, t1) = match (
            year_month(&start.period_or_date),
            year_month(&dead.period_or_date),
        ) {
            (Some(a), Some(b)) if b > a => (a, b),
            _ => {
                return Err(ScenarioError::MissingFigure(
                    "dates of CR003 and CR064 (YYYY-MM) in data/briefs_figures.csv".into(),
                ))
            }
        };
        let dead_n = value(data, "CR064")?;
        let war_rate = dead_n / 1000.0 / (t1 - t0);
        let war_rate_source = format!(
            "US officials' estimate of Russian military dead: {} by {} (Prague Process brief, \
             January 2025), over the {} months since the invasion of {}",
            fixed(dead_n, 0),
            dead.period_or_date.trim_start_matches("as of "),
            fixed((t1 - t0) * 12.0, 0),
            start.period_or_date
        );

        let (uzb, uzb_m) = stock(data, "UZB");
        let (tjk, tjk_m) = stock(data, "TJK");
        let (kgz, kgz_m) = stock(data, "KGZ");
        let (_, ua_male_share) = stock(data, "UKR");
        let stock_mvd = value(data, "CR057")? / 1000.0;
        let stock_in = |lang: &str| {
            let n = |v: f64, d: usize| crate::i18n::number(lang, v, d);
            crate::i18n::format(
                lang,
                "fig-stock-source",
                &[
                    ("uzb", &n(uzb, 0)),
                    ("tjk", &n(tjk, 0)),
                    ("kgz", &n(kgz, 0)),
                    ("mvd", &n(stock_mvd / 1000.0, 1)),
                ],
            )
        };
        let (stock_source, stock_source_ru) = (stock_in("en"), stock_in("ru"));
        let crocus_drop = [
            value(data, "CR099")? / 100.0,
            value(data, "CR098")? / 100.0,
            0.0,
        ];
        let crocus_source = format!(
            "Prague Process brief, January 2025: since the Crocus attack of 22 March 2024, job \
             seekers from Tajikistan to Moscow and St Petersburg -{} %, inflow of Uzbek \
             labourers -{} %. Applied to yearly arrivals (assumed: the stock over a mean stay \
             of {} years), not to the stock; no Kyrgyz figure",
            fixed(crocus_drop[1] * 100.0, 0),
            fixed(crocus_drop[0] * 100.0, 0),
            fixed(MEAN_STAY_YEARS, 0)
        );

        let latest = data
            .compatriots
            .iter()
            .max_by_key(|r| r.year)
            .ok_or_else(|| ScenarioError::MissingFigure("rows in data/compatriots.csv".into()))?;
        // The measure in words (the data classifies it), then the source's own wording.
        let measure = crate::i18n::text("en", &compat_measure_key(&latest.measure));
        let compat_measure = format!("{measure}, {} {}", latest.source_en, latest.year);
        let source_in = |lang: &str| {
            let ru = lang == "ru";
            crate::i18n::format(
                lang,
                "compat-latest-source",
                &[
                    (
                        "measure",
                        crate::i18n::text(lang, &compat_measure_key(&latest.measure)),
                    ),
                    (
                        "source",
                        if ru {
                            &latest.source_ru
                        } else {
                            &latest.source_en
                        },
                    ),
                    ("year", &latest.year.to_string()),
                    (
                        "value",
                        &crate::i18n::number(lang, latest.value_persons / 1000.0, 1),
                    ),
                    ("stated", &latest.measure_as_reported),
                    (
                        "outlet",
                        if ru {
                            &latest.outlet_ru
                        } else {
                            &latest.outlet_en
                        },
                    ),
                    ("date", &latest.reported_on),
                ],
            )
        };
        let (compat_source, compat_source_ru) = (source_in("en"), source_in("ru"));
        let compat_goal = value(data, "CR023")? / 1000.0;
        let mut compat_origins = Vec::new();
        if let Some(fact) = data
            .compatriots_facts
            .iter()
            .find(|f| f.fact.contains("top origins"))
        {
            let total = thousands_after(&fact.value, "more than")
                .map(|m| m * 1000.0)
                .unwrap_or(0.0);
            for (iso, name) in [
                ("KAZ", "Kazakhstan"),
                ("UKR", "Ukraine"),
                ("TJK", "Tajikistan"),
            ] {
                if let Some(v) = thousands_after(&fact.value, name) {
                    if total > 0.0 {
                        compat_origins.push((iso.to_string(), v / total));
                    }
                }
            }
        }

        let ua = brief(data, "CR033")?;
        let ua_stock = value(data, "CR033")? / 1000.0;
        let ua_stock_source = format!(
            "UNHCR, {} (as cited by Sahadeo & Morrison, Prague Process brief, January 2025)",
            ua.period_or_date
        );

        let (rl, rh) = range(data, "RK003")?;
        let inoz = value(data, "RK004")?;
        let rel_stock = (rl + rh) / 2.0 / 1000.0;
        let rel_in = |lang: &str| {
            let n = |v: f64| crate::i18n::number(lang, v, 0);
            crate::i18n::format(
                lang,
                "fig-rel-stock-source",
                &[("low", &n(rl / 1000.0)), ("high", &n(rh / 1000.0))],
            )
        };
        let (rel_stock_source, rel_stock_source_ru) = (rel_in("en"), rel_in("ru"));
        let rel_stock_help = format!(
            "Inozemtsev puts it at over {} million (same brief). Sets the size of the return share.",
            fixed(inoz / 1.0e6, 1)
        );
        let mut rel_hosts = Vec::new();
        for (iso, id) in [
            ("GEO", "RK019"),
            ("ARM", "RK049"),
            ("KAZ", "RK063"),
            ("KGZ", "RK079"),
        ] {
            let (l, h) = range(data, id)?;
            rel_hosts.push((iso.to_string(), l / 1000.0, h / 1000.0, id.to_string()));
        }

        let remit_shares = remit_shares(data)?;
        Ok(Figures {
            remit_shares,
            base_year,
            last_year,
            tfr_base,
            tfr_base_source: crate::i18n::format(
                "en",
                "fig-tfr-base-source",
                &[("year", &base_year.to_string())],
            ),
            tfr_base_source_ru: crate::i18n::format(
                "ru",
                "fig-tfr-base-source",
                &[("year", &base_year.to_string())],
            ),
            war_rate,
            war_rate_source,
            stock_undesa: [uzb, tjk, kgz],
            stock_male_share: [uzb_m, tjk_m, kgz_m],
            stock_mvd,
            stock_source,
            stock_source_ru,
            crocus_drop,
            crocus_source,
            mean_stay: MEAN_STAY_YEARS,
            compat_latest: latest.value_persons / 1000.0,
            compat_latest_year: latest.year,
            compat_measure,
            compat_source,
            compat_source_ru,
            compat_goal,
            compat_origins,
            ua_stock,
            ua_stock_source,
            ua_male_share,
            rel_stock,
            rel_stock_source,
            rel_stock_source_ru,
            rel_stock_help,
            rel_hosts,
        })
    }
}

impl Figures {
    /// The stock of migrants from [UZB, TJK, KGZ] in Russia by `measure` (`undesa`: UN
    /// DESA foreign-born residents; `mvd`: the Interior Ministry's total split by the UN
    /// DESA shares), thousands.
    pub fn stock(&self, measure: StockMeasure) -> [f64; 3] {
        let sum: f64 = self.stock_undesa.iter().sum();
        if measure == StockMeasure::Mvd && sum > 0.0 {
            self.stock_undesa.map(|s| self.stock_mvd * s / sum)
        } else {
            self.stock_undesa
        }
    }

    /// Yearly arrivals of migrants from [UZB, TJK, KGZ] in Russia, thousands: the stock by
    /// `measure` over the mean stay (in a steady state as many leave each year).
    pub fn inflow(&self, measure: StockMeasure) -> [f64; 3] {
        let d = self.mean_stay.max(1.0);
        self.stock(measure).map(|s| s / d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_year_months() {
        assert_eq!(year_month("2022-02"), Some(2022.0 + 1.0 / 12.0));
        assert_eq!(year_month("as of 2024-10"), Some(2024.75));
        assert_eq!(year_month("2024"), None);
    }

    #[test]
    fn reads_thousands_after_a_name() {
        let t = "more than 1.2 million; Kazakhstan 325 thousand, Ukraine 301 thousand";
        assert_eq!(thousands_after(t, "Kazakhstan"), Some(325.0));
        assert_eq!(thousands_after(t, "more than"), Some(1.2));
    }
}
