//! Before the quiz: what it is and is not, how long, privacy, and crisis numbers (the UK
//! ones, and a way to the full list for readers in Northern Ireland, under 19 or abroad).

use yew::prelude::*;

use crate::components::support_strip::{emergency_line, support_lines, SUPPORT_ID};
use crate::components::{jump_href, on_jump};
use crate::content::{quiz as text, support};

/// What the introduction needs.
#[derive(PartialEq)]
pub struct IntroView {
    /// Answers are already kept: offer to carry on rather than start.
    pub has_answers: bool,
    pub on_start: Callback<MouseEvent>,
}

/// The introduction screen. A view function rather than a component: it has no state,
/// and every component costs download size.
pub fn intro(view: &IntroView) -> Html {
    html! {
        // "quiz-intro-heading" is INTRO_HEADING_ID, written out so the attributes stay static.
        // Keyed, as the results are: each screen gets elements of its own, so "Start" after
        // "Yes, forget them" is not the results' quiet "Back" button mid-way through fading
        // to the filled colour.
        <section key="intro" class="quiz-intro" aria-labelledby="quiz-intro-heading">
            <h2 id="quiz-intro-heading" tabindex="-1">{ text::INTRO_HEADING }</h2>
            { for text::INTRO.iter().map(|p| html! { <p>{ *p }</p> }) }
            <div class="quiz-intro__support">
                <p>{ text::INTRO_SUPPORT }</p>
                { support_lines(support::LINES) }
                { emergency_line() }
                <p>
                    <a href={jump_href(SUPPORT_ID)} onclick={on_jump(SUPPORT_ID)}>
                        { text::INTRO_MORE_LINES }
                    </a>
                </p>
            </div>
            <p class="quiz__actions">
                <button type="button" class="button quiz-start needs-app" onclick={view.on_start.clone()}>
                    { if view.has_answers { text::CONTINUE } else { text::START } }
                </button>
            </p>
        </section>
    }
}
