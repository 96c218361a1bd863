//! Words for "When feelings get stuck": the article's idea in our words, the metaphor
//! label, the controls, the captions and the note shown under reduced motion.

use crate::content::text::Text;
use crate::t;

use crate::content::evidence::{self as ev, Evidence};
use crate::model::flow::{Category, Channel};

/// The label that says plainly what kind of idea this is.
pub const METAPHOR_LABEL: Text = t!("A metaphor from Traditional Chinese Medicine");
/// Says what the label means.
pub const METAPHOR_NOTE: Text = t!(
    "An old way to picture health and feelings, not a fact about the body. No one can \
     measure this energy."
);

/// The article's idea, one paragraph per entry (our words, short quotes attributed).
/// `scripts/words-growth.mjs` finds this by its name and lengthens its first phrase.
pub const INTRO: &[Text] = &[
    t!("The article borrows an idea from Traditional Chinese Medicine (TCM). In it, good health depends \
        on energy, called Qi (say \"chee\"), flowing freely through the body."),
    t!("The author, Natasha Kelly, writes that emotions are \"a form of energy\". In her account, stress \
        and held-back feelings can block the flow, and stuck energy can lead to discomfort. Crying, \
        in her words, is \"a natural release valve\"."),
];

/// How to use the picture (shown only where its controls work).
pub const TRY_IT: Text = t!(
    "Try it: turn up stress and holding back. The throat narrows, the flow \
     crowds and pressure builds. Then open the channel."
);
/// Said beside the picture whether or not its controls work.
pub const ONLY_A_PICTURE: Text =
    t!("This is only a picture: tears are welcome, and not crying is fine too.");

/// The figure's accessible name.
pub const FIGURE_LABEL: Text = t!("A person, with channels for energy to flow through");

pub const STRESS_LABEL: Text = t!("Stress");
pub const HOLDING_LABEL: Text = t!("Holding back");
pub const OPEN_CHANNEL: Text = t!("Open the channel");
pub const PAUSE: Text = t!("Pause");
pub const PLAY: Text = t!("Play");
pub const PRESSURE_LABEL: Text = t!("Pressure");
/// Heading over the controls.
pub const CONTROLS_HEADING: Text = t!("Change the flow");

/// The highest slider value.
pub const LEVEL_MAX: u8 = 10;

/// A slider's visible value, `"4 of 10"`.
pub fn level_text(level: u8) -> String {
    format!("{} of {}", level.min(LEVEL_MAX), LEVEL_MAX)
}

/// The caption for each state of the picture.
pub fn caption(category: Category) -> Text {
    match category {
        Category::Steady => t!("The flow is steady."),
        Category::Building => t!("Pressure can build behind the block."),
        Category::LettingGo => t!("In the picture, tears flow and the pressure eases."),
        Category::Easing => t!("The block is loosening, and the pressure slowly eases."),
        Category::NothingToEase => t!("There is no pressure to ease. The flow is steady."),
    }
}

/// The channel at the throat, said before the caption when the reader changes the
/// picture (a screen reader hears both; the caption alone is shown).
pub fn channel(c: Channel) -> Text {
    match c {
        Channel::Open => t!("The channel is open."),
        Channel::Narrowing => t!("The channel is a little narrow."),
        Channel::Narrow => t!("The channel is narrow."),
    }
}

/// Shown when the reader asks for reduced motion.
pub const REDUCED_MOTION_NOTE: Text = t!(
    "Your device asks for less motion, so the picture stays still. It changes only when you \
     change it."
);

/// Heading over the research notes.
pub const RESEARCH_HEADING: Text = t!("What research says about holding feelings in");

/// The evidence note beside the article's idea.
pub const IDEA_EVIDENCE: &Evidence = &ev::QI_FLOW;
/// Under the research heading, the bridge from the metaphor to the evidence: each
/// paragraph a claim, with its note beside it (holding feelings in, then mood after crying).
pub const RESEARCH: [(Text, &Evidence); 2] = [
    (
        t!(
            "Research looks at a nearby question. In studies where people describe \
            themselves, those who often hold their feelings in tend to feel worse. Studies \
            like these cannot show cause and effect."
        ),
        &ev::HOLDING_BACK,
    ),
    (
        t!(
            "Mood after crying varies too. In one study of daily life, it was better after \
            about one cry in three. It was the same after most, and worse after a few."
        ),
        &ev::MOOD,
    ),
];

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn captions_differ_and_values_read_well() {
        let all = [
            Category::Steady,
            Category::Building,
            Category::LettingGo,
            Category::Easing,
            Category::NothingToEase,
        ]
        .map(caption);
        for (i, a) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|b| a != b));
        }
        assert_eq!(level_text(4), "4 of 10");
        assert_eq!(level_text(200), "10 of 10");
        assert!(METAPHOR_LABEL.contains("Traditional Chinese Medicine"));
    }
}
