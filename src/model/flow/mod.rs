//! The energy-flow metaphor as a small simulation: plain Rust, deterministic, fixed step.
//!
//! - [`rng`]: a seeded generator of its own, so runs repeat exactly.
//! - [`track`]: the channels through the figure.
//! - [`particles`]: fixed-size pools of flow particles and tears.
//! - [`simulation`]: inputs, the fixed-step loop, pressure and release.
//! - [`drawing`]: SVG path data from the state, into reused buffers.
//! - [`frame`]: a drawable snapshot, and changes drawn without motion.
//! - [`said`]: the picture's state for screen readers, and when a change may be said.
//! - [`state`]: what the page shows, as a reducer: the reader's choices kept apart from
//!   what the browser reports.

pub mod drawing;
pub mod frame;
pub mod particles;
pub mod rng;
pub mod said;
pub mod simulation;
pub mod state;
pub mod track;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;

/// Keeps `x` within `lo..=hi`; NaN becomes `lo`. Unlike `f32::clamp` it has no panic
/// path, whose message formatting would pull float printing into the download.
pub fn bound(x: f32, lo: f32, hi: f32) -> f32 {
    if x.is_nan() || x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

pub use frame::{apply_without_motion, Frame, SEED};
pub use said::{Channel, Said, Say, SayThrottle};
pub use simulation::{Category, Input, Simulation};
pub use state::{FlowAction, FlowChoices, FlowState, FlowSurroundings};
