//! `localStorage` that never panics. Access itself can throw (sandboxed iframes, some
//! private modes, a host page that blocks it), so every call reports unavailability
//! instead of failing.
//!
//! Hand-written, not gloo-storage: its `raw()` throws where storage is blocked, and its
//! get/set go through serde_json (measured +9.6 KB brotli, first load over budget).

use wasm_bindgen::JsCast;

use super::EventListener;

/// Storage is missing, refused, or full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn local_storage() -> Result<web_sys::Storage, Unavailable> {
    if !cfg!(target_arch = "wasm32") {
        return Err(Unavailable);
    }
    gloo_utils::window()
        // `Err` when the getter throws, `None` when there is no storage.
        .local_storage()
        .ok()
        .flatten()
        .ok_or(Unavailable)
}

/// The value under `key`, `Ok(None)` if there is none.
pub fn get(key: &str) -> Result<Option<String>, Unavailable> {
    local_storage()?.get_item(key).map_err(|_| Unavailable)
}

/// Stores `value` under `key` (fails when full or refused).
pub fn set(key: &str, value: &str) -> Result<(), Unavailable> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| Unavailable)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), Unavailable> {
    local_storage()?.remove_item(key).map_err(|_| Unavailable)
}

/// Calls `on_change` with the new value each time another tab or frame of this site
/// changes `key` in `localStorage` (`None`: removed, or all of the site's storage
/// cleared). Browsers tell only the others, never the page that wrote. Changes to
/// `sessionStorage` raise the same event and are not ours: a host page clearing its own
/// session data must not read as the reader forgetting. Listens while the returned value
/// lives (`None` outside the browser).
pub fn on_change(
    key: &'static str,
    on_change: impl Fn(Option<String>) + 'static,
) -> Option<EventListener> {
    EventListener::on_window("storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if event.storage_area() != local_storage().ok() {
            return;
        }
        match event.key() {
            Some(changed) if changed != key => {}
            _ => on_change(event.new_value()),
        }
    })
}
