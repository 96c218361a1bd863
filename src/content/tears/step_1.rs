//! Step 1 of the walkthrough: its words, its picture's and its explorable figure's.

use crate::content::evidence as ev;

use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::record;
use crate::t;

/// Step 1.
pub const STEP: Step = record!(Step {
    title: "Three kinds of tears",
    blocks: &[
        Plain(t!(
            "Your eyes make tears all day, every day. But not all tears are the same."
        )),
        Claim(
            t!(
                "Scientists name three kinds, and each one has its own job. Basal tears keep \
                 your eyes wet and clean all the time. Reflex tears rush in to wash out dust or \
                 onion gas. Emotional tears come with strong feelings, like sadness, relief or joy."
            ),
            &ev::KINDS_DIFFER,
        ),
        Plain(t!(
            "All three come from the lacrimal gland: the tear gland above the outer corner \
             of each eye. Tears spread across the eye, then drain away through tiny ducts \
             near the nose. That is why crying can make a nose run."
        )),
    ],
    figure: Figure {
        title: "An eye and its tear gland",
        desc: "A drawing of an eye. The tear gland sits above its outer corner, with small \
               tubes leading down to the eye. A thin film of tears lies along the lower lid. \
               At the inner corner, a tear duct drains tears towards the nose. Below, three \
               drops stand for basal, reflex and emotional tears, each in its own colour.",
        data: &[],
    },
    explorable: Explorable {
        group: "Choose a tear",
        rest: "Choose a tear to see where it comes from and what it is for.",
        shared: None,
        choices: [
            Choice {
                label: "Basal",
                caption: "Basal tears come from the tear gland all day, a little at a time. \
                          They spread over the eye to keep it wet and clean, then drain away \
                          through the tear duct.",
                evidence: &[&ev::KINDS_DIFFER],
            },
            Choice {
                label: "Reflex",
                caption: "Reflex tears come from the same gland in a rush when something \
                          bothers the eye, like dust or onion gas. They wash it out.",
                evidence: &[&ev::REFLEX_PATH],
            },
            Choice {
                label: "Emotional",
                caption: "Emotional tears come from the same gland when a feeling is strong. \
                          They spill over the lid, and they show the people around you that \
                          you may need support.",
                evidence: &[&ev::SIGNAL],
            },
        ],
    },
    route: None,
});
