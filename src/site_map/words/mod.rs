//! Which words each page needs. The content's phrases come in bundles, one per part of
//! the site ([`Bundle`]): a page's HTML carries the bundles its row names (as data, see
//! `src/bin/prerender/words.rs`), and the others come in two files ([`WordsFile`]), which
//! the app fetches as it starts and the page preloads (the nearest pages' first).

mod bundle;
mod file;

#[cfg(not(target_arch = "wasm32"))]
pub use bundle::shown_evidence;
pub use bundle::Bundle;
#[cfg(not(target_arch = "wasm32"))]
pub use file::first_wave;
pub use file::WordsFile;

/// The `id` of each page's data block, which the prerender writes and `web::words` reads.
pub const BLOCK_ID: &str = "words";

/// The file of `file`'s words, from the site's folder, in the version `version` (the
/// prerender writes them all under one version and names it in each page's data block).
pub fn file_name(file: WordsFile, version: &str) -> String {
    format!("words-{}-{version}.json", file.name())
}

/// The bundles a page with `own` words needs, the shell's first: the shell's, the
/// evidence notes' labels for a section that shows claims, the walkthrough's shared words
/// for one of its pages, and its own. Written out as a table: a slice a bundle is about
/// 0.8 KB brotli smaller in the download than the same sets built by code (measured).
pub fn needs(own: Bundle) -> &'static [Bundle] {
    use crate::model::walkthrough::STEP_COUNT;
    use Bundle::*;
    const STEPS: [&[Bundle]; STEP_COUNT as usize] = [
        &[Shell, Evidence, Tears, Step(1)],
        &[Shell, Evidence, Tears, Step(2)],
        &[Shell, Evidence, Tears, Step(3)],
        &[Shell, Evidence, Tears, Step(4)],
        &[Shell, Evidence, Tears, Step(5)],
        &[Shell, Evidence, Tears, Step(6)],
    ];
    match own {
        Shell => &[Shell],
        Home => &[Shell, Home],
        Evidence => &[Shell, Evidence],
        Tears => &[Shell, Evidence, Tears],
        Step(n) => STEPS[usize::from(n.clamp(1, STEP_COUNT)) - 1],
        Compare => &[Shell, Evidence, Tears, Compare],
        Flow => &[Shell, Evidence, Flow],
        Reflect => &[Shell, Evidence, Reflect],
        Embed => &[Shell, Embed],
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_is_found_by_its_name_and_needs_the_shell() {
        for (i, b) in Bundle::ALL.into_iter().enumerate() {
            assert_eq!(b.index(), i);
            assert_eq!(Bundle::named(b.name()), Some(b));
            let all = needs(b).to_vec();
            assert_eq!(all[0], Bundle::Shell);
            assert!(all.contains(&b));
            let mut unique = all.clone();
            unique.dedup();
            assert_eq!(unique, all, "{b:?}");
        }
        assert_eq!(Bundle::named("nope"), None);
    }
}
