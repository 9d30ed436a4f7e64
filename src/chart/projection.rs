//! The projection view: total population of the country shown from 2000 to 2100 — UN WPP
//! 2024 estimates, the medium projection with its 80 % and 95 % prediction intervals and
//! the low/high variants (year-end, drawn at 1 January of the next year), the reader's
//! scenario as the engine projects it (mid-year, drawn at 1 July), presets if asked for,
//! Rosstat's October 2023 totals for 1 January 2046 (Russia: as published, with Crimea and
//! Sevastopol, and minus their census population to stand against UN totals; a Rosstat
//! preset's line past 2046 is named the engine's extrapolation) and the briefs' dated
//! events. The CSV puts UN mid-year values (mean of two year-ends) beside the scenario's.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use crate::data::PopTotalRow;

use super::events::{events, events_source};
use super::i18n::Lang;
use super::render::{
    csv_field, csv_head, csv_num, scenario_name, Renderer, ViewCtx, ViewOutput, ViewResult,
};
use super::request::{levers_line, Overlay};
use super::style::{self, palette, Axes, LegendEntry, Mark};
use super::ChartError;

/// First year drawn.
const FROM: i32 = 2000;

pub(crate) const UN_COLOR: RGBColor = palette::BLUE;
pub(crate) const ESTIMATE_COLOR: RGBColor = palette::INK;
pub(crate) const SCENARIO_COLOR: RGBColor = palette::VERMILLION;
/// Colour and dash pattern (CSS px) of a preset's line: one hue per family (Rosstat's
/// three variants share green and differ by dash), so nine lines stay apart in greyscale.
fn preset_style(id: &str) -> (RGBColor, (f64, f64)) {
    match id {
        "un_low" | "un_high" => (UN_COLOR, (2.0, 3.0)),
        "rosstat_low" => (palette::GREEN, (2.0, 3.0)),
        "rosstat_medium" => (palette::GREEN, (6.0, 4.0)),
        "rosstat_high" => (palette::GREEN, (12.0, 4.0)),
        "compatriots_goal" => (palette::PURPLE, (6.0, 4.0)),
        "crocus_persists" => (palette::ORANGE, (6.0, 4.0)),
        "war_ends_relokanty_return" => (palette::SKY_BLUE, (6.0, 4.0)),
        _ => (palette::MUTED, (2.0, 3.0)),
    }
}
/// Name of a Rosstat preset's line past 1 January 2046 (en, ru).
const EXTRAPOLATION: (&str, &str) = (
    "after 2046: the engine's extrapolation of Rosstat's assumptions",
    "после 2046 г.: экстраполяция допущений Росстата движком Crossroads",
);
fn is_rosstat(id: &str) -> bool {
    id.starts_with("rosstat_")
}
/// The pale green of a Rosstat preset's line past the forecast's horizon.
fn extrapolation_color() -> RGBColor {
    style::tint(palette::GREEN, 0.45)
}
fn band80() -> RGBColor {
    style::tint(UN_COLOR, 0.36)
}
fn band95() -> RGBColor {
    style::tint(UN_COLOR, 0.16)
}

/// UN WPP series in millions at decimal dates (year-end t drawn at t + 1).
#[derive(Default)]
pub(crate) struct UnSeries {
    pub estimate: Vec<(f64, f64)>,
    pub medium: Vec<(f64, f64)>,
    pub low: Vec<(f64, f64)>,
    pub high: Vec<(f64, f64)>,
    pub band80: Vec<(f64, f64, f64)>,
    pub band95: Vec<(f64, f64, f64)>,
}

