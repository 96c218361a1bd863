//! What each page shows before (or without) the WebAssembly, rendered by Yew's server
//! renderer: every screen exactly as the browser will first draw it, with the
//! no-JavaScript notes at the end of `<main>`; the calm panic screen as a `<template>`;
//! and the page for missing addresses.

use crying_explainer::components::{no_script_notes, NotFound, PanicScreen};
use crying_explainer::content::{failure, site};
use crying_explainer::model::panic_screen::TEMPLATE_ID;
use crying_explainer::site_map::Page;
use crying_explainer::{App, AppProps};
use futures::executor::block_on;
use yew::{BaseComponent, LocalServerRenderer};

fn render<C: BaseComponent<Properties = ()>>() -> String {
    block_on(LocalServerRenderer::<C>::new().hydratable(false).render())
}

/// One page's HTML. With scripts running the notes take no space, so the live app (which
/// has none) replaces this copy without moving anything.
pub fn render_page(page: Page) -> String {
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

/// The calm screen shown if the app fails, as a `<template>` the browser glue clones.
pub fn panic_template() -> String {
    format!(
        "<template id=\"{TEMPLATE_ID}\">{}</template>",
        render::<PanicScreen>()
    )
}

/// The "not here" page's document title and markup.
pub fn not_found() -> (String, String) {
    (
        format!("{} · {}", failure::NOT_FOUND_HEADING, site::TITLE),
        render::<NotFound>(),
    )
}
