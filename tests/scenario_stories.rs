//! Stories: the briefs' questions with captions whose numbers are the scenario's own
//! (projected here again independently) or the published Rosstat totals.

use crossroads::scenario::{
    embedded_data, presets, stories, Projector, Scenario, Story, STORY_YEAR,
};

fn all() -> Vec<Story> {
    let d = embedded_data().unwrap();
    let mut pr = Projector::new(d).unwrap();
    stories(d, &mut pr, &presets(d).unwrap()).unwrap()
}

/// Russia's mid-year population in the story year of a query, thousands.
fn pop(query: &str) -> f64 {
    let d = embedded_data().unwrap();
    let mut pr = Projector::new(d).unwrap();
    let (s, _) = Scenario::parse_query(pr.table(), query).unwrap();
    let r = pr.project(&s).unwrap();
    let p = &r.main.projection;
    p.total(p.index_of(STORY_YEAR).unwrap())
}

#[test]
fn captions_carry_the_scenarios_own_numbers() {
    let list = all();
    assert!(list.len() >= 5, "{} stories", list.len());
    let un = pop("");
    for st in list.iter().filter(|s| s.id != "rosstat_low") {
        let diff = pop(&st.query) - un;
        // The difference as the caption writes it (millions with one decimal, or thousands).
        let (en, ru) = if diff.abs() >= 1000.0 {
            let m = format!("{:.1}", diff.abs() / 1000.0);
            (
                format!("{m} million"),
                format!("{} млн", m.replace('.', ",")),
            )
        } else {
            let t = format!("{:.0}", diff.abs());
            (format!("{t} thousand"), format!("{t} тыс."))
        };
        let word = if diff >= 0.0 { "more" } else { "fewer" };
        assert!(
            st.in_lang("en").1.contains(&format!("{en} {word}")),
            "{}: {} ({diff})",
            st.id,
            st.in_lang("en").1
        );
        assert!(
            st.in_lang("ru").1.contains(&ru),
            "{}: {}",
            st.id,
            st.in_lang("ru").1
        );
    }
    // Measured signs: the Compatriots goal adds people, no migration removes them.
    let by = |id: &str| list.iter().find(|s| s.id == id).expect(id);
    assert!(by("compatriots_goal")
        .in_lang("en")
        .1
        .contains("more people"));
    assert!(by("no_net_migration")
        .in_lang("en")
        .1
        .contains("fewer people"));
}

#[test]
fn the_rosstat_story_quotes_the_published_total() {
    let list = all();
    let st = list
        .iter()
        .find(|s| s.id == "rosstat_low")
        .expect("rosstat story");
    // rosstat_forecast_oct2023.csv: low variant, 1 January 2046: 130.6 million.
    assert!(
        st.in_lang("en").1.contains("130.6 million"),
        "{}",
        st.in_lang("en").1
    );
    assert!(
        st.in_lang("ru").1.contains("130,6 млн"),
        "{}",
        st.in_lang("ru").1
    );
}

#[test]
fn questions_and_captions_read_in_both_languages() {
    for st in all() {
        let (q, c) = st.in_lang("ru");
        for text in [q, c] {
            assert!(text.chars().any(|ch| ('а'..='я').contains(&ch)), "{text}");
            for english in ["million", "thousand", "people", " than "] {
                assert!(!text.contains(english), "{english} in {text}");
            }
        }
        let (q, c) = st.in_lang("en");
        assert!(q.ends_with('?') && c.ends_with('.'), "{q} / {c}");
        assert!(!c.contains("NaN") && !c.contains("inf"), "{c}");
    }
}

#[test]
#[ignore = "prints the stories: cargo test --test scenario_stories -- --ignored --nocapture"]
fn print_stories() {
    for st in all() {
        for l in ["en", "ru"] {
            let (q, c) = st.in_lang(l);
            println!("{q}\n  {c}");
        }
    }
}
