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

// Hand-written: no gloo crate covers the clipboard or printing (one web-sys call each).
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
/// which is revoked straight after (when `gloo-file`'s `ObjectUrl` drops). `false` if
/// any step is refused.
pub fn download_text(file_name: &str, text: &str) -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    let blob = gloo_file::Blob::new_with_options(text, Some("text/plain;charset=utf-8"));
    // Dropped at the end of this function, so the text does not stay reachable by URL.
    let url = gloo_file::ObjectUrl::from(blob);
    click_download_link(&url, file_name).is_some()
}

fn click_download_link(url: &str, file_name: &str) -> Option<()> {
    let document = gloo_utils::document();
    let link = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    link.set_href(url);
    link.set_download(file_name);
    link.set_hidden(true);
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    Some(())
}
