//! For readers without JavaScript, or whose browser cannot run the app: notes in every
//! prerendered page, and the page for addresses that do not exist. Rendered at build time
//! only; the live app never uses them.

use yew::prelude::*;

use crate::components::panic_screen::calm_page;
use crate::content::failure::{self as text, CANNOT_START};
use crate::model::route::{Route, Section};
use crate::site_map::Page;

/// A `<noscript>` note that the moving parts need JavaScript, and a hidden note the loader
/// reveals if the WebAssembly cannot start; both lead into the walkthrough, whose pages
/// all work without scripts. Neither takes space when the app starts and replaces the
/// prerendered copy. A view function: it holds no state.
pub fn no_script_notes(here: Page) -> Html {
    let walkthrough = here.href(Route::Section(Section::Tears));
    html! {
        <>
            <noscript>
                <p class="notice noscript-note">
                    { text::NEEDS_JAVASCRIPT } { " " }
                    <a href={walkthrough.clone()}>{ text::READ_STEP_BY_STEP }</a>
                </p>
            </noscript>
            <p id="cannot-start" class="notice cannot-start-note" hidden=true>
                { CANNOT_START } { " " }
                <a href={walkthrough}>{ text::READ_STEP_BY_STEP }</a>
            </p>
        </>
    }
}

/// The page a host serves for an address that does not exist (`404.html`). A host may
/// serve it at any depth, where no relative address to the site's files would hold, so it
/// needs no stylesheet or script: plain words, a way back and every crisis number.
///
/// The way back is one folder up, not this folder: every page's address ends in `/`, so a
/// mistyped one (`tears/9/`) is a folder of its own, where `./` would load this page again.
/// One folder up is a real page, or is one step nearer one. Once the service worker runs,
/// it points the link at the site's folder itself (`static/sw.js`).
#[component]
pub fn NotFound() -> Html {
    calm_page(html! {
        <main id="main" class="main not-found">
            <h1>{ text::NOT_FOUND_HEADING }</h1>
            <p>{ text::NOT_FOUND_BODY }</p>
            <p><a href="../">{ text::NOT_FOUND_HOME }</a></p>
        </main>
    })
}
