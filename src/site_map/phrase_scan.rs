//! Finds the phrases written in a content file's Rust source: the literal of every `t!`
//! call and every string of a `record!(…)` but its addresses. Found by parsing the Rust
//! (not by matching text), so a phrase is never missed or misread.
//!
//! Two readers share this file: `site_map::phrases` (which phrases each page's data
//! holds) and the crate's `build.rs` (which numbers every phrase, see
//! `content::text::key_of`). So it names nothing of the crate: only `std` and `syn`.

use syn::visit::Visit;

/// The fields that hold an address, never words: `record!` leaves their strings as they
/// are (its rules name them), and the scan does not read them as phrases.
pub const ADDRESS_FIELDS: [&str; 2] = ["id", "href"];

/// The phrases of one file's source, in the order written, outside `#[cfg(test)]`
/// modules (tests may name phrases that are not the site's).
pub fn scan(code: &str) -> Result<Vec<String>, String> {
    let tree = syn::parse_file(code).map_err(|e| e.to_string())?;
    let mut finder = Finder::default();
    finder.visit_file(&tree);
    match finder.problem {
        Some(problem) => Err(problem),
        None => Ok(finder.words),
    }
}

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
