//! A link to another place on the same page that leaves the route alone.

use yew::prelude::*;

/// Props for [`JumpLink`].
#[derive(Properties, PartialEq)]
pub struct JumpLinkProps {
    /// The `id` of the element to move to.
    pub target: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A plain `#id` link would replace the `#/route` hash and send the reader home, so
/// with scripts running it moves focus instead; without scripts it still jumps.
#[component]
pub fn JumpLink(props: &JumpLinkProps) -> Html {
    let on_click = {
        let target = props.target.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            crate::web::focus_element(&target);
        })
    };
    html! {
        <a class={props.class.clone()} href={format!("#{}", props.target)} onclick={on_click}>
            { props.children.clone() }
        </a>
    }
}
