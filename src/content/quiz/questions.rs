//! The questions and their answers, each belonging to a theme of the article. Written anew:
//! they draw on published ideas about crying but are not a scale and are never scored.

use crate::content::text::Text;
use crate::t;

use crate::model::quiz::{ANSWER_COUNTS, QUESTION_COUNT};

/// A theme of the article that a reflection card can be about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    HoldingBack,
    Apologising,
    Relief,
    Signal,
    Therapy,
}

impl Theme {
    /// Every theme, in the order cards are shown when nothing else decides.
    pub const ALL: [Theme; 5] = [
        Theme::HoldingBack,
        Theme::Apologising,
        Theme::Relief,
        Theme::Signal,
        Theme::Therapy,
    ];

    /// A stable name for element ids and styling.
    pub fn slug(self) -> &'static str {
        match self {
            Theme::HoldingBack => "holding-back",
            Theme::Apologising => "apologising",
            Theme::Relief => "relief",
            Theme::Signal => "signal",
            Theme::Therapy => "therapy",
        }
    }
}

/// One question: what is asked, its answers, and the theme it belongs to.
pub struct Question {
    /// The question as the reader sees it.
    pub prompt: Text,
    /// The answers, gentlest first. "I'd rather not say" is added after these.
    pub answers: &'static [Text],
    /// The article's theme the question belongs to.
    pub theme: Theme,
    /// A short version of the question for "what you told us" and the text summary.
    pub short: Text,
}

/// The answer every question offers last.
pub const RATHER_NOT_SAY: Text = t!("I'd rather not say");

// Records of one shape: data a writer edits, not repeated logic (see `content`'s module
// comment on the repeated-code scan).
/// The questions, in order.
pub const QUESTIONS: &[Question] = &[
    Question {
        prompt: t!("When you think about crying, which feels closest to you?"),
        answers: &[
            t!("It's a normal part of being human"),
            t!("It's fine for other people, but harder for me"),
            t!("It feels like a sign of weakness"),
            t!("I'm not sure"),
        ],
        theme: Theme::Apologising,
        short: t!("How crying feels to you"),
    },
    Question {
        prompt: t!("When you feel tears coming, how often do you hold them back?"),
        answers: &[
            t!("Hardly ever"),
            t!("Sometimes"),
            t!("Often"),
            t!("Almost always"),
        ],
        theme: Theme::HoldingBack,
        short: t!("How often you hold tears back"),
    },
    Question {
        prompt: t!("When you have held tears back, how did you feel afterwards?"),
        answers: &[
            t!("Fine, it passed"),
            t!("A bit tense or heavy"),
            t!("As if something was still stuck"),
            t!("I don't often hold them back"),
        ],
        theme: Theme::HoldingBack,
        short: t!("How holding back felt"),
    },
    Question {
        prompt: t!("After you have had a good cry, how do you usually feel?"),
        answers: &[
            t!("Lighter or calmer"),
            t!("Tired at first, then better later"),
            t!("Much the same"),
            t!("Worse, or a bit embarrassed"),
        ],
        theme: Theme::Relief,
        short: t!("How you feel after crying"),
    },
    Question {
        prompt: t!("What helps you most when you cry?"),
        answers: &[
            t!("Being with someone kind"),
            t!("Being on my own"),
            t!("Doing something to take my mind off it"),
            t!("I don't know yet"),
        ],
        theme: Theme::Relief,
        short: t!("What helps when you cry"),
    },
    Question {
        prompt: t!("Do your tears ever come before you know what you are feeling?"),
        answers: &[t!("Often"), t!("Sometimes"), t!("Rarely"), t!("Never")],
        theme: Theme::Signal,
        short: t!("Tears that come before you know why"),
    },
    Question {
        prompt: t!("When you cry, how easy is it to tell what the tears are about?"),
        answers: &[
            t!("Usually easy"),
            t!("Sometimes hard"),
            t!("Often hard"),
            t!("I don't cry much, so I'm not sure"),
        ],
        theme: Theme::Signal,
        short: t!("Knowing what tears are about"),
    },
    Question {
        prompt: t!("How do you feel about crying in front of people you trust?"),
        answers: &[
            t!("Mostly comfortable"),
            t!("A bit awkward"),
            t!("Very uncomfortable"),
            t!("I would do almost anything to avoid it"),
        ],
        theme: Theme::HoldingBack,
        short: t!("Crying in front of people you trust"),
    },
    Question {
        prompt: t!("If you cry in front of someone, how often do you say sorry?"),
        answers: &[
            t!("Never"),
            t!("Now and then"),
            t!("Usually"),
            t!("Every time"),
        ],
        theme: Theme::Apologising,
        short: t!("Saying sorry for crying"),
    },
    Question {
        prompt: t!("How would you feel if you cried in a counselling session?"),
        answers: &[
            t!("It would feel OK"),
            t!("Nervous, but I could let it happen"),
            t!("I would try hard not to"),
            t!("I'd worry I was wasting their time"),
        ],
        theme: Theme::Therapy,
        short: t!("Crying in a counselling session"),
    },
];

// The model counts questions and answers without reading these words (it keeps the
// answers and their stored form); the build fails if the words and the counts part.
const _: () = {
    assert!(QUESTIONS.len() == QUESTION_COUNT);
    let mut q = 0;
    while q < QUESTION_COUNT {
        assert!(QUESTIONS[q].answers.len() == ANSWER_COUNTS[q]);
        q += 1;
    }
};
