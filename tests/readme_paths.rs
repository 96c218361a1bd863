//! The README names only files and folders that exist: every repository path it mentions
//! (`src/…`, `scripts/…`, `tests/…`, `static/…`, `style/…`, `docs/…`, `.ci/…`, and the
//! top-level files), so a move or a deletion cannot leave it describing something gone.

use std::path::Path;

const FOLDERS: [&str; 7] = [
    "src/", "scripts/", "tests/", "static/", "style/", "docs/", ".ci/",
];
const TOP_FILES: [&str; 6] = [
    "Cargo.toml",
    "Trunk.toml",
    "index.html",
    "package.json",
    "package-lock.json",
    "README.md",
];

/// Every word of `text` that names a repository path, without punctuation around it.
fn named_paths(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "`()[],;\"'|".contains(c))
        .map(|word| word.trim_end_matches(['.', ':', '…']))
        .filter(|word| {
            FOLDERS
                .iter()
                .any(|f| word.starts_with(f) && word.len() > f.len())
                || TOP_FILES.contains(word)
        })
        .map(str::to_owned)
        .collect()
}

/// Whether `path` exists; `*` stands for any part of one name, and a `<placeholder>` name
/// needs only its folder.
fn exists(root: &Path, path: &str) -> bool {
    let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
    if name.contains('<') {
        return root.join(folder).is_dir();
    }
    match name.split_once('*') {
        None => root.join(path).exists(),
        Some((head, tail)) => std::fs::read_dir(root.join(folder))
            .map(|entries| {
                entries.flatten().any(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    n.len() >= head.len() + tail.len() && n.starts_with(head) && n.ends_with(tail)
                })
            })
            .unwrap_or(false),
    }
}

#[test]
fn every_path_the_readme_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let paths = named_paths(&readme);
    assert!(
        paths.len() > 50,
        "found only {} paths: {paths:?}",
        paths.len()
    );
    let missing: Vec<_> = paths.iter().filter(|p| !exists(root, p)).collect();
    assert!(
        missing.is_empty(),
        "the README names paths that do not exist: {missing:?}"
    );
}

#[test]
fn the_path_reader_finds_what_it_should() {
    let found = named_paths("see `src/app.rs`, (scripts/test.sh). and src/bin/prerender/: no");
    assert_eq!(
        found,
        ["src/app.rs", "scripts/test.sh", "src/bin/prerender/"]
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(exists(root, "tests/ssr_*.rs"));
    assert!(!exists(root, "src/components/tears/drawings.rs"));
}
