//! The assumptions a scenario rests on, as structured data a reader can see: every choice
//! the model makes that no lever sets (the UN WPP 2024 start, the base year, mid-year
//! steps, migrants' ages and sexes, stream timings and how each stream relates to WPP's own
//! migration), each with its value, its reason and its source, as catalog texts ([`Text`]: a key of
//! `i18n/*.ftl` and typed values) worded in any language only when shown.
//! [`assumptions`] lists only those the scenario uses: the base ones always, a stream's
//! only while its lever moves people. Values come from the code's own constants
//! ([`RogersCastro`]), the [`Figures`] and the data (WPP's net migration from the
//! indicators), never from copies; the widget's Assumptions panel and
//! `crossroads --assumptions` print them in one language ([`Assumption::in_lang`]).
//!
//! Every stream is a deviation from WPP, not a second copy of it: at its default a lever
//! moves nobody (the baseline is WPP), the Compatriots lever adds only the difference from
//! the latest reported level (taken as inside WPP's migration), and the Ukrainian and
//! relokanty streams move people WPP's projection does not move (see the `*_wpp` items).

use serde::Serialize;

use crate::data::Dataset;
use crate::i18n::{Arg, Catalog, Text};

use super::choices::{BaseVariant, StockMeasure, TfrMode};
use super::figures::Figures;
use super::measure::Measure;
use super::needs::needs_hold;
use super::query::Scenario;
use super::run::tfr_phase;
use super::schedule::RogersCastro;

/// One assumption of the model; its words are catalog texts (`assume-*` keys).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    /// Stable identifier (`labour_sex`, `compat_in_wpp`, …), for code and tests only.
    pub key: &'static str,
    /// The part of the model: `base`, `fertility`, `survival`, `war`, `labour`,
    /// `compatriots`, `ukrainians`, `relokanty` or `hold` (the migration that holds a measure).
    pub group: &'static str,
    pub title: Text,
    /// The value as a number in `unit`, where the assumption is one number.
    pub number: Option<f64>,
    /// Unit of `number` (`share`: 0..1; `thousand per year`; `year`; empty when none).
    pub unit: &'static str,
    /// The value as a reader sees it, with its unit.
    pub value: Text,
    pub reason: Text,
    pub source: Text,
}

/// One assumption in one language, as the widget and the command line show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AssumptionText {
    pub key: &'static str,
    pub group: &'static str,
    pub title: String,
    pub value: String,
    pub reason: String,
    pub source: String,
}

impl Assumption {
    /// This assumption in `lang` (a code of [`crate::i18n::LANGS`]; another reads as
    /// English).
    pub fn in_lang(&self, lang: &str) -> AssumptionText {
        self.render(&Catalog::of(lang))
    }

    /// This assumption in the words of the catalog `c`.
    pub fn render(&self, c: &Catalog<'_>) -> AssumptionText {
        AssumptionText {
            key: self.key,
            group: self.group,
            title: self.title.render(c),
            value: self.value.render(c),
            reason: self.reason.render(c),
            source: self.source.render(c),
        }
    }

    /// Every catalog key the assumption's words use.
    pub fn keys(&self) -> Vec<String> {
        [&self.title, &self.value, &self.reason, &self.source]
            .iter()
            .flat_map(|t| t.keys())
            .collect()
    }
}

/// The catalog text `key`.
fn t(key: &str) -> Text {
    Text::new(key)
}

/// A text the data give, the same in every language.
fn given(text: impl Into<String>) -> Text {
    t("assume-given").arg("text", Arg::Plain(text.into()))
}

/// Items joined by the catalog's list separator.
fn list(items: Vec<Arg>) -> Text {
    t("assume-given").arg("text", Arg::List(items))
}

const MODEL: &str = "assume-source-model";
const WPP: &str = "assume-source-wpp";
const DESA: &str = "assume-source-desa";
const RC: &str = "assume-source-rc";
const BRIEF: &str = "assume-source-brief";

/// Builds the list; each method adds the items of one part of the model.
struct List<'a> {
    data: &'a Dataset,
    f: &'a Figures,
    s: &'a Scenario,
    out: Vec<Assumption>,
}

