//! Where keyboard focus goes as the quiz moves on, so screen readers announce each new
//! screen and nobody is left focused on a button that has gone.

use yew::prelude::*;

use super::{
    FORGET_ASK_ID, FORGET_NO_ID, INTRO_HEADING_ID, QUESTION_HEADING_ID, RESULTS_HEADING_ID,
};
use crate::model::quiz::{QuizState, Stage};
use crate::web;

/// Moves focus to the new screen's heading when the reader changes screen, to the safe
/// "No" when asked to confirm forgetting, and back to "Forget my answers" after "No".
/// Not on the first render, and not after answers are restored on load.
#[hook]
pub fn use_focus_on_change(state: &QuizState) {
    let previous = use_mut_ref(|| None::<(Stage, bool)>);
    let restored = state.restored;
    let deps = (state.stage, state.forgotten, state.confirming_forget);
    use_effect_with(deps, move |&(stage, forgotten, confirming)| {
        let before = previous.replace(Some((stage, confirming)));
        let Some((stage_before, confirming_before)) = before else {
            return;
        };
        if restored {
            return;
        }
        if stage != stage_before {
            // Start each screen at the top, so the crisis line above it stays in view.
            web::scroll_to_top();
        }
        let target = if confirming {
            FORGET_NO_ID
        } else if confirming_before && stage_before == stage && !forgotten {
            FORGET_ASK_ID
        } else {
            match stage {
                Stage::Intro => INTRO_HEADING_ID,
                Stage::Question(_) => QUESTION_HEADING_ID,
                Stage::Results => RESULTS_HEADING_ID,
            }
        };
        web::focus_element(target);
    });
}
