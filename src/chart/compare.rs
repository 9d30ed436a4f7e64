//! The compare view: scenario A (the reader's levers) against scenario B (a preset or a
//! query string given as `b=`), for the same country: both population lines, their
//! difference A − B (the reader's scenario minus B: positive when A is higher), named as
//! A − B in the table, the difference panel, the CSV (`diff_a_minus_b`) and the text
//! alternative, and a table of outcomes drawn beside them (population on 1 July 2030,
//! 2046, 2050 and 2100; population 20–64; median age; old-age dependency; births). The
//! time axis starts at the year of the briefs' first dated event, so the events are marked
//! over the UN WPP 2024 estimates that lead into both scenarios.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::engine::Projection;
use crate::scenario::OUTCOME_YEARS;

use super::events::{events, events_csv, events_source};
use super::i18n::Lang;
use super::projection::{UnSeries, ESTIMATE_COLOR};
use super::render::{csv_field, csv_head, csv_num, ViewCtx, ViewOutput, ViewResult};
use super::request::levers_line;
use super::style::{self, palette, Axes, LegendEntry, Mark, Theme};
use super::ChartError;

const A_COLOR: RGBColor = palette::VERMILLION;
const B_COLOR: RGBColor = palette::BLUE;

/// One row of the outcomes table.
pub(crate) struct Outcome {
    pub label: String,
    pub key: String,
    pub unit: &'static str,
    pub a: f64,
    pub b: f64,
    /// Decimals shown.
    pub decimals: usize,
    /// Shown divided by this (1000 for thousands shown as millions).
    pub scale: f64,
}

/// The outcomes of A and B (both projections of the same country).
pub(crate) fn outcomes(a: &Projection, b: &Projection, lang: Lang) -> Vec<Outcome> {
    let mut rows = Vec::new();
    let at = |p: &Projection, y: i32, f: &dyn Fn(&Projection, usize) -> f64| {
        p.index_of(y).map(|i| f(p, i))
    };
    let mln = lang.pick("million", "млн");
    // Thousands are shown as millions, with the unit in the label.
    let mut push = |name: &str,
                    when: String,
                    key: String,
                    unit: &'static str,
                    x: Option<f64>,
                    y: Option<f64>,
                    decimals: usize| {
        let (label, scale) = if unit == "thousand" {
            (format!("{name} {when}, {mln}"), 1000.0)
        } else {
            (format!("{name} {when}"), 1.0)
        };
        if let (Some(a), Some(b)) = (x, y) {
            rows.push(Outcome {
                label,
                key,
                unit,
                a,
                b,
                decimals,
                scale,
            });
        }
    };
    // The outcomes read at single years: name, key prefix, unit, value, decimals, years.
    type AtYear<'y> = (
        &'y str,
        &'y str,
        &'static str,
        fn(&Projection, usize) -> f64,
        usize,
        &'y [i32],
    );
    let later: &[i32] = &[2050, 2100];
    let at_years: [AtYear<'_>; 4] = [
        (
            lang.pick("Population", "Население"),
            "population",
            "thousand",
            |p, i| p.total(i),
            2,
            &OUTCOME_YEARS,
        ),
        (
            lang.pick("Aged 20–64", "В возрасте 20–64"),
            "pop_20_64",
            "thousand",
            |p, i| p.pop_20_64(i),
            2,
            later,
        ),
        (
            lang.pick("Median age", "Медианный возраст"),
            "median_age",
            "years",
            |p, i| p.median_age(i),
            1,
            later,
        ),
        (
            lang.pick("65+ per 100 aged 20–64", "65+ на 100 в возрасте 20–64"),
            "old_age_dependency",
            "per 100",
            |p, i| 100.0 * p.old_age_dependency(i),
            1,
            later,
        ),
    ];
    for (name, key, unit, f, decimals, years) in at_years {
        for &y in years {
            push(
                name,
                y.to_string(),
                format!("{key}_{y}"),
                unit,
                at(a, y, &f),
                at(b, y, &f),
                decimals,
            );
        }
    }
    let births = |p: &Projection, from: i32, to: i32| {
        let (i, j) = (p.index_of(from)?, p.index_of(to)?);
        Some((i..j).map(|k| p.births(k)).sum::<f64>())
    };
    let first = a.base_year.max(b.base_year);
    for (from, to) in [(first, 2050), (2050, 2100)] {
        push(
            lang.pick("Births", "Рождений"),
            format!("{from}–{to}"),
            format!("births_{from}_{to}"),
            "thousand",
            births(a, from, to),
            births(b, from, to),
            1,
        );
    }
    rows
}

