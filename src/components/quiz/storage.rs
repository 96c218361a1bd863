//! Keeping the quiz on this device, and the after-render work of each change.

use yew::prelude::*;

use super::focus::{focus_key, focus_target, FocusKey};
use crate::effect::{use_effect_cleaned, use_effect_on};
use crate::model::quiz::{decode, encode, QuizAction, QuizState, STORAGE_KEY};
use crate::web;

/// Reads this device's saved answers once, after the first render, and then follows them
/// while the quiz is on screen: another tab or frame of this site (two tabs, or two
/// guides on one host page) may change them, and a copy that did not follow would be
/// saved over theirs at its next change. Marks storage as unavailable (through the
/// reducer) if reading throws.
#[hook]
pub fn use_saved(state: UseReducerHandle<QuizState>) {
    use_effect_cleaned((), move |_| {
        match web::storage::get(STORAGE_KEY) {
            Ok(Some(saved)) => match decode(&saved) {
                Some((stage, answers)) => state.dispatch(QuizAction::Restore(stage, answers)),
                // Corrupt, old or foreign: drop it rather than guess.
                None => {
                    let _ = web::storage::remove(STORAGE_KEY);
                }
            },
            Ok(None) => {}
            Err(_) => state.dispatch(QuizAction::StorageUnavailable),
        }
        let follow = web::storage::on_change(STORAGE_KEY, move |saved| {
            match saved.as_deref().map(decode) {
                Some(Some((_, answers))) => state.dispatch(QuizAction::Synced(Some(answers))),
                None => state.dispatch(QuizAction::Synced(None)),
                // Not a value this version wrote: leave it to the next load to drop.
                Some(None) => {}
            }
        });
        Box::new(move || drop(follow))
    });
}

/// After every change: keep the one storage key in step with the position and answers
/// (removing it when there is nothing to keep), and move focus where the reader needs
/// it (see [`focus_target`]). One effect for both, as each effect adds download size.
/// Skips the first render, so it cannot overwrite what [`use_saved`] is about to read
/// and does not steal focus on load; a restore on load moves no focus either.
/// Skips a change another tab made, too (see [`QuizAction::Synced`]).
#[hook]
pub fn use_after_change(state: UseReducerHandle<QuizState>) {
    let previous = use_mut_ref(|| None::<FocusKey>);
    let deps = (state.stage, state.answers, focus_key(&state));
    use_effect_on(deps, move |&(stage, answers, key)| {
        // A change from another tab is what storage already holds, in that tab's place:
        // writing it back would put this tab's screen in it. Nor did the reader act here,
        // so focus and scroll stay where they are.
        let Some(before) = previous.replace(Some(key)).filter(|_| !state.elsewhere) else {
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
