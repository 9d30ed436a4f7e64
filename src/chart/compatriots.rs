//! The compatriots view: persons moving to Russia under the State Program for Voluntary
//! Resettlement of Compatriots as reported year by year (`data/compatriots.csv`) — the
//! measure changes between sources, so each measure has its own colour and marker shape
//! and the value is printed with its qualifier ("more than", "about") — against the
//! 2012 goal of 300,000 a year (brief CR023) and the reader's level from its start year,
//! with the briefs' dated events.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use crate::data::CompatriotsRow;

use super::events::events;
use super::i18n::Lang;
use super::render::{csv_field, csv_head, csv_num, ViewCtx, ViewOutput, ViewResult};
use super::style::{self, palette, Axes, LegendEntry, Mark, Symbol};
use super::ChartError;

/// The measures the sources use, recognised by their wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Measure {
    Moved,
    ParticipantsAndFamily,
    ParticipantsResettled,
    Registered,
}

impl Measure {
    pub(crate) fn of(row: &CompatriotsRow) -> Measure {
        // The sources' wording is matched in ASCII (no Unicode case tables in the wasm).
        let m = row.measure_as_reported.to_ascii_lowercase();
        if m.contains("registered") {
            Measure::Registered
        } else if m.contains("family") {
            Measure::ParticipantsAndFamily
        } else if m.contains("participants") {
            Measure::ParticipantsResettled
        } else {
            Measure::Moved
        }
    }
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Measure::Moved => lang.pick(
                "Moved under the programme (FMS/MVD)",
                "Переселились по программе (ФМС/МВД)",
            ),
            Measure::ParticipantsAndFamily => lang.pick(
                "Participants and family members (MFA)",
                "Участники и члены семей (МИД)",
            ),
            Measure::ParticipantsResettled => lang.pick(
                "Became participants and resettled",
                "Стали участниками и переселились",
            ),
            Measure::Registered => lang.pick(
                "Resettlers registered with the MVD",
                "Поставлены на учёт в МВД",
            ),
        }
    }
    fn color(self) -> RGBColor {
        match self {
            Measure::Moved => palette::BLUE,
            Measure::ParticipantsAndFamily => palette::GREEN,
            Measure::ParticipantsResettled => palette::PURPLE,
            Measure::Registered => palette::ORANGE,
        }
    }
    fn symbol(self) -> Symbol {
        match self {
            Measure::Moved => Symbol::Circle,
            Measure::ParticipantsAndFamily => Symbol::Square,
            Measure::ParticipantsResettled => Symbol::Triangle,
            Measure::Registered => Symbol::Diamond,
        }
    }
}

const ORDER: [Measure; 4] = [
    Measure::Moved,
    Measure::ParticipantsAndFamily,
    Measure::ParticipantsResettled,
    Measure::Registered,
];

fn qualifier(q: &str) -> &'static str {
    match q {
        "more_than" => ">",
        "about" | "almost" => "≈",
        _ => "",
    }
}

