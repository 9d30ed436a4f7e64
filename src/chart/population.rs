//! The population view: total population of one country, 1950–2100, as UN WPP 2024 gives
//! it — estimates up to the last observed year, then the medium projection with its 80 %
//! and 95 % prediction intervals and the low/high (±0.5 child) fertility variants. All
//! projected series start from the last estimate so the lines join. Values are shown in
//! millions (the data is in thousands, year-end).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::style::{self, palette, Decorations, LegendEntry, Mark, PlotFrame, Theme};
use super::ChartError;
use crate::data::{CountryData, PopTotalRow};

/// Source line of every WPP population view.
pub const WPP_SOURCE: &str = "Source: UN WPP 2024 (CC BY 3.0 IGO), year-end totals";

const ESTIMATE_COLOR: RGBColor = palette::INK;
const MEDIUM_COLOR: RGBColor = palette::BLUE;
const VARIANT_COLOR: RGBColor = palette::VERMILLION;
/// Tints of the medium line's hue for the prediction intervals: the inner (80 %) band is
/// darker, so the two read apart in greyscale too.
fn band80() -> RGBColor {
    style::tint(MEDIUM_COLOR, 0.36)
}
fn band95() -> RGBColor {
    style::tint(MEDIUM_COLOR, 0.16)
}

/// The series of the view, in millions, each a list of `(year, value)`.
struct Series {
    estimate: Vec<(i32, f64)>,
    medium: Vec<(i32, f64)>,
    low: Vec<(i32, f64)>,
    high: Vec<(i32, f64)>,
    /// `(year, lower, upper)`.
    band80: Vec<(i32, f64, f64)>,
    band95: Vec<(i32, f64, f64)>,
}

fn millions(v: f64) -> f64 {
    v / 1000.0
}

impl Series {
    fn of(country: &CountryData) -> Result<Series, ChartError> {
        let missing = |series: &'static str| ChartError::MissingSeries {
            country: country.info.iso3.clone(),
            series,
        };
        let rows = &country.pop_total;
        let estimate: Vec<(i32, f64)> = rows
            .iter()
            .filter_map(|r| r.estimate.map(|v| (r.year, millions(v))))
            .collect();
        let &(anchor_year, anchor) = estimate.last().ok_or_else(|| missing("estimate"))?;
        let line = |get: fn(&PopTotalRow) -> Option<f64>| -> Vec<(i32, f64)> {
            std::iter::once((anchor_year, anchor))
                .chain(
                    rows.iter()
                        .filter(|r| r.year > anchor_year)
                        .filter_map(|r| get(r).map(|v| (r.year, millions(v)))),
                )
                .collect()
        };
        let band = |lo: fn(&PopTotalRow) -> Option<f64>,
                    hi: fn(&PopTotalRow) -> Option<f64>|
         -> Vec<(i32, f64, f64)> {
            std::iter::once((anchor_year, anchor, anchor))
                .chain(
                    rows.iter()
                        .filter(|r| r.year > anchor_year)
                        .filter_map(|r| Some((r.year, millions(lo(r)?), millions(hi(r)?)))),
                )
                .collect()
        };
        let s = Series {
            medium: line(|r| r.medium),
            low: line(|r| r.low),
            high: line(|r| r.high),
            band80: band(|r| r.lower80, |r| r.upper80),
            band95: band(|r| r.lower95, |r| r.upper95),
            estimate,
        };
        if s.medium.len() < 2 {
            return Err(missing("medium projection"));
        }
        Ok(s)
    }

    fn last_estimate_year(&self) -> i32 {
        self.estimate.last().map_or(0, |p| p.0)
    }

    fn max(&self) -> f64 {
        let lines = [&self.estimate, &self.medium, &self.low, &self.high];
        let line_max = lines.iter().flat_map(|l| l.iter().map(|p| p.1));
        let band_max = self.band95.iter().chain(&self.band80).map(|b| b.2);
        line_max.chain(band_max).fold(0.0, f64::max)
    }

    fn year_span(&self) -> (i32, i32) {
        let first = self.estimate.first().map_or(0, |p| p.0);
        let last = [&self.medium, &self.low, &self.high]
            .iter()
            .filter_map(|l| l.last().map(|p| p.0))
            .chain(self.band95.last().map(|b| b.0))
            .max()
            .unwrap_or(first);
        (first, last)
    }
}

/// A closed polygon around a band: the upper edge forwards, the lower edge back.
fn band_polygon(band: &[(i32, f64, f64)]) -> Vec<(i32, f64)> {
    band.iter()
        .map(|&(y, _, hi)| (y, hi))
        .chain(band.iter().rev().map(|&(y, lo, _)| (y, lo)))
        .collect()
}

/// The legend of the view, in drawing order of importance.
fn legend(s: &Series) -> Vec<LegendEntry> {
    let (first, _) = s.year_span();
    vec![
        LegendEntry {
            mark: Mark::Line {
                color: ESTIMATE_COLOR,
                width: style::LINE_WIDTH,
                dashed: false,
            },
            label: format!("Estimates {first}–{}", s.last_estimate_year()),
        },
        LegendEntry {
            mark: Mark::Line {
                color: MEDIUM_COLOR,
                width: style::LINE_WIDTH,
                dashed: false,
            },
            label: "Medium projection".into(),
        },
        LegendEntry {
            mark: Mark::Band(band80()),
            label: "80 % interval".into(),
        },
        LegendEntry {
            mark: Mark::Band(band95()),
            label: "95 % interval".into(),
        },
        LegendEntry {
            mark: Mark::Line {
                color: VARIANT_COLOR,
                width: style::THIN_WIDTH,
                dashed: true,
            },
            label: "Low / high variants (±0.5 child)".into(),
        },
    ]
}

