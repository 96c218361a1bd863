//! Mounts the app in the browser; everything else lives in the library.

fn main() {
    yew::Renderer::<crying_explainer::App>::new().render();
}
