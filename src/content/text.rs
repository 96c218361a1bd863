//! A reader-facing phrase: written here in Rust, read in the browser from data.
//!
//! Every phrase in `content` is written `t!("…")`. On the build machine (prerender, tests)
//! and in development builds a [`Text`] holds its words. In the release build's
//! WebAssembly it holds only a number, its *key*, computed from the words at compile
//! time, so the words themselves are not in the download: each prerendered page carries its own words as data (see
//! `src/bin/prerender/words.rs`), and the app learns them with [`learn`] before it shows
//! that page. A new sentence then costs its own page, not every page's WebAssembly.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use yew::html::IntoPropValue;
use yew::virtual_dom::{VNode, VText};
use yew::AttrValue;

/// A phrase of the content. Compare, copy and pass it freely: it is a number (and, on the
/// build machine, a reference to its words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    key: u32,
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    words: &'static str,
}

/// Whether each phrase holds its words: on the build machine, and in development builds
/// for the browser (`trunk serve`, the browser tests of components), which have no
/// prerendered page to read words from. Never in a release build's WebAssembly.
pub const WORDS_COMPILED_IN: bool = cfg!(any(not(target_arch = "wasm32"), debug_assertions));

/// Every phrase of the content and its number, sorted by the words (written by the
/// crate's `build.rs`, which reads the content's source with `site_map::phrase_scan`).
const NUMBERED: &[(&str, u32)] = &include!(concat!(env!("OUT_DIR"), "/phrase_numbers.rs"));

/// Compares two byte strings as `str`'s `Ord` does, in a `const fn`.
const fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            };
        }
        i += 1;
    }
    if a.len() < b.len() {
        std::cmp::Ordering::Less
    } else if a.len() > b.len() {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// 32-bit FNV-1a of some bytes.
const fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The key of some words: the phrase's number, 0, 1, 2, … in the order the content
/// writes its phrases (see `build.rs` for why a small number). A `const fn`, so `t!` turns
/// words into their key while compiling. Words the content does not hold (a test's own
/// phrase) get their FNV-1a hash with the top bit set, which no number reaches.
pub const fn key_of(words: &str) -> u32 {
    let words = words.as_bytes();
    let (mut low, mut high) = (0, NUMBERED.len());
    while low < high {
        let mid = (low + high) / 2;
        match compare(NUMBERED[mid].0.as_bytes(), words) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return NUMBERED[mid].1,
        }
    }
    fnv1a(words) | 0x8000_0000
}

/// A phrase of the content: `t!("Words for the reader.")`. In the browser build only the
/// words' key is compiled in; elsewhere the words too.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
#[macro_export]
macro_rules! t {
    ($words:literal) => {
        $crate::content::text::Text::new(
            {
                const KEY: u32 = $crate::content::text::key_of($words);
                KEY
            },
            $words,
        )
    };
}

/// A phrase of the content: `t!("Words for the reader.")`. In the browser build only the
/// words' key is compiled in; elsewhere the words too.
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
#[macro_export]
macro_rules! t {
    ($words:literal) => {
        $crate::content::text::Text::from_key({
            const KEY: u32 = $crate::content::text::key_of($words);
            KEY
        })
    };
}

impl Text {
    /// A phrase with its words (what `t!` writes on the build machine).
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    pub const fn new(key: u32, words: &'static str) -> Self {
        Self { key, words }
    }

    /// A phrase known by its key alone (what `t!` writes in the browser build).
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    pub const fn from_key(key: u32) -> Self {
        Self { key }
    }

    /// The key the page's word data files this phrase under.
    pub const fn key(self) -> u32 {
        self.key
    }

    /// The words, as written in `content`.
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    pub const fn words(self) -> &'static str {
        self.words
    }

    /// The words, to show. In the browser: as learned from the page's data, or empty if
    /// they never came (the app shows no page before its words are in, see
    /// `web::words`).
    pub fn value(self) -> AttrValue {
        #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
        {
            #[cfg(not(target_arch = "wasm32"))]
            USED.with_borrow_mut(|used| used.as_mut().map(|u| u.insert(self.key)));
            AttrValue::Static(self.words)
        }
        #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
        return recall(self.key).map_or(AttrValue::Static(""), AttrValue::Rc);
    }

    /// True for a phrase with no words (an optional part left out).
    pub fn is_empty(self) -> bool {
        self.value().is_empty()
    }
}

/// On the build machine a phrase reads as its words, so tests can search and measure
/// them. The browser build has no words to read: there, use [`Text::value`].
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.words
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value())
    }
}

impl From<Text> for AttrValue {
    fn from(text: Text) -> Self {
        text.value()
    }
}

impl IntoPropValue<AttrValue> for Text {
    fn into_prop_value(self) -> AttrValue {
        self.value()
    }
}

impl IntoPropValue<Option<AttrValue>> for Text {
    fn into_prop_value(self) -> Option<AttrValue> {
        Some(self.value())
    }
}

impl IntoPropValue<VNode> for Text {
    fn into_prop_value(self) -> VNode {
        VText::new(self.value()).into()
    }
}

impl IntoPropValue<Option<VNode>> for Text {
    fn into_prop_value(self) -> Option<VNode> {
        Some(VText::new(self.value()).into())
    }
}

/// Runs `f`, and returns with its result the key of every phrase it showed (read with
/// [`Text::value`], as every component does): what the tests check against a page's data.
#[cfg(not(target_arch = "wasm32"))]
pub fn keys_used<R>(f: impl FnOnce() -> R) -> (R, std::collections::BTreeSet<u32>) {
    USED.set(Some(Default::default()));
    let result = f();
    (result, USED.take().unwrap_or_default())
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static USED: RefCell<Option<std::collections::BTreeSet<u32>>> = const { RefCell::new(None) };
}

thread_local! {
    /// The words learned so far, by key, kept sorted for a binary search: smaller in the
    /// download than a hash map of another type, and a page has a few hundred phrases.
    static LEARNED: RefCell<Vec<(u32, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// Learns the words for `key` (the browser's glue reads them from the page's data).
pub fn learn(key: u32, words: Rc<str>) {
    LEARNED.with_borrow_mut(
        |learned| match learned.binary_search_by_key(&key, |e| e.0) {
            Ok(i) => learned[i].1 = words,
            Err(i) => learned.insert(i, (key, words)),
        },
    );
}

/// The words learned for `key`, if any.
pub fn recall(key: u32) -> Option<Rc<str>> {
    LEARNED.with_borrow(|learned| {
        learned
            .binary_search_by_key(&key, |e| e.0)
            .ok()
            .map(|i| learned[i].1.clone())
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "text_tests.rs"]
mod tests;
