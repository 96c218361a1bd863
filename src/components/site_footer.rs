//! The footer: credit to the article and its author.

use yew::prelude::*;

use crate::content::site::CREDIT;

/// Credit to the article, its author and its publisher.
#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { CREDIT.lead } { " " }
                <cite>{ CREDIT.article }</cite>
                { CREDIT.byline() }
            </p>
            <p class="site-footer__note">{ CREDIT.note }</p>
        </footer>
    }
}
