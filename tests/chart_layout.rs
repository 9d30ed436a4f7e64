//! Layout of the chart's words at a phone's width (390 CSS pixels, the widget at 390×844)
//! and a desktop's (1280): every text drawn lies wholly inside the canvas as the theme
//! measures it (legends wrap instead of running off the edge), a legend keeps every entry
//! on a phone that it shows on a desktop, and the briefs' event labels never cover a data
//! line. Each view is drawn to SVG (`SVGBackend::with_string`) by the same code as the
//! canvas, in English and Russian.

use crossroads::chart::style::{segment_hits_box, SMALL_SIZE, TEXT_SIZE, TITLE_SIZE};
use crossroads::chart::{render_svg, PlotFrame, Renderer, Theme};
use crossroads::scenario::{embedded_data, VIEWS};
use plotters::prelude::*;

/// The screenshots' scenario: a lever in every view, B = Rosstat medium, Rosstat overlaid.
const SCENARIO: &str = "tfr_shift=0.2&lab_tjk=-500&crocus_end=2030&rel_return=30";

fn extra(view: &str) -> &'static str {
    match view {
        "compare" => "&b=rosstat_medium",
        "projection" => "&presets=rosstat",
        "pyramid" => "&year=2050",
        _ => "",
    }
}

/// Canvas sizes, CSS pixels: the phone layout's chart heights (www/crossroads-style.js:
/// `--phone-chart`, 125 % or 175 % of the width, within 50 % or 72 % of 844) and a desktop.
fn sizes(view: &str) -> [(u32, u32); 2] {
    let tall = !matches!(view, "projection" | "pyramid");
    [(390, if tall { 607 } else { 422 }), (1280, 800)]
}

fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    let len = element[start..].find('"')?;
    Some(&element[start..start + len])
}

fn num(element: &str, name: &str) -> f64 {
    attr(element, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn unescape(s: &str) -> String {
    s.trim()
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A text element: its attributes and its text.
struct Text {
    el: String,
    body: String,
}

fn texts(svg: &str) -> Vec<Text> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|rest| {
            let close = rest.find('>')?;
            Some(Text {
                el: format!(" {}", &rest[..close]),
                body: unescape(&rest[close + 1..rest.find("</text>")?]),
            })
        })
        .collect()
}

/// The theme's size of a text from the font size plotters wrote (points at 1.24 px).
fn style_of(t: &Text, theme: &Theme) -> TextStyle<'static> {
    let px = num(&t.el, "font-size") * 1.24;
    let size = [TITLE_SIZE, TEXT_SIZE, SMALL_SIZE]
        .into_iter()
        .min_by(|a, b| (a - px).abs().total_cmp(&(b - px).abs()))
        .unwrap();
    match size {
        s if s == TITLE_SIZE => theme.title_style(),
        s if s == TEXT_SIZE => theme.text_style(),
        _ => theme.small_style(),
    }
}

fn draw(r: &mut Renderer<'static>, q: &str, size: (u32, u32)) -> (String, PlotFrame) {
    let (svg, out) = render_svg(r, q, size).unwrap_or_else(|e| panic!("{q}: {e}"));
    (svg, out.frame)
}

