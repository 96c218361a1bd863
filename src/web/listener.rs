//! An owned DOM event listener that removes itself when dropped: `gloo-events`, behind
//! the browser check that native rendering and tests need.

use gloo_events::EventListenerOptions;

/// A listener attached to an event target for as long as this value lives. Components
/// keep it in an effect and drop it on unmount, so nothing leaks and nothing is
/// `forget`-ten.
pub struct EventListener {
    _listener: gloo_events::EventListener,
}

impl EventListener {
    /// Listens for `event` on `target`. Returns `None` outside the browser, where
    /// `gloo-events` would call into a missing browser.
    pub fn new(
        target: &web_sys::EventTarget,
        event: &'static str,
        handler: impl FnMut(&web_sys::Event) + 'static,
    ) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        // Not passive (gloo's default is passive): the arrow-key handler must be able to
        // prevent the page from scrolling. None of these events block scrolling anyway.
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            gloo_events::EventListener::new_with_options(target, event, options, handler);
        Some(Self {
            _listener: listener,
        })
    }

    /// Listens for `event` on the window (`None` outside the browser).
    pub fn on_window(
        event: &'static str,
        handler: impl FnMut(&web_sys::Event) + 'static,
    ) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        Self::new(&gloo_utils::window(), event, handler)
    }
}
