//! The footer: credit to the article and its author.

use yew::prelude::*;

use crate::content::site::{self, CREDIT};
use crate::model::Route;

/// Credit to the article, its author and its publisher; `show_embed_link` offers editors
/// the "Embed this" page (not from inside an embed). A view function: it holds no state.
pub fn site_footer(show_embed_link: bool) -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { CREDIT.lead } { " " }
                <cite>{ CREDIT.article }</cite>
                { CREDIT.byline() }
            </p>
            <p class="site-footer__note">{ CREDIT.note }</p>
            if show_embed_link {
                <p><a class="site-footer__embed" href={Route::Embed.to_hash()}>{ site::EMBED_LINK }</a></p>
            }
        </footer>
    }
}
