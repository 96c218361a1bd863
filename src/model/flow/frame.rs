//! A drawable snapshot of the simulation, and the still frames shown instead of motion
//! when the reader asks for reduced motion.

use super::drawing::{self, pressure_percent};
use super::simulation::{Category, Input, Simulation};

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

/// The four still moments: flowing, stuck, pressure, release.
pub const STILL_COUNT: usize = 4;

/// The seed every picture starts from, so the server and the browser draw the same.
pub const SEED: u32 = 0x5EED_F10E;

/// Runs `seconds` of simulated time in steps of a 60 Hz frame.
fn run(sim: &mut Simulation, seconds: f64) {
    let frames = (seconds * 60.0) as usize;
    for _ in 0..frames {
        sim.apply(Input::Advance(1.0 / 60.0));
    }
}

/// Still frame `index` (`0..STILL_COUNT`, clamped): a scripted run of the simulation
/// stopped at a telling moment.
pub fn still(index: usize) -> Frame {
    let mut sim = Simulation::new(SEED);
    run(&mut sim, 2.0);
    if index == 0 {
        return Frame::of(&sim);
    }
    sim.apply(Input::Stress(0.8));
    sim.apply(Input::HoldingBack(0.8));
    run(&mut sim, 2.5);
    if index == 1 {
        return Frame::of(&sim);
    }
    run(&mut sim, 6.0);
    if index == 2 {
        return Frame::of(&sim);
    }
    sim.apply(Input::LetItOut);
    run(&mut sim, 1.0);
    Frame::of(&sim)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_stills_tell_the_story_in_order() {
        let frames: Vec<Frame> = (0..STILL_COUNT).map(still).collect();
        assert_eq!(frames[0].category, Category::Steady);
        assert_eq!(frames[1].category, Category::Building);
        assert_eq!(frames[2].category, Category::Building);
        assert!(frames[2].pressure > frames[1].pressure);
        assert!(frames[2].pressure >= 80);
        assert_eq!(frames[3].category, Category::LettingGo);
        assert!(frames[3].pressure < frames[2].pressure);
        assert!(!frames[3].tears_path.is_empty());
        assert!(frames[0].tears_path.is_empty());
        assert_eq!(still(99), frames[3]);
    }
}
