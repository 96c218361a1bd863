//! Browser glue: the only module that touches `web-sys`. Every function returns early
//! outside the browser, so server rendering and native tests never call into a missing
//! browser (wasm-bindgen imports panic on native targets).

mod animation_frame;
mod connectivity;
mod hash;
mod host;
mod in_view;
mod listener;
pub mod motion;
mod panic_screen;
mod service_worker;
pub mod share;
pub mod storage;
mod tears;

pub use animation_frame::AnimationFrameLoop;
pub use connectivity::{mark_interactive, use_online};
pub use hash::use_route;
pub use host::{
    apply_to_document, embed_options, page_origin, use_height_reporting, RESIZE_MESSAGE,
};
pub use in_view::use_in_view;
pub use listener::EventListener;
pub use panic_screen::install_panic_screen;
#[cfg(feature = "test-panic")]
pub use panic_screen::panic_on_test_route;
pub use service_worker::{use_service_worker, ServiceWorkerState};

pub use tears::{replace_hash, use_step_gestures};
use wasm_bindgen::UnwrapThrowExt;

/// Moves keyboard focus to the first heading inside the element with `id`, so a screen
/// reader announces the new screen after navigation. Does nothing if it is missing.
pub fn focus_heading_in(id: &str) {
    focus_within(id, Some("h1, h2"));
}

/// Sets the document's title; a no-op outside the browser.
pub fn set_document_title(title: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Moves focus to the element with `id` (and so scrolls it into view). Does nothing if
/// it is missing or outside the browser.
pub fn focus_element(id: &str) {
    focus_within(id, None);
}

/// Focuses the element with `id`, or the first match of `selector` inside it.
fn focus_within(id: &str, selector: Option<&str>) {
    use wasm_bindgen::JsCast;
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| match selector {
            Some(selector) => el.query_selector(selector).ok().flatten(),
            None => Some(el),
        })
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The element the app mounts into: `#app` emptied of its prerendered copy (or the
/// body, if a host page has no `#app`). Browser only.
pub fn take_app_root() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect_throw("the app runs in a browser document");
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            root
        }
        None => document
            .body()
            .map(web_sys::Element::from)
            .expect_throw("the document has a body"),
    }
}

/// Scrolls the window back to the top; a no-op outside the browser.
pub fn scroll_to_top() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Sets `name` to `value` on an element, ignoring failure (the element may be gone).
/// For values that change every frame, written straight to the DOM and not re-rendered.
pub fn set_attr(element: &web_sys::Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}
