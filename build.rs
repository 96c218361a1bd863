//! Numbers every phrase of the content, for `content::text::key_of`.
//!
//! A phrase's key is how a page's word data names it and all the browser's WebAssembly
//! holds of it. Numbered 0, 1, 2, … in the order the content's files write them (files in
//! path order), a key is a small number: it takes a byte or two where a hash of the words
//! took four or five that no compressor can shrink, in the wasm and in every page's data,
//! and a page's phrases come mostly in runs that its data can list without their keys
//! (`src/bin/prerender/words.rs`). Measured on the heaviest page: about 2 KB brotli less
//! of its first load. A phrase keeps its number when its words change, so the wasm does
//! not change at all with an edit of the words (`scripts/words-growth.mjs`).
//!
//! Writes `$OUT_DIR/phrase_numbers.rs`: every phrase's words and number, sorted by the
//! words for a binary search at compile time.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "src/site_map/phrase_scan.rs"]
mod phrase_scan;

/// Every `.rs` file under `dir`, in path order.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

fn main() {
    let content = Path::new("src/content");
    println!("cargo:rerun-if-changed={}", content.display());
    println!("cargo:rerun-if-changed=src/site_map/phrase_scan.rs");

    let mut files = Vec::new();
    rust_files(content, &mut files);
    let mut numbers: BTreeMap<String, u32> = BTreeMap::new();
    for file in &files {
        let code = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let words = phrase_scan::scan(&code).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for phrase in words {
            let next = u32::try_from(numbers.len()).expect("fewer than 2^32 phrases");
            numbers.entry(phrase).or_insert(next);
        }
    }

    let mut table = String::from("[\n");
    for (words, number) in &numbers {
        table.push_str(&format!("    ({words:?}, {number}),\n"));
    }
    table.push(']');
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("phrase_numbers.rs");
    fs::write(&out, table).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
