//! The self-reflection's words: the introduction, the questions and their answers, the
//! reflection cards for each theme, and the labels of every control. Questions are written
//! anew; they draw on published ideas about crying but are not a scale and are never scored.

use crate::content::evidence::{self, Evidence};

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
    pub prompt: &'static str,
    /// The answers, gentlest first. "I'd rather not say" is added after these.
    pub answers: &'static [&'static str],
    /// The article's theme the question belongs to.
    pub theme: Theme,
    /// A short version of the question for "what you told us" and the text summary.
    pub short: &'static str,
}

/// The answer every question offers last.
pub const RATHER_NOT_SAY: &str = "I'd rather not say";

/// The questions, in order.
pub const QUESTIONS: &[Question] = &[
    Question {
        prompt: "When you think about crying, which feels closest to you?",
        answers: &[
            "It's a normal part of being human",
            "It's fine for other people, but harder for me",
            "It feels like a sign of weakness",
            "I'm not sure",
        ],
        theme: Theme::Apologising,
        short: "How crying feels to you",
    },
    Question {
        prompt: "When you feel tears coming, how often do you hold them back?",
        answers: &["Hardly ever", "Sometimes", "Often", "Almost always"],
        theme: Theme::HoldingBack,
        short: "How often you hold tears back",
    },
    Question {
        prompt: "When you have held tears back, how did you feel afterwards?",
        answers: &[
            "Fine, it passed",
            "A bit tense or heavy",
            "As if something was still stuck",
            "I don't often hold them back",
        ],
        theme: Theme::HoldingBack,
        short: "How holding back felt",
    },
    Question {
        prompt: "After you have had a good cry, how do you usually feel?",
        answers: &[
            "Lighter or calmer",
            "Tired at first, then better later",
            "Much the same",
            "Worse, or a bit embarrassed",
        ],
        theme: Theme::Relief,
        short: "How you feel after crying",
    },
    Question {
        prompt: "What helps you most when you cry?",
        answers: &[
            "Being with someone kind",
            "Being on my own",
            "Doing something to take my mind off it",
            "I don't know yet",
        ],
        theme: Theme::Relief,
        short: "What helps when you cry",
    },
    Question {
        prompt: "Do your tears ever come before you know what you are feeling?",
        answers: &["Often", "Sometimes", "Rarely", "Never"],
        theme: Theme::Signal,
        short: "Tears that come before you know why",
    },
    Question {
        prompt: "When you cry, how easy is it to tell what the tears are about?",
        answers: &[
            "Usually easy",
            "Sometimes hard",
            "Often hard",
            "I don't cry much, so I'm not sure",
        ],
        theme: Theme::Signal,
        short: "Knowing what tears are about",
    },
    Question {
        prompt: "How do you feel about crying in front of people you trust?",
        answers: &[
            "Mostly comfortable",
            "A bit awkward",
            "Very uncomfortable",
            "I would do almost anything to avoid it",
        ],
        theme: Theme::HoldingBack,
        short: "Crying in front of people you trust",
    },
    Question {
        prompt: "If you cry in front of someone, how often do you say sorry?",
        answers: &["Never", "Now and then", "Usually", "Every time"],
        theme: Theme::Apologising,
        short: "Saying sorry for crying",
    },
    Question {
        prompt: "How would you feel if you cried in a counselling session?",
        answers: &[
            "It would feel OK",
            "Nervous, but I could let it happen",
            "I would try hard not to",
            "I'd worry I was wasting their time",
        ],
        theme: Theme::Therapy,
        short: "Crying in a counselling session",
    },
];

/// The words of one reflection card. What the article says is its evidence note's own
/// claim, so a card can only ever cite the evidence for what it says.
pub struct ThemeText {
    /// The card's heading.
    pub title: &'static str,
    /// The article's claim the card is about, with its evidence.
    pub evidence: &'static Evidence,
    /// One or two open questions to bring to a counsellor. They assume nothing about the
    /// reader: the same for every answer.
    pub prompts: &'static [&'static str],
}

/// The card text for a theme.
pub fn theme(theme: Theme) -> &'static ThemeText {
    match theme {
        Theme::HoldingBack => &HOLDING_BACK,
        Theme::Apologising => &APOLOGISING,
        Theme::Relief => &RELIEF,
        Theme::Signal => &SIGNAL,
        Theme::Therapy => &THERAPY,
    }
}

const HOLDING_BACK: ThemeText = ThemeText {
    title: "Holding tears back",
    evidence: &evidence::HOLDING_BACK,
    prompts: &[
        "How do I feel about holding tears back, or letting them come?",
        "Where did my ideas about crying come from?",
    ],
};

const APOLOGISING: ThemeText = ThemeText {
    title: "Saying sorry for tears",
    evidence: &evidence::NOT_WEAKNESS,
    prompts: &[
        "How do I feel when I cry in front of someone?",
        "What would it be like to cry and not say sorry?",
    ],
};

const RELIEF: ThemeText = ThemeText {
    title: "Crying and relief",
    evidence: &evidence::MOOD,
    prompts: &[
        "What makes the difference between a cry that helps and one that doesn't?",
        "Who or what helps me when I am upset?",
    ],
};

const SIGNAL: ThemeText = ThemeText {
    title: "Tears as a signal",
    evidence: &evidence::BODY_KNOWS,
    prompts: &[
        "Have my tears ever come before I knew why? What was going on?",
        "What might my tears say to me, or to the people around me?",
    ],
};