impl List<'_> {
    /// Adds the assumption `key` of `group` whose title, reason and source are the
    /// catalog's `assume-KEY-title`, `-reason` and `source`, with its value.
    fn add(
        &mut self,
        key: &'static str,
        group: &'static str,
        number: Option<f64>,
        unit: &'static str,
        value: Text,
        source: Text,
    ) {
        self.add_with(
            key,
            group,
            number,
            unit,
            value,
            t(&format!("assume-{key}-reason")),
            source,
        );
    }

    /// As [`List::add`] with a reason that has values of its own.
    #[allow(clippy::too_many_arguments)]
    fn add_with(
        &mut self,
        key: &'static str,
        group: &'static str,
        number: Option<f64>,
        unit: &'static str,
        value: Text,
        reason: Text,
        source: Text,
    ) {
        self.out.push(Assumption {
            key,
            group,
            title: t(&format!("assume-{key}-title")),
            number,
            unit,
            value,
            reason,
            source,
        });
    }

    /// A country's name as the data give it, in English and Russian.
    fn name(&self, iso: &str) -> Arg {
        self.data
            .country(iso)
            .map_or(Arg::Plain(iso.to_string()), |c| {
                Arg::given(&c.info.name_en, &c.info.name_ru)
            })
    }

    /// A country (or `assume-other-countries`) with its share.
    fn share(&self, country: Arg, share: f64) -> Arg {
        t("assume-country-share")
            .arg("country", country)
            .arg("share", Arg::percent(share))
            .into()
    }

    /// The year a brief's figure is dated (the first four digits of its date).
    fn brief_year(&self, id: &str) -> i32 {
        self.data
            .brief(id)
            .and_then(|b| {
                let d = &b.period_or_date;
                let i = d.find(|c: char| c.is_ascii_digit())?;
                d.get(i..i + 4)?.parse().ok()
            })
            .unwrap_or(self.f.base_year)
    }

    /// First whole calendar year of the projection.
    fn first(&self) -> i32 {
        self.f.base_year + 1
    }

    /// WPP's own net migration of `iso` from the year of the invasion to the base year, in
    /// words ("+766 thousand in 2022, +28 in 2023, …").
    fn wpp_migration(&self, iso: &str) -> Text {
        let from = self.brief_year("CR003");
        let rows: Vec<(i32, f64)> = (from..=self.f.base_year)
            .filter_map(|y| Some((y, self.data.country(iso)?.indicator(y)?.netmig?)))
            .collect();
        if rows.is_empty() {
            return t("assume-wpp-migration-none").arg("country", self.name(iso));
        }
        let years = rows
            .iter()
            .enumerate()
            .map(|(i, (y, v))| {
                let k = if i == 0 { "first" } else { "next" };
                t(&format!("assume-wpp-migration-{k}"))
                    .arg("n", Arg::signed(*v, 0))
                    .arg("year", *y)
                    .into()
            })
            .collect();
        t("assume-wpp-migration")
            .arg("country", self.name(iso))
            .arg("years", Arg::List(years))
    }
}

/// The assumptions scenario `s` uses, in the order a reader meets them: the base ones, then
/// those of each lever group that is moved, then those of the measure `hold=` holds.
pub fn assumptions(data: &Dataset, f: &Figures, s: &Scenario) -> Vec<Assumption> {
    assumptions_holding(data, f, s, s.hold.measure())
}

/// The assumptions behind the view `view` of scenario `s`: [`assumptions`], and in the
/// `needs` view those of the measure it holds.
pub fn view_assumptions(data: &Dataset, f: &Figures, s: &Scenario, view: &str) -> Vec<Assumption> {
    let held = if view == "needs" {
        Some(needs_hold(s).0)
    } else {
        s.hold.measure()
    };
    assumptions_holding(data, f, s, held)
}

/// As [`assumptions`], with the migration that holds `held` (the `needs` view holds a
/// measure even when `hold=` is not given).
pub fn assumptions_holding(
    data: &Dataset,
    f: &Figures,
    s: &Scenario,
    held: Option<Measure>,
) -> Vec<Assumption> {
    let mut l = List {
        data,
        f,
        s,
        out: Vec::new(),
    };
    base(&mut l);
    fertility_survival_war(&mut l);
    labour(&mut l);
    compatriots(&mut l);
    ukrainians(&mut l);
    relokanty(&mut l);
    if let Some(m) = held {
        hold(&mut l, m);
    }
    l.out
}

