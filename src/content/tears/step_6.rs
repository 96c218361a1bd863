//! Step 6 of the walkthrough: its words, its picture's and its explorable figure's.

use crate::content::evidence as ev;

use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::record;
use crate::t;

/// Step 6.
pub const STEP: Step = record!(Step {
    title: "Crying in the therapy room",
    blocks: &[
        Plain(t!(
            "Some people cry in a counselling session and feel awkward, or want to say \
             sorry. You do not need to say sorry. Tears are welcome. Not crying is fine too: \
             therapy works without tears."
        )),
        Claim(
            t!(
                "Tears show the people around us that we may need support, and they often \
                 respond with care."
            ),
            &ev::SIGNAL,
        ),
        Claim(
            t!(
                "The article says that crying in front of your therapist shows trust, and can \
                 make the bond between you stronger."
            ),
            &ev::BOND,
        ),
        Claim(
            t!(
                "The article also says your therapist becomes \"a compassionate witness\" to \
                 what you go through."
            ),
            &ev::WITNESS,
        ),
        Claim(
            t!(
                "Crying is not a sign of weakness. It is common and normal, though some people \
                 rarely or never cry. Guidance for counsellors treats tears as a normal part \
                 of therapy."
            ),
            &ev::NOT_WEAKNESS,
        ),
    ],
    figure: Figure {
        title: "Two people in a therapy room",
        desc: "Two people sit facing each other: you and a therapist. A box of tissues sits \
               on a small table between them, and a dashed curve links the two. Held back, a \
               tear stays in the eye. When tears come, a tear falls. With no tears, you \
               talk. Each time, the link to the therapist lights up: the support is there \
               either way.",
        data: &[],
    },
    explorable: Explorable {
        group: "Tears in the therapy room",
        rest: "Choose what happens in the session.",
        shared: None,
        choices: [
            Choice {
                label: "Held back",
                caption: "Holding tears back is common, and that is all right. In studies, \
                          on average, tears held back seemed to bring less relief than tears \
                          let out. People differ.",
                evidence: &[&ev::HOLDING_BACK],
            },
            Choice {
                label: "Tears come",
                caption:
                    "Tears can show the therapist that something matters, and the therapist can \
                          respond with care. In a large survey, relief was more likely with someone \
                          supportive there. Tears are welcome, and not crying is fine too.",
                evidence: &[&ev::SIGNAL, &ev::BOND],
            },
            Choice {
                label: "No tears",
                caption: "Many people talk about hard things without crying. That is fine: \
                          therapy works without tears, and the support is there either way.",
                evidence: &[&ev::NOT_WEAKNESS],
            },
        ],
    },
    route: None,
});
