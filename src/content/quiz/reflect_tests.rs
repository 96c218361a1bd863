//! Tests of the reflection cards: over every combination of answers, each card says only
//! what the reader chose, in their words, and cites the evidence for its own claim.

use super::*;
use crate::content::evidence::{self as ev, Strength};
use crate::content::quiz::summary::reply_text;
use crate::model::quiz::{answer_count, QUESTION_COUNT};
use proptest::prelude::*;

/// Every reply a question offers, plus "no reply".
fn choices(q: usize) -> Vec<Option<Reply>> {
    let mut v: Vec<Option<Reply>> = (0..=answer_count(q))
        .filter_map(|p| Reply::at(q, p))
        .map(Some)
        .collect();
    v.push(None);
    v
}

/// The replies on a theme's questions, in question order: what its card must show.
fn replies_on(answers: &Answers, theme: Theme) -> Vec<(usize, Reply)> {
    (0..QUESTION_COUNT)
        .filter(|&i| QUESTIONS[i].theme == theme)
        .filter_map(|i| answers.get(i).map(|r| (i, r)))
        .collect()
}

fn chose_on(answers: &Answers, theme: Theme) -> bool {
    replies_on(answers, theme)
        .iter()
        .any(|(_, r)| matches!(r, Reply::Chose(_)))
}

/// Checks the cards for `answers` against the plainest reading of the rules.
fn check(answers: &Answers) {
    let cards = reflections(answers);
    if !Theme::ALL.iter().any(|&t| chose_on(answers, t)) {
        assert_eq!(cards, vec![Reflection::General], "{answers:?}");
        return;
    }
    assert!(
        (MIN_CARDS..=MAX_CARDS).contains(&cards.len()),
        "{answers:?} -> {cards:?}"
    );
    let mut shown = Vec::new();
    for card in &cards {
        let Reflection::Theme { theme, told } = card else {
            panic!("no general card mixed in: {cards:?}");
        };
        assert!(!shown.contains(theme), "no theme twice");
        shown.push(*theme);
        // Exactly what the reader gave on this theme, nothing more or less.
        assert_eq!(*told, replies_on(answers, *theme), "{theme:?}");
        for (q, reply) in told {
            let words = reply_text(*q, *reply);
            match reply {
                Reply::Chose(a) => assert_eq!(words, QUESTIONS[*q].answers[usize::from(*a)]),
                Reply::RatherNotSay => assert_eq!(words, text::RATHER_NOT_SAY),
            }
        }
        // The sentence about the reader follows from these replies alone.
        let expected = if chose_on(answers, *theme) {
            text::TOLD_CHOSE
        } else if told.is_empty() {
            text::TOLD_NOTHING
        } else {
            text::TOLD_RATHER_NOT
        };
        assert_eq!(told_sentence(told), expected);
    }
    for t in Theme::ALL {
        if chose_on(answers, t) {
            assert!(shown.contains(&t), "{t:?} was answered, so it has a card");
        }
    }
}

#[test]
fn every_combination_on_each_theme_is_told_back_exactly() {
    // Exhaustive per theme: every reply (each answer, "I'd rather not say", none) on each
    // of the theme's questions, with the other questions unanswered, all "rather not
    // say", or all answered. A card depends only on its own theme's replies.
    for theme in Theme::ALL {
        let qs: Vec<usize> = (0..QUESTION_COUNT)
            .filter(|&i| QUESTIONS[i].theme == theme)
            .collect();
        let options: Vec<Vec<Option<Reply>>> = qs.iter().map(|&q| choices(q)).collect();
        let total: usize = options.iter().map(Vec::len).product();
        for others in [None, Some(Reply::RatherNotSay), Some(Reply::Chose(0))] {
            for mut n in 0..total {
                let mut answers = Answers::default();
                for i in 0..QUESTION_COUNT {
                    answers.set(i, others);
                }
                for (k, &q) in qs.iter().enumerate() {
                    answers.set(q, options[k][n % options[k].len()]);
                    n /= options[k].len();
                }
                check(&answers);
            }
        }
    }
}

