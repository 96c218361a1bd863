//! The site's own scripts: the boot module that starts the WebAssembly, and the small
//! scripts that read the page table (old `#/…` links, the embed loader), given the table's
//! data in place of their placeholder.

use std::io;

use crying_explainer::content::embed::FRAME_TITLE;
use crying_explainer::model::panic_screen::{RELOAD_ID, TEMPLATE_ID};
use crying_explainer::model::route::Route;
use crying_explainer::model::walkthrough::View;
use crying_explainer::site_map::{document_title, Page, FRAME_FOLDER, PAGES};
use serde_json::{json, Map, Value};

use crate::files::{Built, Staging};
use crate::inline_wasm::BLOCK_ID;

/// The module each page loads (an external file with an integrity value, so a strict
/// Content-Security-Policy needs no inline script). Once the app runs it can show any
/// section in place, so it then loads the other sections' sheets the page names. If the
/// WebAssembly cannot start (too old a browser, WebAssembly switched off, its files lost to
/// a connection that dropped), the prerendered page stays, its evidence notes open, and a
/// prerendered note about it is revealed.
///
/// If the app panics, the calm screen replaces it, here and not in Rust: the release
/// build compiles panics to an instant stop (see `scripts/build-release.sh`), so the
/// WebAssembly runs nothing after one, and whatever JavaScript called it receives a
/// `WebAssembly.RuntimeError`. That error, reported to the window (an event the app
/// handled, a frame, a promise) or by the start itself, copies the page's prerendered
/// `<template>` over the app, once, and points its reload link at this page with a fresh
/// query value (a link to the same address would only scroll). Other errors are not the
/// app's stop and leave the page alone.
///
/// The glue is imported inside the `try`, not as a static import: if its request fails (a
/// connection that drops as the page loads), a static import would stop the whole module
/// before it ran, leaving buttons that do nothing and the evidence notes shut; imported
/// here, the failure reaches the `catch` and the page shows its no-app state. The page's
/// `modulepreload` has already fetched it, so the import waits for nothing more.
///
/// A page's copy at its address holds the wasm (`inline_wasm`): the module reads it back,
/// one byte a character but for the three stand-ins the block names, and drops the block.
/// If the text is not the length the block gives (a host that sends the page in another
/// encoding than UTF-8) or not a wasm module (`\0asm`; byte 1 is `a`), the module fetches
/// the wasm's file instead, as the service worker's copy of a page always does.
///
/// The bytes read back are also left in a cache of their own (`SEED_CACHE`), so that the
/// service worker's precache copies them rather than downloading the wasm's file again, a
/// second 84 KB on a first visit. A cache that cannot be written is ignored: the worker then
/// downloads the file, as it would anyway.
///
/// That request is the one the page's preload made (`document::page_document`):
/// same-origin, `no-cors`, with credentials, so each engine downloads the wasm once. WebKit
/// reuses a preload only for a request with the same headers (a CORS preload carries
/// `Origin`, a same-origin `fetch()` does not), Chromium only one with the same credentials.
pub fn write_boot(staging: &Staging, glue: &str, wasm: &str) -> io::Result<Built> {
    let code = format!(
        "let stopped = false;
const Stop = self.WebAssembly?.RuntimeError;
const calm = (e) => {{
  if (stopped || !Stop || !(e instanceof Stop)) return false;
  stopped = true;
  const screen = document.getElementById('{TEMPLATE_ID}');
  document.getElementById('app')?.replaceChildren(screen?.content.cloneNode(true) ?? '');
  const query = new URLSearchParams(location.search);
  query.set('reload', Date.now());
  const reload = document.getElementById('{RELOAD_ID}');
  if (reload) reload.href = `${{location.pathname}}?${{query}}${{location.hash}}`;
  return true;
}};
const file = new URL('./{wasm}', import.meta.url);
const held = () => {{
  const block = document.getElementById('{BLOCK_ID}');
  if (!block) return null;
  block.remove();
  const text = block.textContent;
  const swap = block.dataset.swap.split(' ').map(Number);
  const byte = Uint8Array.from({{ length: 259 }}, (_, c) => c);
  [0, 13, 60].forEach((b, i) => {{ byte[swap[i]] = b; byte[256 + i] = swap[i]; }});
  const wasm = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) wasm[i] = byte[text.charCodeAt(i)];
  if (text.length !== +block.dataset.length || wasm[1] !== 97) return null;
  self.caches?.open('{SEED_CACHE}').then((c) => c.put(file, new Response(wasm, {{ headers: {{ 'Content-Type': 'application/wasm' }} }}))).catch(() => {{}});
  return wasm;
}};
addEventListener('error', (e) => calm(e.error));
addEventListener('unhandledrejection', (e) => calm(e.reason));
try {{
const {{ default: init }} = await import('./{glue}');
const wasm = await init({{ module_or_path: held() ?? new Request(file, {{ mode: 'no-cors', credentials: 'include' }}) }});
dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));
for (const f of document.querySelector('meta[name=later-sheets]')?.content.split(' ') ?? []) \
document.head.append(Object.assign(document.createElement('link'), {{ rel: 'stylesheet', href: new URL(f, location.href).href }}));
}} catch (e) {{
  if (!calm(e)) {{
    document.documentElement.classList.add('no-app');
    document.getElementById('cannot-start')?.removeAttribute('hidden');
  }}
}}
"
    );
    staging.write_hashed("boot", "js", &code)
}

