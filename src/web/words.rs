//! The content's words in the browser. The WebAssembly holds only each phrase's key (see
//! `content::text`); the words come as data. A page's own bundles are in the page (a
//! `<script type=application/json id=words>` block the prerender writes), learned before
//! the app first renders. The other bundles come in a few files (`WordsFile`), fetched
//! as the app starts, or when the reader moves to a page that needs them, named with the
//! block's version (the service worker keeps them offline).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::content::text::{learn, WORDS_COMPILED_IN};
use crate::effect::use_effect_cleaned;
use crate::model::Route;
use crate::site_map::row;
use crate::site_map::words::{file_name, needs, Bundle, WordsFile, BLOCK_ID};

/// Whether a page's words are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// Every phrase the page shows is known.
    Ready,
    /// A bundle it needs is on its way.
    Loading,
    /// A bundle it needs could not be fetched (offline before the first visit, or a
    /// broken file). Moving again tries again.
    Failed,
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Status {
    #[default]
    Missing,
    Loading,
    Loaded,
    Failed,
}

#[derive(Default)]
struct Store {
    /// By [`Bundle::ALL`]'s order.
    status: [Status; Bundle::ALL.len()],
    /// The version the page's data names the words files by (see [`file_name`]).
    version: Option<String>,
    /// Who to tell when a bundle of the page shown arrives or fails.
    listeners: Vec<(u32, Callback<()>)>,
    /// The page shown, whose bundles matter now: the others arriving in the background
    /// once the app is interactive re-render nothing.
    shown: Option<Route>,
    next_listener: u32,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::default();
}

fn status(bundle: Bundle) -> Status {
    STORE.with_borrow(|s| s.status[bundle.index()])
}

fn set_status(bundle: Bundle, status: Status) {
    STORE.with_borrow_mut(|s| s.status[bundle.index()] = status);
}

/// Learns a list of phrases as the prerender writes it: words in key order, each taking
/// the key after the one before, and a number before any that does not, its key.
fn learn_all(words: &JsValue) {
    let Some(words) = words.dyn_ref::<js_sys::Array>() else {
        return;
    };
    let mut key = 0;
    for item in words.iter() {
        match item.as_string() {
            Some(text) => {
                learn(key, Rc::from(text));
                key += 1;
            }
            None => key = item.as_f64().map_or(key, |k| k as u32),
        }
    }
}

/// Learns the words the page carries. Call once, before the app first renders. `false`
/// if the page has no readable words: the app must not start then (it would show a page
/// with its words missing). A development build has its words compiled in.
pub fn learn_page_words() -> bool {
    if WORDS_COMPILED_IN {
        return true;
    }
    let data = gloo_utils::document()
        .get_element_by_id(BLOCK_ID)
        .and_then(|block| block.text_content())
        .and_then(|json| js_sys::JSON::parse(&json).ok());
    let Some(data) = data else {
        return false;
    };
    let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
    let version = field("v").and_then(|v| v.as_string());
    STORE.with_borrow_mut(|s| s.version = version);
    if let Some(words) = field("w") {
        learn_all(&words);
    }
    if let Some(names) = field("b").and_then(|b| b.dyn_into::<js_sys::Array>().ok()) {
        for name in names.iter().filter_map(|n| n.as_string()) {
            if let Some(bundle) = Bundle::named(&name) {
                set_status(bundle, Status::Loaded);
            }
        }
    }
    status(Bundle::Shell) == Status::Loaded
}

