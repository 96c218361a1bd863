//! Words for the tears walkthrough: each step's text and claims, the illustrations'
//! titles, descriptions and labels, the comparison table and the controls.

use crate::content::evidence::{self as ev, Evidence};
use crate::model::walkthrough::STEP_COUNT;

/// A piece of a step's body: plain text, or a claim shown with its evidence note.
pub enum Block {
    Text(&'static str),
    Claim(&'static str, &'static Evidence),
}

// Records of words, shaped like tear_figures.rs's `Choice` and `Explorable` (a few
// `&'static` fields each) but holding different things: nothing to share.

/// An illustration's words: read by screen readers, and (for charts) shown as text.
#[derive(PartialEq)]
pub struct Figure {
    pub title: &'static str,
    pub desc: &'static str,
    /// A chart's data as text, shown under it; empty for pictures.
    pub data: &'static [&'static str],
}

/// One step of the walkthrough.
pub struct Step {
    /// The step's heading.
    pub title: &'static str,
    /// A short name for the step's dot button.
    pub short: &'static str,
    pub blocks: &'static [Block],
    pub figure: Figure,
}

use Block::{Claim, Text};

/// The steps, in story order.
pub const STEPS: [Step; STEP_COUNT as usize] = [
    Step {
        title: "Three kinds of tears",
        short: "Three kinds",
        blocks: &[
            Text("Your eyes make tears all day, every day. But not all tears are the same."),
            Claim(
                "Scientists name three kinds, and each one has its own job. Basal tears keep \
                 your eyes wet and clean all the time. Reflex tears rush in to wash out dust or \
                 onion fumes. Emotional tears come with strong feelings, like sadness, relief or joy.",
                &ev::KINDS_DIFFER,
            ),
            Text("All three come from the lacrimal gland: the tear gland above the outer corner \
                  of each eye. Tears spread across the eye, then drain away through tiny ducts \
                  near your nose. That is why your nose runs when you cry."),
        ],
        figure: Figure {
            title: "An eye and its tear gland",
            desc: "A drawing of an eye. The tear gland sits above its outer corner, with small \
                   tubes leading down to the eye. A thin film of tears lies along the lower lid. \
                   At the inner corner, a tear duct drains tears towards the nose. Below, three \
                   drops stand for basal, reflex and emotional tears, each in its own colour.",
            data: &[],
        },
    },
    Step {
        title: "Reflex tears: washing the eye",
        short: "Reflex tears",
        blocks: &[
            Text("Chop an onion and your eyes soon sting. The onion gives off a gas that \
                  bothers the front of your eye."),
            Claim(
                "A nerve in your eye notices straight away. It sends a quick message, and \
                 the tear gland answers with a rush of tears. The tears wash the eye clean.",
                &ev::REFLEX_PATH,
            ),
            Text("You do not choose to do this. It happens by itself, like blinking."),
        ],
        figure: Figure {
            title: "From onion to tears",
            desc: "An onion gives off a stinging gas. A message travels from the eye along a \
                   nerve to the tear gland, and a reflex tear forms to wash the eye.",
            data: &[],
        },
    },
    Step {
        title: "Emotional tears: from feeling to tear",
        short: "Emotional tears",
        blocks: &[
            Text("Emotional tears start somewhere else: with a feeling. It might be sadness, \
                  worry, relief or even joy."),
            Claim(
                "Deep in your brain are areas that handle feelings. When a feeling is strong, \
                 they send a message down to the base of the brain. From there a nerve carries it \
                 to the tear gland, and tears form. This is the best account so far, but it is \
                 not settled.",
                &ev::EMOTIONAL_PATH,
            ),
            Text("That is why tears can come even when there is nothing in your eye."),
        ],
        figure: Figure {
            title: "From feeling to tears",
            desc: "A heart stands for a feeling. A message travels from it to the feeling \
                   centres of the brain, then along the nerve to the tear gland, and an emotional \
                   tear forms.",
            data: &[],
        },
    },
    Step {
        title: "What is in your tears",
        short: "What is in them",
        blocks: &[
            Text("All tears are mostly water, with a little salt and some proteins that help \
                  protect your eyes."),
            Claim(
                "The article says emotional tears are made differently from onion tears. One \
                 small study found about a quarter more protein in emotional tears.",
                &ev::CONTENT_DIFFERS,
            ),
            Claim(
                "The article also says emotional tears carry more stress hormones, such as ACTH, \
                 and leu-enkephalin, a natural painkiller. This has not yet been checked side \
                 by side.",
                &ev::STRESS_HORMONES,
            ),
        ],
        figure: Figure {
            title: "What is in reflex and emotional tears",
            desc: "A bar chart comparing reflex and emotional tears. For protein, the emotional \
                   bar is about a quarter longer than the reflex bar. For ACTH, a stress hormone, \
                   and leu-enkephalin the bars are dotted outlines with question marks, because no study has \
                   measured them side by side.",
            data: &[
                "Protein: reflex tears 100 (our starting point), emotional tears about 124. \
                 That is about a quarter more, from one study in 1981.",
                "ACTH, a stress hormone: not yet measured side by side.",
                "Leu-enkephalin, a natural painkiller: not yet measured side by side.",
            ],
        },
    },
    Step {
        title: "What crying can do",
        short: "What crying does",
        blocks: &[
            Text("Some people feel better after a cry, and some do not. Here is what the \
                  article says, and how sure we can be."),
            Claim(
                "Release and relief: the article says crying lets stress hormones and toxins \
                 out of the body, and that this is why it brings relief.",
                &ev::TOXINS_RELEASED,
            ),
            Claim(
                "Mood: the article says crying lifts mood. Studies find it varies. On average, \
                 mood was better after about one cry in three, the same after most, and worse \
                 after a few.",
                &ev::MOOD,
            ),
            Claim("Soothing: crying may help the body settle.", &ev::SOOTHING),
            Claim(
                "A signal: tears show the people around you that you may need support, and \
                 they often draw comfort.",
                &ev::SIGNAL,
            ),
        ],
        figure: Figure {
            title: "Mood after crying, on average, in one lab study",
            desc: "A line chart of the average mood of people in one lab study, who cried at a \
                   sad film. Just after crying, the line dips below the mood before. About 20 \
                   minutes later it is level with it. About 90 minutes later it is a little \
                   above. People differ: this is an average, not what happens to each person.",
            data: &[
                "One lab study, on average. Before crying: the dashed line.",
                "Just after crying: a little lower.",
                "About 20 minutes later: about the same as before.",
                "About 90 minutes later: a little better than before.",
                "In daily life, another study found mood better after about one cry in three, \
                 the same after most, and worse after a few.",
            ],
        },
    },
    Step {
        title: "Crying in the therapy room",
        short: "In therapy",
        blocks: &[
            Text("Some people cry in a counselling session and feel awkward, or want to say \
                  sorry. There is no need to. Tears are welcome. Not crying is fine too: \
                  therapy works without tears."),
            Claim(
                "Tears show the people around us that we may need support, and they often \
                 respond with care.",
                &ev::SIGNAL,
            ),
            Claim(
                "The article says that crying in front of your therapist shows trust, and can \
                 make the bond between you stronger.",
                &ev::BOND,
            ),
            Claim(
                "The article also says your therapist becomes \"a compassionate witness\" to \
                 what you go through.",
                &ev::WITNESS,
            ),
            Claim(
                "Crying is not a sign of weakness. It is common and normal, though some people \
                 rarely or never cry. Therapists see tears as a natural response to hard things.",
                &ev::NOT_WEAKNESS,
            ),
        ],
        figure: Figure {
            title: "Two people in a therapy room",
            desc: "Two people sit facing each other. One has a tear on their cheek. A gentle \
                   curve links the two of them. A box of tissues sits on a small table between them.",
            data: &[],
        },
    },
];

