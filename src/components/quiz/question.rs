//! One question: a fieldset with its legend and a radio group, and Back / Skip / Next.

use yew::prelude::*;

use crate::content::quiz::{self as text, QUESTIONS, RATHER_NOT_SAY};
use crate::model::quiz::{answer_count, Reply, QUESTION_COUNT};

/// What a question screen needs.
#[derive(PartialEq)]
pub struct QuestionView {
    /// Which question (from 0).
    pub index: usize,
    /// The reply already chosen, if any.
    pub answer: Option<Reply>,
    pub on_answer: Callback<Reply>,
    pub on_skip: Callback<MouseEvent>,
    pub on_next: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
}

/// Radio values as static text (cheaper than formatting numbers).
const VALUES: [&str; 8] = ["0", "1", "2", "3", "4", "5", "6", "7"];

/// A question screen. Choosing never moves on by itself, so arrow keys can move through
/// the radio group freely (each move is a click on the radio, which records the reply).
pub fn question(view: &QuestionView) -> Html {
    let Some(q) = QUESTIONS.get(view.index) else {
        return Html::default();
    };
    let index = view.index;
    let name = format!("quiz-q{index}");
    let choice = |position: usize| {
        let Some(reply) = Reply::at(index, position) else {
            return Html::default();
        };
        let label = match reply {
            Reply::Chose(a) => q
                .answers
                .get(usize::from(a))
                .copied()
                .unwrap_or(RATHER_NOT_SAY),
            Reply::RatherNotSay => RATHER_NOT_SAY,
        };
        // "Rather not say" looks quieter.
        let quiet = (reply == Reply::RatherNotSay).then_some("");
        html! {
            <label class="choice" data-quiet={quiet}>
                <input type="radio" name={name.clone()} value={VALUES.get(position).copied()}
                    checked={view.answer == Some(reply)}
                    onclick={view.on_answer.reform(move |_: MouseEvent| reply)} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <div class="quiz-question" key={index}>
            <fieldset>
                <legend>
                    // The id is QUESTION_HEADING_ID, written out so the attributes stay static.
                    // Described by the progress line ("Question 4 of 10") above the form.
                    <h2 id="quiz-question-heading" tabindex="-1" aria-describedby="quiz-progress">
                        { q.prompt }
                    </h2>
                </legend>
                <div class="choices">
                    { for (0..=answer_count(index)).map(choice) }
                </div>
            </fieldset>
            <div class="quiz__actions quiz-question__nav">
                <button type="button" class="button quiz-next" onclick={view.on_next.clone()}>
                    { if index + 1 >= QUESTION_COUNT { text::FINISH } else { text::NEXT } }
                </button>
                <button type="button" class="button button--quiet quiz-back" onclick={view.on_back.clone()}>
                    { text::BACK }
                </button>
                <button type="button" class="button button--quiet quiz-skip" onclick={view.on_skip.clone()}>
                    { text::SKIP }
                </button>
            </div>
        </div>
    }
}
