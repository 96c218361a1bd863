//! Server-rendered HTML of the shared evidence note.
#![cfg(not(target_arch = "wasm32"))]

use crying_explainer::components::evidence_note::{EvidenceNote, EvidenceNoteProps};
use crying_explainer::content::evidence::{self, ALL};

fn render(props: EvidenceNoteProps) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<EvidenceNote>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn every_note_shows_its_label_and_starts_closed_with_its_details_in_the_panel() {
    for e in ALL {
        let html = render(EvidenceNoteProps {
            evidence: e,
            id_suffix: "".into(),
            open: false,
        });
        assert!(html.contains(&*e.strength.label()), "{}", e.id);
        assert!(html.contains(&*evidence::TOGGLE));
        assert!(html.contains("aria-expanded=\"false\""), "{}", e.id);
        assert!(
            html.contains(&format!("aria-controls=\"evidence-{}\"", e.id)),
            "{}",
            e.id
        );
        assert!(html.contains(" hidden"), "{} panel must start hidden", e.id);
        // Yew escapes `&` in text.
        assert!(
            html.contains(&e.citation.replace('&', "&amp;")),
            "{} citation",
            e.id
        );
    }
}

#[test]
fn an_open_note_is_expanded_and_shown() {
    let html = render(EvidenceNoteProps {
        evidence: &evidence::QI_FLOW,
        id_suffix: "-2".into(),
        open: true,
    });
    assert!(html.contains("aria-expanded=\"true\""));
    assert!(html.contains("evidence-qi-2"));
    assert!(!html.contains(" hidden"));
    assert!(html.contains("Metaphor"));
}
