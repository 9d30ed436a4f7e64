//! The relokanty view: Russians who left since 2022 staying in Georgia, Armenia,
//! Kazakhstan and Kyrgyzstan, shown as the ranges the brief gives (ids RK019, RK049,
//! RK063, RK079 in `data/briefs_figures.csv`), and the same ranges moved by the scenario's
//! returns to Russia by the year its flows end ([`crate::scenario::relokanty_hosts`]).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::scenario::relokanty_hosts;

use super::events::brief_citation;
use super::i18n::Lang;
use super::render::{csv_field, csv_head, csv_num, ViewCtx, ViewOutput, ViewResult};
use super::style::{self, palette, Axes, LegendEntry, Mark};
use super::ChartError;

fn brief_fill() -> RGBColor {
    style::tint(palette::BLUE, 0.55)
}
const SCENARIO: RGBColor = palette::VERMILLION;

pub(crate) fn draw<DB: DrawingBackend>(cx: ViewCtx<'_, '_, DB>) -> ViewResult {
    let ViewCtx(root, r, req, theme, lang, data) = cx;
    let result = r.project(&req.scenario)?;
    let hosts = relokanty_hosts(data, &result)?;
    if hosts.is_empty() {
        return Err(ChartError::MissingSeries {
            country: "GEO, ARM, KAZ, KGZ".into(),
            series: "relokanty host ranges",
        });
    }
    let s = &req.scenario;
    let year = s.rel_year.round() as i32;
    let change_at = |h: &crate::scenario::HostStock| {
        h.change
            .iter()
            .find(|c| c.0 == year)
            .or(h.change.last())
            .map_or(0.0, |c| c.1)
    };
    let rows: Vec<(String, f64, f64, f64, &crate::scenario::HostStock)> = hosts
        .iter()
        .map(|h| {
            let name = data
                .country_info(&h.iso3)
                .map(|c| lang.country(c).to_string())
                .unwrap_or_else(|| h.iso3.clone());
            (name, h.low, h.high, change_at(h), h)
        })
        .collect();
    let max = rows
        .iter()
        .map(|r| r.2.max(r.2 + r.3))
        .fold(0.0f64, |a, v| if v > a { v } else { a });
    let top = style::nice_top(max) * 1.12;
    let n = rows.len() as f64;

    let title = lang
        .pick(
            "Relokanty in host countries: the brief's ranges and your scenario, thousands",
            "Релоканты в странах пребывания: оценки записки и ваш сценарий, тыс.",
        )
        .to_string();
    let legend = vec![
        LegendEntry {
            mark: Mark::Band(brief_fill()),
            label: lang
                .pick(
                    "Range in the brief (2022–2023)",
                    "Диапазон в записке (2022–2023)",
                )
                .into(),
        },
        LegendEntry {
            mark: Mark::Band(SCENARIO),
            label: match lang {
                Lang::En => format!("Scenario, mid-{year}"),
                Lang::Ru => format!("Сценарий, середина {year} г."),
            },
        },
    ];
    let cite = hosts
        .first()
        .and_then(|h| data.brief(&h.source_id))
        .map(|b| brief_citation(&b.brief, lang))
        .unwrap_or("");
    let ids: Vec<&str> = hosts.iter().map(|h| h.source_id.as_str()).collect();
    let source = match lang {
        Lang::En => format!(
            "Source: {cite}, estimates {}; scenario: returns to Russia shared among hosts by the midpoints of these ranges (Crossroads).",
            ids.join(", ")
        ),
        Lang::Ru => format!(
            "Источник: {cite}, оценки {}; сценарий: возвращения в Россию распределены между странами по серединам диапазонов (Crossroads).",
            ids.join(", ")
        ),
    };
    let plot_area = style::decorate(root, theme, &title, &legend, &source)?;
    let x_fmt = |v: &f64| lang.num(*v, 0);
    let y_fmt = |_: &f64| String::new();
    let y_desc = [""];
    let mut chart = style::cartesian(
        &plot_area,
        theme,
        0.0..top,
        0.0..n,
        &Axes {
            x_desc: lang.pick("Russians staying, thousands", "Россиян в стране, тыс."),
            y_desc: &y_desc,
            x_fmt: &x_fmt,
            y_fmt: &y_fmt,
            x_density: 1.4,
        },
    )?;
    let name_style = theme.text_style().color(&palette::INK);
    let small = theme.small_style().color(&palette::INK);
    let gap = theme.px(5.0);
    for (k, (name, lo, hi, ch, _)) in rows.iter().enumerate() {
        let band = n - 1.0 - k as f64;
        let (slo, shi) = ((lo + ch).max(0.0), (hi + ch).max(0.0));
        chart.draw_series([
            Rectangle::new(
                [(*lo, band + 0.45), (*hi, band + 0.68)],
                brief_fill().filled(),
            ),
            Rectangle::new([(slo, band + 0.12), (shi, band + 0.35)], SCENARIO.filled()),
        ])?;
        chart.plotting_area().draw(
            &(EmptyElement::at((0.0, band + 1.0))
                + Text::new(
                    name.clone(),
                    (gap, theme.px(2.0)),
                    name_style.pos(Pos::new(HPos::Left, VPos::Top)),
                )),
        )?;
        for (a, b, y) in [(lo, hi, band + 0.565), (&slo, &shi, band + 0.235)] {
            chart.plotting_area().draw(
                &(EmptyElement::at((*b, y))
                    + Text::new(
                        format!("{}–{}", lang.num(*a, 0), lang.num(*b, 0)),
                        (gap, 0),
                        small.pos(Pos::new(HPos::Left, VPos::Center)),
                    )),
            )?;
        }
    }
    let frame = style::frame_of(&chart);

    let fmt = |v: &[(String, f64, f64)]| {
        v.iter()
            .map(|(n, a, b)| format!("{n} {}–{}", lang.num(*a, 0), lang.num(*b, 0)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let brief: Vec<(String, f64, f64)> = rows.iter().map(|r| (r.0.clone(), r.1, r.2)).collect();
    let scen: Vec<(String, f64, f64)> = rows
        .iter()
        .map(|r| (r.0.clone(), (r.1 + r.3).max(0.0), (r.2 + r.3).max(0.0)))
        .collect();
    let moved = rows.iter().any(|r| r.3.abs() >= 0.5);
    let alt = match lang {
        Lang::En => format!(
            "Russians who left since 2022 staying in host countries, thousands, as the brief estimates them: {}; {}.",
            fmt(&brief),
            if moved {
                format!("with your scenario's returns by mid-{year}: {}", fmt(&scen))
            } else {
                "your scenario moves no relokanty back to Russia".to_string()
            }
        ),
        Lang::Ru => format!(
            "Россияне, уехавшие после 2022 г., в странах пребывания, тыс., по оценкам записки: {}; {}.",
            fmt(&brief),
            if moved {
                format!("с возвращениями вашего сценария к середине {year} г.: {}", fmt(&scen))
            } else {
                "ваш сценарий не возвращает релокантов в Россию".to_string()
            }
        ),
    };

    let mut sources = vec![format!(
        "{}, briefs_figures.csv",
        brief_citation("relokanty_2024", lang)
    )];
    sources.extend(
        hosts
            .iter()
            .map(|h| format!("{} {}: “{}”", h.iso3, h.source_id, h.as_stated)),
    );
    let mut csv = csv_head(&title, &sources, req, r.table());
    csv.push_str(
        "iso3,brief_low,brief_high,source_id,year,scenario_change,scenario_low,scenario_high\n",
    );
    for (_, lo, hi, ch, h) in &rows {
        csv.push_str(&format!(
            "{},{},{},{},{year},{},{},{}\n",
            h.iso3,
            csv_num(*lo, 1),
            csv_num(*hi, 1),
            csv_field(&h.source_id),
            csv_num(*ch, 3),
            csv_num((lo + ch).max(0.0), 3),
            csv_num((hi + ch).max(0.0), 3)
        ));
    }
    ViewOutput::drawn(frame, title, alt, csv)
}
