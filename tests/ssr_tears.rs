//! Server-rendered HTML of the tears walkthrough: every step, and the comparison.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::content::evidence::{self, Evidence};
use crying_explainer::content::tears::compare::{COMPARE_ROWS, COMPARE_TITLE};
use crying_explainer::content::tears::{self, Block, STEPS};
use crying_explainer::model::route::{Route, Section};
use crying_explainer::model::walkthrough::{View, STEP_COUNT};
use support::{escaped, render_route};

fn notes(step: &tears::Step) -> Vec<&'static Evidence> {
    step.blocks.iter().filter_map(Block::evidence).collect()
}

#[test]
fn every_step_shows_its_heading_picture_claims_and_evidence_labels() {
    for n in 1..=STEP_COUNT {
        let html = render_route(Route::Tears(View::Step(n)));
        let step = &STEPS[usize::from(n) - 1];
        assert!(
            html.contains(&format!(">{}</h1>", escaped(&step.title))),
            "step {n} heading"
        );
        assert!(html.contains(&tears::progress(n)), "step {n} progress");
        assert!(
            html.contains(&format!(">{}</title>", escaped(&step.figure.title))),
            "step {n} figure title"
        );
        assert!(
            html.contains(&escaped(&step.figure.desc)),
            "step {n} figure desc"
        );
        assert!(html.contains("role=\"img\""), "step {n}");
        for line in step.figure.data {
            assert!(html.contains(&escaped(line)), "step {n} chart data");
        }
        let claims = notes(step);
        assert!(!claims.is_empty(), "step {n} has claims");
        for e in claims {
            let note = format!("evidence-{}", e.id);
            support::assert_has(&html, &e.strength.label(), format!("step {n} label"));
            support::assert_has(&html, &note, format!("step {n} note"));
        }
        // Every note starts closed.
        assert!(!html.contains("aria-expanded=\"true\""), "step {n}");
        assert_eq!(
            html.matches(&*evidence::TOGGLE).count(),
            notes(step).len(),
            "step {n}: one note per claim"
        );
        // The nav marks Tears as current on every step.
        assert!(html.contains("tears/\" aria-current=\"page\""), "step {n}");
    }
}

#[test]
fn plain_tears_route_is_step_one() {
    let html = render_route(Route::Section(Section::Tears));
    assert!(html.contains(&format!(">{}</h1>", STEPS[0].title)));
    assert!(html.contains("Step 1 of 6"));
}

#[test]
fn step_controls_mark_the_current_dot_and_lead_on() {
    let first = render_route(Route::Tears(View::Step(1)));
    assert_eq!(
        first.matches("class=\"tears__dot\"").count(),
        usize::from(STEP_COUNT)
    );
    assert_eq!(first.matches("aria-current=\"step\"").count(), 1);
    assert!(first.contains(&tears::dot_label(1)));
    assert!(first.contains(&*tears::NEXT));
    assert!(
        first.contains("aria-disabled=\"true\""),
        "Back is disabled on step 1"
    );
    // Every control is a link to a step's own page, relative to this one.
    assert!(first.contains("href=\"../tears/2/\""));
    assert!(first.contains("href=\"../tears/6/\""));
    // A step change is said once, by focusing the heading it describes: no live region.
    assert!(!first.contains("aria-live"));
    assert!(first.contains("id=\"tears-progress\""));
    assert!(first.contains("aria-describedby=\"tears-progress\""));
    let compare = Route::Tears(View::Compare).path();
    assert!(first.contains(&format!("href=\"../{compare}\"")));

    let last = render_route(Route::Tears(View::Step(STEP_COUNT)));
    assert!(last.contains(&*tears::ON_TO_FLOW));
    assert!(last.contains("href=\"../../flow/\""));
    assert!(last.contains("href=\"../../tears/5/\" rel=\"prev\""));
}

#[test]
fn compare_shows_every_aspect_and_its_evidence() {
    let html = render_route(Route::Tears(View::Compare));
    assert!(html.contains(&format!(">{}</h1>", COMPARE_TITLE)));
    assert!(html.contains("<table"));
    assert!(html.contains("compare__card"));
    for row in COMPARE_ROWS {
        assert!(html.contains(&*row.aspect));
        for block in row.emotional.iter().chain(row.reflex) {
            let (Block::Plain(text) | Block::Claim(text, _)) = block;
            assert!(html.contains(&escaped(text)), "{text}");
            if let Some(e) = block.evidence() {
                assert!(html.contains(&*e.strength.label()));
            }
        }
    }
    assert!(html.contains(&tears::back_to_step(1)));
    assert!(html.contains("href=\"../../tears/\" aria-current=\"page\""));
}

#[test]
fn compare_claims_carry_notes_and_every_id_is_unique() {
    // Every cell but the "Evidence" row (which sums up the others) and the reflex tears'
    // contents makes claims, and each sentence of a claim is followed by its own note.
    let claims = |cell: &[Block]| cell.iter().all(|b| matches!(b, Block::Claim(..)));
    for row in COMPARE_ROWS.iter().filter(|r| &*r.aspect != "Evidence") {
        assert!(claims(row.emotional), "{}", row.aspect);
        if &*row.aspect != "Contents" {
            assert!(claims(row.reflex), "{}", row.aspect);
        }
    }
    // In the rendered page, each claim's sentence comes right before its note: a cell of
    // two claims shows which note backs which.
    let html = render_route(Route::Tears(View::Compare));
    for block in COMPARE_ROWS
        .iter()
        .flat_map(|r| r.emotional.iter().chain(r.reflex))
    {
        if let Block::Claim(text, e) = block {
            let claim = format!(
                "<p>{}</p><div role=\"note\" data-strength=\"{}\" class=\"evidence\"",
                escaped(text),
                e.strength.slug()
            );
            assert!(html.contains(&claim), "{text} is followed by its note");
        }
    }
    // One note may back claims in two rows of a column: its panel's id must still be unique
    // (a button's aria-controls names one panel).
    let mut ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all, "an id is used twice on the comparison page");
}
