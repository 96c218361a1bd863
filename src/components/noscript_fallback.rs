//! What a reader without JavaScript gets in the prerendered page, beyond the home screen.

use yew::prelude::*;

use crate::content::offline as text;

/// A `<noscript>` block for the prerendered page: a note that the interactive parts need
/// JavaScript. Browsers with scripts running never show it, so it takes no space when the
/// app replaces the prerendered copy.
#[component]
pub fn NoScriptFallback() -> Html {
    html! {
        <noscript>
            <p class="notice noscript-note">{ text::NEEDS_JAVASCRIPT }</p>
        </noscript>
    }
}
