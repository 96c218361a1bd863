//! The explorable figures' words: each figure's buttons, what its live caption says in
//! every state, and the evidence for what the caption claims; and the lists that say in
//! words what a picture shows. Each step's and the comparison's are in their own file.

use crate::content::evidence::Evidence;
use crate::content::text::Text;
use crate::record;
use crate::t;

use super::{compare, step_text, EMOTIONAL_TEARS, REFLEX_TEARS};
use crate::model::walkthrough::View;

/// One setting of a figure: its button, and what the caption says once it is showing.
pub struct Choice {
    /// The button's text.
    pub label: Text,
    /// What just happened, said politely when the reader presses the button.
    pub caption: Text,
    /// The evidence for the caption's claim.
    pub evidence: &'static [&'static Evidence],
}

/// An explorable figure's words.
pub struct Explorable {
    /// Names the group of buttons for screen readers.
    pub group: Text,
    /// The caption before the reader has pressed anything.
    pub rest: Text,
    /// Added after every setting's caption (what all settings share), if anything.
    pub shared: Option<Text>,
    pub choices: &'static [Choice],
}

impl Explorable {
    /// The caption for a state: the resting words, or the setting's words.
    pub fn caption(&self, choice: Option<u8>) -> String {
        match choice.and_then(|c| self.choices.get(usize::from(c))) {
            Some(c) => match self.shared {
                Some(shared) => format!("{} {}", c.caption, shared),
                None => c.caption.to_string(),
            },
            None => self.rest.to_string(),
        }
    }

    /// The evidence for a state's caption (none while resting).
    pub fn evidence(&self, choice: Option<u8>) -> &'static [&'static Evidence] {
        choice
            .and_then(|c| self.choices.get(usize::from(c)))
            .map_or(&[], |c| c.evidence)
    }
}

/// The button that returns a figure to its resting picture.
pub const START_AGAIN: Text = t!("Start again");

/// The explorable figure for a view: a step (clamped) or the comparison.
pub fn explorable(view: View) -> &'static Explorable {
    match view {
        View::Step(n) => &step_text(n).explorable,
        View::Compare => &compare::EXPLORABLE,
    }
}

/// A list of facts in words: what a screen reader reads instead of a chart's bars or a
/// picture's route, and what anyone can read under the picture.
#[derive(Clone, Copy)]
pub struct InWords {
    /// The list's title.
    pub title: Text,
    /// One entry per fact or stage, in order.
    pub items: &'static [Text],
}

/// The routes a view's picture draws, stage by stage: step 2 the reflex one, step 3 the
/// emotional one, the comparison both; none for the other pictures.
pub fn routes(view: View) -> &'static [InWords] {
    match view {
        View::Step(n) => step_text(n).route.as_slice(),
        View::Compare => &[REFLEX_ROUTE, EMOTIONAL_ROUTE],
    }
}

// The routes are here, with the words every walkthrough page carries, as three pages
// draw them.
/// The reflex route, stage by stage.
pub const REFLEX_ROUTE: InWords = record!(InWords {
    title: REFLEX_TEARS,
    items: [
        "Onion gas stings the eye.",
        "The eye's surface nerve sends a message to the brainstem.",
        "The brainstem sends it along a nerve to the tear gland.",
        "A reflex tear forms and washes the eye.",
    ],
});

/// The emotional route, stage by stage.
pub const EMOTIONAL_ROUTE: InWords = record!(InWords {
    title: EMOTIONAL_TEARS,
    items: [
        "A strong feeling: sadness, worry, relief or joy.",
        "The feeling centres send a message to the brainstem.",
        "It goes on along the same nerve to the tear gland.",
        "An emotional tear forms.",
    ],
});

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::evidence as ev;
    use crate::content::tears::STEPS;
    use crate::model::walkthrough::STEP_COUNT;

    fn all() -> impl Iterator<Item = &'static Explorable> {
        (1..=STEP_COUNT)
            .map(View::Step)
            .chain([View::Compare])
            .map(explorable)
    }

    #[test]
    fn every_figure_has_buttons_and_every_state_its_own_caption_and_evidence() {
        for e in all() {
            assert!(!e.group.is_empty() && !e.rest.is_empty() && !e.choices.is_empty());
            assert!(e.evidence(None).is_empty());
            let mut captions = vec![e.caption(None)];
            for n in 0..e.choices.len() as u8 {
                assert!(!e.choices[usize::from(n)].label.is_empty());
                assert!(!e.evidence(Some(n)).is_empty(), "{}", e.group);
                captions.push(e.caption(Some(n)));
            }
            let mut unique = captions.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), captions.len(), "{}", e.group);
        }
    }

    #[test]
    fn the_article_s_hormone_claim_is_marked_as_the_article_s() {
        let contents = explorable(View::Step(4));
        let claim = contents.caption(Some(1));
        assert!(claim.starts_with("The article says"));
        assert!(contents.evidence(Some(1)).contains(&&ev::STRESS_HORMONES));
        assert_eq!(ev::STRESS_HORMONES.strength, ev::Strength::Hypothesis);
    }

    #[test]
    fn the_routes_name_the_brainstem_and_the_same_nerve() {
        for (view, choice) in [(View::Step(2), 0), (View::Step(3), 2), (View::Compare, 0)] {
            let caption = explorable(view).caption(Some(choice));
            assert!(caption.contains("brainstem") && caption.contains("tear gland"));
        }
        assert!(explorable(View::Step(3))
            .caption(Some(0))
            .contains("same nerve to the tear gland"));
    }

    #[test]
    fn the_route_pictures_give_their_route_stage_by_stage() {
        for n in [2, 3] {
            let [r] = routes(View::Step(n)) else {
                panic!("step {n} draws one route")
            };
            assert!(!r.title.is_empty() && r.items.len() >= 3, "{n}");
            let words: String = r.items.iter().map(|t| t.words()).collect();
            assert!(
                words.contains("brainstem") && words.contains("tear gland"),
                "{n}"
            );
            assert!(
                !words.contains("calming"),
                "the gland's wiring is not the soothing idea"
            );
        }
        for n in [1, 4, 5, 6, 0, 9] {
            assert!(routes(View::Step(n)).is_empty(), "{n}");
        }
        // The comparison's picture draws both, so it lists both.
        let both: Vec<_> = routes(View::Compare).iter().map(|r| r.title).collect();
        assert_eq!(both, [REFLEX_TEARS, EMOTIONAL_TEARS]);
    }

    #[test]
    fn out_of_range_is_safe() {
        assert_eq!(explorable(View::Step(0)).group, STEPS[0].explorable.group);
        assert_eq!(explorable(View::Step(99)).group, STEPS[5].explorable.group);
        assert_eq!(
            explorable(View::Step(1)).caption(Some(9)),
            STEPS[0].explorable.rest.words()
        );
    }
}
