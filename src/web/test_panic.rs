//! The calm failure screen's test trigger (test builds only, `--features test-panic`).
//! The calm screen itself is shown by the boot module when the WebAssembly stops
//! (`src/bin/prerender/scripts.rs`): after a panic nothing may need the WebAssembly, and
//! the release build runs none of it after one.

/// Panics on purpose as a page shows, so the end-to-end tests can check the calm screen:
/// at the address `#/__panic__` (as the app starts), or once the test has marked the
/// document `data-test-panic` (on a move, long after the start).
pub fn panic_on_test_route() {
    let window = gloo_utils::window();
    let hash = window.location().hash().ok();
    let marked = gloo_utils::document_element().has_attribute("data-test-panic");
    assert!(
        hash.as_deref() != Some("#/__panic__") && !marked,
        "deliberate test panic"
    );
}
