//! Writes the built site from the page table, as Trunk's post-build hook (through
//! `scripts/post-build.mjs`, which first minifies the JavaScript). In the staged build
//! (`TRUNK_STAGING_DIR`, or the first argument) it
//! 1. joins the stylesheets into a shared sheet and one per part of the site, with short
//!    names for their custom properties;
//! 2. writes the boot module, and gives the scripts that read the page table its data;
//! 3. writes every page (each screen standalone and in the embed layout) with its own
//!    head, prerendered markup and relative addresses, twice: with the wasm inside, at its
//!    address, and without, for the service worker (`document::Wasm`); and `404.html`;
//! 4. writes the words in two files (`WordsFile`), and each page's own as data in the page;
//! 5. writes `pages.json` and the service worker's precache list and version.

mod css_names;
mod document;
mod files;
mod inline_wasm;
mod listing;
mod not_found;
mod render;
mod scripts;
mod sheets;
mod words;

use std::io;

use crying_explainer::site_map::Page;

use document::{Assets, Wasm, LEAN_PAGE};
use files::Staging;
use sheets::Sheets;
use words::Words;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok());
    let Some(dir) = dir else {
        eprintln!("prerender: give the staged build's folder, or run as Trunk's hook");
        std::process::exit(2);
    };
    if let Err(error) = write_site(&Staging::new(dir)) {
        eprintln!("prerender: {error}");
        std::process::exit(1);
    }
}

/// The icon Trunk copied, as a `data:` address; the file itself is then not needed.
fn inline_favicon(staging: &Staging) -> io::Result<String> {
    let file = staging.hashed("favicon", ".svg")?;
    let svg = staging.read(&file)?;
    staging.remove(&file)?;
    Ok(document::svg_data_url(&svg))
}

fn write_site(staging: &Staging) -> io::Result<()> {
    let glue = staging.hashed("crying-explainer", ".js")?;
    let wasm = staging.hashed("crying-explainer", "_bg.wasm")?;
    let pre_paint = scripts::read_pre_paint(staging)?;
    scripts::write_embed_loader(staging)?;
    let assets = Assets {
        sheets: Sheets::join(staging)?,
        boot: scripts::write_boot(staging, &glue, &wasm)?,
        glue: staging.built(&glue)?,
        favicon: inline_favicon(staging)?,
        wasm_block: inline_wasm::data_block(&std::fs::read(staging.path(&wasm))?),
        wasm,
        pre_paint,
        panic_template: render::panic_template(),
        words: Words::write(staging)?,
    };
    // Trunk's own page is only the template for the tools; every page is written here.
    staging.remove("index.html")?;
    let pages = Page::all();
    for &page in &pages {
        let app = render::render_page(page);
        let folder = page.path();
        let with_wasm = document::page_document(page, &app, &assets, Wasm::Inside);
        staging.write(&format!("{folder}index.html"), &with_wasm)?;
        let lean = document::page_document(page, &app, &assets, Wasm::Apart);
        staging.write(&format!("{folder}{LEAN_PAGE}"), &lean)?;
    }
    let (title, app) = render::not_found();
    staging.write("404.html", &not_found::document(&title, &app))?;
    staging.write(listing::PAGES_JSON, &listing::pages_json().to_string())?;
    let precached = listing::write_service_worker(staging)?;
    // The policy names the 404 page's style and the pre-paint scripts by these hashes
    // (README, "Deploy"): printed, so that a change to one shows the value to put there.
    println!(
        "prerender: {} pages and 404.html (its style: {}; old links: {}; look: {}) written, {precached} files precached",
        pages.len(),
        not_found::style_source(),
        assets.pre_paint.old_links.hash,
        assets.pre_paint.look.hash,
    );
    Ok(())
}
