//! Moving through the walkthrough: a dot per step (each a button), Back and Next, and on
//! the last step the way on to the next section.

use yew::prelude::*;

use crate::content::{site, tears as text};
use crate::model::route::{Route, Section};
use crate::model::walkthrough::{Action, STEP_COUNT};

/// The controls under every step: `step` is the current 1-based step, `on_action` is
/// called with the reader's choice. A view function: it holds no state.
pub fn step_nav(step: u8, on_action: &Callback<Action>) -> Html {
    let send = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action))
    };
    let dot = |n: u8| {
        let current = (n == step).then_some("step");
        html! {
            <li>
                <button type="button" class="tears__dot" aria-current={current}
                    aria-label={text::dot_label(n)} onclick={send(Action::GoTo(n))}>
                    <span class="tears__dot-mark" />
                </button>
            </li>
        }
    };
    let forward = if step < STEP_COUNT {
        html! {
            <button type="button" class="button tears__next" onclick={send(Action::Next)}>
                { text::NEXT }
            </button>
        }
    } else {
        let flow = site::section(Section::Flow);
        html! {
            <a class="button tears__next" href={Route::Section(Section::Flow).to_hash()}>
                { text::ON_TO_FLOW }
                <span class="visually-hidden">{ ": " } { flow.summary }</span>
            </a>
        }
    };
    html! {
        <nav class="tears__nav" aria-label={text::STEPS_LABEL}>
            <ol class="tears__dots">{ for (1..=STEP_COUNT).map(dot) }</ol>
            <div class="tears__buttons">
                <button type="button" class="button button--quiet tears__back"
                    disabled={step == 1} onclick={send(Action::Back)}>
                    { text::BACK }
                </button>
                { forward }
            </div>
            <p class="tears__hint">{ text::HINT }</p>
        </nav>
    }
}
