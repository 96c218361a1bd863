//! Words for the tears walkthrough. Each step's words, and the comparison's, are in a
//! file of their own, so each page's data carries its own step (see
//! `site_map::words`); this file holds what every walkthrough page shows: the controls,
//! the steps' short names for the dots, and the records the steps are written in.

use crate::content::text::Text;
use crate::t;

pub mod compare;
pub mod figures;
pub mod label;
mod step_1;
mod step_2;
mod step_3;
mod step_4;
mod step_5;
mod step_6;

pub use figures::{Choice, Explorable, InWords};

use crate::content::evidence::Evidence;
use crate::model::walkthrough::STEP_COUNT;

/// A piece of a step's body: plain text, or a claim shown with its evidence note.
pub enum Block {
    Plain(Text),
    Claim(Text, &'static Evidence),
}

impl Block {
    /// The evidence this block's note shows, if it is a claim.
    pub fn evidence(&self) -> Option<&'static Evidence> {
        match *self {
            Block::Claim(_, e) => Some(e),
            Block::Plain(_) => None,
        }
    }
}

/// An illustration's words: read by screen readers, and (for charts) shown as text.
#[derive(PartialEq)]
pub struct Figure {
    pub title: Text,
    pub desc: Text,
    /// A chart's data as text, shown under it; empty for pictures.
    pub data: &'static [Text],
}

/// One step of the walkthrough.
pub struct Step {
    /// The step's heading.
    pub title: Text,
    pub blocks: &'static [Block],
    pub figure: Figure,
    /// Its explorable figure's buttons and captions.
    pub explorable: Explorable,
    /// The route its picture draws, in words, if it draws one.
    pub route: Option<InWords>,
}

/// The steps, in story order.
pub const STEPS: [&Step; STEP_COUNT as usize] = [
    &step_1::STEP,
    &step_2::STEP,
    &step_3::STEP,
    &step_4::STEP,
    &step_5::STEP,
    &step_6::STEP,
];

/// Each step's short name, for its dot button: every walkthrough page shows all six.
pub const SHORT_NAMES: [Text; STEP_COUNT as usize] = [
    t!("Three kinds"),
    t!("Reflex tears"),
    t!("Emotional tears"),
    t!("What is in them"),
    t!("What crying does"),
    t!("In therapy"),
];

/// The two kinds the routes and the comparison name.
pub const EMOTIONAL_TEARS: Text = t!("Emotional tears");
pub const REFLEX_TEARS: Text = t!("Reflex tears");

/// Heading over a chart's data as text.
pub const CHART_DATA: Text = t!("The chart in words");

/// "Step 3 of 6".
pub fn progress(step: u8) -> String {
    format!("Step {step} of {STEP_COUNT}")
}

/// A dot button's accessible name.
pub fn dot_label(step: u8) -> String {
    let i = usize::from(step.clamp(1, STEP_COUNT)) - 1;
    format!("Step {step}: {}", SHORT_NAMES[i])
}

/// The words for a 1-based step (clamped, so any number is safe).
pub fn step_text(step: u8) -> &'static Step {
    let i = usize::from(step.clamp(1, STEP_COUNT)) - 1;
    STEPS[i]
}

// One constant per phrase, the shape of the labels above: alike in form, not in words.
pub const NEXT: Text = t!("Next");
pub const BACK: Text = t!("Back");
pub const STEPS_LABEL: Text = t!("Walkthrough steps");
pub const HINT: Text = t!("Swipe, or use the left and right arrow keys, to move between steps.");
pub const COMPARE_LINK: Text = t!("Compare emotional and reflex tears side by side");
/// The last step's way forward.
pub const ON_TO_FLOW: Text = t!("On to: when feelings get stuck");

/// "Back to step 3".
pub fn back_to_step(step: u8) -> String {
    format!("Back to step {step}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_text_a_claim_and_a_described_figure() {
        for (step, short) in STEPS.iter().zip(SHORT_NAMES) {
            assert!(!step.title.is_empty() && !short.is_empty());
            assert!(step.blocks.iter().any(|b| matches!(b, Block::Claim(..))));
            assert!(!step.figure.title.is_empty() && !step.figure.desc.is_empty());
        }
    }

    #[test]
    fn the_steps_name_what_the_issue_asks_for() {
        let all: String = STEPS
            .iter()
            .flat_map(|s| s.blocks.iter())
            .map(|b| match b {
                Block::Plain(t) | Block::Claim(t, _) => t.words(),
            })
            .collect();
        for word in [
            "ACTH",
            "leu-enkephalin",
            "compassionate witness",
            "Not crying is fine too",
            "trust",
            "weakness",
        ] {
            assert!(all.contains(word), "{word}");
        }
    }

    #[test]
    fn step_text_is_total() {
        assert_eq!(step_text(0).title, STEPS[0].title);
        assert_eq!(step_text(255).title, STEPS[5].title);
        assert_eq!(progress(3), "Step 3 of 6");
    }
}