/// Labels drawn inside the illustrations.
pub mod label {
    pub const TEAR_GLAND: &str = "Tear gland";
    pub const TEAR_DUCT: &str = "Tear duct";
    pub const BASAL: &str = "Basal";
    pub const REFLEX: &str = "Reflex";
    pub const EMOTIONAL: &str = "Emotional";
    pub const ONION: &str = "Onion";
    pub const NERVE: &str = "Nerve";
    pub const FEELING: &str = "Feeling";
    pub const BRAIN: &str = "Feeling centres";
    pub const GLAND_NERVE: &str = "Gland nerve";
    pub const PROTEIN: &str = "Protein";
    pub const ACTH: &str = "ACTH";
    pub const LEU_ENK: &str = "Leu-enkephalin";
    pub const NOT_COMPARED: &str = "? not compared";
    pub const REFLEX_VALUE: &str = "100";
    pub const EMOTIONAL_VALUE: &str = "about 124";
    pub const MOOD_BETTER: &str = "Better";
    pub const MOOD_WORSE: &str = "Worse";
    pub const USUAL: &str = "before";
    pub const BEFORE: &str = "Before";
    pub const JUST_AFTER: &str = "Just after";
    pub const MIN_20: &str = "20 min";
    pub const MIN_90: &str = "90 min";
    pub const YOU: &str = "You";
    pub const THERAPIST: &str = "Therapist";
    // The explorable figures' labels.
    pub const ALL_DAY: &str = "All day";
    pub const DUST: &str = "Dust or gas";
    pub const STRONG_FEELING: &str = "A strong feeling";
    pub const ONION_GAS: &str = "Onion gas";
    pub const SURFACE_NERVE: &str = "Surface nerve";
    pub const BRAINSTEM: &str = "Brainstem";
    pub const SADNESS: &str = "Sadness";
    pub const RELIEF: &str = "Relief";
    pub const JOY: &str = "Joy";
    pub const MEASURED: &str = "measured in 1981";
    pub const ARTICLE_SAYS_MORE: &str = "Article says: more";
    pub const HELD_IN: &str = "Held in";
    pub const SUPPORT: &str = "Support";
}

