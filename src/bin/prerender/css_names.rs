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
//! so the list cannot go stale unnoticed.

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
