//! Renders, at build time, what `index.html` shows before (or without) the WebAssembly:
//! the app's first screen, exactly as the browser will first draw it, with the
//! no-JavaScript notes at the end of `<main>`; then a marker line; then the calm panic
//! screen as a `<template>`; then a marker line and the guide as a plain page.
//! `scripts/post-build.mjs` puts the first two into `index.html` and makes `text.html`
//! of the third.

use crying_explainer::components::panic_screen::TEMPLATE_ID;
use crying_explainer::components::{NoScriptFallback, PanicScreen, TextEdition};
use crying_explainer::App;
use futures::executor::block_on;
use yew::{BaseComponent, LocalServerRenderer};

/// Separates the app's HTML from the panic template in the output.
const MARKER: &str = "<!--prerender:panic-template-->";

fn render<C: BaseComponent<Properties = ()>>() -> String {
    block_on(LocalServerRenderer::<C>::new().hydratable(false).render())
}

fn main() {
    let app = render::<App>();
    let fallback = render::<NoScriptFallback>();
    // With scripts running these notes take no space, so the live app (which has none)
    // replaces this copy without moving anything.
    let app = match app.find("</main>") {
        Some(end) => format!("{}{fallback}{}", &app[..end], &app[end..]),
        None => app,
    };
    let panic = render::<PanicScreen>();
    let text = render::<TextEdition>();
    print!("{app}\n{MARKER}\n<template id=\"{TEMPLATE_ID}\">{panic}</template>\n{MARKER}\n{text}");
}
