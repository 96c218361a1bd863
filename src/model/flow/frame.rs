//! A drawable snapshot of the simulation, and how a change moves the picture on when the
//! reader asks for reduced motion.

use super::drawing::{self, pressure_percent};
use super::simulation::{Category, Input, Simulation, TEARS_FOR};

/// Everything the figure needs to draw one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub flow_path: String,
    pub tears_path: String,
    pub clamps: String,
    pub openness: f32,
    pub pressure: u32,
    pub category: Category,
}

impl Frame {
    /// Draws the simulation as it is now.
    pub fn of(sim: &Simulation) -> Self {
        let mut flow_path = String::new();
        let mut tears_path = String::new();
        let mut clamps = String::new();
        drawing::write_flow(sim, &mut flow_path);
        drawing::write_tears(sim, &mut tears_path);
        drawing::write_clamps(sim.openness(), &mut clamps);
        Self {
            flow_path,
            tears_path,
            clamps,
            openness: sim.openness(),
            pressure: pressure_percent(sim),
            category: sim.category(),
        }
    }
}

/// The seed every picture starts from, so the server and the browser draw the same.
pub const SEED: u32 = 0x5EED_F10E;

/// How much simulated time a change made under reduced motion moves the picture on, in
/// seconds: a slider's change shows where the picture is heading (the channel narrowed,
/// the pressure risen or eased). "Open the channel" shows the release at the last moment
/// new tears come: the pressure eased nearly away and the tears still streaming, the whole
/// of what the button does in one still. (At one second in, the picture stayed half-way,
/// the pressure half down; near the release's end, the tears had nearly all gone.)
const CHANGE_SHOWN: f64 = 5.0;
const RELEASE_SHOWN: f64 = TEARS_FOR as f64 - 0.1;
/// "Open the channel" with nothing held back: a moment, inside the time the picture says
/// there was nothing to ease.
const NOTHING_SHOWN: f64 = 1.0;

/// Runs `seconds` of simulated time in steps of a 60 Hz frame, the pressure held at or
/// under `ceiling` (the channel, the flow and the tears move on as usual).
fn run(sim: &mut Simulation, seconds: f64, ceiling: f32) {
    let frames = (seconds * 60.0) as usize;
    for _ in 0..frames {
        sim.apply(Input::Advance(1.0 / 60.0));
        sim.cap_pressure(ceiling);
    }
}

/// Under reduced motion nothing moves on its own: each change the reader makes is drawn
/// once, as the picture stands a moment later. So the reader still drives the picture,
/// and time passes in it only when they act.
///
/// Easing off (less stress or holding back) never shows the pressure higher than before:
/// with the block still there, the seconds shown would build it up again (after a
/// release, from nothing to nine tenths), and the still would pin that rise on the reader's
/// easing. The channel still widens as far as the seconds take it, so the picture
/// answers the slider. With motion the picture shows the same rise as time passing.
pub fn apply_without_motion(sim: &mut Simulation, input: Input) {
    let (narrowing, pressure) = (sim.narrowing(), sim.pressure());
    sim.apply(input);
    let (shown, ceiling) = match input {
        Input::LetItOut if sim.is_releasing() => (RELEASE_SHOWN, f32::INFINITY),
        Input::LetItOut => (NOTHING_SHOWN, f32::INFINITY),
        _ if sim.narrowing() < narrowing => (CHANGE_SHOWN, pressure),
        _ => (CHANGE_SHOWN, f32::INFINITY),
    };
    run(sim, shown, ceiling);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn without_motion_each_change_tells_the_story() {
        let mut sim = Simulation::new(SEED);
        let calm = Frame::of(&sim);
        assert_eq!(calm.category, Category::Steady);
        assert!(calm.tears_path.is_empty());
        apply_without_motion(&mut sim, Input::Stress(0.8));
        apply_without_motion(&mut sim, Input::HoldingBack(0.3));
        let stuck = Frame::of(&sim);
        assert_eq!(stuck.category, Category::Building);
        assert!(stuck.openness < calm.openness);
        assert!(stuck.pressure > 0);
        apply_without_motion(&mut sim, Input::HoldingBack(0.8));
        let pressure = Frame::of(&sim);
        assert!(pressure.pressure > stuck.pressure);
        apply_without_motion(&mut sim, Input::LetItOut);
        let release = Frame::of(&sim);
        assert_eq!(release.category, Category::LettingGo);
        // The release as its tears still stream: the pressure eased nearly away.
        assert!(
            release.pressure * 5 <= pressure.pressure,
            "{} left",
            release.pressure
        );
        assert!(sim.live_tears() >= 10, "{} tears", sim.live_tears());
        // Easing off one notch while still blocked, after the release: the pressure does
        // not rise with the reader's easing. Holding back more builds it again.
        let mut eased = sim.clone();
        apply_without_motion(&mut eased, Input::HoldingBack(0.7));
        assert!(eased.is_blocked());
        assert!(
            eased.pressure() <= sim.pressure() + 0.01,
            "{} after {}",
            eased.pressure(),
            sim.pressure()
        );
        let narrower = eased.openness();
        apply_without_motion(&mut eased, Input::HoldingBack(0.6));
        assert!(eased.pressure() <= sim.pressure() + 0.02);
        assert!(
            eased.openness() > narrower,
            "the channel widens with the easing"
        );
        let mut more = eased.clone();
        apply_without_motion(&mut more, Input::HoldingBack(1.0));
        assert!(
            more.pressure() > eased.pressure() + 0.1,
            "{} then {}",
            eased.pressure(),
            more.pressure()
        );
        // Easing until unblocked lets the pressure fall over the full seconds.
        let mut open = more.clone();
        apply_without_motion(&mut open, Input::HoldingBack(0.0));
        assert!(open.pressure() < more.pressure());
        // With nothing held back, letting go brings no tears.
        let mut rest = Simulation::new(SEED);
        apply_without_motion(&mut rest, Input::LetItOut);
        assert_eq!(rest.category(), Category::NothingToEase);
        assert!(Frame::of(&rest).tears_path.is_empty());
    }
}