/// Whether a table of `rows` outcomes `height` pixels tall has room under them for the
/// heading and at least one of A's levers.
fn lever_room(theme: &Theme, rows: usize, height: i32) -> bool {
    let line = theme.line_height(style::SMALL_SIZE) + theme.px(3.0);
    theme.px(2.0) + (rows as i32 + 1) * line + 3 * line <= height
}

fn draw_table<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    lang: Lang,
    rows: &[Outcome],
    levers: &[(String, String)],
) -> Result<(), ChartError> {
    let (w, _) = area.dim_in_pixel();
    let w = i32::try_from(w).unwrap_or(i32::MAX);
    let head = (style::FONT, f64::from(theme.px(style::SMALL_SIZE)))
        .into_font()
        .style(FontStyle::Bold)
        .color(&palette::INK);
    let body = theme.small_style().color(&palette::INK);
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            [
                r.label.clone(),
                lang.num(r.a / r.scale, r.decimals),
                lang.num(r.b / r.scale, r.decimals),
                lang.signed((r.a - r.b) / r.scale, r.decimals),
            ]
        })
        .collect();
    let header = [
        lang.pick("Outcome", "Показатель").to_string(),
        "A".to_string(),
        lang.pick("B", "Б").to_string(),
        lang.pick("A − B", "А − Б").to_string(),
    ];
    let width = |t: &str, s: &TextStyle<'_>| -> Result<i32, ChartError> {
        Ok(theme.measure(area, t, s)?.0)
    };
    let mut col = [0i32; 4];
    for (k, c) in col.iter_mut().enumerate() {
        let mut m = width(header.get(k).map_or("", |s| s.as_str()), &head)?;
        for row in &cells {
            m = m.max(width(row.get(k).map_or("", |s| s.as_str()), &body)?);
        }
        *c = m;
    }
    let gap = theme.px(10.0);
    // Numbers right-aligned at their column's right edge, from the right of the area.
    let right3 = w - theme.px(2.0);
    let right2 = right3 - col[3] - gap;
    let right1 = right2 - col[2] - gap;
    let label_room = right1 - col[1] - gap;
    let line = theme.line_height(style::SMALL_SIZE) + theme.px(3.0);
    let mut y = theme.px(2.0);
    // A label too long for its room is cut with an ellipsis.
    let fit = |label: &str, room: i32, s: &TextStyle<'_>| -> Result<String, ChartError> {
        if width(label, s)? <= room {
            return Ok(label.to_string());
        }
        let mut text = label.to_string();
        while text.pop().is_some() {
            let kept = text.trim_end();
            if width(&format!("{kept}…"), s)? <= room {
                return Ok(format!("{kept}…"));
            }
        }
        Ok(String::new())
    };
    let draw_row = |y: i32, row: &[String; 4], s: &TextStyle<'_>| -> Result<(), ChartError> {
        let [label, a, b, d] = row;
        area.draw(&Text::new(
            fit(label, label_room, s)?,
            (0, y),
            s.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        for (t, x) in [(a, right1), (b, right2), (d, right3)] {
            area.draw(&Text::new(
                t.clone(),
                (x, y),
                s.pos(Pos::new(HPos::Right, VPos::Top)),
            ))?;
        }
        Ok(())
    };
    draw_row(y, &header, &head)?;
    y += line;
    area.draw(&PathElement::new(
        vec![(0, y - theme.px(2.0)), (w, y - theme.px(2.0))],
        theme.stroke(palette::AXIS, 1.0),
    ))?;
    for (k, row) in cells.iter().enumerate() {
        if k % 2 == 1 {
            area.draw(&Rectangle::new(
                [(0, y - theme.px(1.0)), (w, y + line - theme.px(2.0))],
                style::tint(palette::GRID, 0.6).filled(),
            ))?;
        }
        draw_row(y, row, &body)?;
        y += line;
    }
    // Scenario A's levers, value at the right edge, as many as there is room for.
    let (_, h) = area.dim_in_pixel();
    let h = i32::try_from(h).unwrap_or(i32::MAX);
    if levers.is_empty() || !lever_room(theme, rows.len(), h) {
        return Ok(());
    }
    y += theme.px(6.0);
    let heading = lang.pick("Levers moved in A", "Рычаги сценария А");
    area.draw(&Text::new(
        heading,
        (0, y),
        head.pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    y += line;
    let room = usize::try_from((h - y) / line).unwrap_or(0);
    let shown = if levers.len() <= room {
        levers.len()
    } else {
        room.saturating_sub(1)
    };
    for (label, value) in &levers[..shown] {
        let vw = width(value, &body)?;
        area.draw(&Text::new(
            fit(label, right3 - vw - gap, &body)?,
            (0, y),
            body.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        area.draw(&Text::new(
            value.clone(),
            (right3, y),
            body.pos(Pos::new(HPos::Right, VPos::Top)),
        ))?;
        y += line;
    }
    if shown < levers.len() {
        let more = levers.len() - shown;
        let text = match lang {
            Lang::En => format!("… and {more} more (all in the CSV and the link)"),
            Lang::Ru => format!("… и ещё {more} (все — в CSV и в ссылке)"),
        };
        area.draw(&Text::new(
            text,
            (0, y),
            body.pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    Ok(())
}

/// The difference A − B of the populations in `year` (thousands) in words, naming the
/// direction: "A is 2.52 million higher than B in 2100."
fn a_against_b(lang: Lang, a_minus_b: f64, year: i32) -> String {
    let size = lang.num(a_minus_b.abs() / 1000.0, 2);
    if size.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        return match lang {
            Lang::En => format!("A and B are equal in {year}."),
            Lang::Ru => format!("В {year} г. А и Б равны."),
        };
    }
    let higher = a_minus_b > 0.0;
    match lang {
        Lang::En => format!(
            "A is {size} million {} than B in {year}.",
            if higher { "higher" } else { "lower" }
        ),
        Lang::Ru => format!(
            "В {year} г. А на {size} млн {}, чем Б.",
            if higher {
                "больше"
            } else {
                "меньше"
            }
        ),
    }
}

pub(crate) fn draw<DB: DrawingBackend>(cx: ViewCtx<'_, '_, DB>) -> ViewResult {
    let ViewCtx(root, r, req, theme, lang, data) = cx;
    let country = data.require_country(&req.scenario.country)?;
    let name = lang.country(&country.info);
    let (sb, b_name) = r.scenario_b(req)?;
    let ra = r.project(&req.scenario)?;
    let rb = r.project(&sb)?;
    let (pa, pb) = (&ra.main.projection, &rb.main.projection);
    let line = |p: &Projection| -> Vec<(f64, f64)> {
        (0..p.years())
            .map(|i| (f64::from(p.year(i)) + 0.5, p.total(i) / 1000.0))
            .collect()
    };
    let (la, lb) = (line(pa), line(pb));
    // From the year of the first event (2022) the UN estimates lead into the scenarios.
    let evs = events(data, lang);
    let start = la.first().map_or(2025.0, |p| p.0.floor());
    let from = evs.iter().map(|e| e.date.floor()).fold(start, f64::min);
    let history = UnSeries::of(&country.pop_total, from as i32 - 1).estimate;
    let diff: Vec<(f64, f64)> = la
        .iter()
        .filter_map(|&(x, a)| lb.iter().find(|p| p.0 == x).map(|p| (x, a - p.1)))
        .collect();
    let qa = req.scenario.write_query(r.table());
    // A's levers, in words (the country is in the title).
    let levers = req.levers(r.table());
    // Wide enough for the outcome table beside the charts (the width `decorate` leaves);
    // the table then lists A's levers too, and the legend need not spell them.
    let (root_w, _) = root.dim_in_pixel();
    let inner_w = f64::from(root_w) - 2.0 * f64::from(theme.px(style::MARGIN));
    let wide = inner_w / theme.scale() >= 620.0;
    // A's legend entry: its query spelt out unless the table lists the levers.
    let a_name = |listed: bool| {
        if levers.is_empty() {
            lang.pick(
                "A: no levers moved (UN medium)",
                "А: рычаги не тронуты (средний ООН)",
            )
            .to_string()
        } else if listed {
            lang.pick("A: your scenario", "А: ваш сценарий").to_string()
        } else {
            format!(
                "{}: {}",
                lang.pick("A: your scenario", "А: ваш сценарий"),
                levers_line(&levers)
            )
        }
    };
    let b_label = format!("{}: {b_name}", lang.pick("B", "Б"));
    let title = match lang {
        Lang::En => format!("{name}: scenario A against B"),
        Lang::Ru => format!("{name}: сценарий А против Б"),
    };
    let legend = |a_name: String| {
        vec![
            LegendEntry {
                mark: Mark::Line {
                    color: ESTIMATE_COLOR,
                    width: style::LINE_WIDTH,
                    dashed: false,
                },
                label: lang.pick("UN estimates", "Оценки ООН").to_string(),
            },
            LegendEntry {
                mark: Mark::Line {
                    color: A_COLOR,
                    width: 3.0,
                    dashed: false,
                },
                label: a_name,
            },
            LegendEntry {
                mark: Mark::Line {
                    color: B_COLOR,
                    width: style::LINE_WIDTH,
                    dashed: true,
                },
                label: b_label.clone(),
            },
        ]
    };
    let source = lang
        .pick(
            "Source: Crossroads cohort-component engine on UN WPP 2024 inputs; population at 1 July. Old-age dependency = people 65+ per 100 aged 20–64.",
            "Источник: когортный расчёт Crossroads на данных ООН WPP 2024; население на 1 июля. Нагрузка пожилыми = люди 65+ на 100 в возрасте 20–64.",
        )
        .to_string();
    let ev_src = events_source(&evs, data, lang);
    let source = if ev_src.is_empty() {
        source
    } else {
        format!("{source} {ev_src}")
    };
    let rows = outcomes(pa, pb, lang);
    // The table beside the charts lists A's levers when it has room under the outcomes
    // (its height is known once the legend is laid out); else the legend spells A.
    let table_margin = theme.px(if wide { 14.0 } else { 4.0 });
    let mut listed = wide && !levers.is_empty();
    let mut plot_area = style::decorate(root, theme, &title, &legend(a_name(listed)), &source)?;
    let plot_h = i32::try_from(plot_area.dim_in_pixel().1).unwrap_or(i32::MAX);
    if listed && !lever_room(theme, rows.len(), plot_h - table_margin) {
        listed = false;
        plot_area = style::decorate(root, theme, &title, &legend(a_name(false)), &source)?;
    }
    let (w, h) = plot_area.dim_in_pixel();
    let line_h = theme.line_height(style::SMALL_SIZE) + theme.px(3.0);
    let table_need = (rows.len() as i32 + 1) * line_h + theme.px(10.0);
    let hh = i32::try_from(h).unwrap_or(i32::MAX);
    // Beside the charts when wide; below them when there is room; else left out (the
    // outcomes stay in the CSV and the text alternative).
    let (charts, table) = if wide {
        let (c, t) = plot_area.split_horizontally((f64::from(w) * 0.56) as i32);
        (c, Some(t))
    } else if hh - table_need >= theme.px(140.0) {
        let (c, t) = plot_area.split_vertically(hh - table_need);
        (c, Some(t))
    } else {
        (plot_area.clone(), None)
    };
    // The difference panel needs height too.
    let (_, ch) = charts.dim_in_pixel();
    let with_diff = f64::from(ch) / theme.scale() >= 180.0;
    let (top, bottom) = if with_diff {
        let (t, b) = charts.split_vertically((f64::from(ch) * 0.64) as i32);
        (t, Some(b))
    } else {
        (charts.clone(), None)
    };
    let x0 = from;
    let x1 = la.last().map_or(2100.0, |p| p.0);
    let (lo, hi) = la
        .iter()
        .chain(&lb)
        .chain(&history)
        .map(|p| p.1)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (if v < a { v } else { a }, if v > b { v } else { b })
        });
    let (y0, y1) = style::nice_range(lo, hi);
    let y_fmt = style::value_ticks(lang, y1 - y0);
    let y_desc = [
        lang.pick("Population, millions", "Население, млн"),
        lang.pick("Millions", "Млн"),
    ];
    let year_desc = lang.pick("Year (1 July)", "Год (1 июля)");
    let mut chart = style::cartesian(
        &top,
        theme,
        x0..x1,
        y0..y1,
        &Axes::years(lang, &y_desc, &y_fmt)
            .x_desc(if with_diff { "" } else { year_desc })
            .density(1.4),
    )?;
    chart.draw_series(LineSeries::new(
        history.iter().copied(),
        theme.stroke(ESTIMATE_COLOR, style::LINE_WIDTH),
    ))?;
    chart.draw_series(DashedLineSeries::new(
        lb.iter().copied(),
        theme.width(style::DASH.0),
        theme.width(style::DASH.1),
        theme.stroke(B_COLOR, style::LINE_WIDTH),
    ))?;
    chart.draw_series(LineSeries::new(
        la.iter().copied(),
        theme.stroke(A_COLOR, 3.0),
    ))?;
    // Events last: their labels start at the top, where the lines begin.
    style::draw_events(&mut chart, theme, &evs)?;
    let frame = style::frame_of(&chart);

    if let Some(bottom) = &bottom {
        // The difference A − B.
        let (dlo, dhi) = diff
            .iter()
            .map(|p| p.1)
            .fold((0.0f64, 0.0f64), |(a, b), v| {
                (if v < a { v } else { a }, if v > b { v } else { b })
            });
        let (d0, d1) = if dhi - dlo < 1e-6 {
            (-1.0, 1.0)
        } else {
            let (a, b) = style::nice_range(dlo, dhi);
            (a.min(0.0), b.max(0.0))
        };
        let d_fmt = |v: &f64| lang.signed(*v, if d1 - d0 >= 5.0 { 0 } else { 1 });
        let d_desc = [
            lang.pick("A − B, mln", "А − Б, млн"),
            lang.pick("A − B", "А − Б"),
        ];
        let mut dchart = style::cartesian(
            bottom,
            theme,
            x0..x1,
            d0..d1,
            &Axes::years(lang, &d_desc, &d_fmt)
                .x_desc(year_desc)
                .density(1.4),
        )?;
        let mut poly = vec![(x0, 0.0)];
        poly.extend(diff.iter().copied());
        poly.push((x1, 0.0));
        dchart.draw_series(std::iter::once(Polygon::new(
            poly,
            style::tint(palette::INK, 0.25).filled(),
        )))?;
        dchart.draw_series(LineSeries::new(
            diff.iter().copied(),
            theme.stroke(palette::INK, style::THIN_WIDTH),
        ))?;
        dchart.draw_series(LineSeries::new(
            [(x0, 0.0), (x1, 0.0)],
            theme.stroke(palette::AXIS, 1.0),
        ))?;
    }
    if let Some(table) = table {
        let m = table_margin;
        let table = table.margin(m, 0, if wide { m } else { 0 }, 0);
        draw_table(
            &table,
            theme,
            lang,
            &rows,
            if listed { &levers } else { &[] },
        )?;
    }

    // Text alternative.
    let end = |l: &[(f64, f64)]| l.last().map(|p| p.1 * 1000.0).unwrap_or(0.0);
    let (ea, eb) = (end(&la), end(&lb));
    let a_alt = if levers.is_empty() {
        lang.pick("no levers moved", "рычаги не тронуты")
            .to_string()
    } else {
        levers_line(&levers)
    };
    let alt = format!(
        "{} {}",
        match lang {
            Lang::En => format!(
                "{name}: scenario A ({a_alt}) reaches {} million in 2100 and scenario B ({b_name}) {} million.",
                lang.millions(ea),
                lang.millions(eb),
            ),
            Lang::Ru => format!(
                "{name}: сценарий А ({a_alt}) даёт {} млн в 2100 г., сценарий Б ({b_name}) — {} млн.",
                lang.millions(ea),
                lang.millions(eb),
            ),
        },
        a_against_b(lang, ea - eb, la.last().map_or(2100, |p| p.0.floor() as i32))
    );

    let defaults = lang.pick("(defaults)", "(по умолчанию)");
    let sources = vec![
        lang.pick(
            "Crossroads engine on UN WPP 2024 inputs (CC BY 3.0 IGO): population at 1 July, thousands",
            "когортный расчёт Crossroads на данных ООН WPP 2024 (CC BY 3.0 IGO): население на 1 июля, тыс. человек",
        )
        .to_string(),
        format!(
            "{} {}",
            lang.pick("A:", "А:"),
            if qa.is_empty() { defaults.into() } else { qa.clone() }
        ),
        format!(
            "{} {b_name} ({})",
            lang.pick("B:", "Б:"),
            sb.write_query(r.table())
        ),
    ];
    let mut sources = sources;
    sources.push(
        lang.pick(
            "un_medium_jul1: UN WPP 2024 medium at 1 July, the mean of the 31 December totals before and after it, thousands",
            "un_medium_jul1: средний вариант ООН WPP 2024 на 1 июля — среднее численностей на 31 декабря до и после него, тыс. человек",
        )
        .to_string(),
    );
    let mut csv = csv_head(&title, &sources, req, r.table());
    csv.push_str(&events_csv(&evs, lang));
    csv.push_str("year,a_population_jul1,b_population_jul1,diff_a_minus_b_jul1,un_medium_jul1\n");
    for (&(x, a), &(_, d)) in la.iter().zip(&diff) {
        let y = (x - 0.5) as i32;
        csv.push_str(&format!(
            "{y},{},{},{},{}\n",
            csv_num(a * 1000.0, 3),
            csv_num((a - d) * 1000.0, 3),
            csv_num(d * 1000.0, 3),
            UnSeries::mid_year(&country.pop_total, y)
                .map(|v| csv_num(v, 3))
                .unwrap_or_default()
        ));
    }
    csv.push_str("\nmeasure,unit,a,b,diff_a_minus_b\n");
    for o in &rows {
        csv.push_str(&format!(
            "{},{},{},{},{}\n",
            csv_field(&o.key),
            o.unit,
            csv_num(o.a, 3),
            csv_num(o.b, 3),
            csv_num(o.a - o.b, 3)
        ));
    }
    ViewOutput::drawn(frame, title, alt, csv)
}
