//! What a reader without JavaScript gets in the prerendered page, beyond the home screen.
//! Rendered at build time only; the live app never uses it.

use yew::prelude::*;

use crate::content::evidence::{self, Evidence};
use crate::content::tears::{Block, STEPS};
use crate::content::{failure, offline as text};

/// For the prerendered page only: a `<noscript>` block with a note that the interactive
/// parts need JavaScript and the whole walkthrough as plain text (each claim with its
/// evidence), and a hidden note the loader reveals if the WebAssembly cannot start.
/// Neither takes space when the app starts and replaces the prerendered copy.
#[component]
pub fn NoScriptFallback() -> Html {
    html! {
        <>
            <noscript>
                <p class="notice noscript-note">{ text::NEEDS_JAVASCRIPT }</p>
                <section class="noscript-walkthrough" aria-label={text::WALKTHROUGH_LABEL}>
                    { for STEPS.iter().map(|step| html! {
                        <>
                            <h2>{ step.title }</h2>
                            { for step.blocks.iter().map(block) }
                        </>
                    }) }
                </section>
            </noscript>
            <p id="cannot-start" class="notice cannot-start-note" hidden=true>{ failure::CANNOT_START }</p>
        </>
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
