//! The current hash route as a hook.

use yew::prelude::*;

use super::EventListener;
use crate::model::Route;

/// The route in the location hash, kept current as the reader follows links, uses the
/// back button or edits the address. Outside the browser it is always [`Route::Home`].
#[hook]
pub fn use_route() -> Route {
    let route = use_state_eq(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::on_window("hashchange", move |_| route.set(current_route()));
            // Dropping the listener on unmount detaches it.
            move || drop(listener)
        });
    }
    *route
}

/// Reads and parses the location hash now ([`Route::Home`] outside the browser).
pub fn current_route() -> Route {
    if !cfg!(target_arch = "wasm32") {
        return Route::Home;
    }
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}
