//! The compatriots view: persons moving to Russia under the State Program for Voluntary
//! Resettlement of Compatriots as reported year by year. The sources report different
//! measures (moved; participants and family members; participants who resettled;
//! registered resettlers), classified in the data (`measure`, from the wording), and each is
//! its own series with its own colour, marker and legend, its values printed with their
//! qualifier ("more than", "about"). From the brief (Sahadeo & Morrison 2025): the 2019
//! registered level, as a point of the registered series; the citizens of Tajikistan among
//! the 2023 registered; the 2012 goal of 300,000 a year; and a note on its claim that
//! arrivals averaged under 100,000 a year, computed from the reported years. With the
//! reader's level from its start year and the briefs' dated events.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use crate::data::{BriefFigure, CompatriotsRow, Dataset};

use super::super::ctx::Ctx;
use super::super::events::{brief_citation, events, Event};
use super::super::i18n::Lang;
use super::super::layer;
use super::super::request::ViewRequest;
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Symbol, Theme};
use super::super::table::{columns, Cell, Column, ColumnSpec, Section, Table, Unit};
use super::super::ChartError;
use super::shared::max0;
use super::ChartView;

/// Brief figures the view shows: the 2012 goal, the average claim, the 2019 registered
/// level, the registered citizens of Tajikistan in 2023 and their share.
const GOAL: &str = "CR023";
const AVERAGE: &str = "CR024";
const REGISTERED_2019: &str = "CR027";
const TAJIK: &str = "CR028";
const TAJIK_SHARE: &str = "CR029";

/// The measures the sources use (the data's `measure` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measure {
    Moved,
    ParticipantsAndFamily,
    ParticipantsResettled,
    Registered,
}

impl Measure {
    fn of(row: &CompatriotsRow) -> Option<Measure> {
        match row.measure.as_str() {
            "moved" => Some(Measure::Moved),
            "participants_and_family" => Some(Measure::ParticipantsAndFamily),
            "participants_resettled" => Some(Measure::ParticipantsResettled),
            "registered" => Some(Measure::Registered),
            _ => None,
        }
    }
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Measure::Moved => lang.t("chart-compatriots-moved-under-the-programme-fms-mvd"),
            Measure::ParticipantsAndFamily => {
                lang.t("chart-compatriots-participants-and-family-members-mfa")
            }
            Measure::ParticipantsResettled => {
                lang.t("chart-compatriots-became-participants-and-resettled")
            }
            Measure::Registered => lang.t("chart-compatriots-resettlers-registered-with-the-mvd"),
        }
    }
    /// CSV column of the measure.
    fn column(self) -> &'static str {
        match self {
            Measure::Moved => "moved",
            Measure::ParticipantsAndFamily => "participants_and_family_members",
            Measure::ParticipantsResettled => "participants_resettled",
            Measure::Registered => "registered",
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

fn tajik_color() -> RGBColor {
    style::tint(palette::ORANGE, 0.45)
}

/// One figure drawn: a reported row or a figure of the brief.
struct Point {
    year: i32,
    /// Persons.
    value: f64,
    qualifier: String,
    /// `None`: the registered citizens of Tajikistan (a part of the registered).
    measure: Option<Measure>,
    as_reported: String,
    source: String,
    outlet: String,
    reported_on: String,
    url: String,
}

fn year_of(b: &BriefFigure) -> Option<i32> {
    b.period_or_date.trim().get(0..4)?.parse().ok()
}

/// A figure of the brief as a point, if the data has it.
fn brief_point(data: &Dataset, id: &str, measure: Option<Measure>, lang: Lang) -> Option<Point> {
    let b = data.brief(id)?;
    Some(Point {
        year: year_of(b)?,
        value: b.value?,
        qualifier: b.qualifier.clone(),
        measure,
        as_reported: b.as_stated.clone(),
        source: lang.t("chart-compatriots-mvd-data").to_string(),
        outlet: brief_citation(&b.brief, lang).to_string(),
        reported_on: String::new(),
        url: b.cited_url.clone(),
    })
}

/// Every figure drawn, in year order: the reported rows (each of a known measure) and the
/// brief's registered 2019 level and registered citizens of Tajikistan 2023.
fn points(data: &Dataset, lang: Lang) -> Vec<Point> {
    let mut out: Vec<Point> = data
        .compatriots
        .iter()
        .filter_map(|r| {
            Some(Point {
                year: r.year,
                value: r.value_persons,
                qualifier: r.qualifier.clone(),
                measure: Some(Measure::of(r)?),
                as_reported: r.measure_as_reported.clone(),
                source: lang.data(&r.source_en, &r.source_ru).to_string(),
                outlet: lang.data(&r.outlet_en, &r.outlet_ru).to_string(),
                reported_on: r.reported_on.clone(),
                url: r.url.clone(),
            })
        })
        .collect();
    out.extend(brief_point(
        data,
        REGISTERED_2019,
        Some(Measure::Registered),
        lang,
    ));
    out.extend(brief_point(data, TAJIK, None, lang));
    crate::num::sort_by_key(&mut out, |p| p.year);
    out
}

/// The qualifier as a sign before a value on the chart.
fn qualifier_sign(q: &str) -> &'static str {
    match q {
        "more_than" => ">",
        "about" => "≈",
        "almost" | "less_than" => "<",
        _ => "",
    }
}

