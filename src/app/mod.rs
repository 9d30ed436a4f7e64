//! The widget's shell logic, host-tested: everything `www/crossroads.js` renders, built
//! from the chart renderer and the parameter table and worded in the reader's language.
//! The shell keeps a state string and hands it back; it never parses a query, formats a
//! number or picks a word. `src/wasm.rs` converts each method's inputs, calls one function
//! here (or in `crate::chart`) and converts the output.
//!
//! - [`state`]: [`read`] (a request's accepted parts and the refused ones), [`set`] (one key
//!   moved), [`status`] (what was left out, worded), [`embed_code`];
//! - [`panel`]: the controls of a state ([`Panel`]);
//! - [`output`]: a drawing's notes ([`draw`]), the data table, the Sources panel, presets,
//!   stories, parse;
//! - [`words`]: labels, units, values, choices and sources of the levers.

pub mod output;
pub mod panel;
pub mod state;
pub mod words;

pub use output::{
    assumptions, countries, data_table, download, draw, notes, parse, presets, sources, stories,
    value_text, words, AssumptionLine, CountryOption, DataTable, Drawn, NoteText, ParamSource,
    Parsed, PresetOption, SourcesPanel, StoryOption, TableSection, Values,
};
pub use panel::{panel, Control, Group, Panel};
pub use state::{
    attribute_query, embed_code, height, is_lang, read, read_request, set, shown, status,
    Attributes, EmbedInput, Ignored, Read, StatusInput, VIEW_KEYS,
};
