//! Where the reader is: the page in the address bar, moved through the History API. Links
//! to the site's own pages are real `<a href>`s; with scripts running they change screen
//! in place instead of loading the page again.

use std::cell::OnceCell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::EventListener;
use crate::effect::use_effect_cleaned;
use crate::model::walkthrough::View;
use crate::site_map::Page;

thread_local! {
    /// The path of the site's folder (e.g. `/tools/why-we-cry/`), read once at start.
    static ROOT_PATH: OnceCell<String> = const { OnceCell::new() };
}

/// The page at the current address, kept current as the reader follows links, uses Back
/// and Forward, or a step changes. `given` (for prerendering) overrides the address;
/// outside the browser and without it, it is the standalone home page.
#[hook]
pub fn use_page(given: Option<Page>) -> Page {
    let page = use_state_eq(|| given.unwrap_or_else(current_page));
    {
        let page = page.clone();
        use_effect_cleaned((), move |_| {
            let on_history = {
                let page = page.clone();
                EventListener::on_window("popstate", move |_| page.set(current_page()))
            };
            let on_click = EventListener::new(&gloo_utils::document(), "click", move |event| {
                follow_link(event, *page)
            });
            // Dropping the listeners on unmount detaches them.
            Box::new(move || drop((on_history, on_click)))
        });
    }
    *page
}

/// Moves to `href` (relative to the current page) without loading it: a new history
/// entry, or with `replace` the current one, keeping the query (a host page's options).
pub fn go_to(href: &str, replace: bool) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let window = gloo_utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let url = format!("{href}{search}");
    let moved = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if moved.is_err() {
        return;
    }
    if !replace {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    // `popstate` is what the page hook listens for, for Back and Forward as well.
    if let Ok(event) = web_sys::Event::new("popstate") {
        let _ = window.dispatch_event(&event);
    }
}

/// Reads the page from the address now (standalone home outside the browser).
pub fn current_page() -> Page {
    if !cfg!(target_arch = "wasm32") {
        return Page::default();
    }
    let Ok(path) = gloo_utils::window().location().pathname() else {
        return Page::default();
    };
    Page::parse(below_root(&path).unwrap_or(""))
}

/// The site's folder as an absolute address (e.g. `https://example.org/tools/why-we-cry/`),
/// for snippets and the service worker; `None` outside the browser.
pub fn site_root_url() -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let location = gloo_utils::window().location();
    Some(format!("{}{}", location.origin().ok()?, root_path()))
}

/// The path of the site's folder. Each built page names it relative to itself in
/// `<html data-root>`; without one (a test page), the current folder.
fn root_path() -> String {
    ROOT_PATH.with(|root| {
        root.get_or_init(|| {
            let resolve = || -> Option<String> {
                let here = gloo_utils::window().location().href().ok()?;
                let relative = gloo_utils::document_element()
                    .get_attribute("data-root")
                    .unwrap_or_else(|| "./".to_owned());
                Some(
                    web_sys::Url::new_with_base(&relative, &here)
                        .ok()?
                        .pathname(),
                )
            };
            resolve().unwrap_or_else(|| "/".to_owned())
        })
        .clone()
    })
}

/// `path` relative to the site's folder, if it is inside it.
fn below_root(path: &str) -> Option<&str> {
    let root = root_path();
    path.strip_prefix(root.as_str()).or_else(|| {
        // The folder's own address without its final slash.
        (path == root.trim_end_matches('/')).then_some("")
    })
}

/// Turns a plain click on a link to one of the site's own pages into an in-place move:
/// from step to step of the walkthrough the history entry is replaced, as for keys and
/// swipes, so Back leaves the walkthrough, and so is every move inside a host page, whose
/// tab's history the frame's entries join (after four moves, leaving the article took five
/// Backs); anything else is a new entry. The comparison is a page aside from the steps, so
/// a phone's Back from it returns to the step the reader came from. Other links are left
/// alone.
fn follow_link(event: &web_sys::Event, here: Page) {
    let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() else {
        return;
    };
    let modified = click.alt_key() || click.ctrl_key() || click.meta_key() || click.shift_key();
    if modified || click.button() != 0 || click.default_prevented() {
        return;
    }
    let Some(anchor) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return;
    }
    let Ok(origin) = gloo_utils::window().location().origin() else {
        return;
    };
    if anchor.origin() != origin || !anchor.hash().is_empty() {
        return;
    }
    let path = anchor.pathname();
    let Some(relative) = below_root(&path) else {
        return;
    };
    let to = Page::parse(relative);
    // Only the pages the build wrote; any other file (the loader, an icon) loads as usual.
    if to.path() != relative {
        return;
    }
    event.prevent_default();
    let is_step = |page: Page| matches!(page.route.tears_view(), Some(View::Step(_)));
    let within_walkthrough = is_step(here) && is_step(to) && here.embedded == to.embedded;
    if to != here {
        go_to(&path, within_walkthrough || here.embedded);
    }
}

/// Gives the head's home-screen icon, manifest and canonical links their absolute
/// addresses. (The tab's icon is a `data:` address, which holds anywhere.) They are
/// written relative to the page (the build cannot know the site's address), and the
/// browser resolves them again against each address the History API moves to, which from
/// another depth would name files that do not exist. Search engines that run scripts also
/// expect the canonical address to be absolute; it names the page first loaded.
pub fn pin_head_links() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let Ok(links) = gloo_utils::document()
        .query_selector_all("link[rel=apple-touch-icon],link[rel=manifest],link[rel=canonical]")
    else {
        return;
    };
    for i in 0..links.length() {
        if let Some(link) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlLinkElement>().ok())
        {
            let _ = link.set_attribute("href", &link.href());
        }
    }
}