impl UnSeries {
    pub(crate) fn of(rows: &[PopTotalRow], from: i32) -> UnSeries {
        let at = |y: i32| f64::from(y) + 1.0;
        let m = |v: f64| v / 1000.0;
        let rows: Vec<&PopTotalRow> = rows.iter().filter(|r| r.year >= from).collect();
        let estimate: Vec<(f64, f64)> = rows
            .iter()
            .filter_map(|r| r.estimate.map(|v| (at(r.year), m(v))))
            .collect();
        let anchor = estimate.last().copied();
        let line = |get: fn(&PopTotalRow) -> Option<f64>| -> Vec<(f64, f64)> {
            anchor
                .into_iter()
                .chain(
                    rows.iter()
                        .filter_map(|r| get(r).map(|v| (at(r.year), m(v)))),
                )
                .collect()
        };
        let band = |lo: fn(&PopTotalRow) -> Option<f64>, hi: fn(&PopTotalRow) -> Option<f64>| {
            anchor
                .map(|(x, v)| (x, v, v))
                .into_iter()
                .chain(
                    rows.iter()
                        .filter_map(|r| Some((at(r.year), m(lo(r)?), m(hi(r)?)))),
                )
                .collect::<Vec<_>>()
        };
        UnSeries {
            medium: line(|r| r.medium),
            low: line(|r| r.low),
            high: line(|r| r.high),
            band80: band(|r| r.lower80, |r| r.upper80),
            band95: band(|r| r.lower95, |r| r.upper95),
            estimate,
        }
    }

    /// The UN medium (or estimate) at mid-year `year`: the mean of the year-ends around it.
    pub(crate) fn mid_year(rows: &[PopTotalRow], year: i32) -> Option<f64> {
        let v = |y: i32| rows.iter().find(|r| r.year == y).and_then(|r| r.central());
        Some(0.5 * (v(year - 1)? + v(year)?))
    }
}

fn band_polygon(band: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
    band.iter()
        .map(|&(x, _, hi)| (x, hi))
        .chain(band.iter().rev().map(|&(x, lo, _)| (x, lo)))
        .collect()
}

fn line_mark(color: RGBColor, width: f64, dashed: bool) -> Mark {
    Mark::Line {
        color,
        width,
        dashed,
    }
}

/// One of Rosstat's 1 January 2046 totals: the variant's short name, the value as published
/// and the value minus Crimea and Sevastopol (millions).
struct RosstatMark {
    /// The variant as `data/rosstat_forecast.csv` names it (low, medium, high).
    variant: &'static str,
    label: String,
    published: f64,
    adjusted: f64,
}

/// Rosstat's 1 January 2046 totals and the Crimea-and-Sevastopol figure removed from each
/// (thousands, with its census date).
fn rosstat_markers(
    r: &Renderer<'_>,
    lang: Lang,
) -> Result<(Vec<RosstatMark>, f64, String), ChartError> {
    let (removed, date, _) = crate::scenario::crimea_sevastopol(r.data())?;
    let marks = crate::scenario::rosstat_markers(r.data())?
        .into_iter()
        .map(|(id, m)| RosstatMark {
            variant: variant_word(id, Lang::En),
            label: variant_word(id, lang).to_string(),
            published: m.published / 1000.0,
            adjusted: m.adjusted / 1000.0,
        })
        .collect();
    Ok((marks, removed, date))
}

/// "low" / "medium" / "high" of a Rosstat preset id.
fn variant_word(id: &str, lang: Lang) -> &'static str {
    match id {
        "rosstat_low" => lang.pick("low", "низкий"),
        "rosstat_medium" => lang.pick("medium", "средний"),
        _ => lang.pick("high", "высокий"),
    }
}

/// A number as printed: as many decimals as its shortest form has.
fn as_printed(lang: Lang, v: f64) -> String {
    let s = crate::num::shortest(v);
    lang.num(v, s.split_once('.').map_or(0, |(_, f)| f.len()))
}

