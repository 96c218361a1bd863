//! Renders, at build time, what each page shows before (or without) the WebAssembly: every
//! screen, standalone and in the embed layout, exactly as the browser will first draw it,
//! with the no-JavaScript notes at the end of `<main>`; the calm panic screen as a
//! `<template>`; and the page for missing addresses. Prints them as JSON for
//! `scripts/post-build.mjs`, which writes one HTML file per page.

use crying_explainer::components::panic_screen::TEMPLATE_ID;
use crying_explainer::components::{no_script_notes, NotFound, PanicScreen};
use crying_explainer::content::site;
use crying_explainer::model::Page;
use crying_explainer::{App, AppProps};
use futures::executor::block_on;
use serde_json::json;
use yew::{BaseComponent, LocalServerRenderer};

fn render<C: BaseComponent<Properties = ()>>() -> String {
    block_on(LocalServerRenderer::<C>::new().hydratable(false).render())
}

/// One page's HTML. With scripts running the notes take no space, so the live app (which
/// has none) replaces this copy without moving anything.
fn render_page(page: Page) -> String {
    let props = AppProps { page: Some(page) };
    let app = block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let notes = block_on(
        LocalServerRenderer::<Notes>::with_props(NotesProps { page })
            .hydratable(false)
            .render(),
    );
    match app.find("</main>") {
        Some(end) => format!("{}{notes}{}", &app[..end], &app[end..]),
        None => app,
    }
}

#[derive(yew::Properties, PartialEq)]
struct NotesProps {
    page: Page,
}

/// The notes as a component, so the server renderer can render them on their own.
#[yew::component]
fn Notes(props: &NotesProps) -> yew::Html {
    no_script_notes(props.page)
}

fn main() {
    let pages: Vec<_> = Page::all()
        .into_iter()
        .map(|page| {
            json!({
                "path": page.path(),
                "root": page.root(),
                "embedded": page.embedded,
                "title": site::document_title(page.route),
                "description": site::description(page.route),
                "app": render_page(page),
            })
        })
        .collect();
    let panic = format!(
        "<template id=\"{TEMPLATE_ID}\">{}</template>",
        render::<PanicScreen>()
    );
    let output = json!({
        "pages": pages,
        "panicTemplate": panic,
        "notFound": {
            "title": format!("{} · {}", crying_explainer::content::failure::NOT_FOUND_HEADING, site::TITLE),
            "app": render::<NotFound>(),
        },
    });
    print!("{output}");
}
