//! The self-reflection's words: the introduction, the questions and their answers
//! ([`questions`]), the reflection cards for each theme ([`cards`]), and the labels of
//! every control; with what turns the reader's answers into words: the cards shown
//! ([`reflect`]) and the text summary ([`summary`]).

use crate::content::text::Text;
use crate::model::quiz::ShareOutcome;
use crate::t;

pub mod cards;
pub mod questions;
pub mod reflect;
pub mod summary;

pub use cards::{
    theme, ThemeText, GENERAL_PROMPTS, GENERAL_TEXT, GENERAL_TITLE, TOLD_CHOSE, TOLD_NOTHING,
    TOLD_RATHER_NOT,
};
pub use questions::{Question, Theme, QUESTIONS, RATHER_NOT_SAY};
pub use reflect::{reflections, Reflection};
pub use summary::summary_text;

/// The introduction, one paragraph each.
pub const INTRO_HEADING: Text = t!("Before you start");
pub const INTRO: &[Text] = &[
    t!("This is a short, private reflection about you and crying. It is not a test and it is not a \
     diagnosis. There are no right or wrong answers, and you will not get a score."),
    t!("There are 10 questions. It takes about 3 to 5 minutes."),
    t!("Your answers are kept on this device only. Nothing is sent anywhere."),
    t!("To clear them, press \"Forget my answers\". It is below every question and at the end."),
    t!("You can skip any question, go back, or stop at any time. You can also choose \
     \"I'd rather not say\"."),
    t!("At the end you get a few gentle reflections and questions you might bring to a counsellor."),
];
pub const INTRO_SUPPORT: Text =
    t!("If things feel too much right now, please talk to someone. These are UK lines:");
/// The link from those UK lines to the full list, for the readers they leave out.
pub const INTRO_MORE_LINES: Text =
    t!("Lines for Northern Ireland, for anyone under 19 and for outside the UK");

// The words below (and support.rs's) repeat a shape, not logic: one constant per
// phrase, so each component and test names exactly the words it shows.

/// Control labels.
pub const START: Text = t!("Start the reflection");
pub const CONTINUE: Text = t!("Carry on where I left off");
pub const NEXT: Text = t!("Next question");
pub const BACK: Text = t!("Back");
pub const SKIP: Text = t!("Skip");
pub const FINISH: Text = t!("See my reflections");
pub const BACK_TO_QUESTIONS: Text = t!("Back to the questions");
pub const START_AGAIN: Text = t!("Start again");
pub const FORGET: Text = t!("Forget my answers");
pub const FORGET_CONFIRM_TEXT: Text =
    t!("Forget all your answers on this device? This cannot be undone.");
pub const FORGET_YES: Text = t!("Yes, forget them");
pub const FORGET_NO: Text = t!("No, keep them");
pub const FORGOTTEN: Text =
    t!("Your answers have been forgotten. Nothing is stored on this device.");
pub const RESTORED: Text =
    t!("Welcome back. We kept your answers on this device, so you can carry on.");
pub const NOT_KEPT: Text = t!(
    "Your browser is not letting this page save anything, so your answers \
                            will not be kept when you leave. Everything else works as normal."
);

/// "Question 4 of 10".
pub fn progress(index: usize, total: usize) -> String {
    format!("Question {} of {}", index + 1, total)
}

/// Results screen.
pub const RESULTS_HEADING: Text = t!("Your reflections");
pub const RESULTS_INTRO: Text = t!(
    "These are reflections, not results. They come only from what you \
     chose. They are here to help you think, not to tell you anything about yourself."
);
pub const TOLD_HEADING: Text = t!("Your answers");
pub const PROMPTS_HEADING: Text = t!("Questions to think about, alone or with a counsellor");

/// "Bring it to your session".
pub const SHARE_HEADING: Text = t!("Bring it to your session");
pub const SHARE_INTRO: Text = t!(
    "Keep a copy to take with you. Nothing is uploaded or shared: the copy \
                               is made on this device."
);
pub const PRINT: Text = t!("Print");
pub const COPY: Text = t!("Copy as text");
pub const DOWNLOAD: Text = t!("Download as a text file");
pub const COPIED: Text = t!("Copied. You can paste it into a note or message to yourself.");
pub const COPY_FAILED: Text = t!(
    "Sorry, this browser would not let us copy. Try downloading or \
                               printing instead."
);
pub const DOWNLOADED: Text = t!("Your text file has been saved to your downloads.");
pub const DOWNLOAD_FAILED: Text =
    t!("Sorry, the download did not work. Try copying or printing instead.");
pub const PRINT_FAILED: Text =
    t!("Sorry, printing is not available here. Try copying or downloading.");

/// What the results say once the reader has tried to keep a copy.
pub fn share_said(outcome: ShareOutcome) -> Text {
    match outcome {
        ShareOutcome::Copied => COPIED,
        ShareOutcome::CopyFailed => COPY_FAILED,
        ShareOutcome::Downloaded => DOWNLOADED,
        ShareOutcome::DownloadFailed => DOWNLOAD_FAILED,
        ShareOutcome::PrintFailed => PRINT_FAILED,
    }
}
pub const FILE_NAME: Text = t!("my-reflections-on-tears.txt");

/// The text summary (copy, download).
pub const SUMMARY_TITLE: Text = t!("My reflections on tears");
pub const SUMMARY_NOTE: Text = t!(
    "Made on my own device with the guide \"Why we cry\". It is based on the article \
     \"Crying in the therapy room\" by Natasha Kelly. It is a reflection, not a diagnosis."
);
/// Before the note's label and what the label means, in the summary.
pub const SUMMARY_STRENGTH: Text = t!("How strong the evidence is");
pub const SUMMARY_SUPPORT: Text = t!("If you need to talk to someone now");

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::quiz::QUESTION_COUNT;

    #[test]
    fn the_introduction_gives_the_number_of_questions() {
        let said = format!("There are {QUESTION_COUNT} questions.");
        assert!(INTRO.iter().any(|p| p.starts_with(&said)), "{said}");
    }

    /// The introduction lists only the first lines and links to the rest by naming who
    /// they are for, so a line added to the rest must be named in that link too.
    #[test]
    fn the_link_to_the_other_lines_names_who_each_is_for() {
        use crate::content::support::MORE_LINES;
        const FOR_WHOM: [(&str, &str); 2] =
            [("Lifeline", "Northern Ireland"), ("Childline", "under 19")];
        assert_eq!(
            MORE_LINES.len(),
            FOR_WHOM.len(),
            "a line was added to or taken from MORE_LINES: say who it is for in \
             INTRO_MORE_LINES, and here"
        );
        for (line, (name, for_whom)) in MORE_LINES.iter().zip(FOR_WHOM) {
            assert_eq!(line.name.words(), name);
            assert!(line.detail.words().contains(for_whom), "{name}: {for_whom}");
            assert!(INTRO_MORE_LINES.words().contains(for_whom), "{for_whom}");
        }
        assert!(INTRO_MORE_LINES.words().contains("outside the UK"));
    }
}
