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
    /// The wasm as a data block (`inline_wasm::data_block`), for a page's copy with it.
    pub wasm_block: String,
    /// The icon as a `data:` address (see [`svg_data_url`]).
    pub favicon: String,
    /// The scripts that run before the first paint, written into the pages that run them.
    pub pre_paint: crate::scripts::PrePaint,
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

/// `data` as a JSON data block with the id `id`: data a script reads, which no browser runs
/// and no policy governs. `<` is escaped, so no value can end the element early.
pub fn json_block(id: &str, data: &serde_json::Value) -> String {
    let json = data.to_string().replace('<', "\\u003c");
    format!("<script id={id} type=application/json>{json}</script>")
}

/// Where a copy of a page gets the wasm.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Wasm {
    /// Inside the page, as a data block: the copy at the page's address, which a first
    /// visit downloads (see `inline_wasm`).
    Inside,
    /// From its own file: the copy the service worker keeps and serves (`LEAN_PAGE`), which
    /// has the wasm's file already.
    Apart,
}

/// The file name of a page's copy without the wasm inside, in the page's folder.
pub const LEAN_PAGE: &str = "lean.html";

/// The document of `page`, around its prerendered `app` markup.
pub fn page_document(page: Page, app: &str, assets: &Assets, wasm: Wasm) -> String {
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
    // A host's look options arrive only at the embed layout's pages, and must be applied
    // before the first paint, so a script in the head. Written in, and before the sheets,
    // it runs as it is parsed: from a file it stopped the parser for a round trip, and
    // then the rest of the page (the wasm's 250,000 characters among it) was parsed
    // before the first paint, which came 1.06-1.07 of the floor's (`bench-load.mjs`, nine
    // loads), 1.03 without it. After a sheet, a script waits for the sheet.
    if page.embedded {
        html.push_str(&format!("<script>{}</script>", assets.pre_paint.look.code));
    }
    html.push_str(&link(&assets.sheets.shared, "stylesheet"));
    if let Some(own) = assets.sheets.own(page.route) {
        html.push_str(&link(own, "stylesheet"));
    }
    html.push_str(&format!(
        "<meta name=later-sheets content=\"{}\">",
        at(&assets.sheets.later(page.route).file)
    ));
    // Old `#/…` links arrive only at the site's home page: that script opens the body,
    // where it runs before anything of the page is parsed, so before any paint with
    // content. Written in, for the look script's reason (above): home's first paint came
    // at 1.06 of the floor's with it as a file. Its data (the page table's addresses) is a
    // block of its own, so that its code, and so its hash in the policy, stays the same
    // when a page is added.
    let body_start = if !page.embedded && page.route == crying_explainer::model::Route::Home {
        let pre_paint = &assets.pre_paint;
        format!(
            "{}<script>{}</script>",
            pre_paint.old_links_data, pre_paint.old_links.code
        )
    } else {
        String::new()
    };
    html.push_str(&format!(
        "<script type=module src={} integrity={}></script>\
         <link crossorigin href={} integrity={} rel=modulepreload>",
        at(&assets.boot.file),
        assets.boot.integrity,
        at(&assets.glue.file),
        assets.glue.integrity,
    ));
    // Apart, the wasm is preloaded so that it starts with the page's own files, not a
    // round trip later when the boot module runs; the boot module's request must match
    // this preload exactly or a browser downloads it twice (see `scripts::write_boot`).
    // No `crossorigin`: WebKit sends `Origin` on a CORS-mode preload but not on a
    // same-origin `fetch()`, and reuses a preload only for a request with the same headers.
    if wasm == Wasm::Apart {
        html.push_str(&format!(
            "<link as=fetch href={} rel=preload type=application/wasm>",
            at(&assets.wasm),
        ));
    }
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
    // Inside, the wasm comes last: the page paints and the boot module waits for it
    // (a module runs once the whole page is parsed).
    html.push_str(&format!(
        "</head><body>{body_start}<div id=app>{app}</div>{}{}{}</body></html>",
        assets.panic_template,
        assets.words.data_block(page),
        if wasm == Wasm::Inside {
            assets.wasm_block.as_str()
        } else {
            ""
        },
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
