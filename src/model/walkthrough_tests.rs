//! Tests of the walkthrough's moves: keys and swipes turn steps (never the comparison), and
//! any address segment or sequence of turns gives a valid step.

use super::*;
use proptest::prelude::*;

#[test]
fn turning_walks_every_step_and_stops_at_the_ends() {
    use Direction::*;
    let mut at = View::FIRST;
    assert_eq!(turn(at, Backward), None, "the first step's start");
    for n in 2..=STEP_COUNT {
        at = turn(at, Forward).expect("a next step");
        assert_eq!(at, View::Step(n));
    }
    assert_eq!(turn(at, Forward), None, "the last step's end");
    for n in (1..STEP_COUNT).rev() {
        at = turn(at, Backward).expect("a step before");
        assert_eq!(at, View::Step(n));
    }
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
    fn any_turns_from_any_step_stay_on_a_valid_step(turns in proptest::collection::vec(any::<bool>(), 0..40), n in any::<u8>()) {
        let mut at = View::Step(clamp_step(u32::from(n)));
        for forward in turns {
            let direction = if forward { Direction::Forward } else { Direction::Backward };
            if let Some(to) = turn(at, direction) {
                let (View::Step(from), View::Step(n)) = (at, to) else { panic!("steps only") };
                prop_assert_eq!(from.abs_diff(n), 1, "one step at a time");
                at = to;
            }
            let View::Step(n) = at else { panic!("a step") };
            prop_assert!((1..=STEP_COUNT).contains(&n));
        }
    }
}