/// The footnote's sentences on Rosstat's markers: what is drawn, what was removed, from
/// which source; and the 2025 brief's own Rosstat figures.
fn rosstat_note(
    data: &crate::data::Dataset,
    marks: &[RosstatMark],
    removed: f64,
    lang: Lang,
) -> Result<String, ChartError> {
    let published = marks
        .iter()
        .map(|m| format!("{} {}", m.label, as_printed(lang, m.published)))
        .collect::<Vec<_>>()
        .join(", ");
    let gone = lang.millions(removed);
    let b = crate::scenario::brief_rosstat(data)?;
    let m = |persons: f64| as_printed(lang, persons / 1e6);
    let k = |persons: f64| lang.num(persons, 0);
    let pub_of = |i: usize| {
        marks
            .get(i)
            .map_or(String::new(), |x| as_printed(lang, x.published))
    };
    Ok(match lang {
        Lang::En => format!(
            "Rosstat's 1 Jan 2046 totals: hollow diamonds as published ({published} million, with Crimea and Sevastopol); filled diamonds minus {gone} million, Crimea and Sevastopol at Rosstat's 2021 census, held constant, to stand against UN totals. The 2025 policy brief (Sahadeo & Morrison) quotes {} → {} million by 2046 (Rosstat's medium: {} → {}) and a worst case of {} million (low: {}); its baseline immigration figure of {} is Rosstat's low variant (net migration {}k a year on average, 2024–2045).",
            m(b.start), m(b.medium_2046), as_printed(lang, b.rosstat_start), pub_of(1), m(b.worst_2046), pub_of(0), k(b.immigration), lang.num(b.low_net_migration, 0)
        ),
        Lang::Ru => format!(
            "Итоги Росстата на 1 янв. 2046: полые ромбы — как опубликовано ({published} млн, с Крымом и Севастополем); закрашенные — за вычетом {gone} млн (Крым и Севастополь по переписи Росстата 2021 г., без изменения), для сравнения с ООН. Аналитическая записка Sahadeo & Morrison (2025) приводит {} → {} млн к 2046 г. (средний вариант Росстата: {} → {}) и {} млн в худшем случае (низкий: {}); её базовые {} иммигрантов — низкий вариант Росстата (миграционный прирост {} тыс. в год в среднем за 2024–2045 гг.).",
            m(b.start), m(b.medium_2046), as_printed(lang, b.rosstat_start), pub_of(1), m(b.worst_2046), pub_of(0), k(b.immigration), lang.num(b.low_net_migration, 0)
        ),
    })
}

/// Points of a line in chart coordinates (decimal year, millions).
type Line = Vec<(f64, f64)>;
/// A preset drawn over the projection: (preset id, name, line).
type PresetLine<'a> = (&'a str, String, Line);

/// A Rosstat preset's line split at the forecast's horizon (1 January 2046): the part up to
/// it, and the engine's extrapolation from the last point before it on.
fn split_at_horizon(line: &[(f64, f64)]) -> (Line, Line) {
    let h = f64::from(crate::scenario::ROSSTAT_HORIZON);
    let before: Line = line.iter().copied().filter(|p| p.0 <= h).collect();
    let from = before.last().map_or(f64::NEG_INFINITY, |p| p.0);
    let after = line.iter().copied().filter(|p| p.0 >= from).collect();
    (before, after)
}

/// Preset ids an overlay draws for a country.
fn overlay_ids(o: Overlay, country: &str) -> Vec<&'static str> {
    let rosstat = ["rosstat_low", "rosstat_medium", "rosstat_high"];
    let rus = country.eq_ignore_ascii_case("RUS");
    match o {
        Overlay::None => vec![],
        Overlay::Rosstat if rus => rosstat.to_vec(),
        Overlay::Rosstat => vec![],
        Overlay::Un => vec!["un_low", "un_high"],
        // UN low and high are drawn from the data already.
        Overlay::All => crate::scenario::PRESET_IDS
            .iter()
            .copied()
            .filter(|id| !id.starts_with("un_") && (rus || !id.starts_with("rosstat")))
            .collect(),
    }
}