pub(crate) fn draw<DB: DrawingBackend>(cx: ViewCtx<'_, '_, DB>) -> ViewResult {
    let ViewCtx(root, r, req, theme, lang, data) = cx;
    let goal = r.figures().compat_goal;
    let goal_src = data.brief("CR023");
    let mut rows: Vec<&CompatriotsRow> = data.compatriots.iter().collect();
    crate::num::sort_by_key(&mut rows, |r| r.year);
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Err(ChartError::MissingSeries {
            country: "RUS".into(),
            series: "Compatriots Program",
        });
    };
    let s = &req.scenario;
    let level = s.compat;
    let from = s.compat_from.round() as i32;
    let x0 = f64::from(first.year - 1);
    let x1 = f64::from(from.max(last.year + 1) + 5).max(f64::from(last.year) + 4.0);
    let max = rows
        .iter()
        .map(|r| r.value_persons / 1000.0)
        .chain([goal, level])
        .fold(0.0f64, |a, v| if v > a { v } else { a });
    let top = style::nice_top(max) * 1.12;
    let evs = events(data, lang);

    let title = lang
        .pick(
            "Compatriots Program: people moving to Russia a year, thousands",
            "Программа соотечественников: переселившиеся в Россию за год, тыс.",
        )
        .to_string();
    let present: Vec<Measure> = ORDER
        .iter()
        .copied()
        .filter(|m| rows.iter().any(|r| Measure::of(r) == *m))
        .collect();
    let mut legend: Vec<LegendEntry> = present
        .iter()
        .map(|m| LegendEntry {
            mark: Mark::Symbol {
                color: m.color(),
                symbol: m.symbol(),
            },
            label: m.label(lang).into(),
        })
        .collect();
    legend.push(LegendEntry {
        mark: Mark::Line {
            color: palette::INK,
            width: style::THIN_WIDTH,
            dashed: true,
        },
        label: format!(
            "{} {} {}",
            lang.pick("Goal set in 2012:", "Цель 2012 г.:"),
            lang.num(goal, 0),
            lang.pick("thousand a year", "тыс. в год")
        ),
    });
    legend.push(LegendEntry {
        mark: Mark::Line {
            color: palette::VERMILLION,
            width: 3.0,
            dashed: false,
        },
        label: format!(
            "{} {} {} {from}",
            lang.pick("Your level:", "Ваш уровень:"),
            lang.num(level, 1),
            lang.pick("thousand a year from", "тыс. в год с")
        ),
    });
    let source = format!(
        "{} {}",
        lang.pick(
            "Sources: FMS/MVD, MFA and MVD figures as reported by Interfax, RIA Novosti, RT, russkiymir.ru, Vedomosti (data/compatriots.csv; 2012, 2020, 2021 not found); goal: brief CR023 (Sahadeo & Morrison 2025).",
            "Источники: данные ФМС/МВД, МИД и МВД в изложении Интерфакса, РИА Новости, RT, russkiymir.ru, «Ведомостей» (2012, 2020, 2021 не найдены); цель: записка CR023 (Sahadeo & Morrison 2025).",
        ),
        super::events::events_source(&evs, data, lang)
    );
    let plot_area = style::decorate(root, theme, &title, &legend, &source)?;
    let y_fmt = |v: &f64| lang.num(*v, 0);
    let y_desc = [
        lang.pick("Thousand people a year", "Тыс. человек в год"),
        lang.pick("Thousands", "Тыс."),
    ];
    let mut chart = style::time_chart(
        &plot_area,
        theme,
        x0..x1,
        0.0..top,
        &Axes::years(lang, &y_desc, &y_fmt).density(1.8),
        &evs,
    )?;
    // Goal.
    chart.draw_series(DashedLineSeries::new(
        [(x0, goal), (x1, goal)],
        theme.width(style::DASH.0),
        theme.width(style::DASH.1),
        theme.stroke(palette::INK, style::THIN_WIDTH),
    ))?;
    // Reported series: points of one measure joined when in consecutive years.
    let small = theme.small_style().color(&palette::INK);
    for m in &present {
        let pts: Vec<(f64, f64)> = rows
            .iter()
            .filter(|r| Measure::of(r) == *m)
            .map(|r| (f64::from(r.year) + 0.5, r.value_persons / 1000.0))
            .collect();
        for w in pts.windows(2) {
            if let [a, b] = w {
                if (b.0 - a.0 - 1.0).abs() < 1e-9 {
                    chart.draw_series(LineSeries::new(
                        [*a, *b],
                        theme.stroke(m.color(), style::THIN_WIDTH),
                    ))?;
                }
            }
        }
    }
    // Value labels only where a year is wide enough and the plot tall enough to hold them.
    let year_px = {
        let (a, _) = chart.backend_coord(&(x0, 0.0));
        let (b, _) = chart.backend_coord(&(x0 + 1.0, 0.0));
        f64::from(b - a) / theme.scale()
    };
    let plot_px = {
        let (_, a) = chart.backend_coord(&(x0, 0.0));
        let (_, b) = chart.backend_coord(&(x0, top));
        f64::from(a - b) / theme.scale()
    };
    let with_values = year_px >= 30.0 && plot_px >= 120.0;
    for row in &rows {
        let m = Measure::of(row);
        let at = (f64::from(row.year) + 0.5, row.value_persons / 1000.0);
        chart.draw_series(std::iter::once(
            EmptyElement::at(at)
                + Polygon::new(m.symbol().outline(theme.px(4.5)), m.color().filled()),
        ))?;
        if !with_values {
            continue;
        }
        let k = row.value_persons / 1000.0;
        let text = format!(
            "{}{}",
            qualifier(&row.qualifier),
            lang.num(k, if (k - k.round()).abs() < 1e-9 { 0 } else { 1 })
        );
        style::label_box(
            &mut chart,
            theme,
            &text,
            &small,
            at,
            (0, -theme.px(20.0)),
            HPos::Center,
        )?;
    }
    // The reader's level.
    let lx0 = f64::from(from.max(last.year + 1));
    chart.draw_series(LineSeries::new(
        [(lx0, level), (x1, level)],
        theme.stroke(palette::VERMILLION, 3.0),
    ))?;
    let frame = style::frame_of(&chart);

    let peak = rows
        .iter()
        .max_by(|a, b| a.value_persons.total_cmp(&b.value_persons))
        .copied()
        .unwrap_or(first);
    let peak_k = lang.num(peak.value_persons / 1000.0, 1);
    let peak_year = peak.year;
    let last_k = lang.num(last.value_persons / 1000.0, 1);
    let last_year = last.year;
    let goal_k = lang.num(goal, 0);
    let level_k = lang.num(level, 1);
    let alt = match lang {
        Lang::En => format!(
            "Compatriots Program: {peak_k} thousand people in {peak_year} at the peak and {last_k} thousand in {last_year} (measures differ by source and year), against the 2012 goal of {goal_k} thousand a year; your level: {level_k} thousand a year from {from}."
        ),
        Lang::Ru => format!(
            "Программа соотечественников: {peak_k} тыс. человек в {peak_year} г. на пике и {last_k} тыс. в {last_year} г. (меры различаются по источникам и годам) при цели 2012 г. {goal_k} тыс. в год; ваш уровень: {level_k} тыс. в год с {from} г."
        ),
    };
    let mut sources = vec![lang
        .pick(
            "data/compatriots.csv: figures as reported, with outlet, underlying source and URL per row",
            "data/compatriots.csv: данные в изложении СМИ; в каждой строке издание, первоисточник и URL",
        )
        .to_string()];
    if let Some(g) = goal_src {
        sources.push(format!(
            "{} {} “{}”",
            lang.pick("goal: brief", "цель: записка"),
            g.id,
            g.as_stated
        ));
    }
    let mut csv = csv_head(&title, &sources, req, r.table());
    csv.push_str(&super::events::events_csv(&evs, lang));
    csv.push_str(
        "year,persons,qualifier,measure,measure_as_reported,reported_by,underlying_source,url\n",
    );
    for row in &rows {
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            row.year,
            csv_num(row.value_persons, 0),
            row.qualifier,
            csv_field(Measure::of(row).label(Lang::En)),
            csv_field(&row.measure_as_reported),
            csv_field(&row.reported_by),
            csv_field(&row.underlying_source),
            csv_field(&row.url)
        ));
    }
    let (goal_p, level_p) = (csv_num(goal * 1000.0, 0), csv_num(level * 1000.0, 0));
    csv.push_str(&match lang {
        Lang::En => format!(
            "# goal: {goal_p} persons a year; reader's level: {level_p} persons a year from {from}\n"
        ),
        Lang::Ru => format!(
            "# цель: {goal_p} человек в год; уровень читателя: {level_p} человек в год с {from} г.\n"
        ),
    });
    ViewOutput::drawn(frame, title, alt, csv)
}
