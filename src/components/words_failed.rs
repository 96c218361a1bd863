//! What stands in the main region while a page's words are not in: a quiet line while
//! they are on their way, and a calm message if they could not be fetched. The shell
//! around it (with the crisis numbers) always has its words: every page carries them.

use yew::prelude::*;

use crate::content::offline as text;
use crate::site_map::Page;
use crate::web::Words;

/// The stand-in for `here`'s screen. A view function: it holds no state.
pub fn words_pending(here: Page, words: Words) -> Html {
    match words {
        Words::Ready => Html::default(),
        Words::Loading => html! {
            <p class="words-pending" role="status">{ text::WORDS_LOADING }</p>
        },
        Words::Failed => html! {
            <section class="words-failed">
                <h1 tabindex="-1">{ text::WORDS_FAILED_HEADING }</h1>
                <p>{ text::WORDS_FAILED_BODY }</p>
                // A real load of the page's own address, whose HTML carries its words: a
                // link with a target is one the app leaves to the browser.
                <p><a class="button" href={here.href(here.route)} target="_self">{ text::WORDS_RETRY }</a></p>
            </section>
        },
    }
}
