//! Living inside a host page: reading the embed options. The look options (theme,
//! background, accent) are applied before first paint by `static/look.js`, which also
//! tells the host page how tall the page is (so the frame fits with or without the app).

use crate::model::embed::EmbedOptions;

/// The options in this page's query string (defaults outside the browser).
pub fn embed_options() -> EmbedOptions {
    if !cfg!(target_arch = "wasm32") {
        return EmbedOptions::default();
    }
    let search = gloo_utils::window().location().search().unwrap_or_default();
    EmbedOptions::parse(&search)
}
