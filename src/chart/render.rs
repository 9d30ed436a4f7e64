//! The one entry point that draws any view for the widget (canvas) and the command line
//! (SVG): [`Renderer`] keeps what redraws can reuse — the scenario [`Projector`] with its
//! cached UN baselines, the last projections by scenario (so scenario B, presets and the
//! UN baseline are not projected again when only A moves) and the presets — and
//! [`Renderer::render`] draws a [`ViewRequest`] and returns a [`ViewOutput`]: the plot
//! box, the one-sentence text alternative in the request's language and the numbers
//! behind the chart as CSV. Every view's `draw` takes one [`ViewCtx`] and ends with
//! [`ViewOutput::drawn`]; `render` adds the request's clamps and canonical query.

use std::rc::Rc;

use plotters::coord::Shift;
use plotters::prelude::*;
use serde::Serialize;

use crate::data::Dataset;
use crate::scenario::{
    presets, Clamp, Figures, ParamTable, Preset, Projector, Scenario, ScenarioResult,
};

use super::i18n::Lang;
use super::request::{ScenarioB, View, ViewRequest};
use super::style::{PlotFrame, Theme};
use super::{compare, compatriots, projection, pyramid, relokanty, remittances, ChartError};

/// What a drawn view hands back besides the pixels.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ViewOutput {
    /// The plot box in backend pixels and its data ranges.
    pub frame: PlotFrame,
    /// The chart's title as drawn.
    pub title: String,
    /// A one-sentence text alternative of the chart, in the request's language.
    pub alt: String,
    /// The numbers behind the chart: `#` lines naming the view, the sources and the
    /// scenario query, then a header row and one row per point.
    pub csv: String,
    /// Values of the request that were out of range and clamped.
    pub clamps: Vec<Clamp>,
    /// The request's canonical query string.
    pub query: String,
}

impl ViewOutput {
    /// What a view's `draw` hands back: [`Renderer::render`] then adds the request's
    /// clamps and canonical query.
    pub(crate) fn drawn(frame: PlotFrame, title: String, alt: String, csv: String) -> ViewResult {
        Ok(ViewOutput {
            frame,
            title,
            alt,
            csv,
            clamps: Vec::new(),
            query: String::new(),
        })
    }
}

/// What every view's `draw` is handed, in this order: where to draw, the renderer
/// (projections and presets), the request, the theme, and the request's language and
/// the dataset pulled out for convenience.
pub(crate) struct ViewCtx<'a, 'd, DB: DrawingBackend>(
    pub &'a DrawingArea<DB, Shift>,
    pub &'a mut Renderer<'d>,
    pub &'a ViewRequest,
    pub &'a Theme,
    pub Lang,
    pub &'d Dataset,
);

/// What a view's `draw` returns.
pub(crate) type ViewResult = Result<ViewOutput, ChartError>;

/// Most projections kept for reuse (A while a slider moves, B, the presets).
const CACHE: usize = 16;

/// Long-lived drawing state; keep one per page (or per process).
pub struct Renderer<'d> {
    data: &'d Dataset,
    projector: Projector<'d>,
    cache: Vec<(Scenario, Rc<ScenarioResult>)>,
    presets: Option<Vec<Preset>>,
}

impl<'d> Renderer<'d> {
    pub fn new(data: &'d Dataset) -> Result<Renderer<'d>, ChartError> {
        Ok(Renderer {
            data,
            projector: Projector::new(data)?,
            cache: Vec::new(),
            presets: None,
        })
    }

    pub fn data(&self) -> &'d Dataset {
        self.data
    }

    /// The parameter table (levers and view keys).
    pub fn table(&self) -> &ParamTable {
        self.projector.table()
    }

    /// The published figures behind the levers' defaults.
    pub fn figures(&self) -> &Figures {
        self.projector.figures()
    }

    /// Reads a query string (see [`ViewRequest::parse`]).
    pub fn parse(&self, query: &str) -> Result<ViewRequest, ChartError> {
        ViewRequest::parse(self.table(), query)
    }