/// The qualifier in words (empty for a figure given as is).
fn qualifier_words(q: &str, lang: Lang) -> &'static str {
    match q {
        "more_than" => lang.t("chart-compatriots-more-than"),
        "about" => lang.t("chart-compatriots-about"),
        "almost" => lang.t("chart-compatriots-almost"),
        "less_than" => lang.t("chart-compatriots-less-than"),
        _ => "",
    }
}

/// "more than 30" or "118.8" (thousands).
fn value_words(p: &Point, lang: Lang) -> String {
    let k = p.value / 1000.0;
    let v = lang.num(k, if (k - k.round()).abs() < 1e-9 { 0 } else { 1 });
    match qualifier_words(&p.qualifier, lang) {
        "" => v,
        q => format!("{q} {v}"),
    }
}

/// The note on the brief's "averaged less than 100,000 per year" claim, from the years
/// reported in its period (the data's rows, whatever their measure).
fn average_note(data: &Dataset, lang: Lang) -> Option<String> {
    let b = data.brief(AVERAGE)?;
    let (y0, y1) = b.period_or_date.split_once('/')?;
    let (y0, y1): (i32, i32) = (y0.trim().parse().ok()?, y1.trim().parse().ok()?);
    let avg = b.value? / 1000.0;
    let years = y1 - y0 + 1;
    let rows: Vec<&CompatriotsRow> = data
        .compatriots
        .iter()
        .filter(|r| (y0..=y1).contains(&r.year))
        .collect();
    let sum: f64 = rows.iter().map(|r| r.value_persons / 1000.0).sum();
    let missing: Vec<String> = (y0..=y1)
        .filter(|y| !rows.iter().any(|r| r.year == *y))
        .map(|y| y.to_string())
        .collect();
    let above: Vec<&&CompatriotsRow> = rows
        .iter()
        .filter(|r| r.value_persons / 1000.0 > avg)
        .collect();
    let lowest = above
        .iter()
        .map(|r| r.value_persons / 1000.0)
        .fold(f64::INFINITY, f64::min);
    let span = match (above.first(), above.last()) {
        (Some(a), Some(z)) if z.year - a.year + 1 == above.len() as i32 => {
            format!("{}–{}", a.year, z.year)
        }
        _ => above
            .iter()
            .map(|r| r.year.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let room = avg * f64::from(years) - sum;
    let n = |v: f64| lang.num(v, 0);
    Some(lang.f(
        "chart-compatriots-the-brief-says-arrivals",
        &[
            ("y0", &y0.to_string()),
            ("y1", &y1.to_string()),
            ("years", &years.to_string()),
            ("span", &span.to_string()),
            ("avg", &(n(avg)).to_string()),
            ("years2", &(n(avg * f64::from(years))).to_string()),
            ("len", &(rows.len()).to_string()),
            ("sum", &(n(sum)).to_string()),
            ("lowest", &(n(lowest)).to_string()),
            ("join", &(missing.join(", ")).to_string()),
            ("room", &(n(room)).to_string()),
        ],
    ))
}

/// Who reported what, in words: "FMS via Interfax; MVD via …", each pair once.
fn sources_words(pts: &[Point], lang: Lang) -> String {
    let mut pairs: Vec<String> = Vec::new();
    for p in pts {
        let s = format!(
            "{} {} {}",
            p.source,
            lang.t("chart-compatriots-via"),
            p.outlet
        );
        if !pairs.contains(&s) {
            pairs.push(s);
        }
    }
    pairs.join("; ")
}

/// The event line of the footer, without ids: "Event dates: the brief."
fn events_words(evs: &[Event], data: &Dataset, lang: Lang) -> String {
    let Some(b) = evs.first().and_then(|e| data.brief(&e.id)) else {
        return String::new();
    };
    format!(
        "{} {}.",
        lang.t("chart-common-event-dates"),
        brief_citation(&b.brief, lang)
    )
}

fn legend(
    present: &[Measure],
    tajik: Option<&Point>,
    goal: f64,
    level: f64,
    from: i32,
    lang: Lang,
) -> Vec<LegendEntry> {
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
    if let Some(t) = tajik {
        legend.push(LegendEntry {
            mark: Mark::Diamond(tajik_color()),
            label: lang.f(
                "chart-compatriots-of-the-registered-citizens-of",
                &[("year", &(t.year).to_string())],
            ),
        });
    }
    legend.push(LegendEntry {
        mark: Mark::Line {
            color: palette::INK,
            width: style::THIN_WIDTH,
            dashed: true,
        },
        label: format!(
            "{} {} {}",
            lang.t("chart-compatriots-goal-set-in-2012"),
            lang.num(goal, 0),
            lang.t("chart-compatriots-thousand-a-year")
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
            lang.t("chart-compatriots-your-level"),
            lang.num(level, 1),
            lang.t("chart-compatriots-thousand-a-year-from")
        ),
    });
    legend
}

pub(crate) struct Compatriots;

/// The programme's figures, the goal and the reader's level.
pub(crate) struct Model {
    lang: Lang,
    title: String,
    query: String,
    pts: Vec<Point>,
    present: Vec<Measure>,
    /// Thousands a year.
    goal: f64,
    level: f64,
    /// The reader's level starts in this year.
    from: i32,
    /// The year the goal was set (as the brief dates it).
    goal_year: String,
    x: (f64, f64),
    top: f64,
    evs: Vec<Event>,
    legend: Vec<LegendEntry>,
    source: String,
    /// The note on the brief's average.
    note: String,
    /// The table's sources: who reported what, the goal, the citizens of Tajikistan.
    sources: Vec<String>,
    /// Each event with the brief's words for it.
    event_lines: Vec<String>,
}

impl ChartView for Compatriots {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        let lang = req.lang;
        let data = ctx.data();
        let goal = ctx.figures().compat_goal;
        let pts = points(data, lang);
        let (Some(first), Some(last)) = (pts.first(), pts.last()) else {
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
        let max = max0(pts.iter().map(|p| p.value / 1000.0).chain([goal, level]));
        let evs = events(data, lang);
        let present: Vec<Measure> = ORDER
            .iter()
            .copied()
            .filter(|m| pts.iter().any(|p| p.measure == Some(*m)))
            .collect();
        let tajik = pts.iter().find(|p| p.measure.is_none());
        let legend = legend(&present, tajik, goal, level, from, lang);
        let note = average_note(data, lang).unwrap_or_default();
        let source = format!(
            "{} {}. {} {} {}",
            lang.t("chart-compatriots-sources"),
            sources_words(&pts, lang),
            lang.t("chart-compatriots-2012-2020-and-2021-not-found-the"),
            note,
            events_words(&evs, data, lang)
        );
        Ok(Model {
            lang,
            title: lang
                .t("chart-compatriots-compatriots-program-people-moving-to")
                .to_string(),
            query: req.to_query(ctx.table()),
            sources: table_sources(&pts, data, lang),
            event_lines: event_lines(&evs, data, lang),
            goal_year: data
                .brief(GOAL)
                .and_then(|g| g.period_or_date.get(0..4))
                .unwrap_or("")
                .to_string(),
            x: (x0, x1),
            top: style::nice_top(max) * 1.12,
            pts,
            present,
            goal,
            level,
            from,
            evs,
            legend,
            source,
            note,
        })
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        let lang = m.lang;
        let (x0, x1) = m.x;
        let plot_area = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
        let y_fmt = |v: &f64| lang.num(*v, 0);
        let y_desc = [
            lang.t("chart-compatriots-thousand-people-a-year"),
            lang.t("chart-compatriots-thousands"),
        ];
        // The goal, the reader's level and every point: event labels stay off them.
        let last = m.pts.last().map_or(m.from, |p| p.year);
        let lx0 = f64::from(m.from.max(last + 1));
        let (goal, level) = (
            [(x0, m.goal), (x1, m.goal)],
            [(lx0, m.level), (x1, m.level)],
        );
        let at = |p: &Point| (f64::from(p.year) + 0.5, p.value / 1000.0);
        let mut marks: Vec<Vec<(f64, f64)>> = m.pts.iter().map(|p| vec![at(p)]).collect();
        for ms in &m.present {
            let line: Vec<(f64, f64)> = m
                .pts
                .iter()
                .filter(|p| p.measure == Some(*ms))
                .map(at)
                .collect();
            marks.extend(line.windows(2).map(<[_]>::to_vec));
        }
        let mut avoid: Vec<&[(f64, f64)]> = vec![&goal, &level];
        avoid.extend(marks.iter().map(Vec::as_slice));
        let mut chart = style::time_chart(
            &plot_area,
            theme,
            x0..x1,
            0.0..m.top,
            &Axes::years(lang, &y_desc, &y_fmt).density(1.8),
            &m.evs,
            &avoid,
        )?;
        // Goal.
        chart.draw_series(DashedLineSeries::new(
            [(x0, m.goal), (x1, m.goal)],
            theme.width(style::DASH.0),
            theme.width(style::DASH.1),
            theme.stroke(palette::INK, style::THIN_WIDTH),
        ))?;
        layer::end_static(root)?;
        draw_points(&mut chart, theme, &m.pts, &m.present, m.top, x0, lang)?;
        // The reader's level.
        chart.draw_series(LineSeries::new(
            [(lx0, m.level), (x1, m.level)],
            theme.stroke(palette::VERMILLION, 3.0),
        ))?;
        let frame = style::frame_of(&chart);
        root.present()?;
        Ok(frame)
    }

    fn title(m: &Model) -> String {
        m.title.clone()
    }

    fn alt(m: &Model) -> String {
        alt_text(&m.pts, &m.present, m.goal, m.level, m.from, &m.note, m.lang)
    }

    fn table(m: &Model) -> Table {
        table(m)
    }
}

/// Each measure's points (joined when in consecutive years) and their values.
fn draw_points<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, style::XY>,
    theme: &style::Theme,
    pts: &[Point],
    present: &[Measure],
    top: f64,
    x0: f64,
    lang: Lang,
) -> Result<(), ChartError> {
    let small = theme.small_style().color(&palette::INK);
    for m in present {
        let line: Vec<(f64, f64)> = pts
            .iter()
            .filter(|p| p.measure == Some(*m))
            .map(|p| (f64::from(p.year) + 0.5, p.value / 1000.0))
            .collect();
        for w in line.windows(2) {
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
    let (ax, ay) = chart.backend_coord(&(x0, 0.0));
    let (bx, by) = chart.backend_coord(&(x0 + 1.0, top));
    let year_px = f64::from(bx - ax) / theme.scale();
    let plot_px = f64::from(ay - by) / theme.scale();
    let with_values = year_px >= 30.0 && plot_px >= 120.0;
    for p in pts {
        let (color, symbol) = p.measure.map_or((tajik_color(), Symbol::Diamond), |m| {
            (m.color(), m.symbol())
        });
        let at = (f64::from(p.year) + 0.5, p.value / 1000.0);
        chart.draw_series(std::iter::once(
            EmptyElement::at(at) + Polygon::new(symbol.outline(theme.px(4.5)), color.filled()),
        ))?;
        if with_values {
            let k = p.value / 1000.0;
            let text = format!(
                "{}{}",
                qualifier_sign(&p.qualifier),
                lang.num(k, if (k - k.round()).abs() < 1e-9 { 0 } else { 1 })
            );
            let dy = if p.measure.is_none() { 14.0 } else { -20.0 };
            style::label_box(
                chart,
                theme,
                &text,
                &small,
                at,
                (0, theme.px(dy)),
                HPos::Center,
            )?;
        }
    }
    Ok(())
}

/// Every figure in words, by measure, with its qualifier.
fn alt_text(
    pts: &[Point],
    present: &[Measure],
    goal: f64,
    level: f64,
    from: i32,
    note: &str,
    lang: Lang,
) -> String {
    let series: Vec<String> = present
        .iter()
        .map(|m| {
            let vals: Vec<String> = pts
                .iter()
                .filter(|p| p.measure == Some(*m))
                .map(|p| format!("{} {}", p.year, value_words(p, lang)))
                .collect();
            format!("{}: {}", m.label(lang), vals.join(", "))
        })
        .collect();
    let tajik = pts
        .iter()
        .find(|p| p.measure.is_none())
        .map(|p| {
            lang.f(
                "chart-compatriots-of-the-registered-in-citizens",
                &[
                    ("year", &(p.year).to_string()),
                    ("p", &(value_words(p, lang)).to_string()),
                ],
            )
        })
        .unwrap_or_default();
    let (g, l) = (lang.num(goal, 0), lang.num(level, 1));
    lang.f(
        "chart-compatriots-compatriots-program-thousand",
        &[
            ("tajik", &tajik.to_string()),
            ("g", &g.to_string()),
            ("l", &l.to_string()),
            ("from", &from.to_string()),
            ("note", note),
            ("join", &(series.join("; ")).to_string()),
        ],
    )
}

/// The table's sources: who reported what, the goal's and the Tajik share's wording.
fn table_sources(pts: &[Point], data: &Dataset, lang: Lang) -> Vec<String> {
    let mut sources = vec![sources_words(pts, lang)];
    if let Some(g) = data.brief(GOAL) {
        sources.push(format!(
            "{} {}: “{}”",
            lang.t("chart-compatriots-goal"),
            brief_citation(&g.brief, lang),
            g.as_stated
        ));
    }
    if let Some(t) = data.brief(TAJIK_SHARE) {
        sources.push(format!(
            "{} “{}”",
            lang.t("chart-compatriots-citizens-of-tajikistan"),
            t.as_stated
        ));
    }
    sources
}

/// Each event, its date and the brief's words for it.
fn event_lines(evs: &[Event], data: &Dataset, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for e in evs {
        let said = data.brief(&e.id).map_or("", |b| b.as_stated.as_str());
        out.push(format!(
            "{} {} ({}): “{said}”",
            lang.t("chart-common-event"),
            e.label,
            crate::num::fixed(e.date, 3)
        ));
    }
    out
}

/// The table's columns but the measures' (which follow the year).
const COLUMNS: [ColumnSpec; 8] = [
    ("year", "chart-compatriots-col-year", Unit::None),
    (
        "registered_citizens_of_tajikistan",
        "chart-compatriots-col-registered-citizens-of-tajikistan",
        Unit::Persons,
    ),
    ("qualifier", "chart-compatriots-col-qualifier", Unit::None),
    (
        "measure_as_reported",
        "chart-compatriots-col-measure-as-reported",
        Unit::None,
    ),
    ("source", "chart-compatriots-col-source", Unit::None),
    (
        "reported_by",
        "chart-compatriots-col-reported-by",
        Unit::None,
    ),
    (
        "reported_on",
        "chart-compatriots-col-reported-on",
        Unit::None,
    ),
    ("url", "chart-compatriots-col-url", Unit::None),
];

/// The columns of the lines drawn across the chart.
const LINE_COLUMNS: [ColumnSpec; 3] = [
    ("line", "chart-compatriots-col-line", Unit::None),
    (
        "persons_per_year",
        "chart-compatriots-col-persons-per-year",
        Unit::Persons,
    ),
    ("from_year", "chart-compatriots-col-from-year", Unit::None),
];

/// The two lines drawn across the chart: the goal and the reader's level.
fn lines_section(m: &Model) -> Section {
    let lang = m.lang;
    let mut lines = Section::of(lang, &LINE_COLUMNS);
    lines.rows.push(vec![
        Cell::text("goal"),
        Cell::val(m.goal * 1000.0, 0),
        Cell::text(&m.goal_year),
    ]);
    lines.rows.push(vec![
        Cell::text("your_level"),
        Cell::val(m.level * 1000.0, 0),
        Cell::int(m.from),
    ]);
    lines
}

/// One row per figure, one value column per measure (and one for the citizens of
/// Tajikistan among the registered), with the qualifier, wording and sources; then the two
/// lines drawn across the chart, as a second section of their own.
fn table(m: &Model) -> Table {
    let lang = m.lang;
    let mut t = Table::new(&m.title, lang, &m.query, m.sources.clone());
    t.notes.extend(m.event_lines.iter().cloned());
    t.notes.push(m.note.clone());
    let persons = Unit::Persons.word(lang);
    let mut cols = columns(lang, &COLUMNS[..1]);
    for ms in ORDER {
        cols.push(Column::new(ms.column(), ms.label(lang), persons));
    }
    cols.extend(columns(lang, &COLUMNS[1..]));
    let mut s = Section::new(cols);
    for p in &m.pts {
        let mut row = vec![Cell::int(p.year)];
        for ms in ORDER.map(Some).into_iter().chain([None]) {
            row.push(if p.measure == ms {
                Cell::val(p.value, 0)
            } else {
                Cell::Empty
            });
        }
        for text in [
            qualifier_words(&p.qualifier, lang),
            &p.as_reported,
            &p.source,
            &p.outlet,
            &p.reported_on,
            &p.url,
        ] {
            row.push(Cell::text(text));
        }
        s.rows.push(row);
    }
    t.sections.push(s);
    t.sections.push(lines_section(m));
    t
}
