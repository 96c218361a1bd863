//! Whether animation should run: the reader's reduced-motion setting, whether the tab is
//! visible, and whether an element is on screen. Each watcher owns its listener or
//! observer and lets go of it when dropped.

use wasm_bindgen::JsCast;

use super::observer::Observing;
use super::EventListener;

const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";

fn reduced_motion_query() -> Option<web_sys::MediaQueryList> {
    gloo_utils::window()
        .match_media(REDUCED_MOTION)
        .ok()
        .flatten()
}

/// True if the reader asked for reduced motion (always false outside the browser).
pub fn prefers_reduced_motion() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    reduced_motion_query().is_some_and(|q| q.matches())
}

/// Calls `on_change` with the new reduced-motion setting whenever the reader changes it.
pub fn watch_reduced_motion(on_change: impl Fn(bool) + 'static) -> Option<EventListener> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let query = reduced_motion_query()?;
    let target: web_sys::EventTarget = query.clone().into();
    EventListener::new(&target, "change", move |_| on_change(query.matches()))
}

/// True if the page is hidden (another tab, minimised); false outside the browser.
pub fn page_hidden() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    gloo_utils::document().hidden()
}

/// Calls `on_change` with "is the page hidden" whenever the tab is hidden or shown.
pub fn watch_page_hidden(on_change: impl Fn(bool) + 'static) -> Option<EventListener> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    EventListener::new(&gloo_utils::document(), "visibilitychange", move |_| {
        on_change(page_hidden())
    })
}

/// Calls `on_change(true/false)` as `element` comes into or leaves the viewport, while the
/// returned value lives. `None` outside the browser or where IntersectionObserver is
/// missing (the caller should then treat the element as on screen).
pub fn watch_on_screen(
    element: &web_sys::Element,
    on_change: impl Fn(bool) + 'static,
) -> Option<Observing<web_sys::IntersectionObserver>> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    Observing::new(element, move |entries: js_sys::Array| {
        // The last entry is the newest state of our one element.
        let last = entries.length().checked_sub(1).map(|i| entries.get(i));
        if let Some(entry) =
            last.and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            on_change(entry.is_intersecting());
        }
    })
}
