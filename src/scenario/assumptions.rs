//! The assumptions a scenario rests on, as structured data a reader can see: every choice
//! the model makes that no lever sets (the UN WPP 2024 start, the base year, mid-year
//! steps, migrants' ages and sexes, stream timings and how each stream relates to WPP's own
//! migration), each with its value, its reason and its source, in English and Russian.
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
use crate::num::fixed;

use super::choices::{BaseVariant, StockMeasure, TfrMode};
use super::figures::Figures;
use super::query::Scenario;
use super::run::tfr_phase;
use super::schedule::RogersCastro;

/// A text in English and Russian.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Words {
    pub en: String,
    pub ru: String,
}

impl Words {
    fn new(en: impl Into<String>, ru: impl Into<String>) -> Words {
        Words {
            en: en.into(),
            ru: ru.into(),
        }
    }

    /// The text in `lang` (`ru`: Russian; anything else: English).
    pub fn get(&self, lang: &str) -> &str {
        if lang.eq_ignore_ascii_case("ru") {
            &self.ru
        } else {
            &self.en
        }
    }
}

/// One assumption of the model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    /// Stable identifier (`labour_sex`, `compat_in_wpp`, …), for code and tests only.
    pub key: &'static str,
    /// The part of the model: `base`, `fertility`, `survival`, `war`, `labour`,
    /// `compatriots`, `ukrainians` or `relokanty`.
    pub group: &'static str,
    pub title: Words,
    /// The value as a number in `unit`, where the assumption is one number.
    pub number: Option<f64>,
    /// Unit of `number` (`share`: 0..1; `thousand per year`; `year`; empty when none).
    pub unit: &'static str,
    /// The value as a reader sees it, with its unit.
    pub value: Words,
    pub reason: Words,
    pub source: Words,
}

/// One assumption in one language, as the widget and the command line show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AssumptionText<'a> {
    pub key: &'static str,
    pub group: &'static str,
    pub title: &'a str,
    pub value: &'a str,
    pub reason: &'a str,
    pub source: &'a str,
}

impl Assumption {
    /// This assumption in `lang` (`ru` or English).
    pub fn in_lang(&self, lang: &str) -> AssumptionText<'_> {
        AssumptionText {
            key: self.key,
            group: self.group,
            title: self.title.get(lang),
            value: self.value.get(lang),
            reason: self.reason.get(lang),
            source: self.source.get(lang),
        }
    }
}

// ---- numbers in both languages

/// `v` with `d` decimals: English `1,234.5`, Russian `1 234,5` (no-break space).
pub(super) fn num(v: f64, d: usize) -> [String; 2] {
    let s = fixed(v.abs(), d);
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let group = |sep: char| {
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        out
    };
    let minus = if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "−"
    } else {
        ""
    };
    let en = format!(
        "{minus}{}{}",
        group(','),
        frac.map(|f| format!(".{f}")).unwrap_or_default()
    );
    let ru = format!(
        "{minus}{}{}",
        group('\u{a0}'),
        frac.map(|f| format!(",{f}")).unwrap_or_default()
    );
    [en, ru]
}

/// As [`num`] with a `+` before a positive value.
fn signed(v: f64, d: usize) -> [String; 2] {
    let [en, ru] = num(v, d);
    if v > 0.0 && en.chars().any(|c| c.is_ascii_digit() && c != '0') {
        [format!("+{en}"), format!("+{ru}")]
    } else {
        [en, ru]
    }
}

/// A share 0..1 as a percentage with one decimal.
fn pct(share: f64) -> [String; 2] {
    num(100.0 * share, 1).map(|s| format!("{s} %"))
}

const MODEL_EN: &str = "Model assumption";
const MODEL_RU: &str = "допущение модели";
const WPP_EN: &str =
    "United Nations, DESA, Population Division (2024), World Population Prospects 2024";
const WPP_RU: &str = "ООН, ДЭСВ, Отдел народонаселения (2024), «Мировые демографические перспективы 2024» (WPP 2024)";
const DESA_EN: &str = "UN DESA, International Migrant Stock 2024";
const DESA_RU: &str = "ДЭСВ ООН, International Migrant Stock 2024";
const RC_EN: &str =
    "Rogers & Castro (1981), Model Migration Schedules, IIASA RR-81-30; parameters chosen for this model";
const RC_RU: &str = "Rogers & Castro (1981), Model Migration Schedules, IIASA RR-81-30; параметры выбраны для этой модели";
const BRIEF_EN: &str =
    "Prague Process policy brief \"Russian Migration Policy at the Crossroads\" (2025)";
