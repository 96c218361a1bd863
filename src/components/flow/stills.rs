//! Reduced motion: the still pictures' note, caption and Previous/Next stepper.

use yew::prelude::*;

use crate::content::flow as text;
use crate::model::flow::STILL_COUNT;

/// The caption of still `index`: its place in the sequence and what it shows.
pub fn still_caption(index: usize) -> Html {
    let still = &text::STILLS[index.min(text::STILLS.len() - 1)];
    html! {
        <>
            <span class="flow-visual__still-name">{ text::still_heading(index) }</span>
            // The name shows on its own line; a screen reader hears it as its own sentence.
            <span class="visually-hidden">{ ". " }</span>{ still.caption }
        </>
    }
}

/// Previous and Next, each marked unavailable at its end of the sequence: `aria-disabled`,
/// not `disabled`, because a button pressed to the end that disabled itself would drop
/// keyboard focus to the page (the model stops at each end by itself).
pub fn stepper(
    index: usize,
    on_previous: Callback<MouseEvent>,
    on_next: Callback<MouseEvent>,
) -> Html {
    let at_end = |end: bool| end.then_some("true");
    html! {
        <div class="flow-stepper needs-app">
            <button type="button" class="button flow-stepper__button"
                aria-disabled={at_end(index == 0)}
                onclick={on_previous}>{ text::PREVIOUS }</button>
            <button type="button" class="button flow-stepper__button"
                aria-disabled={at_end(index + 1 >= STILL_COUNT)}
                onclick={on_next}>{ text::NEXT }</button>
        </div>
    }
}
