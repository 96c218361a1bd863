//! The drawings for each step, as shape lists in one 320 x 220 grid. Shared helpers
//! (`Eye`, `Gland`, `Drop`) keep the style the same everywhere and the wasm small.

use super::illustration::Shape::{self, Circle, Drop, Eye, Gland, Label, Path};
use crate::content::tears::label as l;
use crate::model::walkthrough::STEP_COUNT;

/// The drawing for a 1-based step (clamped).
pub fn for_step(step: u8) -> &'static [Shape] {
    let i = usize::from(step.clamp(1, STEP_COUNT)) - 1;
    DRAWINGS[i]
}

const DRAWINGS: [&[Shape]; STEP_COUNT as usize] =
    [THREE_KINDS, REFLEX, EMOTIONAL, CONTENTS, MOOD, THERAPY];

/// An eye with its gland, ducts, tear film and drain; three drops as a key.
const THREE_KINDS: &[Shape] = &[
    Path("M60 88Q160 18 260 88Q160 158 60 88z", "i-line i-soft"),
    Circle(160, 88, 26, "i-line i-iris"),
    Circle(160, 88, 10, "i-ink"),
    Path("M72 96Q160 146 248 96", "i-basal-line"),
    Gland(236, 30),
    Path("M224 40l-4 16M238 42l-2 16", "i-line"),
    Label(176, 20, l::TEAR_GLAND, "i-text"),
    Path("M68 92q-4 16 2 34", "i-line i-dashed"),
    Circle(67, 90, 3, "i-ink"),
    Label(64, 144, l::TEAR_DUCT, "i-text"),
    Drop(70, 168, "i-line i-basal"),
    Drop(160, 168, "i-line i-reflex"),
    Drop(250, 168, "i-line i-emo i-grow"),
    Label(70, 214, l::BASAL, "i-text"),
    Label(160, 214, l::REFLEX, "i-text"),
    Label(250, 214, l::EMOTIONAL, "i-text"),
];

/// Onion, fumes, nerve signal from the eye to the gland, a reflex tear.
const REFLEX: &[Shape] = &[
    Path(
        "M50 120c-26 12-30 56 0 68c30-12 26-56 0-68z",
        "i-line i-soft",
    ),
    Path("M50 120l-6-16m6 16l8-14M50 132v50", "i-line"),
    Label(50, 212, l::ONION, "i-text"),
    Path(
        "M84 128q10-8 20 0t20 0t20 0M92 150q10-8 20 0t20 0t20 0",
        "i-line i-muted",
    ),
    Eye(220, 140),
    Gland(252, 64),
    Label(262, 40, l::TEAR_GLAND, "i-text"),
    Path("M176 130C130 70 190 40 232 62", "i-reflex-line i-signal"),
    Path("M226 54l8 8-10 4", "i-reflex-line"),
    Label(134, 52, l::NERVE, "i-text"),
    Drop(250, 170, "i-line i-reflex i-grow"),
];

/// Heart, signal to the brain's feeling centres, calming nerves to the gland, a tear.
const EMOTIONAL: &[Shape] = &[
    Path("M44 160c-32-20-30-46-13-48c8 0 13 6 13 11c0-5 5-11 13-11c17 2 19 28-13 48z", "i-line i-emo"),
    Label(44, 190, l::FEELING, "i-text"),
    Path("M112 62c-12-26 24-42 42-28c16-14 52-2 44 24c12 18-10 34-30 28c-12 12-42 10-48-4c-16 0-20-14-8-20z", "i-line i-soft"),
    Path("M138 42q12 8 0 20M170 38q-6 14 6 22M150 74q8-10 20-4", "i-line"),
    Label(152, 118, l::BRAIN, "i-text"),
    Path("M60 120C70 90 90 80 110 76", "i-emo-line i-signal"),
    Path("M200 60C240 40 268 60 262 92", "i-emo-line i-signal i-dashed"),
    Path("M254 86l8 8 6-10", "i-emo-line"),
    Label(262, 24, l::REST_DIGEST, "i-text"),
    Gland(270, 108),
    Eye(232, 168),
    Drop(266, 190, "i-line i-emo i-grow"),
];

/// Bar chart: protein measured once; the hormones never compared side by side.
const CONTENTS: &[Shape] = &[
    Label(16, 18, l::PROTEIN, "i-text i-start i-strong"),
    Path("M16 26h140v18H16z", "i-line i-reflex"),
    Label(164, 40, l::REFLEX_VALUE, "i-text i-start"),
    Path("M16 50h174v18H16z", "i-line i-emo"),
    Label(198, 64, l::EMOTIONAL_VALUE, "i-text i-start"),
    Label(16, 96, l::ACTH, "i-text i-start i-strong"),
    Path("M16 104h140v18H16zM16 154h140v18H16z", "i-line i-dashed"),
    Label(164, 118, l::NOT_COMPARED, "i-text i-start i-muted"),
    Label(16, 146, l::LEU_ENK, "i-text i-start i-strong"),
    Label(164, 168, l::NOT_COMPARED, "i-text i-start i-muted"),
    Circle(24, 204, 7, "i-line i-reflex"),
    Label(38, 209, l::REFLEX, "i-text i-start"),
    Circle(124, 204, 7, "i-line i-emo"),
    Label(138, 209, l::EMOTIONAL, "i-text i-start"),
];

/// Mood over time after crying: a dip, back to usual, then a little better.
const MOOD: &[Shape] = &[
    Path("M40 20v160h270", "i-line"),
    Label(48, 30, l::MOOD_BETTER, "i-text i-start i-muted"),
    Label(48, 172, l::MOOD_WORSE, "i-text i-start i-muted"),
    Path("M40 100h270", "i-line i-dashed i-muted"),
    Label(290, 120, l::USUAL, "i-text i-muted"),
    Path(
        "M64 100C96 100 100 142 132 142S184 100 212 100S262 76 286 72",
        "i-emo-line i-signal",
    ),
    Circle(64, 100, 6, "i-line i-emo"),
    Circle(132, 142, 6, "i-line i-emo"),
    Circle(212, 100, 6, "i-line i-emo"),
    Circle(286, 72, 6, "i-line i-emo"),
    Label(64, 204, l::BEFORE, "i-text"),
    Label(132, 204, l::JUST_AFTER, "i-text"),
    Label(212, 204, l::MIN_20, "i-text"),
    Label(286, 204, l::MIN_90, "i-text"),
];

/// Two people facing each other, a tear, a link between them, a box of tissues.
const THERAPY: &[Shape] = &[
    Path("M20 186h280", "i-line i-muted"),
    Circle(84, 76, 24, "i-line i-soft"),
    Path("M42 186q0-76 42-76q42 0 42 76z", "i-line i-emo"),
    Drop(96, 68, "i-line i-emo i-grow"),
    Circle(236, 76, 24, "i-line i-soft"),
    Path("M194 186q0-76 42-76q42 0 42 76z", "i-line i-basal"),
    Path("M116 52Q160 14 204 52", "i-primary-line i-signal i-dashed"),
    Path("M144 150h32v16h-32zM160 166v20", "i-line i-soft"),
    Path("M152 150q8-14 16 0", "i-line"),
    Label(84, 212, l::YOU, "i-text"),
    Label(236, 212, l::THERAPIST, "i-text"),
];
