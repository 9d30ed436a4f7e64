//! The remittances view: personal remittances received as a share of GDP by Kyrgyzstan,
//! Tajikistan, Uzbekistan, Armenia, Georgia and Kazakhstan — World Bank history 2010–2023,
//! the share computed from the two current-dollar series (not the Bank's own % series) —
//! and, for the three countries whose migrant stock in Russia a lever moves (Kyrgyzstan,
//! Tajikistan, Uzbekistan), the scenario path of [`crate::scenario::remittance_paths`]:
//! remittances assumed to come from Russia move with that stock, GDP held at its last
//! value. The relokanty brief's unsourced "about 30 %" for Kyrgyzstan is a separate marked
//! point. The country shown is drawn heavier; lines are labelled at their ends.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::data::Dataset;
use crate::scenario::{remittance_paths, RemittancePath, Scenario};

use super::super::ctx::Ctx;
use super::super::events::{brief_citation, events, events_notes, events_source, Event};
use super::super::i18n::Lang;
use super::super::layer;
use super::super::request::ViewRequest;
use super::super::style::{self, palette, Axes, LegendEntry, Mark, PlotFrame, Theme, XY};
use super::super::table::{Cell, ColumnSpec, Section, Table, Unit};
use super::super::ChartError;
use super::shared::max0;
use super::ChartView;

const COLORS: [RGBColor; 6] = [
    palette::VERMILLION,
    palette::BLUE,
    palette::GREEN,
    palette::ORANGE,
    palette::PURPLE,
    palette::SKY_BLUE,
];

