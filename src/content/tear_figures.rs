//! Words for the explorable figures: each figure's buttons, what its live caption says
//! in every state, and the evidence for what the caption claims. One entry per step of
//! the walkthrough, and one for the comparison.

use crate::content::text::Text;
use crate::t;

use crate::content::evidence::{self as ev, Evidence};
use crate::content::tears::{self, label, Figure};
use crate::model::walkthrough::{View, STEP_COUNT};

// Records of words, shaped like tears.rs's `Figure` and `Step` (a few `&'static` fields
// each) but holding different things: nothing to share.

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
        View::Step(n) => &STEPS[usize::from(n.clamp(1, STEP_COUNT)) - 1],
        View::Compare => &COMPARE,
    }
}

const STEPS: [Explorable; STEP_COUNT as usize] = [
    Explorable {
        group: t!("Choose a tear"),
        rest: t!("Choose a tear to see where it comes from and what it is for."),
        shared: None,
        choices: &[
            Choice {
                label: t!("Basal"),
                caption: t!(
                    "Basal tears come from the tear gland all day, a little at a time. \
                          They spread over the eye to keep it wet and clean, then drain away \
                          through the tear duct."
                ),
                evidence: &[&ev::KINDS_DIFFER],
            },
            Choice {
                label: t!("Reflex"),
                caption: t!(
                    "Reflex tears come from the same gland in a rush when something \
                          bothers the eye, like dust or onion gas. They wash it out."
                ),
                evidence: &[&ev::REFLEX_PATH],
            },
            Choice {
                label: t!("Emotional"),
                caption: t!(
                    "Emotional tears come from the same gland when a feeling is strong. \
                          They spill over the lid, and they show the people around you that \
                          you may need support."
                ),
                evidence: &[&ev::SIGNAL],
            },
        ],
    },
    Explorable {
        group: t!("Set off a reflex tear"),
        rest: t!("Chop the onion to see how a reflex tear starts."),
        shared: None,
        choices: &[Choice {
            label: t!("Chop the onion"),
            caption: t!(
                "Onion gas stings the eye. The eye's surface nerve sends a quick message \
                      to the brainstem, the base of the brain, which sends it straight back \
                      along the nerve to the tear gland. A reflex tear forms to wash the eye."
            ),
            evidence: &[&ev::REFLEX_PATH],
        }],
    },
    Explorable {
        group: t!("Choose a feeling"),
        rest: t!("Choose a feeling to see how an emotional tear starts."),
        shared: Some(t!(
            "The feeling centres send a message to the brainstem, then along the same \
                 nerve to the tear gland. An emotional tear forms."
        )),
        choices: &[
            Choice {
                label: label::SADNESS,
                caption: t!("Sadness."),
                evidence: &[&ev::EMOTIONAL_PATH],
            },
            Choice {
                label: label::RELIEF,
                caption: t!("Relief: a different feeling, the same route."),
                evidence: &[&ev::EMOTIONAL_PATH],
            },
            Choice {
                label: label::JOY,
                caption: t!("Joy: even happy tears take the same route."),
                evidence: &[&ev::EMOTIONAL_PATH],
            },
        ],
    },
    Explorable {
        group: t!("Compare what is in them"),
        rest: t!("Choose what to compare: what research measured, or what the article says."),
        shared: None,
        choices: &[
            Choice {
                label: t!("What research measured"),
                caption: t!(
                    "Measured: one small study in 1981 found about a quarter more protein \
                          in emotional tears than in onion tears. The hormones have not been \
                          measured side by side."
                ),
                evidence: &[&ev::CONTENT_DIFFERS],
            },
            Choice {
                label: t!("What the article says"),
                caption: t!(
                    "The article says emotional tears carry more ACTH, a stress hormone, \
                          and leu-enkephalin, a painkiller. \
                          The dashed bars are the article's claim, not a measurement: no study \
                          has compared them side by side yet."
                ),
                evidence: &[&ev::STRESS_HORMONES],
            },
        ],
    },
    Explorable {
        group: t!("Choose a moment after crying"),
        rest: t!(
            "Choose a moment to see how mood changed on average in one lab study. People \
               differ."
        ),
        shared: None,
        choices: &[
            Choice {
                label: t!("Just after"),
                caption: t!("In one lab study, mood on average dipped a little just after crying."),
                evidence: &[&ev::MOOD],
            },
            Choice {
                label: t!("20 minutes"),
                caption: t!("About 20 minutes later, the average was about the same as before."),
                evidence: &[&ev::MOOD],
            },
            Choice {
                label: t!("90 minutes"),
                caption: t!(
                    "About 90 minutes later, the average was a little better than \
                          before. Relief was more likely with someone supportive there."
                ),
                evidence: &[&ev::MOOD],
            },
        ],
    },
    Explorable {
        group: t!("Tears in the therapy room"),
        rest: t!("Choose what happens to the tears."),
        shared: None,
        choices: &[
            Choice {
                label: t!("Held back"),
                caption: t!(
                    "Holding tears back is common, and that is all right. On average, \
                          tears that are held back seem to bring less relief than tears that \
                          are let out."
                ),
                evidence: &[&ev::HOLDING_BACK],
            },
            Choice {
                label: t!("Tears come"),
                caption: t!(
                    "Tears show the therapist that something matters, and they can respond \
                          with care. Relief is more likely when someone supportive is there. \
                          Tears are welcome, and not crying is fine too."
                ),
                evidence: &[&ev::SIGNAL, &ev::BOND],
            },
        ],
    },
];

