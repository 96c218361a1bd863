//! Crisis support: a one-line reminder at the top and the full list at the bottom.

use yew::prelude::*;

use crate::components::JumpLink;
use crate::content::support::{self as text, SupportLine};

/// The `id` of the full support section, the target of the one-line reminder.
pub const SUPPORT_ID: &str = "support";

/// Props for [`SupportStrip`].
#[derive(Properties, PartialEq)]
pub struct SupportStripProps {
    /// Where "find a therapist" goes (a host page may choose its own).
    #[prop_or(AttrValue::Static(text::FIND_THERAPIST_URL))]
    pub therapist_url: AttrValue,
    /// A smaller strip for embed mode.
    #[prop_or_default]
    pub compact: bool,
}

/// Every crisis line with a `tel:` link, the emergency number and "find a therapist".
#[component]
pub fn SupportStrip(props: &SupportStripProps) -> Html {
    html! {
        <aside id={SUPPORT_ID} class={classes!("support", props.compact.then_some("support--compact"))}
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
                <a class="button button--quiet" href={props.therapist_url.clone()}
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
/// scrolling, with a way to the full list.
#[component]
pub fn SupportMini() -> Html {
    let first = &text::LINES[0];
    html! {
        <p class="support-mini">
            { text::MINI_LEAD } { " " }
            <a href={format!("tel:{}", first.tel)}>{ format!("{} {}", first.name, first.number) }</a>
            { " · " }
            <JumpLink target={SUPPORT_ID}>{ text::MINI_MORE }</JumpLink>
        </p>
    }
}
