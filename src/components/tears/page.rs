//! The tears section: the screen for the view in the address, and the keys and swipes
//! that move the address.

use yew::prelude::*;

use super::compare::compare;
use super::step_nav::step_nav;
use super::step_view::{step_view, HEADING_ID};
use crate::content::tears as text;
use crate::effect::use_effect_on;
use crate::model::route::Route;
use crate::model::walkthrough::{turn, Direction, View};
use crate::site_map::Page;
use crate::web;

/// Props for [`TearsPage`].
#[derive(Properties, PartialEq)]
pub struct TearsPageProps {
    /// The page being shown: a walkthrough step or the comparison.
    pub here: Page,
}

/// The walkthrough. The address is the one source of the view: a key or swipe moves the
/// address (replacing, not pushing, history), and the page follows it. Nothing copies
/// the view into state of its own, so no two effects can chase each other. Every change
/// of view after the first moves focus to the new heading, and that is the only thing
/// said: the heading's description carries "Step N of 6" (no live region as well, or a
/// screen reader would say the change twice).
#[component]
pub fn TearsPage(props: &TearsPageProps) -> Html {
    let here = props.here;
    let view = here.route.tears_view().unwrap_or(View::FIRST);

    // The step to go back to from the comparison: the last step shown, a memory rather
    // than a second source of the view (the comparison opened directly returns to 1).
    let last_step = use_mut_ref(|| 1u8);
    if let View::Step(n) = view {
        *last_step.borrow_mut() = n;
    }

    {
        let first = use_mut_ref(|| true);
        use_effect_on(view, move |_| {
            if !first.replace(false) {
                web::focus_element(HEADING_ID);
            }
        });
    }

    let node = use_node_ref();
    // Keys and swipes step from the view in the address as it is now, not as it was at
    // the last render, so two presses between renders move two steps. True if it moved:
    // a key that moved nothing keeps its usual meaning (scrolling).
    let on_direction = use_callback((), move |d: Direction, _| {
        let now = web::current_page();
        let to = now.route.tears_view().and_then(|from| turn(from, d));
        if let Some(to) = to {
            web::go_to(&now.href(Route::Tears(to)), true);
        }
        to.is_some()
    });
    web::use_step_gestures(node.clone(), on_direction);

    let return_step = *last_step.borrow();
    let body = match view {
        View::Step(step) => html! {
            <>
                { step_view(step) }
                { step_nav(here, step) }
                <p class="tears__compare-link">
                    <a href={here.href(Route::Tears(View::Compare))}>{ text::COMPARE_LINK }</a>
                </p>
            </>
        },
        View::Compare => compare(here, return_step),
    };
    html! {
        <article ref={node} class="section section--tears tears">{ body }</article>
    }
}
