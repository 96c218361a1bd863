//! The app mounted in headless Chromium: its links move between pages in place, through
//! the History API, and Back returns.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::{click, document, mount, open_page as open, sleep, window};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for the browser to fire `popstate` and for Yew to re-render.
async fn settle() {
    sleep(30).await;
}

fn pathname() -> String {
    window().location().pathname().unwrap()
}

fn h1_text(root: &web_sys::Element) -> String {
    root.query_selector("main h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn clicking_the_nav_moves_in_place_and_back_returns() {
    open("/");
    let root = mount().await;
    assert_eq!(h1_text(&root), "Why we cry");
    let length = window().history().unwrap().length().unwrap();

    for (index, slug, title) in [
        (2, "flow", "When feelings get stuck"),
        (3, "reflect", "You and your tears"),
        (1, "tears", "Three kinds of tears"),
    ] {
        click(&root, &format!("nav li:nth-child({}) a", index + 1));
        settle().await;
        assert_eq!(pathname(), format!("/{slug}/"));
        assert_eq!(h1_text(&root), title);
        let current = root
            .query_selector("nav a[aria-current='page']")
            .unwrap()
            .unwrap();
        assert_eq!(current.text_content().unwrap().to_lowercase(), slug);
        // Focus moves to the new heading so screen readers announce the new screen.
        let active = document().active_element().unwrap();
        assert_eq!(active.tag_name(), "H1");
    }
    // One history entry per section.
    assert_eq!(window().history().unwrap().length().unwrap(), length + 3);
    // Within the walkthrough the entry is replaced, so Back leaves the walkthrough.
    click(&root, ".tears__next");
    settle().await;
    assert_eq!(pathname(), "/tears/2/");
    assert_eq!(window().history().unwrap().length().unwrap(), length + 3);
    window().history().unwrap().back().unwrap();
    sleep(100).await;
    assert_eq!(pathname(), "/reflect/");
    assert_eq!(h1_text(&root), "You and your tears");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_path_shows_home() {
    open("/no/such/place");
    let root = mount().await;
    assert!(root.query_selector(".home__title").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_skip_link_moves_focus_without_changing_the_page() {
    open("/flow/");
    let root = mount().await;
    click(&root, ".skip-link");
    settle().await;
    assert_eq!(pathname(), "/flow/");
    assert_eq!(document().active_element().unwrap().id(), "main");
    root.remove();
}
