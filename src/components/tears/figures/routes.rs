//! The routes a message takes to the tear gland, on one map of the head from the side
//! (steps 2 and 3, and the comparison): the eye's surface nerve or the feeling centres
//! to the brainstem, then one nerve to the gland. Reflex messages
//! travel at the quick pace (`i-q*`), emotional ones at the slow pace (`i-s*`).

use super::shapes::Drawing;
use super::shapes::Shape::{self, Circle, Drop, Eye, Gland, Label, Path, Route};
use crate::content::tears::label as l;

/// From the eye's surface to the brainstem.
const EYE_NERVE: &str = "M224 180C200 200 160 200 138 164";
/// From the feeling centres to the brainstem.
const FEELING_NERVE: &str = "M108 80C112 90 120 96 124 104";
/// The nerve from the brainstem to the gland.
const GLAND_NERVE: &str = "M138 124C190 122 240 118 281 110";
/// The same nerve's emotional message, drawn just beside the reflex one so both show.
const GLAND_NERVE_BESIDE: &str = "M138 132C190 130 240 126 283 118";

/// The map every route is drawn on.
const MAP: &[Shape] = &[
    Path(
        "M36 104C10 84 14 30 62 20C96 4 158 6 184 34C204 56 196 92 170 104z",
        "i-line i-soft",
    ),
    Path("M112 102q-6 36 4 68h22q-8-34 0-68z", "i-line i-soft"),
    Circle(104, 66, 14, "i-line i-iris"),
    Label(104, 44, l::BRAIN, "i-text"),
    Label(60, 150, l::BRAINSTEM, "i-text"),
    Eye(262, 170),
    Gland(296, 112),
    Label(268, 88, l::TEAR_GLAND, "i-text"),
    Path(GLAND_NERVE, "i-line i-muted"),
    Path(EYE_NERVE, "i-line i-muted"),
    Path(FEELING_NERVE, "i-line i-muted"),
    Label(200, 146, l::GLAND_NERVE, "i-text"),
    Label(150, 214, l::SURFACE_NERVE, "i-text"),
];

/// The feeling centres lit: where emotional tears start.
const FEELING_CENTRES: Shape = Circle(104, 66, 14, "i-line i-emo i-grow");

/// Onion gas rising to the eye's outer corner.
const GAS: Shape = Path(
    "M284 196q5-6 10 0t10 0t10 0M291 187q5-6 10 0t10 0",
    "i-line i-muted i-grow",
);
/// The reflex message: from the eye's surface to the brainstem, then to the gland.
const REFLEX_MESSAGE: [Shape; 2] = [
    Route(EYE_NERVE, "i-reflex-line i-thick i-run"),
    Route(GLAND_NERVE, "i-reflex-line i-thick i-run i-q1"),
];

/// Both messages set off at once, each at its own pace, to one gland: the reflex one
/// first, then the emotional one.
const BOTH: [Shape; 8] = [
    GAS,
    REFLEX_MESSAGE[0],
    REFLEX_MESSAGE[1],
    Drop(238, 190, "i-line i-reflex i-grow i-q2"),
    FEELING_CENTRES,
    Route(FEELING_NERVE, "i-emo-line i-thick i-run i-slow"),
    Route(GLAND_NERVE_BESIDE, "i-emo-line i-thick i-run i-s1"),
    Drop(262, 192, "i-line i-emo i-grow i-s2"),
];

/// Step 2: "Chop the onion": onion gas, named, then the reflex route alone. Its tear
/// hangs further in than the comparison's, to leave the name room beside it (there, the
/// emotional tear hangs where the name would go, so the gas goes unnamed).
pub const REFLEX: Drawing = Drawing {
    base: MAP,
    states: &[
        &[],
        &[
            GAS,
            Label(318, 214, l::ONION_GAS, "i-text i-end"),
            REFLEX_MESSAGE[0],
            REFLEX_MESSAGE[1],
            Drop(226, 190, "i-line i-reflex i-grow i-q2"),
        ],
    ],
};

/// One feeling's message: the feeling named, then the slow route to a tear.
macro_rules! feeling {
    ($name:expr) => {
        &[
            FEELING_CENTRES,
            Label(123, 76, $name, "i-text i-start i-strong"),
            Route(FEELING_NERVE, "i-emo-line i-thick i-run i-slow"),
            Route(GLAND_NERVE, "i-emo-line i-thick i-run i-s1"),
            Drop(250, 192, "i-line i-emo i-grow i-s2"),
        ]
    };
}

/// Step 3: sadness, relief or joy, each by the same route.
pub const EMOTIONAL: Drawing = Drawing {
    base: MAP,
    states: &[
        // At rest nothing is lit: the feeling centres light up when a feeling is chosen,
        // as the figure's description says.
        &[],
        feeling!(l::SADNESS),
        feeling!(l::RELIEF),
        feeling!(l::JOY),
    ],
};

/// The comparison: one press sets off both.
pub const BOTH_ROUTES: Drawing = Drawing {
    base: MAP,
    states: &[&[], &BOTH],
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Step 2: the squiggles by the eye are named, so a reader who sees them knows what
    /// they are (the caption says "Onion gas stings the eye"; the picture now does too).
    #[test]
    fn the_onion_gas_is_named_when_the_onion_is_chopped() {
        let named =
            |shape: &Shape| matches!(shape, Label(_, _, words, _) if *words == l::ONION_GAS);
        let gas = |shape: &Shape| *shape == GAS;
        let chopped = REFLEX.state(Some(0));
        assert!(chopped.iter().any(named) && chopped.iter().any(gas));
        assert!(
            !REFLEX.state(None).iter().any(|s| named(s) || gas(s)),
            "nothing at rest"
        );
    }
}
