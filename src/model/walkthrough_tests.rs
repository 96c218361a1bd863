//! Tests of the walkthrough's moves: Next and Back, the comparison, swipes and keys, and
//! that any address segment or sequence of moves gives a valid step.

use super::*;
use proptest::prelude::*;

#[test]
fn next_and_back_walk_every_step_and_stop_at_the_ends() {
    let mut w = Walkthrough::default();
    assert!(w.is_first());
    assert_eq!(w.apply(Action::Back), w);
    for n in 2..=STEP_COUNT {
        w = w.apply(Action::Next);
        assert_eq!(w.view(), View::Step(n));
    }
    assert!(w.is_last());
    assert_eq!(w.apply(Action::Next), w);
    for n in (1..STEP_COUNT).rev() {
        w = w.apply(Action::Back);
        assert_eq!(w.step(), n);
    }
}

#[test]
fn go_to_clamps() {
    let w = Walkthrough::default();
    assert_eq!(w.apply(Action::GoTo(0)).step(), 1);
    assert_eq!(w.apply(Action::GoTo(4)).step(), 4);
    assert_eq!(w.apply(Action::GoTo(200)).step(), STEP_COUNT);
}

#[test]
fn comparing_keeps_the_step_and_stepping_leaves_it() {
    let w = Walkthrough::new(View::Step(3)).apply(Action::Compare);
    assert_eq!(w.view(), View::Compare);
    assert_eq!(w.step(), 3);
    assert_eq!(w.apply(Action::CloseCompare).view(), View::Step(3));
    assert_eq!(w.apply(Action::Next).view(), View::Step(4));
    assert_eq!(w.apply(Action::Show(View::Step(5))).view(), View::Step(5));
    assert_eq!(Walkthrough::new(View::Compare).step(), 1);
}

#[test]
fn step_numbers_clamp_and_anything_else_is_step_one() {
    assert_eq!(View::step_from("3"), View::Step(3));
    assert_eq!(View::step_from("0"), View::Step(1));
    assert_eq!(View::step_from("7"), View::Step(STEP_COUNT));
    assert_eq!(View::step_from(&"9".repeat(500)), View::Step(STEP_COUNT));
    for garbage in ["", "-2", "+3", "3a", "x", "1.5", " 2", "２", "compare"] {
        assert_eq!(View::step_from(garbage), View::FIRST, "{garbage:?}");
    }
}

#[test]
fn swipes_and_keys() {
    assert_eq!(swipe_direction(-80.0, 10.0), Some(Direction::Forward));
    assert_eq!(swipe_direction(80.0, -10.0), Some(Direction::Backward));
    assert_eq!(swipe_direction(30.0, 0.0), None, "too short");
    assert_eq!(swipe_direction(-80.0, 90.0), None, "a scroll");
    assert_eq!(swipe_direction(f64::NAN, 0.0), None);
    assert_eq!(key_direction("ArrowRight"), Some(Direction::Forward));
    assert_eq!(key_direction("ArrowLeft"), Some(Direction::Backward));
    assert_eq!(key_direction("ArrowUp"), None);
    assert_eq!(Direction::Forward.action(), Action::Next);
}

#[test]
fn keys_and_swipes_turn_steps_but_not_the_comparison() {
    use Direction::*;
    assert_eq!(turn(View::Step(3), Forward), Some(View::Step(4)));
    assert_eq!(turn(View::Step(3), Backward), Some(View::Step(2)));
    assert_eq!(turn(View::FIRST, Backward), None, "the first step's start");
    assert_eq!(
        turn(View::Step(STEP_COUNT), Forward),
        None,
        "the last step's end"
    );
    assert_eq!(turn(View::Compare, Forward), None);
    assert_eq!(turn(View::Compare, Backward), None);
}

proptest! {
    #[test]
    fn any_segment_gives_a_valid_step(s in ".*") {
        let View::Step(n) = View::step_from(&s) else { panic!("a step") };
        prop_assert!((1..=STEP_COUNT).contains(&n));
    }

    #[test]
    fn any_actions_keep_the_step_valid(actions in proptest::collection::vec(0u8..8, 0..40), n in any::<u8>()) {
        let mut w = Walkthrough::default();
        for a in actions {
            let action = match a {
                0 => Action::Next, 1 => Action::Back, 2 => Action::GoTo(n),
                3 => Action::Compare, 4 => Action::CloseCompare,
                5 => Action::Show(View::Step(n)), 6 => Action::Show(View::Compare),
                _ => Action::GoTo(n.wrapping_mul(3)),
            };
            w = w.apply(action);
            prop_assert!((1..=STEP_COUNT).contains(&w.step()));
        }
    }
}
