//! Whether the browser believes it is online.

use yew::prelude::*;

use super::EventListener;
use crate::effect::use_effect_cleaned;

/// What the browser says of the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    Online,
    Offline,
    /// Online again after being offline in this visit: said once, until the next change.
    BackOnline,
}

/// The connection as the browser reports it. Starts online (as the prerendered page does)
/// and follows the `online` and `offline` events after mount.
#[hook]
pub fn use_connection() -> Connection {
    let connection = use_state_eq(|| Connection::Online);
    {
        let connection = connection.clone();
        use_effect_cleaned((), move |_| {
            if !is_online() {
                connection.set(Connection::Offline);
            }
            let on_online = {
                let connection = connection.clone();
                EventListener::on_window("online", move |_| connection.set(Connection::BackOnline))
            };
            let on_offline =
                EventListener::on_window("offline", move |_| connection.set(Connection::Offline));
            Box::new(move || drop((on_online, on_offline)))
        });
    }
    *connection
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
