//! Keeping a copy of the reflections: print, copy to the clipboard, download a text file.
//! Everything happens on the device; nothing is uploaded.

use wasm_bindgen::JsCast;

/// Opens the browser's print dialogue. `false` if it is not available.
pub fn print() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    gloo_utils::window().print().is_ok()
}

/// Copies `text` to the clipboard. Resolves to `false` when the browser refuses (no
/// clipboard, not allowed, not a secure context).
pub async fn copy_text(text: &str) -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    let navigator = gloo_utils::window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts: check before calling.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Saves `text` as a file called `file_name` through a temporary link to an object URL,
/// which is revoked straight after. `false` if any step is refused.
pub fn download_text(file_name: &str, text: &str) -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    try_download(file_name, text).is_some()
}

fn try_download(file_name: &str, text: &str) -> Option<()> {
    let document = gloo_utils::document();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let clicked = (|| {
        let link = document
            .create_element("a")
            .ok()?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        let body = document.body()?;
        body.append_child(&link).ok()?;
        link.click();
        link.remove();
        Some(())
    })();
    // Revoke whatever happened, so the text does not stay reachable by URL.
    let _ = web_sys::Url::revoke_object_url(&url);
    clicked
}
