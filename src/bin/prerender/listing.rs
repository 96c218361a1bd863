//! The lists the rest of the build reads: `pages.json` (the page table, for the tests and
//! scripts, which never copy a page's address or heading), and the service worker's
//! precache list and version.

use std::io;

use crying_explainer::model::quiz::QUESTION_COUNT;
use crying_explainer::model::walkthrough::{View, STEP_COUNT};
use crying_explainer::site_map::{self, Page, FRAME_FOLDER, PAGES};
use serde_json::{json, Value};

use crate::document::LEAN_PAGE;
use crate::files::Staging;
use crate::scripts::SEED_CACHE;

/// Whether `file` is the page file `name` of some folder (`index.html`, `tears/3/index.html`).
fn is_page_file(file: &str, name: &str) -> bool {
    file.strip_suffix(name)
        .is_some_and(|folder| folder.is_empty() || folder.ends_with('/'))
}

/// The file the tests read. It is not precached: readers never need it.
pub const PAGES_JSON: &str = "pages.json";

/// The page table as data: each screen's row, and every page the build wrote.
pub fn pages_json() -> Value {
    let screens: Vec<Value> = PAGES
        .iter()
        .map(|row| {
            json!({
                "address": row.address,
                "heading": row.heading.words(),
                "title": site_map::document_title(row.route),
                "description": site_map::description(row.route),
                "parent": row.parent.map(|p| site_map::row(p).address),
                "section": row.section.map(|s| s.slug()),
                "place": match row.place {
                    Some(View::Step(n)) => json!(n),
                    Some(View::Compare) => json!("compare"),
                    None => Value::Null,
                },
            })
        })
        .collect();
    let pages: Vec<Value> = Page::all()
        .into_iter()
        .map(|page| {
            json!({
                "path": page.path(),
                "address": page.route.path(),
                "embedded": page.embedded,
            })
        })
        .collect();
    json!({
        "frameFolder": FRAME_FOLDER,
        "steps": STEP_COUNT,
        "questions": QUESTION_COUNT,
        "screens": screens,
        "pages": pages,
        "notFound": "404.html",
    })
}

/// Writes the service worker's precache list (every built file, but a page by its folder,
/// where the worker stores its lean copy; relative to the worker in the site's folder, so
/// the list holds wherever the site is copied) and a version from the files' contents.
/// Returns how many files it lists.
pub fn write_service_worker(staging: &Staging) -> io::Result<usize> {
    let files: Vec<String> = staging
        .all_files()?
        .into_iter()
        .filter(|f| f != "sw.js" && f != PAGES_JSON)
        .collect();
    let version = staging.digest(&files)?;
    // A page is listed by its folder; the worker stores its lean copy there (`LEAN_PAGE`),
    // so the copy with the wasm inside is not listed.
    let precache: Vec<String> = files
        .iter()
        .filter(|f| !is_page_file(f, "index.html"))
        .map(|f| match f.strip_suffix(LEAN_PAGE) {
            Some("") => "./".to_owned(),
            Some(folder) if folder.ends_with('/') => folder.to_owned(),
            _ => f.clone(),
        })
        .collect();
    let sw = staging.read("sw.js")?;
    let (version_line, list_line) = ("const VERSION = 'dev';", "const PRECACHE = [];");
    // The names the worker shares with the pages and the boot module, spelled once each.
    let shared = [
        format!("const LEAN_PAGE = '{LEAN_PAGE}';"),
        format!("const SEED = '{SEED_CACHE}';"),
    ];
    if !sw.contains(version_line) || !sw.contains(list_line) {
        return Err(io::Error::other(
            "sw.js has no VERSION and PRECACHE placeholders",
        ));
    }
    if let Some(missing) = shared.iter().find(|line| !sw.contains(line.as_str())) {
        return Err(io::Error::other(format!("sw.js must hold {missing}")));
    }
    let sw = sw
        .replace(version_line, &format!("const VERSION = '{version}';"))
        .replace(
            list_line,
            &format!("const PRECACHE = {};", Value::from(precache.clone())),
        );
    staging.write("sw.js", &sw)?;
    Ok(precache.len())
}
