//! One fixed step of the simulation: the channel eases towards how open it may be, then
//! pressure, the flow's particles and the tears each move on by `DT`.

use super::{
    Simulation, BASE_SPEED, BLOCK_AT, DT, GATE_S, PASS_RATE_OPEN, PASS_RATE_RELEASE,
    RELEASE_SECONDS, TEARS_FOR, TEAR_RATE, WAIT_ZONE,
};
use crate::model::flow::{bound, particles};

impl Simulation {
    /// Moves everything on by one fixed step.
    pub(super) fn step(&mut self) {
        let dt = DT as f32;
        let releasing = self.is_releasing();
        let blocked = self.is_blocked();
        let target = if releasing {
            1.0
        } else {
            1.0 - 0.9 * self.narrowing()
        };
        self.openness += (target - self.openness) * (4.0 * dt).min(1.0);
        self.openness = bound(self.openness, 0.1, 1.0);
        self.step_pressure(dt, releasing, blocked);
        self.step_flow(dt, releasing);
        self.step_tears(dt, releasing);
        if releasing {
            self.release_left = (self.release_left - dt).max(0.0);
        }
        self.nothing_left = (self.nothing_left - dt).max(0.0);
    }

    fn step_pressure(&mut self, dt: f32, releasing: bool, blocked: bool) {
        let p = self.pressure;
        let next = if releasing {
            // Falls back to nothing in about three seconds, and always falls.
            p - dt * (0.12 + 0.6 * p)
        } else if blocked {
            let excess = (self.narrowing() - BLOCK_AT) / (1.0 - BLOCK_AT);
            p + dt * (0.08 + 0.17 * excess)
        } else {
            p - dt * (0.06 + 0.25 * p)
        };
        self.pressure = bound(next, 0.0, 1.0);
    }

    fn step_flow(&mut self, dt: f32, releasing: bool) {
        let rate = if releasing {
            PASS_RATE_RELEASE
        } else {
            PASS_RATE_OPEN * self.openness
        };
        let cap = if releasing { 3.0 } else { 1.5 };
        self.pass_tokens = (self.pass_tokens + rate * dt).min(cap);
        let len = self.track.len();
        let slow = 0.35 + 0.65 * self.openness;
        // Under pressure the waiting crowd packs closer to the block.
        let spread = WAIT_ZONE * (1.0 - 0.75 * self.pressure);
        for p in self.flow.iter_mut() {
            let waiting = !p.passed && p.s < GATE_S && p.s >= GATE_S - WAIT_ZONE;
            if waiting && self.pass_tokens >= 1.0 {
                self.pass_tokens -= 1.0;
                p.passed = true;
            }
            let speed = BASE_SPEED * p.pace;
            if !p.passed && p.s >= GATE_S - WAIT_ZONE && p.s < GATE_S {
                let stop = GATE_S - 1.0 - p.queue * spread;
                let next = p.s + speed * slow * dt;
                // A waiting particle never moves back; it just stops moving forwards.
                p.s = if p.s >= stop { p.s } else { next.min(stop) };
            } else if !p.passed && p.s < GATE_S {
                p.s += speed * dt;
            } else {
                p.s += speed * dt;
                if p.s >= len {
                    p.s -= len;
                    p.passed = false;
                }
            }
            p.s = bound(p.s, 0.0, len);
        }
    }

    fn step_tears(&mut self, dt: f32, releasing: bool) {
        if releasing && self.release_left > RELEASE_SECONDS - TEARS_FOR {
            self.tear_tokens = (self.tear_tokens + TEAR_RATE * dt).min(2.0);
            while self.tear_tokens >= 1.0 {
                self.tear_tokens -= 1.0;
                particles::spawn_tear(&mut self.tears, &mut self.rng, self.next_eye);
                self.next_eye = (self.next_eye + 1) % 2;
            }
        }
        particles::step_tears(&mut self.tears, dt);
    }
}