/// The migration that holds a measure (`solve.rs`): what is held from when, who the extra
/// migrants are, and the most that can come in a year.
fn hold(l: &mut List<'_>, m: Measure) {
    let s = l.s;
    let from = s.hold_from as i32;
    let level = if s.hold_level > 0.0 {
        let d = if m.is_ratio() { 2 } else { 0 };
        t("assume-hold-level")
            .arg("measure", Arg::msg(m.name_key()))
            .arg("level", Arg::num(s.hold_level, d))
            .arg("unit", Arg::msg(m.unit_key()))
            .arg("from", from)
    } else {
        t("assume-hold-kept")
            .arg("measure", Arg::msg(m.name_key()))
            .arg("from", from)
    };
    l.add(
        "hold",
        "hold",
        (s.hold_level > 0.0).then_some(s.hold_level),
        "",
        level,
        t("assume-hold-source"),
    );
    ages(
        l,
        "hold_ages",
        "hold",
        "assume-who-extra",
        RogersCastro::LABOUR,
        t("assume-hold_ages-why"),
    );
    let world = l.data.world_midyear(l.f.base_year).unwrap_or(0.0) / 1e6;
    l.add(
        "hold_world",
        "hold",
        None,
        "",
        t("assume-hold_world-value")
            .arg("world", Arg::num(world, 2))
            .arg("year", l.f.base_year),
        t(WPP),
    );
}

fn base(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let variant = match s.variant {
        BaseVariant::Low => "low",
        BaseVariant::High => "high",
        _ => "medium",
    };
    l.add(
        "wpp_variant",
        "base",
        None,
        "",
        t(&format!("assume-variant-{variant}")),
        t(WPP),
    );
    let b = f.base_year;
    l.add(
        "base_year",
        "base",
        Some(f64::from(b)),
        "year",
        t("assume-base_year-value").arg("year", b),
        t(WPP),
    );
    l.add(
        "mid_year",
        "base",
        None,
        "",
        t("assume-mid_year-value"),
        t(MODEL),
    );
    l.add(
        "wpp_migration",
        "base",
        Some(s.mig_scale / 100.0),
        "share",
        t("assume-wpp_migration-value")
            .arg("share", Arg::num(s.mig_scale, 0))
            .arg("wpp", l.wpp_migration(&s.country)),
        t(WPP),
    );
    l.add(
        "migrant_ages",
        "base",
        None,
        "",
        t("assume-migrant_ages-value"),
        t(WPP),
    );
}

fn fertility_survival_war(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    if s.tfr_mode == TfrMode::Target {
        l.add(
            "tfr_path",
            "fertility",
            Some(s.tfr_target),
            "children per woman",
            t("assume-tfr_path-value")
                .arg("base", Arg::num(f.tfr_base, 2))
                .arg("year", f.base_year)
                .arg("target", Arg::num(s.tfr_target, 2))
                .arg("until", s.tfr_year as i32),
            t(MODEL),
        );
    } else if s.tfr_shift != 0.0 {
        let phase = tfr_phase(l.data, &s.country);
        let full = (l.first()..=f.last_year)
            .find(|&y| phase(y) >= 1.0)
            .unwrap_or(f.last_year);
        l.add(
            "tfr_phase",
            "fertility",
            Some(s.tfr_shift),
            "children per woman",
            t("assume-tfr_phase-value")
                .arg("shift", Arg::signed(s.tfr_shift, 2))
                .arg("phase", Arg::num(phase(l.first()), 2))
                .arg("first", l.first())
                .arg("full", full),
            t(WPP),
        );
    }
    if s.e0_m != 0.0 || s.e0_f != 0.0 {
        l.add(
            "e0_scaling",
            "survival",
            None,
            "",
            t("assume-e0_scaling-value")
                .arg("men", Arg::signed(s.e0_m, 1))
                .arg("women", Arg::signed(s.e0_f, 1))
                .arg("year", s.e0_year as i32),
            t(MODEL),
        );
    }
    if s.war_deaths > 0.0 && (s.war_end as i32) > f.base_year {
        l.add(
            "war_ages",
            "war",
            Some(s.war_deaths),
            "thousand per year",
            t("assume-war_ages-value")
                .arg("deaths", Arg::num(s.war_deaths, 1))
                .arg("year", s.war_end as i32)
                .arg("base", f.base_year),
            t("assume-war_ages-source").arg("brief", Arg::msg(BRIEF)),
        );
    }
}

