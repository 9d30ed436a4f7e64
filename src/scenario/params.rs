//! The parameter table: one row per lever (key, label, unit, range, step, decimals, default
//! and the source of the default). Sliders, the query string and every display of a lever
//! read this one table, so they cannot disagree. Defaults that are figures (war deaths, the
//! Compatriots level, stocks) are read from the embedded data by id, never typed here; a
//! neutral default (a shift of 0, a year that switches a lever off) says so in its source.

use serde::Serialize;

use crate::data::Dataset;
use crate::num::fixed;

use super::error::{QueryError, ScenarioError};
use super::figures::Figures;

/// The eight focus countries, in the order of the embedded data.
pub const COUNTRIES: [&str; 8] = ["RUS", "GEO", "ARM", "KAZ", "KGZ", "TJK", "UZB", "UKR"];
/// Base UN WPP 2024 variants a scenario can start from.
pub const VARIANTS: [&str; 3] = ["medium", "low", "high"];
/// Fertility lever modes.
pub const TFR_MODES: [&str; 2] = ["shift", "target"];
/// Measures of the Central Asian labour-migrant stock in Russia.
pub const STOCK_MEASURES: [&str; 2] = ["undesa", "mvd"];

/// How a parameter's value is written and read.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamKind {
    /// A number between `min` and `max`.
    Number,
    /// One of `choices` (the value is the index into them).
    Choice,
}

/// One row of the parameter table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamSpec {
    /// Query-string key.
    pub key: &'static str,
    /// Lever group shown as a heading (fertility, survival, war, migration, ...).
    pub group: &'static str,
    /// What the slider sets, in the briefs' terms.
    pub label: &'static str,
    /// The label in Russian.
    pub label_ru: &'static str,
    pub kind: ParamKind,
    /// Unit of the value (empty for choices).
    pub unit: &'static str,
    /// The unit in Russian.
    pub unit_ru: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Decimals shown and written to the query string (values are rounded to these).
    pub decimals: u32,
    /// Default: the value the query string omits. For choices, the index into `choices`.
    pub default: f64,
    /// Allowed values of a choice parameter.
    pub choices: Vec<&'static str>,
    /// Where the default comes from (data id and cited source, or "neutral").
    pub source: String,
    /// The source in Russian, where the table has one (the widget otherwise names the
    /// English one's Russian equivalent or shows it as it is).
    pub source_ru: String,
    /// One or two sentences on what the lever does and the figures beside it.
    pub help: String,
    /// Whether the widget shows it as a control: false for a parameter set only in the
    /// query string (a level in the measure's own unit has no range a slider can span).
    pub control: bool,
    /// The views whose numbers this lever can move (a lever moves no other view; whether it
    /// acts as set is [`super::Scenario::parse_query_notes`]'s word). Empty for view keys.
    pub views: Vec<&'static str>,
}

impl ParamSpec {
    /// A number for this parameter as a query string spells it. Text that is no number is
    /// [`QueryError::NotANumber`]; `NaN`, `inf` and `Infinity` are
    /// [`QueryError::NotFinite`]; a literal too large for an f64 (`1e999`, a hundred
    /// nines) reads as infinite but is only huge: the caller clamps it like any value out
    /// of range (and reports the clamp).
    pub fn read_number(&self, v: &str) -> Result<f64, QueryError> {
        let x = crate::num::parse(v).ok_or_else(|| QueryError::NotANumber {
            key: self.key.to_string(),
            value: v.to_string(),
            unit: self.unit.to_string(),
            min: self.min,
            max: self.max,
        })?;
        let spelled_infinite = v.to_ascii_lowercase().contains("inf");
        if x.is_nan() || (x.is_infinite() && spelled_infinite) {
            return Err(QueryError::NotFinite {
                key: self.key.to_string(),
                value: v.to_string(),
                min: self.min,
                max: self.max,
            });
        }
        Ok(x)
    }

