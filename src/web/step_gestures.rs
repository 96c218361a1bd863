//! Browser glue for the tears walkthrough: arrow keys and swipes on the walkthrough.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::EventListener;
use crate::effect::use_effect_cleaned;
use crate::model::walkthrough::{key_direction, swipe_direction, Direction};

/// Calls `on_direction` when the reader presses the left or right arrow key while focus
/// is inside `node` (never inside a form control), or swipes sideways across it with a
/// finger or pen. It answers whether it acted: only then is the key's own action (a
/// scroll) prevented. The listeners live in an effect and are removed on unmount.
#[hook]
pub fn use_step_gestures(node: NodeRef, on_direction: Callback<Direction, bool>) {
    // Listeners are attached once; they read the latest callback from here.
    let latest = use_mut_ref(|| on_direction.clone());
    *latest.borrow_mut() = on_direction;
    use_effect_cleaned(node, move |node| {
        let listeners = node
            .cast::<web_sys::Element>()
            .map(|target| attach(&target, latest))
            .unwrap_or_default();
        Box::new(move || drop(listeners))
    });
}

fn attach(
    target: &web_sys::EventTarget,
    latest: Rc<RefCell<Callback<Direction, bool>>>,
) -> Vec<EventListener> {
    let emit = move |d: Direction| latest.borrow().emit(d);
    let emit_key = emit.clone();
    // Where a touch began, by pointer id, so only that finger's lift counts.
    let start: Rc<Cell<Option<(i32, f64, f64)>>> = Rc::default();
    let (start_down, start_up, start_cancel) = (start.clone(), start.clone(), start);
    [
        EventListener::new(target, "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let modified = key.alt_key() || key.ctrl_key() || key.meta_key() || key.shift_key();
            if modified || key.default_prevented() || in_form_control(event) {
                return;
            }
            if key_direction(&key.key()).is_some_and(&emit_key) {
                key.prevent_default();
            }
        }),
        EventListener::new(target, "pointerdown", move |event| {
            if let Some(p) = event.dyn_ref::<web_sys::PointerEvent>() {
                let touchy = p.pointer_type() != "mouse";
                if touchy && p.is_primary() && !in_form_control(event) {
                    let at = (
                        p.pointer_id(),
                        f64::from(p.client_x()),
                        f64::from(p.client_y()),
                    );
                    start_down.set(Some(at));
                }
            }
        }),
        EventListener::new(target, "pointerup", move |event| {
            let Some(p) = event.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            if let Some((id, x, y)) = start_up.get() {
                if id != p.pointer_id() {
                    return;
                }
                start_up.set(None);
                let (dx, dy) = (f64::from(p.client_x()) - x, f64::from(p.client_y()) - y);
                if let Some(direction) = swipe_direction(dx, dy) {
                    emit(direction);
                }
            }
        }),
        // The browser took the gesture (a scroll or zoom): it was not a swipe.
        EventListener::new(target, "pointercancel", move |_| start_cancel.set(None)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// True if the event started in a text field, select, or editable content, where arrow
/// keys move the caret and must be left alone.
fn in_form_control(event: &web_sys::Event) -> bool {
    let Some(el) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}