/// The sex split of a stream's people (`who`: the catalog key of their name).
fn sex(
    l: &mut List<'_>,
    key: &'static str,
    group: &'static str,
    who: &str,
    share: f64,
    reason: Text,
    source: Text,
) {
    l.out.push(Assumption {
        key,
        group,
        title: t("assume-sex-title").arg("who", Arg::msg(who)),
        number: Some(share),
        unit: "share",
        value: t("assume-sex-value").arg("share", Arg::percent(share)),
        reason,
        source,
    });
}

/// The age schedule of a stream's people, read from its Rogers–Castro parameters.
fn ages(
    l: &mut List<'_>,
    key: &'static str,
    group: &'static str,
    who: &str,
    rc: RogersCastro,
    why: Text,
) {
    let peak = rc.mu2 + (rc.lambda2 / rc.alpha2).ln() / rc.lambda2;
    let p = rc.profile();
    let children: f64 = (0..15).map(|x| p[0][x] + p[1][x]).sum();
    let params = t("assume-rc-params")
        .arg("a1", Arg::Shortest(rc.a1))
        .arg("alpha1", Arg::Shortest(rc.alpha1))
        .arg("a2", Arg::Shortest(rc.a2))
        .arg("mu2", Arg::Shortest(rc.mu2))
        .arg("alpha2", Arg::Shortest(rc.alpha2))
        .arg("lambda2", Arg::Shortest(rc.lambda2))
        .arg("c", Arg::Shortest(rc.c));
    l.out.push(Assumption {
        key,
        group,
        title: t("assume-ages-title").arg("who", Arg::msg(who)),
        number: Some(peak),
        unit: "years",
        value: t("assume-ages-value")
            .arg("peak", Arg::num(peak, 0))
            .arg("children", Arg::percent(children))
            .arg("max", rc.max_age.to_string())
            .arg("params", params),
        reason: t("assume-ages-reason").arg("why", why),
        source: t(RC),
    });
}

/// A stream spread evenly over the years to `last` that then stops.
fn timing(
    l: &mut List<'_>,
    key: &'static str,
    group: &'static str,
    who: &str,
    last: i32,
    total: f64,
) {
    let first = l.first();
    l.out.push(Assumption {
        key,
        group,
        title: t("assume-timing-title").arg("who", Arg::msg(who)),
        number: Some(f64::from(last)),
        unit: "year",
        value: t("assume-timing-value")
            .arg("total", Arg::signed(total, 0))
            .arg("first", first)
            .arg("last", last),
        reason: t("assume-timing-reason"),
        source: t(MODEL),
    });
}

fn labour(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let changes = [s.lab_uzb, s.lab_tjk, s.lab_kgz];
    let moved = changes.iter().any(|c| *c != 0.0);
    let crocus = (s.crocus_end as i32) > l.first() && f.crocus_drop.iter().any(|d| *d != 0.0);
    if !moved && !crocus {
        return;
    }
    let who = "assume-who-labour";
    let sy = super::figures::stock_year(l.data);
    let share = f.labour_male_share();
    let men: f64 = f
        .stock_undesa
        .iter()
        .zip(f.stock_male_share)
        .map(|(n, m)| n * m)
        .sum();
    let total: f64 = f.stock_undesa.iter().sum();
    let by = ["UZB", "TJK", "KGZ"]
        .iter()
        .zip(f.stock_male_share)
        .map(|(iso, m)| l.share(l.name(iso), m))
        .collect();
    let reason = t("assume-labour_sex-reason")
        .arg("year", sy)
        .arg("men", Arg::num(men, 0))
        .arg("total", Arg::num(total, 0))
        .arg("by", Arg::List(by));
    sex(l, "labour_sex", "labour", who, share, reason, t(DESA));
    ages(
        l,
        "labour_ages",
        "labour",
        who,
        RogersCastro::LABOUR.with_male_share(share),
        t("assume-labour_ages-why"),
    );
    if moved {
        timing(
            l,
            "labour_timing",
            "labour",
            who,
            s.lab_year as i32,
            changes.iter().sum(),
        );
        let wpp = l.wpp_migration("RUS");
        l.add_with(
            "labour_wpp",
            "labour",
            None,
            "",
            t("assume-labour_wpp-value"),
            t("assume-labour_wpp-reason").arg("wpp", wpp),
            t(WPP),
        );
    }
    if crocus {
        crocus_item(l);
    }
}

