//! Renders the app's first screen at build time, so words paint before the WebAssembly
//! arrives. Prints the app's HTML (the home screen, exactly as the browser will first
//! draw it) with the no-JavaScript fallback at the end of `<main>`;
//! `scripts/post-build.mjs` puts it into `index.html`.

use crying_explainer::components::NoScriptFallback;
use crying_explainer::App;
use futures::executor::block_on;
use yew::LocalServerRenderer;

fn main() {
    let app = block_on(LocalServerRenderer::<App>::new().hydratable(false).render());
    let fallback = block_on(
        LocalServerRenderer::<NoScriptFallback>::new()
            .hydratable(false)
            .render(),
    );
    // With scripts running a <noscript> takes no space, so the live app (which has none)
    // replaces this copy without moving anything.
    let html = match app.find("</main>") {
        Some(end) => format!("{}{fallback}{}", &app[..end], &app[end..]),
        None => app,
    };
    print!("{html}");
}
