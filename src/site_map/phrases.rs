//! The phrases of each bundle, read from the content's source: every `t!("…")` in the
//! bundle's files, every string of a `record!(…)` but its addresses (see
//! `content::record`), and the words of the evidence notes its pages show. Found by
//! parsing the Rust (not by matching text), so a phrase can never be left out of its
//! page's data. The prerender writes them as each page's data; the tests check them
//! against what the pages render. Build machine only.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use syn::visit::Visit;

use crate::content::record::ADDRESS_FIELDS;
use crate::content::text::key_of;
use crate::site_map::words::{shown_evidence, Bundle};

/// A bundle's phrases by key.
pub type Phrases = BTreeMap<u32, String>;

/// The phrases of `bundle`, read from its files under the crate's folder.
pub fn phrases(bundle: Bundle) -> Result<Phrases, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Phrases::new();
    for file in bundle.sources() {
        let code = fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        let tree = syn::parse_file(&code).map_err(|e| format!("{file}: {e}"))?;
        let mut finder = Finder::default();
        finder.visit_file(&tree);
        if let Some(problem) = finder.problem {
            return Err(format!("{file}: {problem}"));
        }
        for words in finder.words {
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

/// Collects the literal of every `t!` call and every string of a `record!` but its
/// addresses, outside `#[cfg(test)]` modules (tests may name phrases that are not the
/// site's).
#[derive(Default)]
struct Finder {
    words: Vec<String>,
    problem: Option<String>,
    /// Inside a `record!`, where a string is a phrase.
    in_record: bool,
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        let is_tests = module
            .attrs
            .iter()
            .any(|a| a.path().is_ident("cfg") && quote_of(a).contains("test"));
        if !is_tests {
            syn::visit::visit_item_mod(self, module);
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if mac.path.is_ident("t") {
            match mac.parse_body::<syn::LitStr>() {
                Ok(lit) => self.words.push(lit.value()),
                Err(_) => {
                    self.problem = Some(format!("t!({}) must hold one string literal", mac.tokens))
                }
            }
        } else if mac.path.is_ident("record") {
            match mac.parse_body::<syn::Expr>() {
                Ok(record) => {
                    let outer = std::mem::replace(&mut self.in_record, true);
                    self.visit_expr(&record);
                    self.in_record = outer;
                }
                Err(e) => self.problem = Some(format!("record!({}): {e}", mac.tokens)),
            }
        }
        syn::visit::visit_macro(self, mac);
    }

    fn visit_field_value(&mut self, field: &'ast syn::FieldValue) {
        let is_address = matches!(&field.member, syn::Member::Named(name)
            if ADDRESS_FIELDS.iter().any(|a| name == a));
        if !(self.in_record && is_address) {
            syn::visit::visit_field_value(self, field);
        }
    }

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        if self.in_record {
            self.words.push(lit.value());
        }
    }
}

fn quote_of(attr: &syn::Attribute) -> String {
    match &attr.meta {
        syn::Meta::List(list) => list.tokens.to_string(),
        _ => String::new(),
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
