//! The flow section in headless Chromium: animation frames are requested while it plays,
//! and none after Pause or after leaving the section (the loop is owned and dropped).
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::{click, mount, open_page, sleep, window};

wasm_bindgen_test_configure!(run_in_browser);

/// Replaces `window.requestAnimationFrame` with a wrapper that counts calls; restores
/// the original when dropped.
struct FrameCounter {
    original: js_sys::Function,
    count: Rc<Cell<u32>>,
    _wrapper: Closure<dyn FnMut(JsValue) -> JsValue>,
}

impl FrameCounter {
    fn install() -> Self {
        let key = JsValue::from_str("requestAnimationFrame");
        let original: js_sys::Function = js_sys::Reflect::get(&window(), &key)
            .unwrap()
            .dyn_into()
            .unwrap();
        let count = Rc::new(Cell::new(0));
        let wrapper = {
            let (original, count) = (original.clone(), count.clone());
            Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |callback: JsValue| {
                count.set(count.get() + 1);
                original.call1(&window(), &callback).unwrap()
            })
        };
        js_sys::Reflect::set(&window(), &key, wrapper.as_ref()).unwrap();
        Self {
            original,
            count,
            _wrapper: wrapper,
        }
    }

    fn count(&self) -> u32 {
        self.count.get()
    }

    /// Asserts no new frame is requested over a while (one already queued may still run).
    async fn assert_quiet(&self, why: &str) {
        sleep(100).await;
        let n = self.count();
        sleep(400).await;
        assert_eq!(self.count(), n, "{why}");
    }

    async fn assert_running(&self, why: &str) {
        let n = self.count();
        sleep(300).await;
        assert!(self.count() > n + 3, "{why}: {} then {}", n, self.count());
    }
}

impl Drop for FrameCounter {
    fn drop(&mut self) {
        let key = JsValue::from_str("requestAnimationFrame");
        let _ = js_sys::Reflect::set(&window(), &key, &self.original);
    }
}

#[wasm_bindgen_test]
async fn no_frames_are_requested_while_paused_or_after_leaving() {
    open_page("/flow/");
    let frames = FrameCounter::install();
    let root = mount().await;
    root.query_selector(".flow-visual__stage")
        .unwrap()
        .expect("the picture is on the page")
        .scroll_into_view();
    frames.assert_running("frames while playing").await;

    click(&root, ".flow-visual__pause");
    sleep(0).await;
    let button = root.query_selector(".flow-visual__pause").unwrap().unwrap();
    assert_eq!(button.text_content().unwrap(), "Play");
    frames.assert_quiet("no frames while paused").await;

    click(&root, ".flow-visual__pause");
    frames.assert_running("frames again after Play").await;

    // Leave by the navigation's Home link, an in-place move.
    click(&root, "nav li:first-child a");
    sleep(30).await;
    assert!(root.query_selector(".flow-visual").unwrap().is_none());
    frames
        .assert_quiet("no frames after leaving the section")
        .await;
    drop(frames);
    root.remove();
}
