//! Step 2 of the walkthrough: its words, its picture's and its explorable figure's.

use crate::content::evidence as ev;

use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::record;
use crate::t;

/// Step 2.
pub const STEP: Step = record!(Step {
    title: "Reflex tears: washing the eye",
    blocks: &[
        Plain(t!(
            "Chop an onion and your eyes soon sting. The onion gives off a gas that \
             bothers the front of your eye."
        )),
        Claim(
            t!(
                "A nerve in your eye notices straight away. It sends a quick message, and \
                 the tear gland answers with a rush of tears. The tears wash the eye clean."
            ),
            &ev::REFLEX_PATH,
        ),
        Plain(t!(
            "You do not choose to do this. It happens by itself, like blinking."
        )),
    ],
    figure: Figure {
        title: "From onion to tears",
        desc: "A map of the head from the side. It shows the brain's feeling centres, the \
               brainstem, the eye and the tear gland, joined by nerves. When the onion is \
               chopped, stinging gas reaches the eye. A message runs from the eye to the \
               brainstem, then on to the tear gland, and a reflex tear forms.",
        data: &[],
    },
    explorable: Explorable {
        group: "Set off a reflex tear",
        rest: "Chop the onion to see how a reflex tear starts.",
        shared: None,
        choices: [Choice {
            label: "Chop the onion",
            caption: "Onion gas stings the eye. The eye's surface nerve sends a quick message \
                      to the brainstem, the base of the brain. The brainstem sends it on to \
                      the tear gland. A reflex tear forms to wash the eye.",
            evidence: &[&ev::REFLEX_PATH],
        }],
    },
    route: Some(super::figures::REFLEX_ROUTE),
});
