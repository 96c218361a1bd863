//! An owned browser observer (ResizeObserver, IntersectionObserver) with the closure it
//! calls, disconnected when dropped: the one shape both watchers share. Hand-written: no
//! gloo crate wraps either observer (so there is no size to measure).

use wasm_bindgen::{closure::Closure, JsCast};

/// What the app asks of a browser observer: to be made around a callback, to watch an
/// element, and to stop.
pub trait Observer: Sized {
    /// A new observer calling `callback` with its entries; `None` where it is missing.
    fn create(callback: &js_sys::Function) -> Option<Self>;
    /// Starts watching `target`.
    fn watch(&self, target: &web_sys::Element);
    /// Stops watching everything.
    fn disconnect(&self);
}

// `web-sys` gives both observers the same three methods but no trait to share them.
macro_rules! impl_observer {
    ($($observer:ty),*) => {$(
        impl Observer for $observer {
            fn create(callback: &js_sys::Function) -> Option<Self> {
                Self::new(callback).ok()
            }
            fn watch(&self, target: &web_sys::Element) {
                self.observe(target);
            }
            fn disconnect(&self) {
                <$observer>::disconnect(self);
            }
        }
    )*};
}

impl_observer!(web_sys::ResizeObserver, web_sys::IntersectionObserver);

/// One element watched for as long as this value lives; dropping it disconnects the
/// observer, so nothing leaks and nothing is `forget`-ten. Browser only: callers check.
pub struct Observing<O: Observer> {
    observer: O,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl<O: Observer> Observing<O> {
    /// Watches `target`, calling `on_entries` with the observer's entries; `None` if the
    /// browser cannot make the observer.
    pub fn new(
        target: &web_sys::Element,
        on_entries: impl FnMut(js_sys::Array) + 'static,
    ) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(on_entries);
        let observer = O::create(callback.as_ref().unchecked_ref())?;
        observer.watch(target);
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl<O: Observer> Drop for Observing<O> {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
