//! The reflection cards' words: for each theme, its heading, the evidence for the article's
//! claim and open questions for a counsellor; the sentence about the reader's answers; and
//! the gentle general reflection when every question was skipped.

use crate::content::text::Text;
use crate::record;
use crate::t;

use super::Theme;
use crate::content::evidence::{self, Evidence};

/// The words of one reflection card. What the article says is its evidence note's own
/// claim, so a card can only ever cite the evidence for what it says.
pub struct ThemeText {
    /// The card's heading.
    pub title: Text,
    /// The article's claim the card is about, with its evidence.
    pub evidence: &'static Evidence,
    /// One or two open questions to bring to a counsellor. They assume nothing about the
    /// reader: the same for every answer.
    pub prompts: &'static [Text],
}

/// The card text for a theme.
pub fn theme(theme: Theme) -> &'static ThemeText {
    &CARDS[theme as usize]
}

/// The cards, one per theme, in the order the themes are declared (that of [`Theme::ALL`];
/// a test checks each card's evidence against its theme). One table, as the questions are.
const CARDS: [ThemeText; Theme::ALL.len()] = [
    record!(ThemeText {
        title: "Holding tears back",
        evidence: &evidence::HOLDING_BACK,
        prompts: [
            "How do I feel about holding tears back, or letting them come?",
            "Where did my ideas about crying come from?",
        ],
    }),
    record!(ThemeText {
        title: "Saying sorry for tears",
        evidence: &evidence::NOT_WEAKNESS,
        prompts: [
            "How do I feel when I cry in front of someone?",
            "What would it be like to cry and not say sorry?",
        ],
    }),
    record!(ThemeText {
        title: "Crying and relief",
        evidence: &evidence::MOOD,
        prompts: [
            "What makes the difference between a cry that helps and one that doesn't?",
            "Who or what helps me when I am upset?",
        ],
    }),
    record!(ThemeText {
        title: "Tears and knowing why",
        evidence: &evidence::BODY_KNOWS,
        prompts: [
            "Have my tears ever come before I knew why? What was going on?",
            "What might my tears say to me, or to the people around me?",
        ],
    }),
    record!(ThemeText {
        title: "Crying in therapy",
        evidence: &evidence::BOND,
        prompts: [
            "Can I tell my counsellor how I feel about crying in front of them?",
            "What would help me feel at ease in a session, with or without tears?",
        ],
    }),
];

/// The sentence about the reader on a card, which says only what follows from their
/// answers on its theme: they chose answers (shown above it, in their words) ...
pub const TOLD_CHOSE: Text = t!("Any answer is fine. None of them is a problem.");
/// ... they chose only "I'd rather not say" ...
pub const TOLD_RATHER_NOT: Text = t!("You chose not to say, and that's fine.");
/// ... or they gave no answer on it.
pub const TOLD_NOTHING: Text = t!(
    "You did not answer the questions on this, and that's fine. \
     Some people find this part of the article useful."
);

/// The gentle general reflection when every question was skipped.
pub const GENERAL_TITLE: Text = t!("A gentle thought");
pub const GENERAL_TEXT: &[Text] =
    &[
        t!("You chose not to answer, and that is completely fine. Some things are easier to think \
            about than to put into words."),
        t!(
            "Crying is common and normal, and so is not crying. If tears come, in a session or \
             anywhere else, you do not need to explain or say sorry for them."
        ),
    ];
pub const GENERAL_PROMPTS: &[Text] = &[
    t!("What is it like for me to think about crying at all?"),
    t!("Is there anything about tears I would like to talk about, when I feel ready?"),
];
