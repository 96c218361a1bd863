//! The footer: credit to the article and its author.

use yew::prelude::*;

use crate::content::site::{self, CREDIT};
use crate::model::Route;

/// Props for [`SiteFooter`].
#[derive(Properties, PartialEq)]
pub struct SiteFooterProps {
    /// Offer editors the "Embed this" page (not from inside an embed).
    #[prop_or(true)]
    pub show_embed_link: bool,
}

/// Credit to the article, its author and its publisher.
#[component]
pub fn SiteFooter(props: &SiteFooterProps) -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { CREDIT.lead } { " " }
                <cite>{ CREDIT.article }</cite>
                { CREDIT.byline() }
            </p>
            <p class="site-footer__note">{ CREDIT.note }</p>
            if props.show_embed_link {
                <p><a class="site-footer__embed" href={Route::Embed.to_hash()}>{ site::EMBED_LINK }</a></p>
            }
        </footer>
    }
}
