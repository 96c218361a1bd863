//! Step 2 of the walkthrough: its words, its picture's and its explorable figure's.

use crate::content::evidence as ev;

use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::t;

// Records of one shape: data a writer edits, not repeated logic (see `content`'s module
// comment on the repeated-code scan).
/// Step 2.
pub const STEP: Step = Step {
    title: t!("Reflex tears: washing the eye"),
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
        title: t!("From onion to tears"),
        desc: t!(
            "An onion gives off a stinging gas. A message travels from the eye along a \
               nerve to the tear gland, and a reflex tear forms to wash the eye."
        ),
        data: &[],
    },
    explorable: Explorable {
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
    route: Some(super::figures::REFLEX_ROUTE),
};
