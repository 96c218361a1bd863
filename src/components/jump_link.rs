//! A link to another place on the same page that leaves the route alone.

use yew::prelude::*;

/// A plain `#id` link would replace the `#/route` hash and send the reader home, so
/// with scripts running it scrolls and moves focus instead (`web::jump_to`); without
/// scripts it still jumps.
///
/// A view function rather than a component: it holds no state, and each component adds
/// code to the download.
pub fn jump_link(class: Option<&'static str>, target: &'static str, children: Html) -> Html {
    let on_click = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        crate::web::jump_to(target);
    });
    html! {
        <a {class} href={format!("#{target}")} onclick={on_click}>
            { children }
        </a>
    }
}
