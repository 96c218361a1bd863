//! The footer: credit to the article and its author.

use yew::prelude::*;

use crate::content::site::{self, CREDIT};
use crate::model::{Page, Route};

/// Credit to the article, its author and its publisher; standalone pages offer editors
/// the "Embed this" page (not from inside an embed). A view function: it holds no state.
pub fn site_footer(here: Page) -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { CREDIT.lead } { " " }
                <cite>{ CREDIT.article }</cite>
                { CREDIT.byline() }
            </p>
            <p class="site-footer__note">{ CREDIT.note }</p>
            if !here.embedded {
                <p><a class="site-footer__embed" href={here.href(Route::Embed)}>{ site::EMBED_LINK }</a></p>
            }
        </footer>
    }
}
