//! The walkthrough's explorable figures: each step's picture (and the comparison's) with
//! buttons beside it that set off or show what the step explains, a polite live caption
//! saying what just happened, and the evidence for it.
//!
//! Motion is CSS only (finite animations started by the classes in the drawings), so no
//! Rust runs per frame; the figure pauses them while it is off screen or the tab is
//! hidden. Under reduced motion the same buttons show each state as a still.

mod charts;
mod pictures;
mod routes;
pub mod shapes;

use yew::prelude::*;

use crate::components::EvidenceNote;
use crate::content::tears::compare;
use crate::content::tears::figures::{explorable, routes, Choice, InWords, START_AGAIN};
use crate::content::tears::{self as text, Figure};
use crate::model::tear_figure::{FigureAction, FigureState};
use crate::model::walkthrough::View;
use crate::web;

pub use pictures::drawing;
use shapes::shape;

/// The `id` of the live caption (the picture is also described by it).
pub const CAPTION_ID: &str = "tears-fig-caption";

/// Props for [`TearFigure`].
#[derive(Properties, PartialEq)]
pub struct TearFigureProps {
    /// Which figure: a step's, or the comparison's.
    pub view: View,
}

/// The words of a view's picture.
fn words(view: View) -> &'static Figure {
    match view {
        View::Step(n) => &text::step_text(n).figure,
        View::Compare => &compare::FIGURE,
    }
}

/// A figure's resting state (its first render, on the server and in the browser).
pub fn resting(view: View) -> FigureState {
    FigureState::new(explorable(view).choices.len() as u8)
}

/// One explorable figure with its own state. Key it by view, so a new step starts at rest.
#[component]
pub fn TearFigure(props: &TearFigureProps) -> Html {
    let view = props.view;
    let state = use_reducer_eq(|| resting(view));
    let node = use_node_ref();
    let moving = web::use_in_view(node.clone());
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: FigureAction, _| {
            dispatcher.dispatch(action)
        })
    };
    figure_view(view, *state, !moving, node, &on_action)
}

/// A figure in any state: the picture, its buttons, the caption and its evidence.
///
/// What a screen reader hears: the figure is named by the picture's title; the picture
/// itself (an image, so its drawn labels are not read one by one) by its description,
/// and described by the caption of its current state; charts and routes are also given
/// in words, as lists, in the figure's caption.
/// `paused` stops its motion where it is. A view function (the server tests render
/// every state through it).
pub fn figure_view(
    view: View,
    state: FigureState,
    paused: bool,
    node: NodeRef,
    on_action: &Callback<FigureAction>,
) -> Html {
    let (f, e, d) = (words(view), explorable(view), drawing(view));
    // A chart's data, or the stages of each route, read and shown as lists.
    let chart = [InWords {
        title: text::CHART_DATA,
        items: f.data,
    }];
    let in_words: &[InWords] = match routes(view) {
        [] if f.data.is_empty() => &[],
        [] => &chart,
        routes => routes,
    };
    let send = |action: FigureAction| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action))
    };
    // Choices that toggle say so; a single "set it off" button is an action, not a toggle.
    let toggles = e.choices.len() > 1;
    let button = |(n, c): (usize, &Choice)| {
        let n = n as u8;
        let pressed = toggles.then(|| if state.is_chosen(n) { "true" } else { "false" });
        html! {
            <button type="button" class="button button--quiet tfig__choice"
                aria-pressed={pressed} onclick={send(FigureAction::Choose(n))}>
                { c.label }
            </button>
        }
    };
    let choice = state.choice();
    html! {
        <figure ref={node} class="tears__figure" data-paused={paused.then_some("")}
            aria-labelledby="tears-fig-title">
            // The id in aria-describedby is CAPTION_ID, written out so it stays static.
            <svg class="ill" viewBox="0 0 320 220" role="img" aria-labelledby="tears-fig-desc"
                aria-describedby="tears-fig-caption">
                <title id="tears-fig-title">{ f.title }</title>
                <desc id="tears-fig-desc">{ f.desc }</desc>
                { for d.base.iter().map(shape) }
                // Keyed by the press, so pressing again plays the motion again.
                <g>{ html! { <g key={state.run()}>{ for d.state(choice).iter().map(shape) }</g> } }</g>
            </svg>
            <div class="tfig__controls needs-app" role="group" aria-label={e.group}>
                { for e.choices.iter().enumerate().map(button) }
                // aria-disabled, not disabled: a pressed button that disabled itself would
                // drop keyboard focus to the page.
                <button type="button" class="button button--quiet tfig__reset"
                    aria-disabled={choice.is_none().then_some("true")}
                    onclick={send(FigureAction::Reset)}>
                    { START_AGAIN }
                </button>
            </div>
            <p id={CAPTION_ID} class="tfig__caption" role="status">{ e.caption(choice) }</p>
            // One wrapper whatever the number of notes: Yew matches unkeyed siblings from
            // the end, so a note added among them would rebuild (and unfocus) the buttons.
            <div class="tfig__notes">
                { for e.evidence(choice).iter().map(|ev| html! {
                    <EvidenceNote key={ev.id} evidence={*ev} id_suffix="-fig" />
                }) }
            </div>
            if !in_words.is_empty() {
                <figcaption class="tears__data">
                    { for in_words.iter().map(|list| html! { <>
                        <p class="tears__data-title">{ list.title }</p>
                        <ol>{ for list.items.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                    </> }) }
                </figcaption>
            }
        </figure>
    }
}
