//! "Forget my answers", with a confirm step.

use yew::prelude::*;

use crate::content::quiz as text;

/// The id of the safe choice, which takes focus when the reader is asked to confirm.
pub const FORGET_NO_ID: &str = "quiz-forget-no";

/// What the forget control needs.
#[derive(PartialEq)]
pub struct ForgetView {
    /// The reader has asked and must now confirm or cancel.
    pub confirming: bool,
    pub on_ask: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
    pub on_confirm: Callback<MouseEvent>,
}

/// A quiet button that asks before clearing everything. Ids and the group's label are
/// written out (they equal [`FORGET_NO_ID`], `FORGET_ASK_ID` and `text::FORGET`) so the
/// attributes stay static, which keeps the download smaller.
pub fn forget(view: &ForgetView) -> Html {
    html! {
        <div class="quiz-forget" role="group" aria-label="Forget my answers">
            if view.confirming {
                <p class="quiz-forget__question">{ text::FORGET_CONFIRM_TEXT }</p>
                <div class="quiz__actions">
                    <button type="button" id="quiz-forget-no" class="button button--quiet"
                        onclick={view.on_cancel.clone()}>{ text::FORGET_NO }</button>
                    <button type="button" class="button quiz-forget__yes"
                        onclick={view.on_confirm.clone()}>{ text::FORGET_YES }</button>
                </div>
            } else {
                <button type="button" id="quiz-forget-ask" class="button button--quiet quiz-forget__ask"
                    onclick={view.on_ask.clone()}>{ text::FORGET }</button>
            }
        </div>
    }
}
