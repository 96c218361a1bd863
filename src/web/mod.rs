//! Browser glue: the only module that touches `web-sys`. Every function returns early
//! outside the browser, so server rendering and native tests never call into a missing
//! browser (wasm-bindgen imports panic on native targets).
//! It uses a gloo crate wherever one fits; what stays hand-written says why where it
//! is (figures in the README's "Dependencies").

mod animation_frame;
mod connectivity;
mod host;
mod in_view;
mod listener;
mod location;
pub mod motion;
mod observer;
mod service_worker;
pub mod share;
mod step_gestures;
pub mod storage;
#[cfg(feature = "test-panic")]
mod test_panic;
mod timer;
mod words;

pub use animation_frame::AnimationFrameLoop;
pub use connectivity::{mark_interactive, use_connection, Connection};
pub use host::embed_options;
pub use in_view::use_in_view;
pub use listener::EventListener;
pub use location::{current_page, go_to, pin_head_links, site_root_url, use_page};
pub use service_worker::{use_service_worker, ServiceWorkerState};
#[cfg(feature = "test-panic")]
pub use test_panic::panic_on_test_route;

pub use step_gestures::use_step_gestures;
pub use timer::{now_ms, Timer};
use wasm_bindgen::UnwrapThrowExt;
pub use words::{every_page_s_words_in, fetch_other_words, learn_page_words, use_words, Words};

/// Moves keyboard focus to the first heading inside the element with `id`, so a screen
/// reader announces the new screen after navigation. Does nothing if it is missing.
pub fn focus_heading_in(id: &str) {
    focus_within(id, Some("h1, h2"));
}

/// Sets the document's title for `route`'s page from the heading it shows (which is the
/// page table's, as the tests check), so the browser's download carries no second copy of
/// the headings; a no-op outside the browser.
pub fn set_document_title(route: crate::model::Route) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let document = gloo_utils::document();
    let heading = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    document.set_title(&crate::site_map::title_with_heading(route, &heading));
}

/// Moves focus to the element with `id` (and so scrolls it into view). Does nothing if
/// it is missing or outside the browser.
pub fn focus_element(id: &str) {
    focus_within(id, None);
}

/// What a link to a place on the page does, without touching the address: brings the
/// element with `id` to the top of the view, then focuses it. Focus alone centres an
/// element that is out of view, and the support list is taller than a phone's screen, so
/// its heading and "These are UK lines" ended up above the top.
pub fn jump_to(id: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(element) = gloo_utils::document().get_element_by_id(id) {
        element.scroll_into_view();
    }
    focus_element(id);
}

/// Focuses the element with `id`, or the first match of `selector` inside it.
fn focus_within(id: &str, selector: Option<&str>) {
    use wasm_bindgen::JsCast;
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let element = gloo_utils::document()
        .get_element_by_id(id)
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
    let document = gloo_utils::document();
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

/// True while the reader cannot see this page (another tab is in front, or the window is
/// minimised); false outside the browser.
pub fn page_hidden() -> bool {
    cfg!(target_arch = "wasm32") && gloo_utils::document().hidden()
}

/// Scrolls the window back to the top; a no-op outside the browser.
pub fn scroll_to_top() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    gloo_utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Sets `name` to `value` on an element, ignoring failure (the element may be gone).
/// For values that change every frame, written straight to the DOM and not re-rendered.
pub fn set_attr(element: &web_sys::Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}