    /// Rounds `v` to this parameter's decimals.
    pub fn round(&self, v: f64) -> f64 {
        let f = 10f64.powi(self.decimals as i32);
        let r = (v * f).round() / f;
        if r == 0.0 {
            0.0 // no "-0" in query strings
        } else {
            r
        }
    }

    /// Writes a value as the query string and the display show it (trailing zeros cut).
    pub fn format(&self, v: f64) -> String {
        match self.kind {
            ParamKind::Choice => {
                let i = v.max(0.0) as usize;
                self.choices.get(i).copied().unwrap_or("").to_string()
            }
            ParamKind::Number => {
                let s = fixed(self.round(v), self.decimals as usize);
                if s.contains('.') {
                    s.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    s
                }
            }
        }
    }
}

/// The full parameter table, built once from the embedded data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamTable {
    /// The levers of a [`super::Scenario`], in query-string order.
    pub params: Vec<ParamSpec>,
    /// View-level keys of the widget's query string (`view`, `year`, `lang`, `b`,
    /// `presets`): how a scenario is shown, not what it is. [`super::Scenario`] holds none
    /// of them; `crate::chart::ViewRequest` reads them from the same query string.
    pub view: Vec<ParamSpec>,
}

impl ParamTable {
    /// The row of `key`, if any.
    pub fn get(&self, key: &str) -> Option<&ParamSpec> {
        self.params.iter().find(|p| p.key == key)
    }

    /// The row of a view-level key, if any.
    pub fn view_param(&self, key: &str) -> Option<&ParamSpec> {
        self.view.iter().find(|p| p.key == key)
    }

    /// Keys in table order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.params.iter().map(|p| p.key)
    }

    /// Builds the table, reading every figure default from `data`.
    pub fn new(data: &Dataset) -> Result<ParamTable, ScenarioError> {
        Ok(ParamTable::from_figures(&Figures::new(data)?))
    }

    /// Builds the table from figures already read.
    pub fn from_figures(f: &Figures) -> ParamTable {
        let mut params = build(f);
        let mut view = build_view(f);
        for p in params.iter_mut().chain(view.iter_mut()) {
            p.label_ru = label_ru(p.key);
            p.unit_ru = unit_ru(p.unit);
        }
        for p in params.iter_mut() {
            p.views = match p.key {
                // A choice of what to draw: the views that draw a measure by year.
                "measure" => vec!["projection", "compare", "needs"],
                _ => views_moved(p.group),
            };
        }
        ParamTable { params, view }
    }
}

