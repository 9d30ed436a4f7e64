//! The remittances view: personal remittances received as a share of GDP by Kyrgyzstan,
//! Tajikistan, Uzbekistan, Armenia, Georgia and Kazakhstan — World Bank history 2010–2023,
//! the share computed from the two current-dollar series (not the Bank's own % series) —
//! and the scenario path of [`crate::scenario::remittance_paths`]: remittances from Russia
//! move with each country's migrant stock in Russia, GDP held at its last value. The
//! country shown is drawn heavier; lines are labelled at their ends.

use plotters::prelude::*;

use crate::scenario::remittance_paths;

use super::events::{events, events_source};
use super::i18n::Lang;
use super::render::{csv_head, csv_num, ViewCtx, ViewOutput, ViewResult};
use super::style::{self, palette, Axes, LegendEntry, Mark};
use super::ChartError;

const COLORS: [RGBColor; 6] = [
    palette::VERMILLION,
    palette::BLUE,
    palette::GREEN,
    palette::ORANGE,
    palette::PURPLE,
    palette::SKY_BLUE,
];

/// Spread label positions (pixel y, sorted) at least `gap` apart, keeping their order.
pub(crate) fn spread(ys: &mut [(i32, usize)], gap: i32, lo: i32, hi: i32) {
    crate::num::sort_by_key(ys, |p| p.0);
    for k in 1..ys.len() {
        let prev = ys.get(k - 1).map_or(lo, |p| p.0);
        if let Some(p) = ys.get_mut(k) {
            if p.0 < prev + gap {
                p.0 = prev + gap;
            }
        }
    }
    // Pushed past the bottom: shift the whole stack up.
    let over = ys.last().map_or(0, |p| p.0 - hi);
    if over > 0 {
        for p in ys.iter_mut() {
            p.0 = (p.0 - over).max(lo);
        }
    }
}

