//! Crisis support: a short reminder at the top and the full list at the bottom.

use yew::prelude::*;

use crate::components::{jump_href, on_jump};
use crate::content::support::{self as text, SupportLine};

/// The `id` of the full support section, the target of the reminder's link.
pub const SUPPORT_ID: &str = "support";

/// Every crisis line, marked as UK ones, with `tel:` and `sms:` links; the emergency
/// number; where readers elsewhere can look; and "find a therapist".
/// `therapist_url`: where "find a therapist" goes (a host page may choose its own;
/// [`text::FIND_THERAPIST_URL`] otherwise). Inside a host page the strip is smaller: the
/// sheet keys that on the page's root (`data-embed`, which the prerender writes). A view
/// function: it holds no state.
pub fn support_strip(therapist_url: AttrValue) -> Html {
    html! {
        <aside id={SUPPORT_ID} class="support" aria-labelledby="support-heading" tabindex="-1">
            <h2 id="support-heading" class="support__heading">{ text::HEADING }</h2>
            <p class="support__uk">{ text::UK_LEAD }</p>
            { support_lines(text::LINES) }
            { emergency_line() }
            { support_lines(text::MORE_LINES) }
            <p class="support__abroad">
                { text::ABROAD_BEFORE } { " " }
                <a href={text::ABROAD_URL} target="_blank" rel="noopener">{ text::ABROAD_LINK }</a>
                { " " } { text::ABROAD_AFTER }
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

/// A list of support lines, each a name, a `tel:` or `sms:` link and when or for whom.
/// Also the quiz's introduction's list: one function, so the download holds it once.
pub fn support_lines(lines: &'static [SupportLine]) -> Html {
    html! {
        <ul class="support__lines">
            { for lines.iter().map(|line| html! {
                <li class="support__line">
                    // The spaces keep the three apart where no sheet lays them out
                    // (the "not here" page, reader views, copied text).
                    <span class="support__name">{ line.name }</span>{ " " }
                    <a class="support__number" href={line.href}>{ line.number }</a>{ " " }
                    <span class="support__detail">{ line.detail }</span>
                </li>
            }) }
        </ul>
    }
}

/// "If a life is at risk, call 999 or go to A&E."
pub fn emergency_line() -> Html {
    html! {
        <p class="support__emergency">
            { text::EMERGENCY_BEFORE } { " " }
            <a href={text::EMERGENCY_HREF}>{ text::EMERGENCY_NUMBER }</a>
            { " " } { text::EMERGENCY_AFTER }
        </p>
    }
}

/// A short reminder near the top of every screen, so help is visible without
/// scrolling: the first two UK lines, and a way to the full list. A named region, so a
/// screen reader moving by landmarks meets it where a sighted reader does. A view function.
///
/// Each link is a whole target of its own (the sheet lays them out with gaps, not "·"
/// between them): on a phone they wrap onto lines of their own, and a tap on the lower
/// half of "Samaritans" must never open a text to Shout.
pub fn support_mini() -> Html {
    html! {
        <p class="support-mini" role="region" aria-labelledby="support-mini-lead">
            <span class="support-mini__lead">
                <span id="support-mini-lead">{ text::MINI_LEAD }</span> { " " } { text::MINI_UK }
            </span> { " " }
            <a href={text::MINI[0].1}>{ text::MINI[0].0 }</a> { " " }
            <a href={text::MINI[1].1}>{ text::MINI[1].0 }</a> { " " }
            <a href={jump_href(SUPPORT_ID)} onclick={on_jump(SUPPORT_ID)}>{ text::MINI_MORE }</a>
        </p>
    }
}
