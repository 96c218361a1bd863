//! Where keyboard focus goes as the quiz moves on, so screen readers announce each new
//! screen and nobody is left focused on a button that has gone.

use super::{
    FORGET_ASK_ID, FORGET_NO_ID, INTRO_HEADING_ID, QUESTION_HEADING_ID, RESULTS_HEADING_ID,
};
use crate::model::quiz::{QuizState, Stage};

/// What decides focus: the screen, whether answers were just forgotten, and whether the
/// reader is being asked to confirm forgetting.
pub type FocusKey = (Stage, bool, bool);

/// The focus key of a state.
pub fn focus_key(state: &QuizState) -> FocusKey {
    (state.stage, state.forgotten, state.confirming_forget)
}

/// The id to focus after a change from `before` to `now`, if any: the safe "No" when
/// asked to confirm forgetting, "Forget my answers" again after "No", otherwise the new
/// screen's heading. Nothing when nothing that matters changed.
pub fn focus_target(before: FocusKey, now: FocusKey) -> Option<&'static str> {
    let ((stage_before, _, confirming_before), (stage, forgotten, confirming)) = (before, now);
    if before == now {
        return None;
    }
    Some(if confirming {
        FORGET_NO_ID
    } else if confirming_before && stage_before == stage && !forgotten {
        FORGET_ASK_ID
    } else {
        match stage {
            Stage::Intro => INTRO_HEADING_ID,
            Stage::Question(_) => QUESTION_HEADING_ID,
            Stage::Results => RESULTS_HEADING_ID,
        }
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn focus_follows_the_reader() {
        let q = |i| (Stage::Question(i), false, false);
        assert_eq!(focus_target(q(0), q(1)), Some(QUESTION_HEADING_ID));
        assert_eq!(
            focus_target(q(1), q(1)),
            None,
            "answering does not move focus"
        );
        assert_eq!(
            focus_target(q(9), (Stage::Results, false, false)),
            Some(RESULTS_HEADING_ID)
        );
        assert_eq!(
            focus_target(q(2), (Stage::Question(2), false, true)),
            Some(FORGET_NO_ID)
        );
        assert_eq!(
            focus_target((Stage::Question(2), false, true), q(2)),
            Some(FORGET_ASK_ID)
        );
        assert_eq!(
            focus_target((Stage::Intro, false, true), (Stage::Intro, true, false)),
            Some(INTRO_HEADING_ID)
        );
    }
}
