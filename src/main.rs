//! Mounts the app in the browser; everything else lives in the library.

fn main() {
    crying_explainer::web::install_panic_screen();
    // The build prerendered the first screen into #app so words paint early; the app
    // replaces it with an identical live copy in the same task, so nothing flickers.
    let root = crying_explainer::web::take_app_root();
    yew::Renderer::<crying_explainer::App>::with_root(root).render();
}
