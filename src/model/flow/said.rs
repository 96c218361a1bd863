//! What a screen reader is told about the energy-flow picture, and when.
//!
//! The picture moves on its own; a listener should hear about it only when they change
//! it, and at most once a second however fast a slider is dragged. [`Said::of`] puts the
//! picture's state in a few words' worth of categories; [`SayThrottle`] decides when a
//! change may be said. Both are plain Rust, tested natively.

use super::simulation::{Category, Simulation, BLOCK_AT};

/// The shortest time between two announcements, in milliseconds.
pub const QUIET_MS: f64 = 1000.0;

/// How narrow the channel at the throat is (by the reader's settings, not the eased
/// drawing, so it says where the picture is heading).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Open,
    /// Narrowed, but not enough to block the flow.
    Narrowing,
    /// Narrow enough to block it.
    Narrow,
}

/// The picture's state in words' worth of categories: the channel and the pressure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Said {
    /// How narrow the channel is.
    pub channel: Channel,
    /// How the picture is doing: steady, building, letting go, easing.
    pub category: Category,
}

impl Said {
    /// The state of `sim` as it is now.
    pub fn of(sim: &Simulation) -> Self {
        let narrowing = sim.narrowing();
        let channel = if sim.is_releasing() || narrowing < BLOCK_AT / 2.0 {
            Channel::Open
        } else if narrowing < BLOCK_AT {
            Channel::Narrowing
        } else {
            Channel::Narrow
        };
        Self {
            channel,
            category: sim.category(),
        }
    }
}

/// What to do with a change the reader made.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Say {
    /// Say the state now.
    Now,
    /// Say the state as it is after this many milliseconds (start a timer).
    After(f64),
    /// A timer is already waiting; it will say the latest state.
    Waiting,
}

/// Allows an announcement at most once every [`QUIET_MS`], always ending on the last
/// change: a change inside the quiet time is said when the quiet time ends. Times are
/// milliseconds from any one clock; a clock that goes backwards counts as no time passed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SayThrottle {
    last: Option<f64>,
    waiting: bool,
}

impl SayThrottle {
    /// The reader changed the picture at `now`.
    pub fn reader_changed(&mut self, now: f64) -> Say {
        if self.waiting {
            return Say::Waiting;
        }
        match self.last {
            Some(last) if now.is_finite() && now - last < QUIET_MS => {
                self.waiting = true;
                // Above 0, as `now - last < QUIET_MS`; at most QUIET_MS if the clock went
                // back. (`min`, not `clamp`: its panic message would bring float
                // printing into the download.)
                Say::After((last + QUIET_MS - now).min(QUIET_MS))
            }
            _ => {
                self.last = now.is_finite().then_some(now);
                Say::Now
            }
        }
    }

    /// The timer started by [`Say::After`] ran out at `now`: whether to say the state.
    /// Counts the announcement as made no earlier than the quiet time allows.
    pub fn timer_done(&mut self, now: f64) -> bool {
        if !self.waiting {
            return false;
        }
        self.waiting = false;
        let earliest = self.last.map_or(now, |last| last + QUIET_MS);
        self.last = Some(if now.is_finite() {
            now.max(earliest)
        } else {
            earliest
        });
        true
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::flow::{Input, SEED};
    use proptest::prelude::*;

    #[test]
    fn the_first_change_is_said_at_once_and_a_quick_second_one_after_the_quiet_time() {
        let mut t = SayThrottle::default();
        assert_eq!(t.reader_changed(5000.0), Say::Now);
        assert_eq!(t.reader_changed(5300.0), Say::After(700.0));
        assert_eq!(t.reader_changed(5600.0), Say::Waiting);
        assert!(t.timer_done(6000.0));
        assert!(!t.timer_done(6001.0), "one timer, one announcement");
        assert_eq!(t.reader_changed(7200.0), Say::Now);
    }

    /// A state as the test expects it, in one line.
    fn state(channel: Channel, category: Category) -> Said {
        Said { channel, category }
    }

    #[test]
    fn the_channel_and_pressure_follow_the_reader() {
        let mut sim = Simulation::new(SEED);
        assert_eq!(Said::of(&sim), state(Channel::Open, Category::Steady));
        sim.apply(Input::Stress(1.0));
        sim.apply(Input::HoldingBack(1.0));
        assert_eq!(Said::of(&sim), state(Channel::Narrow, Category::Building));
        for _ in 0..4 {
            sim.apply(Input::Advance(0.25));
        }
        sim.apply(Input::HoldingBack(0.0));
        sim.apply(Input::Stress(0.6));
        assert_eq!(Said::of(&sim).channel, Channel::Narrowing);
        sim.apply(Input::LetItOut);
        assert_eq!(Said::of(&sim), state(Channel::Open, Category::LettingGo));
    }

    proptest! {
        /// Whatever the reader does and whenever the timers run out, announcements are
        /// at least a second apart, and the last change is always said.
        #[test]
        fn never_more_than_once_a_second(gaps in proptest::collection::vec(0.0f64..3000.0, 1..60)) {
            let mut t = SayThrottle::default();
            let mut said: Vec<f64> = Vec::new();
            let mut timer: Option<f64> = None;
            let mut now = 0.0;
            for gap in gaps {
                // A timer that runs out before the next change fires first.
                if let Some(at) = timer.filter(|&at| at <= now + gap) {
                    timer = None;
                    prop_assert!(t.timer_done(at));
                    said.push(at);
                }
                now += gap;
                match t.reader_changed(now) {
                    Say::Now => said.push(now),
                    Say::After(ms) => timer = Some(now + ms),
                    Say::Waiting => prop_assert!(timer.is_some()),
                }
            }
            if let Some(at) = timer {
                prop_assert!(t.timer_done(at));
                said.push(at);
            }
            for pair in said.windows(2) {
                prop_assert!(pair[1] - pair[0] >= QUIET_MS - 1e-6, "{:?}", said);
            }
            prop_assert!(*said.last().unwrap() >= now);
        }

        #[test]
        fn odd_clocks_never_panic(times in proptest::collection::vec(proptest::num::f64::ANY, 0..20)) {
            let mut t = SayThrottle::default();
            for x in times {
                if let Say::After(ms) = t.reader_changed(x) {
                    prop_assert!((0.0..=QUIET_MS).contains(&ms));
                }
                t.timer_done(x);
            }
        }
    }
}
