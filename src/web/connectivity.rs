//! Whether the browser believes it is online.

use yew::prelude::*;

use super::EventListener;

/// `true` while the browser reports a connection. Starts `true` (as the prerendered
/// page does) and follows the `online` and `offline` events after mount.
#[hook]
pub fn use_online() -> bool {
    let online = use_state_eq(|| true);
    {
        let online = online.clone();
        use_effect_with((), move |_| {
            online.set(is_online());
            let on_online = {
                let online = online.clone();
                EventListener::on_window("online", move |_| online.set(true))
            };
            let on_offline = EventListener::on_window("offline", move |_| online.set(false));
            move || drop((on_online, on_offline))
        });
    }
    *online
}

fn is_online() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return true;
    }
    gloo_utils::window().navigator().on_line()
}

// Hand-written: no gloo crate covers `performance.mark`.
/// Marks the moment the app is interactive (`performance.mark("app-interactive")`), for
/// the benchmark to read.
pub fn mark_interactive() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(performance) = gloo_utils::window().performance() {
        let _ = performance.mark("app-interactive");
    }
}
