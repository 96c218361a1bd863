//! The reflections, never scores, and ways to keep a copy.

use yew::prelude::*;

use super::reflection_card::reflection_card;
use crate::content::quiz::{self as text, reflections};
use crate::model::quiz::{Answers, ShareOutcome};

/// How keeping a copy went, to say so quietly.
pub type ShareStatus = Option<ShareOutcome>;

/// What the results screen needs.
#[derive(PartialEq)]
pub struct ResultsView {
    pub answers: Answers,
    /// The last message from print, copy or download.
    pub status: ShareStatus,
    pub on_print: Callback<MouseEvent>,
    pub on_copy: Callback<MouseEvent>,
    pub on_download: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
}

/// The results screen.
pub fn results(view: &ResultsView) -> Html {
    html! {
        // "quiz-results-heading" is RESULTS_HEADING_ID, written out so the attributes stay static.
        <section key="results" class="quiz-results" aria-labelledby="quiz-results-heading">
            <h2 id="quiz-results-heading" tabindex="-1">{ text::RESULTS_HEADING }</h2>
            <p>{ text::RESULTS_INTRO }</p>
            { for reflections(&view.answers).iter().map(reflection_card) }
            <section class="share" aria-labelledby="share-heading">
                <h3 id="share-heading">{ text::SHARE_HEADING }</h3>
                <p>{ text::SHARE_INTRO }</p>
                <div class="quiz__actions">
                    <button type="button" class="button button--quiet share__print"
                        onclick={view.on_print.clone()}>{ text::PRINT }</button>
                    <button type="button" class="button button--quiet share__copy"
                        onclick={view.on_copy.clone()}>{ text::COPY }</button>
                    <button type="button" class="button button--quiet share__download"
                        onclick={view.on_download.clone()}>{ text::DOWNLOAD }</button>
                </div>
                <p class="share__status" role="status">{ view.status.map(text::share_said) }</p>
            </section>
            <p class="quiz__actions quiz-results__nav">
                <button type="button" class="button button--quiet quiz-back"
                    onclick={view.on_back.clone()}>{ text::BACK_TO_QUESTIONS }</button>
            </p>
        </section>
    }
}
