//! The projection view: total population of the country shown from 2000 to 2100 — UN WPP
//! 2024 estimates, the medium projection with its 80 % and 95 % prediction intervals and
//! the low/high variants (year-end, drawn at 1 January of the next year), the reader's
//! scenario as the engine projects it (mid-year, drawn at 1 July), presets if asked for,
//! Rosstat's October 2023 totals for 1 January 2046 (Russia, rescaled to WPP's territory)
//! and the briefs' dated events.

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

/// Rosstat's 1 January 2046 totals as markers: (label, value in millions, source).
fn rosstat_markers(r: &Renderer<'_>, lang: Lang) -> Result<Vec<(String, f64, String)>, ChartError> {
    Ok(crate::scenario::rosstat_markers(r.data())?
        .into_iter()
        .map(|(id, m)| {
            let short = match id {
                "rosstat_low" => lang.pick("low", "низкий"),
                "rosstat_medium" => lang.pick("medium", "средний"),
                _ => lang.pick("high", "высокий"),
            };
            (short.to_string(), m.comparable / 1000.0, m.source)
        })
        .collect())
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
    // (preset id, name, line)
    type PresetLine<'a> = (&'a str, String, Vec<(f64, f64)>);
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
    let markers = if country.info.iso3 == "RUS" {
        rosstat_markers(r, lang)?
    } else {
        Vec::new()
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
        .chain(markers.iter().map(|m| m.1));
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
            label: n.clone(),
        });
    }
    if !markers.is_empty() {
        legend.push(LegendEntry {
            mark: Mark::Diamond(palette::INK),
            label: lang
                .pick(
                    "Rosstat 2023 forecast, 1 Jan 2046 (rescaled to UN territory)",
                    "Прогноз Росстата 2023 г. на 1 янв. 2046 (в границах ООН)",
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
    if !markers.is_empty() {
        source.push(' ');
        source.push_str(lang.pick(
            "Rosstat excl. Crimea & Sevastopol via ratio to its 2023 base.",
            "Росстат пересчитан без Крыма и Севастополя через отношение к базе 2023 г.",
        ));
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
        chart.draw_series(DashedLineSeries::new(
            line.iter().copied(),
            theme.width(dash),
            theme.width(gap),
            theme.stroke(c, style::LINE_WIDTH),
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
    for (label, v, _) in &markers {
        let size = theme.px(4.5);
        chart.draw_series(std::iter::once(
            EmptyElement::at((2046.0, *v))
                + Polygon::new(
                    vec![(0, -size), (size, 0), (0, size), (-size, 0)],
                    palette::INK.filled(),
                ),
        ))?;
        let (_, py) = chart.backend_coord(&(2046.0, *v));
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
                (2046.0, *v),
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

    // CSV: one row per year.
    let mut sources = vec![
        lang.pick(
            "UN WPP 2024 (CC BY 3.0 IGO): total population at 31 December, thousands",
            "ООН WPP 2024 (CC BY 3.0 IGO): численность населения на 31 декабря, тыс. человек",
        )
        .to_string(),
        lang.pick(
            "scenario: Crossroads engine, population at 1 July, thousands",
            "сценарий: когортный расчёт Crossroads, население на 1 июля, тыс. человек",
        )
        .to_string(),
    ];
    for (label, _, s) in &markers {
        sources.push(match lang {
            Lang::En => s.clone(),
            Lang::Ru => format!(
                "прогноз Росстата 2023 г., {label} вариант, на 1 янв. 2046 (data/rosstat_forecast.csv)"
            ),
        });
    }
    let mut csv = csv_head(&title, &sources, req, r.table());
    csv.push_str(&super::events::events_csv(&evs, lang));
    let mut header = String::from(
        "year,un_estimate_dec31,un_medium_dec31,un_low_dec31,un_high_dec31,un_80_lower_dec31,un_80_upper_dec31,un_95_lower_dec31,un_95_upper_dec31,scenario_jul1",
    );
    for (_, n, _) in &overlays {
        header.push(',');
        header.push_str(&csv_field(&format!("{n} (jul1)")));
    }
    csv.push_str(&header);
    csv.push('\n');
    let o = |v: Option<f64>| v.map(|v| csv_num(v, 3)).unwrap_or_default();
    for row in rows.iter().filter(|r| r.year >= FROM) {
        let y = row.year;
        let sv = p.index_of(y).map(|i| p.total(i));
        let mut line = format!(
            "{y},{},{},{},{},{},{},{},{},{}",
            o(row.estimate),
            o(row.medium),
            o(row.low),
            o(row.high),
            o(row.lower80),
            o(row.upper80),
            o(row.lower95),
            o(row.upper95),
            o(sv)
        );
        for (_, _, l) in &overlays {
            let v = l
                .iter()
                .find(|p| (p.0 - 0.5) as i32 == y)
                .map(|p| p.1 * 1000.0);
            line.push(',');
            line.push_str(&o(v));
        }
        csv.push_str(&line);
        csv.push('\n');
    }
    for (label, v, _) in &markers {
        csv.push_str(&match lang {
            Lang::En => format!(
                "# Rosstat {label} 2046-01-01 rescaled: {} thousand\n",
                csv_num(v * 1000.0, 0)
            ),
            Lang::Ru => format!(
                "# Росстат, {label} вариант, 2046-01-01, в границах ООН: {} тыс.\n",
                csv_num(v * 1000.0, 0)
            ),
        });
    }

    ViewOutput::drawn(frame, title, alt, csv)
}
