//! Every phrase a page shows is in that page's data: its row's bundles hold the key of
//! each phrase the page renders, standalone and in the embed layout, and each state of
//! the interactive parts that the server can render.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use crying_explainer::content::text::keys_used;
use crying_explainer::content::{flow, quiz, support as help};
use crying_explainer::site_map::phrases::phrases;
use crying_explainer::site_map::words::{needs, Bundle};
use crying_explainer::site_map::{row, Page};

fn keys_of(bundles: &[Bundle]) -> BTreeSet<u32> {
    bundles
        .iter()
        .flat_map(|&b| phrases(b).expect("the bundle's sources read").into_keys())
        .collect()
}

#[test]
fn every_page_s_words_hold_every_phrase_it_shows() {
    for page in Page::all() {
        let (html, used) = keys_used(|| support::render_page(page));
        assert!(html.contains("<h1"), "{page:?} rendered");
        let held = keys_of(needs(row(page.route).words));
        let missing: Vec<_> = used.difference(&held).collect();
        assert!(
            missing.is_empty(),
            "{page:?}: keys {missing:?} not in its words"
        );
    }
}

#[test]
fn a_page_carries_only_its_own_part_of_the_site_s_words() {
    // The point of bundles: the flow's words are not on the walkthrough's pages (a
    // phrase both use, such as "Next", is one phrase with one key).
    let tears = keys_of(needs(Bundle::Step(1)));
    assert!(!tears.contains(&flow::METAPHOR_LABEL.key()));
    assert!(!tears.contains(&quiz::START.key()));
    assert!(tears.contains(&help::HEADING.key()));
}

#[test]
fn a_page_carries_the_evidence_notes_it_shows_and_no_others() {
    use crying_explainer::content::evidence as ev;
    let step_1 = keys_of(needs(Bundle::Step(1)));
    assert!(step_1.contains(&ev::KINDS_DIFFER.summary.key()));
    assert!(!step_1.contains(&ev::QI_FLOW.summary.key()));
    let flow = keys_of(needs(Bundle::Flow));
    assert!(flow.contains(&ev::QI_FLOW.citation.key()) && flow.contains(&ev::MOOD.claim.key()));
    assert!(!flow.contains(&ev::WITNESS.claim.key()));
    // The labels every note shows are shared.
    assert!(flow.contains(&ev::TOGGLE.key()) && step_1.contains(&ev::TOGGLE.key()));
}
