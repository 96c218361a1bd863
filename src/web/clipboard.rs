//! Copying text for the reader.

use wasm_bindgen::JsValue;

/// Copies `text` to the clipboard. `false` if the browser refused (no permission, an
/// insecure page, a sandboxed frame) or has no clipboard.
pub async fn copy_text(text: &str) -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // Read defensively: `navigator.clipboard` is missing on insecure origins.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The origin this app is served from, for snippets a host page can paste.
pub fn page_origin() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window().and_then(|w| w.location().origin().ok())
}
