//! Moving through the walkthrough: a dot per step, Back and Next, and on the last step the
//! way on to the next section. All are links to the steps' own pages, so they work
//! without JavaScript; with it, the shell turns them into in-page moves.

use yew::prelude::*;

use crate::content::{site, tears as text};
use crate::model::route::{Route, Section};
use crate::model::walkthrough::{View, STEP_COUNT};
use crate::site_map::Page;

/// The controls under every step: `step` is the current 1-based step, `here` the page
/// they sit on. A view function: it holds no state.
pub fn step_nav(here: Page, step: u8) -> Html {
    let to_step = |n: u8| here.href(Route::Tears(View::Step(n)));
    let dot = |n: u8| {
        let current = (n == step).then_some("step");
        html! {
            <li>
                <a class="tears__dot" href={to_step(n)} aria-current={current}
                    aria-label={text::dot_label(n)}>
                    <span class="tears__dot-mark" />
                </a>
            </li>
        }
    };
    let forward = if step < STEP_COUNT {
        html! {
            <a class="button tears__next" href={to_step(step + 1)} rel="next">{ text::NEXT }</a>
        }
    } else {
        let flow = site::section(Section::Flow);
        html! {
            <a class="button tears__next" href={here.href(Route::Section(Section::Flow))}>
                { text::ON_TO_FLOW }
                <span class="visually-hidden">{ ": " } { flow.summary }</span>
            </a>
        }
    };
    // On the first step there is nowhere back to go: a link with no address, marked
    // disabled, keeps the layout of the other steps.
    let back = if step > 1 {
        html! {
            <a class="button button--quiet tears__back" href={to_step(step - 1)} rel="prev">
                { text::BACK }
            </a>
        }
    } else {
        html! {
            <a class="button button--quiet tears__back" aria-disabled="true" role="link">
                { text::BACK }
            </a>
        }
    };
    html! {
        <nav class="tears__nav" aria-label={text::STEPS_LABEL}>
            <ol class="tears__dots">{ for (1..=STEP_COUNT).map(dot) }</ol>
            <div class="tears__buttons">
                { back }
                { forward }
            </div>
            // Keys and swipes need the app; without it the links are the way through.
            <p class="tears__hint needs-app">{ text::HINT }</p>
        </nav>
    }
}
