//! Tests of the quiz's reducer: a run, Back, Skip, Forget, storage trouble, restoring,
//! following another tab, and that any sequence of actions keeps the state valid.

use super::*;
use proptest::prelude::*;

fn run(actions: &[QuizAction]) -> QuizState {
    actions.iter().fold(QuizState::default(), |s, a| s.next(*a))
}

#[test]
fn a_full_run_reaches_the_results_with_every_answer() {
    let mut actions = vec![QuizAction::Start];
    for _ in 0..QUESTION_COUNT {
        actions.push(QuizAction::Answer(Reply::Chose(1)));
        actions.push(QuizAction::Next);
    }
    let s = run(&actions);
    assert_eq!(s.stage, Stage::Results);
    assert!((0..QUESTION_COUNT).all(|i| s.answers.get(i) == Some(Reply::Chose(1))));
}

#[test]
fn back_keeps_answers_and_goes_to_the_intro_from_question_one() {
    use QuizAction::*;
    let s = run(&[
        Start,
        Answer(Reply::Chose(2)),
        Next,
        Answer(Reply::RatherNotSay),
        Back,
    ]);
    assert_eq!(s.stage, Stage::Question(0));
    assert_eq!(s.answers.get(0), Some(Reply::Chose(2)));
    assert_eq!(s.answers.get(1), Some(Reply::RatherNotSay));
    assert_eq!(s.next(Back).stage, Stage::Intro);
    assert_eq!(s.next(Back).answers, s.answers);
    // From the results, back is the last question.
    let r = s.next(Finish).next(Back);
    assert_eq!(r.stage, Stage::Question(QUESTION_COUNT - 1));
}

#[test]
fn skip_moves_on_without_an_answer() {
    use QuizAction::*;
    let s = run(&[Start, Skip]);
    assert_eq!(s.stage, Stage::Question(1));
    assert_eq!(s.answers.get(0), None);
}

#[test]
fn skip_keeps_a_reply_given_before() {
    use QuizAction::*;
    // Answered, went on to the results, came back to look, and skipped on.
    let mut s = run(&[Start, Answer(Reply::Chose(2)), Finish, Back]);
    for _ in 1..QUESTION_COUNT {
        s = s.next(Back);
    }
    assert_eq!(s.stage, Stage::Question(0));
    let s = s.next(Skip);
    assert_eq!(s.stage, Stage::Question(1));
    assert_eq!(s.answers.get(0), Some(Reply::Chose(2)));
}

#[test]
fn forget_needs_a_confirm_then_clears_everything_and_says_so() {
    use QuizAction::*;
    let s = run(&[Start, Answer(Reply::Chose(0)), Next, AskForget]);
    assert!(s.confirming_forget);
    let kept = s.next(CancelForget);
    assert!(!kept.confirming_forget);
    assert_eq!(kept.answers.get(0), Some(Reply::Chose(0)));
    let gone = s.next(Forget);
    assert_eq!(gone.stage, Stage::Intro);
    assert!(gone.answers.is_empty() && gone.forgotten && !gone.worth_keeping());
}

#[test]
fn storage_trouble_and_messages_are_remembered_and_cleared_at_the_right_times() {
    use QuizAction::*;
    let s = run(&[
        StorageUnavailable,
        Start,
        Answer(Reply::Chose(1)),
        Finish,
        Said(ShareOutcome::Copied),
    ]);
    assert_eq!(s.status, Some(ShareOutcome::Copied));
    assert!(!s.storage_ok);
    assert_eq!(
        s.next(Back).status,
        None,
        "any other step clears the message"
    );
    let forgotten = s.next(AskForget).next(Forget);
    assert!(
        !forgotten.storage_ok,
        "forgetting does not pretend storage came back"
    );
}

#[test]
fn answers_the_question_does_not_offer_are_ignored() {
    use QuizAction::*;
    let s = run(&[Start, Answer(Reply::Chose(200))]);
    assert_eq!(s.answers.get(0), None);
}

