//! Every effect goes through `src/effect.rs`: a direct `use_effect_with` compiles a copy
//! of Yew's effect code for that one call (see that file for the figures).

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

#[test]
fn no_file_but_effect_rs_calls_use_effect_with_or_use_effect() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "the source was found");
    let callers: Vec<_> = files
        .iter()
        .filter(|f| !f.ends_with("src/effect.rs"))
        .filter(|f| {
            let code = fs::read_to_string(f).expect("a readable file");
            code.contains("use_effect_with(") || code.contains("use_effect(")
        })
        .collect();
    assert!(
        callers.is_empty(),
        "call crate::effect's hooks instead: {callers:?}"
    );
}
