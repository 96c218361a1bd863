//! Words for the tears walkthrough: each step's text and claims, the illustrations'
//! titles, descriptions and labels, the comparison table and the controls.

use crate::content::text::Text;
use crate::t;

use crate::content::evidence::{self as ev, Evidence};
use crate::model::walkthrough::STEP_COUNT;

/// A piece of a step's body: plain text, or a claim shown with its evidence note.
pub enum Block {
    Plain(Text),
    Claim(Text, &'static Evidence),
}

// Records of words, shaped like tear_figures.rs's `Choice` and `Explorable` (a few
// `&'static` fields each) but holding different things: nothing to share.

/// An illustration's words: read by screen readers, and (for charts) shown as text.
#[derive(PartialEq)]
pub struct Figure {
    pub title: Text,
    pub desc: Text,
    /// A chart's data as text, shown under it; empty for pictures.
    pub data: &'static [Text],
}

/// One step of the walkthrough.
pub struct Step {
    /// The step's heading.
    pub title: Text,
    /// A short name for the step's dot button.
    pub short: Text,
    pub blocks: &'static [Block],
    pub figure: Figure,
}

use Block::{Claim, Plain};

/// The steps, in story order.
pub const STEPS: [Step; STEP_COUNT as usize] = [
    Step {
        title: t!("Three kinds of tears"),
        short: t!("Three kinds"),
        blocks: &[
            Plain(t!("Your eyes make tears all day, every day. But not all tears are the same.")),
            Claim(
                t!("Scientists name three kinds, and each one has its own job. Basal tears keep \
                 your eyes wet and clean all the time. Reflex tears rush in to wash out dust or \
                 onion fumes. Emotional tears come with strong feelings, like sadness, relief or joy."),
                &ev::KINDS_DIFFER,
            ),
            Plain(t!("All three come from the lacrimal gland: the tear gland above the outer corner \
                  of each eye. Tears spread across the eye, then drain away through tiny ducts \
                  near your nose. That is why your nose runs when you cry.")),
        ],
        figure: Figure {
            title: t!("An eye and its tear gland"),
            desc: t!("A drawing of an eye. The tear gland sits above its outer corner, with small \
                   tubes leading down to the eye. A thin film of tears lies along the lower lid. \
                   At the inner corner, a tear duct drains tears towards the nose. Below, three \
                   drops stand for basal, reflex and emotional tears, each in its own colour."),
            data: &[],
        },
    },
    Step {
        title: t!("Reflex tears: washing the eye"),
        short: t!("Reflex tears"),
        blocks: &[
            Plain(t!("Chop an onion and your eyes soon sting. The onion gives off a gas that \
                  bothers the front of your eye.")),
            Claim(
                t!("A nerve in your eye notices straight away. It sends a quick message, and \
                 the tear gland answers with a rush of tears. The tears wash the eye clean."),
                &ev::REFLEX_PATH,
            ),
            Plain(t!("You do not choose to do this. It happens by itself, like blinking.")),
        ],
        figure: Figure {
            title: t!("From onion to tears"),
            desc: t!("An onion gives off a stinging gas. A message travels from the eye along a \
                   nerve to the tear gland, and a reflex tear forms to wash the eye."),
            data: &[],
        },
    },
    Step {
        title: t!("Emotional tears: from feeling to tear"),
        short: t!("Emotional tears"),
        blocks: &[
            Plain(t!("Emotional tears start somewhere else: with a feeling. It might be sadness, \
                  worry, relief or even joy.")),
            Claim(
                t!("Deep in your brain are areas that handle feelings. When a feeling is strong, \
                 they send a message down to the base of the brain. From there a nerve carries it \
                 to the tear gland, and tears form. This is the best account so far, but it is \
                 not settled."),
                &ev::EMOTIONAL_PATH,
            ),
            Plain(t!("That is why tears can come even when there is nothing in your eye.")),
        ],
        figure: Figure {
            title: t!("From feeling to tears"),
            desc: t!("A heart stands for a feeling. A message travels from it to the feeling \
                   centres of the brain, then along the nerve to the tear gland, and an emotional \
                   tear forms."),
            data: &[],
        },
    },
    Step {
        title: t!("What is in your tears"),
        short: t!("What is in them"),
        blocks: &[
            Plain(t!("All tears are mostly water, with a little salt and some proteins that help \
                  protect your eyes.")),
            Claim(
                t!("The article says emotional tears are made differently from onion tears. One \
                 small study found about a quarter more protein in emotional tears."),
                &ev::CONTENT_DIFFERS,
            ),
            Claim(
                t!("The article also says emotional tears carry more stress hormones, such as ACTH, \
                 and leu-enkephalin, a natural painkiller. This has not yet been checked side \
                 by side."),
                &ev::STRESS_HORMONES,
            ),
        ],
        figure: Figure {
            title: t!("What is in reflex and emotional tears"),
            desc: t!("A bar chart comparing reflex and emotional tears. For protein, the emotional \
                   bar is about a quarter longer than the reflex bar. For ACTH, a stress hormone, \
                   and leu-enkephalin the bars are dotted outlines with question marks, because no study has \
                   measured them side by side."),
            data: &[
                t!("Protein: reflex tears 100 (our starting point), emotional tears about 124. \
                 That is about a quarter more, from one study in 1981."),
                t!("ACTH, a stress hormone: not yet measured side by side."),
                t!("Leu-enkephalin, a natural painkiller: not yet measured side by side."),
            ],
        },
    },
    Step {
        title: t!("What crying can do"),
        short: t!("What crying does"),
        blocks: &[
            Plain(t!("Some people feel better after a cry, and some do not. Here is what the \
                  article says, and how sure we can be.")),
            Claim(
                t!("Release and relief: the article says crying lets stress hormones and toxins \
                 out of the body, and that this is why it brings relief."),
                &ev::TOXINS_RELEASED,
            ),
            Claim(
                t!("Mood: the article says crying lifts mood. Studies find it varies. On average, \
                 mood was better after about one cry in three, the same after most, and worse \
                 after a few."),
                &ev::MOOD,
            ),
            Claim(t!("Soothing: crying may help the body settle."), &ev::SOOTHING),
            Claim(
                t!("A signal: tears show the people around you that you may need support, and \
                 they often draw comfort."),
                &ev::SIGNAL,
            ),
        ],
        figure: Figure {
            title: t!("Mood after crying, on average, in one lab study"),
            desc: t!("A line chart of the average mood of people in one lab study, who cried at a \
                   sad film. Just after crying, the line dips below the mood before. About 20 \
                   minutes later it is level with it. About 90 minutes later it is a little \
                   above. People differ: this is an average, not what happens to each person."),
            data: &[
                t!("One lab study, on average. Before crying: the dashed line."),
                t!("Just after crying: a little lower."),
                t!("About 20 minutes later: about the same as before."),
                t!("About 90 minutes later: a little better than before."),
                t!("In daily life, another study found mood better after about one cry in three, \
                 the same after most, and worse after a few."),
            ],
        },
    },
    Step {
        title: t!("Crying in the therapy room"),
        short: t!("In therapy"),
        blocks: &[
            Plain(t!("Some people cry in a counselling session and feel awkward, or want to say \
                  sorry. There is no need to. Tears are welcome. Not crying is fine too: \
                  therapy works without tears.")),
            Claim(
                t!("Tears show the people around us that we may need support, and they often \
                 respond with care."),
                &ev::SIGNAL,
            ),
            Claim(
                t!("The article says that crying in front of your therapist shows trust, and can \
                 make the bond between you stronger."),
                &ev::BOND,
            ),
            Claim(
                t!("The article also says your therapist becomes \"a compassionate witness\" to \
                 what you go through."),
                &ev::WITNESS,
            ),
            Claim(
                t!("Crying is not a sign of weakness. It is common and normal, though some people \
                 rarely or never cry. Therapists see tears as a natural response to hard things."),
                &ev::NOT_WEAKNESS,
            ),
        ],
        figure: Figure {
            title: t!("Two people in a therapy room"),
            desc: t!("Two people sit facing each other. One has a tear on their cheek. A gentle \
                   curve links the two of them. A box of tissues sits on a small table between them."),
            data: &[],
        },
    },
];

/// Labels drawn inside the illustrations.
pub mod label {
    use crate::content::text::Text;
    use crate::t;

