//! The footer: credit to the article and its author.

use yew::prelude::*;

use crate::content::site::{self, CREDIT};
use crate::model::Route;
use crate::site_map::Page;

/// "Based on the article *Crying in the therapy room* by Natasha Kelly…", the title a link
/// to the original (in a new tab, so an embedded guide stays where it is). The caller
/// writes the paragraph around it, with its own class.
pub fn credit() -> Html {
    html! {
        <>
            { CREDIT.lead } { " " }
            <a href={CREDIT.url} target="_blank" rel="noopener"><cite>{ CREDIT.article }</cite></a>
            { CREDIT.byline }
        </>
    }
}

/// Credit to the article, its author and its publisher; standalone pages offer editors
/// the "Embed this" page (not from inside an embed). Home shows the credit under its
/// introduction, so its footer does not say it a second time. A view function: it holds
/// no state.
pub fn site_footer(here: Page) -> Html {
    html! {
        <footer class="site-footer">
            if here.route != Route::Home {
                <p class="site-footer__credit">{ credit() }</p>
            }
            <p class="site-footer__note">{ CREDIT.note }</p>
            if !here.embedded {
                <p><a class="site-footer__embed" href={here.href(Route::Embed)}>{ site::EMBED_LINK }</a></p>
            }
        </footer>
    }
}
