//! From answers to reflection cards. Never a score, and never a reading of the reader:
//! each card is a theme of the article, the answers the reader chose about it in their own
//! words, a sentence that follows from those answers alone, and open questions they might
//! bring to a counsellor. No answer is weighed against another or treated as a problem.

use crate::content::text::Text;

use super::{self as text, Theme, QUESTIONS};
use crate::model::quiz::{Answers, Reply};

/// The most cards the reader is shown at once: one per theme.
pub const MAX_CARDS: usize = Theme::ALL.len();
/// The fewest cards when at least one question was answered.
pub const MIN_CARDS: usize = 2;

/// One card of the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reflection {
    /// A theme of the article, with the (question, reply) pairs the reader gave about it.
    Theme {
        theme: Theme,
        told: Vec<(usize, Reply)>,
    },
    /// The gentle general reflection when everything was skipped.
    General,
}

/// The reflections for a set of answers, never a panic. If nothing was answered (or every
/// answer was "I'd rather not say"), one general reflection. Otherwise a card for every
/// theme the reader chose an answer about, in the article's order; if that is only one,
/// the article's closing themes (therapy, then saying sorry) join it.
pub fn reflections(answers: &Answers) -> Vec<Reflection> {
    let told = |theme: Theme| -> Vec<(usize, Reply)> {
        QUESTIONS
            .iter()
            .enumerate()
            .filter(|(_, q)| q.theme == theme)
            .filter_map(|(i, _)| answers.get(i).map(|r| (i, r)))
            .collect()
    };
    let chose = |told: &[(usize, Reply)]| told.iter().any(|(_, r)| matches!(r, Reply::Chose(_)));

    let mut cards: Vec<Reflection> = Theme::ALL
        .iter()
        .map(|&theme| Reflection::Theme {
            theme,
            told: told(theme),
        })
        .filter(|card| matches!(card, Reflection::Theme { told, .. } if chose(told)))
        .collect();
    if cards.is_empty() {
        return vec![Reflection::General];
    }
    for theme in [Theme::Therapy, Theme::Apologising] {
        let shown = cards
            .iter()
            .any(|c| matches!(c, Reflection::Theme { theme: t, .. } if *t == theme));
        if cards.len() < MIN_CARDS && !shown {
            cards.push(Reflection::Theme {
                theme,
                told: told(theme),
            });
        }
    }
    cards
}

/// The card's sentence about the reader: it follows from their replies on its theme alone.
pub fn told_sentence(told: &[(usize, Reply)]) -> Text {
    if told.iter().any(|(_, r)| matches!(r, Reply::Chose(_))) {
        text::TOLD_CHOSE
    } else if told.is_empty() {
        text::TOLD_NOTHING
    } else {
        text::TOLD_RATHER_NOT
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "reflect_tests.rs"]
mod tests;
