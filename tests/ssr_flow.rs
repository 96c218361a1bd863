//! Server-rendered HTML of the flow section: words, metaphor label, evidence, controls,
//! the first frame of the picture, and no motion-only state.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::content::{evidence, flow};
use crying_explainer::model::flow::{particles::FLOW_COUNT, Category};
use crying_explainer::model::route::{Route, Section};

/// The flow section's page, as the server renders it.
fn flow_page() -> String {
    support::render_route(Route::Section(Section::Flow))
}

#[test]
fn the_section_renders_its_words_label_and_evidence() {
    let html = flow_page();
    for words in [
        "When feelings get stuck",
        &flow::METAPHOR_LABEL,
        "Traditional Chinese Medicine",
    ] {
        support::assert_has(&html, words, "the flow's page");
    }
    for p in flow::INTRO {
        assert!(html.contains(&**p), "{p}");
    }
    assert!(html.contains(&*flow::RESEARCH_HEADING));
    assert!(html.contains("evidence-qi") && html.contains("evidence-mood"));
    // Under "What research says about holding feelings in", each claim with its own note
    // after it: holding feelings in (the suppression studies), then mood after crying.
    let heading = html
        .find(&*flow::RESEARCH_HEADING)
        .expect("the research heading");
    let mut rest = &html[heading..];
    for (claim, evidence) in flow::RESEARCH {
        let said = rest.find(&*claim).expect("the claim");
        let note = rest
            .find(&format!("evidence-{}", evidence.id))
            .expect("its note");
        assert!(said < note, "{claim}");
        rest = &rest[note..];
    }
    assert_eq!(flow::RESEARCH[0].1.id, "holding-back");
    assert!(html.contains("Metaphor") && html.contains("Mixed evidence"));
    // Not the generic "being built" page any more.
    assert!(!html.contains("is being built"));
}

#[test]
fn the_picture_starts_steady_with_its_controls() {
    let html = flow_page();
    assert!(html.contains("role=\"img\""));
    assert!(html.contains(&*flow::FIGURE_LABEL));
    // Every particle of the first frame is drawn (each a tiny `M x y h0` subpath of one
    // path), and no tears yet.
    assert!(html.contains("flow-figure__particles"));
    assert_eq!(html.matches("h0").count(), FLOW_COUNT);
    assert!(
        html.contains("d=\"\" class=\"flow-figure__tears\"")
            || html.contains("class=\"flow-figure__tears\" d=\"\"")
    );
    // The caption starts steady and describes the picture; it is not live (the picture
    // changes on its own); what is said goes in an empty status until the reader acts.
    assert!(!html.contains("aria-live"));
    assert!(html.contains(&*flow::caption(Category::Steady)));
    assert!(html.contains("aria-describedby=\"flow-caption\""));
    assert!(html.contains("<p role=\"status\" class=\"visually-hidden flow-visual__said\"></p>"));
    // Labelled sliders with visible values, the release button, the pause control.
    for (id, label) in [
        ("flow-stress", flow::STRESS_LABEL),
        ("flow-holding", flow::HOLDING_LABEL),
    ] {
        assert!(html.contains(&format!("for=\"{id}\"")), "{id}");
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        assert!(html.contains(&*label));
    }
    assert!(html.contains("type=\"range\""));
    assert!(html.contains(&flow::level_text(2)) && html.contains(&flow::level_text(0)));
    assert!(html.contains(&*flow::OPEN_CHANNEL));
    assert!(html.contains(&*flow::PAUSE));
    // The pressure meter, labelled, at zero.
    assert!(html.contains("<meter"));
    assert!(html.contains("data-pressure=\"0\""));
    assert!(html.contains(&*flow::PRESSURE_LABEL));
    // No inline styles (a strict CSP is coming).
    assert!(!html.contains("style="));
    let _ = &evidence::QI_FLOW;
}

/// The picture's coordinate space is the one the simulation's tracks are measured in.
#[test]
fn the_picture_is_drawn_in_the_tracks_coordinates() {
    use crying_explainer::model::flow::track::{VIEW_H, VIEW_W};
    let view_box = format!("viewBox=\"0 0 {VIEW_W} {VIEW_H}\"");
    support::assert_has(&flow_page(), &view_box, "the flow's picture");
}