#[test]
fn every_combination_of_kinds_of_reply_gives_honest_cards() {
    // Every question in one of four ways (its first answer, its last answer, "I'd rather
    // not say", skipped): 4^10 = 1,048,576 combinations, every path through the mapping.
    // (All 6^10 is about 60 million: the property test below samples that space.)
    let reps: Vec<[Option<Reply>; 4]> = (0..QUESTION_COUNT)
        .map(|q| {
            let last = u8::try_from(answer_count(q) - 1).unwrap_or(0);
            [
                Some(Reply::Chose(0)),
                Some(Reply::Chose(last)),
                Some(Reply::RatherNotSay),
                None,
            ]
        })
        .collect();
    for mut n in 0..4usize.pow(QUESTION_COUNT as u32) {
        let mut answers = Answers::default();
        for (q, rep) in reps.iter().enumerate() {
            answers.set(q, rep[n % 4]);
            n /= 4;
        }
        check(&answers);
    }
}

#[test]
fn no_answer_changes_a_card_s_words_about_the_reader() {
    // Whatever answers are chosen, a card's own words are the same: only the list of
    // answers, in the reader's words, differs. So no answer is read as a problem.
    for theme in Theme::ALL {
        let q = QUESTIONS.iter().position(|x| x.theme == theme).unwrap_or(0);
        let sentences: std::collections::HashSet<&str> = (0..answer_count(q))
            .map(|a| told_sentence(&[(q, Reply::Chose(a as u8))]).words())
            .collect();
        assert_eq!(sentences.len(), 1, "{theme:?}");
    }
    let t = |th: Theme| text::theme(th);
    let mut words = vec![text::TOLD_CHOSE, text::TOLD_RATHER_NOT, text::TOLD_NOTHING];
    for th in Theme::ALL {
        words.push(t(th).title);
        words.extend(t(th).prompts.iter().copied());
    }
    for w in words {
        let lower = w.to_lowercase();
        for reading in [
            "sounds as if",
            "it seems",
            "you often",
            "you feel",
            "you are ",
            "you find",
        ] {
            assert!(!lower.contains(reading), "{w}");
        }
    }
}

#[test]
fn each_card_cites_the_evidence_for_its_own_claim() {
    let expected = [
        (Theme::HoldingBack, &ev::HOLDING_BACK),
        (Theme::Apologising, &ev::NOT_WEAKNESS),
        (Theme::Relief, &ev::MOOD),
        (Theme::Signal, &ev::BODY_KNOWS),
        (Theme::Therapy, &ev::BOND),
    ];
    for (theme, note) in expected {
        assert_eq!(text::theme(theme).evidence.id, note.id, "{theme:?}");
    }
    // A note of its own for each card: the results page's element ids stay unique.
    let ids: std::collections::HashSet<&str> = expected.iter().map(|(_, n)| n.id).collect();
    assert_eq!(ids.len(), Theme::ALL.len());
    // "Your body often knows before your mind" has a note of its own, labelled as the
    // article's view, not the signal note; the therapy card cites the bond note.
    let signal = text::theme(Theme::Signal).evidence;
    assert!(signal.claim.contains("knows before your mind"));
    assert_eq!(signal.strength, Strength::ArticleView);
    let therapy = text::theme(Theme::Therapy).evidence;
    assert!(therapy.claim.contains("therapist") && therapy.claim.contains("bond"));
    assert_eq!(therapy.strength, Strength::Mixed);
}

/// A card speaks to the reader about themselves, so a study's finding on it is given as
/// what it is: an average, from which people differ (`EVIDENCE.md`'s voice rules). A note
/// with no study behind it (the article's own view) has no finding to qualify.
#[test]
fn every_card_s_research_says_findings_are_averages_and_people_differ() {
    for theme in Theme::ALL {
        let note = text::theme(theme).evidence;
        if note.strength == Strength::ArticleView {
            continue;
        }
        let summary = note.summary.words().to_lowercase();
        assert!(
            summary.contains("average") || summary.contains("differ"),
            "{theme:?}: {summary}"
        );
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
fn one_answer_gives_its_card_then_the_article_s_closing_theme() {
    let mut answers = Answers::default();
    answers.set(1, Some(Reply::Chose(3)));
    let cards = reflections(&answers);
    assert_eq!(
        cards,
        vec![
            Reflection::Theme {
                theme: Theme::HoldingBack,
                told: vec![(1, Reply::Chose(3))],
            },
            Reflection::Theme {
                theme: Theme::Therapy,
                told: vec![],
            },
        ]
    );
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
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn any_answers_give_honest_cards(answers in any_answers()) {
        check(&answers);
    }
}
