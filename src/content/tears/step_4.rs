//! Step 4 of the walkthrough: its words, its picture's and its explorable figure's.

use crate::content::evidence as ev;

use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::record;
use crate::t;

/// Step 4.
pub const STEP: Step = record!(Step {
    title: "What is in your tears",
    blocks: &[
        Plain(t!(
            "All tears are mostly water, with a little salt and some proteins that help \
             protect your eyes."
        )),
        Claim(
            t!(
                "The article says emotional tears are made differently from onion tears. One \
                study, of women, found about a quarter more protein in emotional tears."
            ),
            &ev::CONTENT_DIFFERS,
        ),
        Claim(
            t!(
                "The article also says emotional tears carry more stress hormones, such as \
                ACTH, and leu-enkephalin, a natural painkiller. We found no study that checked \
                this side by side."
            ),
            &ev::STRESS_HORMONES,
        ),
    ],
    figure: Figure {
        title: "What is in reflex and emotional tears",
        desc: "A bar chart comparing reflex and emotional tears. For protein, the emotional \
               bar is about a quarter longer than the reflex bar. For ACTH, a stress hormone, \
               and leu-enkephalin, the bars are dashed outlines with question marks. We \
               found no study that measured them side by side.",
        data: [
            "Protein: reflex tears 100 (our starting point), emotional tears about 124. \
             That is about a quarter more, from one study of women, in 1981.",
            "ACTH, a stress hormone: not measured side by side in any study we found. The article says \
             emotional tears carry more, but gives no amount.",
            "Leu-enkephalin, a natural painkiller: not measured side by side in any study we found. The \
             article says emotional tears carry more, but gives no amount.",
        ],
    },
    explorable: Explorable {
        group: "Compare what is in them",
        rest: "Choose what to compare: what research measured, or what the article says.",
        shared: None,
        choices: [
            Choice {
                label: "What research measured",
                caption: "Measured: one study of women, in 1981, found about a quarter more \
                          protein in emotional tears than in onion tears. We found no study that \
                          measured the hormones side by side.",
                evidence: &[&ev::CONTENT_DIFFERS],
            },
            Choice {
                label: "What the article says",
                caption: "The article says emotional tears carry more ACTH, a stress hormone, \
                          and leu-enkephalin, a painkiller. It gives no amount, so the dashed \
                          bars are the same length, with a question mark. They are a claim, \
                          not a measurement: we found no study that compared them side by side.",
                evidence: &[&ev::STRESS_HORMONES],
            },
        ],
    },
    route: None,
});
