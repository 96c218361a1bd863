//! What a reader without JavaScript gets in the prerendered page, beyond the home screen.

use yew::prelude::*;

use crate::content::{failure, offline as text};

/// For the prerendered page only: a `<noscript>` note that the interactive parts need
/// JavaScript, and a hidden note the loader reveals if the WebAssembly cannot start.
/// Neither takes space when the app starts and replaces the prerendered copy.
#[component]
pub fn NoScriptFallback() -> Html {
    html! {
        <>
            <noscript>
                <p class="notice noscript-note">{ text::NEEDS_JAVASCRIPT }</p>
            </noscript>
            <p id="cannot-start" class="notice cannot-start-note" hidden=true>{ failure::CANNOT_START }</p>
        </>
    }
}
