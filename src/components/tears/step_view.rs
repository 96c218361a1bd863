//! One step of the walkthrough: where we are, the heading, the picture and the text,
//! each claim followed by its evidence note.

use yew::prelude::*;

use super::block::block;
use super::figures::TearFigure;
use crate::content::tears as text;
use crate::model::walkthrough::View;

/// The `id` of the current view's heading, focused when the step changes.
pub const HEADING_ID: &str = "tears-heading";

/// The step's content. Notes are keyed by claim, so they start closed on every step;
/// the picture is keyed by step, so it starts at rest and its gentle motion plays again.
/// `step` is 1-based. A view function: it holds no state.
pub fn step_view(step: u8) -> Html {
    let s = text::step_text(step);
    html! {
        <>
            // The heading is described by the progress line, so focusing it after a move
            // says "Three kinds of tears, heading, Step 1 of 6" once.
            <p id="tears-progress" class="tears__progress">{ text::progress(step) }</p>
            <h1 id={HEADING_ID} tabindex="-1" aria-describedby="tears-progress">{ s.title }</h1>
            <TearFigure key={step} view={View::Step(step)} />
            // One element around the blocks: steps have different numbers of them, and
            // Yew matches a fragment's children from the end, so without it the heading
            // would be replaced (and lose focus) between such steps.
            <div class="tears__text">{ for s.blocks.iter().map(|b| block(b, AttrValue::default())) }</div>
        </>
    }
}
