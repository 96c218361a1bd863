//! The comparison page: emotional and reflex tears side by side, as a table and as one
//! picture of both routes.

use crate::content::evidence as ev;
use crate::content::text::Text;
use crate::record;
use crate::t;

use super::{Block, Block::*, Choice, Explorable, Figure};

/// One row of the comparison: an aspect, and what is true for each kind of tear. A cell
/// is written as a step is, in blocks: each claim followed by its own evidence note, so a
/// cell of two claims shows which note backs which.
pub struct CompareRow {
    pub aspect: Text,
    pub emotional: &'static [Block],
    pub reflex: &'static [Block],
}

pub const COMPARE_TITLE: Text = t!("Emotional and reflex tears, side by side");
pub const COMPARE_INTRO: Text = t!(
    "Both kinds come from the same tear gland. What sets them off, \
     and what they are for, are quite different."
);
pub const COMPARE_CAPTION: Text = t!("How emotional and reflex tears compare");
pub const ASPECT: Text = t!("Aspect");

/// The comparison's rows, in reading order.
// Every row has the same shape on purpose: it is a table, read across. The scan for
// repeated code pairs two rows (each a row and two cells of the same fields); they are
// data a writer edits, not repeated logic.
pub const COMPARE_ROWS: &[CompareRow] = &[
    record!(CompareRow {
        aspect: "Trigger",
        emotional: &[Claim(
            t!("A strong feeling: sadness, worry, relief or joy."),
            &ev::KINDS_DIFFER,
        )],
        reflex: &[Claim(
            t!("Something that bothers the eye: onion gas, dust, smoke."),
            &ev::REFLEX_PATH,
        )],
    }),
    record!(CompareRow {
        aspect: "Pathway",
        emotional: &[Claim(
            t!(
                "Feeling centres in the brain, then the brainstem, then the nerve to the tear \
                 gland. The best account so far, not settled."
            ),
            &ev::EMOTIONAL_PATH,
        )],
        reflex: &[Claim(
            t!("A nerve in the eye, then the base of the brain, then the tear gland."),
            &ev::REFLEX_PATH,
        )],
    }),
    record!(CompareRow {
        aspect: "Contents",
        emotional: &[
            Claim(
                t!("Water, salt and protein; maybe more protein."),
                &ev::CONTENT_DIFFERS,
            ),
            Claim(
                t!("Said to carry stress hormones such as ACTH, and leu-enkephalin, a painkiller."),
                &ev::STRESS_HORMONES,
            ),
        ],
        reflex: &[Plain(t!("Water, salt and protein that protect the eye."))],
    }),
    record!(CompareRow {
        aspect: "Purpose",
        emotional: &[
            Claim(
                t!("A signal to others that we may need support."),
                &ev::SIGNAL
            ),
            Claim(t!("It may also soothe us."), &ev::SOOTHING),
        ],
        reflex: &[Claim(
            t!("To wash the eye clean and protect it."),
            &ev::KINDS_DIFFER,
        )],
    }),
    record!(CompareRow {
        aspect: "Evidence",
        emotional: &[Plain(t!(
            "The route is the best account so far. What is in them is less certain."
        ))],
        reflex: &[Plain(t!("Well known and well studied."))],
    }),
];

/// The comparison's explorable figure: one press sets off both routes.
pub const EXPLORABLE: Explorable = record!(Explorable {
    group: "Set off both kinds of tears",
    rest: "Set off both to send a reflex message and an emotional message at the same time.",
    shared: None,
    choices: [Choice {
        label: "Set off both",
        caption: "Both messages pass through the brainstem and reach the same tear gland. \
                  The reflex one starts at the eye's surface; the emotional one starts with \
                  a feeling. The picture gives each its own pace. How long either takes in a \
                  person varies.",
        evidence: &[&ev::REFLEX_PATH, &ev::EMOTIONAL_PATH],
    }],
});

/// The comparison's figure: both routes in one picture.
pub const FIGURE: Figure = record!(Figure {
    title: "Two routes to one tear gland",
    desc: "A drawing of the head from the side. A reflex route runs from the eye's surface \
           nerve to the brainstem. An emotional route runs from the feeling centres to the \
           brainstem. From there, one nerve leads to the tear gland above the eye.",
    data: &[],
});
