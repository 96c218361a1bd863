//! "When feelings get stuck": the article's idea, the interactive energy-flow picture
//! (still under reduced motion, changing only when the reader changes it), and what research says.

mod figure;
mod frame_loop;
mod meter;
mod picture;
mod slider;

use yew::prelude::*;

use crate::components::EvidenceNote;
use crate::content::{flow as text, site};
use crate::model::route::Section;

pub use figure::{flow_figure, FigureRefs};
pub use picture::FlowPicture;

/// The whole section page: the idea, its label as a metaphor, the picture, the evidence.
/// A view function (no state of its own); the key makes a change of page replace it.
pub fn flow_section() -> Html {
    let title = site::section(Section::Flow).title;
    html! {
        <article key="flow" class="section section--flow flow">
            <h1 tabindex="-1">{ title }</h1>
            <p class="flow__metaphor">
                <strong class="flow__metaphor-label">{ text::METAPHOR_LABEL }</strong>
                { " " }{ text::METAPHOR_NOTE }
            </p>
            { for text::INTRO.iter().map(|p| html! { <p>{ *p }</p> }) }
            <EvidenceNote evidence={text::IDEA_EVIDENCE} />
            <p class="flow__try">
                <span class="needs-app">{ text::TRY_IT }{ " " }</span>{ text::ONLY_A_PICTURE }
            </p>
            <FlowPicture />
            <h2 class="flow__research">{ text::RESEARCH_HEADING }</h2>
            { for text::RESEARCH.iter().map(|(claim, evidence)| html! {
                <>
                    <p>{ *claim }</p>
                    <EvidenceNote evidence={*evidence} />
                </>
            }) }
        </article>
    }
}
