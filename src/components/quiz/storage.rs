//! Keeping the quiz on this device: restore once after the first render, then save on
//! every change to the one storage key.

use yew::prelude::*;

use crate::model::quiz::{decode, encode, QuizAction, QuizState, STORAGE_KEY};
use crate::web;

/// Reads this device's saved answers once, after the first render. Marks storage as
/// unavailable if reading throws.
#[hook]
pub fn use_restore(state: UseReducerHandle<QuizState>, storage_ok: UseStateHandle<bool>) {
    use_effect_with((), move |_| match web::storage::get(STORAGE_KEY) {
        Ok(Some(saved)) => match decode(&saved) {
            Some((stage, answers)) => state.dispatch(QuizAction::Restore(stage, answers)),
            // Corrupt, old or foreign: drop it rather than guess.
            None => {
                let _ = web::storage::remove(STORAGE_KEY);
            }
        },
        Ok(None) => {}
        Err(_) => storage_ok.set(false),
    });
}

/// Keeps the one storage key in step with the position and answers (removing it when
/// there is nothing to keep). Skips the first render so it cannot overwrite what
/// [`use_restore`] is about to read back.
#[hook]
pub fn use_save(state: &QuizState, storage_ok: UseStateHandle<bool>) {
    let first = use_mut_ref(|| true);
    let keep = state.worth_keeping();
    use_effect_with((state.stage, state.answers), move |(stage, answers)| {
        if first.replace(false) {
            return;
        }
        let saved = if keep {
            web::storage::set(STORAGE_KEY, &encode(*stage, answers))
        } else {
            web::storage::remove(STORAGE_KEY)
        };
        if saved.is_err() {
            storage_ok.set(false);
        }
    });
}
