//! Crisis support: a one-line reminder at the top and the full list at the bottom.

use yew::prelude::*;

use crate::components::jump_link;
use crate::content::support::{self as text, SupportLine};

/// The `id` of the full support section, the target of the one-line reminder.
pub const SUPPORT_ID: &str = "support";

/// Every crisis line with a `tel:` link, the emergency number and "find a therapist".
/// `therapist_url`: where "find a therapist" goes (a host page may choose its own;
/// [`text::FIND_THERAPIST_URL`] otherwise). `compact`: a smaller strip for embed mode.
/// A view function: it holds no state.
pub fn support_strip(therapist_url: AttrValue, compact: bool) -> Html {
    html! {
        <aside id={SUPPORT_ID} class={classes!("support", compact.then_some("support--compact"))}
            aria-labelledby="support-heading" tabindex="-1">
            <h2 id="support-heading" class="support__heading">{ text::HEADING }</h2>
            <ul class="support__lines">
                { for text::LINES.iter().map(support_line) }
            </ul>
            <p class="support__emergency">
                { text::EMERGENCY_BEFORE } { " " }
                <a href={format!("tel:{}", text::EMERGENCY_NUMBER)}>{ text::EMERGENCY_NUMBER }</a>
                { " " } { text::EMERGENCY_AFTER }
            </p>
            <p class="support__therapist">
                <a class="button button--quiet" href={therapist_url}
                   target="_blank" rel="noopener">
                    { text::FIND_THERAPIST_TEXT }
                </a>
            </p>
            <p class="support__note">{ text::NOT_A_SERVICE }</p>
        </aside>
    }
}

fn support_line(line: &SupportLine) -> Html {
    html! {
        <li class="support__line">
            <span class="support__name">{ line.name }</span>
            <a class="support__number" href={format!("tel:{}", line.tel)}>{ line.number }</a>
            <span class="support__detail">{ line.detail }</span>
        </li>
    }
}

/// A single calm line near the top of every screen, so help is visible without
/// scrolling, with a way to the full list. A view function: it holds no state.
pub fn support_mini() -> Html {
    let first = &text::LINES[0];
    html! {
        <p class="support-mini">
            { text::MINI_LEAD } { " " }
            <a href={format!("tel:{}", first.tel)}>{ format!("{} {}", first.name, first.number) }</a>
            { " · " }
            { jump_link(None, SUPPORT_ID, html! { text::MINI_MORE }) }
        </p>
    }
}
