//! The probabilistic band's two methods of the handle (issue 16): `bands`, which the Web
//! Worker (`www/bands-worker.js`, the same wasm module in its own instance) calls chunk by
//! chunk, and `setBands`, with which the page hands the worker's answer to its own
//! renderer to draw around the scenario (`chart::band`). Nothing else here: the runs, the
//! matching of a band to its scenario and the drawing are the core's.

use wasm_bindgen::prelude::*;

use super::{fail, funnel, js, with_renderer, Crossroads};
use crate::chart::{bands_for_request, ScenarioBand};

#[wasm_bindgen(typescript_custom_section)]
const TS_BANDS: &'static str = r#"
/** A band of simulated futures of one scenario (`key`: its canonical query string), per
 *  mid-year the 2.5, 10, 50, 90 and 97.5 % quantiles of the measure (thousands, or the ratio). */
export interface ScenarioBand {
  key: string; measure: string; trajectories: number; years: number[];
  p2_5: number[]; p10: number[]; p50: number[]; p90: number[]; p97_5: number[];
}
"#;

#[wasm_bindgen]
impl Crossroads {
    /// The bands the view of `query` draws, `n` trajectories each (1..=10,000): the
    /// scenario's (projection view) or A's and B's (compare), for the query's measure;
    /// `[]` for other views. The runs are kept, so asking again for more trajectories of
    /// the same scenario computes only the new ones (a worker refines 200 → 1,000 so).
    /// `summary: false` only runs the trajectories (a chunk nobody draws) and returns `[]`.
    #[wasm_bindgen(unchecked_return_type = "ScenarioBand[]")]
    pub fn bands(
        &mut self,
        query: &str,
        n: u32,
        summary: Option<bool>,
    ) -> Result<JsValue, JsError> {
        js(
            |r| {
                let req = r.parse(query)?;
                Ok(bands_for_request(
                    r,
                    &req,
                    n as usize,
                    summary.unwrap_or(true),
                )?)
            },
            "the bands",
        )
    }

    /// Hands this page's renderer the bands to draw (what `bands` returned in the worker);
    /// each is drawn only around the scenario it was computed for. `[]` draws none.
    #[wasm_bindgen(js_name = setBands)]
    pub fn set_bands(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "ScenarioBand[]")] bands: JsValue,
    ) -> Result<(), JsError> {
        funnel((|| {
            let list: Vec<ScenarioBand> = serde_wasm_bindgen::from_value(bands)
                .map_err(|e| fail(format!("setBands: not a list of bands ({e})")))?;
            with_renderer(|r| {
                r.show_bands(list);
                Ok(())
            })
        })())
    }
}