fn crocus_item(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let end = s.crocus_end as i32;
    let first = l.first();
    let inflow = f.inflow(s.stock);
    let measure = if s.stock == StockMeasure::Mvd {
        "assume-crocus-stock-mvd"
    } else {
        "assume-crocus-stock-undesa"
    };
    let back = if end < f.last_year {
        t("assume-crocus-back-until")
            .arg("first", first)
            .arg("end", end)
    } else {
        t("assume-crocus-back-open").arg("first", first)
    };
    l.add(
        "crocus",
        "labour",
        Some(f64::from(end)),
        "year",
        t("assume-crocus-value")
            .arg("tjk", Arg::num(100.0 * f.crocus_drop[1], 0))
            .arg("tjk_inflow", Arg::num(inflow[1], 0))
            .arg("uzb", Arg::num(100.0 * f.crocus_drop[0], 0))
            .arg("uzb_inflow", Arg::num(inflow[0], 0))
            .arg("back", back),
        t(BRIEF),
    );
    l.add(
        "crocus_turnover",
        "labour",
        Some(f.mean_stay),
        "years",
        t("assume-crocus_turnover-value")
            .arg("measure", Arg::msg(measure))
            .arg("stay", Arg::num(f.mean_stay, 0)),
        t("assume-source-model-of"),
    );
}

fn compatriots(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let extra = s.compat - f.compat_latest;
    if extra == 0.0 {
        return;
    }
    let latest = l.data.compatriots.iter().max_by_key(|r| r.year);
    let (measure, by) = latest.map_or((String::new(), String::new()), |r| {
        (
            r.measure_as_reported.clone(),
            format!("{}; {}", r.reported_by, r.underlying_source),
        )
    });
    let who = "assume-who-compatriots";
    l.add(
        "compat_in_wpp",
        "compatriots",
        Some(f.compat_latest),
        "thousand per year",
        t("assume-compat_in_wpp-value")
            .arg("latest", Arg::num(f.compat_latest, 1))
            .arg("year", f.compat_latest_year)
            .arg("measure", measure)
            .arg("extra", Arg::signed(extra, 1))
            .arg("from", s.compat_from as i32),
        given(by),
    );
    let mut origins: Vec<Arg> = f
        .compat_origins
        .iter()
        .map(|(iso, sh)| l.share(l.name(iso), *sh))
        .collect();
    let rest = (1.0 - f.compat_origins.iter().map(|(_, sh)| sh).sum::<f64>()).max(0.0);
    origins.push(l.share(Arg::msg("assume-other-countries"), rest));
    let fact = l
        .data
        .compatriots_facts
        .iter()
        .find(|r| r.fact.contains("top origins"));
    let src = fact.map_or(String::new(), |r| r.reported_by_and_date.clone());
    l.add(
        "compat_origins",
        "compatriots",
        None,
        "",
        list(origins),
        given(src),
    );
    let rc = RogersCastro::FAMILY;
    sex(
        l,
        "compat_sex",
        "compatriots",
        who,
        rc.male_share,
        t("assume-compat_sex-reason"),
        t(MODEL),
    );
    ages(
        l,
        "compat_ages",
        "compatriots",
        who,
        rc,
        t("assume-family-why"),
    );
    l.add(
        "compat_forever",
        "compatriots",
        Some(f64::from(f.last_year)),
        "year",
        t("assume-compat_forever-value")
            .arg("from", s.compat_from as i32)
            .arg("last", f.last_year),
        t(MODEL),
    );
}

