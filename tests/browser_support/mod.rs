//! Helpers shared by the browser tests (`tests/browser_*.rs`).
#![allow(dead_code, unused_imports)]

use wasm_bindgen::JsCast;

pub use gloo_utils::{document, window};

/// Waits `ms` milliseconds (letting the browser fire events such as `hashchange`), then
/// lets Yew finish rendering.
pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
    yew::scheduler::flush().await;
}

/// Mounts a fresh app in its own root element and waits for it to render.
pub async fn mount() -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<crying_explainer::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Clicks the element matching `selector` inside `root`.
pub fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}