fn choice(
    key: &'static str,
    group: &'static str,
    label: &'static str,
    choices: &[&'static str],
    source: &str,
    help: &str,
) -> ParamSpec {
    ParamSpec {
        key,
        group,
        label,
        label_ru: "",
        kind: ParamKind::Choice,
        unit: "",
        unit_ru: "",
        min: 0.0,
        max: (choices.len().saturating_sub(1)) as f64,
        step: 1.0,
        decimals: 0,
        default: 0.0,
        choices: choices.to_vec(),
        source: source.to_string(),
        source_ru: String::new(),
        help: help.to_string(),
        control: true,
        views: Vec::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn number(
    key: &'static str,
    group: &'static str,
    label: &'static str,
    unit: &'static str,
    (min, max, step, decimals): (f64, f64, f64, u32),
    default: f64,
    source: &str,
    help: &str,
) -> ParamSpec {
    let mut p = ParamSpec {
        key,
        group,
        label,
        label_ru: "",
        kind: ParamKind::Number,
        unit,
        unit_ru: "",
        min,
        max,
        step,
        decimals,
        default,
        choices: Vec::new(),
        source: source.to_string(),
        source_ru: String::new(),
        help: help.to_string(),
        control: true,
        views: Vec::new(),
    };
    p.default = p.round(crate::num::clamp(default, min, max));
    p
}

/// Every lever. The order here is the order of the query string and of the sliders.
fn build(f: &Figures) -> Vec<ParamSpec> {
    let first = f.base_year + 1; // first whole calendar year of the projection
    let last = f.last_year;
    let yr = |def: i32| (def.clamp(first, last)) as f64;
    let years = (first as f64, last as f64, 1.0, 0);
    const NEUTRAL: &str = "Neutral: leaves UN WPP 2024 unchanged";
    let mut v = vec![
        choice(
            "country",
            "view",
            "Country shown",
            &COUNTRIES,
            "The eight focus countries of the briefs",
            "ISO3 code of the country whose projection is shown; flows to and from Russia move \
             both countries whichever is shown.",
        ),
        choice(
            "variant",
            "view",
            "UN WPP 2024 variant the scenario starts from",
            &VARIANTS,
            "UN WPP 2024 (medium; low/high = -/+0.5 child fertility variants)",
            "Base inputs before any lever acts.",
        ),
        choice(
            "measure",
            "view",
            "Measure drawn over time",
            &super::measure::MEASURE_KEYS,
            "Neutral: the total population",
            "What the projection and comparison views draw by year (1 July): population: \
             total; pop_20_64 and pop_15_64: working ages; support_ratio: people aged 20-64 \
             per person 65+; men_18_59: men of military age; old_age_dependency: people 65+ \
             per person aged 20-64. UN WPP 2024 medium is drawn beside it: published where \
             WPP publishes the measure (the total every year, with its 80 % and 95 % \
             intervals; age groups in 5-year groups every fifth year), elsewhere the \
             engine's projection of WPP's medium inputs. It changes what is shown, not the \
             scenario.",
        ),
        // --- fertility
        choice(
            "tfr_mode",
            "fertility",
            "Fertility lever",
            &TFR_MODES,
            NEUTRAL,
            "shift: add a number of children per woman to the UN path, phased in as the UN \
             low/high variants (half by 2024-28, 0.8 by 2029-33, in full from 2034); target: \
             close the gap between the UN path and a target TFR linearly from the base year \
             to the target year, then hold the target. A target left at its default sets \
             nothing: switching the mode alone keeps the UN path.",
        ),
        number(
            "tfr_shift",
            "fertility",
            "TFR shift relative to UN medium",
            "children per woman",
            (-1.5, 1.5, 0.05, 2),
            0.0,
            NEUTRAL,
            "The UN low and high variants are -0.5 and +0.5.",
        ),
        number(
            "tfr_target",
            "fertility",
            "Target TFR",
            "children per woman",
            (0.5, 4.0, 0.01, 2),
            f.tfr_base,
            &f.tfr_base_source,
            &format!(
                "Used when the fertility lever is `target`: reached in the target year and held. \
                 Left at its default (Russia's UN TFR in {}) it sets no target and the UN path \
                 of the country shown is kept.",
                f.base_year
            ),
        ),
        number(
            "tfr_year",
            "fertility",
            "Year the target TFR is reached",
            "year",
            years,
            yr(2035),
            "Assumption (neutral unless the target differs from the UN path)",
            "",
        ),
        // --- survival
        number(
            "e0_m",
            "survival",
            "Life expectancy at birth, men: shift from UN medium",
            "years",
            (-10.0, 15.0, 0.1, 1),
            0.0,
            NEUTRAL,
            "Death rates are scaled proportionally at every age so that the engine's own life \
             table gives the UN e0 plus this shift.",
        ),
        number(
            "e0_f",
            "survival",
            "Life expectancy at birth, women: shift from UN medium",
            "years",
            (-10.0, 15.0, 0.1, 1),
            0.0,
            NEUTRAL,
            "As for men.",
        ),
        number(
            "e0_year",
            "survival",
            "Year the e0 shift is reached in full",
            "year",
            years,
            yr(2045),
            "Assumption: the shift grows linearly from zero in the base year (2045 is the \
             horizon of Rosstat's e0 assumptions)",
            "",
        ),
        // --- war
        number(
            "war_deaths",
            "war",
            "Russian military deaths added after the base year (US officials' estimate)",
            "thousand per year",
            (0.0, 300.0, 0.1, 1),
            f.war_rate,
            &f.war_rate_source,
            &format!(
                "The default is the rate of US officials' estimate of Russian military dead so \
                 far. Deaths up to mid-{b} are left to UN WPP 2024 (its estimates to 2023 and \
                 its projection after, with whatever war mortality the UN built in); the lever \
                 adds deaths after mid-{b} only, until the end year below, so at its default \
                 end year ({b}) it adds nothing. Deaths go through the engine by age, spread \
                 over men aged 18-59 in proportion to the men of each age, so the missing men \
                 stay missing in every later pyramid.",
                b = f.base_year
            ),
        ),
        number(
            "war_end",
            "war",
            "War deaths continue until mid-year",
            "year",
            (f.base_year as f64, last as f64, 1.0, 0),
            f.base_year as f64,
            "Assumption: the briefs give no end date; the default (the base year) adds no war \
             deaths to UN WPP 2024",
            "Military deaths are added from mid-base year to mid-year of this year; at the base \
             year the war-deaths lever does nothing.",
        ),
        // --- migration not modelled as a stream
        number(
            "mig_scale",
            "migration",
            "UN WPP 2024 net migration kept (besides the streams below)",
            "percent",
            (0.0, 300.0, 1.0, 0),
            100.0,
            NEUTRAL,
            "Scales the UN net migrants of every age and sex; 0 = no migration other than the \
             streams set below.",
        ),
        // --- Central Asian labour migration
        choice(
            "stock",
            "labour",
            "Measure of the Central Asian labour-migrant stock in Russia",
            &STOCK_MEASURES,
            &f.stock_source,
            "undesa: foreign-born residents (UN DESA, 1 July 2024); mvd: the Interior Ministry's \
             March 2024 estimate of migrants from the three countries (includes short stays and \
             circular migrants), split by the UN DESA shares. Sets the stock whose yearly \
             turnover (the stock over the assumed mean stay) is the inflow the post-Crocus fall \
             cuts, and the stock the remittance paths start from.",
        ),
        number(
            "lab_uzb",
            "labour",
            "Uzbek migrants in Russia: change in stock",
            "thousand",
            (-3000.0, 5000.0, 10.0, 0),
            0.0,
            NEUTRAL,
            &format!(
                "Net migration from Uzbekistan adding up to this change by the chosen year \
                 (spread evenly from {first}). UN DESA stock 2024: {} thousand.",
                fixed(f.stock_undesa[0], 0)
            ),
        ),
        number(
            "lab_tjk",
            "labour",
            "Tajik migrants in Russia: change in stock",
            "thousand",
            (-3000.0, 5000.0, 10.0, 0),
            0.0,
            NEUTRAL,
            &format!(
                "As for Uzbekistan. UN DESA stock 2024: {} thousand.",
                fixed(f.stock_undesa[1], 0)
            ),
        ),
        number(
            "lab_kgz",
            "labour",
            "Kyrgyz migrants in Russia: change in stock",
            "thousand",
            (-3000.0, 5000.0, 10.0, 0),
            0.0,
            NEUTRAL,
            &format!(
                "As for Uzbekistan. UN DESA stock 2024: {} thousand.",
                fixed(f.stock_undesa[2], 0)
            ),
        ),
        number(
            "lab_year",
            "labour",
            "Year the labour-stock change is reached",
            "year",
            years,
            yr(2050),
            "Assumption (neutral while the changes are zero)",
            "",
        ),
        number(
            "crocus_end",
            "labour",
            "Post-Crocus fall in Tajik and Uzbek arrivals lasts until",
            "year",
            years,
            first as f64,
            &f.crocus_source,
            &crocus_help(f, first, last),
        ),
        // --- Compatriots
        number(
            "compat",
            "compatriots",
            "Compatriots Program arrivals",
            "thousand per year",
            (0.0, 600.0, 0.1, 1),
            f.compat_latest,
            &f.compat_source,
            &format!(
                "The default is the latest reported level ({}), taken as already in UN WPP 2024; \
                 the difference is added from the start year. Goal set in 2012: {} thousand a year.",
                f.compat_measure,
                fixed(f.compat_goal, 0)
            ),
        ),
        number(
            "compat_from",
            "compatriots",
            "Compatriots level applies from",
            "year",
            years,
            first as f64,
            "Assumption",
            "",
        ),
        // --- Ukrainians
        number(
            "ua_return",
            "ukrainians",
            "Ukrainians in Russia returning to Ukraine",
            "percent of stock",
            (0.0, 100.0, 1.0, 0),
            0.0,
            NEUTRAL,
            &format!(
                "Share of the {} thousand Ukrainians in Russia ({}) who go back, evenly up to \
                 the chosen year.",
                fixed(f.ua_stock, 0),
                f.ua_stock_source
            ),
        ),
        number(
            "ua_more",
            "ukrainians",
            "Further arrivals of Ukrainians in Russia",
            "thousand per year",
            (0.0, 500.0, 1.0, 0),
            0.0,
            NEUTRAL,
            "",
        ),
        number(
            "ua_year",
            "ukrainians",
            "Ukrainian flows last until",
            "year",
            years,
            yr(2030),
            "Assumption (neutral while the flows are zero)",
            "",
        ),
        // --- relokanty
        number(
            "rel_stock",
            "relokanty",
            "Russians who left since February 2022 (relokanty)",
            "thousand",
            (0.0, 2000.0, 1.0, 0),
            f.rel_stock,
            &f.rel_stock_source,
            &f.rel_stock_help,
        ),
        number(
            "rel_return",
            "relokanty",
            "Relokanty returning to Russia",
            "percent of stock",
            (0.0, 100.0, 1.0, 0),
            0.0,
            NEUTRAL,
            "Evenly up to the chosen year. Georgia, Armenia, Kazakhstan and Kyrgyzstan each \
             lose this share of their relokanty (the midpoints of the brief's ranges); the rest \
             come from other countries.",
        ),
        number(
            "rel_more",
            "relokanty",
            "Further emigration of Russians",
            "thousand per year",
            (0.0, 500.0, 1.0, 0),
            0.0,
            NEUTRAL,
            "Evenly up to the chosen year, to the host countries as the relokanty are there now \
             (each host's midpoint over Re:Russia's total); the rest to other countries.",
        ),
        number(
            "rel_year",
            "relokanty",
            "Relokanty flows last until",
            "year",
            years,
            yr(2030),
            "Assumption (neutral while the flows are zero)",
            "",
        ),
    ];
    for ((key, label), share) in REMIT_KEYS.iter().zip(REMIT_LABELS).zip(&f.remit_shares) {
        let mut p = number(
            key,
            "remittances",
            label,
            "percent",
            (0.0, 100.0, 1.0, 0),
            share.pct,
            &share.source,
            "The part of the country's remittances the model lets move in proportion to the \
             stock of its migrants in Russia; the rest stays at its latest World Bank level. It \
             acts only while a labour lever or the post-Crocus drop changes that stock.",
        );
        p.source_ru = share.source_ru.clone();
        v.push(p);
    }
    v.extend(hold_rows(f));
    v
}

/// What the post-Crocus lever does, with the inflows it cuts under both stock measures.
fn crocus_help(f: &Figures, first: i32, last: i32) -> String {
    let (un, mvd) = (f.inflow("undesa"), f.inflow("mvd"));
    let pct = |i: usize| fixed(f.crocus_drop[i] * 100.0, 0);
    let k = |v: f64| fixed(v, 0);
    format!(
        "The brief's falls are in yearly arrivals: -{} % applied to the annual inflow of Tajik \
         migrants ({} thousand a year: the UN DESA stock of {} thousand over an assumed mean \
         stay of {} years; {} thousand with the Interior Ministry's measure), not to the \
         stock; -{} % to the inflow of Uzbek migrants ({} thousand a year; {} thousand). \
         Returns go on, so the stock falls gradually, by {} thousand in the first year \
         ({} thousand with the Interior Ministry's measure), towards the brief's shares of \
         the stock; when arrivals recover in the end year the gap closes by 1/{} a year. \
         The Tajik figure was measured for Moscow and St Petersburg; the model applies it to \
         all of Russia. The default ({first}) means the fall is over; {last} means it persists.",
        pct(1),
        k(un[1]),
        k(f.stock_undesa[1]),
        k(f.mean_stay),
        k(mvd[1]),
        pct(0),
        k(un[0]),
        k(mvd[0]),
        k(f.crocus_drop[0] * un[0] + f.crocus_drop[1] * un[1]),
        k(f.crocus_drop[0] * mvd[0] + f.crocus_drop[1] * mvd[1]),
        k(f.mean_stay),
    )
}

/// The replacement-migration keys (`super::solve`), last in the table.
fn hold_rows(f: &Figures) -> Vec<ParamSpec> {
    let (base, last) = (f.base_year as f64, f.last_year as f64);
    vec![
        choice(
            "hold",
            "hold",
            "Hold a measure with extra net migrants",
            &super::solve::HOLD_MEASURES,
            "Neutral: no migrants added",
            "Replacement migration (UN Population Division, 2000): each year from the start \
             year the country shown gets the extra net migrants, from the rest of the world \
             and with the labour-migrant age profile, that keep this measure at its level \
             (negative = emigration). population: total; pop_20_64 and pop_15_64: working \
             ages; support_ratio: people aged 20-64 per person 65+; men_18_59: men of military \
             age. Linked partner countries are not changed by these migrants.",
        ),
        number(
            "hold_from",
            "hold",
            "Hold the measure from mid-year",
            "year",
            (base, last - 1.0, 1.0, 0),
            base,
            "Neutral: the base year of the projection",
            "",
        ),
        number(
            "hold_level",
            "hold",
            "Level to hold (0 = its value in the start year)",
            "in the measure's unit",
            (-1e6, 1e7, 0.001, 3),
            0.0,
            "Neutral: the measure's own value in the start year",
            "Thousands of people, or people aged 20-64 per person 65+ for the support ratio. \
             A negative level cannot be held.",
        ),
    ]
    .into_iter()
    .map(|mut p| {
        p.control = p.key != "hold_level";
        p
    })
    .collect()
}

/// Labels of the remittance shares: each is an assumption of the model whose default is a
/// proxy (see each default's source), not a measured share of remittances.
const REMIT_LABELS: [&str; 3] = [
    "Kyrgyzstan: % of remittances assumed to come from Russia",
    "Tajikistan: % of remittances assumed to come from Russia",
    "Uzbekistan: % of remittances assumed to come from Russia",
];

/// Keys of the remittance shares, in the order of `figures::SHARE_COUNTRIES`.
pub const REMIT_KEYS: [&str; 3] = ["rshare_kgz", "rshare_tjk", "rshare_uzb"];

/// Keys the query string once had and reads no more: (key, why). A query with one is
/// read as if it were absent, with a [`super::Note`] saying so, so old addresses still open.
pub const RETIRED_KEYS: [(&str, &str); 3] = [
    (
        "rshare_arm",
        "the lever was removed: no lever moves Armenia's migrants in Russia, so the share \
         changed nothing; Armenia's remittances are shown as World Bank history only",
    ),
    (
        "rshare_geo",
        "the lever was removed: no lever moves Georgia's migrants in Russia, so the share \
         changed nothing; Georgia's remittances are shown as World Bank history only",
    ),
    (
        "rshare_kaz",
        "the lever was removed: no lever moves Kazakhstan's migrants in Russia, so the share \
         changed nothing; Kazakhstan's remittances are shown as World Bank history only",
    ),
];

/// Views the widget and the `render` command can draw (`view=` in the query string).
pub const VIEWS: [&str; 7] = [
    "projection",
    "pyramid",
    "compare",
    "compatriots",
    "remittances",
    "relokanty",
    "needs",
];
/// Languages of chart text (`lang=`).
pub const LANGS: [&str; 2] = ["en", "ru"];
/// Which presets the projection view overlays (`presets=`).
pub const OVERLAYS: [&str; 4] = ["none", "rosstat", "un", "all"];
/// Ids of the presets (`super::presets`), in their order; scenario B of the compare view
/// (`b=`) is one of them or a url-encoded query string.
pub const PRESET_IDS: [&str; 11] = [
    "un_medium",
    "un_low",
    "un_high",
    "rosstat_low",
    "rosstat_medium",
    "rosstat_high",
    "compatriots_goal",
    "crocus_persists",
    "war_ends_relokanty_return",
    "no_net_migration",
    "hold_workforce",
];

/// The view-level keys: how the scenario is shown.
fn build_view(f: &Figures) -> Vec<ParamSpec> {
    let first = f.base_year;
    let last = f.last_year;
    vec![
        choice(
            "view",
            "view",
            "Chart shown",
            &VIEWS,
            "Neutral",
            "projection: population lines with UN intervals, the scenario and presets; pyramid: \
             by age and sex in one year; compare: scenario A (the levers) against B; \
             compatriots: the programme series against its goal; remittances: share of GDP, \
             history and scenario; relokanty: host countries' ranges and the scenario.",
        ),
        number(
            "year",
            "view",
            "Year of the pyramid (1 July)",
            "year",
            (first as f64, last as f64, 1.0, 0),
            2050.0,
            "Neutral",
            "The pyramid view shows the population on 1 July of this year.",
        ),
        choice(
            "lang",
            "view",
            "Language of the chart",
            &LANGS,
            "Neutral",
            "en: English; ru: Russian (decimal comma, space between thousands).",
        ),
        choice(
            "b",
            "view",
            "Scenario B of the comparison",
            &PRESET_IDS,
            "Neutral: UN WPP 2024 medium",
            "A preset id, or a whole scenario as a url-encoded query string (e.g. \
             b=tfr_shift%3D0.3%26lab_tjk%3D500); scenario A is the levers set.",
        ),
        choice(
            "presets",
            "view",
            "Presets drawn on the projection",
            &OVERLAYS,
            "Neutral",
            "none; rosstat: Rosstat's October 2023 low / medium / high rebuilt by the engine \
             (Russia); un: UN low and high as projected by the engine; all: every preset.",
        ),
    ]
}

/// The views a lever of `group` can move: every lever moves the populations the projection,
/// pyramid and comparison draw, except the remittance shares, which only weigh the money
/// the remittances view follows; the labour levers also move that money, the Compatriots
/// levers the reader's level in the programme's view, the relokanty levers the hosts.
fn views_moved(group: &str) -> Vec<&'static str> {
    let population = ["projection", "pyramid", "compare", "needs"];
    let also: &[&'static str] = match group {
        "remittances" => return vec!["remittances"],
        "labour" => &["remittances"],
        "compatriots" => &["compatriots"],
        "relokanty" => &["relokanty"],
        _ => &[],
    };
    population.iter().chain(also).copied().collect()
}

/// The Russian label of a key (English kept where a key is unknown).
fn label_ru(key: &str) -> &'static str {
    match key {
        "country" => "Страна",
        "variant" => "Вариант ООН WPP 2024, от которого отсчитывается сценарий",
        "measure" => "Показатель на графике по годам",
        "tfr_mode" => "Рычаг рождаемости",
        "tfr_shift" => "Сдвиг СКР относительно среднего варианта ООН",
        "tfr_target" => "Целевой СКР",
        "tfr_year" => "Год достижения целевого СКР",
        "e0_m" => "Ожидаемая продолжительность жизни мужчин: сдвиг от среднего варианта ООН",
        "e0_f" => "Ожидаемая продолжительность жизни женщин: сдвиг от среднего варианта ООН",
        "e0_year" => "Год, к которому сдвиг продолжительности жизни достигается полностью",
        "war_deaths" => {
            "Гибель российских военных после базового года (оценка официальных лиц США)"
        }
        "war_end" => "Военные потери продолжаются до середины года",
        "mig_scale" => "Сохраняемая чистая миграция ООН WPP 2024 (помимо потоков ниже)",
        "stock" => "Мера численности трудовых мигрантов из Центральной Азии в России",
        "lab_uzb" => "Мигранты из Узбекистана в России: изменение численности",
        "lab_tjk" => "Мигранты из Таджикистана в России: изменение численности",
        "lab_kgz" => "Мигранты из Киргизии в России: изменение численности",
        "lab_year" => "Год, к которому достигается изменение численности",
        "crocus_end" => {
            "Спад притока мигрантов из Таджикистана и Узбекистана после «Крокуса» длится до"
        }
        "compat" => "Прибытия по Программе соотечественников",
        "compat_from" => "Уровень Программы соотечественников действует с",
        "ua_return" => "Украинцы в России, возвращающиеся на Украину",
        "ua_more" => "Новые прибытия украинцев в Россию",
        "ua_year" => "Потоки украинцев продолжаются до",
        "rel_stock" => "Россияне, уехавшие после февраля 2022 г. (релоканты)",
        "rel_return" => "Релоканты, возвращающиеся в Россию",
        "rel_more" => "Дальнейшая эмиграция россиян",
        "rel_year" => "Потоки релокантов продолжаются до",
        "rshare_kgz" => "Киргизия: предполагаемая доля переводов из России, %",
        "rshare_tjk" => "Таджикистан: предполагаемая доля переводов из России, %",
        "rshare_uzb" => "Узбекистан: предполагаемая доля переводов из России, %",
        "hold" => "Удерживать показатель дополнительной чистой миграцией",
        "hold_from" => "Удерживать показатель с середины года",
        "hold_level" => "Удерживаемый уровень (0 — его значение в начальном году)",
        "view" => "График",
        "year" => "Год пирамиды (1 июля)",
        "lang" => "Язык графика",
        "b" => "Сценарий Б для сравнения",
        "presets" => "Готовые сценарии на графике прогноза",
        _ => "",
    }
}

/// The Russian unit for an English unit of the table.
fn unit_ru(unit: &str) -> &'static str {
    match unit {
        "children per woman" => "детей на женщину",
        "years" => "лет",
        "year" => "год",
        "thousand" => "тыс.",
        "thousand per year" => "тыс. в год",
        "percent" => "%",
        "percent of stock" => "% численности",
        "in the measure's unit" => "в единицах показателя",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_and_unit_has_russian() {
        let data = Dataset::embedded().unwrap();
        let t = ParamTable::new(&data).unwrap();
        for p in t.params.iter().chain(&t.view) {
            assert!(!p.label_ru.is_empty(), "{} has no Russian label", p.key);
            assert_eq!(
                p.unit.is_empty(),
                p.unit_ru.is_empty(),
                "{}: unit {}",
                p.key,
                p.unit
            );
        }
        assert_eq!(
            t.view_param("view").map(|p| p.choices.len()),
            Some(VIEWS.len())
        );
        assert!(t.get("view").is_none(), "view keys are not scenario levers");
    }
}