/// Spread label positions (pixel y, sorted) at least `gap` apart, keeping their order.
fn spread(ys: &mut [(i32, usize)], gap: i32, lo: i32, hi: i32) {
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

/// The relokanty brief's "about 30 %" of GDP for Kyrgyzstan's remittances (RK093): it gives
/// no source and no year, so the chart marks it at the year of the brief's Kyrgyz transfers
/// (RK082, 2022) and says so.
struct BriefPoint {
    iso3: String,
    value: f64,
    year: i32,
    citation: &'static str,
}

fn brief_point(data: &Dataset, lang: Lang) -> Option<BriefPoint> {
    let b = data.brief("RK093")?;
    let year = data
        .brief("RK082")?
        .period_or_date
        .trim()
        .get(0..4)?
        .parse()
        .ok()?;
    Some(BriefPoint {
        // The figure is Kyrgyzstan's (the id says so); the wasm build's embedded briefs carry
        // no country column, so it is not read from the row.
        iso3: "KGZ".to_string(),
        value: b.value?,
        year,
        citation: brief_citation(&b.brief, lang),
    })
}

/// The brief's point in words: who says it, that it has no source or year, where it is drawn.
fn brief_words(b: &BriefPoint, name: &str, lang: Lang) -> String {
    let v = lang.num(b.value, 0);
    lang.f(
        "chart-remittances-about-of-gdp-with-no-source",
        &[
            ("name", name),
            ("v", &v.to_string()),
            ("citation", (b.citation)),
            ("year", &(b.year).to_string()),
        ],
    )
}

struct Line {
    iso: String,
    name: String,
    color: RGBColor,
    hist: Vec<(f64, f64)>,
    path: Vec<(f64, f64)>,
}

fn lines_of(paths: &[RemittancePath], data: &Dataset, lang: Lang, x1: f64) -> Vec<Line> {
    paths
        .iter()
        .enumerate()
        .map(|(k, p)| Line {
            iso: p.iso3.clone(),
            name: data
                .country_info(&p.iso3)
                .map(|c| lang.country(c).to_string())
                .unwrap_or_else(|| p.iso3.clone()),
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
        .collect()
}

/// Names of the countries with (`true`) or without a scenario path, joined.
fn names_where(lines: &[Line], with_path: bool, lang: Lang) -> String {
    let names: Vec<&str> = lines
        .iter()
        .filter(|l| l.path.is_empty() != with_path)
        .map(|l| l.name.as_str())
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!(
                "{} {} {last}",
                rest.join(", "),
                lang.t("chart-remittances-and")
            )
        }
        Some((last, _)) => last.to_string(),
        None => String::new(),
    }
}

/// Years of the World Bank history shown: (first, last).
fn history_span(paths: &[RemittancePath]) -> (i32, i32) {
    let years = || paths.iter().flat_map(|p| p.history.iter().map(|h| h.year));
    (years().min().unwrap_or(2010), years().max().unwrap_or(2023))
}

fn legend(lang: Lang, span: (i32, i32), brief: Option<&(BriefPoint, String)>) -> Vec<LegendEntry> {
    let line = |dashed| Mark::Line {
        color: palette::INK,
        width: style::LINE_WIDTH,
        dashed,
    };
    let mut out = vec![
        LegendEntry {
            mark: line(false),
            label: lang.f(
                "chart-remittances-computed-from-world-bank",
                &[
                    ("first", &(span.0).to_string()),
                    ("last", &(span.1).to_string()),
                ],
            ),
        },
        LegendEntry {
            mark: line(true),
            label: lang.f(
                "chart-remittances-scenario-migrants-in-russia",
                &[("span", &(span.1).to_string())],
            ),
        },
    ];
    if let Some((b, name)) = brief {
        out.push(LegendEntry {
            mark: Mark::Diamond(palette::INK),
            label: lang.f(
                "chart-remittances-brief-unsourced",
                &[("name", name), ("v", &lang.num(b.value, 0))],
            ),
        });
    }
    out
}

fn source_line(lines: &[Line], brief: Option<&(BriefPoint, String)>, lang: Lang) -> String {
    let with = names_where(lines, true, lang);
    let without = names_where(lines, false, lang);
    let mut out = lang.f(
        "chart-remittances-source-line",
        &[("with", &with), ("without", &without)],
    );
    if let Some((b, name)) = brief {
        out.push_str(&format!(" ◆ {}.", brief_words(b, name, lang)));
    }
    out
}

/// The text alternative: each country's last computed share and, where it has a scenario,
/// its end value; the brief's point beside the computed values of its year and the last.
fn alt_text(
    lines: &[Line],
    brief: Option<&(BriefPoint, String)>,
    span: (i32, i32),
    end_year: i32,
    lang: Lang,
) -> String {
    let at = |pts: &[(f64, f64)], year: f64| {
        pts.iter()
            .find(|p| (p.0 - 0.5 - year).abs() < 1e-9)
            .map(|p| p.1)
    };
    let parts: Vec<String> = lines
        .iter()
        .filter_map(|l| {
            let h = l.hist.last()?;
            Some(match at(&l.path, f64::from(end_year)) {
                Some(e) => format!("{} {} → {}", l.name, lang.num(h.1, 1), lang.num(e, 1)),
                None => format!(
                    "{} {} ({})",
                    l.name,
                    lang.num(h.1, 1),
                    lang.t("chart-remittances-history-only")
                ),
            })
        })
        .collect();
    let mut out = lang.f(
        "chart-remittances-remittances-received-as-a",
        &[
            ("end_year", &end_year.to_string()),
            ("span", &(span.1).to_string()),
            ("join", &(parts.join("; ")).to_string()),
        ],
    );
    if let Some((b, name)) = brief {
        let line = lines.iter().find(|l| l.iso == b.iso3);
        let years: Vec<String> = [b.year, span.1]
            .iter()
            .filter_map(|y| {
                let v = at(&line?.hist, f64::from(*y))?;
                Some(lang.f(
                    "chart-remittances-in",
                    &[("y", &y.to_string()), ("v", &(lang.num(v, 1)).to_string())],
                ))
            })
            .collect();
        out.push(' ');
        out.push_str(&lang.f(
            "chart-remittances-alt-brief",
            &[
                ("name", name),
                ("years", &years.join(", ")),
                ("brief", &brief_words(b, name, lang)),
            ],
        ));
    }
    out
}

/// The CSV's `#` source lines: the data, the model, and each country's share (or none).
fn csv_sources(paths: &[RemittancePath], lines: &[Line], lang: Lang) -> Vec<String> {
    let mut out = vec![
        lang.t("chart-remittances-world-bank-wdi-cc-by-4-0-personal")
            .to_string(),
        lang.t("chart-remittances-scenario-the-part-of-remittances")
            .to_string(),
    ];
    for (p, l) in paths.iter().zip(lines) {
        let measure = lang.choice(p.stock_measure.as_str());
        out.push(match p.share_from_russia {
            Some(sh) => lang.f(
                "chart-remittances-csv-share",
                &[
                    ("name", &l.name),
                    ("share", &crate::num::fixed(sh, 0)),
                    ("source", lang.data(&p.share_source, &p.share_source_ru)),
                    ("measure", measure),
                ],
            ),
            None => lang.f("chart-remittances-csv-history-only", &[("name", &l.name)]),
        });
    }
    out
}

pub(crate) struct Remittances;

/// Each country's history and scenario path, and the brief's point.
pub(crate) struct Model {
    lang: Lang,
    title: String,
    query: String,
    paths: Vec<RemittancePath>,
    lines: Vec<Line>,
    brief: Option<(BriefPoint, String)>,
    /// Years of the World Bank history.
    span: (i32, i32),
    /// The last year the text alternative reads.
    end_year: i32,
    x: (f64, f64),
    top: f64,
    evs: Vec<Event>,
    /// The country shown (drawn heavier).
    shown: String,
    legend: Vec<LegendEntry>,
    source: String,
}

impl ChartView for Remittances {
    type Model = Model;

    fn model(ctx: &mut Ctx<'_>, req: &ViewRequest) -> Result<Model, ChartError> {
        let lang = req.lang;
        let data = ctx.data();
        let result = ctx.project(&req.scenario)?;
        let paths = remittance_paths(data, &result)?;
        if paths.is_empty() {
            return Err(ChartError::MissingSeries {
                country: "KGZ, TJK, UZB, ARM, GEO, KAZ".into(),
                series: "World Bank remittances",
            });
        }
        let horizon = horizon(&req.scenario, f64::from(ctx.figures().last_year));
        let span = history_span(&paths);
        let x1 = horizon + 1.0;
        let lines = lines_of(&paths, data, lang, x1);
        let brief = brief_point(data, lang).map(|b| {
            let name = lines
                .iter()
                .find(|l| l.iso == b.iso3)
                .map_or_else(|| b.iso3.clone(), |l| l.name.clone());
            (b, name)
        });
        let max = max0(
            lines
                .iter()
                .flat_map(|l| l.hist.iter().chain(&l.path).map(|p| p.1))
                .chain(brief.iter().map(|(b, _)| b.value)),
        );
        let evs = events(data, lang);
        let source = format!(
            "{} {}",
            source_line(&lines, brief.as_ref(), lang),
            events_source(&evs, data, lang)
        );
        Ok(Model {
            lang,
            title: lang
                .t("chart-remittances-remittances-received-as-a-share-of")
                .to_string(),
            query: req.to_query(ctx.table()),
            legend: legend(lang, span, brief.as_ref()),
            source,
            end_year: horizon.min(2050.0) as i32,
            x: (f64::from(span.0), x1),
            top: style::nice_top(max) * 1.15,
            shown: req.scenario.country.to_ascii_uppercase(),
            paths,
            lines,
            brief,
            span,
            evs,
        })
    }

    fn draw<DB: DrawingBackend>(
        m: &Model,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> Result<PlotFrame, ChartError> {
        let lang = m.lang;
        let plot_area = style::decorate(root, theme, &m.title, &m.legend, &m.source)?;
        let y_fmt = |v: &f64| lang.num(*v, 0);
        let y_desc = [
            lang.t("chart-remittances-percent-of-gdp-computed"),
            lang.t("chart-remittances-of-gdp"),
        ];
        // Room at the right for the end labels.
        let label_room = m
            .lines
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
        let (chart_area, _) =
            plot_area.split_horizontally(i32::try_from(w).unwrap_or(0) - label_room);
        let avoid: Vec<&[(f64, f64)]> = m
            .lines
            .iter()
            .flat_map(|l| [l.hist.as_slice(), l.path.as_slice()])
            .collect();
        let mut chart = style::time_chart(
            &chart_area,
            theme,
            m.x.0..m.x.1,
            0.0..m.top,
            &Axes::years(lang, &y_desc, &y_fmt),
            &m.evs,
            &avoid,
        )?;
        layer::end_static(root)?;
        draw_lines(&mut chart, theme, m)?;
        let frame = style::frame_of(&chart);
        end_labels(&chart, root, theme, m, &frame)?;
        root.present()?;
        Ok(frame)
    }

    fn title(m: &Model) -> String {
        m.title.clone()
    }

    fn alt(m: &Model) -> String {
        alt_text(&m.lines, m.brief.as_ref(), m.span, m.end_year, m.lang)
    }

    fn table(m: &Model) -> Table {
        table(m)
    }
}

/// The last year drawn: 2050, or later when a labour lever keeps changing the stock after
/// it (or the Crocus drop ends later), at most 2100.
fn horizon(s: &Scenario, last_year: f64) -> f64 {
    let labour = s.lab_uzb != 0.0 || s.lab_tjk != 0.0 || s.lab_kgz != 0.0;
    max0(
        [
            2050.0,
            if labour { s.lab_year + 1.0 } else { 0.0 },
            if s.crocus_end < last_year {
                s.crocus_end + 1.0
            } else {
                0.0
            },
        ]
        .into_iter(),
    )
    .min(2100.0)
}

/// Each country's history (solid) and scenario path (dashed), and the brief's point.
fn draw_lines<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, XY>,
    theme: &Theme,
    m: &Model,
) -> Result<(), ChartError> {
    for l in &m.lines {
        let width = if l.iso == m.shown {
            3.5
        } else {
            style::LINE_WIDTH
        };
        let stroke = theme.stroke(l.color, width);
        chart.draw_series(LineSeries::new(l.hist.iter().copied(), stroke))?;
        if l.path.is_empty() {
            continue;
        }
        let dashed: Vec<(f64, f64)> = l.hist.last().into_iter().chain(&l.path).copied().collect();
        chart.draw_series(DashedLineSeries::new(
            dashed,
            theme.width(style::DASH.0),
            theme.width(style::DASH.1),
            stroke,
        ))?;
    }
    if let Some((b, _)) = &m.brief {
        let size = theme.px(5.0);
        chart.draw_series(std::iter::once(
            EmptyElement::at((f64::from(b.year) + 0.5, b.value))
                + Polygon::new(
                    vec![(0, -size), (size, 0), (0, size), (-size, 0)],
                    palette::INK.filled(),
                ),
        ))?;
    }
    Ok(())
}

/// The countries' names at the ends of their lines, spread so they do not overlap.
fn end_labels<DB: DrawingBackend>(
    chart: &ChartContext<'_, DB, XY>,
    root: &DrawingArea<DB, Shift>,
    theme: &Theme,
    m: &Model,
    frame: &PlotFrame,
) -> Result<(), ChartError> {
    let mut ys: Vec<(i32, usize)> = m
        .lines
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
        if let Some(l) = m.lines.get(k) {
            let st = if l.iso == m.shown {
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
    Ok(())
}

/// The table's columns.
const COLUMNS: [ColumnSpec; 6] = [
    ("iso3", "chart-remittances-col-iso3", Unit::None),
    ("year", "chart-remittances-col-year", Unit::None),
    ("kind", "chart-remittances-col-kind", Unit::None),
    (
        "stock_in_russia",
        "chart-remittances-col-stock-in-russia",
        Unit::Thousand,
    ),
    (
        "remittances_usd",
        "chart-remittances-col-remittances-usd",
        Unit::UsDollars,
    ),
    ("pct_gdp", "chart-remittances-col-pct-gdp", Unit::Percent),
];

/// One row per country and year (World Bank history, then the scenario), and the brief's
/// point as a row of its own.
fn table(m: &Model) -> Table {
    let lang = m.lang;
    let mut sources = csv_sources(&m.paths, &m.lines, lang);
    if let Some((b, name)) = &m.brief {
        sources.push(format!(
            "{} {}",
            lang.t("chart-remittances-row-kind-brief-no-year"),
            brief_words(b, name, lang)
        ));
    }
    let mut t = Table::new(&m.title, lang, &m.query, sources);
    t.notes.extend(events_notes(&m.evs, lang));
    let mut s = Section::of(lang, &COLUMNS);
    for p in &m.paths {
        let iso = || Cell::text(&p.iso3);
        for h in &p.history {
            s.rows.push(vec![
                iso(),
                Cell::int(h.year),
                Cell::text("world_bank"),
                Cell::Empty,
                Cell::val(h.remittances_usd, 0),
                Cell::val(h.pct_gdp, 3),
            ]);
        }
        for q in &p.path {
            s.rows.push(vec![
                iso(),
                Cell::int(q.year),
                Cell::text("scenario"),
                Cell::val(q.stock_in_russia, 3),
                Cell::val(q.remittances_usd, 0),
                Cell::val(q.pct_gdp, 3),
            ]);
        }
        if let Some((b, _)) = m.brief.as_ref().filter(|(b, _)| b.iso3 == p.iso3) {
            s.rows.push(vec![
                iso(),
                Cell::Empty,
                Cell::text("brief"),
                Cell::Empty,
                Cell::Empty,
                Cell::val(b.value, 3),
            ]);
        }
    }
    t.sections.push(s);
    t
}
