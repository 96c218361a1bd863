//! Tests of the picture's state: the reader's choices and the browser's facts stay apart,
//! and the picture moves only when both allow it.

use super::*;
use crate::model::flow::Channel;
use proptest::prelude::*;

fn after(actions: &[FlowAction]) -> FlowState {
    let mut state = Rc::new(FlowState::default());
    for &a in actions {
        state = state.reduce(a);
    }
    (*state).clone()
}

/// True for what the browser reports about the surroundings.
fn from_browser(action: FlowAction) -> bool {
    matches!(
        action,
        FlowAction::OnScreen(_) | FlowAction::Hidden(_) | FlowAction::ReducedMotion(_)
    )
}

/// True for what the reader does on the page.
fn from_reader(action: FlowAction) -> bool {
    matches!(
        action,
        FlowAction::Stress(_)
            | FlowAction::Holding(_)
            | FlowAction::TogglePause
            | FlowAction::LetItOut
    )
}

#[test]
fn the_picture_runs_only_when_the_reader_and_the_surroundings_both_allow_it() {
    assert!(
        FlowState::default().running(),
        "plays at first, as on the server"
    );
    for n in 0..16u8 {
        let [paused, on_screen, hidden, reduced] = [1, 2, 4, 8].map(|bit| n & bit != 0);
        let mut actions = vec![
            FlowAction::OnScreen(on_screen),
            FlowAction::Hidden(hidden),
            FlowAction::ReducedMotion(reduced),
        ];
        if paused {
            actions.push(FlowAction::TogglePause);
        }
        let expected = !paused && on_screen && !hidden && !reduced;
        assert_eq!(after(&actions).running(), expected, "{actions:?}");
    }
}

#[test]
fn reader_choices_survive_the_browser_changing_its_mind() {
    let chose = [
        FlowAction::Stress(5),
        FlowAction::Holding(3),
        FlowAction::TogglePause,
    ];
    let choices = after(&chose).choices;
    let mut actions = chose.to_vec();
    for facts in [false, true] {
        actions.extend([
            FlowAction::OnScreen(facts),
            FlowAction::Hidden(!facts),
            FlowAction::ReducedMotion(!facts),
        ]);
        let state = after(&actions);
        assert_eq!(state.choices, choices);
        // Back on screen in a visible tab, a paused picture stays paused.
        assert!(!state.running());
    }
}

#[test]
fn reduced_motion_is_never_a_reader_s_pause() {
    let reduced = after(&[FlowAction::ReducedMotion(true)]);
    assert!(!reduced.running());
    assert!(!reduced.choices.paused, "the Pause button would read Play");
    let back = after(&[
        FlowAction::ReducedMotion(true),
        FlowAction::ReducedMotion(false),
    ]);
    assert!(
        back.running(),
        "motion welcome again: the picture plays on its own"
    );
}

#[test]
fn opening_the_channel_plays_a_paused_picture() {
    let state = after(&[FlowAction::TogglePause, FlowAction::LetItOut]);
    assert!(!state.choices.paused);
    assert!(state.running());
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let state = Rc::new(FlowState::default());
    for same in [
        FlowAction::OnScreen(true),
        FlowAction::Hidden(false),
        FlowAction::LetItOut,
    ] {
        assert!(Rc::ptr_eq(&state, &state.clone().reduce(same)), "{same:?}");
    }
}

fn any_action() -> impl Strategy<Value = FlowAction> {
    let category = prop_oneof![
        Just(Category::Steady),
        Just(Category::Building),
        Just(Category::LettingGo),
        Just(Category::Easing),
        Just(Category::NothingToEase),
    ];
    prop_oneof![
        any::<u8>().prop_map(FlowAction::Stress),
        any::<u8>().prop_map(FlowAction::Holding),
        Just(FlowAction::TogglePause),
        Just(FlowAction::LetItOut),
        any::<bool>().prop_map(FlowAction::OnScreen),
        any::<bool>().prop_map(FlowAction::Hidden),
        any::<bool>().prop_map(FlowAction::ReducedMotion),
        category.clone().prop_map(FlowAction::Category),
        category.prop_map(|category| FlowAction::Say(Said {
            channel: Channel::Narrow,
            category,
        })),
    ]
}

proptest! {
    #[test]
    fn each_action_changes_only_its_own_part(actions in prop::collection::vec(any_action(), 0..40)) {
        let mut state = Rc::new(FlowState::default());
        for a in actions {
            let before = (*state).clone();
            state = state.reduce(a);
            if from_browser(a) {
                prop_assert_eq!(&state.choices, &before.choices);
            }
            if from_reader(a) {
                prop_assert_eq!(&state.surroundings, &before.surroundings);
            }
            if !from_browser(a) && !from_reader(a) {
                prop_assert_eq!(&state.choices, &before.choices);
                prop_assert_eq!(&state.surroundings, &before.surroundings);
            }
            prop_assert_eq!(
                state.running(),
                !state.choices.paused && state.surroundings.allow_motion()
            );
        }
    }
}