/// The cache the boot module leaves the wasm's bytes in for the service worker, which
/// copies them into its own and deletes it (`static/sw.js`, `SEED`).
pub const SEED_CACHE: &str = "crying-explainer-seed";

/// The quoted placeholder a script holds for the data the prerender gives it.
const PLACEHOLDER: &str = "\"%SITE%\"";

/// Puts `data` in place of the script's one placeholder.
fn with_data(name: &str, code: &str, data: &Value) -> io::Result<String> {
    if code.matches(PLACEHOLDER).count() != 1 {
        return Err(io::Error::other(format!(
            "{name} must hold {PLACEHOLDER} exactly once"
        )));
    }
    Ok(code.replace(PLACEHOLDER, &data.to_string()))
}

/// What `old-links.js` needs to send an old `#/…` link to its page: the embed layout's
/// folder, each top folder's pages by their own folder name (`""` for its own page), and
/// the walkthrough's steps in order, for a link by number.
fn old_link_data() -> Value {
    let mut tops = Map::new();
    for top in PAGES.iter().filter(|r| r.parent == Some(Route::Home)) {
        let children = || PAGES.iter().filter(|r| r.parent == Some(top.route));
        let mut pages = Map::new();
        pages.insert(String::new(), json!(top.address));
        for child in children() {
            let folder = child.address.trim_end_matches('/');
            let name = folder.rsplit('/').next().unwrap_or(folder);
            pages.insert(name.to_owned(), json!(child.address));
        }
        let mut entry = json!({ "pages": pages });
        // A folder whose own page is a walkthrough's first step: its steps, in order.
        if let Some(View::Step(_)) = top.place {
            let steps: Vec<_> = std::iter::once(top)
                .chain(children())
                .filter(|r| matches!(r.place, Some(View::Step(_))))
                .map(|r| r.address)
                .collect();
            entry["steps"] = json!(steps);
        }
        tops.insert(top.address.trim_end_matches('/').to_owned(), entry);
    }
    json!({ "frame": FRAME_FOLDER, "folders": tops })
}

/// What `embed.js` needs: the guide's name, the embed layout's page for each section a
/// host can choose (`""` for the start), each of those pages' own page, for a host page
/// that does not allow the frame, and each one's title, which names its frame: with
/// several guides in one article, a screen reader's list of frames tells them apart, as
/// their headings do for a sighted reader.
fn embed_data() -> Value {
    let (mut pages, mut open, mut titles) = (Map::new(), Map::new(), Map::new());
    let mut add = |choice: &str, route: Route| {
        let framed = Page::framed(route).path();
        open.insert(framed.clone(), json!(Page::standalone(route).path()));
        titles.insert(framed.clone(), json!(document_title(route)));
        pages.insert(choice.to_owned(), json!(framed));
    };
    add("", Route::Home);
    for row in PAGES.iter().filter(|r| r.parent == Some(Route::Home)) {
        if let Some(section) = row.section {
            add(section.slug(), row.route);
        }
    }
    json!({ "title": FRAME_TITLE.words(), "pages": pages, "open": open, "titles": titles })
}

/// The pre-paint scripts, which pages carry rather than name (`document::page_document`
/// says why).
pub struct PrePaint {
    /// `old-links.js`, for the site's home page.
    pub old_links: InlineScript,
    /// The data block `old-links.js` reads, which it must follow.
    pub old_links_data: String,
    /// `look.js`, for the embed layout's pages.
    pub look: InlineScript,
}

/// The id of the data block `old-links.js` reads.
const OLD_LINKS_DATA_ID: &str = "old-links";

/// Reads the pre-paint scripts (already minified by post-build.mjs as `old-links.js` and
/// `look.js`) out of the build.
pub fn read_pre_paint(staging: &Staging) -> io::Result<PrePaint> {
    let old_links = staging.read("old-links.js")?;
    staging.remove("old-links.js")?;
    if !old_links.contains(&format!("\"{OLD_LINKS_DATA_ID}\"")) {
        return Err(io::Error::other(format!(
            "old-links.js must read its data from #{OLD_LINKS_DATA_ID}"
        )));
    }
    let look = staging.read("look.js")?;
    staging.remove("look.js")?;
    Ok(PrePaint {
        old_links: InlineScript::new("old-links.js", old_links)?,
        old_links_data: crate::document::json_block(OLD_LINKS_DATA_ID, &old_link_data()),
        look: InlineScript::new("look.js", look)?,
    })
}

/// A script written into a page. The policy allows it by its hash (`PRE_PAINT_SCRIPTS` in
/// `scripts/static-server.mjs`, and the README's "Deploy").
pub struct InlineScript {
    pub code: String,
    /// `'sha256-…'`, as a policy names it.
    pub hash: String,
}

impl InlineScript {
    fn new(name: &str, code: String) -> io::Result<Self> {
        // The code must not end its own element.
        if code.to_ascii_lowercase().contains("</script") {
            return Err(io::Error::other(format!("{name} holds </script")));
        }
        let hash = format!("'{}'", crate::files::integrity(code.as_bytes()));
        Ok(Self { code, hash })
    }
}

/// Gives the embed loader (copied as it is, for editors to read) its data.
pub fn write_embed_loader(staging: &Staging) -> io::Result<()> {
    let code = with_data("embed.js", &staging.read("embed.js")?, &embed_data())?;
    staging.write("embed.js", &code)
}
