//! Ways of writing components that cost the download more than they look, kept out:
//! - every effect goes through `src/effect.rs`: a direct `use_effect_with` compiles a copy
//!   of Yew's effect code for that one call (see that file for the figures);
//! - every `class` in `html!` is a literal: one given as a value brings Yew's `Classes`
//!   into the wasm, 1.9 KB brotli (`docs/size-profile.md`, "Classes as literals").

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every Rust file of the app, with its code.
fn sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "the source was found");
    files
        .into_iter()
        .map(|f| {
            let code = fs::read_to_string(&f).expect("a readable file");
            (f, code)
        })
        .collect()
}

#[test]
fn no_file_but_effect_rs_calls_use_effect_with_or_use_effect() {
    let callers: Vec<_> = sources()
        .into_iter()
        .filter(|(f, _)| !f.ends_with("src/effect.rs"))
        .filter(|(_, code)| code.contains("use_effect_with(") || code.contains("use_effect("))
        .map(|(f, _)| f)
        .collect();
    assert!(
        callers.is_empty(),
        "call crate::effect's hooks instead: {callers:?}"
    );
}

#[test]
fn every_class_in_html_is_a_literal() {
    // `class={…}` and the shorthand `{class}`; comments may name them.
    let givers: Vec<_> = sources()
        .into_iter()
        .filter(|(_, code)| {
            code.lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .any(|line| line.contains("class={") || line.contains("{class}"))
        })
        .map(|(f, _)| f)
        .collect();
    assert!(
        givers.is_empty(),
        "write the class as a literal (a variant as a data attribute, or the element at its caller): {givers:?}"
    );
}
