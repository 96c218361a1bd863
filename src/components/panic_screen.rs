//! The calm screen shown if the app ever stops unexpectedly. Rendered at build time into
//! a `<template>` in every page (`src/bin/prerender/`); after a panic the WebAssembly is gone, so the boot
//! module only copies the template into place (`src/bin/prerender/scripts.rs`).

use yew::prelude::*;

use crate::components::support_strip;
use crate::content::failure as text;
use crate::content::support::FIND_THERAPIST_URL;

use crate::model::panic_screen::RELOAD_ID;

/// A calm message, a reload link and every crisis number.
#[component]
pub fn PanicScreen() -> Html {
    calm_page(html! {
        <main id="main" class="main panic">
            <h1>{ text::PANIC_HEADING }</h1>
            { for text::PANIC_BODY.iter().map(|p| html! { <p>{ *p }</p> }) }
            <p><a id={RELOAD_ID} class="button" href=".">{ text::RELOAD }</a></p>
        </main>
    })
}

/// A page that stands alone when the app cannot help (this screen, and the page for an
/// address that does not exist): the shell, its `main` region, and every crisis number.
pub fn calm_page(main: Html) -> Html {
    html! {
        <div class="shell">
            { main }
            { support_strip(AttrValue::Static(FIND_THERAPIST_URL)) }
        </div>
    }
}
