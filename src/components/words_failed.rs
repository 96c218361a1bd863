//! What stands in the main region when a page's words could not be fetched (offline
//! before the first visit, or a broken file): a calm message. The shell around it (with
//! the crisis numbers) always has its words: every page carries them. While words are
//! on their way, what was on screen stays: the page before, or this message (see `App`).

use yew::prelude::*;

use crate::content::offline as text;
use crate::site_map::Page;

/// The calm message in place of `here`'s screen. A view function: it holds no state.
pub fn words_failed(here: Page) -> Html {
    html! {
        <section class="words-failed">
            <h1 tabindex="-1">{ text::WORDS_FAILED_HEADING }</h1>
            <p>{ text::WORDS_FAILED_BODY }</p>
            // A real load of the page's own address, whose HTML carries its words: a
            // link with a target is one the app leaves to the browser.
            <p><a class="button" href={here.href(here.route)} target="_self">{ text::WORDS_RETRY }</a></p>
        </section>
    }
}