pub(crate) fn draw<DB: DrawingBackend>(cx: ViewCtx<'_, '_, DB>) -> ViewResult {
    let ViewCtx(root, r, req, theme, lang, data) = cx;
    let country = data.require_country(&req.scenario.country)?;
    let name = lang.country(&country.info);
    let un = UnSeries::of(&country.pop_total, FROM);
    if un.medium.len() < 2 {
        return Err(ChartError::MissingSeries {
            country: country.info.iso3.clone(),
            series: "medium projection",
        });
    }
    let result = r.project(&req.scenario)?;
    let p = &result.main.projection;
    let scen: Vec<(f64, f64)> = (0..p.years())
        .map(|i| (f64::from(p.year(i)) + 0.5, p.total(i) / 1000.0))
        .collect();
    let levers = levers_line(&req.levers(r.table()));

    // Presets overlaid.
    let mut overlays: Vec<PresetLine<'_>> = Vec::new();
    for id in overlay_ids(req.overlay, &country.info.iso3) {
        let (s, pname) = r.preset_in(id, &country.info.iso3, lang)?;
        let pr = r.project(&s)?;
        let pp = &pr.main.projection;
        overlays.push((
            id,
            pname,
            (0..pp.years())
                .map(|i| (f64::from(pp.year(i)) + 0.5, pp.total(i) / 1000.0))
                .collect(),
        ));
    }
    let (markers, removed, census_date) = if country.info.iso3 == "RUS" {
        rosstat_markers(r, lang)?
    } else {
        (Vec::new(), 0.0, String::new())
    };
    let evs = events(data, lang);

    let first = f64::from(FROM) + 1.0;
    let last = un.medium.last().map_or(2101.0, |p| p.0);
    let values = un
        .estimate
        .iter()
        .chain(&un.low)
        .chain(&un.high)
        .chain(&scen)
        .map(|p| p.1)
        .chain(un.band95.iter().flat_map(|b| [b.1, b.2]))
        .chain(overlays.iter().flat_map(|o| o.2.iter().map(|p| p.1)))
        .chain(markers.iter().flat_map(|m| [m.published, m.adjusted]));
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (if v < a { v } else { a }, if v > b { v } else { b })
    });
    let (y0, y1) = style::nice_range(lo, hi);
    // Room for three event labels at the top.
    let y1 = y1 + (y1 - y0) * 0.12;

    let title = format!(
        "{name}: {}, {FROM}–{}",
        lang.pick("population", "численность населения"),
        last as i32 - 1
    );
    let mut legend = vec![
        LegendEntry {
            mark: line_mark(ESTIMATE_COLOR, style::LINE_WIDTH, false),
            label: lang.pick("UN estimates", "Оценки ООН").into(),
        },
        LegendEntry {
            mark: line_mark(UN_COLOR, style::LINE_WIDTH, false),
            label: lang.pick("UN medium", "Средний вариант ООН").into(),
        },
        LegendEntry {
            mark: Mark::Band(band80()),
            label: lang.pick("80 % interval", "80 % интервал").into(),
        },
        LegendEntry {
            mark: Mark::Band(band95()),
            label: lang.pick("95 % interval", "95 % интервал").into(),
        },
        LegendEntry {
            mark: line_mark(UN_COLOR, style::THIN_WIDTH, true),
            label: lang
                .pick(
                    "UN low / high (±0.5 child)",
                    "Низкий / высокий ООН (±0,5 ребёнка)",
                )
                .into(),
        },
        LegendEntry {
            mark: line_mark(SCENARIO_COLOR, 3.0, false),
            label: scenario_name(lang, levers.is_empty()),
        },
    ];
    for (id, n, _) in &overlays {
        let (color, dash) = preset_style(id);
        legend.push(LegendEntry {
            mark: Mark::Pattern {
                color,
                width: style::THIN_WIDTH,
                dash,
            },
            label: if is_rosstat(id) {
                format!("{n}{}", lang.pick(", to 2046", ", до 2046 г."))
            } else {
                n.clone()
            },
        });
    }
    if overlays.iter().any(|o| is_rosstat(o.0)) {
        legend.push(LegendEntry {
            mark: Mark::Pattern {
                color: extrapolation_color(),
                width: style::THIN_WIDTH,
                dash: style::DASH,
            },
            label: lang.pick(EXTRAPOLATION.0, EXTRAPOLATION.1).into(),
        });
    }
    if !markers.is_empty() {
        legend.push(LegendEntry {
            mark: Mark::DiamondOutline(palette::INK),
            label: lang
                .pick(
                    "Rosstat, 1 Jan 2046, as published (with Crimea and Sevastopol)",
                    "Росстат на 1 янв. 2046, как опубликовано (с Крымом и Севастополем)",
                )
                .into(),
        });
        legend.push(LegendEntry {
            mark: Mark::Diamond(palette::INK),
            label: lang
                .pick(
                    "Rosstat, 1 Jan 2046, minus Crimea and Sevastopol",
                    "Росстат на 1 янв. 2046, без Крыма и Севастополя",
                )
                .into(),
        });
    }
    let mut source = lang
        .pick(
            "Source: UN WPP 2024 (year-end totals); scenario: Crossroads cohort-component engine (1 July).",
            "Источник: ООН WPP 2024 (на конец года); сценарий: когортный расчёт Crossroads (на 1 июля).",
        )
        .to_string();
    let rosstat_text = if markers.is_empty() {
        String::new()
    } else {
        rosstat_note(data, &markers, removed, lang)?
    };
    if !rosstat_text.is_empty() {
        source.push(' ');
        source.push_str(&rosstat_text);
    }
    let ev_src = events_source(&evs, data, lang);
    if !ev_src.is_empty() {
        source.push(' ');
        source.push_str(&ev_src);
    }
    let plot_area = style::decorate(root, theme, &title, &legend, &source)?;
    let y_fmt = style::value_ticks(lang, y1 - y0);
    let y_desc = [
        lang.pick("Population, millions", "Население, млн человек"),
        lang.pick("Millions", "Млн"),
    ];
    let mut chart = style::cartesian(
        &plot_area,
        theme,
        first..last,
        y0..y1,
        &Axes::years(lang, &y_desc, &y_fmt),
    )?;

    chart.draw_series(std::iter::once(Polygon::new(
        band_polygon(&un.band95),
        band95().filled(),
    )))?;
    chart.draw_series(std::iter::once(Polygon::new(
        band_polygon(&un.band80),
        band80().filled(),
    )))?;
    style::draw_events(&mut chart, theme, &evs)?;
    let variant = theme.stroke(UN_COLOR, style::THIN_WIDTH);
    for line in [&un.low, &un.high] {
        chart.draw_series(DashedLineSeries::new(
            line.iter().copied(),
            theme.width(style::DASH.0),
            theme.width(style::DASH.1),
            variant,
        ))?;
    }
    chart.draw_series(LineSeries::new(
        un.medium.iter().copied(),
        theme.stroke(UN_COLOR, style::LINE_WIDTH),
    ))?;
    chart.draw_series(LineSeries::new(
        un.estimate.iter().copied(),
        theme.stroke(ESTIMATE_COLOR, style::LINE_WIDTH),
    ))?;
    for (id, _, line) in &overlays {
        let (c, (dash, gap)) = preset_style(id);
        let (named, extrapolated) = if is_rosstat(id) {
            split_at_horizon(line)
        } else {
            (line.clone(), Vec::new())
        };
        chart.draw_series(DashedLineSeries::new(
            named,
            theme.width(dash),
            theme.width(gap),
            theme.stroke(c, style::LINE_WIDTH),
        ))?;
        chart.draw_series(DashedLineSeries::new(
            extrapolated,
            theme.width(dash),
            theme.width(gap),
            theme.stroke(extrapolation_color(), style::THIN_WIDTH),
        ))?;
    }
    chart.draw_series(LineSeries::new(
        scen.iter().copied(),
        theme.stroke(SCENARIO_COLOR, 3.0),
    ))?;
    let small = theme.small_style().color(&palette::INK);
    // Marker labels to the right, or to the left where the right one would run into the
    // previous label; left out when both would.
    let (mut last_right, mut last_left): (Option<i32>, Option<i32>) = (None, None);
    let row = theme.line_height(style::SMALL_SIZE);
    let at = f64::from(crate::scenario::ROSSTAT_HORIZON);
    for RosstatMark {
        label,
        published,
        adjusted: v,
        ..
    } in &markers
    {
        let size = theme.px(4.5);
        let diamond = vec![(0, -size), (size, 0), (0, size), (-size, 0), (0, -size)];
        chart.draw_series(std::iter::once(
            EmptyElement::at((at, *published))
                + PathElement::new(diamond.clone(), theme.stroke(palette::INK, 1.5)),
        ))?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((at, *v)) + Polygon::new(diamond, palette::INK.filled()),
        ))?;
        let (_, py) = chart.backend_coord(&(at, *v));
        let clear = |last: Option<i32>| match last {
            Some(l) => (l - py).abs() >= row,
            None => true,
        };
        let side = if clear(last_right) {
            last_right = Some(py);
            Some((theme.px(7.0), HPos::Left))
        } else if clear(last_left) {
            last_left = Some(py);
            Some((-theme.px(7.0), HPos::Right))
        } else {
            None
        };
        if let Some((dx, h)) = side {
            style::label_box(
                &mut chart,
                theme,
                label,
                &small,
                (at, *v),
                (dx, -row / 2),
                h,
            )?;
        }
    }
    let frame = style::frame_of(&chart);

    // Text alternative.
    let rows = &country.pop_total;
    let at = |y: i32| p.index_of(y).map(|i| p.total(i));
    let mut alt = String::new();
    if let (Some(a50), Some(a100)) = (at(2050), at(2100)) {
        alt = match lang {
            Lang::En => format!(
                "{name}: in {} the population is {} million in 2050 and {} million in 2100 (1 July)",
                if levers.is_empty() { "the scenario with no levers moved".to_string() } else { format!("your scenario ({levers})") },
                lang.millions(a50),
                lang.millions(a100)
            ),
            Lang::Ru => format!(
                "{name}: в {} население составит {} млн в 2050 г. и {} млн в 2100 г. (на 1 июля)",
                if levers.is_empty() { "сценарии без изменений".to_string() } else { format!("вашем сценарии ({levers})") },
                lang.millions(a50),
                lang.millions(a100)
            ),
        };
        if let (Some(u50), Some(u100)) = (
            UnSeries::mid_year(rows, 2050),
            UnSeries::mid_year(rows, 2100).or_else(|| rows.last().and_then(|r| r.central())),
        ) {
            alt.push_str(&match lang {
                Lang::En => format!(
                    ", against {} and {} million in the UN WPP 2024 medium variant",
                    lang.millions(u50),
                    lang.millions(u100)
                ),
                Lang::Ru => format!(
                    " против {} и {} млн в среднем варианте ООН WPP 2024",
                    lang.millions(u50),
                    lang.millions(u100)
                ),
            });
        }
        if let Some(&(_, l, h)) = un.band95.last() {
            alt.push_str(&match lang {
                Lang::En => format!(
                    " (95 % interval at the end of the century: {}–{} million)",
                    lang.millions(l * 1000.0),
                    lang.millions(h * 1000.0)
                ),
                Lang::Ru => format!(
                    " (95 % интервал на конец века: {}–{} млн)",
                    lang.millions(l * 1000.0),
                    lang.millions(h * 1000.0)
                ),
            });
        }
        alt.push('.');
    }

    if !rosstat_text.is_empty() {
        if !alt.is_empty() {
            alt.push(' ');
        }
        alt.push_str(&rosstat_text);
    }

    let csv = projection_csv(
        ProjectionCsv {
            title: &title,
            rows,
            p,
            overlays: &overlays,
            markers: &markers,
            removed,
            census_date: &census_date,
        },
        &evs,
        r,
        req,
    );
    ViewOutput::drawn(frame, title, alt, csv)
}

