//! Property tests of the simulation: random input sequences, including nonsense values.

use proptest::prelude::*;

use super::particles::{FLOW_COUNT, TEAR_CAPACITY};
use super::simulation::{Input, Simulation, DT, MAX_ELAPSED};
use super::track::{VIEW_H, VIEW_W};

fn any_level() -> impl Strategy<Value = f32> {
    prop_oneof![
        4 => 0.0f32..=1.0,
        1 => Just(f32::NAN),
        1 => Just(f32::INFINITY),
        1 => Just(f32::NEG_INFINITY),
        1 => -1e30f32..1e30,
    ]
}

fn any_elapsed() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.0f64..0.1,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => -1e9f64..1e9,
        1 => 0.0f64..2.0,
    ]
}

fn any_input() -> impl Strategy<Value = Input> {
    prop_oneof![
        2 => any_level().prop_map(Input::Stress),
        2 => any_level().prop_map(Input::HoldingBack),
        1 => Just(Input::LetItOut),
        4 => any_elapsed().prop_map(Input::Advance),
    ]
}

fn run(seed: u32, inputs: &[Input]) -> Simulation {
    let mut sim = Simulation::new(seed);
    for &i in inputs {
        sim.apply(i);
    }
    sim
}

fn assert_sane(sim: &Simulation) {
    let p = sim.pressure();
    assert!(p.is_finite() && (0.0..=1.0).contains(&p), "pressure {p}");
    assert!((0.1..=1.0).contains(&sim.openness()));
    let (s, h) = sim.levels();
    assert!((0.0..=1.0).contains(&s) && (0.0..=1.0).contains(&h));
    let (track, flow) = sim.flow();
    for f in flow {
        assert!(f.s.is_finite() && (0.0..=track.len()).contains(&f.s));
        let (x, y) = track.point(f.s, f.right, f.lane * 3.0);
        assert!((0.0..=VIEW_W).contains(&x) && (0.0..=VIEW_H).contains(&y));
    }
    for t in sim.tears() {
        for v in [t.x, t.y, t.vx, t.vy, t.life] {
            assert!(v.is_finite());
        }
        assert!((0.0..=VIEW_W).contains(&t.x) && t.y <= VIEW_H);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn counts_stay_bounded_and_values_finite(seed in any::<u32>(), inputs in prop::collection::vec(any_input(), 0..80)) {
        let mut sim = Simulation::new(seed);
        for i in inputs {
            sim.apply(i);
            prop_assert_eq!(sim.flow().1.len(), FLOW_COUNT);
            prop_assert!(sim.live_tears() <= TEAR_CAPACITY);
            assert_sane(&sim);
        }
    }

    #[test]
    fn pressure_never_falls_while_blocked(
        seed in any::<u32>(),
        before in prop::collection::vec(any_input(), 0..40),
        stress in 0.0f32..=1.0,
        holding in 0.84f32..=1.0,
        frames in prop::collection::vec(0.0f64..0.1, 1..60),
    ) {
        let mut sim = run(seed, &before);
        // Wait out any release still running, then hold the block.
        sim.apply(Input::Stress(stress));
        sim.apply(Input::HoldingBack(holding));
        for _ in 0..20 { sim.apply(Input::Advance(MAX_ELAPSED)); }
        prop_assert!(sim.is_blocked());
        for dt in frames {
            let p = sim.pressure();
            sim.apply(Input::Advance(dt));
            prop_assert!(sim.pressure() >= p, "{} fell to {}", p, sim.pressure());
        }
    }

    #[test]
    fn letting_it_out_always_lowers_pressure(seed in any::<u32>(), before in prop::collection::vec(any_input(), 0..60)) {
        let mut sim = run(seed, &before);
        // Make sure there is pressure to release.
        sim.apply(Input::Stress(1.0));
        sim.apply(Input::HoldingBack(1.0));
        for _ in 0..20 { sim.apply(Input::Advance(MAX_ELAPSED)); }
        let p = sim.pressure();
        prop_assert!(p > 0.0);
        sim.apply(Input::LetItOut);
        sim.apply(Input::Advance(DT));
        prop_assert!(sim.pressure() < p);
        let mut last = sim.pressure();
        for _ in 0..12 {
            sim.apply(Input::Advance(MAX_ELAPSED));
            prop_assert!(sim.pressure() <= last);
            last = sim.pressure();
        }
        // A few seconds later it has gone, even with the sliders still high.
        prop_assert!(last < 0.05, "still {}", last);
    }

    #[test]
    fn the_same_inputs_give_the_same_state(seed in any::<u32>(), inputs in prop::collection::vec(any_input(), 0..80)) {
        prop_assert_eq!(run(seed, &inputs), run(seed, &inputs));
    }
}

#[test]
fn frame_rate_does_not_change_the_outcome() {
    let script = |fps: u32| {
        let mut sim = Simulation::new(11);
        let frame = 1.0 / fps as f64;
        // Inputs change on whole thirtieths of a second, a moment every rate shares.
        for tick in 0..(30 * 9) {
            match tick {
                30 => sim.apply(Input::Stress(0.9)),
                45 => sim.apply(Input::HoldingBack(0.7)),
                180 => sim.apply(Input::LetItOut),
                _ => {}
            }
            for _ in 0..fps / 30 {
                sim.apply(Input::Advance(frame));
            }
        }
        sim
    };
    let at30 = script(30);
    assert_eq!(at30, script(60));
    assert_eq!(at30, script(120));
    assert!(at30.pressure() < 0.05);
}

#[test]
fn a_block_makes_particles_crowd_behind_the_throat() {
    use super::track::GATE_S;
    let behind = |sim: &Simulation| {
        sim.flow()
            .1
            .iter()
            .filter(|p| p.s < GATE_S && p.s > GATE_S - 40.0)
            .count()
    };
    let mut sim = Simulation::new(5);
    for _ in 0..240 {
        sim.apply(Input::Advance(1.0 / 60.0));
    }
    let calm = behind(&sim);
    sim.apply(Input::Stress(1.0));
    sim.apply(Input::HoldingBack(1.0));
    for _ in 0..360 {
        sim.apply(Input::Advance(1.0 / 60.0));
    }
    assert!(behind(&sim) > 2 * calm, "{} vs {}", behind(&sim), calm);
    assert!(sim.pressure() > 0.5);
}

#[test]
fn letting_go_with_nothing_held_back_brings_no_tears() {
    use super::simulation::{Category, NOTHING_TO_EASE_SECONDS};
    let mut sim = Simulation::new(3);
    for _ in 0..120 {
        sim.apply(Input::Advance(1.0 / 60.0));
    }
    assert_eq!(sim.category(), Category::Steady);
    sim.apply(Input::LetItOut);
    assert!(!sim.is_releasing());
    assert_eq!(sim.category(), Category::NothingToEase);
    let seconds = (NOTHING_TO_EASE_SECONDS * 60.0) as usize;
    for _ in 0..seconds - 6 {
        sim.apply(Input::Advance(1.0 / 60.0));
        assert_eq!(sim.live_tears(), 0, "no tears with nothing to ease");
    }
    assert_eq!(sim.category(), Category::NothingToEase);
    for _ in 0..12 {
        sim.apply(Input::Advance(1.0 / 60.0));
    }
    assert_eq!(sim.category(), Category::Steady, "the note ends by itself");
    // A block that forms meanwhile is said at once, and letting go then releases it.
    sim.apply(Input::LetItOut);
    sim.apply(Input::Stress(1.0));
    sim.apply(Input::HoldingBack(1.0));
    sim.apply(Input::Advance(0.2));
    assert_eq!(sim.category(), Category::Building);
    sim.apply(Input::LetItOut);
    assert_eq!(sim.category(), Category::LettingGo);
}
