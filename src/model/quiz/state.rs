//! The quiz's steps as a reducer: where the reader is, what they chose, and the
//! "forget my answers" confirmation.

use std::rc::Rc;

use yew::Reducible;

use super::{Answers, Reply, QUESTION_COUNT};

/// Which screen of the quiz is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Stage {
    /// What it is and is not, before it starts.
    #[default]
    Intro,
    /// The question at this index.
    Question(usize),
    /// The reflection cards.
    Results,
}

/// Everything the quiz screens show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizState {
    pub stage: Stage,
    pub answers: Answers,
    /// The reader asked to forget and has not yet confirmed or cancelled.
    pub confirming_forget: bool,
    /// The answers were just forgotten (to say so).
    pub forgotten: bool,
    /// The answers were restored from this device (to say so).
    pub restored: bool,
    /// The last change came from another tab or frame of this site (see
    /// [`QuizAction::Synced`]): it moves no focus, as the reader is not acting here.
    pub elsewhere: bool,
    /// How printing, copying or downloading went (to say so).
    pub status: Option<ShareOutcome>,
    /// This device lets us keep answers (false once storage refuses or throws).
    pub storage_ok: bool,
}

impl Default for QuizState {
    fn default() -> Self {
        QuizState {
            stage: Stage::Intro,
            answers: Answers::default(),
            confirming_forget: false,
            forgotten: false,
            restored: false,
            elsewhere: false,
            status: None,
            storage_ok: true,
        }
    }
}

/// How keeping a copy of the reflections went: the words for each are content's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    Copied,
    CopyFailed,
    Downloaded,
    DownloadFailed,
    PrintFailed,
}

/// What the reader (or the storage glue) can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizAction {
    /// Leave the introduction for the first question (or where they left off).
    Start,
    /// Choose a reply for the current question.
    Answer(Reply),
    /// Move on without answering. A reply given before stays: a reader who went back to
    /// look, and skips on, must not lose it unseen. ("I'd rather not say" replaces one.)
    Skip,
    /// Move to the next question (or the results after the last).
    Next,
    /// Move to the previous screen, keeping every answer.
    Back,
    /// Show the reflections.
    Finish,
    /// Ask to forget the answers (shows the confirm step).
    AskForget,
    /// Keep the answers after all.
    CancelForget,
    /// Forget every answer and return to the introduction.
    Forget,
    /// Put back a saved position and answers (from this device's storage).
    Restore(Stage, Answers),
    /// Another tab or frame of this site changed the saved answers: `Some` its answers,
    /// taken in while this one stays on its own screen; `None` when it forgot them. Without
    /// this, each tab would save its own older copy over the other's.
    Synced(Option<Answers>),
    /// Say how keeping a copy went.
    Said(ShareOutcome),
    /// Storage refused or threw: answers will live in memory only.
    StorageUnavailable,
}

impl QuizState {
    /// The state after `action`. Total: out-of-range positions are clamped, never panic.
    pub fn next(&self, action: QuizAction) -> QuizState {
        let mut s = self.clone();
        s.elsewhere = false;
        s.confirming_forget = false;
        s.status = None;
        if !matches!(
            action,
            QuizAction::Restore(..) | QuizAction::Said(_) | QuizAction::StorageUnavailable
        ) {
            s.forgotten = false;
            s.restored = false;
        }
        match (action, self.stage) {
            (QuizAction::Start, _) => {
                s.stage = Stage::Question(first_unanswered(&self.answers));
            }
            (QuizAction::Answer(reply), Stage::Question(i)) => s.answers.set(i, Some(reply)),
            (QuizAction::Skip | QuizAction::Next, Stage::Question(i)) => s.stage = after(i),
            (QuizAction::Back, Stage::Question(0)) => s.stage = Stage::Intro,
            (QuizAction::Back, Stage::Question(i)) => s.stage = Stage::Question(i - 1),
            (QuizAction::Back, Stage::Results) => s.stage = Stage::Question(QUESTION_COUNT - 1),
            (QuizAction::Finish, _) => s.stage = Stage::Results,
            (QuizAction::AskForget, _) => s.confirming_forget = true,
            (QuizAction::CancelForget, _) => {}
            (QuizAction::Forget, _) => s = self.after_forgetting(),
            (QuizAction::Said(message), _) => s.status = Some(message),
            (QuizAction::StorageUnavailable, _) => s.storage_ok = false,
            (QuizAction::Restore(stage, answers), _) => {
                s.stage = clamp(stage);
                s.answers = answers;
                s.restored = true;
            }
            // Only the answers change: a question, a confirmation or a message the reader
            // has open here stays open, except "Your answers have been forgotten. Nothing
            // is stored", which is no longer true.
            (QuizAction::Synced(Some(answers)), _) => {
                s = QuizState {
                    answers,
                    elsewhere: true,
                    forgotten: false,
                    ..self.clone()
                };
            }
            // With no answers here there was nothing to forget: the other tab went back to
            // the start with none.
            (QuizAction::Synced(None), _) if self.answers.is_empty() => s = self.clone(),
            // Forgotten elsewhere: forgotten here too, as the reader asked, and said so.
            (QuizAction::Synced(None), _) => {
                s = QuizState {
                    elsewhere: true,
                    ..self.after_forgetting()
                };
            }
            // Answering, skipping or moving on make no sense off a question screen.
            (QuizAction::Answer(_) | QuizAction::Skip | QuizAction::Next, _)
            | (QuizAction::Back, Stage::Intro) => {}
        }
        s
    }

    /// Every answer forgotten, back at the introduction, saying so.
    fn after_forgetting(&self) -> QuizState {
        QuizState {
            forgotten: true,
            storage_ok: self.storage_ok,
            ..QuizState::default()
        }
    }

    /// True if there is anything worth keeping on the device.
    pub fn worth_keeping(&self) -> bool {
        self.stage != Stage::Intro || !self.answers.is_empty()
    }
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        Rc::new(self.next(action))
    }
}

fn after(i: usize) -> Stage {
    if i + 1 >= QUESTION_COUNT {
        Stage::Results
    } else {
        Stage::Question(i + 1)
    }
}

fn clamp(stage: Stage) -> Stage {
    match stage {
        Stage::Question(i) if i >= QUESTION_COUNT => Stage::Question(QUESTION_COUNT - 1),
        other => other,
    }
}

fn first_unanswered(answers: &Answers) -> usize {
    // A fresh start begins at question 1; coming back from the intro with answers goes
    // to the first question still open, so nothing has to be answered twice.
    (0..QUESTION_COUNT)
        .find(|&i| answers.get(i).is_none())
        .unwrap_or(0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "state_tests.rs"]
mod tests;
