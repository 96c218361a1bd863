//! The app mounted in headless Chromium: navigation changes the route and the heading.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::{click, document, mount, sleep};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for the browser to fire `hashchange` and for Yew to re-render.
async fn settle() {
    sleep(30).await;
}

fn h1_text(root: &web_sys::Element) -> String {
    root.query_selector("main h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn clicking_the_nav_changes_route_heading_and_focus() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    settle().await;
    let root = mount().await;
    assert_eq!(h1_text(&root), "Why we cry");

    for (slug, title) in [
        ("flow", "When feelings get stuck"),
        ("reflect", "You and your tears"),
        ("tears", "Three kinds of tears"),
    ] {
        click(&root, &format!("nav a[href='#/{slug}']"));
        settle().await;
        let location = web_sys::window().unwrap().location();
        assert_eq!(location.hash().unwrap(), format!("#/{slug}"));
        assert_eq!(h1_text(&root), title);
        let current = root
            .query_selector("nav a[aria-current='page']")
            .unwrap()
            .unwrap();
        assert_eq!(current.get_attribute("href").unwrap(), format!("#/{slug}"));
        // Focus moves to the new heading so screen readers announce the new screen.
        let active = document().active_element().unwrap();
        assert_eq!(active.tag_name(), "H1");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_hash_shows_home() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/no/such/place")
        .unwrap();
    settle().await;
    let root = mount().await;
    assert!(root.query_selector(".home__title").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_skip_link_moves_focus_without_changing_the_route() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/flow")
        .unwrap();
    settle().await;
    let root = mount().await;
    click(&root, ".skip-link");
    settle().await;
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/flow"
    );
    assert_eq!(document().active_element().unwrap().id(), "main");
    root.remove();
}
