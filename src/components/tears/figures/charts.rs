//! The charts of steps 4 and 5: what is in tears (measured, or only claimed by the
//! article), and how mood tends to change after a cry.

use super::shapes::Drawing;
use super::shapes::Shape::{self, Circle, Label, Path, Route};
use crate::content::tears::label as l;

/// One hormone row as the article tells it: dashed, faint bars, labelled as its claim.
/// The article says "more" but gives no amount, and nobody has measured one: so both
/// bars have the same length and the emotional one ends in a question mark. A longer bar
/// would draw an invented size, larger than the one difference that was measured.
macro_rules! claimed {
    ($r:literal, $e:literal, $y:literal) => {
        [
            Path($r, "i-claim i-reflex-line i-reflex i-wipe"),
            Path($e, "i-claim i-emo-line i-emo i-wipe i-q1"),
            Label(121, $y + 1, l::NO_AMOUNT, "i-text i-start i-strong"),
            Label(136, $y, l::ARTICLE_SAYS_MORE, "i-text i-start i-muted"),
        ]
    };
}

/// Every part of the contents chart in one row, so each state is one run of it:
/// [label | not compared (3) | protein bars (4) | the article's claims (8)].
const CHART: [Shape; 16] = {
    let [r1, e1, q1, t1] = claimed!("M16 104h100v8H16z", "M16 114h100v8H16z", 118);
    let [r2, e2, q2, t2] = claimed!("M16 154h100v8H16z", "M16 164h100v8H16z", 168);
    [
        Label(84, 18, l::MEASURED, "i-text i-start i-muted"),
        Path("M16 104h140v18H16zM16 154h140v18H16z", "i-line i-dashed"),
        Label(164, 118, l::NOT_COMPARED, "i-text i-start i-muted"),
        Label(164, 168, l::NOT_COMPARED, "i-text i-start i-muted"),
        Path("M16 26h140v18H16z", "i-line i-reflex i-wipe"),
        Label(164, 40, l::REFLEX_VALUE, "i-text i-start"),
        Path("M16 50h174v18H16z", "i-line i-emo i-wipe i-q1"),
        Label(198, 64, l::EMOTIONAL_VALUE, "i-text i-start"),
        r1,
        e1,
        q1,
        t1,
        r2,
        e2,
        q2,
        t2,
    ]
};

/// The shapes `from..to` of [`CHART`].
const fn chart(from: usize, to: usize) -> &'static [Shape] {
    CHART.split_at(to).0.split_at(from).1
}

/// Bar chart: protein measured once; the hormones not compared, or only claimed.
pub const CONTENTS: Drawing = Drawing {
    base: &[
        Label(16, 18, l::PROTEIN, "i-text i-start i-strong"),
        Label(16, 96, l::ACTH, "i-text i-start i-strong"),
        Label(16, 146, l::LEU_ENK, "i-text i-start i-strong"),
        Circle(24, 204, 7, "i-line i-reflex"),
        Label(38, 209, l::REFLEX, "i-text i-start"),
        Circle(124, 204, 7, "i-line i-emo"),
        Label(138, 209, l::EMOTIONAL, "i-text i-start"),
    ],
    // At rest and measured: the protein bars and the hormones not compared (measured
    // adds when); the article's view: the protein bars and its claims.
    states: &[chart(1, 8), chart(0, 8), chart(4, 16)],
};

/// The mood line from before crying to a moment after, and a ring on that moment.
const TO_JUST_AFTER: &str = "M64 100C96 100 100 142 132 142";
const TO_20_MIN: &str = "M64 100C96 100 100 142 132 142S184 100 212 100";
const TO_90_MIN: &str = "M64 100C96 100 100 142 132 142S184 100 212 100S262 76 286 72";
const BEFORE: Shape = Circle(64, 100, 6, "i-line i-emo");

/// Mood over time after crying: a dip, back to usual, then a little better.
pub const MOOD: Drawing = Drawing {
    base: &[
        Path("M40 20v160h270", "i-line"),
        Label(48, 30, l::MOOD_BETTER, "i-text i-start i-muted"),
        Label(48, 172, l::MOOD_WORSE, "i-text i-start i-muted"),
        Path("M40 100h270", "i-line i-dashed i-muted"),
        Label(269, 120, l::USUAL, "i-text i-muted"),
        Label(64, 204, l::BEFORE, "i-text"),
        Label(132, 204, l::JUST_AFTER, "i-text"),
        Label(212, 204, l::MIN_20, "i-text"),
        Label(286, 204, l::MIN_90, "i-text"),
    ],
    states: &[
        &[
            Path(TO_90_MIN, "i-emo-line i-signal"),
            BEFORE,
            Circle(132, 142, 6, "i-line i-emo"),
            Circle(212, 100, 6, "i-line i-emo"),
            Circle(286, 72, 6, "i-line i-emo"),
        ],
        &[
            Route(TO_JUST_AFTER, "i-emo-line i-thick i-run"),
            BEFORE,
            Circle(132, 142, 12, "i-emo-line i-thick i-grow i-q1"),
        ],
        &[
            Route(TO_20_MIN, "i-emo-line i-thick i-run i-slow"),
            BEFORE,
            Circle(212, 100, 12, "i-emo-line i-thick i-grow i-s1"),
        ],
        &[
            Route(TO_90_MIN, "i-emo-line i-thick i-run i-slow"),
            BEFORE,
            Circle(286, 72, 12, "i-emo-line i-thick i-grow i-s1"),
        ],
    ],
};
