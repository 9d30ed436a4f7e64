//! The parameter table: one row per lever (key, range, step, decimals, default, unit,
//! group, the views it moves, whether it is a control, the source of the default), written
//! once in [`levers!`], which also makes the [`Scenario`] field of that name (the query key
//! and the CLI's `--key`); labels and units in every language are the catalogs'
//! (`lever-KEY`, `unit-UNIT`). Sliders, the query string and every display of a lever
//! read this one table, so they cannot disagree. Defaults that are figures (war deaths, the
//! Compatriots level, stocks) are read from the embedded data by id, never typed here; a
//! neutral default (a shift of 0, a year that switches a lever off) says so in its source.

use serde::{Deserialize, Serialize};
use strum::VariantNames;

use crate::data::Dataset;
use crate::i18n;
use crate::num::fixed;

use super::choices::{BaseVariant, LeverValue, StockMeasure, TfrMode};
use super::error::{QueryError, ScenarioError};
use super::figures::Figures;
use super::measure::{HoldChoice, Measure};

/// The eight focus countries, in the order of the embedded data (`tests/data_tables.rs`
/// holds it to the data).
pub const COUNTRIES: [&str; 8] = ["RUS", "GEO", "ARM", "KAZ", "KGZ", "TJK", "UZB", "UKR"];
/// Base UN WPP 2024 variants a scenario can start from.
pub const VARIANTS: &[&str] = BaseVariant::VARIANTS;
/// Fertility lever modes.
pub const TFR_MODES: &[&str] = TfrMode::VARIANTS;
/// Measures of the Central Asian labour-migrant stock in Russia.
pub const STOCK_MEASURES: &[&str] = StockMeasure::VARIANTS;

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
    /// The levers of a [`Scenario`], in query-string order.
    pub params: Vec<ParamSpec>,
    /// View-level keys of the widget's query string (`view`, `year`, `lang`, `b`,
    /// `presets`): how a scenario is shown, not what it is. [`Scenario`] holds none
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
        ParamTable {
            params: build(f),
            view: build_view(f),
        }
    }
}

/// The start of a row of a number: its group, unit (English, as `unit-*` in the catalogs
/// with spaces and apostrophes as `_`) and (min, max, step, decimals). Default 0, shown as
/// a control, moving the views of its group ([`views_moved`]) unless the row says more.
fn number(group: &'static str, unit: &'static str, range: (f64, f64, f64, u32)) -> ParamSpec {
    let (min, max, step, decimals) = range;
    ParamSpec {
        key: "",
        group,
        label: "",
        label_ru: "",
        kind: ParamKind::Number,
        unit,
        unit_ru: "",
        min,
        max,
        step,
        decimals,
        default: 0.0,
        choices: Vec::new(),
        source: String::new(),
        source_ru: String::new(),
        help: String::new(),
        control: true,
        views: Vec::new(),
    }
}

/// The start of a row of a choice (its choices come from the field's type, or
/// [`ParamSpec::choices`] for a code from the data; the default is the first).
fn choice(group: &'static str) -> ParamSpec {
    ParamSpec {
        kind: ParamKind::Choice,
        step: 1.0,
        ..number(group, "", (0.0, 0.0, 1.0, 0))
    }
}

