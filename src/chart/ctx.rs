//! What every view's model reads from: [`Ctx`] keeps the scenario [`Projector`] with its
//! cached UN baselines, the last projections by scenario (so scenario B, presets and the UN
//! baseline are not projected again when only A moves) and the presets. The
//! [`super::Renderer`] owns one and derefs to it.

use std::rc::Rc;

use crate::data::Dataset;
use crate::scenario::{
    presets, stories, Figures, ParamTable, Preset, Projector, Scenario, ScenarioResult, Story,
};

use super::band::{BandStore, ScenarioBand};
use super::i18n::Lang;
use super::request::{ScenarioB, ViewRequest};
use super::ChartError;

/// Most projections kept for reuse (A while a slider moves, B, the presets).
const CACHE: usize = 16;

/// Long-lived state the views' models read: the data, projections and presets.
pub struct Ctx<'d> {
    data: &'d Dataset,
    projector: Projector<'d>,
    cache: Vec<(Scenario, Rc<ScenarioResult>)>,
    presets: Option<Vec<Preset>>,
    stories: Option<Vec<Story>>,
    /// Probabilistic bands: those handed in to draw, and runs being computed.
    bands: BandStore,
}

impl<'d> Ctx<'d> {
    pub fn new(data: &'d Dataset) -> Result<Ctx<'d>, ChartError> {
        Ok(Ctx {
            data,
            projector: Projector::new(data)?,
            cache: Vec::new(),
            presets: None,
            stories: None,
            bands: BandStore::default(),
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

    /// The projector, for views that project their own way (the needs model).
    pub fn projector(&mut self) -> &mut Projector<'d> {
        &mut self.projector
    }

    /// The bands to draw from now on, each around the scenario it was computed for
    /// ([`BandStore::show`]).
    pub fn show_bands(&mut self, bands: Vec<ScenarioBand>) {
        self.bands.show(bands);
    }

    /// The band handed in for scenario `s`, if any.
    pub fn band_for(&self, s: &Scenario) -> Option<ScenarioBand> {
        self.bands.shown_for(s)
    }

    /// Runs scenario `s` to `n` trajectories and, with `summary`, its band
    /// ([`BandStore::compute`]).
    pub fn compute_band(
        &mut self,
        s: &Scenario,
        n: usize,
        summary: bool,
    ) -> Result<Option<ScenarioBand>, ChartError> {
        Ok(self.bands.compute(&mut self.projector, s, n, summary)?)
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

    /// The briefs' stories (questions and captions of the presets), computed once.
    pub fn stories(&mut self) -> Result<&[Story], ChartError> {
        if self.stories.is_none() {
            if self.presets.is_none() {
                self.presets = Some(presets(self.data)?);
            }
            let list = self.presets.as_deref().unwrap_or(&[]);
            self.stories = Some(stories(self.data, &mut self.projector, list)?);
        }
        Ok(self.stories.as_deref().unwrap_or(&[]))
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
        // English names are the presets' own (src/scenario/presets.rs); other languages'
        // come from their catalogs (`chart-preset-<id>`), figures read from the scenario.
        let name = match lang {
            Lang::En => en,
            _ => preset_name_in(lang, id, &s).unwrap_or(en),
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
                        req.lang.t("chart-ctx-scenario-b"),
                        super::request::levers_line(&words)
                    ),
                ))
            }
        }
    }

    /// The baseline of a scenario: the same country, UN medium, no levers.
    pub fn baseline_of(&self, s: &Scenario) -> Scenario {
        let mut b = Scenario::baseline(self.table());
        b.country = s.country.clone();
        b
    }
}

/// A preset's name in `lang` from the catalogs (figures in it read from its scenario).
fn preset_name_in(lang: Lang, id: &str, s: &Scenario) -> Option<String> {
    let key = format!("chart-preset-{id}");
    if !crate::i18n::has(&key) {
        // Presets named in the language catalogs (e.g. hold_workforce, issue 14).
        return crate::scenario::preset_name(id, lang.code(), s.hold_from as i32);
    }
    Some(lang.f(
        &key,
        &[
            ("compat", &lang.num(s.compat, 0)),
            ("from", &(s.compat_from.round() as i32).to_string()),
            ("war_end", &(s.war_end.round() as i32).to_string()),
            ("share", &lang.num(s.rel_return, 0)),
            ("by", &(s.rel_year.round() as i32).to_string()),
        ],
    ))
}
