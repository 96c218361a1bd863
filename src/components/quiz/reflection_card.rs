//! One reflection card: what you told us, what the article says beside what research says
//! (its evidence note, open), and questions to bring to a counsellor.

use yew::prelude::*;

use crate::content::text::Text;

use crate::components::EvidenceNote;
use crate::content::quiz::reflect::told_sentence;
use crate::content::quiz::summary::reply_text;
use crate::content::quiz::{self as text, Reflection, QUESTIONS};

/// A card for a theme, or the gentle general reflection.
pub fn reflection_card(reflection: &Reflection) -> Html {
    let (theme, told) = match reflection {
        Reflection::General => {
            return html! {
                <article class="reflection" aria-labelledby="reflection-general">
                    <h3 id="reflection-general">{ text::GENERAL_TITLE }</h3>
                    { for text::GENERAL_TEXT.iter().map(|p| html! { <p>{ *p }</p> }) }
                    { prompts(text::GENERAL_PROMPTS) }
                </article>
            };
        }
        Reflection::Theme { theme, told } => (*theme, told),
    };
    let t = text::theme(theme);
    let heading_id = format!("reflection-{}", theme.slug());
    html! {
        <article class="reflection" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ t.title }</h3>
            <h4>{ text::TOLD_HEADING }</h4>
            if !told.is_empty() {
                <ul class="reflection__told">
                    { for told.iter().filter_map(|(q, reply)| QUESTIONS.get(*q).map(|question| html! {
                        <li>{ question.short } { ": " } <strong>{ reply_text(*q, *reply) }</strong></li>
                    })) }
                </ul>
            }
            <p>{ told_sentence(told) }</p>
            // What the article says and what research says, once: the note, open, so its
            // details are not a second copy of the card's own words. Each theme cites a
            // note of its own, so the note's id is unique on the page.
            <EvidenceNote evidence={t.evidence} open=true />
            { prompts(t.prompts) }
        </article>
    }
}

fn prompts(items: &'static [Text]) -> Html {
    html! {
        <>
            <h4>{ text::PROMPTS_HEADING }</h4>
            <ul class="reflection__prompts">
                { for items.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
        </>
    }
}
