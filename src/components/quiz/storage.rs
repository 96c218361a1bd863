//! Keeping the quiz on this device, and the after-render work of each change.

use yew::prelude::*;

use super::focus::{focus_key, focus_target, FocusKey};
use crate::effect::{use_effect_cleaned, use_effect_on};
use crate::model::quiz::{decode, encode, QuizAction, QuizState, STORAGE_KEY};
use crate::web;

/// The last value this tab read from storage or wrote there that it could read: what it
/// puts back if the key is overwritten with something it cannot read.
pub type Known = std::rc::Rc<std::cell::RefCell<Option<String>>>;

/// Reads this device's saved answers once, after the first render, and then follows them
/// while the quiz is on screen: another tab or frame of this site (two tabs, or two
/// guides on one host page) may change them, and a copy that did not follow would be
/// saved over theirs at its next change. Marks storage as unavailable (through the
/// reducer) if reading throws. Returns what this tab knows to be in storage, for
/// [`use_after_change`] to keep up to date.
#[hook]
pub fn use_saved(state: UseReducerHandle<QuizState>) -> Known {
    let known: Known = use_mut_ref(|| None);
    let mine = known.clone();
    use_effect_cleaned((), move |_| {
        match web::storage::get(STORAGE_KEY) {
            Ok(Some(saved)) => match decode(&saved) {
                Some((stage, answers)) => {
                    *mine.borrow_mut() = Some(saved);
                    state.dispatch(QuizAction::Restore(stage, answers));
                }
                // Corrupt, old or foreign: drop it rather than guess.
                None => {
                    let _ = web::storage::remove(STORAGE_KEY);
                }
            },
            Ok(None) => {}
            Err(_) => state.dispatch(QuizAction::StorageUnavailable),
        }
        let foreign = std::cell::RefCell::new(None::<String>);
        let follow = web::storage::on_change(STORAGE_KEY, move |saved| {
            match saved.as_deref().map(decode) {
                // Not a value this version wrote (a script on the same site, say): put
                // back what was there. Left alone, the next tab to open the reflection
                // would drop it, and that removal would read here as a forget. Once per
                // value: a tab of another version that put its own back would otherwise
                // trade writes with this one for ever.
                Some(None) => {
                    if foreign.replace(saved.clone()) != saved {
                        if let Some(ours) = mine.borrow().as_deref() {
                            let _ = web::storage::set(STORAGE_KEY, ours);
                        }
                    }
                }
                // Answers given there, or (`None`) forgotten there.
                read => {
                    *mine.borrow_mut() = saved;
                    let answers = read.flatten().map(|(_, answers)| answers);
                    state.dispatch(QuizAction::Synced(answers));
                }
            }
        });
        Box::new(move || drop(follow))
    });
    known
}

/// After every change: keep the one storage key in step with the position and answers
/// (removing it when there is nothing to keep, and noting in `known` what it holds), and
/// move focus where the reader needs it (see [`focus_target`]). One effect for both, as
/// each effect adds download size. Skips the first render, so it cannot overwrite what
/// [`use_saved`] is about to read and does not steal focus on load; a restore on load
/// moves no focus either. A change another tab made (see [`QuizAction::Synced`]) is not
/// written back, and moves no focus.
#[hook]
pub fn use_after_change(state: UseReducerHandle<QuizState>, known: Known) {
    let previous = use_mut_ref(|| None::<FocusKey>);
    let deps = (state.stage, state.answers, focus_key(&state));
    use_effect_on(deps, move |&(stage, answers, key)| {
        let Some(before) = previous.replace(Some(key)) else {
            return;
        };
        if state.elsewhere {
            // What storage already holds, in that tab's place: writing it back would put
            // this tab's screen in it. A forget there brings this tab back to its short
            // introduction; one the reader is not looking at goes to the top, so that on
            // their return they see it said, not the foot of a shorter page.
            if stage != before.0 && web::page_hidden() {
                web::scroll_to_top();
            }
            return;
        }
        let value = state.worth_keeping().then(|| encode(stage, &answers));
        let saved = match &value {
            Some(value) => web::storage::set(STORAGE_KEY, value),
            None => web::storage::remove(STORAGE_KEY),
        };
        if saved.is_ok() {
            *known.borrow_mut() = value;
        } else if state.storage_ok {
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
