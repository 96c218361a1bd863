//! For readers without JavaScript, or whose browser cannot run the app: notes in the
//! prerendered page, and the whole guide as a plain page (`text.html`). Rendered at build
//! time only; the live app never uses them.

use yew::prelude::*;

use crate::components::{site_footer, support_strip};
use crate::content::evidence::{self, Evidence};
use crate::content::tears::{Block, STEPS};
use crate::content::{failure, offline as text, site, support};

/// Where the plain page is served.
pub const TEXT_PAGE: &str = "/text.html";

/// A `<noscript>` note that the interactive parts need JavaScript, and a hidden note the
/// loader reveals if the WebAssembly cannot start; both link to the plain page. Neither
/// takes space when the app starts and replaces the prerendered copy.
#[component]
pub fn NoScriptFallback() -> Html {
    html! {
        <>
            <noscript>
                <p class="notice noscript-note">
                    { text::NEEDS_JAVASCRIPT } { " " }
                    <a href={TEXT_PAGE}>{ text::READ_AS_TEXT }</a>
                </p>
            </noscript>
            <p id="cannot-start" class="notice cannot-start-note" hidden=true>
                { failure::CANNOT_START } { " " }
                <a href={TEXT_PAGE}>{ text::READ_AS_TEXT }</a>
            </p>
        </>
    }
}

/// The guide as one plain page that needs no script: the introduction, every step of the
/// walkthrough with each claim's evidence, crisis support and the credit.
#[component]
pub fn TextEdition() -> Html {
    html! {
        <div class="shell">
            <header class="site-header"><a class="brand" href="/">{ site::TITLE }</a></header>
            <main id="main" class="main text-edition">
                <h1>{ text::TEXT_PAGE_TITLE }</h1>
                { for site::INTRO.iter().map(|p| html! { <p>{ *p }</p> }) }
                <p class="notice">{ text::TEXT_PAGE_NOTE }</p>
                { for STEPS.iter().map(|step| html! {
                    <section>
                        <h2>{ step.title }</h2>
                        { for step.blocks.iter().map(block) }
                    </section>
                }) }
            </main>
            { support_strip(AttrValue::Static(support::FIND_THERAPIST_URL), false) }
            { site_footer(false) }
        </div>
    }
}

fn block(block: &Block) -> Html {
    match block {
        Block::Text(words) => html! { <p>{ *words }</p> },
        Block::Claim(words, evidence) => html! {
            <>
                <p>{ *words }</p>
                { evidence_text(evidence) }
            </>
        },
    }
}

/// The evidence note, open, as plain text (its disclosure button needs JavaScript).
fn evidence_text(e: &Evidence) -> Html {
    html! {
        <p class={classes!("evidence", format!("evidence--{}", e.strength.slug()))}>
            <strong>{ evidence::STRENGTH_PREFIX } { " " } { e.strength.label() }</strong>
            { ". " } { evidence::RESEARCH_SAYS } { " " } { e.summary } { " " }
            <span class="evidence__source">{ evidence::SOURCE } { " " } { e.citation }</span>
        </p>
    }
}