#[test]
fn every_text_lies_inside_the_canvas_at_phone_and_desktop_widths() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let theme = Theme::default().with_char_metrics();
    let mut checked = 0;
    for view in VIEWS {
        for lang in ["en", "ru"] {
            for (w, h) in sizes(view) {
                let q = format!("view={view}&lang={lang}&{SCENARIO}{}", extra(view));
                let (svg, _) = draw(&mut r, &q, (w, h));
                let mut scratch = String::new();
                let area = SVGBackend::with_string(&mut scratch, (w, h)).into_drawing_area();
                for t in texts(&svg) {
                    if t.el.contains("transform") || t.body.is_empty() {
                        continue; // axis titles drawn along the axis
                    }
                    let (tw, _) = theme
                        .measure(&area, &t.body, &style_of(&t, &theme))
                        .unwrap();
                    let (x, y) = (num(&t.el, "x"), num(&t.el, "y"));
                    let tw = f64::from(tw);
                    let (x0, x1) = match attr(&t.el, "text-anchor") {
                        Some("middle") => (x - tw / 2.0, x + tw / 2.0),
                        Some("end") => (x - tw, x),
                        _ => (x, x + tw),
                    };
                    assert!(
                        x0 >= -0.5 && x1 <= f64::from(w) + 0.5 && (0.0..=f64::from(h)).contains(&y),
                        "{q} at {w}×{h}: “{}” spans x {x0:.0}…{x1:.0}, y {y:.0}",
                        t.body
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} texts checked");
}

/// The words of the legend: plain texts between the title and the plot.
fn legend_words(svg: &str, frame: &PlotFrame) -> Vec<String> {
    let mut words: Vec<String> = texts(svg)
        .into_iter()
        .filter(|t| {
            attr(&t.el, "font-weight").is_none()
                && !t.el.contains("transform")
                && num(&t.el, "y") < f64::from(frame.top) - 6.0
        })
        .flat_map(|t| {
            t.body
                .split_whitespace()
                .map(|w| w.trim_end_matches([':', ';', ',']).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    words.sort();
    words
}

#[test]
fn a_phone_legend_keeps_every_entry_the_desktop_shows() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    for view in VIEWS {
        for lang in ["en", "ru"] {
            let q = format!("view={view}&lang={lang}&{SCENARIO}{}", extra(view));
            let [phone, desk] = sizes(view);
            let (svg_p, frame_p) = draw(&mut r, &q, phone);
            let (svg_d, frame_d) = draw(&mut r, &q, desk);
            let (wp, wd) = (
                legend_words(&svg_p, &frame_p),
                legend_words(&svg_d, &frame_d),
            );
            // Every word of the desktop's legend is in the phone's (which may spell more:
            // compare's A lists its levers where no table beside the chart does).
            let mut left = wp.clone();
            for word in &wd {
                let i = left.iter().position(|x| x == word);
                assert!(
                    i.is_some(),
                    "{q}: “{word}” lost on a phone: {wp:?}\ndesktop {wd:?}"
                );
                left.remove(i.unwrap_or(0));
            }
        }
    }
    // The Russian compatriots view explains the 300 thousand goal line on a phone.
    let q = format!("view=compatriots&lang=ru&{SCENARIO}");
    let (svg, frame) = draw(&mut r, &q, sizes("compatriots")[0]);
    let words = legend_words(&svg, &frame).join(" ");
    assert!(words.contains("300"), "{words}");
}

/// A label's text and its box (left, top, right, bottom).
type Label = (String, (f64, f64, f64, f64));

/// Event label boxes (white, 85 % opaque, a year in their text) and the data lines (every
/// polyline inside the plot that is not an event marker, the mesh or an axis).
fn labels_and_lines(svg: &str, frame: &PlotFrame) -> (Vec<Label>, Vec<Vec<(f64, f64)>>) {
    let mut labels = Vec::new();
    for part in svg.split("<rect ").skip(1) {
        let el = format!(" {}", &part[..part.find("/>").unwrap_or(0)]);
        if attr(&el, "opacity") != Some("0.85") {
            continue;
        }
        let text = texts(part)
            .into_iter()
            .next()
            .map(|t| t.body)
            .unwrap_or_default();
        let dated = text.contains("20") && text.chars().any(char::is_alphabetic);
        if dated {
            let (x, y) = (num(&el, "x"), num(&el, "y"));
            let (w, h) = (num(&el, "width"), num(&el, "height"));
            labels.push((text, (x + 0.5, y + 0.5, x + w - 0.5, y + h - 0.5)));
        }
    }
    let inside = |&(x, y): &(f64, f64)| {
        x >= f64::from(frame.left) - 1.0
            && x <= f64::from(frame.right) + 1.0
            && y >= f64::from(frame.top) - 1.0
            && y <= f64::from(frame.bottom) + 1.0
    };
    let lines = svg
        .split("<polyline ")
        .skip(1)
        .filter_map(|rest| {
            let el = format!(" {}", &rest[..rest.find("/>")?]);
            let stroke = attr(&el, "stroke")?;
            if ["#5F5F5F", "#E8E8E8", "#969696", "#FFFFFF"].contains(&stroke) {
                return None;
            }
            let pts: Vec<(f64, f64)> = attr(&el, "points")?
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            pts.iter().all(inside).then_some(pts)
        })
        .collect();
    (labels, lines)
}

#[test]
fn event_labels_never_cover_a_data_line() {
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let mut labelled = 0;
    for view in ["compare", "projection", "compatriots", "remittances"] {
        for lang in ["en", "ru"] {
            for scenario in [SCENARIO, ""] {
                for size in sizes(view) {
                    let q = format!("view={view}&lang={lang}&{scenario}{}", extra(view));
                    let (svg, frame) = draw(&mut r, &q, size);
                    let (labels, lines) = labels_and_lines(&svg, &frame);
                    assert!(!lines.is_empty(), "{q}: no data lines found");
                    for (text, b) in &labels {
                        for l in &lines {
                            let hit = l.windows(2).any(|w| segment_hits_box(w[0], w[1], *b))
                                || (l.len() == 1 && segment_hits_box(l[0], l[0], *b));
                            assert!(!hit, "{q} at {size:?}: “{text}” {b:?} covers {l:?}");
                        }
                    }
                    labelled += labels.len();
                }
            }
        }
    }
    assert!(labelled >= 40, "only {labelled} event labels drawn");
}