    /// The projection of `s`, from the cache when the same scenario was projected lately,
    /// without its by-age components ([`ScenarioResult::drop_age_detail`]).
    pub fn project(&mut self, s: &Scenario) -> Result<Rc<ScenarioResult>, ChartError> {
        if let Some(i) = self.cache.iter().position(|(k, _)| k == s) {
            let hit = self.cache.remove(i);
            let r = Rc::clone(&hit.1);
            self.cache.insert(0, hit);
            return Ok(r);
        }
        // Kept for redraws without the by-age components no view reads: what is left is
        // about a quarter of the memory (16 results of up to eight countries each).
        let r = Rc::new(self.projector.project_slim(s)?);
        self.cache.insert(0, (s.clone(), Rc::clone(&r)));
        self.cache.truncate(CACHE);
        Ok(r)
    }

    /// The presets, generated once.
    pub fn presets(&mut self) -> Result<&[Preset], ChartError> {
        if self.presets.is_none() {
            self.presets = Some(presets(self.data)?);
        }
        Ok(self.presets.as_deref().unwrap_or(&[]))
    }

    /// The scenario of a preset shown for `country`.
    pub fn preset_scenario(
        &mut self,
        id: &str,
        country: &str,
    ) -> Result<(Scenario, String), ChartError> {
        let (query, name) = self
            .presets()?
            .iter()
            .find(|p| p.id == id)
            .map(|p| (p.query.clone(), p.name.clone()))
            .ok_or_else(|| ChartError::Request {
                key: "b".into(),
                value: id.to_string(),
                hint: "not a preset id; see `crossroads --presets`".into(),
            })?;
        let (mut s, _) = Scenario::parse_query(self.table(), &query)?;
        s.country = country.to_string();
        Ok((s, name))
    }

    /// The scenario of a preset and its name in `lang`.
    pub fn preset_in(
        &mut self,
        id: &str,
        country: &str,
        lang: Lang,
    ) -> Result<(Scenario, String), ChartError> {
        let (s, en) = self.preset_scenario(id, country)?;
        let name = match lang {
            Lang::En => en,
            Lang::Ru => preset_name_ru(id, &s).unwrap_or(en),
        };
        Ok((s, name))
    }

    /// Scenario B of a request and its name in the request's language.
    pub fn scenario_b(&mut self, req: &ViewRequest) -> Result<(Scenario, String), ChartError> {
        match &req.b {
            ScenarioB::Preset(id) => self.preset_in(id, &req.scenario.country, req.lang),
            ScenarioB::Query(s) => {
                // B's levers in words, as A's are (never the raw query).
                let words: Vec<_> = s
                    .moved(self.table())
                    .into_iter()
                    .filter(|(p, _)| p.key != "country")
                    .map(|(p, v)| req.lang.lever(p, &v))
                    .collect();
                Ok((
                    (**s).clone(),
                    format!(
                        "{} ({})",
                        req.lang.pick("Scenario B", "Сценарий Б"),
                        super::request::levers_line(&words)
                    ),
                ))
            }
        }
    }

    /// Draws the view `req` asks for onto `area` at `theme`'s scale and presents it.
    pub fn render<DB: DrawingBackend>(
        &mut self,
        area: &DrawingArea<DB, Shift>,
        req: &ViewRequest,
        theme: &Theme,
    ) -> Result<ViewOutput, ChartError> {
        let data = self.data;
        let cx = ViewCtx(area, self, req, theme, req.lang, data);
        let mut out = match req.view {
            View::Projection => projection::draw(cx)?,
            View::Pyramid => pyramid::draw(cx)?,
            View::Compare => compare::draw(cx)?,
            View::Compatriots => compatriots::draw(cx)?,
            View::Remittances => remittances::draw(cx)?,
            View::Relokanty => relokanty::draw(cx)?,
        };
        area.present()?;
        out.clamps = req.clamps.clone();
        out.query = req.to_query(self.table());
        Ok(out)
    }
}

