//! Every lever, in every view: moving it changes that view's numbers (the CSV's data rows)
//! exactly when the parameter table names the view among those the lever moves, unless the
//! core reports that the lever has no effect as set (a note in the reader's words). So no
//! slider does nothing silently, and the table the widget sorts its sliders by is true.
use crossroads::chart::{Renderer, Theme};
use crossroads::scenario::{embedded_data, embedded_table, ParamKind, ParamSpec, Scenario, VIEWS};
use plotters::prelude::*;

/// A scenario in which every stream flows, so that the levers that shape a stream (its end
/// year, its stock) have something to shape.
const ACTIVE: &str = "war_end=2040&lab_tjk=500&lab_uzb=500&lab_kgz=500&crocus_end=2040&\
                      ua_more=10&rel_return=30&rel_more=10&compat=60";

/// The CSV without its `#` lines (sources, the query itself): the numbers a view shows.
fn numbers(r: &mut Renderer<'static>, q: &str) -> String {
    let req = r.parse(q).unwrap();
    let mut svg = String::new();
    let root = SVGBackend::with_string(&mut svg, (800, 500)).into_drawing_area();
    let out = r.render(&root, &req, &Theme::default()).unwrap();
    let rows: Vec<&str> = out.csv.lines().filter(|l| !l.starts_with('#')).collect();
    rows.join("\n")
}

/// A value of `p` ten steps from its default (inside the range), or another choice.
fn moved(p: &ParamSpec) -> String {
    match p.kind {
        ParamKind::Number => {
            let up = p.default + 10.0 * p.step;
            p.format(if up <= p.max {
                up
            } else {
                p.default - 10.0 * p.step
            })
        }
        // The last choice (the furthest from the default, as a number moves ten steps), or
        // the first when the last is the default.
        ParamKind::Choice => {
            let last = p.choices.len().saturating_sub(1);
            let i = if p.default as usize == last { 0 } else { last };
            p.choices[i].to_string()
        }
    }
}

/// Keys the table names views for that those views do not draw yet (each with why); such
/// a key must leave the views' numbers unchanged until then, and its entry is removed when
/// the views land (this test then fails until it is). `measure=` (issue 14) was one: the
/// projection and compare views draw it now.
const PENDING: [(&str, &str); 0] = [];

#[test]
fn every_lever_moves_the_views_it_names_or_says_why_not() {
    let t = embedded_table().unwrap();
    let mut r = Renderer::new(embedded_data().unwrap()).unwrap();
    let mut wrong = Vec::new();
    for p in &t.params {
        let m = moved(p);
        let context: Vec<&str> = ACTIVE
            .split('&')
            .filter(|s| !s.starts_with(&format!("{}=", p.key)))
            .collect();
        let query = format!("{}&{}={m}", context.join("&"), p.key);
        for v in VIEWS {
            // The notes the widget shows in this view (view-aware: the needs view uses the
            // hold's start and level without `hold=`).
            let notes = Scenario::lever_notes(t, &format!("view={v}&{query}"));
            let idle = notes.iter().find(|n| n.key == p.key && !n.implicit);
            let before = numbers(&mut r, &format!("view={v}&{}", context.join("&")));
            let after = numbers(&mut r, &format!("view={v}&{query}"));
            let changed = before != after;
            let named = p.views.contains(&v);
            if let Some((_, why)) = PENDING.iter().find(|(k, _)| *k == p.key) {
                if changed {
                    wrong.push(format!(
                        "{}={m} now changes view {v}: remove it from PENDING ({why})",
                        p.key
                    ));
                }
                continue;
            }
            match (changed, named, idle) {
                (true, true, None) | (false, false, _) | (false, true, Some(_)) => {}
                _ => wrong.push(format!(
                    "{}={m} in view {v}: changed {changed}, table names the view {named}, note {:?}",
                    p.key,
                    idle.map(|n| n.why.as_str())
                )),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
