//! The energy-flow simulation: inputs narrow the channel at the throat, particles crowd
//! behind it, pressure rises; letting it out opens the channel, sends tears from the eyes
//! and lets the pressure fall. Stepped at a fixed time step, so it is the same whatever
//! the frame rate, and deterministic for a given seed and input sequence.

use super::bound;
use super::particles::{self, FlowParticle, Tear, FLOW_COUNT, TEAR_CAPACITY};
use super::rng::Rng;
use super::track::{Track, GATE_S};

mod step;

/// The fixed simulation step, in seconds.
pub const DT: f64 = 1.0 / 120.0;
/// The longest stretch one call to advance covers (a tab coming back from the background
/// should not fast-forward through minutes).
pub const MAX_ELAPSED: f64 = 0.25;
/// How long "let it out" keeps the channel open, in seconds.
pub const RELEASE_SECONDS: f32 = 4.0;
/// How long the picture says there is nothing to ease, after "let it out" with nothing
/// held back, in seconds.
pub const NOTHING_TO_EASE_SECONDS: f32 = 3.0;
/// How much narrowing counts as a block.
pub const BLOCK_AT: f32 = 0.5;

/// Pressure below this is none to speak of: the caption says the flow is steady.
const PRESSURE_FELT: f32 = 0.04;
const BASE_SPEED: f32 = 45.0;
const WAIT_ZONE: f32 = 40.0;
const PASS_RATE_OPEN: f32 = 24.0;
const PASS_RATE_RELEASE: f32 = 40.0;
const TEAR_RATE: f32 = 14.0;
/// How long, from its start, a release sends new tears, in seconds.
pub const TEARS_FOR: f32 = 2.5;

/// One thing the reader (or the clock) does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input {
    /// Set stress, `0..=1`.
    Stress(f32),
    /// Set holding back, `0..=1`.
    HoldingBack(f32),
    /// Open the channel and let the tears come, if anything is held back: with no block
    /// and no pressure there is nothing to release, so no tears come (a picture of tears
    /// for no reason would be a button that makes the person cry).
    LetItOut,
    /// Let this many seconds pass.
    Advance(f64),
}

/// How the picture is doing, in words a caption can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// The flow passes; no pressure to speak of.
    Steady,
    /// The channel is blocked and pressure builds behind it.
    Building,
    /// The reader opened the channel: tears flow and the pressure falls.
    LettingGo,
    /// Not blocked, and the pressure still felt eases on its own.
    Easing,
    /// Steady, just after the reader asked to let go: nothing was held back to ease.
    NothingToEase,
}

/// The whole simulated state. `PartialEq` so tests can check determinism exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    track: Track,
    rng: Rng,
    flow: [FlowParticle; FLOW_COUNT],
    tears: [Tear; TEAR_CAPACITY],
    stress: f32,
    holding: f32,
    /// How open the channel is drawn and behaves, easing towards its target.
    openness: f32,
    pressure: f32,
    release_left: f32,
    /// Time left to say that there was nothing to ease (see [`Input::LetItOut`]).
    nothing_left: f32,
    pass_tokens: f32,
    tear_tokens: f32,
    next_eye: usize,
    accumulator: f64,
}

/// A level from the reader: anything odd becomes a safe value in `0..=1`.
fn level(x: f32) -> f32 {
    if x.is_finite() {
        bound(x, 0.0, 1.0)
    } else {
        0.0
    }
}

impl Simulation {
    /// A calm, steadily flowing start (low stress, nothing held back).
    pub fn new(seed: u32) -> Self {
        let track = Track::default();
        let mut rng = Rng::new(seed);
        let flow = particles::spread_flow(&mut rng, track.len());
        Self {
            track,
            rng,
            flow,
            tears: [Tear::default(); TEAR_CAPACITY],
            stress: 0.2,
            holding: 0.0,
            openness: 1.0,
            pressure: 0.0,
            release_left: 0.0,
            nothing_left: 0.0,
            pass_tokens: 0.0,
            tear_tokens: 0.0,
            next_eye: 0,
            accumulator: 0.0,
        }
    }

    /// Applies one input.
    pub fn apply(&mut self, input: Input) {
        match input {
            Input::Stress(x) => self.stress = level(x),
            Input::HoldingBack(x) => self.holding = level(x),
            Input::LetItOut if self.has_nothing_to_ease() => {
                self.nothing_left = NOTHING_TO_EASE_SECONDS;
            }
            Input::LetItOut => {
                self.nothing_left = 0.0;
                self.release_left = RELEASE_SECONDS;
            }
            Input::Advance(seconds) => self.advance(seconds),
        }
    }

    /// Runs as many fixed steps as `seconds` (plus what was left over last time) holds.
    pub fn advance(&mut self, seconds: f64) {
        let seconds = if seconds.is_finite() {
            if seconds > 0.0 {
                seconds.min(MAX_ELAPSED)
            } else {
                0.0
            }
        } else {
            0.0
        };
        self.accumulator += seconds;
        // The tolerance keeps 4 x (1/30 s) from falling a rounding error short of 16 steps.
        while self.accumulator >= DT - 1e-9 {
            self.step();
            self.accumulator -= DT;
        }
        // Snap the rounding residue, so every frame rate ends on exactly the same state.
        if self.accumulator < 1e-9 {
            self.accumulator = 0.0;
        }
    }

    /// How much stress and holding back narrow the channel, `0..=1`.
    pub fn narrowing(&self) -> f32 {
        (0.5 * self.stress + 0.6 * self.holding).min(1.0)
    }

    /// Whether the channel is blocked: narrowed past the point where the flow backs up,
    /// and not being let out.
    pub fn is_blocked(&self) -> bool {
        !self.is_releasing() && self.narrowing() >= BLOCK_AT
    }

    /// Nothing blocked, no pressure to speak of, and no release running.
    fn has_nothing_to_ease(&self) -> bool {
        !self.is_releasing() && !self.is_blocked() && self.pressure <= PRESSURE_FELT
    }

    /// Whether "let it out" is still running.
    pub fn is_releasing(&self) -> bool {
        self.release_left > 0.0
    }

    /// Pressure behind the block, `0..=1`.
    pub fn pressure(&self) -> f32 {
        self.pressure
    }

    /// Holds the pressure at or under `ceiling`: for a still under reduced motion, where
    /// easing off must not show the pressure rising (`frame::apply_without_motion`).
    pub fn cap_pressure(&mut self, ceiling: f32) {
        self.pressure = self.pressure.min(ceiling);
    }

    /// How open the channel is, `0.1..=1`.
    pub fn openness(&self) -> f32 {
        self.openness
    }

    /// The current stress and holding-back levels.
    pub fn levels(&self) -> (f32, f32) {
        (self.stress, self.holding)
    }

    /// The state in words, for the caption.
    pub fn category(&self) -> Category {
        if self.is_releasing() {
            Category::LettingGo
        } else if self.is_blocked() {
            Category::Building
        } else if self.pressure > PRESSURE_FELT {
            Category::Easing
        } else if self.nothing_left > 0.0 {
            Category::NothingToEase
        } else {
            Category::Steady
        }
    }

    /// The flow particles and the track they move on, for drawing.
    pub fn flow(&self) -> (&Track, &[FlowParticle; FLOW_COUNT]) {
        (&self.track, &self.flow)
    }

    /// The tear pool (free slots have no life left), for drawing.
    pub fn tears(&self) -> &[Tear; TEAR_CAPACITY] {
        &self.tears
    }

    /// How many tears are falling.
    pub fn live_tears(&self) -> usize {
        self.tears.iter().filter(|t| t.life > 0.0).count()
    }
}
