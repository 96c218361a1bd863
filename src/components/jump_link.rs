//! A link to another place on the same page that leaves the route alone.
//!
//! A plain `#id` link would replace the `#/route` hash and send the reader home, so with
//! scripts running it scrolls and moves focus instead (`web::jump_to`); without scripts it
//! still jumps. Each link is written where it stands, from [`jump_href`] and [`on_jump`],
//! so that its class is a literal (`tests/download_rules.rs` says why).

use yew::prelude::*;

/// The `href` of a link to the element `id` on this page.
pub fn jump_href(id: &str) -> AttrValue {
    AttrValue::from(format!("#{id}"))
}

/// What pressing a link to the element `id` does: brings it into view and focuses it,
/// leaving the address alone.
pub fn on_jump(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        crate::web::jump_to(id);
    })
}
