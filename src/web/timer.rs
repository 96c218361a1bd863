//! A one-off timer owned by whoever holds it (dropping it cancels it), and the clock it
//! is measured against. Used to say a change to the energy-flow picture once the quiet
//! time after the last announcement is over.

use gloo_timers::callback::Timeout;

/// A pending call; dropping it cancels the call. Nothing is `forget`-ten.
pub struct Timer {
    _timeout: Timeout,
}

impl Timer {
    /// Calls `then` once after `ms` milliseconds. `None` outside the browser.
    pub fn after(ms: f64, then: impl FnOnce() + 'static) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        // Whole milliseconds; a fraction is rounded up, so the quiet time is never cut short.
        // (`as` saturates, and NaN becomes 0: no clamp, whose panic path is large.)
        let ms = ms.ceil() as u32;
        Some(Self {
            _timeout: Timeout::new(ms, then),
        })
    }
}

/// Milliseconds since the epoch; 0 outside the browser.
pub fn now_ms() -> f64 {
    if !cfg!(target_arch = "wasm32") {
        return 0.0;
    }
    js_sys::Date::now()
}