const BRIEF_RU: &str =
    "аналитическая записка Пражского процесса «Russian Migration Policy at the Crossroads» (2025)";

/// Builds the list; each method adds the items of one part of the model.
struct List<'a> {
    data: &'a Dataset,
    f: &'a Figures,
    s: &'a Scenario,
    out: Vec<Assumption>,
}

impl List<'_> {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        key: &'static str,
        group: &'static str,
        title: Words,
        number: Option<f64>,
        unit: &'static str,
        value: Words,
        reason: Words,
        source: Words,
    ) {
        self.out.push(Assumption {
            key,
            group,
            title,
            number,
            unit,
            value,
            reason,
            source,
        });
    }

    fn name(&self, iso: &str) -> [String; 2] {
        self.data
            .country(iso)
            .map_or([iso.to_string(), iso.to_string()], |c| {
                [c.info.name_en.clone(), c.info.name_ru.clone()]
            })
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
    fn wpp_migration(&self, iso: &str) -> [String; 2] {
        let from = self.brief_year("CR003");
        let rows: Vec<(i32, f64)> = (from..=self.f.base_year)
            .filter_map(|y| Some((y, self.data.country(iso)?.indicator(y)?.netmig?)))
            .collect();
        let [en_name, ru_name] = self.name(iso);
        let mut en = Vec::new();
        let mut ru = Vec::new();
        for (i, (y, v)) in rows.iter().enumerate() {
            let [e, r] = signed(*v, 0);
            let (ue, ur) = if i == 0 {
                (" thousand", " тыс.")
            } else {
                ("", "")
            };
            en.push(format!("{e}{ue} in {y}"));
            ru.push(format!("{r}{ur} в {y} г."));
        }
        if rows.is_empty() {
            return [
                format!("{en_name}: not in the data"),
                format!("{ru_name}: нет в данных"),
            ];
        }
        [
            format!("{en_name} {}", en.join(", ")),
            format!("{ru_name}: {}", ru.join(", ")),
        ]
    }
}

/// The assumptions scenario `s` uses, in the order a reader meets them: the base ones, then
/// those of each lever group that is moved.
pub fn assumptions(data: &Dataset, f: &Figures, s: &Scenario) -> Vec<Assumption> {
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
    l.out
}

fn variant_words(v: BaseVariant) -> [&'static str; 2] {
    match v {
        BaseVariant::Low => [
            "low variant (fertility 0.5 child below medium)",
            "низкий вариант (рождаемость на 0,5 ребёнка ниже среднего)",
        ],
        BaseVariant::High => [
            "high variant (fertility 0.5 child above medium)",
            "высокий вариант (рождаемость на 0,5 ребёнка выше среднего)",
        ],
        _ => ["medium variant", "средний вариант"],
    }
}

