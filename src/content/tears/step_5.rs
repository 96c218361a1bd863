//! Step 5 of the walkthrough: its words, its picture's and its explorable figure's.

use crate::content::evidence as ev;

use super::{Block::*, Choice, Explorable, Figure, Step};
use crate::record;
use crate::t;

/// Step 5.
pub const STEP: Step = record!(Step {
    title: "What crying can do",
    blocks: &[
        Plain(t!(
            "Some people feel better after a cry, and some do not. Here is what the \
             article says, and how sure we can be."
        )),
        Claim(
            t!(
                "Release and relief: the article says crying lets stress hormones and toxins \
                 out of the body. It says this is why crying brings relief."
            ),
            &ev::TOXINS_RELEASED,
        ),
        Claim(
            t!(
                "Mood: the article says crying lifts mood. Studies find it varies. In one study \
                 of daily life, mood was better after about one cry in three. It was the same \
                 after most, and worse after a few."
            ),
            &ev::MOOD,
        ),
        Claim(
            t!("Soothing: crying may help the body settle."),
            &ev::SOOTHING,
        ),
        Claim(
            t!(
                "A signal: tears show the people around you that you may need support, and \
                 people often respond with care."
            ),
            &ev::SIGNAL,
        ),
    ],
    figure: Figure {
        title: "Mood after crying, on average, in one lab study",
        desc: "A line chart of the average mood of people in one lab study, who cried at a \
               sad film. Just after crying, the line dips below the mood before. About 20 \
               minutes later it is level with it. About 90 minutes later it is a little \
               above. People differ: this is an average, not what happens to each person.",
        data: [
            "One lab study, on average. Before crying: the grey line marked \"mood before\".",
            "Just after crying: a little lower.",
            "About 20 minutes later: about the same as before.",
            "About 90 minutes later: a little better than before.",
            "In daily life, another study found mood better after about one cry in three. \
             It was the same after most, and worse after a few.",
        ],
    },
    explorable: Explorable {
        group: "Choose a moment after crying",
        rest: "Choose a moment to see how mood changed on average in one lab study. People \
               differ.",
        shared: None,
        choices: [
            Choice {
                label: "Just after",
                caption: "In one lab study, mood on average dipped a little just after crying.",
                evidence: &[&ev::MOOD],
            },
            Choice {
                label: "20 minutes",
                caption: "About 20 minutes later, the average was about the same as before.",
                evidence: &[&ev::MOOD],
            },
            Choice {
                label: "90 minutes",
                caption: "About 90 minutes later, the average was a little better than \
                          before. A large survey found relief more likely with someone \
                          supportive there.",
                evidence: &[&ev::MOOD],
            },
        ],
    },
    route: None,
});
