//! Helpers shared by the browser tests (`tests/browser_*.rs`).
#![allow(dead_code)]

use wasm_bindgen::JsCast;

pub fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

pub fn document() -> web_sys::Document {
    window().document().unwrap()
}

/// Waits `ms` milliseconds (letting the browser fire events such as `hashchange`), then
/// lets Yew finish rendering.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
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
