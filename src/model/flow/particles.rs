//! Fixed-capacity particle pools: the flow around the loop and the tears from the eyes.
//! Arrays, never vectors, so the count is bounded and stepping never allocates.

use super::bound;
use super::rng::Rng;
use super::track::EYES;

/// How many particles flow around the channels (always all of them).
pub const FLOW_COUNT: usize = 72;
/// The most tears alive at once.
pub const TEAR_CAPACITY: usize = 32;

/// One bead of "energy" moving along the loop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlowParticle {
    /// Distance along the loop.
    pub s: f32,
    /// Sideways place in the channel, `-1..=1`.
    pub lane: f32,
    /// This particle's own speed factor, so the flow does not move in lockstep.
    pub pace: f32,
    /// Where behind the block it stops and waits, as a share of the waiting zone.
    pub queue: f32,
    /// Whether it returns down the right side.
    pub right: bool,
    /// Whether it has been let through the block on this lap.
    pub passed: bool,
}

/// One tear falling from an eye.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tear {
    pub x: f32,
    pub y: f32,
    pub vx: f32,
    pub vy: f32,
    /// Seconds left; a tear with no life left is free for reuse.
    pub life: f32,
}

/// Seconds a tear lives.
pub const TEAR_LIFE: f32 = 1.6;
const GRAVITY: f32 = 55.0;

/// The flow particles spread evenly around a loop of `len`, each with its own lane and pace.
pub fn spread_flow(rng: &mut Rng, len: f32) -> [FlowParticle; FLOW_COUNT] {
    let mut flow = [FlowParticle {
        s: 0.0,
        lane: 0.0,
        pace: 1.0,
        queue: 0.0,
        right: false,
        passed: false,
    }; FLOW_COUNT];
    for (i, p) in flow.iter_mut().enumerate() {
        p.s = len * i as f32 / FLOW_COUNT as f32;
        p.lane = rng.unit() * 2.0 - 1.0;
        p.pace = 0.85 + 0.3 * rng.unit();
        p.queue = rng.unit();
        p.right = i % 2 == 1;
    }
    flow
}

/// Starts a tear at one of the eyes in a free slot; does nothing if the pool is full.
pub fn spawn_tear(tears: &mut [Tear; TEAR_CAPACITY], rng: &mut Rng, eye: usize) {
    let Some(slot) = tears.iter_mut().find(|t| t.life <= 0.0) else {
        return;
    };
    let (x, y) = EYES[eye % EYES.len()];
    let outward = if eye % 2 == 0 { -1.0 } else { 1.0 };
    *slot = Tear {
        x,
        y,
        vx: outward * (3.0 + 7.0 * rng.unit()),
        vy: 4.0 + 8.0 * rng.unit(),
        life: TEAR_LIFE,
    };
}

/// Moves every live tear by `dt` seconds; tears that fall off the figure are freed.
pub fn step_tears(tears: &mut [Tear; TEAR_CAPACITY], dt: f32) {
    for t in tears.iter_mut().filter(|t| t.life > 0.0) {
        t.vy = (t.vy + GRAVITY * dt).min(120.0);
        t.x = bound(t.x + t.vx * dt, 0.0, super::track::VIEW_W);
        t.y += t.vy * dt;
        t.life -= dt;
        if t.y >= super::track::VIEW_H {
            t.y = super::track::VIEW_H;
            t.life = 0.0;
        }
    }
}