const COMPARE: Explorable = Explorable {
    group: t!("Set off both kinds of tears"),
    rest: t!("Set off both to send a reflex message and an emotional message at the same time."),
    shared: None,
    choices: &[Choice {
        label: t!("Set off both"),
        caption: t!(
            "Both messages pass through the brainstem and reach the same tear gland, \
                  each from its own start: the eye's surface for the reflex tear, a feeling \
                  for the emotional one. The picture gives each its own pace; how long either \
                  takes in a person varies."
        ),
        evidence: &[&ev::REFLEX_PATH, &ev::EMOTIONAL_PATH],
    }],
};

/// The comparison's figure: both routes in one picture.
pub const COMPARE_FIGURE: Figure = Figure {
    title: t!("Two routes to one tear gland"),
    desc: t!(
        "A drawing of the head from the side. A reflex route runs from the eye's surface \
           nerve to the brainstem. An emotional route runs from the feeling centres to the \
           brainstem. From there, one nerve leads to the tear gland above the eye."
    ),
    data: &[],
};

/// A list of facts in words: what a screen reader reads instead of a chart's bars or a
/// picture's route, and what anyone can read under the picture.
pub struct InWords {
    /// The list's title.
    pub title: Text,
    /// One entry per fact or stage, in order.
    pub items: &'static [Text],
}

/// The route a view's picture draws, stage by stage: step 2 the reflex one, step 3 the
/// emotional one; none for the other pictures. (The comparison's picture draws both:
/// its description names every stage, and its table's "Pathway" row gives each route.)
pub fn route(view: View) -> Option<InWords> {
    match view {
        View::Step(2) => Some(REFLEX_ROUTE),
        View::Step(3) => Some(EMOTIONAL_ROUTE),
        _ => None,
    }
}

/// The reflex route, stage by stage.
pub const REFLEX_ROUTE: InWords = InWords {
    title: tears::REFLEX_TEARS,
    items: &[
        t!("Onion gas stings the eye."),
        t!("The eye's surface nerve sends a message to the brainstem."),
        t!("The brainstem sends it along a nerve to the tear gland."),
        t!("A reflex tear forms and washes the eye."),
    ],
};

/// The emotional route, stage by stage.
pub const EMOTIONAL_ROUTE: InWords = InWords {
    title: tears::EMOTIONAL_TEARS,
    items: &[
        t!("A strong feeling: sadness, relief or joy."),
        t!("The feeling centres send a message to the brainstem."),
        t!("It goes on along the same nerve to the tear gland."),
        t!("An emotional tear forms."),
    ],
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

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
            let r = route(View::Step(n)).unwrap();
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
            assert!(route(View::Step(n)).is_none(), "{n}");
        }
        assert!(route(View::Compare).is_none());
    }

    #[test]
    fn out_of_range_is_safe() {
        assert_eq!(explorable(View::Step(0)).group, STEPS[0].group);
        assert_eq!(explorable(View::Step(99)).group, STEPS[5].group);
        assert_eq!(
            explorable(View::Step(1)).caption(Some(9)),
            STEPS[0].rest.words()
        );
    }
}
