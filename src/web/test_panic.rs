//! The last resort: if the app panics, replace it with a calm message, a reload link and
//! the crisis numbers, instead of a frozen or blank page.

use wasm_bindgen::JsCast;

use crate::model::panic_screen::{RELOAD_ID, TEMPLATE_ID};

/// Installs the panic hook (through Yew, which would otherwise replace it on mount).
/// Call once, before mounting.
pub fn install_panic_screen() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        // Keep the cause for whoever opens the console; the reader gets the calm screen.
        gloo_console::error!(info.to_string());
        show_panic_screen();
    }));
}

/// Copies the prerendered calm screen over the app. No Yew and no callbacks: after a
/// panic nothing may need the WebAssembly.
fn show_panic_screen() {
    // Not gloo_utils::window(): it throws if missing, and a throw inside the panic hook
    // would leave a blank page instead of the calm screen.
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let template = document
        .get_element_by_id(TEMPLATE_ID)
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    let (Some(template), Some(root)) = (template, document.get_element_by_id("app")) else {
        return;
    };
    let Ok(screen) = template.content().clone_node_with_deep(true) else {
        return;
    };
    root.set_inner_html("");
    let _ = root.append_child(&screen);
    if let Some(link) = document.get_element_by_id(RELOAD_ID) {
        let _ = link.set_attribute("href", &reload_href(&window.location()));
    }
}

/// The same page with a fresh query value: a link to the current address would only
/// scroll, and `location.reload()` needs a script the dead app can no longer run.
fn reload_href(location: &web_sys::Location) -> String {
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("reload="))
        .collect();
    let stamp = js_sys::Date::now() as u64;
    let query = kept
        .iter()
        .fold(format!("reload={stamp}"), |q, p| format!("{p}&{q}"));
    format!("{path}?{query}{hash}")
}

/// Test builds only (`--features test-panic`): panics on purpose at `#/__panic__`, so the
/// end-to-end tests can check the calm screen.
#[cfg(feature = "test-panic")]
pub fn panic_on_test_route() {
    let hash = gloo_utils::window().location().hash().ok();
    assert!(
        hash.as_deref() != Some("#/__panic__"),
        "deliberate test panic"
    );
}
