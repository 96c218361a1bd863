//! Step 3 of the walkthrough: its words, its picture's and its explorable figure's.

use super::label;
use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::content::evidence as ev;
use crate::record;
use crate::t;

/// Step 3.
pub const STEP: Step = record!(Step {
    title: "Emotional tears: from feeling to tear",
    blocks: &[
        Plain(t!(
            "Emotional tears start somewhere else: with a feeling. It might be sadness, \
             worry, relief or even joy."
        )),
        Claim(
            t!(
                "Deep in your brain are areas that handle feelings. When a feeling is strong, \
                 they can send a message down to the base of the brain. From there a nerve carries \
                 it to the tear gland, and tears may form. This is the best account so far, but it is \
                 not settled."
            ),
            &ev::EMOTIONAL_PATH,
        ),
        Plain(t!(
            "That is why tears can come even when there is nothing in your eye."
        )),
    ],
    figure: Figure {
        title: "From feeling to tears",
        desc: "The same map of the head. When a feeling is chosen, the feeling centres of \
               the brain light up. A message runs from them to the brainstem, then on to the \
               tear gland, and an emotional tear forms.",
        data: &[],
    },
    explorable: Explorable {
        group: "Choose a feeling",
        rest: "Choose a feeling to see how an emotional tear starts.",
        shared: Some(
            "The feeling centres send a message to the brainstem, then along the same \
             nerve to the tear gland. An emotional tear forms."
        ),
        choices: [
            Choice {
                label: label::SADNESS,
                caption: "Sadness.",
                evidence: &[&ev::EMOTIONAL_PATH],
            },
            Choice {
                label: label::RELIEF,
                caption: "Relief: a different feeling, the same route.",
                evidence: &[&ev::EMOTIONAL_PATH],
            },
            Choice {
                label: label::JOY,
                caption: "Joy: even happy tears take the same route.",
                evidence: &[&ev::EMOTIONAL_PATH],
            },
        ],
    },
    route: Some(super::figures::EMOTIONAL_ROUTE),
});