const THERAPY: ThemeText = ThemeText {
    title: "Crying in therapy",
    evidence: &evidence::BOND,
    prompts: &[
        "Can I tell my counsellor how I feel about crying in front of them?",
        "What would help me feel at ease in a session, with or without tears?",
    ],
};

/// The sentence about the reader on a card, which says only what follows from their
/// answers on its theme: they chose answers (shown above it, in their words) ...
pub const TOLD_CHOSE: &str = "These are the answers you chose. Any answer is fine. None is a \
                              problem in itself.";
/// ... they chose only "I'd rather not say" ...
pub const TOLD_RATHER_NOT: &str = "You chose not to say, and that's fine.";
/// ... or they gave no answer on it.
pub const TOLD_NOTHING: &str = "You did not answer the questions on this, and that's fine. \
                                Some people find this part of the article useful.";

/// The gentle general reflection when every question was skipped.
pub const GENERAL_TITLE: &str = "A gentle thought";
pub const GENERAL_TEXT: &[&str] = &[
    "You chose not to answer, and that is completely fine. Some things are easier to think \
     about than to put into words.",
    "Crying is common and normal, and so is not crying. If tears come, in a session or \
     anywhere else, you do not need to explain or say sorry for them.",
];
pub const GENERAL_PROMPTS: &[&str] = &[
    "What is it like for me to think about crying at all?",
    "Is there anything about tears I would like to talk about, when I feel ready?",
];

/// The introduction, one paragraph each.
pub const INTRO_HEADING: &str = "Before you start";
pub const INTRO: &[&str] = &[
    "This is a short, private reflection about you and crying. It is not a test and it is not a \
     diagnosis. There are no right or wrong answers, and you will not get a score.",
    "There are 10 questions. It takes about 3 to 5 minutes.",
    "Your answers are kept on this device only. Nothing is sent anywhere.",
    "To clear them, press \"Forget my answers\". It is below every question and at the end.",
    "You can skip any question, go back, or stop at any time. You can also choose \
     \"I'd rather not say\".",
    "At the end you get a few gentle reflections and questions you might bring to a counsellor.",
];
pub const INTRO_SUPPORT: &str =
    "If things feel too much right now, please talk to someone. These are UK lines:";

/// Control labels.
pub const START: &str = "Start the reflection";
pub const CONTINUE: &str = "Carry on where I left off";
pub const NEXT: &str = "Next question";
pub const BACK: &str = "Back";
pub const SKIP: &str = "Skip";
pub const FINISH: &str = "See my reflections";
pub const BACK_TO_QUESTIONS: &str = "Back to the questions";
pub const START_AGAIN: &str = "Start again";
pub const FORGET: &str = "Forget my answers";
pub const FORGET_CONFIRM_TEXT: &str =
    "Forget all your answers on this device? This cannot be undone.";
pub const FORGET_YES: &str = "Yes, forget them";
pub const FORGET_NO: &str = "No, keep them";
pub const FORGOTTEN: &str = "Your answers have been forgotten. Nothing is stored on this device.";
pub const RESTORED: &str =
    "Welcome back. We kept your answers on this device, so you can carry on.";
pub const NOT_KEPT: &str = "Your browser is not letting this page save anything, so your answers \
                            will not be kept when you leave. Everything else works as normal.";

/// "Question 4 of 10".
pub fn progress(index: usize, total: usize) -> String {
    format!("Question {} of {}", index + 1, total)
}

/// Results screen.
pub const RESULTS_HEADING: &str = "Your reflections";
pub const RESULTS_INTRO: &str = "These are reflections, not results. They are based only on what \
                                 you chose, and they are here to help you think, not to tell you \
                                 anything about yourself.";
pub const TOLD_HEADING: &str = "Your answers";
pub const ARTICLE_HEADING: &str = "What the article says";
pub const RESEARCH_HEADING: &str = "What research says";
pub const PROMPTS_HEADING: &str = "You might ask a counsellor";

/// "Bring it to your session".
pub const SHARE_HEADING: &str = "Bring it to your session";
pub const SHARE_INTRO: &str =
    "Keep a copy to take with you. Nothing is uploaded or shared: the copy \
                               is made on this device.";
pub const PRINT: &str = "Print";
pub const COPY: &str = "Copy as text";
pub const DOWNLOAD: &str = "Download as a text file";
pub const COPIED: &str = "Copied. You can paste it into a note or message to yourself.";
pub const COPY_FAILED: &str = "Sorry, this browser would not let us copy. Try downloading or \
                               printing instead.";
pub const DOWNLOADED: &str = "Your text file has been saved to your downloads.";
pub const DOWNLOAD_FAILED: &str =
    "Sorry, the download did not work. Try copying or printing instead.";
pub const PRINT_FAILED: &str = "Sorry, printing is not available here. Try copying or downloading.";
pub const FILE_NAME: &str = "my-reflections-on-tears.txt";

/// The text summary (copy, download).
pub const SUMMARY_TITLE: &str = "My reflections on tears";
pub const SUMMARY_NOTE: &str = "Made on my own device with \"Why we cry\", a guide based on the \
                                article Crying in the therapy room by Natasha Kelly. It is a \
                                reflection, not a diagnosis.";
pub const SUMMARY_RESEARCH: &str = "Research so far suggests";
pub const SUMMARY_SUPPORT: &str = "If you need to talk to someone now";
