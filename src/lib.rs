//! Crossroads: population and migration scenarios for Russia and its neighbours.
//!
//! Data flows one way through the modules: [`data`] (typed embedded tables) →
//! [`engine`] (life tables, projection step) → [`scenario`] (levers, presets, query
//! string) → [`chart`] (plotters drawings) → `wasm` (the only wasm-bindgen/DOM code, built
//! for `wasm32` only). Each stage uses only the stages before it; [`num`] (numbers as text
//! and back, clamping) serves them all.

// Arrays are [sex][age] and [step]: loops over those indices read as the demographers'
// notation (x for age, k for step), so clippy's iterator style is not asked for.
#![allow(clippy::needless_range_loop)]

pub mod app;
pub mod chart;
pub mod data;
pub mod engine;
pub mod i18n;
pub mod num;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
