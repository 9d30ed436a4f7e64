//! The projection engine: life tables and the annual cohort-component step. It knows
//! nothing of levers, charts or the browser.