    pub const TEAR_GLAND: Text = t!("Tear gland");
    pub const TEAR_DUCT: Text = t!("Tear duct");
    pub const BASAL: Text = t!("Basal");
    pub const REFLEX: Text = t!("Reflex");
    pub const EMOTIONAL: Text = t!("Emotional");
    pub const ONION: Text = t!("Onion");
    pub const NERVE: Text = t!("Nerve");
    pub const FEELING: Text = t!("Feeling");
    pub const BRAIN: Text = t!("Feeling centres");
    pub const GLAND_NERVE: Text = t!("Gland nerve");
    pub const PROTEIN: Text = t!("Protein");
    pub const ACTH: Text = t!("ACTH");
    pub const LEU_ENK: Text = t!("Leu-enkephalin");
    pub const NOT_COMPARED: Text = t!("? not compared");
    pub const REFLEX_VALUE: Text = t!("100");
    pub const EMOTIONAL_VALUE: Text = t!("about 124");
    pub const MOOD_BETTER: Text = t!("Better");
    pub const MOOD_WORSE: Text = t!("Worse");
    pub const USUAL: Text = t!("before");
    pub const BEFORE: Text = t!("Before");
    pub const JUST_AFTER: Text = t!("Just after");
    pub const MIN_20: Text = t!("20 min");
    pub const MIN_90: Text = t!("90 min");
    pub const YOU: Text = t!("You");
    pub const THERAPIST: Text = t!("Therapist");
    // The explorable figures' labels.
    pub const ALL_DAY: Text = t!("All day");
    pub const DUST: Text = t!("Dust or gas");
    pub const STRONG_FEELING: Text = t!("A strong feeling");
    pub const ONION_GAS: Text = t!("Onion gas");
    pub const SURFACE_NERVE: Text = t!("Surface nerve");
    pub const BRAINSTEM: Text = t!("Brainstem");
    pub const SADNESS: Text = t!("Sadness");
    pub const RELIEF: Text = t!("Relief");
    pub const JOY: Text = t!("Joy");
    pub const MEASURED: Text = t!("measured in 1981");
    pub const ARTICLE_SAYS_MORE: Text = t!("Article says: more");
    pub const HELD_IN: Text = t!("Held in");
    pub const SUPPORT: Text = t!("Support");
}

/// Heading over a chart's data as text.
pub const CHART_DATA: Text = t!("The chart in words");

/// "Step 3 of 6".
pub fn progress(step: u8) -> String {
    format!("Step {step} of {STEP_COUNT}")
}

/// A dot button's accessible name.
pub fn dot_label(step: u8) -> String {
    format!("Step {step}: {}", step_text(step).short)
}

/// The words for a 1-based step (clamped, so any number is safe).
pub fn step_text(step: u8) -> &'static Step {
    let i = usize::from(step.clamp(1, STEP_COUNT)) - 1;
    &STEPS[i]
}

