//! The shell's logic (src/app): what www/crossroads.js renders, built and worded by the
//! core. Each test holds one behaviour the e2e tests see in the browser.

use crossroads::app::{self, EmbedInput, StatusInput};
use crossroads::chart::{Lang, Renderer, Theme};
use crossroads::scenario::embedded_data;

fn renderer() -> Renderer<'static> {
    Renderer::new(embedded_data().unwrap()).unwrap()
}

fn keys(groups: &[app::Group]) -> Vec<String> {
    groups
        .iter()
        .flat_map(|g| g.controls.iter().map(|c| c.key.clone()))
        .collect()
}

#[test]
fn the_panel_shows_the_levers_that_move_the_view_and_folds_the_rest() {
    let mut r = renderer();
    let p = app::panel(&mut r, "view=compatriots", None, false).unwrap();
    let mut shown = keys(&p.groups);
    shown.retain(|k| k != "measure");
    shown.sort();
    assert_eq!(shown, ["compat", "compat_from"]);
    let folded = keys(&p.more);
    assert!(folded.contains(&"tfr_shift".to_string()) && folded.contains(&"lab_tjk".to_string()));
    assert_eq!(
        p.more_title,
        format!("More levers: {} that do not move this chart", folded.len())
    );
    assert!(p.side && p.buttons && p.stories);
    let ru = app::panel(&mut r, "view=remittances&lang=ru", None, false).unwrap();
    assert!(keys(&ru.groups).contains(&"rshare_tjk".to_string()));
    assert!(
        ru.more_title.starts_with("Другие рычаги ("),
        "{}",
        ru.more_title
    );
    assert_eq!(ru.groups[0].title, "Трудовые мигранты из Центральной Азии");
}

#[test]
fn values_units_and_numbers_are_in_the_readers_language() {
    let mut r = renderer();
    let find = |p: &app::Panel, k: &str| {
        p.groups
            .iter()
            .chain(&p.more)
            .flat_map(|g| &g.controls)
            .find(|c| c.key == k)
            .cloned()
            .unwrap()
    };
    let en = app::panel(&mut r, "lab_uzb=1500", None, false).unwrap();
    assert_eq!(find(&en, "lab_uzb").text, "1,500 thousand");
    let ru = app::panel(&mut r, "lab_uzb=1500&lang=ru", None, false).unwrap();
    let c = find(&ru, "lab_uzb");
    assert_eq!(c.text, "1\u{a0}500 тыс.");
    assert!(c.note.starts_with("По умолчанию: "), "{}", c.note);
    let mode = find(&ru, "tfr_mode");
    assert_eq!(
        mode.options,
        [
            ("shift".to_string(), "сдвиг".to_string()),
            ("target".into(), "цель".into())
        ]
    );
    // A fixed phrase of the table's sources is said in Russian.
    assert!(
        find(&ru, "tfr_shift").note.contains("нейтрально"),
        "{}",
        find(&ru, "tfr_shift").note
    );
    // Years are not grouped.
    let t = r.table().clone();
    assert_eq!(
        app::value_text(&t, "war_end", 2030.0, Lang::En).unwrap(),
        "2030"
    );
    assert_eq!(app::value_text(&t, "nope", 1.0, Lang::En), None);
}

#[test]
fn the_bar_names_views_and_countries_and_the_preset_menu_matches_the_levers() {
    let mut r = renderer();
    let p = app::panel(
        &mut r,
        "lang=ru&view=pyramid",
        Some("view,country,year"),
        false,
    )
    .unwrap();
    let top: Vec<&str> = p.top.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(top, ["view", "country", "year"]);
    assert!(p.top[0]
        .options
        .iter()
        .any(|(v, t)| v == "pyramid" && t == "Половозрастная пирамида"));
    assert!(p.top[1]
        .options
        .iter()
        .any(|(v, t)| v == "UZB" && t == "Узбекистан"));
    assert!(!p.side && p.groups.is_empty() && !p.stories);
    let none = app::panel(&mut r, "", Some("none"), false).unwrap();
    assert!(none.top.is_empty() && !none.buttons);
    let presets = app::presets(&mut r, Lang::En).unwrap();
    let compat = presets.iter().find(|p| p.query.contains("compat")).unwrap();
    let with = app::panel(&mut r, &compat.query, None, true).unwrap();
    let menu = with.top.iter().find(|c| c.key == "preset").unwrap();
    assert_eq!(menu.value, compat.id);
    assert!(menu.options.len() > 3);
}

