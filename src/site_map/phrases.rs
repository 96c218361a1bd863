//! The phrases of each bundle, read from the content's source: every phrase its files
//! write (`t!("…")`, and the strings of a `record!(…)` but its addresses, see
//! [`phrase_scan`](super::phrase_scan)), and the words of the evidence notes its pages
//! show. The prerender writes them as each page's data; the tests check them against what
//! the pages render. Build machine only.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::content::text::key_of;
use crate::site_map::phrase_scan::scan;
use crate::site_map::words::{shown_evidence, Bundle};

/// A bundle's phrases by key.
pub type Phrases = BTreeMap<u32, String>;

/// The phrases of `bundle`, read from its files under the crate's folder.
pub fn phrases(bundle: Bundle) -> Result<Phrases, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Phrases::new();
    for file in bundle.sources() {
        let code = fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        for words in scan(&code).map_err(|e| format!("{file}: {e}"))? {
            add(&mut found, words, file)?;
        }
    }
    for note in shown_evidence(bundle) {
        for words in [note.claim, note.summary, note.citation] {
            add(&mut found, words.words().to_owned(), note.id)?;
        }
    }
    Ok(found)
}

/// Adds `words` under its key, unless other words have that key.
fn add(found: &mut Phrases, words: String, from: &str) -> Result<(), String> {
    let key = key_of(&words);
    match found.get(&key) {
        Some(other) if *other != words => {
            Err(format!("{from}: \"{words}\" and \"{other}\" share a key"))
        }
        _ => {
            found.insert(key, words);
            Ok(())
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_reads_and_no_two_phrases_share_a_key() {
        let mut all = Phrases::new();
        for b in Bundle::ALL {
            let found = phrases(b).unwrap();
            assert!(!found.is_empty(), "{b:?}");
            for (key, words) in found {
                if let Some(other) = all.insert(key, words.clone()) {
                    assert_eq!(other, words, "two phrases share the key {key}");
                }
            }
        }
        assert!(all.values().any(|w| w == "Skip to content"));
    }
}