/// The rest of a row, chained after [`number`] or [`choice`] in the table.
impl ParamSpec {
    #[inline(never)]
    fn default(mut self, v: f64) -> Self {
        self.default = v;
        self
    }
    #[inline(never)]
    fn source(mut self, s: impl Into<String>) -> Self {
        self.source = s.into();
        self
    }
    /// A source that is a fixed phrase: the catalogs' `lever-source-KEY`, in both languages.
    #[inline(never)]
    fn said(mut self, key: &str) -> Self {
        let key = format!("lever-source-{key}");
        self.source = i18n::text("en", &key).to_string();
        self.source_ru = i18n::text("ru", &key).to_string();
        self
    }
    fn source_ru(mut self, s: impl Into<String>) -> Self {
        self.source_ru = s.into();
        self
    }
    #[inline(never)]
    fn help(mut self, s: impl Into<String>) -> Self {
        self.help = s.into();
        self
    }
    fn choices(mut self, c: &[&'static str]) -> Self {
        self.choices = c.to_vec();
        self
    }
    /// Set only in the query string, not shown as a control.
    fn hidden(mut self) -> Self {
        self.control = false;
        self
    }
    /// The views it moves, when not those of its group.
    fn views(mut self, v: &[&'static str]) -> Self {
        self.views = v.to_vec();
        self
    }
    /// Completes the row of `key` whose value has the type `T`: the kind and choices from
    /// the type, label and unit in both languages from the catalogs (`lever-KEY`,
    /// `unit-UNIT`), the default clamped into range and rounded.
    fn finish<T: LeverValue>(self, key: &'static str) -> ParamSpec {
        self.complete(key, T::KIND, T::choices)
    }
    #[inline(never)] // one copy, not one per row (wasm size)
    fn complete(
        mut self,
        key: &'static str,
        kind: ParamKind,
        choices: fn() -> Vec<&'static str>,
    ) -> ParamSpec {
        self.key = key;
        self.kind = kind;
        let label = format!("lever-{key}");
        self.label = i18n::text("en", &label);
        self.label_ru = i18n::text("ru", &label);
        if !self.unit.is_empty() {
            self.unit_ru = i18n::text("ru", &unit_key(self.unit));
        }
        match self.kind {
            ParamKind::Choice => {
                if self.choices.is_empty() {
                    self.choices = choices();
                }
                self.max = self.choices.len().saturating_sub(1) as f64;
            }
            ParamKind::Number => {
                self.default = self.round(crate::num::clamp(self.default, self.min, self.max));
            }
        }
        if self.views.is_empty() {
            self.views = views_moved(self.group);
        }
        self
    }
}

/// The catalog key of an English unit (`unit-thousand_per_year`).
pub fn unit_key(unit: &str) -> String {
    let slug: String = unit
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("unit-{slug}")
}

/// The one lever table. Each row `key: Type = row;` gives the [`Scenario`] field `key` of
/// that type, its [`ParamSpec`] (the row, completed by [`ParamSpec::finish`]), the query
/// key and the CLI's `--key` (`crossroads --tfr_shift 0.3` is `tfr_shift=0.3`): the
/// field's name is all of them. The statements before the rows are in scope in every row.
macro_rules! levers {
    (
        fn $build:ident($f:ident) { $($prelude:tt)* }
        $( $(#[$doc:meta])* $key:ident : $ty:ty = $row:expr; )*
    ) => {
        /// Every parameter of a scenario, one field per row of the lever table. Choices
        /// are enums (or a country code checked against [`COUNTRIES`]), numbers are in the
        /// table's units. Build one with [`Scenario::baseline`] or [`Scenario::parse_query`].
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        pub struct Scenario {
            $( $(#[$doc])* pub $key: $ty, )*
        }

        /// The query keys of the levers, in table order.
        pub const LEVER_KEYS: &[&str] = &[$(stringify!($key)),*];

        impl Scenario {
            /// A numeric parameter's value.
            pub fn number(&self, key: &str) -> Option<f64> {
                match key {
                    $(stringify!($key) => LeverValue::number(&self.$key),)*
                    _ => None,
                }
            }
            /// A choice parameter's value, as the query string writes it.
            pub fn choice(&self, key: &str) -> Option<&str> {
                match key {
                    $(stringify!($key) => LeverValue::choice(&self.$key),)*
                    _ => None,
                }
            }
            pub(super) fn number_mut(&mut self, key: &str) -> Option<&mut f64> {
                match key {
                    $(stringify!($key) => LeverValue::number_mut(&mut self.$key),)*
                    _ => None,
                }
            }
            /// Sets a choice from its canonical spelling; false when `key` is no choice.
            pub(super) fn put_choice(&mut self, key: &str, canonical: &str) -> bool {
                match key {
                    $(stringify!($key) => LeverValue::set_choice(&mut self.$key, canonical),)*
                    _ => false,
                }
            }
            pub(super) fn empty() -> Scenario {
                Scenario { $($key: Default::default(),)* }
            }
        }

        fn $build($f: &Figures) -> Vec<ParamSpec> {
            $($prelude)*
            vec![$($row.finish::<$ty>(stringify!($key)),)*]
        }
    };
}

const REMIT_HELP: &str = "The part of the country's remittances the model lets move in \
    proportion to the stock of its migrants in Russia; the rest stays at its latest World \
    Bank level. It acts only while a labour lever or the post-Crocus drop changes that stock.";

/// The row of a remittance share (`i` in the order of `figures::SHARE_COUNTRIES`): its
/// default is a proxy read from the data (see its source), not a measured share.
fn remit_share(f: &Figures, i: usize) -> ParamSpec {
    let row = number("remittances", "percent", (0.0, 100.0, 1.0, 0)).help(REMIT_HELP);
    match f.remit_shares.get(i) {
        Some(s) => row
            .default(s.pct)
            .source(s.source.clone())
            .source_ru(s.source_ru.clone()),
        None => row,
    }
}

levers! {
    fn build(f) {
        let first = f.base_year + 1; // first whole calendar year of the projection
        let last = f.last_year;
        let yr = |def: i32| (def.clamp(first, last)) as f64;
        let years = (first as f64, last as f64, 1.0, 0);
        let stock = |i: usize| fixed(f.stock_undesa[i], 0);
    }
    // --- what is shown
    country: String = choice("view")
        .choices(&COUNTRIES)
        .said("countries")
        .help(
            "ISO3 code of the country whose projection is shown; flows to and from Russia \
             move both countries whichever is shown.",
        );
    variant: BaseVariant = choice("view")
        .said("variants")
        .help("Base inputs before any lever acts.");
    measure: Measure = choice("view")
        .said("total_population")
        .views(&["projection", "compare", "needs"])
        .help(
            "What the projection and comparison views draw by year (1 July): population: \
             total; pop_20_64 and pop_15_64: working ages; support_ratio: people aged 20-64 \
             per person 65+; men_18_59: men of military age; old_age_dependency: people 65+ \
             per person aged 20-64. UN WPP 2024 medium is drawn beside it: published where \
             WPP publishes the measure (the total every year, with its 80 % and 95 % \
             intervals; age groups in 5-year groups every fifth year), elsewhere the \
             engine's projection of WPP's medium inputs. It changes what is shown, not the \
             scenario.",
        );
    // --- fertility
    tfr_mode: TfrMode = choice("fertility").said("neutral").help(
        "shift: add a number of children per woman to the UN path, phased in as the UN \
         low/high variants (half by 2024-28, 0.8 by 2029-33, in full from 2034); target: \
         close the gap between the UN path and a target TFR linearly from the base year \
         to the target year, then hold the target. A target left at its default sets \
         nothing: switching the mode alone keeps the UN path.",
    );
    tfr_shift: f64 = number("fertility", "children per woman", (-1.5, 1.5, 0.05, 2))
        .said("neutral")
        .help("The UN low and high variants are -0.5 and +0.5.");
    tfr_target: f64 = number("fertility", "children per woman", (0.5, 4.0, 0.01, 2))
        .default(f.tfr_base)
        .source(f.tfr_base_source.clone())
        .source_ru(f.tfr_base_source_ru.clone())
        .help(format!(
            "Used when the fertility lever is `target`: reached in the target year and held. \
             Left at its default (Russia's UN TFR in {}) it sets no target and the UN path \
             of the country shown is kept.",
            f.base_year
        ));
    tfr_year: f64 = number("fertility", "year", years)
        .default(yr(2035))
        .said("tfr_year");
    // --- survival
    e0_m: f64 = number("survival", "years", (-10.0, 15.0, 0.1, 1))
        .said("neutral")
        .help(
            "Death rates are scaled proportionally at every age so that the engine's own \
             life table gives the UN e0 plus this shift.",
        );
    e0_f: f64 = number("survival", "years", (-10.0, 15.0, 0.1, 1))
        .said("neutral")
        .help("As for men.");
    e0_year: f64 = number("survival", "year", years).default(yr(2045)).said("e0_year");
    // --- war
    war_deaths: f64 = number("war", "thousand per year", (0.0, 300.0, 0.1, 1))
        .default(f.war_rate)
        .source(f.war_rate_source.clone())
        .help(format!(
            "The default is the rate of US officials' estimate of Russian military dead so \
             far. Deaths up to mid-{b} are left to UN WPP 2024 (its estimates to 2023 and \
             its projection after, with whatever war mortality the UN built in); the lever \
             adds deaths after mid-{b} only, until the end year below, so at its default \
             end year ({b}) it adds nothing. Deaths go through the engine by age, spread \
             over men aged 18-59 in proportion to the men of each age, so the missing men \
             stay missing in every later pyramid.",
            b = f.base_year
        ));
    war_end: f64 = number("war", "year", (f.base_year as f64, last as f64, 1.0, 0))
        .default(f.base_year as f64)
        .said("war_end")
        .help(
            "Military deaths are added from mid-base year to mid-year of this year; at the \
             base year the war-deaths lever does nothing.",
        );
    // --- migration not modelled as a stream
    mig_scale: f64 = number("migration", "percent", (0.0, 300.0, 1.0, 0))
        .default(100.0)
        .said("neutral")
        .help(
            "Scales the UN net migrants of every age and sex; 0 = no migration other than \
             the streams set below.",
        );
    // --- Central Asian labour migration
    stock: StockMeasure = choice("labour")
        .source(f.stock_source.clone())
        .source_ru(f.stock_source_ru.clone())
        .help(
        "undesa: foreign-born residents (UN DESA, 1 July 2024); mvd: the Interior Ministry's \
         March 2024 estimate of migrants from the three countries (includes short stays and \
         circular migrants), split by the UN DESA shares. Sets the stock whose yearly \
         turnover (the stock over the assumed mean stay) is the inflow the post-Crocus fall \
         cuts, and the stock the remittance paths start from.",
    );
    lab_uzb: f64 = number("labour", "thousand", (-3000.0, 5000.0, 10.0, 0))
        .said("neutral")
        .help(format!(
            "Net migration from Uzbekistan adding up to this change by the chosen year \
             (spread evenly from {first}). UN DESA stock 2024: {} thousand.",
            stock(0)
        ));
    lab_tjk: f64 = number("labour", "thousand", (-3000.0, 5000.0, 10.0, 0))
        .said("neutral")
        .help(format!("As for Uzbekistan. UN DESA stock 2024: {} thousand.", stock(1)));
    lab_kgz: f64 = number("labour", "thousand", (-3000.0, 5000.0, 10.0, 0))
        .said("neutral")
        .help(format!("As for Uzbekistan. UN DESA stock 2024: {} thousand.", stock(2)));
    lab_year: f64 = number("labour", "year", years)
        .default(yr(2050))
        .said("changes_zero");
    crocus_end: f64 = number("labour", "year", years)
        .default(first as f64)
        .source(f.crocus_source.clone())
        .help(crocus_help(f, first, last));
    // --- Compatriots
    compat: f64 = number("compatriots", "thousand per year", (0.0, 600.0, 0.1, 1))
        .default(f.compat_latest)
        .source(f.compat_source.clone())
        .source_ru(f.compat_source_ru.clone())
        .help(format!(
            "The default is the latest reported level ({}), taken as already in UN WPP \
             2024; the difference is added from the start year. Goal set in 2012: {} \
             thousand a year.",
            f.compat_measure,
            fixed(f.compat_goal, 0)
        ));
    compat_from: f64 = number("compatriots", "year", years)
        .default(first as f64)
        .said("assumption");
    // --- Ukrainians
    ua_return: f64 = number("ukrainians", "percent of stock", (0.0, 100.0, 1.0, 0))
        .said("neutral")
        .help(format!(
            "Share of the {} thousand Ukrainians in Russia ({}) who go back, evenly up to \
             the chosen year.",
            fixed(f.ua_stock, 0),
            f.ua_stock_source
        ));
    ua_more: f64 = number("ukrainians", "thousand per year", (0.0, 500.0, 1.0, 0))
        .said("neutral");
    ua_year: f64 = number("ukrainians", "year", years)
        .default(yr(2030))
        .said("flows_zero");
    // --- relokanty
    rel_stock: f64 = number("relokanty", "thousand", (0.0, 2000.0, 1.0, 0))
        .default(f.rel_stock)
        .source(f.rel_stock_source.clone())
        .source_ru(f.rel_stock_source_ru.clone())
        .help(f.rel_stock_help.clone());
    rel_return: f64 = number("relokanty", "percent of stock", (0.0, 100.0, 1.0, 0))
        .said("neutral")
        .help(
            "Evenly up to the chosen year. Georgia, Armenia, Kazakhstan and Kyrgyzstan each \
             lose this share of their relokanty (the midpoints of the brief's ranges); the \
             rest come from other countries.",
        );
    rel_more: f64 = number("relokanty", "thousand per year", (0.0, 500.0, 1.0, 0))
        .said("neutral")
        .help(
            "Evenly up to the chosen year, to the host countries as the relokanty are there \
             now (each host's midpoint over Re:Russia's total); the rest to other countries.",
        );
    rel_year: f64 = number("relokanty", "year", years)
        .default(yr(2030))
        .said("flows_zero");
    // --- remittance shares, in the order of `figures::SHARE_COUNTRIES`
    rshare_kgz: f64 = remit_share(f, 0);
    rshare_tjk: f64 = remit_share(f, 1);
    rshare_uzb: f64 = remit_share(f, 2);
    // --- replacement migration (`super::solve`)
    hold: HoldChoice = choice("hold")
        .said("no_migrants")
        .help(
            "Replacement migration (UN Population Division, 2000): each year from the start \
             year the country shown gets the extra net migrants, from the rest of the world \
             and with the labour-migrant age profile, that keep this measure at its level \
             (negative = emigration). population: total; pop_20_64 and pop_15_64: working \
             ages; support_ratio: people aged 20-64 per person 65+; men_18_59: men of \
             military age. Linked partner countries are not changed by these migrants.",
        );
    hold_from: f64 = number("hold", "year", (f.base_year as f64, last as f64 - 1.0, 1.0, 0))
        .default(f.base_year as f64)
        .said("base_year");
    hold_level: f64 = number("hold", "in the measure's unit", (-1e6, 1e7, 0.001, 3))
        .hidden()
        .said("own_level")
        .help(
            "Thousands of people, or people aged 20-64 per person 65+ for the support \
             ratio. A negative level cannot be held.",
        );
}

/// What the post-Crocus lever does, with the inflows it cuts under both stock measures.
fn crocus_help(f: &Figures, first: i32, last: i32) -> String {
    let (un, mvd) = (f.inflow(StockMeasure::Undesa), f.inflow(StockMeasure::Mvd));
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
/// Scenario B of a comparison when none is given: the world without net migration, which
/// shows what migration adds (B = the UN medium would equal the untouched scenario A).
pub const DEFAULT_B: &str = "no_net_migration";

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
    let years = (f.base_year as f64, f.last_year as f64, 1.0, 0);
    let rows = [
        choice("view").choices(&VIEWS).said("neutral_plain").help(
            "projection: population lines with UN intervals, the scenario and presets; \
             pyramid: by age and sex in one year; compare: scenario A (the levers) against B; \
             compatriots: the programme series against its goal; remittances: share of GDP, \
             history and scenario; relokanty: host countries' ranges and the scenario.",
        ),
        number("view", "year", years)
            .default(2050.0)
            .said("neutral_plain")
            .help("The pyramid view shows the population on 1 July of this year."),
        choice("view")
            .choices(&LANGS)
            .said("neutral_plain")
            .help("en: English; ru: Russian (decimal comma, space between thousands)."),
        choice("view")
            .choices(&PRESET_IDS)
            .default(
                PRESET_IDS
                    .iter()
                    .position(|id| *id == DEFAULT_B)
                    .unwrap_or(0) as f64,
            )
            .said("neutral_plain")
            .help(
                "A preset id, or a whole scenario as a url-encoded query string (e.g. \
                 b=tfr_shift%3D0.3%26lab_tjk%3D500); scenario A is the levers set.",
            ),
        choice("view")
            .choices(&OVERLAYS)
            .said("neutral_plain")
            .help(
                "none; rosstat: Rosstat's October 2023 low / medium / high rebuilt by the engine \
             (Russia); un: UN low and high as projected by the engine; all: every preset.",
            ),
    ];
    // Not levers: they move no view's numbers (`views` stays empty).
    let finish = |row: ParamSpec, key| match row.kind {
        ParamKind::Choice => row.finish::<String>(key),
        ParamKind::Number => row.finish::<f64>(key),
    };
    ["view", "year", "lang", "b", "presets"]
        .into_iter()
        .zip(rows)
        .map(|(key, row)| ParamSpec {
            views: Vec::new(),
            ..finish(row, key)
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_and_unit_has_russian() {
        let data = Dataset::embedded().unwrap();
        let t = ParamTable::new(&data).unwrap();
        for p in t.params.iter().chain(&t.view) {
            assert!(!p.label_ru.is_empty(), "{} has no Russian label", p.key);
            // The catalogs have the words (a missing key would show as the key).
            assert!(i18n::has(&format!("lever-{}", p.key)), "lever-{}", p.key);
            assert!(
                p.unit.is_empty() || i18n::has(&unit_key(p.unit)),
                "{}",
                p.unit
            );
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
        assert_eq!(LEVER_KEYS, t.keys().collect::<Vec<_>>());
        // The countries a scenario may show are the data's, in its order.
        let iso3: Vec<&str> = data.country_infos().map(|c| c.iso3.as_str()).collect();
        assert_eq!(iso3, COUNTRIES);
    }
}
