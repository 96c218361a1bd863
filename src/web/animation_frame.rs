//! An owned `requestAnimationFrame` loop on `gloo-render`: each frame requests the next,
//! and dropping the loop drops the pending request, which cancels it. Nothing is
//! `forget`-ten.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_render::{request_animation_frame, AnimationFrame};

/// The pending frame request; replacing or dropping it cancels the old one.
type NextFrame = RefCell<Option<AnimationFrame>>;

/// Calls a handler once per animation frame with the frame's timestamp (ms) until dropped.
/// Only holding it matters: dropping it drops (and so cancels) the pending request.
pub struct AnimationFrameLoop {
    _next: Rc<NextFrame>,
}

impl AnimationFrameLoop {
    /// Starts the loop. Returns `None` outside the browser.
    pub fn start(on_frame: impl FnMut(f64) + 'static) -> Option<Self> {
        if !cfg!(target_arch = "wasm32") {
            return None;
        }
        let next = Rc::new(RefCell::new(None));
        request(Rc::downgrade(&next), Rc::new(RefCell::new(on_frame)));
        Some(Self { _next: next })
    }
}

/// Asks for one frame that runs `on_frame` and then asks for the next. The request holds
/// only a weak link to its slot, so the loop owns the request and not the other way
/// round: once the loop is dropped the next frame never comes.
fn request(slot: Weak<NextFrame>, on_frame: Rc<RefCell<dyn FnMut(f64)>>) {
    let Some(next) = slot.upgrade() else {
        return;
    };
    let frame = request_animation_frame(move |timestamp| {
        if slot.strong_count() == 0 {
            return;
        }
        if let Ok(mut on_frame) = on_frame.try_borrow_mut() {
            on_frame(timestamp);
        }
        request(slot, on_frame);
    });
    // The request that just ran (if any) is replaced; wasm-bindgen frees its callback
    // once the callback returns.
    *next.borrow_mut() = Some(frame);
}
