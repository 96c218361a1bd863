//! From answers to reflection cards. Never a score: each card is a theme of the article,
//! what the reader told us about it, and questions they might bring to a counsellor.

use crate::content::quiz::{Theme, QUESTIONS};

use super::{Answers, Reply};

/// The most cards the reader is shown at once.
pub const MAX_CARDS: usize = 4;
/// The fewest cards when at least one question was answered.
pub const MIN_CARDS: usize = 2;

/// How the reader's answers on a theme read, in words (never a number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Some answers suggest this may be worth thinking about.
    Leaning,
    /// The answers suggest this comes fairly easily.
    Easy,
    /// No answers about this theme.
    Unanswered,
}

/// One card of the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reflection {
    /// A theme of the article, with the (question, reply) pairs the reader gave about it.
    Theme {
        theme: Theme,
        tone: Tone,
        told: Vec<(usize, Reply)>,
    },
    /// The gentle general reflection when everything was skipped.
    General,
}

/// The reflections for a set of answers: 1 to 4 cards, never a panic. If nothing was
/// answered (or every answer was "I'd rather not say"), one general reflection. Otherwise
/// 2 to 4 themes: those the answers lean towards first (most leaning answers first), then
/// themes the reader answered about, then the article's own closing themes.
pub fn reflections(answers: &Answers) -> Vec<Reflection> {
    let chosen = |i: usize| match answers.get(i) {
        Some(Reply::Chose(a)) => Some(a),
        _ => None,
    };
    if (0..QUESTIONS.len()).all(|i| chosen(i).is_none()) {
        return vec![Reflection::General];
    }

    // (theme, leaning answers, chosen answers) in the article's order.
    let mut tally: Vec<(Theme, usize, usize)> = Theme::ALL.iter().map(|&t| (t, 0, 0)).collect();
    for (i, q) in QUESTIONS.iter().enumerate() {
        let (Some(a), Some(row)) = (chosen(i), tally.iter_mut().find(|r| r.0 == q.theme)) else {
            continue;
        };
        row.2 += 1;
        if q.leans.contains(&a) {
            row.1 += 1;
        }
    }

    // Most leaning answers first; ties keep the article's order. (A counting loop rather
    // than a sort: there are five themes, and a sort adds kilobytes to the download.)
    let mut order: Vec<Theme> = Vec::with_capacity(Theme::ALL.len());
    let most = tally.iter().map(|r| r.1).max().unwrap_or(0);
    for count in (1..=most).rev() {
        order.extend(tally.iter().filter(|r| r.1 == count).map(|r| r.0));
    }
    order.extend(tally.iter().filter(|r| r.1 == 0 && r.2 > 0).map(|r| r.0));
    for fallback in [Theme::Therapy, Theme::Apologising] {
        if order.len() < MIN_CARDS && !order.contains(&fallback) {
            order.push(fallback);
        }
    }
    order.truncate(MAX_CARDS);

    order
        .into_iter()
        .map(|theme| {
            let row = tally
                .iter()
                .find(|r| r.0 == theme)
                .copied()
                .unwrap_or((theme, 0, 0));
            let tone = match row {
                (_, l, _) if l > 0 => Tone::Leaning,
                (_, _, c) if c > 0 => Tone::Easy,
                _ => Tone::Unanswered,
            };
            let told = QUESTIONS
                .iter()
                .enumerate()
                .filter(|(_, q)| q.theme == theme)
                .filter_map(|(i, _)| answers.get(i).map(|r| (i, r)))
                .collect();
            Reflection::Theme { theme, tone, told }
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::quiz::{answer_count, QUESTION_COUNT};
    use proptest::prelude::*;

    fn check(answers: &Answers) {
        let cards = reflections(answers);
        let answered = (0..QUESTION_COUNT).any(|i| matches!(answers.get(i), Some(Reply::Chose(_))));
        if answered {
            assert!(
                (MIN_CARDS..=MAX_CARDS).contains(&cards.len()),
                "{answers:?} -> {cards:?}"
            );
            let mut themes: Vec<Theme> = cards
                .iter()
                .filter_map(|c| match c {
                    Reflection::Theme { theme, .. } => Some(*theme),
                    Reflection::General => None,
                })
                .collect();
            assert_eq!(themes.len(), cards.len(), "no general card mixed in");
            themes.sort();
            themes.dedup();
            assert_eq!(themes.len(), cards.len(), "no theme twice");
        } else {
            assert_eq!(cards, vec![Reflection::General]);
        }
    }

    /// Every reply a question offers, plus "no reply".
    fn choices(q: usize) -> Vec<Option<Reply>> {
        let mut v: Vec<Option<Reply>> = (0..=answer_count(q))
            .filter_map(|p| Reply::at(q, p))
            .map(Some)
            .collect();
        v.push(None);
        v
    }

    #[test]
    fn every_combination_of_answers_gives_one_to_four_cards() {
        // Exhaustive: 6^10 is about 60 million, too many for a test run, so enumerate
        // every combination of "leaning / not leaning / rather not say / skipped" per
        // question (4^10 = 1,048,576), which covers every path through the mapping; the
        // property test below samples the full space.
        let reps: Vec<Vec<Option<Reply>>> = (0..QUESTION_COUNT)
            .map(|q| {
                let leaning = QUESTIONS[q].leans[0];
                let easy = (0..answer_count(q) as u8)
                    .find(|a| !QUESTIONS[q].leans.contains(a))
                    .unwrap_or(0);
                vec![
                    Some(Reply::Chose(leaning)),
                    Some(Reply::Chose(easy)),
                    Some(Reply::RatherNotSay),
                    None,
                ]
            })
            .collect();
        let total = 4usize.pow(QUESTION_COUNT as u32);
        for mut n in 0..total {
            let mut answers = Answers::default();
            for (q, rep) in reps.iter().enumerate() {
                answers.set(q, rep[n % 4]);
                n /= 4;
            }
            check(&answers);
        }
    }

    #[test]
    fn all_skipped_or_rather_not_say_gives_the_general_reflection() {
        check(&Answers::default());
        let mut answers = Answers::default();
        for q in 0..QUESTION_COUNT {
            answers.set(q, Some(Reply::RatherNotSay));
        }
        assert_eq!(reflections(&answers), vec![Reflection::General]);
    }

    #[test]
    fn leaning_themes_come_first_and_tell_back_what_was_chosen() {
        let mut answers = Answers::default();
        answers.set(1, Some(Reply::Chose(3))); // holds tears back almost always
        let cards = reflections(&answers);
        assert_eq!(
            cards[0],
            Reflection::Theme {
                theme: Theme::HoldingBack,
                tone: Tone::Leaning,
                told: vec![(1, Reply::Chose(3))],
            }
        );
        assert_eq!(cards.len(), 2);
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let per_question: Vec<_> = (0..QUESTION_COUNT)
            .map(|q| proptest::sample::select(choices(q)))
            .collect();
        per_question.prop_map(|v| {
            let mut answers = Answers::default();
            for (q, r) in v.into_iter().enumerate() {
                answers.set(q, r);
            }
            answers
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_answers_give_one_to_four_cards(answers in any_answers()) {
            check(&answers);
        }
    }
}
