//! "What the research says": a claim's evidence label with what it means, and a disclosure
//! with the details.

use yew::prelude::*;

use crate::content::evidence::{self as text, Evidence};

/// Props for [`EvidenceNote`].
#[derive(Properties, PartialEq)]
pub struct EvidenceNoteProps {
    /// The claim and its evidence.
    pub evidence: &'static Evidence,
    /// Distinguishes two notes on the same claim on one screen (element ids must be unique).
    #[prop_or_default]
    pub id_suffix: AttrValue,
    /// Start open (for print, or where the note is the point of the screen).
    #[prop_or_default]
    pub open: bool,
}

/// The strength label is always visible; the button (with `aria-expanded`) shows the
/// article's claim, the plain-language summary and the citation. Closed by default.
///
/// A note sits inside the page's text, so it is a `note`, not a landmark. An `<aside>`
/// here was a landmark ("complementary") or not depending on the engine's reading of
/// HTML-AAM's scoping rule: a landmarks list could hold nine notes on the comparison.
/// (`div` with the role, not `aside` with it: 296 B less of brotli wasm, measured.)
#[component]
pub fn EvidenceNote(props: &EvidenceNoteProps) -> Html {
    let open = use_state_eq(|| props.open);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let e = props.evidence;
    let panel_id = format!("evidence-{}{}", e.id, props.id_suffix);
    html! {
        <div class="evidence" role="note" data-strength={e.strength.slug()}>
            <div class="evidence__bar">
                <span class="evidence__label">
                    <span class="visually-hidden">{ text::STRENGTH_PREFIX } { " " }</span>
                    { e.strength.label() }
                </span>
                <span class="evidence__means">{ e.strength.meaning() }</span>
                <button type="button" class="evidence__toggle needs-app"
                    aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls={panel_id.clone()}
                    onclick={on_toggle}>
                    { text::TOGGLE }
                </button>
            </div>
            <div id={panel_id} class="evidence__panel" hidden={!*open}>
                <p><strong>{ text::ARTICLE_SAYS }</strong> { " " } { e.claim }</p>
                <p><strong>{ text::RESEARCH_SAYS }</strong> { " " } { e.summary }</p>
                <p class="evidence__source">{ text::SOURCE } { " " } { e.citation }</p>
            </div>
        </div>
    }
}