#[test]
fn clamps_are_worded_next_to_their_slider_or_in_the_status() {
    let mut r = renderer();
    let p = app::panel(&mut r, "tfr_shift=9", Some("lab_tjk"), false).unwrap();
    assert!(p
        .groups
        .iter()
        .all(|g| g.controls.iter().all(|c| c.clamp.is_empty())));
    assert_eq!(p.loose.len(), 1);
    assert!(p.loose[0].contains("9 is outside"), "{}", p.loose[0]);
    let p = app::panel(&mut r, "tfr_shift=9", None, false).unwrap();
    let c = p
        .groups
        .iter()
        .flat_map(|g| &g.controls)
        .find(|c| c.key == "tfr_shift")
        .unwrap();
    assert!(c.clamp.starts_with("9 is outside"), "{}", c.clamp);
}

#[test]
fn read_keeps_every_valid_part_and_names_the_rest() {
    let r = renderer();
    let t = r.table();
    let read = app::read(t, "view=bogus&country=KGZ&tfr_shift=0.3").unwrap();
    assert_eq!(read.query, "country=KGZ&tfr_shift=0.3");
    assert_eq!(read.ignored.len(), 1);
    assert_eq!(read.ignored[0].part, "view=bogus");
    assert!(read.ignored[0].message.contains("bogus"));
    let ru = app::read(t, "lang=ru&tfr_shfit=1").unwrap();
    assert_eq!(ru.lang, Some("ru"));
    assert_eq!(ru.query, "");
    // A comparison with nothing moved compares with a world without migration: the
    // table's default B, so the state need not name it.
    assert_eq!(app::read(t, "view=compare").unwrap().query, "view=compare");
    let req = crossroads::chart::ViewRequest::parse(t, "view=compare").unwrap();
    assert_eq!(
        req.b,
        crossroads::chart::ScenarioB::Preset("no_net_migration".into())
    );
    assert_eq!(
        app::read(t, "view=compare&tfr_shift=0.2").unwrap().query,
        "view=compare&tfr_shift=0.2"
    );
}

#[test]
fn set_moves_one_key_and_drops_defaults() {
    let r = renderer();
    let t = r.table();
    let q = app::set(t, "country=KGZ", "tfr_shift", "0.30").unwrap();
    assert_eq!(q, "country=KGZ&tfr_shift=0.3");
    assert_eq!(app::set(t, &q, "tfr_shift", "0").unwrap(), "country=KGZ");
    assert_eq!(
        app::set(t, "view=pyramid&year=2070", "view", "needs").unwrap(),
        "view=needs"
    );
    assert_eq!(app::set(t, "", "view", "compare").unwrap(), "view=compare");
    // Choosing the UN medium as B is kept (it is not B's default).
    assert_eq!(
        app::set(t, "view=compare", "b", "un_medium").unwrap(),
        "view=compare&b=un_medium"
    );
    assert_eq!(
        app::set(t, "tfr_shift=0.2", "view", "compare").unwrap(),
        "tfr_shift=0.2&view=compare"
    );
    assert!(app::set(t, "", "bogus", "1").is_err());
    // A preset keeps the view keys and the country unless it names one.
    assert_eq!(
        app::set(
            t,
            "view=compare&country=KGZ&tfr_shift=0.2&b=rosstat_medium",
            "preset",
            "compat=300"
        )
        .unwrap(),
        "view=compare&country=KGZ&b=rosstat_medium&compat=300"
    );
    assert_eq!(
        app::set(
            t,
            "country=KGZ&lab_tjk=5",
            "preset",
            "country=UZB&tfr_shift=0.1"
        )
        .unwrap(),
        "country=UZB&tfr_shift=0.1"
    );
    assert!(app::set(t, "", "tfr_mode", "sideways").is_err());
}

