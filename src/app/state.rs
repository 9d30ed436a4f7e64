//! The widget's state as a query string, read and written here: [`read`] keeps every part
//! of a request the core accepts and names the rest, [`set`] moves one key, [`status`]
//! words what was left out of the attributes or the address, [`embed_code`] writes the
//! snippet an article author pastes. The shell keeps the string and never parses it.

use serde::Serialize;

use crate::chart::{ChartError, Lang, ViewRequest};
use crate::data::Dataset;
use crate::scenario::{ParamKind, ParamSpec, ParamTable};

use super::words::{country_name, ui_with, visible};

/// Keys of the `controls` attribute that are not levers of the side panel.
pub const VIEW_KEYS: [&str; 7] = ["view", "country", "lang", "preset", "year", "presets", "b"];

/// The pyramid's year, the only view key that belongs to one view.
const YEAR_VIEW: &str = "pyramid";

/// A part of a request the core refused, and its message (English).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ignored {
    pub part: String,
    pub message: String,
}

/// A request as read: the parts the core accepts, in order (the widget's state, without its
/// language), the parts it refused, the language when the request names one, and the view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Read {
    pub query: String,
    /// The request read.
    pub source: String,
    pub ignored: Vec<Ignored>,
    pub lang: Option<&'static str>,
    pub view: &'static str,
}

fn parts(query: &str) -> impl Iterator<Item = &str> {
    let q = query.trim();
    let q = q.strip_prefix(['?', '#']).unwrap_or(q);
    q.split('&').filter(|s| !s.trim().is_empty())
}

/// The key of a `key=value` part, decoded and trimmed.
fn key_of(part: &str) -> String {
    form_urlencoded::parse(part.as_bytes())
        .next()
        .map(|(k, _)| k.trim().to_string())
        .unwrap_or_default()
}

fn join<'a>(list: impl IntoIterator<Item = &'a str>) -> String {
    list.into_iter().collect::<Vec<_>>().join("&")
}

/// The scenario's levers as a query string without the country (what a preset or a story
/// is matched on), empty for every default. The request's view keys are left out.
pub fn levers_of(table: &ParamTable, query: &str) -> String {
    let levers = join(parts(query).filter(|p| table.view_param(&key_of(p)).is_none()));
    match crate::scenario::Scenario::parse_query(table, &levers) {
        Ok((s, _)) => join(
            s.write_query(table)
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("country=")),
        ),
        Err(_) => String::new(),
    }
}

/// Reads `query`: when the core refuses it, every part it accepts is kept in order and the
/// others are listed with the core's message, so one bad attribute never wipes the others.
pub fn read(table: &ParamTable, query: &str) -> Result<Read, ChartError> {
    let mut ignored = Vec::new();
    let kept = match ViewRequest::parse(table, query) {
        Ok(_) => join(parts(query)),
        Err(_) => {
            let mut ok: Vec<&str> = Vec::new();
            for part in parts(query) {
                let trial = join(ok.iter().copied().chain([part]));
                match ViewRequest::parse(table, &trial) {
                    Ok(_) => ok.push(part),
                    Err(e) => ignored.push(Ignored {
                        part: part.to_string(),
                        message: e.to_string(),
                    }),
                }
            }
            join(ok)
        }
    };
    let req = ViewRequest::parse(table, &kept)?;
    let lang = parts(&kept)
        .any(|p| key_of(p) == "lang")
        .then(|| req.lang.code());
    let state = join(parts(&kept).filter(|p| key_of(p) != "lang"));
    Ok(Read {
        source: query.to_string(),
        query: state,
        ignored,
        lang,
        view: req.view.code(),
    })
}

/// A widget's attributes that make its request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attributes<'a> {
    pub view: Option<&'a str>,
    pub country: Option<&'a str>,
    pub scenario: Option<&'a str>,
}

impl<'a> Attributes<'a> {
    pub fn new(view: Option<&'a str>, country: Option<&'a str>, scenario: Option<&'a str>) -> Self {
        Attributes {
            view,
            country,
            scenario,
        }
    }
}