fn base(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let [ve, vr] = variant_words(s.variant);
    l.add(
        "wpp_variant",
        "base",
        Words::new("Starting point: UN World Population Prospects 2024", "Исходная точка: прогноз ООН WPP 2024"),
        None,
        "",
        Words::new(ve, vr),
        Words::new(
            "Every lever is a change from this projection: with no lever moved the model reproduces WPP's fertility, mortality and net migration.",
            "Каждый рычаг — отклонение от этого прогноза: без рычагов модель воспроизводит рождаемость, смертность и чистую миграцию WPP.",
        ),
        Words::new(WPP_EN, WPP_RU),
    );
    let b = f.base_year;
    l.add(
        "base_year",
        "base",
        Words::new("Base population", "Базовое население"),
        Some(f64::from(b)),
        "year",
        Words::new(
            format!("1 July {b}, by sex and single year of age"),
            format!("1 июля {b} г., по полу и однолетним возрастам"),
        ),
        Words::new(
            "WPP's first projected age structure; earlier years are WPP's estimates. Its five-year age groups are split into single years along a smooth curve of the cumulative counts.",
            "Первая прогнозная возрастная структура WPP; более ранние годы — оценки WPP. Пятилетние группы разбиты на однолетние возрасты по гладкой кривой накопленных численностей.",
        ),
        Words::new(WPP_EN, WPP_RU),
    );
    l.add(
        "mid_year",
        "base",
        Words::new("Population on 1 July; yearly flows spread over mid-year steps", "Население на 1 июля; годовые потоки распределены по шагам от середины года"),
        None,
        "",
        Words::new(
            "each step runs from 1 July to 1 July and takes half of each of the two calendar years' flows",
            "каждый шаг длится с 1 июля до 1 июля и берёт по половине потоков двух календарных лет",
        ),
        Words::new(
            "WPP's age structures are at mid-year and its yearly totals at 31 December; comparing mid-year with mid-year keeps like with like.",
            "Возрастные структуры WPP даны на середину года, а годовые итоги — на 31 декабря; сравнение середины года с серединой года сопоставимо.",
        ),
        Words::new(MODEL_EN, MODEL_RU),
    );
    let [me, mr] = num(s.mig_scale, 0);
    let [we, wr] = l.wpp_migration(&s.country);
    l.add(
        "wpp_migration",
        "base",
        Words::new("WPP's own net migration, kept", "Собственная чистая миграция WPP сохраняется"),
        Some(s.mig_scale / 100.0),
        "share",
        Words::new(
            format!("{me} % of WPP's net migrants of every age and sex ({we})"),
            format!("{mr} % чистых мигрантов WPP каждого возраста и пола ({wr})"),
        ),
        Words::new(
            "WPP's migration already holds recent flows (arrivals from Ukraine, departures after the mobilisation) without naming the groups. Every stream lever moves people in addition to it, as a change from WPP's path; this lever does not scale the streams.",
            "Миграция WPP уже содержит недавние потоки (прибытие с Украины, отъезд после мобилизации), не называя групп. Каждый рычаг потоков перемещает людей сверх неё, как отклонение от траектории WPP; этот рычаг потоки не масштабирует.",
        ),
        Words::new(WPP_EN, WPP_RU),
    );
    l.add(
        "migrant_ages",
        "base",
        Words::new("Ages and sexes of WPP's migrants", "Возраст и пол мигрантов WPP"),
        None,
        "",
        Words::new(
            "WPP's net migrants by sex and single year of age for each year; half arrive at the start of a step and half at its end",
            "чистые мигранты WPP по полу и однолетнему возрасту за каждый год; половина прибывает в начале шага, половина — в конце",
        ),
        Words::new(
            "WPP publishes the age pattern of its migration; moves are taken to happen evenly through the year.",
            "WPP публикует возрастной состав своей миграции; переезды считаются равномерными в течение года.",
        ),
        Words::new(WPP_EN, WPP_RU),
    );
}

fn fertility_survival_war(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    if s.tfr_mode == TfrMode::Target {
        let [be, br] = num(f.tfr_base, 2);
        let [te, tr] = num(s.tfr_target, 2);
        let y = s.tfr_year as i32;
        l.add(
            "tfr_path",
            "fertility",
            Words::new("Fertility moves in a straight line to the target", "Рождаемость идёт к цели по прямой"),
            Some(s.tfr_target),
            "children per woman",
            Words::new(
                format!("from {be} in {} to {te} in {y}, then held", f.base_year),
                format!("от {br} в {} г. до {tr} в {y} г., далее без изменений", f.base_year),
            ),
            Words::new(
                "No published path leads to a target; a straight line is the simplest. Each year's age pattern of births is WPP's.",
                "Опубликованного пути к цели нет; прямая — самый простой. Возрастной профиль рождаемости каждого года — из WPP.",
            ),
            Words::new(MODEL_EN, MODEL_RU),
        );
    } else if s.tfr_shift != 0.0 {
        let phase = tfr_phase(l.data, &s.country);
        let full = (l.first()..=f.last_year)
            .find(|&y| phase(y) >= 1.0)
            .unwrap_or(f.last_year);
        let [se, sr] = signed(s.tfr_shift, 2);
        let [pe, pr] = num(phase(l.first()), 2);
        l.add(
            "tfr_phase",
            "fertility",
            Words::new("Fertility shift phased in as WPP's low and high variants", "Сдвиг рождаемости вводится как в низком и высоком вариантах WPP"),
            Some(s.tfr_shift),
            "children per woman",
            Words::new(
                format!("{se} children per woman: ×{pe} in {}, in full from {full}", l.first()),
                format!("{sr} ребёнка на женщину: ×{pr} в {} г., полностью с {full} г.", l.first()),
            ),
            Words::new(
                "WPP's ±0.5 child variants reach their full gap over the same years, so the shift stays comparable to them; each year's age pattern of births is kept.",
                "Варианты WPP ±0,5 ребёнка выходят на полный разрыв за те же годы, поэтому сдвиг с ними сопоставим; возрастной профиль рождаемости сохраняется.",
            ),
            Words::new(WPP_EN, WPP_RU),
        );
    }
    if s.e0_m != 0.0 || s.e0_f != 0.0 {
        let ([me, mr], [fe, fr]) = (signed(s.e0_m, 1), signed(s.e0_f, 1));
        let y = s.e0_year as i32;
        l.add(
            "e0_scaling",
            "survival",
            Words::new("Life expectancy shift: death rates scaled at every age", "Сдвиг продолжительности жизни: смертность меняется во всех возрастах"),
            None,
            "",
            Words::new(
                format!("men {me}, women {fe} years, growing in a straight line to {y}"),
                format!("мужчины {mr}, женщины {fr} лет, линейно до {y} г."),
            ),
            Words::new(
                "No age pattern of the change is known; scaling every age by the same factor keeps WPP's age pattern of deaths.",
                "Возрастной профиль изменения неизвестен; одинаковый множитель для всех возрастов сохраняет возрастной профиль смертности WPP.",
            ),
            Words::new(MODEL_EN, MODEL_RU),
        );
    }
    if s.war_deaths > 0.0 && (s.war_end as i32) > f.base_year {
        let [de, dr] = num(s.war_deaths, 1);
        let y = s.war_end as i32;
        l.add(
            "war_ages",
            "war",
            Words::new("Excess war deaths: men aged 18–59", "Избыточные военные потери: мужчины 18–59 лет"),
            Some(s.war_deaths),
            "thousand per year",
            Words::new(
                format!("{de} thousand a year until 1 July {y}, spread over ages 18–59 in proportion to the men of each age in {}", f.base_year),
                format!("{dr} тыс. в год до 1 июля {y} г., по возрастам 18–59 пропорционально числу мужчин каждого возраста в {} г.", f.base_year),
            ),
            Words::new(
                "The estimate of the dead gives no ages and no end date; the yearly rate is the dead so far over the months since the invasion.",
                "Оценка числа погибших не даёт ни возрастов, ни даты окончания; годовой темп — погибшие к дате оценки, делённые на месяцы с начала вторжения.",
            ),
            Words::new(
                format!("US officials' estimate quoted in the {BRIEF_EN}"),
                format!("оценка официальных лиц США, приведённая в записке: {BRIEF_RU}"),
            ),
        );
    }
}

