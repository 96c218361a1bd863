//! One page's whole document: the head the page table gives it, and the prerendered app.
//! Every address is relative to the page, so the site works from any folder.
//!
//! The markup is written as Trunk's minifier writes it (no optional `<head>` or `<body>`
//! start tag where it can be left out, unquoted plain values), so the pages weigh what
//! they did when the minifier wrote them.

use crying_explainer::model::panic_screen::TEMPLATE_ID;
use crying_explainer::site_map::{self, Page};

use crate::files::Built;
use crate::sheets::Sheets;
use crate::words::Words;

/// The build's files every page names.
pub struct Assets {
    pub sheets: Sheets,
    pub boot: Built,
    pub glue: Built,
    pub wasm: String,
    /// The icon as a `data:` address (see [`svg_data_url`]).
    pub favicon: String,
    pub old_links: Built,
    pub look: Built,
    /// The calm screen shown if the app fails, as a `<template>`.
    pub panic_template: String,
    /// The words, for each page's data block.
    pub words: Words,
}

/// `s` safe inside a double-quoted attribute or as text.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The document of `page`, around its prerendered `app` markup.
pub fn page_document(page: Page, app: &str, assets: &Assets) -> String {
    let root = page.root();
    // Files in the site's folder, from this page.
    let at = |file: &str| match root.as_str() {
        "./" => file.to_owned(),
        root => format!("{root}{file}"),
    };
    let link = |b: &Built, rel: &str| {
        format!(
            "<link href={} integrity={} rel={rel}>",
            at(&b.file),
            b.integrity
        )
    };
    let mut html = format!(
        "<!doctype html><html lang=en-GB data-root=\"{root}\"{}>\
         <meta charset=utf-8><meta content=\"width=device-width,initial-scale=1,viewport-fit=cover\" name=viewport>\
         <title>{}</title><meta name=description content=\"{}\"><link rel=canonical href=\"{}\">\
         <meta content=\"light dark\" name=color-scheme>\
         <meta media=\"(prefers-color-scheme: light)\" content=#FBF8F4 name=theme-color>\
         <meta media=\"(prefers-color-scheme: dark)\" content=#12181D name=theme-color>",
        if page.embedded { " data-embed=1" } else { "" },
        escape(&site_map::document_title(page.route)),
        escape(&site_map::description(page.route)),
        canonical(page),
    );
    if page.embedded {
        // Inside a host's iframe a page has no tab, bookmark or home-screen icon of its
        // own; an empty icon keeps a browser that opens one alone from asking the
        // domain's root for a favicon.
        html.push_str("<link href=\"data:,\" rel=icon>");
    } else {
        // The icon is written into the page: Chromium fetches a page's icon again on every
        // move the History API makes, outside the service worker, so offline each move
        // logged a failed load. A `data:` icon is never fetched.
        html.push_str(&format!("<link href=\"{}\" rel=icon>", assets.favicon));
        html.push_str(&format!(
            "<link href={} rel=manifest><link href={} rel=apple-touch-icon>",
            at("manifest.webmanifest"),
            at("icon-192.png")
        ));
    }
    // No frame until the prerendered app is parsed whole. On a slow network a browser
    // would otherwise paint the page while its file is still arriving: a heading or a
    // button parsed without its words yet, which then grow (a layout shift). The calm
    // screen's template directly follows the app's markup, so its end marks the app's.
    // Browsers without `rel=expect` paint as before.
    html.push_str(&format!(
        "<link blocking=render href=#{TEMPLATE_ID} rel=expect>"
    ));
    html.push_str(&link(&assets.sheets.shared, "stylesheet"));
    if let Some(own) = assets.sheets.own(page.route) {
        html.push_str(&link(own, "stylesheet"));
    }
    html.push_str(&format!(
        "<meta name=later-sheets content=\"{}\">",
        at(&assets.sheets.later(page.route).file)
    ));
    // A host's look options arrive only at the embed layout's pages, and must be applied
    // before the first paint. Old `#/…` links arrive only at the site's home page: that
    // script opens the body instead (below), where it still runs before anything of the
    // page is parsed, so before any paint with content. A script in the head holds the
    // page's low-priority requests (the next pages' words) until it has run, a round
    // trip; from the body's start it does not, and on Slow 4G home's words then come
    // before the app is interactive, not 50-120 ms after (`scripts/bench-move.mjs`).
    let script = |built: &crate::files::Built| {
        format!(
            "<script src={} integrity={}></script>",
            at(&built.file),
            built.integrity
        )
    };
    if page.embedded {
        html.push_str(&script(&assets.look));
    }
    let body_start = if !page.embedded && page.route == crying_explainer::model::Route::Home {
        script(&assets.old_links)
    } else {
        String::new()
    };
    // The wasm is preloaded so that it starts with the page's own files, not a round trip
    // later when the boot module runs; the boot module's request must match this preload
    // exactly or a browser downloads it twice (see `scripts::write_boot`). No `crossorigin`:
    // WebKit sends `Origin` on a CORS-mode preload but not on a same-origin `fetch()`, and
    // reuses a preload only for a request with the same headers.
    html.push_str(&format!(
        "<script type=module src={} integrity={}></script>\
         <link crossorigin href={} integrity={} rel=modulepreload>\
         <link as=fetch href={} rel=preload type=application/wasm>",
        at(&assets.boot.file),
        assets.boot.integrity,
        at(&assets.glue.file),
        assets.glue.integrity,
        at(&assets.wasm),
    ));
    // The words of the pages a reader may move to next, in one or two files (see
    // `site_map::words::WordsFile`). A round trip on a slow phone is longer than the time
    // from the wasm's arrival to the app's first move: on Slow 4G a move right at
    // interactive waited about 600 ms for words asked for only as the app started, 40-70 ms
    // (median) with these (`scripts/bench-move.mjs`). At low priority, to keep out of the
    // wasm's way. But Chromium holds a low-priority request while a script in the head has
    // yet to run, a round trip, and the embed layout's look script must run there: those
    // pages ask at high priority. Their six own files (two sheets, two scripts, the glue
    // and the wasm) take every connection a browser opens to a site over HTTP/1.1 until
    // the sheets are in, so the words still come after those, as on the other pages.
    // Not part of the page's first load (`scripts/first-load.mjs` lists them apart); the
    // app asks for the same files the same way (`web::words`), so each comes once.
    let priority = if page.embedded { "high" } else { "low" };
    for file in assets.words.first_wave_files(page) {
        html.push_str(&format!(
            "<link as=fetch fetchpriority={priority} href={} rel=preload>",
            at(&file)
        ));
    }
    html.push_str(&format!(
        "</head><body>{body_start}<div id=app>{app}</div>{}{}</body></html>",
        assets.panic_template,
        assets.words.data_block(page),
    ));
    html
}

/// An SVG as a `data:` address for a double-quoted attribute: its own double quotes become
/// single ones, and only what a URL or the attribute would misread is escaped.
pub fn svg_data_url(svg: &str) -> String {
    let mut url = String::from("data:image/svg+xml,");
    for c in svg.trim().chars() {
        match c {
            '"' => url.push('\''),
            '%' => url.push_str("%25"),
            '#' => url.push_str("%23"),
            '<' => url.push_str("%3C"),
            '>' => url.push_str("%3E"),
            '\n' | '\r' | '\t' => url.push(' '),
            c => url.push(c),
        }
    }
    url
}

/// The address search engines should list: a standalone page is its own; the embed
/// layout's copy points at the standalone one.
fn canonical(page: Page) -> String {
    if page.embedded {
        let own = Page::standalone(page.route).path();
        format!("{}{own}", page.root())
    } else {
        "./".to_owned()
    }
}