/// Draw the population view of `country` onto `root` at `theme`'s scale and present it.
/// Returns the plot box in backend pixels.
pub fn population<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    country: &CountryData,
    theme: &Theme,
) -> Result<PlotFrame, ChartError> {
    let s = Series::of(country)?;
    let (first, last) = s.year_span();
    let deco = Decorations {
        title: format!("{}: total population, {first}–{last}", country.info.name_en),
        legend: legend(&s),
        source: WPP_SOURCE.into(),
    };
    let plot_area = style::decorate(root, theme, &deco)?;
    let top = style::nice_top(s.max());

    let mut chart = ChartBuilder::on(&plot_area)
        .x_label_area_size(theme.px(style::TEXT_SIZE * 3.0))
        .y_label_area_size(theme.px(style::TEXT_SIZE * 4.0 + 8.0))
        .margin_right(theme.px(style::MARGIN))
        .margin_top(theme.px(2.0))
        .build_cartesian_2d(first..last, 0.0..top)?;

    let (w, h) = chart.plotting_area().dim_in_pixel();
    let css = |px: u32| f64::from(px) / theme.scale();
    let tick_font = theme.small_style().color(&palette::INK);
    let axis_font = theme.text_style();
    let y_desc = style::fitting(
        &plot_area,
        theme,
        &["Population (millions)", "Millions"],
        &axis_font,
        i32::try_from(h).unwrap_or(i32::MAX),
    )?;
    let y_fmt = |v: &f64| style::tick_label(*v, top);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels((css(w) / 60.0).clamp(3.0, 16.0) as usize)
        .y_labels((css(h) / 40.0).clamp(3.0, 12.0) as usize)
        .y_label_formatter(&y_fmt)
        .x_desc("Year")
        .y_desc(y_desc)
        .axis_desc_style(axis_font)
        .label_style(tick_font)
        .set_all_tick_mark_size(theme.px(4.0))
        .bold_line_style(theme.stroke(palette::GRID, 1.0))
        .light_line_style(TRANSPARENT)
        .axis_style(theme.stroke(palette::AXIS, 1.0))
        .draw()?;

    chart.draw_series(std::iter::once(Polygon::new(
        band_polygon(&s.band95),
        band95().filled(),
    )))?;
    chart.draw_series(std::iter::once(Polygon::new(
        band_polygon(&s.band80),
        band80().filled(),
    )))?;

    // The boundary between estimates and projections, labelled on both sides.
    let split = s.last_estimate_year();
    chart.draw_series(DashedLineSeries::new(
        [(split, 0.0), (split, top)],
        theme.width(3.0),
        theme.width(3.0),
        theme.stroke(palette::AXIS, 1.0),
    ))?;
    let (sx, sy) = chart.backend_coord(&(split, top));
    let (bx, by) = plot_area.get_base_pixel();
    let note = theme.small_style();
    let gap = theme.px(5.0);
    plot_area.draw(&Text::new(
        "estimates",
        (sx - gap - bx, sy + gap - by),
        note.pos(Pos::new(HPos::Right, VPos::Top)),
    ))?;
    plot_area.draw(&Text::new(
        "projections",
        (sx + gap - bx, sy + gap - by),
        note.pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;

    let variant = theme.stroke(VARIANT_COLOR, style::THIN_WIDTH);
    for line in [&s.low, &s.high] {
        chart.draw_series(DashedLineSeries::new(
            line.iter().copied(),
            theme.width(style::DASH.0),
            theme.width(style::DASH.1),
            variant,
        ))?;
    }
    chart.draw_series(LineSeries::new(
        s.medium.iter().copied(),
        theme.stroke(MEDIUM_COLOR, style::LINE_WIDTH),
    ))?;
    chart.draw_series(LineSeries::new(
        s.estimate.iter().copied(),
        theme.stroke(ESTIMATE_COLOR, style::LINE_WIDTH),
    ))?;

    let (left, top_px) = chart.backend_coord(&(first, top));
    let (right, bottom) = chart.backend_coord(&(last, 0.0));
    root.present()?;
    Ok(PlotFrame {
        left,
        top: top_px,
        right,
        bottom,
        x_range: (f64::from(first), f64::from(last)),
        y_range: (0.0, top),
    })
}

/// A one-sentence text equivalent of the population view, for screen readers.
pub fn population_description(country: &CountryData) -> Result<String, ChartError> {
    let s = Series::of(country)?;
    let fmt = style::format_millions;
    let mut text = String::new();
    if let (Some(&(y0, v0)), Some(&(y1, v1))) = (s.estimate.first(), s.estimate.last()) {
        text.push_str(&format!(
            "{}: total population {} million at the end of {y0} and {} million at the end of {y1} (UN WPP 2024 estimates)",
            country.info.name_en,
            fmt(v0),
            fmt(v1)
        ));
    }
    if let Some(&(y, v)) = s.medium.last() {
        text.push_str(&format!(
            "; medium projection {} million at the end of {y}",
            fmt(v)
        ));
        if let Some(&(by, lo, hi)) = s.band95.last() {
            if by == y {
                text.push_str(&format!(
                    ", 95 % prediction interval {}–{} million",
                    fmt(lo),
                    fmt(hi)
                ));
            }
        }
    }
    text.push('.');
    Ok(text)
}