#[test]
fn status_says_what_was_ignored_in_the_readers_language() {
    let r = renderer();
    let t = r.table();
    let read = app::read(t, "view=bogus&tfr_shfit=1&lab_tjk=-300").unwrap();
    let input = StatusInput {
        source: &read.source,
        query: &read.query,
        lang: Some("de"),
        height: Some("abc"),
        controls: Some("tfr_shift,bogus_key"),
    };
    let en = app::status(t, r.data(), &input, Lang::En).join(" ");
    assert!(en.contains("Ignored; the other settings are kept"), "{en}");
    assert!(
        en.contains("lang=\"de\"") && en.contains("bogus_key") && en.contains("height=\"abc\""),
        "{en}"
    );
    let ru = app::status(t, r.data(), &input, Lang::Ru).join(" ");
    assert!(
        ru.starts_with(
            "«view=bogus» не распознано и пропущено; допустимые значения: projection, pyramid"
        ),
        "{ru}"
    );
    assert!(
        ru.contains("«tfr_shfit=1» не распознано и пропущено; может быть, «tfr_shift»?"),
        "{ru}"
    );
    assert!(
        !ru.to_lowercase().contains("ignored") && !ru.contains("did you mean"),
        "{ru}"
    );
    let clamped = StatusInput {
        height: Some("50"),
        ..StatusInput::default()
    };
    assert!(app::status(t, r.data(), &clamped, Lang::En)[0].contains("220…2000 pixels: using 220"));
    assert!(app::status(
        t,
        r.data(),
        &StatusInput {
            height: Some("400px"),
            ..StatusInput::default()
        },
        Lang::En
    )
    .is_empty());
    // Scenario B's own country is named, not silently replaced.
    let b = StatusInput {
        query: "view=compare&b=country%3DUZB%26tfr_shift%3D0.3",
        ..StatusInput::default()
    };
    assert_eq!(
        app::status(t, r.data(), &b, Lang::En),
        ["Scenario B's country (Uzbekistan) is ignored: A and B are compared in one country, Russia."]
    );
    // Invisible direction characters are shown escaped.
    let s = app::status(
        t,
        r.data(),
        &StatusInput {
            source: "x=%E2%80%AEabc",
            ..StatusInput::default()
        },
        Lang::Ru,
    );
    assert!(
        s[0].contains("\\u{202e}abc") && !s[0].contains('\u{202e}'),
        "{s:?}"
    );
}

#[test]
fn a_drawing_words_its_notes() {
    let mut r = renderer();
    let mut svg = String::new();
    let area = plotters::prelude::IntoDrawingArea::into_drawing_area(
        plotters::prelude::SVGBackend::with_string(&mut svg, (640, 400)),
    );
    let theme = Theme::default().with_char_metrics();
    let d = app::draw(&mut r, &area, "tfr_target=2.1&lang=ru", &theme).unwrap();
    let n = d.notes.iter().find(|n| n.key == "tfr_target").unwrap();
    assert_eq!(
        n.text,
        "Сейчас не действует: действует только при «Рычаг рождаемости» = «цель» (сейчас «сдвиг»)."
    );
    assert_eq!(n.label, "Целевой СКР");
    drop(area);
    let mut svg = String::new();
    let area = plotters::prelude::IntoDrawingArea::into_drawing_area(
        plotters::prelude::SVGBackend::with_string(&mut svg, (640, 400)),
    );
    let d = app::draw(&mut r, &area, "lab_tjk=5000&lab_year=2026", &theme).unwrap();
    let f = d.notes.iter().find(|n| n.kind == "shortfall").unwrap();
    assert!(
        f.text.starts_with("Tajikistan runs out of people")
            && f.text.contains("(Tajikistan → Russia"),
        "{}",
        f.text
    );
    assert_eq!(d.levers, "lab_tjk=5000&lab_year=2026");
    assert!(d
        .notes
        .iter()
        .any(|n| n.key == "war_deaths" && n.kind == "idle" && n.implicit));
}

#[test]
fn the_data_table_has_human_headers_and_formatted_numbers() {
    let mut r = renderer();
    let t = app::data_table(&mut r, "country=KGZ&lang=ru").unwrap();
    assert!(t.sections[0].rows.len() >= 70);
    assert!(
        t.sections[0].head.iter().all(|h| !h.contains('_')),
        "{:?}",
        t.sections[0].head
    );
    assert!(
        t.sections[0].rows.iter().flatten().any(|c| c.contains(',')),
        "decimal commas"
    );
    assert!(!t.caption.contains('='), "{}", t.caption);
}

