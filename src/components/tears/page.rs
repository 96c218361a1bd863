//! The tears section: the walkthrough's state, kept in step with the address bar, and
//! the screen for the current view.

use yew::prelude::*;

use super::compare::Compare;
use super::step_nav::step_nav;
use super::step_view::{step_view, HEADING_ID};
use crate::content::tears as text;
use crate::model::route::Route;
use crate::model::walkthrough::{Action, Direction, View, Walkthrough};
use crate::web;

/// Props for [`TearsPage`].
#[derive(Properties, PartialEq)]
pub struct TearsPageProps {
    /// What the address bar asks for.
    pub view: View,
}

/// The walkthrough. Its first render depends only on `view`. After that, a reader's
/// step change updates the hash (replacing, not pushing, history), a hash change
/// (deep link, edited address, Back) updates the state, and every change moves focus
/// to the new heading and is announced politely.
#[component]
pub fn TearsPage(props: &TearsPageProps) -> Html {
    let state = use_reducer_eq(|| Walkthrough::new(props.view));
    let view = state.view();

    // Follow the address bar.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.view, move |v| dispatcher.dispatch(Action::Show(*v)));
    }
    // Write the reader's change to the address bar, and move focus to the new heading.
    {
        let routed = props.view;
        let first = use_mut_ref(|| true);
        use_effect_with(view, move |view| {
            if !first.replace(false) {
                if *view != routed {
                    web::replace_hash(&Route::Tears(*view).to_hash());
                }
                web::focus_element(HEADING_ID);
            }
        });
    }

    let node = use_node_ref();
    // One callback for the step controls and the gestures; stable across renders (the
    // dispatcher never changes).
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    {
        let on_action = on_action.clone();
        let on_direction = Callback::from(move |d: Direction| on_action.emit(d.action()));
        web::use_step_gestures(node.clone(), on_direction);
    }

    let (body, announcement) = match view {
        View::Step(step) => (
            html! {
                <>
                    { step_view(step) }
                    { step_nav(step, &on_action) }
                    <p class="tears__compare-link">
                        <a href={Route::Tears(View::Compare).to_hash()}>{ text::COMPARE_LINK }</a>
                    </p>
                </>
            },
            text::announce(step),
        ),
        View::Compare => (
            html! { <Compare return_step={state.step()} /> },
            text::COMPARE_TITLE.to_owned(),
        ),
    };
    html! {
        <article ref={node} class="section section--tears tears">
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { body }
        </article>
    }
}