// One constant per phrase, the shape of the labels above: alike in form, not in words.
pub const NEXT: Text = t!("Next");
pub const BACK: Text = t!("Back");
pub const STEPS_LABEL: Text = t!("Walkthrough steps");
pub const HINT: Text = t!("Swipe, or use the left and right arrow keys, to move between steps.");
pub const COMPARE_LINK: Text = t!("Compare emotional and reflex tears side by side");
/// The last step's way forward.
pub const ON_TO_FLOW: Text = t!("On to: when feelings get stuck");

/// "Back to step 3".
pub fn back_to_step(step: u8) -> String {
    format!("Back to step {step}")
}

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
pub const EMOTIONAL_TEARS: Text = t!("Emotional tears");
pub const REFLEX_TEARS: Text = t!("Reflex tears");

/// The comparison's rows, in reading order.
// Every row has the same shape on purpose: it is a table, read across.
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_text_a_claim_and_a_described_figure() {
        for step in &STEPS {
            assert!(!step.title.is_empty() && !step.short.is_empty());
            assert!(step.blocks.iter().any(|b| matches!(b, Block::Claim(..))));
            assert!(!step.figure.title.is_empty() && !step.figure.desc.is_empty());
        }
    }

    #[test]
    fn the_steps_name_what_the_issue_asks_for() {
        let all: String = STEPS
            .iter()
            .flat_map(|s| s.blocks.iter())
            .map(|b| match b {
                Block::Plain(t) | Block::Claim(t, _) => t.words(),
            })
            .collect();
        for word in [
            "ACTH",
            "leu-enkephalin",
            "compassionate witness",
            "Not crying is fine too",
            "trust",
            "weakness",
        ] {
            assert!(all.contains(word), "{word}");
        }
    }

    #[test]
    fn step_text_is_total() {
        assert_eq!(step_text(0).title, STEPS[0].title);
        assert_eq!(step_text(255).title, STEPS[5].title);
        assert_eq!(progress(3), "Step 3 of 6");
    }
}