/// The request of a widget's attributes: its view, its country (which wins over a country
/// in the scenario) and the scenario's query string.
pub fn attribute_query(a: &Attributes) -> String {
    let enc = |k: &str, v: &str| {
        form_urlencoded::Serializer::new(String::new())
            .append_pair(k, v.trim())
            .finish()
    };
    let scenario = a.scenario.unwrap_or("").trim();
    let scenario = scenario.strip_prefix(['?', '#']).unwrap_or(scenario);
    let country = a.country.filter(|c| !c.is_empty());
    let mut list: Vec<String> = Vec::new();
    list.extend(a.view.filter(|v| !v.is_empty()).map(|v| enc("view", v)));
    list.extend(country.map(|c| enc("country", c)));
    list.extend(
        parts(scenario)
            .filter(|p| country.is_none() || key_of(p) != "country")
            .map(str::to_string),
    );
    list.join("&")
}

/// Reads `query`, or when there is none the request of the widget's attributes.
pub fn read_request(
    table: &ParamTable,
    query: Option<&str>,
    attrs: &Attributes,
) -> Result<Read, ChartError> {
    match query {
        Some(q) => read(table, q),
        None => read(table, &attribute_query(attrs)),
    }
}

fn spec<'t>(table: &'t ParamTable, key: &str) -> Option<&'t ParamSpec> {
    table.view_param(key).or_else(|| table.get(key))
}

/// The state `query` with a preset's (or a story's) levers `preset` instead of its own:
/// the view keys stay, and the country unless the preset names one.
fn with_preset(table: &ParamTable, query: &str, preset: &str) -> Result<String, ChartError> {
    let named = parts(preset).any(|p| key_of(p) == "country");
    let keep = |p: &&str| {
        let k = key_of(p);
        k != "lang" && (table.view_param(&k).is_some() || (k == "country" && !named))
    };
    let q = join(parts(query).filter(keep).chain(parts(preset)));
    ViewRequest::parse(table, &q)?;
    Ok(q)
}

/// The state `query` with `key` set to `value` (the part left out when it is the default);
/// a view other than the pyramid drops its year. The key `preset` takes a preset's or a story's query as its value
/// (see [`with_preset`]). An unknown key or a value the core refuses is an error.
pub fn set(table: &ParamTable, query: &str, key: &str, value: &str) -> Result<String, ChartError> {
    if key == "preset" {
        return with_preset(table, query, value);
    }
    let p = spec(table, key).ok_or_else(|| ChartError::Request {
        key: key.chars().take(40).collect(),
        value: value.chars().take(40).collect(),
        hint: "not a key of the parameter table".into(),
    })?;
    let default = p.format(p.default);
    let part = match p.kind {
        ParamKind::Number => {
            let v = p.read_number(value).map_err(ChartError::from)?;
            let text = p.format(v);
            (text != default).then(|| format!("{}={text}", p.key))
        }
        ParamKind::Choice => (!value.eq_ignore_ascii_case(&default)).then(|| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair(p.key, value)
                .finish()
        }),
    };
    let dropped = |k: &str| k == p.key || (p.key == "view" && value != YEAR_VIEW && k == "year");
    let mut list: Vec<&str> = parts(query).filter(|s| !dropped(&key_of(s))).collect();
    if let Some(part) = &part {
        list.push(part);
    }
    let q = join(list);
    ViewRequest::parse(table, &q)?;
    Ok(q)
}

/// What [`status`] words: the request [`read`] last read (`source`; its refused parts are
/// read again), the state made of it, and the attributes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatusInput<'a> {
    pub source: &'a str,
    pub query: &'a str,
    pub lang: Option<&'a str>,
    pub height: Option<&'a str>,
    pub controls: Option<&'a str>,
}