/// Heading over a chart's data as text.
pub const CHART_DATA: &str = "The chart in words";

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
pub const NEXT: &str = "Next";
pub const BACK: &str = "Back";
pub const STEPS_LABEL: &str = "Walkthrough steps";
pub const HINT: &str = "Swipe, or use the left and right arrow keys, to move between steps.";
pub const COMPARE_LINK: &str = "Compare emotional and reflex tears side by side";
/// The last step's way forward.
pub const ON_TO_FLOW: &str = "On to: when feelings get stuck";

/// "Back to step 3".
pub fn back_to_step(step: u8) -> String {
    format!("Back to step {step}")
}

/// One row of the comparison: an aspect, and what is true for each kind of tear.
pub struct CompareRow {
    pub aspect: &'static str,
    pub emotional: Cell,
    pub reflex: Cell,
}

/// One cell of the comparison, with the evidence for what it says.
pub struct Cell {
    pub text: &'static str,
    pub notes: &'static [&'static Evidence],
}

pub const COMPARE_TITLE: &str = "Emotional and reflex tears, side by side";
pub const COMPARE_INTRO: &str = "Both kinds come from the same tear gland. What sets them off, \
    and what they are for, are quite different.";
pub const COMPARE_CAPTION: &str = "How emotional and reflex tears compare";
pub const ASPECT: &str = "Aspect";
pub const EMOTIONAL_TEARS: &str = "Emotional tears";
pub const REFLEX_TEARS: &str = "Reflex tears";

/// The comparison's rows, in reading order.
// Every row has the same shape on purpose: it is a table, read across.
pub const COMPARE_ROWS: &[CompareRow] = &[
    CompareRow {
        aspect: "Trigger",
        emotional: Cell {
            text: "A strong feeling: sadness, worry, relief or joy.",
            notes: &[],
        },
        reflex: Cell {
            text: "Something that bothers the eye: onion gas, dust, smoke.",
            notes: &[],
        },
    },
    CompareRow {
        aspect: "Pathway",
        emotional: Cell {
            text: "Feeling centres in the brain, then the brainstem, then the nerve to the tear \
                   gland. The best account so far, not settled.",
            notes: &[&ev::EMOTIONAL_PATH],
        },
        reflex: Cell {
            text: "A nerve in the eye, then a quick reflex, then the tear gland.",
            notes: &[&ev::REFLEX_PATH],
        },
    },
    CompareRow {
        aspect: "Contents",
        emotional: Cell {
            text: "Water, salt and protein; maybe more protein. Said to carry stress hormones \
                   such as ACTH, and leu-enkephalin, a painkiller.",
            notes: &[&ev::CONTENT_DIFFERS, &ev::STRESS_HORMONES],
        },
        reflex: Cell {
            text: "Water, salt and protein that protect the eye.",
            notes: &[],
        },
    },
    CompareRow {
        aspect: "Purpose",
        emotional: Cell {
            text: "A signal to others that we need support; it may also soothe us.",
            notes: &[&ev::SIGNAL],
        },
        reflex: Cell {
            text: "To wash the eye clean and protect it.",
            notes: &[&ev::KINDS_DIFFER],
        },
    },
    CompareRow {
        aspect: "Evidence",
        emotional: Cell {
            text: "The route is the best account so far. What is in them is less certain.",
            notes: &[],
        },
        reflex: Cell {
            text: "Well known and well studied.",
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
                Block::Text(t) | Block::Claim(t, _) => *t,
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