fn ukrainians(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let first = l.first();
    let last = s.ua_year as i32;
    let years = f64::from((last - first + 1).max(0));
    let net = s.ua_more * years - s.ua_return / 100.0 * f.ua_stock;
    if net == 0.0 || last < first {
        return;
    }
    let who = "assume-who-ukrainians";
    let (sy, uy) = (super::figures::stock_year(l.data), l.brief_year("CR033"));
    l.add_with(
        "ua_wpp",
        "ukrainians",
        Some(f.ua_stock),
        "thousand",
        t("assume-ua_wpp-value")
            .arg("stock", Arg::num(f.ua_stock, 0))
            .arg("year", uy),
        t("assume-ua_wpp-reason")
            .arg("year", uy)
            .arg("rus", l.wpp_migration("RUS"))
            .arg("ukr", l.wpp_migration("UKR")),
        t("assume-ua_wpp-source")
            .arg("brief", Arg::msg(BRIEF))
            .arg("wpp", Arg::msg(WPP)),
    );
    sex(
        l,
        "ua_sex",
        "ukrainians",
        who,
        f.ua_male_share,
        t("assume-ua_sex-reason").arg("year", sy),
        t(DESA),
    );
    ages(
        l,
        "ua_ages",
        "ukrainians",
        who,
        RogersCastro::FAMILY.with_male_share(f.ua_male_share),
        t("assume-family-why"),
    );
    timing(l, "ua_timing", "ukrainians", who, last, net);
}

fn relokanty(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let first = l.first();
    let last = s.rel_year as i32;
    let years = f64::from((last - first + 1).max(0));
    let net = s.rel_return / 100.0 * s.rel_stock - s.rel_more * years;
    if net == 0.0 {
        return;
    }
    let who = "assume-who-relokanty";
    let (inv, mob) = (l.brief_year("CR003"), l.brief_year("CR055"));
    l.add_with(
        "rel_wpp",
        "relokanty",
        Some(s.rel_stock),
        "thousand",
        t("assume-rel_wpp-value")
            .arg("stock", Arg::num(s.rel_stock, 0))
            .arg("year", inv),
        t("assume-rel_wpp-reason")
            .arg("year", inv)
            .arg("wpp", l.wpp_migration("RUS")),
        t(WPP),
    );
    let rc = RogersCastro::RELOKANTY;
    sex(
        l,
        "rel_sex",
        "relokanty",
        who,
        rc.male_share,
        t("assume-rel_sex-reason").arg("year", mob),
        t(MODEL),
    );
    ages(
        l,
        "rel_ages",
        "relokanty",
        who,
        rc,
        t("assume-rel_ages-why"),
    );
    let mut rest = 1.0;
    let mut hosts: Vec<Arg> = Vec::new();
    for (iso, lo, hi, _) in &f.rel_hosts {
        let sh = if f.rel_stock > 0.0 {
            (lo + hi) / 2.0 / f.rel_stock
        } else {
            0.0
        };
        rest -= sh;
        hosts.push(l.share(l.name(iso), sh));
    }
    hosts.push(l.share(Arg::msg("assume-other-countries"), rest.max(0.0)));
    l.add(
        "rel_hosts",
        "relokanty",
        None,
        "",
        list(hosts),
        t("assume-rel_hosts-source"),
    );
    timing(l, "rel_timing", "relokanty", who, last, net);
}

/// The list as plain text in `lang`: a heading, then each assumption's title and value,
/// its reason and its source (what `crossroads --assumptions` prints).
pub fn assumptions_text(list: &[Assumption], lang: &str) -> String {
    render_text(list, &Catalog::of(lang))
}

/// As [`assumptions_text`] in the words of the catalog `c`.
pub fn render_text(list: &[Assumption], c: &Catalog<'_>) -> String {
    let (why, src) = (c.get("assume-why"), c.get("assume-source-label"));
    let mut out = format!("{}\n", c.get("assume-heading"));
    for a in list {
        let t = a.render(c);
        out.push_str(&format!(
            "\n{}: {}\n  {why}: {}\n  {src}: {}\n",
            t.title, t.value, t.reason, t.source
        ));
    }
    out
}
