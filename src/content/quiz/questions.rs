//! The questions and their answers, each belonging to a theme of the article. Written anew:
//! they draw on published ideas about crying but are not a scale and are never scored.

use crate::content::text::Text;
use crate::record;
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
    /// The answers, gentlest first. Where a question assumes tears, one answer fits a reader
    /// who rarely cries (added last where it came later, so saved answers keep their
    /// meaning). "I'd rather not say" is added after these.
    pub answers: &'static [Text],
    /// The article's theme the question belongs to.
    pub theme: Theme,
    /// A short version of the question for "what you told us" and the text summary.
    pub short: Text,
}

/// The answer every question offers last.
pub const RATHER_NOT_SAY: Text = t!("I'd rather not say");

/// The questions, in order.
pub const QUESTIONS: &[Question] = &[
    record!(Question {
        prompt: "When you think about crying, which feels closest to you?",
        answers: [
            "It's a normal part of being human",
            "It's fine for other people, but harder for me",
            "It feels like a sign of weakness",
            "I'm not sure",
        ],
        theme: Theme::Apologising,
        short: "How crying feels to you",
    }),
    record!(Question {
        prompt: "When you feel tears coming, how often do you hold them back?",
        answers: [
            "Hardly ever",
            "Sometimes",
            "Often",
            "Almost always",
            "I rarely feel tears coming",
        ],
        theme: Theme::HoldingBack,
        short: "How often you hold tears back",
    }),
    record!(Question {
        prompt: "When you have held tears back, how did you feel afterwards?",
        answers: [
            "Fine, it passed",
            "A bit tense or heavy",
            "As if something was still stuck",
            "I don't often hold them back",
        ],
        theme: Theme::HoldingBack,
        short: "How holding back felt",
    }),
    record!(Question {
        prompt: "After you cry, how do you usually feel?",
        answers: [
            "Lighter or calmer",
            "Tired at first, then better later",
            "Much the same, or I rarely cry",
            "Worse, or a bit embarrassed",
        ],
        theme: Theme::Relief,
        short: "How you feel after crying",
    }),
    record!(Question {
        prompt: "What helps you most when you cry?",
        answers: [
            "Being with someone kind",
            "Being on my own",
            "Doing something to take my mind off it",
            "I don't know, or I rarely cry",
        ],
        theme: Theme::Relief,
        short: "What helps when you cry",
    }),
    record!(Question {
        prompt: "Do your tears ever come before you know what you are feeling?",
        answers: ["Often", "Sometimes", "Rarely", "Never"],
        theme: Theme::Signal,
        short: "Tears that come before you know why",
    }),
    record!(Question {
        prompt: "When you cry, how easy is it to tell what the tears are about?",
        answers: [
            "Usually easy",
            "Sometimes hard",
            "Often hard",
            "I don't cry much, so I'm not sure",
        ],
        theme: Theme::Signal,
        short: "Knowing what tears are about",
    }),
    record!(Question {
        prompt: "How do you feel about crying in front of people you trust?",
        answers: [
            "Mostly comfortable",
            "A bit awkward",
            "Very uncomfortable",
            "I would do almost anything to avoid it",
        ],
        theme: Theme::HoldingBack,
        short: "Crying in front of people you trust",
    }),
    record!(Question {
        prompt: "If you cry in front of someone, how often do you say sorry?",
        answers: [
            "Never",
            "Now and then",
            "Usually",
            "Every time",
            "I rarely cry in front of others",
        ],
        theme: Theme::Apologising,
        short: "Saying sorry for crying",
    }),
    record!(Question {
        prompt: "How would you feel if you cried in a counselling session?",
        answers: [
            "It would feel OK",
            "Nervous, but I could let it happen",
            "I would try hard not to",
            "I'd worry I was wasting their time",
            "I don't think I would cry there",
        ],
        theme: Theme::Therapy,
        short: "Crying in a counselling session",
    }),
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Some readers rarely or never cry (EVIDENCE.md, item 8): a question that takes the
    /// reader's crying as given offers them an answer too, not only "I'd rather not say".
    #[test]
    fn a_question_about_your_crying_has_an_answer_for_someone_who_rarely_cries() {
        let about_crying = |q: &&Question| {
            let prompt = q.prompt.to_lowercase();
            [
                "when you cry",
                "after you cry",
                "if you cry",
                "if you cried",
                "feel tears coming",
            ]
            .iter()
            .any(|asks| prompt.contains(asks))
        };
        let asked = QUESTIONS.iter().filter(about_crying).count();
        assert!(asked >= 6, "the test must find the questions it is about");
        for q in QUESTIONS.iter().filter(about_crying) {
            assert!(
                q.answers.iter().any(|a| {
                    ["rarely", "don't cry much", "don't think i would cry"]
                        .iter()
                        .any(|fits| a.to_lowercase().contains(fits))
                }),
                "{}",
                q.prompt
            );
        }
    }
}