/// A number at the start of `s` as JavaScript's `parseFloat` reads it (`"50px"` → 50).
pub fn leading_number(s: &str) -> Option<f64> {
    let s = s.trim_start();
    let mut end = 0;
    let mut seen_digit = false;
    for (i, c) in s.char_indices() {
        let ok = c.is_ascii_digit()
            || (i == 0 && (c == '-' || c == '+'))
            || (c == '.' && !s[..i].contains('.'))
            || ((c == 'e' || c == 'E') && seen_digit && !s[..i].contains(['e', 'E']));
        if !ok {
            break;
        }
        seen_digit |= c.is_ascii_digit();
        end = i + c.len_utf8();
    }
    let mut t = s[..end].trim_end_matches(['e', 'E', '+', '-']);
    while !t.is_empty() && crate::num::parse(t).is_none() {
        t = &t[..t.len() - 1];
    }
    crate::num::parse(t)
}

/// The chart height of a `height` attribute in CSS pixels (220…2000), if it is one.
pub fn height(attr: Option<&str>) -> Option<f64> {
    let h = leading_number(attr?)?;
    (h.is_finite() && h > 0.0).then(|| h.clamp(220.0, 2000.0))
}

/// Whether an attribute names a language of the widget (`en`, `ru`, `ru-RU`, …).
pub fn is_lang(s: &str) -> bool {
    let s = s.trim();
    let code = s.split('-').next().unwrap_or("");
    Lang::from_code(code).is_some() && code.len() == 2
}

/// The `controls` attribute as a list of keys: `None` for every control, empty for none.
pub fn shown(controls: Option<&str>) -> Option<Vec<String>> {
    let list: Vec<String> = controls?
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some(if list.iter().any(|k| k == "none") {
        Vec::new()
    } else {
        list
    })
}

/// What the widget left out of its attributes or address, in `lang`: refused parts of the
/// request (in English the core's message; in another language the part, a suggestion or
/// the key's choices), a language it does not speak, a bad height, unknown controls, and a
/// country given to scenario B (compared in A's country).
pub fn status(table: &ParamTable, data: &Dataset, input: &StatusInput, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let ignored = read(table, input.source)
        .map(|r| r.ignored)
        .unwrap_or_default();
    for Ignored { part, message } in &ignored {
        let shown = visible(part);
        if lang == Lang::En {
            out.push(ui_with(lang, "ignored-message", &[("message", message)]));
            continue;
        }
        let key = visible(part.split('=').next().unwrap_or(""))
            .trim()
            .to_string();
        let guess = message
            .split_once("did you mean '")
            .and_then(|(_, rest)| rest.split_once('\''))
            .map(|(g, _)| g);
        out.push(match (guess, spec(table, &key)) {
            (Some(g), _) => ui_with(lang, "ignored-suggest", &[("part", &shown), ("guess", g)]),
            (None, Some(p)) if p.kind == ParamKind::Choice => {
                let choices = p.choices.join(", ");
                ui_with(
                    lang,
                    "ignored-choices",
                    &[("part", &shown), ("choices", &choices)],
                )
            }
            _ => ui_with(lang, "ignored", &[("part", &shown)]),
        });
    }
    if let Some(own) = input.lang.filter(|l| !is_lang(l)) {
        out.push(ui_with(lang, "bad-lang", &[("given", &visible(own))]));
    }
    if let Some(h) = input.height.filter(|h| !h.trim().is_empty()) {
        match (leading_number(h), height(Some(h))) {
            (_, None) => out.push(ui_with(lang, "bad-height", &[("given", &visible(h))])),
            (Some(given), Some(used)) if given != used => {
                let used = crate::num::shortest(used);
                out.push(ui_with(
                    lang,
                    "height-clamped",
                    &[("given", &visible(h)), ("used", &used)],
                ));
            }
            _ => {}
        }
    }
    if let Some(list) = shown(input.controls) {
        let unknown: Vec<String> = list
            .iter()
            .filter(|k| !VIEW_KEYS.contains(&k.as_str()) && table.get(k).is_none())
            .map(|k| visible(k))
            .collect();
        if !unknown.is_empty() {
            out.push(ui_with(
                lang,
                "bad-controls",
                &[("keys", &unknown.join(", "))],
            ));
        }
    }
    if let Some((b, a)) = b_country(table, input.query) {
        let (b, a) = (
            country_name(data, &visible(&b), lang),
            country_name(data, &a, lang),
        );
        out.push(ui_with(lang, "b-country", &[("b", &b), ("a", &a)]));
    }
    out
}

