//! Whether an element's motion should run: on screen, in a visible tab.

use yew::prelude::*;

use super::motion::{page_hidden, watch_on_screen, watch_page_hidden};
use crate::effect::use_effect_cleaned;

/// True while `node` is at least partly on screen in a visible tab. True on the server
/// and on the first render, so that render matches the prerendered page; the watchers
/// start after mounting and are dropped on unmount.
#[hook]
pub fn use_in_view(node: NodeRef) -> bool {
    let on_screen = use_state_eq(|| true);
    let hidden = use_state_eq(|| false);
    {
        let (on_screen, hidden) = (on_screen.setter(), hidden.setter());
        use_effect_cleaned(node, move |node| {
            let watcher = node
                .cast::<web_sys::Element>()
                .and_then(|el| watch_on_screen(&el, move |v| on_screen.set(v)));
            hidden.set(page_hidden());
            let visibility = watch_page_hidden(move |h| hidden.set(h));
            Box::new(move || drop((watcher, visibility)))
        });
    }
    *on_screen && !*hidden
}
