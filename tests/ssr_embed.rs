//! Server-rendered HTML of embed mode and of the "Embed this" page.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::content::{embed, site, support as help};
use crying_explainer::model::route::{Route, Section};
use crying_explainer::ShellProps;
use support::{render_route, render_shell};

#[test]
fn embed_mode_drops_the_brand_keeps_support_and_uses_the_hosts_therapist_link() {
    let html = render_shell(ShellProps {
        route: Route::Section(Section::Flow),
        embedded: true,
        therapist_url: Some("https://directory.example/find".into()),
    });
    assert!(!html.contains("class=\"brand\""));
    // Its support is the smaller strip: the sheet keys that on the page's root, which
    // the prerender marks `data-embed` (first-paint.test.mjs checks every frame page).
    assert!(html.contains("class=\"support\""));
    assert!(html.contains("href=\"tel:116123\""));
    assert!(html.contains("href=\"https://directory.example/find\""));
    // The default address as a whole attribute: the article's own link starts with it.
    assert!(!html.contains(&format!("href=\"{}\"", help::FIND_THERAPIST_URL)));
    assert!(html.contains("rel=\"noopener\""));
    assert!(!html.contains(&*site::EMBED_LINK));
}

#[test]
fn the_standalone_app_links_to_the_embed_page_which_shows_both_snippets() {
    assert!(render_route(Route::Home).contains("href=\"embed/\""));
    assert!(render_route(Route::Section(Section::Flow)).contains("href=\"../embed/\""));
    let html = render_route(Route::Embed);
    assert!(html.contains(&*embed::TITLE));
    assert!(html.contains("data-crying-explainer"));
    assert!(html.contains(&format!("{}embed.js", embed::PLACEHOLDER_ROOT)));
    assert!(html.contains(&format!("{}frame/tears/", embed::PLACEHOLDER_ROOT)));
    // Text content: Yew escapes `<`, `>` and `&`, not quotes.
    assert!(html.contains("&lt;iframe") && html.contains("loading=\"lazy\""));
}

#[test]
fn every_screen_has_its_own_document_title() {
    use crying_explainer::site_map::document_title;
    assert!(document_title(Route::Embed).starts_with(&*embed::TITLE));
    assert!(document_title(Route::Home).starts_with(&*site::TITLE));
    let tears = document_title(Route::Section(Section::Tears));
    // The walkthrough's own page is its first step, titled as the step.
    assert!(tears.starts_with(&*crying_explainer::content::tears::STEPS[0].title));
}

#[test]
fn embedded_pages_link_within_the_embed_layout() {
    let html = render_shell(ShellProps {
        route: Route::Tears(crying_explainer::model::walkthrough::View::Step(2)),
        embedded: true,
        therapist_url: None,
    });
    assert!(html.contains("href=\"../../../frame/flow/\""));
    assert!(html.contains("href=\"../../../frame/tears/3/\""));
    assert!(!html.contains("href=\"../../flow/\""));
}
