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

/// An app mounted for a test, in its own root element.
pub struct Mounted {
    root: web_sys::Element,
    app: yew::AppHandle<crying_explainer::App>,
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::Element;
    fn deref(&self) -> &web_sys::Element {
        &self.root
    }
}

impl Mounted {
    /// Unmounts the app (so its document listeners go, as on a real page there is only
    /// ever one) and removes its root.
    pub fn remove(self) {
        self.app.destroy();
        self.root.remove();
    }
}

/// Mounts a fresh app in its own root element and waits for it to render.
pub async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<crying_explainer::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, app }
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

/// Puts the test page at `path` (such as `/flow/`) with the site's folder at the server's
/// root, as a built page names it in `<html data-root>`, so the app shows that page.
pub fn open_page(path: &str) {
    let _ = document()
        .document_element()
        .unwrap()
        .set_attribute("data-root", "/");
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
}
