//! Living inside a host page: reading the embed options and telling the host page how
//! tall the app is. The look options (theme, background, accent) are applied before first
//! paint by `static/look.js`, not here.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::observer::Observing;
use crate::effect::use_effect_cleaned;
use crate::model::embed::EmbedOptions;

/// The message type the embed loader listens for. Only height and section are ever
/// sent: nothing a reader enters leaves the app.
pub const RESIZE_MESSAGE: &str = "crying-explainer:resize";

/// The options in this page's query string (defaults outside the browser).
pub fn embed_options() -> EmbedOptions {
    if !cfg!(target_arch = "wasm32") {
        return EmbedOptions::default();
    }
    let search = gloo_utils::window().location().search().unwrap_or_default();
    EmbedOptions::parse(&search)
}

/// Watches the page's height and posts it, with the current section, to the host page,
/// if this page is framed by another; `None` otherwise. Dropping it disconnects the
/// observer.
fn report_height(section: &'static str) -> Option<Observing<web_sys::ResizeObserver>> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let window = gloo_utils::window();
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return None;
    }
    let body = gloo_utils::document().body()?;
    let measured = body.clone();
    Observing::new(&body, move |_| post_height(&parent, &measured, section))
}

// Hand-built with `Reflect`, not a `serde::Serialize` struct through serde-wasm-bindgen:
// that measured +629 B brotli (113,141 -> 113,770), and with every screen its own page and
// the walkthrough's figures the first load had no room for it (122.2 KB of 120).
fn post_height(parent: &web_sys::Window, body: &web_sys::HtmlElement, section: &str) {
    let height = body.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = js_sys::Reflect::set(&message, &"section".into(), &section.into());
    // Height and section are not private; the host's origin is not known to the app.
    let _ = parent.post_message(&message, "*");
}

/// Reports the app's height to the host page while embedded, re-reporting on each
/// section change.
#[hook]
pub fn use_height_reporting(embedded: bool, section: &'static str) {
    use_effect_cleaned((embedded, section), move |&(embedded, section)| {
        let reporter = embedded.then(|| report_height(section)).flatten();
        Box::new(move || drop(reporter))
    });
}