/// The sex split of a stream's people.
fn sex(
    l: &mut List<'_>,
    key: &'static str,
    group: &'static str,
    who: [&str; 2],
    share: f64,
    reason: Words,
    source: Words,
) {
    let [pe, pr] = pct(share);
    l.add(
        key,
        group,
        Words::new(
            format!("{}: share of men", who[0]),
            format!("{}: доля мужчин", who[1]),
        ),
        Some(share),
        "share",
        Words::new(format!("{pe} men"), format!("{pr} мужчин")),
        reason,
        source,
    );
}

/// The age schedule of a stream's people, read from its Rogers–Castro parameters.
fn ages(
    l: &mut List<'_>,
    key: &'static str,
    group: &'static str,
    who: [&str; 2],
    rc: RogersCastro,
    why: Words,
) {
    let peak = rc.mu2 + (rc.lambda2 / rc.alpha2).ln() / rc.lambda2;
    let p = rc.profile();
    let children: f64 = (0..15).map(|x| p[0][x] + p[1][x]).sum();
    let [ke, kr] = pct(children);
    let [pe, pr] = num(peak, 0);
    let params =
        [rc.a1, rc.alpha1, rc.a2, rc.mu2, rc.alpha2, rc.lambda2, rc.c].map(crate::num::shortest);
    let [a1, al1, a2, mu2, al2, la2, c] = &params;
    let ps =
        format!("a1 = {a1}, α1 = {al1}, a2 = {a2}, μ2 = {mu2}, α2 = {al2}, λ2 = {la2}, c = {c}");
    let m = rc.max_age;
    l.add(
        key,
        group,
        Words::new(format!("{}: ages (model schedule)", who[0]), format!("{}: возраст (модельный профиль)", who[1])),
        Some(peak),
        "years",
        Words::new(
            format!("most often aged about {pe}; children under 15: {ke}; nobody over {m} ({ps})"),
            format!("чаще всего в возрасте около {pr} лет; дети до 15 лет: {kr}; старше {m} лет — никто ({})", ps.replace('.', ",")),
        ),
        Words::new(
            format!("The data hold no ages of these flows; a Rogers–Castro model migration schedule gives them. {}", why.en),
            format!("В данных нет возрастов этих потоков; их задаёт модельный миграционный профиль Роджерса–Кастро. {}", why.ru),
        ),
        Words::new(RC_EN, RC_RU),
    );
}

