//! An owned DOM event listener that removes itself when dropped.

use wasm_bindgen::{closure::Closure, JsCast};

/// A listener attached to an event target for as long as this value lives. Components
/// keep it in an effect and drop it on unmount, so nothing leaks and nothing is
/// `forget`-ten.
pub struct EventListener {
    target: web_sys::EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl EventListener {
    /// Listens for `event` on `target`. Returns `None` if the browser refuses, and
    /// always outside the browser.
    pub fn new(
        target: &web_sys::EventTarget,
        event: &'static str,
        handler: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        target
            .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Self {
            target: target.clone(),
            event,
            callback,
        })
    }

    /// Listens for `event` on the window (`None` outside the browser).
    pub fn on_window(
        event: &'static str,
        handler: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let window = web_sys::window()?;
        Self::new(&window, event, handler)
    }
}

impl Drop for EventListener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(
            self.event,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}
