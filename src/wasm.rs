//! The only wasm-bindgen and DOM code: one opaque handle for the page.