/// A stream spread evenly over the years to `last` that then stops.
fn timing(
    l: &mut List<'_>,
    key: &'static str,
    group: &'static str,
    who: [&str; 2],
    last: i32,
    total: f64,
) {
    let first = l.first();
    let [te, tr] = signed(total, 0);
    l.add(
        key,
        group,
        Words::new(format!("{}: evenly over the years, then no more", who[0]), format!("{}: равномерно по годам, затем прекращается", who[1])),
        Some(f64::from(last)),
        "year",
        Words::new(
            format!("{te} thousand net into Russia in all, the same each year {first}–{last}; none after {last}"),
            format!("всего {tr} тыс. чистого притока в Россию, поровну в {first}–{last} гг.; после {last} г. — ничего"),
        ),
        Words::new(
            "The lever sets an amount by a year, not a path; an even spread is the simplest, and after it the stream adds nothing to WPP's migration.",
            "Рычаг задаёт величину к году, а не путь; равномерное распределение — самое простое, а после него поток ничего не добавляет к миграции WPP.",
        ),
        Words::new(MODEL_EN, MODEL_RU),
    );
}

fn labour(l: &mut List<'_>) {
    let (f, s) = (l.f, l.s);
    let changes = [s.lab_uzb, s.lab_tjk, s.lab_kgz];
    let moved = changes.iter().any(|c| *c != 0.0);
    let crocus = (s.crocus_end as i32) > l.first() && f.crocus_drop.iter().any(|d| *d != 0.0);
    if !moved && !crocus {
        return;
    }
    let who = ["Labour migrants", "Трудовые мигранты"];
    let sy = super::figures::stock_year(l.data);
    let share = f.labour_male_share();
    let men: f64 = f
        .stock_undesa
        .iter()
        .zip(f.stock_male_share)
        .map(|(n, m)| n * m)
        .sum();
    let total: f64 = f.stock_undesa.iter().sum();
    let by = |lang: usize| {
        ["UZB", "TJK", "KGZ"]
            .iter()
            .zip(f.stock_male_share)
            .map(|(iso, m)| format!("{} {}", l.name(iso)[lang], pct(m)[lang]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ([me, mr], [te, tr]) = (num(men, 0), num(total, 0));
    let reason = Words::new(
        format!("The share of men among people born in Uzbekistan, Tajikistan and Kyrgyzstan living in Russia on 1 July {sy}: {me} of {te} thousand ({}). The levers change this stock, so its make-up is used; the data hold no figure on the sex of the yearly flows.", by(0)),
        format!("Доля мужчин среди уроженцев Узбекистана, Таджикистана и Киргизии, живущих в России на 1 июля {sy} г.: {mr} из {tr} тыс. ({}). Рычаги меняют именно эту численность, поэтому берётся её состав; данных о поле годовых потоков нет.", by(1)),
    );
    sex(
        l,
        "labour_sex",
        "labour",
        who,
        share,
        reason,
        Words::new(DESA_EN, DESA_RU),
    );
    ages(
        l,
        "labour_ages",
        "labour",
        who,
        RogersCastro::LABOUR.with_male_share(share),
        Words::new(
            "A sharp young-adult peak and few children: people who come to work; they stop at working age.",
            "Резкий пик молодых взрослых и мало детей: люди приезжают работать; после трудового возраста не переезжают.",
        ),
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
        let [we, wr] = l.wpp_migration("RUS");
        l.add(
            "labour_wpp",
            "labour",
            Words::new("Labour migrants: a change from WPP, not a second count", "Трудовые мигранты: отклонение от WPP, а не повторный счёт"),
            None,
            "",
            Words::new(
                "0 means WPP's own migration; +500 thousand means 500 thousand more people from that country in Russia than WPP's projection has",
                "0 — собственная миграция WPP; +500 тыс. — на 500 тыс. человек из этой страны в России больше, чем в прогнозе WPP",
            ),
            Words::new(
                format!("WPP's net migration ({we}) already holds Central Asian migrants without naming them, so the lever counts only the change beyond it."),
                format!("Чистая миграция WPP ({wr}) уже содержит мигрантов из Центральной Азии, не называя их, поэтому рычаг учитывает только изменение сверх неё."),
            ),
            Words::new(WPP_EN, WPP_RU),
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
    let ([ue, ur], [je, jr]) = (
        num(100.0 * f.crocus_drop[0], 0),
        num(100.0 * f.crocus_drop[1], 0),
    );
    let inflow = f.inflow(s.stock);
    let ([ie, ir], [te, tr]) = (num(inflow[0], 0), num(inflow[1], 0));
    let measure = if s.stock == StockMeasure::Mvd {
        [
            "the Interior Ministry's estimate, split by UN DESA shares",
            "оценка МВД, разделённая по долям ДЭСВ ООН",
        ]
    } else {
        ["the UN DESA stock", "численность по ДЭСВ ООН"]
    };
    let back = if end < f.last_year {
        [
            format!("from {first} to {end}; then arrivals recover and the gap closes gradually"),
            format!("с {first} по {end} г.; затем прибытия восстанавливаются и разрыв постепенно закрывается"),
        ]
    } else {
        [
            format!("from {first} to the end of the projection"),
            format!("с {first} г. до конца прогноза"),
        ]
    };
    let [se, sr] = num(f.mean_stay, 0);
    l.add(
        "crocus",
        "labour",
        Words::new(
            "Post-Crocus fall: a cut in yearly arrivals, not in the stock",
            "Спад после «Крокуса»: сокращение ежегодных прибытий, а не численности",
        ),
        Some(f64::from(end)),
        "year",
        Words::new(
            format!("Tajik arrivals −{je} % of {te} thousand a year, Uzbek −{ue} % of {ie} thousand a year, {}", back[0]),
            format!("прибытия таджиков −{jr} % от {tr} тыс. в год, узбеков −{ur} % от {ir} тыс. в год, {}", back[1]),
        ),
        Words::new(
            "The brief reports falls in Tajik job seekers (Moscow and St Petersburg) and in the Uzbek labour inflow since the Crocus City Hall attack of March 2024: flows, so the model cuts arrivals while returns go on, and the stock falls gradually. The Tajik figure is applied to all of Russia. There is no Kyrgyz figure, so Kyrgyz arrivals do not change.",
            "Записка сообщает о падении числа таджикских соискателей работы (Москва и Санкт-Петербург) и притока узбекских трудовых мигрантов после теракта в «Крокус Сити Холле» в марте 2024 г.: это потоки, поэтому модель сокращает прибытия, а отъезды продолжаются, и численность падает постепенно. Таджикская цифра применяется ко всей России. Цифры по Киргизии нет, и прибытия из Киргизии не меняются.",
        ),
        Words::new(BRIEF_EN, BRIEF_RU),
    );
    l.add(
        "crocus_turnover",
        "labour",
        Words::new("Yearly arrivals: the stock over a mean stay", "Ежегодные прибытия: численность, делённая на средний срок пребывания"),
        Some(f.mean_stay),
        "years",
        Words::new(
            format!("{} over a mean stay of {se} years: each year 1/{se} of the stock arrives and 1/{se} leaves", measure[0]),
            format!("{} делится на средний срок пребывания {sr} лет: каждый год прибывает и уезжает 1/{sr} численности", measure[1]),
        ),
        Words::new(
            "The sources give no count of yearly arrivals; the mean stay is a middle value between seasonal work of under a year and settling for good.",
            "Источники не дают числа ежегодных прибытий; средний срок — середина между сезонной работой менее года и переездом навсегда.",
        ),
        Words::new("Assumption of the model", "Допущение модели"),
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
    let y = f.compat_latest_year;
    let from = s.compat_from as i32;
    let ([le, lr], [de, dr]) = (num(f.compat_latest, 1), signed(extra, 1));
    let who = ["Compatriots Program", "Программа соотечественников"];
    l.add(
        "compat_in_wpp",
        "compatriots",
        Words::new("Compatriots: the latest level is already inside WPP", "Соотечественники: последний уровень уже внутри WPP"),
        Some(f.compat_latest),
        "thousand per year",
        Words::new(
            format!("{le} thousand a year ({y}: \"{measure}\"); only the difference, {de} thousand a year, is added from {from}"),
            format!("{lr} тыс. в год ({y} г.; в источнике: «{measure}»); добавляется только разница, {dr} тыс. в год, с {from} г."),
        ),
        Words::new(
            "WPP's net migration is not split by programme: the latest reported level is taken as part of it, so counting it again would count the same people twice. The figure counts resettlers registered, taken here as arrivals.",
            "Чистая миграция WPP не разделена по программам: последний сообщённый уровень считается её частью, и его повторный учёт посчитал бы тех же людей дважды. Цифра — поставленные на учёт переселенцы; здесь они считаются прибывшими.",
        ),
        Words::new(by.clone(), by),
    );
    let origins = |lang: usize| {
        let mut parts: Vec<String> = f
            .compat_origins
            .iter()
            .map(|(iso, sh)| format!("{} {}", l.name(iso)[lang], pct(*sh)[lang]))
            .collect();
        let rest = (1.0 - f.compat_origins.iter().map(|(_, sh)| sh).sum::<f64>()).max(0.0);
        parts.push(format!(
            "{} {}",
            ["other countries", "другие страны"][lang],
            pct(rest)[lang]
        ));
        parts.join(", ")
    };
    let fact = l
        .data
        .compatriots_facts
        .iter()
        .find(|r| r.fact.contains("top origins"));
    let src = fact.map_or(String::new(), |r| r.reported_by_and_date.clone());
    l.add(
        "compat_origins",
        "compatriots",
        Words::new("Compatriots: origins in fixed shares", "Соотечественники: страны выезда в постоянных долях"),
        None,
        "",
        Words::new(origins(0), origins(1)),
        Words::new(
            "Only the cumulative arrivals since the programme began are reported by origin; future arrivals are taken to come in the same shares. Those from other countries are not taken from any projected country.",
            "По странам выезда сообщаются только накопленные прибытия с начала программы; будущие прибытия считаются в тех же долях. Прибывшие из других стран ни из какой прогнозируемой страны не вычитаются.",
        ),
        Words::new(src.clone(), src),
    );
    let rc = RogersCastro::FAMILY;
    sex(
        l,
        "compat_sex",
        "compatriots",
        who,
        rc.male_share,
        Words::new(
            "Resettlers move as families; the data hold no figure on their sex, so half are taken to be men.",
            "Переселенцы переезжают семьями; данных об их поле нет, поэтому половина считается мужчинами.",
        ),
        Words::new(MODEL_EN, MODEL_RU),
    );
    ages(
        l,
        "compat_ages",
        "compatriots",
        who,
        rc,
        Words::new(
            "Rogers and Castro's standard schedule: families with children.",
            "Стандартный профиль Роджерса и Кастро: семьи с детьми.",
        ),
    );
    l.add(
        "compat_forever",
        "compatriots",
        Words::new("Compatriots: the level holds to the end", "Соотечественники: уровень держится до конца прогноза"),
        Some(f64::from(f.last_year)),
        "year",
        Words::new(format!("every year from {from} to {}", f.last_year), format!("каждый год с {from} по {} г.", f.last_year)),
        Words::new(
            "The lever sets a yearly level with no end date; the stream never ends within the projection.",
            "Рычаг задаёт годовой уровень без даты окончания; поток не прекращается до конца прогноза.",
        ),
        Words::new(MODEL_EN, MODEL_RU),
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
    let who = ["Ukrainians", "Украинцы"];
    let (sy, uy) = (super::figures::stock_year(l.data), l.brief_year("CR033"));
    let ([ke, kr], [re, rr], [ue, ur]) = (
        num(f.ua_stock, 0),
        l.wpp_migration("RUS"),
        l.wpp_migration("UKR"),
    );
    l.add(
        "ua_wpp",
        "ukrainians",
        Words::new("Ukrainians: inside Russia's base, moved beyond WPP's migration", "Украинцы: внутри базы России, перемещаются сверх миграции WPP"),
        Some(f.ua_stock),
        "thousand",
        Words::new(
            format!("{ke} thousand Ukrainians in Russia at the end of {uy} (UNHCR); returns and further arrivals are people WPP's projection does not move"),
            format!("{kr} тыс. украинцев в России на конец {uy} г. (УВКБ ООН); возвращения и новые прибытия — люди, которых прогноз WPP не перемещает"),
        ),
        Words::new(
            format!("They arrived by {uy}, so they are in Russia's base population and not in Ukraine's. WPP's own net migration already moves people ({re}; {ue}) without saying from where; the lever's people are counted on top of it, so set returns beyond those WPP assumes."),
            format!("Они прибыли к {uy} г. и входят в базовое население России, но не Украины. Собственная чистая миграция WPP уже перемещает людей ({rr}; {ur}), не указывая откуда; люди рычага учитываются сверх неё, поэтому задавайте возвращения сверх предполагаемых WPP."),
        ),
        Words::new(
            format!("UNHCR, as quoted in the {BRIEF_EN}; {WPP_EN}"),
            format!("УВКБ ООН, по записке: {BRIEF_RU}; {WPP_RU}"),
        ),
    );
    sex(
        l,
        "ua_sex",
        "ukrainians",
        who,
        f.ua_male_share,
        Words::new(
            format!(
                "The share of men among people born in Ukraine living in Russia on 1 July {sy}."
            ),
            format!("Доля мужчин среди уроженцев Украины, живущих в России на 1 июля {sy} г."),
        ),
        Words::new(DESA_EN, DESA_RU),
    );
    ages(
        l,
        "ua_ages",
        "ukrainians",
        who,
        RogersCastro::FAMILY.with_male_share(f.ua_male_share),
        Words::new(
            "Rogers and Castro's standard schedule: families with children.",
            "Стандартный профиль Роджерса и Кастро: семьи с детьми.",
        ),
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
    let who = ["Relokanty", "Релоканты"];
    let (inv, mob) = (l.brief_year("CR003"), l.brief_year("CR055"));
    let ([ke, kr], [re, rr]) = (num(s.rel_stock, 0), l.wpp_migration("RUS"));
    l.add(
        "rel_wpp",
        "relokanty",
        Words::new("Relokanty: outside Russia's base, returns added to WPP", "Релоканты: вне базы России, возвращения добавляются к WPP"),
        Some(s.rel_stock),
        "thousand",
        Words::new(
            format!("{ke} thousand who left since the invasion of {inv}; returns and further departures are people WPP's projection does not move"),
            format!("{kr} тыс. уехавших после начала вторжения в {inv} г.; возвращения и новые отъезды — люди, которых прогноз WPP не перемещает"),
        ),
        Words::new(
            format!("They left from {inv} on, so WPP's net migration of Russia ({re}) is already net of their departure and they live in the host countries' populations. WPP's projection does not bring them back: returns are added to Russia and taken from the hosts; further emigration is taken from Russia beyond WPP's migration."),
            format!("Они уехали начиная с {inv} г., поэтому чистая миграция России по WPP ({rr}) уже учитывает их отъезд, и они входят в население стран пребывания. Прогноз WPP их не возвращает: возвращения добавляются России и вычитаются у стран пребывания; новая эмиграция вычитается из России сверх миграции WPP."),
        ),
        Words::new(WPP_EN, WPP_RU),
    );
    let rc = RogersCastro::RELOKANTY;
    sex(
        l,
        "rel_sex",
        "relokanty",
        who,
        rc.male_share,
        Words::new(
            format!("The data hold no figure on their sex. Many left to avoid the mobilisation of men of {mob}, so a little more than half are taken to be men."),
            format!("Данных об их поле нет. Многие уехали, спасаясь от мобилизации мужчин {mob} г., поэтому чуть больше половины считаются мужчинами."),
        ),
        Words::new(MODEL_EN, MODEL_RU),
    );
    ages(
        l,
        "rel_ages",
        "relokanty",
        who,
        rc,
        Words::new(
            "Young adults of both sexes and some children.",
            "Молодые взрослые обоих полов и немного детей.",
        ),
    );
    let hosts = |lang: usize| {
        let mut rest = 1.0;
        let mut parts: Vec<String> = Vec::new();
        for (iso, lo, hi, _) in &f.rel_hosts {
            let sh = if f.rel_stock > 0.0 {
                (lo + hi) / 2.0 / f.rel_stock
            } else {
                0.0
            };
            rest -= sh;
            parts.push(format!("{} {}", l.name(iso)[lang], pct(sh)[lang]));
        }
        parts.push(format!(
            "{} {}",
            ["other countries", "другие страны"][lang],
            pct(rest.max(0.0))[lang]
        ));
        parts.join(", ")
    };
    l.add(
        "rel_hosts",
        "relokanty",
        Words::new("Relokanty: host countries in fixed shares", "Релоканты: страны пребывания в постоянных долях"),
        None,
        "",
        Words::new(hosts(0), hosts(1)),
        Words::new(
            "Each host's share is the midpoint of the brief's range of relokanty staying there over the default number abroad; those in other countries are not taken from any projected country.",
            "Доля каждой страны — середина диапазона из записки о релокантах, оставшихся там, к числу уехавших по умолчанию; находящиеся в других странах ни у какой прогнозируемой страны не вычитаются.",
        ),
        Words::new(
            "Prague Process policy brief \"Russian 'Relokanty' in the Caucasus and Central Asia\" (2024)",
            "аналитическая записка Пражского процесса «Russian 'Relokanty' in the Caucasus and Central Asia» (2024)",
        ),
    );
    timing(l, "rel_timing", "relokanty", who, last, net);
}

/// The list as plain text in `lang` (`ru` or English): a heading, then each assumption's
/// title and value, its reason and its source (what `crossroads --assumptions` prints).
pub fn assumptions_text(list: &[Assumption], lang: &str) -> String {
    let ru = lang.eq_ignore_ascii_case("ru");
    let [head, why, src] = if ru {
        ["Допущения этого сценария", "Почему", "Источник"]
    } else {
        ["Assumptions of this scenario", "Why", "Source"]
    };
    let mut out = format!("{head}\n");
    for a in list {
        let t = a.in_lang(lang);
        out.push_str(&format!(
            "\n{}: {}\n  {why}: {}\n  {src}: {}\n",
            t.title, t.value, t.reason, t.source
        ));
    }
    out
}
