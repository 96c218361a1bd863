//! "Forget my answers", with a confirm step.

use yew::prelude::*;

use crate::content::quiz as text;
use crate::model::quiz::QuizAction;

/// The id of the safe choice, which takes focus when the reader is asked to confirm.
pub const FORGET_NO_ID: &str = "quiz-forget-no";

/// A quiet button that asks before clearing everything; `confirming` once the reader has
/// asked. `on` makes a button's click handler from the quiz action it sends, so only the
/// buttons shown get one. Ids and the group's label are written out (they equal
/// [`FORGET_NO_ID`], `FORGET_ASK_ID` and `text::FORGET`) so the attributes stay static,
/// which keeps the download smaller. While asking, `on_escape` has each key pressed in
/// the group: Escape answers "No, keep them", as it closes any question a page asks.
pub fn forget(
    confirming: bool,
    on: &dyn Fn(QuizAction) -> Callback<MouseEvent>,
    on_escape: Callback<KeyboardEvent>,
) -> Html {
    let on_keydown = confirming.then_some(on_escape);
    html! {
        <div class="quiz-forget" role="group" aria-label={text::FORGET} onkeydown={on_keydown}>
            if confirming {
                // The question describes both answers: focus lands on "No, keep them", and a
                // screen reader then says what is being asked, that it cannot be undone. The
                // safe answer is the filled one: the one that cannot be undone is quiet.
                <p id="quiz-forget-question" class="quiz-forget__question">
                    { text::FORGET_CONFIRM_TEXT }
                </p>
                <div class="quiz__actions">
                    <button type="button" id="quiz-forget-no" class="button"
                        aria-describedby="quiz-forget-question"
                        onclick={on(QuizAction::CancelForget)}>{ text::FORGET_NO }</button>
                    <button type="button" class="button button--quiet quiz-forget__yes"
                        aria-describedby="quiz-forget-question"
                        onclick={on(QuizAction::Forget)}>{ text::FORGET_YES }</button>
                </div>
            } else {
                <button type="button" id="quiz-forget-ask" class="button button--quiet quiz-forget__ask"
                    onclick={on(QuizAction::AskForget)}>{ text::FORGET }</button>
            }
        </div>
    }
}
