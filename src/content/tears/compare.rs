//! The comparison page: emotional and reflex tears side by side, as a table and as one
//! picture of both routes.

use crate::content::evidence::{self as ev, Evidence};
use crate::content::text::Text;
use crate::t;

use super::{Choice, Explorable, Figure};

/// One row of the comparison: an aspect, and what is true for each kind of tear.
pub struct CompareRow {
    pub aspect: Text,
    pub emotional: Cell,
    pub reflex: Cell,
}

/// One cell of the comparison, with the evidence for what it says.
pub struct Cell {
    pub text: Text,
    pub notes: &'static [&'static Evidence],
}

pub const COMPARE_TITLE: Text = t!("Emotional and reflex tears, side by side");
pub const COMPARE_INTRO: Text = t!(
    "Both kinds come from the same tear gland. What sets them off, \
    and what they are for, are quite different."
);
pub const COMPARE_CAPTION: Text = t!("How emotional and reflex tears compare");
pub const ASPECT: Text = t!("Aspect");

/// The comparison's rows, in reading order.
// Every row has the same shape on purpose: it is a table, read across.
// Records of one shape: data a writer edits, not repeated logic (see `content`'s module
// comment on the repeated-code scan).
pub const COMPARE_ROWS: &[CompareRow] = &[
    CompareRow {
        aspect: t!("Trigger"),
        emotional: Cell {
            text: t!("A strong feeling: sadness, worry, relief or joy."),
            notes: &[],
        },
        reflex: Cell {
            text: t!("Something that bothers the eye: onion gas, dust, smoke."),
            notes: &[],
        },
    },
    CompareRow {
        aspect: t!("Pathway"),
        emotional: Cell {
            text: t!(
                "Feeling centres in the brain, then the brainstem, then the nerve to the tear \
                   gland. The best account so far, not settled."
            ),
            notes: &[&ev::EMOTIONAL_PATH],
        },
        reflex: Cell {
            text: t!("A nerve in the eye, then a quick reflex, then the tear gland."),
            notes: &[&ev::REFLEX_PATH],
        },
    },
    CompareRow {
        aspect: t!("Contents"),
        emotional: Cell {
            text: t!(
                "Water, salt and protein; maybe more protein. Said to carry stress hormones \
                   such as ACTH, and leu-enkephalin, a painkiller."
            ),
            notes: &[&ev::CONTENT_DIFFERS, &ev::STRESS_HORMONES],
        },
        reflex: Cell {
            text: t!("Water, salt and protein that protect the eye."),
            notes: &[],
        },
    },
    CompareRow {
        aspect: t!("Purpose"),
        emotional: Cell {
            text: t!("A signal to others that we need support; it may also soothe us."),
            notes: &[&ev::SIGNAL],
        },
        reflex: Cell {
            text: t!("To wash the eye clean and protect it."),
            notes: &[&ev::KINDS_DIFFER],
        },
    },
    CompareRow {
        aspect: t!("Evidence"),
        emotional: Cell {
            text: t!("The route is the best account so far. What is in them is less certain."),
            notes: &[],
        },
        reflex: Cell {
            text: t!("Well known and well studied."),
            notes: &[],
        },
    },
];

/// The comparison's explorable figure: one press sets off both routes.
pub const EXPLORABLE: Explorable = Explorable {
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
pub const FIGURE: Figure = Figure {
    title: t!("Two routes to one tear gland"),
    desc: t!(
        "A drawing of the head from the side. A reflex route runs from the eye's surface \
           nerve to the brainstem. An emotional route runs from the feeling centres to the \
           brainstem. From there, one nerve leads to the tear gland above the eye."
    ),
    data: &[],
};