#[test]
fn sources_list_the_sliders_defaults_in_words() {
    let r = renderer();
    let s = app::sources(&r, Lang::Ru);
    assert!(s.parameters.len() >= 20);
    assert!(s
        .parameters
        .iter()
        .any(|p| p.source.starts_with("нейтрально")));
    assert!(s.citations_title.starts_with("Каждая опубликованная цифра"));
    // Every default's source is said in Russian, also those read from the data.
    for p in &s.parameters {
        let cyrillic = p
            .source
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)));
        assert!(cyrillic, "{}: {}", p.label, p.source);
    }
    // A default read from the data is said in Russian too (the Compatriots level).
    let compat = s
        .parameters
        .iter()
        .find(|p| p.label.contains("соотечественник"))
        .unwrap();
    assert!(
        compat.source.contains("МВД") && compat.source.contains("31,7 тыс."),
        "{}",
        compat.source
    );
}

#[test]
fn the_embed_code_holds_the_state_as_attributes() {
    let r = renderer();
    let input = EmbedInput {
        query: "view=compare&country=KGZ&tfr_shift=0.2&lang=ru",
        lang: Lang::Ru,
        height: Some("420"),
        controls: Some("tfr_shift"),
        script: "https://example.org/crossroads.js",
        alt: "A \"chart\"",
    };
    let code = app::embed_code(r.table(), &input);
    assert!(code.contains(r#"<crossroads-widget view="compare" country="KGZ" scenario="tfr_shift=0.2" lang="ru" height="420" controls="tfr_shift">"#), "{code}");
    assert!(code.contains("crossroads render 'view=compare&country=KGZ&tfr_shift=0.2&lang=ru' > crossroads-compare-KGZ.svg"), "{code}");
    assert!(code.contains(r#"alt="A &quot;chart&quot;""#));
}

#[test]
fn stories_and_presets_carry_the_levers_they_match() {
    let mut r = renderer();
    let stories = app::stories(&mut r, Lang::En).unwrap();
    assert!(stories.iter().all(|s| s.question.ends_with('?')));
    assert!(stories.iter().all(|s| !s.levers.contains("country=")));
    let ru = app::stories(&mut r, Lang::Ru).unwrap();
    assert_eq!(ru.len(), stories.len());
}

#[test]
fn the_attributes_make_one_request_the_country_attribute_winning() {
    let a = app::Attributes {
        view: Some("compare"),
        country: Some(" KGZ "),
        scenario: Some("?country=UZB&tfr_shift=0.2&"),
    };
    assert_eq!(
        app::attribute_query(&a),
        "view=compare&country=KGZ&tfr_shift=0.2"
    );
    let b = app::Attributes {
        scenario: Some("country=UZB&lab_tjk=5"),
        ..Default::default()
    };
    assert_eq!(app::attribute_query(&b), "country=UZB&lab_tjk=5");
    let r = renderer();
    let read = app::read_request(
        r.table(),
        None,
        &app::Attributes {
            view: Some("bogus"),
            ..a
        },
    )
    .unwrap();
    assert_eq!(read.query, "country=KGZ&tfr_shift=0.2");
    assert_eq!(read.ignored[0].part, "view=bogus");
}

/// Every menu of every view says its choices in words, in both languages, once the presets
/// are loaded: no option shows the code it stands for (a reader saw "population" before).
#[test]
fn every_menu_option_is_in_words() {
    let mut r = renderer();
    for view in [
        "projection",
        "pyramid",
        "compare",
        "compatriots",
        "remittances",
        "relokanty",
        "needs",
    ] {
        for lang in ["en", "ru"] {
            let p = app::panel(&mut r, &format!("view={view}&lang={lang}"), None, true).unwrap();
            let controls = p
                .top
                .iter()
                .chain(p.groups.iter().chain(&p.more).flat_map(|g| &g.controls));
            for c in
                controls.filter(|c| c.kind == "select" && c.key != "country" && c.key != "lang")
            {
                for (value, text) in &c.options {
                    // A word may equal its code ("none", "medium") when the catalog says so.
                    let worded = crossroads::i18n::has(&format!("choice-{}-{value}", c.key));
                    assert!(
                        (text != value || worded) && !text.is_empty(),
                        "{view}/{lang}: menu {} shows the code {value}",
                        c.key
                    );
                }
            }
        }
    }
}
