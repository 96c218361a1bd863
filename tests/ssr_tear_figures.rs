//! Server-rendered HTML of every explorable figure in every state: the resting picture
//! each step's page prerenders, and each setting the reader can choose.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::components::tears::figures::{figure_view, resting, CAPTION_ID};
use crying_explainer::content::tears::figures::{explorable, START_AGAIN};
use crying_explainer::model::route::Route;
use crying_explainer::model::tear_figure::{FigureAction, FigureState};
use crying_explainer::model::walkthrough::{View, STEP_COUNT};
use support::{escaped, render_component, render_route};
use yew::prelude::*;

fn views() -> impl Iterator<Item = View> {
    (1..=STEP_COUNT).map(View::Step).chain([View::Compare])
}

#[derive(Properties, PartialEq)]
struct Props {
    view: View,
    state: FigureState,
}

#[component]
fn Fixed(props: &Props) -> Html {
    figure_view(
        props.view,
        props.state,
        false,
        NodeRef::default(),
        &Callback::noop(),
    )
}

fn render(view: View, state: FigureState) -> String {
    render_component::<Fixed>(Props { view, state })
}

fn caption_of(html: &str) -> &str {
    let start = html.find(&format!("id=\"{CAPTION_ID}\"")).expect("caption");
    let open = start + html[start..].find('>').unwrap() + 1;
    let close = open + html[open..].find("</p>").unwrap();
    &html[open..close]
}

/// The drawn shapes only (between the description and the end of the picture).
fn picture_of(html: &str) -> &str {
    let start = html.find("</desc>").expect("desc");
    let end = html.find("</svg>").expect("svg");
    &html[start..end]
}

#[test]
fn every_page_prerenders_its_figure_at_rest() {
    for view in views() {
        let html = render_route(Route::Tears(view));
        let e = explorable(view);
        assert!(html.contains("class=\"tears__figure\""), "{view:?} figure");
        assert_eq!(
            caption_of(&html),
            escaped(&e.rest),
            "{view:?} resting caption"
        );
        assert!(
            html.contains(&format!("aria-label=\"{}\"", e.group)),
            "{view:?} group"
        );
        for button in e.choices.iter().map(|c| format!(">{}</button>", c.label)) {
            support::assert_has(&html, &button, format!("{view:?}"));
        }
        // At rest nothing is pressed and there is nothing to start again from.
        assert!(!html.contains("aria-pressed=\"true\""), "{view:?}");
        assert!(
            html.contains(&format!(
                "aria-disabled=\"true\" class=\"button button--quiet tfig__reset\">{START_AGAIN}<"
            )),
            "{view:?} reset disabled"
        );
        // No claim yet, so no evidence note in the figure.
        assert!(!html.contains("-fig\""), "{view:?} no note at rest");
        // Deterministic: the same every time.
        assert_eq!(
            html,
            render_route(Route::Tears(view)),
            "{view:?} deterministic"
        );
    }
}

#[test]
fn every_state_changes_the_picture_and_the_caption_and_shows_its_evidence() {
    for view in views() {
        let e = explorable(view);
        let rest = render(view, resting(view));
        let mut pictures = vec![picture_of(&rest).to_owned()];
        let mut captions = vec![caption_of(&rest).to_owned()];
        for n in 0..e.choices.len() as u8 {
            let state = resting(view).apply(FigureAction::Choose(n));
            let html = render(view, state);
            assert_eq!(
                caption_of(&html),
                escaped(&e.caption(Some(n))),
                "{view:?} {n}"
            );
            for ev in e.evidence(Some(n)) {
                assert!(
                    html.contains(&format!("evidence-{}-fig", ev.id)),
                    "{view:?} {n} note {}",
                    ev.id
                );
                assert!(html.contains(&*ev.strength.label()), "{view:?} {n} label");
            }
            if e.choices.len() > 1 {
                assert_eq!(
                    html.matches("aria-pressed=\"true\"").count(),
                    1,
                    "{view:?} {n}"
                );
                assert_eq!(
                    html.matches("aria-pressed=\"false\"").count(),
                    e.choices.len() - 1,
                    "{view:?} {n}"
                );
            } else {
                assert!(
                    !html.contains("aria-pressed"),
                    "{view:?}: an action, not a toggle"
                );
            }
            pictures.push(picture_of(&html).to_owned());
            captions.push(caption_of(&html).to_owned());
        }
        for list in [&pictures, &captions] {
            let mut unique = list.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(
                unique.len(),
                list.len(),
                "{view:?}: every state looks and reads differently"
            );
        }
    }
}

#[test]
fn routes_use_the_tear_colours_and_the_comparison_sets_off_both() {
    let run = |view, n| render(view, resting(view).apply(FigureAction::Choose(n)));
    let reflex = run(View::Step(2), 0);
    assert!(
        reflex.contains("i-reflex-line i-thick i-run")
            && !reflex.contains("i-emo-line i-thick i-run")
    );
    let emotional = run(View::Step(3), 1);
    assert!(
        emotional.contains("i-emo-line i-thick i-run")
            && !emotional.contains("i-reflex-line i-thick i-run")
    );
    let both = run(View::Compare, 0);
    assert!(
        both.contains("i-reflex-line i-thick i-run i-q1")
            && both.contains("i-emo-line i-thick i-run i-s1")
    );
    // Routes are drawn along their length.
    assert!(both.contains("pathLength=\"100\""));
    let kinds = [("i-basal-line", 0), ("i-reflex-line", 1), ("i-emo-line", 2)];
    for (class, n) in kinds {
        assert!(
            picture_of(&run(View::Step(1), n)).contains(&format!("{class} i-thick i-run")),
            "{class}"
        );
    }
    // The article's hormone claim is drawn as a claim.
    assert!(run(View::Step(4), 1).contains("i-claim"));
    assert!(!run(View::Step(4), 0).contains("i-claim"));
}

#[test]
fn the_figure_is_described_by_its_caption_and_paused_when_asked() {
    let html = render(View::Step(2), resting(View::Step(2)));
    // The figure is named by the title, the picture by its description, and the picture
    // is described by the caption of its current state.
    assert!(html.contains("aria-labelledby=\"tears-fig-title\""));
    assert!(html.contains("aria-labelledby=\"tears-fig-desc\""));
    assert!(html.contains(&format!("aria-describedby=\"{CAPTION_ID}\"")));
    // The route, step by step, as an ordered list.
    assert!(html.contains("<ol><li>"));
    assert!(html.contains("role=\"status\""));
    // Paused is marked on the figure itself, and only when asked.
    let figure_tag = |html: &str| {
        let start = html.find("<figure").expect("a figure");
        html[start..start + html[start..].find('>').expect("its tag ends")].to_string()
    };
    let paused = figure_tag(&render_component::<Paused>(()));
    assert!(
        paused.contains("class=\"tears__figure\"") && paused.contains("data-paused=\"\""),
        "{paused}"
    );
    assert!(!figure_tag(&html).contains("data-paused"));
}

#[component]
fn Paused() -> Html {
    figure_view(
        View::Compare,
        resting(View::Compare),
        true,
        NodeRef::default(),
        &Callback::noop(),
    )
}