/// Fetches a file of words unless every bundle in it is in or on its way, then tells
/// every listener, if the page shown needs one of its bundles.
fn fetch_file(file: WordsFile) {
    let bundles = file.bundles();
    if bundles
        .iter()
        .all(|&b| matches!(status(b), Status::Loaded | Status::Loading))
    {
        return;
    }
    let name = STORE.with_borrow(|s| s.version.as_deref().map(|v| file_name(file, v)));
    for &b in bundles {
        if status(b) != Status::Loaded {
            set_status(b, Status::Loading);
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        let words = match (name, super::site_root_url()) {
            (Some(name), Some(root)) => fetch_json(&format!("{root}{name}")).await,
            _ => None,
        };
        let arrived = if let Some(words) = &words {
            learn_all(words);
            Status::Loaded
        } else {
            Status::Failed
        };
        for &b in bundles {
            if status(b) == Status::Loading {
                set_status(b, arrived);
            }
        }
        // A file arriving in the background re-renders nothing on a page that needs none
        // of its words.
        let shown = STORE.with_borrow(|s| s.shown);
        if shown.is_some_and(|route| !needs(row(route).words).iter().any(|b| bundles.contains(b))) {
            return;
        }
        let listeners: Vec<_> =
            STORE.with_borrow(|s| s.listeners.iter().map(|l| l.1.clone()).collect());
        for listener in listeners {
            listener.emit(());
        }
    });
}

/// The JSON at `url`, asked for as the page's preload of it was (see
/// `src/bin/prerender/document.rs`): same-origin, `no-cors`, with credentials. A request
/// that differs in mode or headers is a second download in WebKit and Chromium.
async fn fetch_json(url: &str) -> Option<JsValue> {
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_credentials(web_sys::RequestCredentials::Include);
    let response = JsFuture::from(gloo_utils::window().fetch_with_str_and_init(url, &init))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.json().ok()?).await.ok()
}

/// Fetches every file of words, so a move does not wait on the network. The page
/// preloads the files its next moves need (`site_map::words::first_wave`), so these
/// requests take over the preloads; the others cost a round trip in the background. Call
/// once, as the app starts, after [`learn_page_words`].
pub fn fetch_other_words() {
    if !WORDS_COMPILED_IN {
        WordsFile::ALL.into_iter().for_each(fetch_file);
    }
}

/// Whether every page's words are in, so that any move works without a connection (what
/// the offline notice may promise). Always true where the words are compiled in.
pub fn every_page_s_words_in() -> bool {
    WORDS_COMPILED_IN || STORE.with_borrow(|s| s.status.iter().all(|&st| st == Status::Loaded))
}

/// Whether `route`'s words are in, fetching what is missing; the component re-renders
/// when one of them arrives or fails. Always [`Words::Ready`] where every phrase holds
/// its words ([`WORDS_COMPILED_IN`]). For the app's root alone: the store keeps one page
/// shown, and a second caller on another page would read each of its renders as a move.
#[hook]
pub fn use_words(route: Route) -> Words {
    // A move asks for its words in its own render, not in an effect after it: a bundle
    // whose background fetch failed earlier is then on its way again (`Loading`) by the
    // time its status is read below. Read after an effect, the stale failure showed the
    // calm message for one render, the retry turned it into a page without its words,
    // and the retry's failure showed the message again, with focus lost on the way.
    let moved = STORE.with_borrow_mut(|s| s.shown.replace(route) != Some(route));
    if moved && !WORDS_COMPILED_IN {
        needs(row(route).words)
            .iter()
            .filter_map(|&b| WordsFile::holding(b))
            .for_each(fetch_file);
    }
    let update = use_force_update();
    use_effect_cleaned((), move |_| {
        let id = STORE.with_borrow_mut(|s| {
            s.next_listener += 1;
            let id = s.next_listener;
            s.listeners
                .push((id, Callback::from(move |_| update.force_update())));
            id
        });
        Box::new(move || STORE.with_borrow_mut(|s| s.listeners.retain(|l| l.0 != id)))
    });
    if WORDS_COMPILED_IN {
        return Words::Ready;
    }
    let statuses = needs(row(route).words).iter().map(|&b| status(b));
    if statuses.clone().all(|s| s == Status::Loaded) {
        Words::Ready
    } else if statuses.clone().any(|s| s == Status::Failed) {
        Words::Failed
    } else {
        Words::Loading
    }
}
