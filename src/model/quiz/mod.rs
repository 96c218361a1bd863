//! The self-reflection's structure: how many questions and answers there are, the
//! reader's answers, the quiz's steps, and the compact format kept in storage. All pure,
//! and without a word of the quiz: the questions, the reflection cards and the text summary
//! are in `content::quiz`, which is checked against the counts here when it is built.

pub mod codec;
pub mod state;

pub use codec::{decode, encode, STORAGE_KEY};
pub use state::{QuizAction, QuizState, ShareOutcome, Stage};

/// How many questions there are.
///
/// Readers' saved answers hold one character per question, and `codec::decode` discards a
/// value of any other length whole. So changing this loses every saved reflection unless
/// the codec changes with it: for a question added at the end, let `decode` read a shorter
/// value as unanswered at the end; for one removed or moved, give the format a new key
/// (`STORAGE_KEY`), since old answers would land on other questions.
pub const QUESTION_COUNT: usize = 10;

/// How many answers each question offers before "I'd rather not say", in order. A new
/// answer goes last, after those a reader may have saved, so saved answers keep their
/// meaning.
pub const ANSWER_COUNTS: [usize; QUESTION_COUNT] = [4, 5, 4, 4, 4, 4, 4, 4, 5, 5];

/// What the reader chose for one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reply {
    /// One of the question's answers (an index into its `answers`).
    Chose(u8),
    /// "I'd rather not say".
    RatherNotSay,
}

impl Reply {
    /// The reply's position in the radio group: the answers, then "I'd rather not say".
    pub fn position(self, question: usize) -> usize {
        match self {
            Reply::Chose(i) => usize::from(i),
            Reply::RatherNotSay => answer_count(question),
        }
    }

    /// The reply at a radio position, if that position exists for the question.
    pub fn at(question: usize, position: usize) -> Option<Reply> {
        let count = answer_count(question);
        if position < count {
            u8::try_from(position).ok().map(Reply::Chose)
        } else if position == count {
            Some(Reply::RatherNotSay)
        } else {
            None
        }
    }
}

/// How many answers a question offers before "I'd rather not say" (0 if it does not exist).
pub fn answer_count(question: usize) -> usize {
    ANSWER_COUNTS.get(question).copied().unwrap_or(0)
}

/// Every question's reply; `None` means not answered or skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers(pub [Option<Reply>; QUESTION_COUNT]);

impl Answers {
    /// The reply to question `index`, if any.
    pub fn get(&self, index: usize) -> Option<Reply> {
        self.0.get(index).copied().flatten()
    }

    /// Sets (or clears) the reply to question `index`; ignores an index out of range or
    /// a reply the question does not offer.
    pub fn set(&mut self, index: usize, reply: Option<Reply>) {
        let valid = match reply {
            Some(Reply::Chose(i)) => usize::from(i) < answer_count(index),
            _ => true,
        };
        if let (true, Some(slot)) = (valid, self.0.get_mut(index)) {
            *slot = reply;
        }
    }

    /// True if no question has a reply at all.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}
