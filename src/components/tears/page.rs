//! The tears section: the walkthrough's state, kept in step with the page's address, and
//! the screen for the current view.

use yew::prelude::*;

use super::compare::compare;
use super::step_nav::step_nav;
use super::step_view::{step_view, HEADING_ID};
use crate::content::tears as text;
use crate::model::route::Route;
use crate::model::walkthrough::{Action, Direction, View, Walkthrough};
use crate::model::Page;
use crate::web;

/// Props for [`TearsPage`].
#[derive(Properties, PartialEq)]
pub struct TearsPageProps {
    /// The page being shown: a walkthrough step or the comparison.
    pub here: Page,
}

/// The walkthrough. Its first render depends only on the page. After that, a key or
/// swipe moves to the step's own address (replacing, not pushing, history), an address
/// change (a link, Back, Forward) updates the state, and every change moves focus to
/// the new heading and is announced politely.
#[component]
pub fn TearsPage(props: &TearsPageProps) -> Html {
    let routed = props.here.route.tears_view().unwrap_or(View::FIRST);
    let state = use_reducer_eq(|| Walkthrough::new(routed));
    let view = state.view();
    let here = props.here;

    // Follow the address bar.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(routed, move |v| dispatcher.dispatch(Action::Show(*v)));
    }
    // Move to the page of the reader's change, and move focus to the new heading.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(view, move |view| {
            if !first.replace(false) {
                if *view != routed {
                    web::go_to(&here.href(Route::Tears(*view)), true);
                }
                web::focus_element(HEADING_ID);
            }
        });
    }

    let node = use_node_ref();
    // Keys and swipes step through the walkthrough (the step controls are links); stable
    // across renders, as the dispatcher never changes.
    let on_direction = {
        let dispatcher = state.dispatcher();
        use_callback((), move |d: Direction, _| dispatcher.dispatch(d.action()))
    };
    web::use_step_gestures(node.clone(), on_direction);

    let (body, announcement) = match view {
        View::Step(step) => (
            html! {
                <>
                    { step_view(step) }
                    { step_nav(here, step) }
                    <p class="tears__compare-link">
                        <a href={here.href(Route::Tears(View::Compare))}>{ text::COMPARE_LINK }</a>
                    </p>
                </>
            },
            text::announce(step),
        ),
        View::Compare => (compare(here, state.step()), text::COMPARE_TITLE.to_owned()),
    };
    html! {
        <article ref={node} class="section section--tears tears">
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { body }
        </article>
    }
}
