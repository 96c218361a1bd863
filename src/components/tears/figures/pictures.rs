//! The pictures of steps 1 and 6 (the eye and its tears, the therapy room), and which
//! drawing belongs to which view.

use super::charts::{CONTENTS, MOOD};
use super::routes::{BOTH_ROUTES, EMOTIONAL, REFLEX};
use super::shapes::Shape::{Circle, Drop, Gland, Label, Path, Route};
use super::shapes::{Drawing, Shape};
use crate::content::tears::label as l;
use crate::model::walkthrough::{View, STEP_COUNT};

/// The drawing for a view: a step (clamped) or the comparison.
pub fn drawing(view: View) -> &'static Drawing {
    match view {
        View::Step(n) => DRAWINGS[usize::from(n.clamp(1, STEP_COUNT)) - 1],
        View::Compare => &BOTH_ROUTES,
    }
}

const DRAWINGS: [&Drawing; STEP_COUNT as usize] = [
    &THREE_KINDS,
    &REFLEX,
    &EMOTIONAL,
    &CONTENTS,
    &MOOD,
    &THERAPY,
];

/// An eye with its gland, ducts, tear film and drain; three drops as a key. Choosing a
/// kind shows its tears leaving the gland, where they go, and rings its drop.
const THREE_KINDS: Drawing = Drawing {
    base: &[
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
    ],
    states: &[
        &[],
        &[
            Route(
                "M226 56Q196 104 150 118T74 100",
                "i-basal-line i-thick i-run",
            ),
            Route("M68 96q-4 16 2 30", "i-basal-line i-thick i-run i-q1"),
            Label(64, 40, l::ALL_DAY, "i-text"),
            Circle(70, 180, 19, "i-basal-line i-thick i-grow"),
        ],
        &[
            Path("M110 72h0M122 80h0M106 86h0", "i-line i-dots"),
            Route("M222 56Q212 90 200 106", "i-reflex-line i-thick i-run"),
            Route("M238 58Q238 92 222 106", "i-reflex-line i-thick i-run"),
            Drop(208, 112, "i-line i-reflex i-grow i-q1"),
            Label(64, 40, l::DUST, "i-text"),
            Circle(160, 180, 19, "i-reflex-line i-thick i-grow"),
        ],
        &[
            Route("M226 56Q200 96 176 110", "i-emo-line i-thick i-run"),
            Drop(120, 116, "i-line i-emo i-grow i-q1"),
            Label(64, 40, l::STRONG_FEELING, "i-text"),
            Circle(250, 180, 19, "i-emo-line i-thick i-grow"),
        ],
    ],
};

/// The link between you and your therapist: quiet at rest, lit once the reader chooses.
const LINK: &str = "M116 52Q160 14 204 52";
/// Your mouth: the face shows only once you choose what happens in the session.
const MOUTH: &str = "M74 90h14";
/// Your open eye, in the same place in each of the face's states.
const fn eye(class: &'static str) -> Shape {
    Circle(96, 72, 4, class)
}

/// Two people facing each other, a box of tissues between them. Held-back tears stay in
/// the eye; tears let out fall; with no tears the person talks. The link between them
/// lights in every state, so the picture never says that support comes only to those
/// who let tears out.
const THERAPY: Drawing = Drawing {
    base: &[
        Path("M20 186h280", "i-line i-muted"),
        Circle(84, 76, 24, "i-line i-soft"),
        Path("M42 186q0-76 42-76q42 0 42 76z", "i-line i-emo"),
        Circle(236, 76, 24, "i-line i-soft"),
        Path("M194 186q0-76 42-76q42 0 42 76z", "i-line i-basal"),
        // A low table, and on it a box of tissues with one tissue showing.
        Path("M136 166h48M142 166v20M178 166v20", "i-line i-soft"),
        Path("M148 152h24v14h-24z", "i-line i-soft"),
        Path("M154 152q6-12 12 0", "i-line"),
        Label(84, 212, l::YOU, "i-text"),
        Label(236, 212, l::THERAPIST, "i-text"),
    ],
    states: &[
        &[Path(LINK, "i-line i-muted i-dashed")],
        &[
            eye("i-line i-emo i-grow"),
            Path(MOUTH, "i-line"),
            Label(60, 30, l::HELD_BACK, "i-text"),
            Route(LINK, "i-primary-line i-thick i-run i-q1"),
            Label(160, 24, l::SUPPORT, "i-text i-grow i-q1"),
        ],
        &[
            // The same face as held back; the tear leaves the eye and runs down the cheek.
            eye("i-line"),
            Path(MOUTH, "i-line"),
            Route("M99 77v5", "i-emo-line i-run"),
            Path(
                "M99 82c-3 4-4 6-4 8a4 4 0 0 0 8 0c0-2-1-4-4-8z",
                "i-line i-emo i-grow i-q1",
            ),
            Route(LINK, "i-primary-line i-thick i-run i-q2"),
            Label(160, 24, l::SUPPORT, "i-text i-grow i-q2"),
        ],
        &[
            // No tears: the same face, talking; the link lights up all the same, so the
            // picture never says that support comes only with tears.
            eye("i-line"),
            Path("M74 88q7 6 14 0", "i-line"),
            Path("M112 84l8-4M113 92h9", "i-line i-grow"),
            Route(LINK, "i-primary-line i-thick i-run i-q1"),
            Label(160, 24, l::SUPPORT, "i-text i-grow i-q1"),
        ],
    ],
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::tears::figures::explorable;

    #[test]
    fn every_setting_has_its_own_drawing() {
        for view in (1..=STEP_COUNT).map(View::Step).chain([View::Compare]) {
            let (d, e) = (drawing(view), explorable(view));
            assert_eq!(d.states.len(), e.choices.len() + 1, "{view:?}");
            for n in 0..e.choices.len() as u8 {
                assert!(!d.state(Some(n)).is_empty(), "{view:?} {n}");
                assert!(d.state(Some(n)) != d.state(None), "{view:?} {n}");
            }
            // Out of range falls back to the resting picture.
            assert!(d.state(Some(200)) == d.state(None));
        }
    }

    /// Step 6: whatever the reader chooses (tears held back, let out, or none), the link
    /// to the therapist lights up, so the picture never says support comes only with tears.
    #[test]
    fn in_therapy_support_is_there_whatever_happens_to_the_tears() {
        let view = View::Step(STEP_COUNT);
        let lit = |shape: &Shape| matches!(shape, Route(d, class) if *d == LINK && class.contains("i-primary-line"));
        assert!(!drawing(view).state(None).iter().any(lit), "unlit at rest");
        for n in 0..explorable(view).choices.len() as u8 {
            assert!(drawing(view).state(Some(n)).iter().any(lit), "setting {n}");
        }
    }
}