#[test]
fn restore_clamps_positions_and_start_resumes_at_the_first_open_question() {
    let mut answers = Answers::default();
    answers.set(0, Some(Reply::Chose(0)));
    let s = QuizState::default().next(QuizAction::Restore(Stage::Question(999), answers));
    assert_eq!(s.stage, Stage::Question(QUESTION_COUNT - 1));
    assert!(s.restored);
    let s = QuizState::default()
        .next(QuizAction::Restore(Stage::Intro, answers))
        .next(QuizAction::Start);
    assert_eq!(s.stage, Stage::Question(1));
}

fn one_answer(question: usize, reply: Reply) -> Answers {
    let mut answers = Answers::default();
    answers.set(question, Some(reply));
    answers
}

#[test]
fn answers_changed_in_another_tab_are_taken_in_where_the_reader_is() {
    use QuizAction::*;
    let here = run(&[Start, Answer(Reply::Chose(1)), Next, Next, AskForget]);
    let theirs = one_answer(4, Reply::RatherNotSay);
    let s = here.next(Synced(Some(theirs)));
    assert_eq!(s.answers, theirs, "their copy is the newer one");
    assert_eq!(
        s.stage,
        Stage::Question(2),
        "this tab stays on its question"
    );
    assert!(s.confirming_forget, "a confirmation open here stays open");
    assert!(s.elsewhere && !s.forgotten && !s.restored);
    // A tab still on the introduction, opened before the answers were given, resumes
    // where they stop, instead of starting afresh and saving an empty copy over them.
    let fresh = QuizState::default().next(Synced(Some(theirs)));
    assert_eq!(fresh.next(Start).stage, Stage::Question(0));
    let both = one_answer(0, Reply::Chose(0));
    let s = QuizState::default().next(Synced(Some(both))).next(Start);
    assert_eq!(s.stage, Stage::Question(1));
    assert_eq!(s.answers, both);
    assert!(!s.elsewhere, "the reader's own move is theirs");
}

#[test]
fn answers_forgotten_in_another_tab_are_forgotten_here_and_said() {
    use QuizAction::*;
    let here = run(&[Start, Answer(Reply::Chose(1)), Next, Finish]);
    let s = here.next(Synced(None));
    assert_eq!(s.stage, Stage::Intro);
    assert!(s.answers.is_empty());
    assert!(s.forgotten && s.elsewhere);
    assert!(!s.worth_keeping());
    // With nothing here to forget, nothing changes and nothing is said.
    let empty = run(&[Start, Next]);
    assert_eq!(empty.next(Synced(None)), empty);
    // Storage trouble is remembered across it.
    let refused = here.next(StorageUnavailable).next(Synced(None));
    assert!(!refused.storage_ok);
    // Answers given elsewhere afterwards: "nothing is stored" is no longer said.
    let again = s.next(Synced(Some(one_answer(0, Reply::Chose(2)))));
    assert!(!again.forgotten && !again.answers.is_empty());
}

fn any_action() -> impl Strategy<Value = QuizAction> {
    use QuizAction::*;
    prop_oneof![
        Just(Start),
        any::<u8>().prop_map(|i| Answer(Reply::Chose(i % 7))),
        Just(Answer(Reply::RatherNotSay)),
        Just(Skip),
        Just(Next),
        Just(Back),
        Just(Finish),
        Just(AskForget),
        Just(CancelForget),
        Just(Forget),
        (0usize..20).prop_map(|i| Restore(Stage::Question(i), super::Answers::default())),
        (0usize..QUESTION_COUNT, 0u8..4)
            .prop_map(|(q, a)| Synced(Some(one_answer(q, Reply::Chose(a))))),
        Just(Synced(None)),
    ]
}

proptest! {
    #[test]
    fn any_sequence_of_actions_keeps_the_state_valid(actions in proptest::collection::vec(any_action(), 0..60)) {
        let s = run(&actions);
        if let Stage::Question(i) = s.stage {
            prop_assert!(i < QUESTION_COUNT);
        }
        for i in 0..QUESTION_COUNT {
            if let Some(Reply::Chose(a)) = s.answers.get(i) {
                prop_assert!(usize::from(a) < super::super::answer_count(i));
            }
        }
    }
}
