//! Short names for the stylesheets' own custom properties in the built site.
//!
//! `style/` names its design tokens for people (`--color-support-text`, `--space-4`), and
//! each is written again at every use. In the built sheets they become `--a`, `--b`, …,
//! the most used first: 153 B brotli off the shared sheet that every page loads, and 73 B
//! off the walkthrough's (measured), for names that no reader sees. The source keeps its
//! names, and so does a development build (`trunk serve` runs no prerender).
//!
//! A property that something other than a sheet reads or sets by name keeps its name:
//! see [`KEPT`]. [`ShortNames::plan`] refuses a `KEPT` name the sheets no longer hold,
//! and [`ShortNames::refuse_renamed`] a script that names a property the sheets rename,
//! so the list can neither go stale nor miss a name: a missed one would break only the
//! release build, silently, since a development build keeps every name.

use std::collections::BTreeMap;
use std::io;

/// The properties named outside the sheets.
const KEPT: [&str; 6] = [
    // Set by `static/look.js` from a host page's `accent` option.
    "--accent-light",
    "--accent-light-on",
    "--accent-dark",
    "--accent-dark-on",
    // Read by the end-to-end tests: the accent in use (`tests/e2e/embed.test.mjs`), and
    // motion switched off for a reader who asks for less (`tests/e2e/shell.test.mjs`).
    "--color-primary",
    "--duration-base",
];

/// Each custom property's name in the sheets and its short name.
pub struct ShortNames(BTreeMap<String, String>);

/// Every custom property name in `css`, in order, once per use: a `--` that does not
/// continue a name (as in the class `.support--compact`).
fn properties(css: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_name = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    let bytes = css.as_bytes();
    css.match_indices("--").filter_map(move |(at, _)| {
        if at > 0 && is_name(bytes[at - 1]) {
            return None;
        }
        let len = bytes[at + 2..].iter().take_while(|&&c| is_name(c)).count();
        (len > 0).then(|| (at, &css[at..at + 2 + len]))
    })
}

/// `a`…`z`, then `A`…`Z`, then two letters: a name for the `n`th property.
fn short(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    format!("--{}", String::from_utf8(name).expect("ASCII letters"))
}

impl ShortNames {
    /// Short names for every property the `sheets` name but [`KEPT`], the most used first.
    pub fn plan(sheets: &[String]) -> io::Result<ShortNames> {
        let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
        for css in sheets {
            for (_, name) in properties(css) {
                *uses.entry(name).or_default() += 1;
            }
        }
        if let Some(gone) = KEPT.iter().find(|name| !uses.contains_key(*name)) {
            return Err(io::Error::other(format!(
                "{gone} is kept by name (src/bin/prerender/css_names.rs) but no sheet has it"
            )));
        }
        let mut names: Vec<(&str, usize)> = uses
            .into_iter()
            .filter(|(name, _)| !KEPT.contains(name))
            .collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        Ok(ShortNames(
            names
                .into_iter()
                .enumerate()
                .map(|(i, (name, _))| (name.to_owned(), short(i)))
                .collect(),
        ))
    }

    /// Refuses `js` (the script `file`) if it names a property that the built sheets
    /// rename: it would set or read a name no sheet holds any more.
    pub fn refuse_renamed(&self, file: &str, js: &str) -> io::Result<()> {
        match properties(js).find(|(_, name)| self.0.contains_key(*name)) {
            Some((_, name)) => Err(io::Error::other(format!(
                "{file} names {name}, which the built sheets rename: add it to KEPT \
                 (src/bin/prerender/css_names.rs)"
            ))),
            None => Ok(()),
        }
    }

    /// `css` with every planned property under its short name.
    pub fn apply(&self, css: &str) -> String {
        let mut out = String::with_capacity(css.len());
        let mut done = 0;
        for (at, name) in properties(css) {
            if let Some(short) = self.0.get(name) {
                out.push_str(&css[done..at]);
                out.push_str(short);
                done = at + name.len();
            }
        }
        out.push_str(&css[done..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(css: &str) -> ShortNames {
        let mut sheet = String::from(css);
        for kept in KEPT {
            sheet.push_str(&format!(":root{{{kept}:0}}"));
        }
        ShortNames::plan(&[sheet]).expect("every kept name is in the sheet")
    }

    #[test]
    fn the_most_used_property_gets_the_shortest_name_and_kept_ones_keep_theirs() {
        let names = plan(":root{--space-4:1rem;--ink:#000}a{margin:var(--space-4);color:var(--ink);padding:var(--space-4)}");
        let built = names
            .apply("a{margin:var(--space-4);color:var(--ink);accent-color:var(--accent-light)}");
        assert_eq!(
            built,
            "a{margin:var(--a);color:var(--b);accent-color:var(--accent-light)}"
        );
        assert_eq!(names.apply(".support--compact{}"), ".support--compact{}");
    }

    #[test]
    fn a_script_may_name_a_kept_property_but_not_a_renamed_one() {
        let names = plan(":root{--ink:#000}");
        let look = "e.style.setProperty('--accent-light',c);for(;i--;)x=--n";
        assert!(names.refuse_renamed("look.js", look).is_ok());
        let error = names
            .refuse_renamed("look.js", "e.style.setProperty('--ink',c)")
            .expect_err("--ink is renamed in the built sheets");
        assert!(error.to_string().contains("look.js names --ink"), "{error}");
    }

    #[test]
    fn a_kept_name_no_sheet_holds_is_refused() {
        assert!(ShortNames::plan(&[":root{--ink:#000}".to_owned()]).is_err());
    }
}