/// A preset's name in Russian (figures in it read from its scenario).
fn preset_name_ru(id: &str, s: &Scenario) -> Option<String> {
    Some(match id {
        "un_medium" => "ООН WPP 2024, средний".into(),
        "un_low" => "ООН WPP 2024, низкий".into(),
        "un_high" => "ООН WPP 2024, высокий".into(),
        "rosstat_low" => "Росстат, окт. 2023, низкий".into(),
        "rosstat_medium" => "Росстат, окт. 2023, средний".into(),
        "rosstat_high" => "Росстат, окт. 2023, высокий".into(),
        "compatriots_goal" => format!(
            "Цель Программы соотечественников достигнута ({} тыс. в год с {} г.)",
            Lang::Ru.num(s.compat, 0),
            s.compat_from.round() as i32
        ),
        "crocus_persists" => "Спад после «Крокуса» сохраняется".into(),
        "war_ends_relokanty_return" => format!(
            "Война заканчивается в {} г., {} % релокантов возвращаются к {} г.",
            s.war_end.round() as i32,
            Lang::Ru.num(s.rel_return, 0),
            s.rel_year.round() as i32
        ),
        "no_net_migration" => "Нулевая чистая миграция".into(),
        // Presets named in the language catalogs (e.g. hold_workforce, issue 14).
        _ => return crate::scenario::preset_name(id, "ru", s.hold_from as i32),
    })
}

/// Draws `req` with `renderer` onto `area` (the same as [`Renderer::render`]).
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    renderer: &mut Renderer<'_>,
    req: &ViewRequest,
    theme: &Theme,
) -> Result<ViewOutput, ChartError> {
    renderer.render(area, req, theme)
}

/// Parses `query` and renders it as an SVG document of `width × height` pixels.
pub fn render_svg(
    renderer: &mut Renderer<'_>,
    query: &str,
    (width, height): (u32, u32),
) -> Result<(String, ViewOutput), ChartError> {
    let req = renderer.parse(query)?;
    let mut svg = String::new();
    let out = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        renderer.render(&root, &req, &Theme::default().with_char_metrics())?
    };
    Ok((svg, out))
}

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The `#` lines heading every CSV: title, sources, scenario, in the request's language.
/// In Russian a last line says the column names stay Latin (they are machine-readable).
pub fn csv_head(title: &str, sources: &[String], req: &ViewRequest, table: &ParamTable) -> String {
    let lang = req.lang;
    let q = req.to_query(table);
    let mut s = format!("# Crossroads: {title}\n");
    for src in sources.iter().filter(|s| !s.is_empty()) {
        s.push_str(&format!(
            "# {} {}\n",
            lang.pick("Source:", "Источник:"),
            src.replace('\n', " ")
        ));
    }
    s.push_str(&format!(
        "# {} {}\n",
        lang.pick("Scenario:", "Сценарий:"),
        if q.is_empty() {
            lang.pick(
                "(defaults: UN WPP 2024 medium)",
                "(по умолчанию: средний вариант ООН WPP 2024)",
            )
            .to_string()
        } else {
            q
        }
    ));
    if lang == Lang::Ru {
        s.push_str("# Названия столбцов оставлены латиницей: их читают программы.\n");
    }
    s
}

/// A number for CSV (plain, with `.`, no grouping).
pub fn csv_num(v: f64, decimals: usize) -> String {
    if v.is_finite() {
        crate::num::fixed(v, decimals)
    } else {
        String::new()
    }
}

/// The scenario line's name in the request's language: whether any lever is moved.
pub fn scenario_name(lang: Lang, no_levers: bool) -> String {
    if no_levers {
        lang.pick("Scenario (no levers moved)", "Сценарий (рычаги не тронуты)")
            .to_string()
    } else {
        lang.pick("Your scenario", "Ваш сценарий").to_string()
    }
}