pub(crate) fn draw<DB: DrawingBackend>(cx: ViewCtx<'_, '_, DB>) -> ViewResult {
    let ViewCtx(root, r, req, theme, lang, data) = cx;
    let result = r.project(&req.scenario)?;
    let paths = remittance_paths(data, &result)?;
    if paths.is_empty() {
        return Err(ChartError::MissingSeries {
            country: "KGZ, TJK, UZB, ARM, GEO, KAZ".into(),
            series: "World Bank remittances",
        });
    }
    let s = &req.scenario;
    // To 2050, or later when a labour lever keeps changing the stock after it.
    let last_year = f64::from(r.figures().last_year);
    let labour = s.lab_uzb != 0.0 || s.lab_tjk != 0.0 || s.lab_kgz != 0.0;
    let horizon = [
        2050.0,
        if labour { s.lab_year + 1.0 } else { 0.0 },
        if s.crocus_end < last_year {
            s.crocus_end + 1.0
        } else {
            0.0
        },
    ]
    .into_iter()
    .fold(0.0f64, |a, v| if v > a { v } else { a })
    .min(2100.0);
    let x0 = paths
        .iter()
        .filter_map(|p| p.history.first().map(|h| f64::from(h.year)))
        .fold(f64::INFINITY, |a, v| if v < a { v } else { a });
    let x0 = if x0.is_finite() { x0 } else { 2010.0 };
    let x1 = horizon + 1.0;
    let name = |iso: &str| {
        data.country_info(iso)
            .map(|c| lang.country(c).to_string())
            .unwrap_or_else(|| iso.to_string())
    };
    struct Line {
        iso: String,
        name: String,
        color: RGBColor,
        hist: Vec<(f64, f64)>,
        path: Vec<(f64, f64)>,
    }
    let lines: Vec<Line> = paths
        .iter()
        .enumerate()
        .map(|(k, p)| Line {
            iso: p.iso3.clone(),
            name: name(&p.iso3),
            color: COLORS
                .get(k % COLORS.len())
                .copied()
                .unwrap_or(palette::INK),
            hist: p
                .history
                .iter()
                .map(|h| (f64::from(h.year) + 0.5, h.pct_gdp))
                .collect(),
            path: p
                .path
                .iter()
                .map(|q| (f64::from(q.year) + 0.5, q.pct_gdp))
                .filter(|q| q.0 <= x1)
                .collect(),
        })
        .collect();
    let max = lines
        .iter()
        .flat_map(|l| l.hist.iter().chain(&l.path).map(|p| p.1))
        .fold(0.0f64, |a, v| if v > a { v } else { a });
    let top = style::nice_top(max) * 1.15;
    let evs = events(data, lang);
    let shown = s.country.to_ascii_uppercase();

    let title = lang
        .pick(
            "Remittances received as a share of GDP: history and scenario",
            "Денежные переводы в % ВВП: история и сценарий",
        )
        .to_string();
    let legend = vec![
        LegendEntry {
            mark: Mark::Line {
                color: palette::INK,
                width: style::LINE_WIDTH,
                dashed: false,
            },
            label: lang
                .pick("World Bank, 2010–2023", "Всемирный банк, 2010–2023")
                .into(),
        },
        LegendEntry {
            mark: Mark::Line {
                color: palette::INK,
                width: style::LINE_WIDTH,
                dashed: true,
            },
            label: lang
                .pick(
                    "Scenario: migrants in Russia change, GDP held at 2023",
                    "Сценарий: меняется число мигрантов в России, ВВП на уровне 2023",
                )
                .into(),
        },
    ];
    let source = format!(
        "{} {}",
        lang.pick(
            "Source: World Bank WDI, personal remittances received and GDP, current US$; share computed from the two series (not the Bank's % of GDP series). Scenario: Crossroads; shares of remittances from Russia as in the parameter table.",
            "Источник: Всемирный банк (WDI), личные переводы и ВВП в текущих долларах США; доля рассчитана из двух рядов (не ряд Банка «% ВВП»). Сценарий: Crossroads; доли переводов из России — по таблице параметров.",
        ),
        events_source(&evs, data, lang)
    );
    let plot_area = style::decorate(root, theme, &title, &legend, &source)?;
    let y_fmt = |v: &f64| lang.num(*v, 0);
    let y_desc = [
        lang.pick("Percent of GDP (computed)", "% ВВП (расчёт)"),
        lang.pick("% of GDP", "% ВВП"),
    ];
    // Room at the right for the end labels.
    let label_room = lines
        .iter()
        .map(|l| {
            theme
                .measure(&plot_area, &l.name, &theme.small_style())
                .map(|(w, _)| w)
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0)
        + theme.px(10.0);
    let (w, _) = plot_area.dim_in_pixel();
    let (chart_area, _) = plot_area.split_horizontally(i32::try_from(w).unwrap_or(0) - label_room);
    let mut chart = style::time_chart(
        &chart_area,
        theme,
        x0..x1,
        0.0..top,
        &Axes::years(lang, &y_desc, &y_fmt),
        &evs,
    )?;
    for l in &lines {
        let width = if l.iso == shown {
            3.5
        } else {
            style::LINE_WIDTH
        };
        let stroke = theme.stroke(l.color, width);
        chart.draw_series(LineSeries::new(l.hist.iter().copied(), stroke))?;
        let dashed: Vec<(f64, f64)> = l.hist.last().into_iter().chain(&l.path).copied().collect();
        chart.draw_series(DashedLineSeries::new(
            dashed,
            theme.width(style::DASH.0),
            theme.width(style::DASH.1),
            stroke,
        ))?;
    }
    // End labels, spread so they do not overlap.
    let frame = style::frame_of(&chart);
    let mut ys: Vec<(i32, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, l)| {
            let p = l.path.last().or(l.hist.last())?;
            Some((chart.backend_coord(p).1, k))
        })
        .collect();
    let row = theme.line_height(style::SMALL_SIZE);
    spread(&mut ys, row, frame.top, frame.bottom - row / 2);
    let (bx, by) = root.get_base_pixel();
    for (y, k) in ys {
        if let Some(l) = lines.get(k) {
            let bold = l.iso == shown;
            let st = if bold {
                theme.text_style().color(&l.color)
            } else {
                theme.small_style().color(&l.color)
            };
            root.draw(&Text::new(
                l.name.clone(),
                (frame.right + theme.px(6.0) - bx, y - row / 2 - by),
                st,
            ))?;
        }
    }

    let at = |l: &Line, year: f64| {
        l.path
            .iter()
            .find(|p| (p.0 - 0.5 - year).abs() < 1e-9)
            .map(|p| p.1)
    };
    let end_year = (horizon).min(2050.0);
    let parts: Vec<String> = lines
        .iter()
        .filter_map(|l| {
            let h = l.hist.last()?;
            let e = at(l, end_year)?;
            Some(format!(
                "{} {} → {}",
                l.name,
                lang.num(h.1, 1),
                lang.num(e, 1)
            ))
        })
        .collect();
    let last_hist = lines
        .iter()
        .filter_map(|l| l.hist.last().map(|p| (p.0 - 0.5) as i32))
        .max()
        .unwrap_or(2023);
    let alt = match lang {
        Lang::En => format!(
            "Remittances received as a percent of GDP (computed from World Bank current-dollar series), {last_hist} → {} under the scenario: {}.",
            end_year as i32,
            parts.join("; ")
        ),
        Lang::Ru => format!(
            "Денежные переводы в % ВВП (расчёт по рядам Всемирного банка в текущих долларах), {last_hist} → {} г. в сценарии: {}.",
            end_year as i32,
            parts.join("; ")
        ),
    };

    let mut sources = vec![
        lang.pick(
            "World Bank WDI (CC BY 4.0): personal remittances received BX.TRF.PWKR.CD.DT and GDP NY.GDP.MKTP.CD, current US$; pct_gdp = 100 * remittances / GDP",
            "Всемирный банк, WDI (CC BY 4.0): личные переводы BX.TRF.PWKR.CD.DT и ВВП NY.GDP.MKTP.CD в текущих долларах США; pct_gdp = 100 * переводы / ВВП",
        )
        .to_string(),
        lang.pick(
            "scenario: remittances from Russia move with the stock of migrants in Russia; GDP and remittances per migrant held at the last World Bank year",
            "сценарий: переводы из России меняются вместе с числом мигрантов в России; ВВП и переводы на одного мигранта — на уровне последнего года Всемирного банка",
        )
        .to_string(),
    ];
    for p in &paths {
        let share = crate::num::fixed(p.share_from_russia, 0);
        sources.push(match lang {
            Lang::En => format!(
                "{}: {share} % from Russia ({}); stock measure {}",
                p.iso3, p.share_source, p.stock_measure
            ),
            // The share's note is English text of the parameter table (src/scenario), so in
            // Russian the line points to that table and the share's key there, as the
            // chart's source line points to the table.
            Lang::Ru => format!(
                "{}: {share} % переводов из России (обоснование доли — в таблице параметров, ключ {}); численность мигрантов: {}",
                p.iso3,
                crate::scenario::REMITTANCE_COUNTRIES
                    .iter()
                    .zip(crate::scenario::REMIT_KEYS)
                    .find(|(c, _)| **c == p.iso3)
                    .map_or("", |(_, k)| k),
                match p.stock_measure.as_str() {
                    "mvd" => "МВД",
                    "undesa" => "ООН DESA 2024",
                    other => other,
                }
            ),
        });
    }
    let mut csv = csv_head(&title, &sources, req, r.table());
    csv.push_str(&super::events::events_csv(&evs, lang));
    csv.push_str("iso3,year,kind,stock_in_russia,remittances_usd,pct_gdp\n");
    for p in &paths {
        for h in &p.history {
            csv.push_str(&format!(
                "{},{},world_bank,,{},{}\n",
                p.iso3,
                h.year,
                csv_num(h.remittances_usd, 0),
                csv_num(h.pct_gdp, 3)
            ));
        }
        for q in &p.path {
            csv.push_str(&format!(
                "{},{},scenario,{},{},{}\n",
                p.iso3,
                q.year,
                csv_num(q.stock_in_russia, 3),
                csv_num(q.remittances_usd, 0),
                csv_num(q.pct_gdp, 3)
            ));
        }
    }
    ViewOutput::drawn(frame, title, alt, csv)
}
