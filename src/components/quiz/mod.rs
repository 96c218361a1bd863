//! The self-reflection quiz: introduction, one question at a time, reflection cards.
//! Answers live in the reducer and, where the browser allows, in one `localStorage` key.
//!
//! One component with plain view functions for its screens: each Yew component adds
//! several kilobytes to the download, and only this one holds state.

mod focus;
mod forget;
mod intro;
mod question;
mod reflection_card;
mod results;
mod storage;

pub use forget::{forget, FORGET_NO_ID};
pub use intro::{intro, IntroView};
pub use question::{question, QuestionView};
pub use reflection_card::reflection_card;
pub use results::{results, ResultsView, ShareStatus};

use yew::prelude::*;

use crate::content::quiz::{self as text, reflections, summary_text};
use crate::content::site;
use crate::model::quiz::{QuizAction, QuizState, ShareOutcome, Stage, QUESTION_COUNT};
use crate::model::route::Section;
use crate::web::share;

/// The introduction's heading, which receives focus when the screen changes to it
/// (as do the two below). The views write these ids out as literals, so that their
/// attributes stay static; `tests/ssr_reflect.rs` checks that they agree.
pub const INTRO_HEADING_ID: &str = "quiz-intro-heading";
/// The current question's heading.
pub const QUESTION_HEADING_ID: &str = "quiz-question-heading";
/// The results' heading.
pub const RESULTS_HEADING_ID: &str = "quiz-results-heading";
/// The id of the "Forget my answers" button, which takes focus back after "No".
pub const FORGET_ASK_ID: &str = "quiz-forget-ask";

/// The whole quiz. Its first render is the introduction whatever is stored, so server
/// rendering and hydration agree; saved answers are restored in an effect.
#[component]
pub fn Quiz() -> Html {
    let state = use_reducer(QuizState::default);
    let known = storage::use_saved(state.clone());
    storage::use_after_change(state.clone(), known);

    let on = |action: QuizAction| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action))
    };
    let on_escape = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                state.dispatch(QuizAction::CancelForget);
            }
        })
    };
    let screen = match state.stage {
        Stage::Intro => intro(&IntroView {
            has_answers: !state.answers.is_empty(),
            on_start: on(QuizAction::Start),
        }),
        Stage::Question(index) => question(&QuestionView {
            index,
            answer: state.answers.get(index),
            on_answer: {
                let state = state.clone();
                Callback::from(move |reply| state.dispatch(QuizAction::Answer(reply)))
            },
            on_skip: on(QuizAction::Skip),
            on_next: on(QuizAction::Next),
            on_back: on(QuizAction::Back),
        }),
        Stage::Results => results(&ResultsView {
            answers: state.answers,
            status: state.status,
            on_print: {
                let state = state.clone();
                Callback::from(move |_| {
                    if !share::print() {
                        state.dispatch(QuizAction::Said(ShareOutcome::PrintFailed));
                    }
                })
            },
            on_copy: {
                let state = state.clone();
                Callback::from(move |_| {
                    let state = state.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let summary = summary_text(&reflections(&state.answers));
                        let copied = share::copy_text(&summary).await;
                        let said = if copied {
                            ShareOutcome::Copied
                        } else {
                            ShareOutcome::CopyFailed
                        };
                        state.dispatch(QuizAction::Said(said));
                    });
                })
            },
            on_download: {
                let state = state.clone();
                Callback::from(move |_| {
                    let summary = summary_text(&reflections(&state.answers));
                    let saved = share::download_text(&text::FILE_NAME.value(), &summary);
                    let said = if saved {
                        ShareOutcome::Downloaded
                    } else {
                        ShareOutcome::DownloadFailed
                    };
                    state.dispatch(QuizAction::Said(said));
                })
            },
            on_back: on(QuizAction::Back),
        }),
    };
    let progress = match state.stage {
        Stage::Question(i) => text::progress(i, QUESTION_COUNT),
        _ => String::new(),
    };
    let note = if state.forgotten {
        Some(text::FORGOTTEN)
    } else if state.restored {
        Some(text::RESTORED)
    } else {
        None
    };

    html! {
        <article class="section section--reflect quiz">
            <h1 tabindex="-1">{ site::section(Section::Reflect).title }</h1>
            // Not live: moving on focuses the new question, whose heading this describes,
            // so "Question 4 of 10" is said once, with the question.
            <p id="quiz-progress" class="quiz__progress">{ progress }</p>
            <div role="status">
                if let Some(note) = note { <p class="notice quiz__note">{ note }</p> }
            </div>
            if !state.storage_ok { <p class="quiz__not-kept">{ text::NOT_KEPT }</p> }
            { screen }
            if state.worth_keeping() {
                { forget(state.confirming_forget, &on, on_escape) }
            }
        </article>
    }
}