/// Scenario B's own country when it differs from A's (B is compared in A's): `(B, A)`.
fn b_country(table: &ParamTable, query: &str) -> Option<(String, String)> {
    let b = form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k.trim() == "b")?
        .1;
    let given = form_urlencoded::parse(b.as_bytes())
        .find(|(k, _)| k.trim() == "country")?
        .1
        .trim()
        .to_ascii_uppercase();
    let a = ViewRequest::parse(table, query).ok()?.scenario.country;
    (!given.is_empty() && given != a.to_ascii_uppercase()).then_some((given, a))
}

/// What an embed snippet holds besides the state.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedInput<'a> {
    /// The canonical request (its `lang=` when the reader chose one).
    pub query: &'a str,
    /// The widget's language.
    pub lang: Lang,
    pub height: Option<&'a str>,
    pub controls: Option<&'a str>,
    /// The address of crossroads.js.
    pub script: &'a str,
    /// The chart's text alternative (the fallback image's `alt`).
    pub alt: &'a str,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML an article author pastes: the script, the element with the state as attributes,
/// and a fallback image with the command that makes it.
pub fn embed_code(table: &ParamTable, input: &EmbedInput) -> String {
    let q = input.query;
    let mut view = String::from("projection");
    let mut country = None;
    let mut rest = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(q.as_bytes()) {
        match k.as_ref() {
            "view" => view = v.to_string(),
            "country" => country = Some(v.to_string()),
            "lang" => {}
            _ => {
                rest.append_pair(&k, &v);
            }
        }
    }
    let scenario = rest.finish();
    let country = country.unwrap_or_else(|| {
        ViewRequest::parse(table, q).map_or_else(|_| "RUS".into(), |r| r.scenario.country)
    });
    let mut attrs = vec![
        format!("view=\"{}\"", esc(&view)),
        format!("country=\"{}\"", esc(&country)),
    ];
    if !scenario.is_empty() {
        attrs.push(format!("scenario=\"{}\"", esc(&scenario)));
    }
    attrs.push(format!("lang=\"{}\"", input.lang.code()));
    if let Some(h) = input
        .height
        .and_then(leading_number)
        .filter(|h| h.is_finite() && *h > 0.0)
    {
        attrs.push(format!("height=\"{}\"", crate::num::shortest(h)));
    }
    if let Some(list) = shown(input.controls) {
        let list = if list.is_empty() {
            "none".to_string()
        } else {
            list.join(",")
        };
        attrs.push(format!("controls=\"{}\"", esc(&list)));
    }
    let fig = format!("crossroads-{view}-{country}.svg");
    let has_lang = parts(q).any(|p| key_of(p) == "lang");
    let lang_part = format!("lang={}", input.lang.code());
    let render = join(
        [
            q,
            if input.lang != Lang::En && !has_lang {
                &lang_part
            } else {
                ""
            },
        ]
        .into_iter()
        .filter(|s| !s.is_empty()),
    );
    [
        format!(
            "<script type=\"module\" src=\"{}\"></script>",
            esc(input.script)
        ),
        format!("<crossroads-widget {}>", attrs.join(" ")),
        "  <!-- Shown until the widget loads, in print and without JavaScript; make it with".into(),
        format!(
            "       crossroads render '{}' > {fig} -->",
            render.replace('\'', "%27").replace("--", "-%2D")
        ),
        format!("  <img src=\"{}\" alt=\"{}\">", esc(&fig), esc(input.alt)),
        "</crossroads-widget>".into(),
    ]
    .join("\n")
}
