//! Keeping the quiz on this device, and the after-render work of each change.

use yew::prelude::*;

use super::focus::{focus_key, focus_target, FocusKey};
use crate::effect::use_effect_on;
use crate::model::quiz::{decode, encode, QuizAction, QuizState, STORAGE_KEY};
use crate::web;

/// Reads this device's saved answers once, after the first render. Marks storage as
/// unavailable (through the reducer) if reading throws.
#[hook]
pub fn use_restore(state: UseReducerHandle<QuizState>) {
    use_effect_on((), move |_| match web::storage::get(STORAGE_KEY) {
        Ok(Some(saved)) => match decode(&saved) {
            Some((stage, answers)) => state.dispatch(QuizAction::Restore(stage, answers)),
            // Corrupt, old or foreign: drop it rather than guess.
            None => {
                let _ = web::storage::remove(STORAGE_KEY);
            }
        },
        Ok(None) => {}
        Err(_) => state.dispatch(QuizAction::StorageUnavailable),
    });
}

/// After every change: keep the one storage key in step with the position and answers
/// (removing it when there is nothing to keep), and move focus where the reader needs
/// it (see [`focus_target`]). One effect for both, as each effect adds download size.
/// Skips the first render, so it cannot overwrite what [`use_restore`] is about to read
/// and does not steal focus on load; a restore on load moves no focus either.
#[hook]
pub fn use_after_change(state: UseReducerHandle<QuizState>) {
    let previous = use_mut_ref(|| None::<FocusKey>);
    let deps = (state.stage, state.answers, focus_key(&state));
    use_effect_on(deps, move |&(stage, answers, key)| {
        let Some(before) = previous.replace(Some(key)) else {
            return;
        };
        let saved = if state.worth_keeping() {
            web::storage::set(STORAGE_KEY, &encode(stage, &answers))
        } else {
            web::storage::remove(STORAGE_KEY)
        };
        if saved.is_err() && state.storage_ok {
            state.dispatch(QuizAction::StorageUnavailable);
        }
        if state.restored {
            return;
        }
        if let Some(target) = focus_target(before, key) {
            if stage != before.0 {
                // Start each screen at the top, so the crisis line above it stays in view.
                web::scroll_to_top();
            }
            web::focus_element(target);
        }
    });
}
