//! An owned `requestAnimationFrame` loop: it runs while the value lives, and dropping it
//! cancels the pending frame and frees the callback. Nothing is `forget`-ten.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::{closure::Closure, JsCast};

type FrameClosure = Closure<dyn FnMut(f64)>;

struct Inner {
    closure: RefCell<Option<FrameClosure>>,
    request: Cell<Option<i32>>,
}

impl Inner {
    fn request(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(closure) = self.closure.borrow().as_ref() {
            let id = window
                .request_animation_frame(closure.as_ref().unchecked_ref())
                .ok();
            self.request.set(id);
        }
    }
}

/// Calls a handler once per animation frame with the frame's timestamp (ms) until dropped.
pub struct AnimationFrameLoop {
    inner: Rc<Inner>,
}

impl AnimationFrameLoop {
    /// Starts the loop. Returns `None` outside the browser.
    pub fn start(mut on_frame: impl FnMut(f64) + 'static) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let inner = Rc::new(Inner {
            closure: RefCell::new(None),
            request: Cell::new(None),
        });
        // The callback holds only a weak link, so the loop owns the callback and not the
        // other way round; once the loop is dropped the next frame never comes.
        let weak: Weak<Inner> = Rc::downgrade(&inner);
        let closure = Closure::<dyn FnMut(f64)>::new(move |timestamp: f64| {
            let Some(inner) = weak.upgrade() else {
                return;
            };
            inner.request.set(None);
            on_frame(timestamp);
            inner.request();
        });
        *inner.closure.borrow_mut() = Some(closure);
        inner.request();
        Some(Self { inner })
    }
}

impl Drop for AnimationFrameLoop {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.inner.request.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        // Drop the callback now (wasm-bindgen defers it if it is running) so no frame
        // requested from inside it can outlive the loop.
        self.inner.closure.borrow_mut().take();
    }
}
