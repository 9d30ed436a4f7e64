//! Scenarios: the levers a reader moves, presets, and the query string that carries them.