/// What the projection view's CSV is made of.
struct ProjectionCsv<'a> {
    title: &'a str,
    rows: &'a [PopTotalRow],
    p: &'a crate::engine::Projection,
    overlays: &'a [PresetLine<'a>],
    markers: &'a [RosstatMark],
    /// Crimea and Sevastopol removed from Rosstat's totals, thousands, and its date.
    removed: f64,
    census_date: &'a str,
}

/// The projection view's CSV: one row a year with UN year-end values, UN mid-year values
/// (mean of the year-ends around 1 July) and the scenario's and presets' mid-year values
/// (a Rosstat preset in two columns: to 2046, and the engine's extrapolation after it);
/// then a table of Rosstat's 2046 markers as published and as drawn against UN totals.
fn projection_csv(
    c: ProjectionCsv<'_>,
    evs: &[super::events::Event],
    r: &Renderer<'_>,
    req: &super::request::ViewRequest,
) -> String {
    let lang = req.lang;
    let mut sources = vec![
        lang.pick(
            "UN WPP 2024 (CC BY 3.0 IGO): total population at 31 December (columns *_dec31) and at 1 July as the mean of the year-ends before and after it (columns *_jul1), thousands",
            "ООН WPP 2024 (CC BY 3.0 IGO): численность населения на 31 декабря (столбцы *_dec31) и на 1 июля как среднее двух соседних концов года (столбцы *_jul1), тыс. человек",
        )
        .to_string(),
        lang.pick(
            "scenario and presets: Crossroads engine, population at 1 July, thousands",
            "сценарий и готовые сценарии: когортный расчёт Crossroads, население на 1 июля, тыс. человек",
        )
        .to_string(),
    ];
    for m in c.markers {
        sources.push(match lang {
            Lang::En => format!(
                "Rosstat forecast of October 2023, {} variant, 1 January 2046, as published (with Crimea and Sevastopol)",
                m.label
            ),
            Lang::Ru => format!(
                "прогноз Росстата (октябрь 2023), {} вариант, на 1 января 2046 г., как опубликовано (с Крымом и Севастополем)",
                m.label
            ),
        });
    }
    if !c.markers.is_empty() {
        sources.push(match lang {
            Lang::En => format!(
                "Crimea and Sevastopol: {} thousand at Rosstat's 2021 census ({}), held constant, subtracted to compare with UN totals",
                csv_num(c.removed, 3),
                c.census_date
            ),
            Lang::Ru => format!(
                "Крым и Севастополь: {} тыс. по переписи Росстата 2021 г. ({}), без изменения, вычтены для сравнения с ООН",
                csv_num(c.removed, 3),
                c.census_date
            ),
        });
    }
    let mut csv = csv_head(c.title, &sources, req, r.table());
    csv.push_str(&super::events::events_csv(evs, lang));
    let mut header = String::from(
        "year,un_estimate_dec31,un_medium_dec31,un_low_dec31,un_high_dec31,un_80_lower_dec31,un_80_upper_dec31,un_95_lower_dec31,un_95_upper_dec31,un_estimate_jul1,un_medium_jul1,scenario_jul1",
    );
    let horizon = crate::scenario::ROSSTAT_HORIZON;
    for (id, n, _) in c.overlays {
        header.push(',');
        if is_rosstat(id) {
            let to = match lang {
                Lang::En => format!("to {horizon}"),
                Lang::Ru => format!("до {horizon} г."),
            };
            header.push_str(&csv_field(&format!("{n}, {to} (jul1)")));
            header.push(',');
            header.push_str(&csv_field(&match lang {
                Lang::En => format!(
                    "engine's extrapolation of Rosstat's {} assumptions after {horizon} (jul1)",
                    variant_word(id, lang)
                ),
                Lang::Ru => format!(
                    "экстраполяция движком допущений Росстата, {} вариант, после {horizon} г. (jul1)",
                    variant_word(id, lang)
                ),
            }));
        } else {
            header.push_str(&csv_field(&format!("{n} (jul1)")));
        }
    }
    csv.push_str(&header);
    csv.push('\n');
    let o = |v: Option<f64>| v.map(|v| csv_num(v, 3)).unwrap_or_default();
    let end = |y: i32| c.rows.iter().find(|r| r.year == y);
    for row in c.rows.iter().filter(|r| r.year >= FROM) {
        let y = row.year;
        let sv = c.p.index_of(y).map(|i| c.p.total(i));
        // Mid-year y: the mean of the year-ends y - 1 and y, estimates while both are.
        let before = end(y - 1);
        let est_jul1 = before.and_then(|b| Some(0.5 * (b.estimate? + row.estimate?)));
        let med_jul1 = before.and_then(|b| Some(0.5 * (b.central()? + row.medium?)));
        let mut line = format!(
            "{y},{},{},{},{},{},{},{},{},{},{},{}",
            o(row.estimate),
            o(row.medium),
            o(row.low),
            o(row.high),
            o(row.lower80),
            o(row.upper80),
            o(row.lower95),
            o(row.upper95),
            o(est_jul1),
            o(med_jul1),
            o(sv)
        );
        for (id, _, l) in c.overlays {
            let v = l
                .iter()
                .find(|p| (p.0 - 0.5) as i32 == y)
                .map(|p| p.1 * 1000.0);
            line.push(',');
            if is_rosstat(id) {
                // Mid-year y is within the forecast while y < the horizon year.
                let (named, after) = if y < horizon { (v, None) } else { (None, v) };
                line.push_str(&o(named));
                line.push(',');
                line.push_str(&o(after));
            } else {
                line.push_str(&o(v));
            }
        }
        csv.push_str(&line);
        csv.push('\n');
    }
    if !c.markers.is_empty() {
        csv.push_str(
            "\nrosstat_variant,date,published_with_crimea_sevastopol,crimea_sevastopol_removed,adjusted_drawn_against_un\n",
        );
        for m in c.markers {
            csv.push_str(&format!(
                "{},{horizon}-01-01,{},{},{}\n",
                m.variant,
                csv_num(m.published * 1000.0, 0),
                csv_num(c.removed, 3),
                csv_num(m.adjusted * 1000.0, 3)
            ));
        }
    }
    csv
}
