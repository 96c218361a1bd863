//! Mounts the app in the browser; everything else lives in the library.

// A free-list allocator a few KB smaller than dlmalloc: freed blocks go back on the list
// (and merge with their neighbours), so navigating and remounting for hours does not grow
// memory without bound.
// SAFETY: the app runs on the browser's main thread only; no Web Workers share its memory.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // Without its words the app could only show empty screens: the calm screen instead
    // (its words are in the page's HTML; the boot module shows it when the app stops).
    if !crying_explainer::web::learn_page_words() {
        panic!("this page carries no readable words");
    }
    // Before the first render, not after it: on a slow phone the render takes a while, and
    // these requests wait out a whole round trip on the network meanwhile.
    crying_explainer::web::fetch_other_words();
    // The build prerendered this page's screen into #app so words paint early; the app
    // replaces it with an identical live copy in the same task, so nothing flickers.
    let root = crying_explainer::web::take_app_root();
    yew::Renderer::<crying_explainer::App>::with_root(root).render();
}
