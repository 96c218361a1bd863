//! `localStorage` that never panics. Access itself can throw (sandboxed iframes, some
//! private modes, a host page that blocks it), so every call reports unavailability
//! instead of failing.
//!
//! Hand-written, not gloo-storage: its `raw()` throws where storage is blocked, and its
//! get/set go through serde_json (measured +9.6 KB brotli, first load over budget).

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
