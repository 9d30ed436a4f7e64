//! Drawings made with plotters on any backend.
