//! Server-rendered HTML of the self-reflection: the introduction (through the shell), a
//! question and the results (through their view functions).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::components::quiz::{forget, question, results, QuestionView, ResultsView};
use crying_explainer::content::quiz::{
    self as text, reflections, Reflection, QUESTIONS, RATHER_NOT_SAY,
};
use crying_explainer::content::support as crisis;
use crying_explainer::model::quiz::{Answers, Reply, QUESTION_COUNT};
use crying_explainer::model::route::{Route, Section};
use yew::prelude::*;

/// Which screen the test harness component shows.
#[derive(Properties, PartialEq)]
struct ScreenProps {
    index: Option<usize>,
    answers: Answers,
}

#[component]
fn Screen(props: &ScreenProps) -> Html {
    match props.index {
        Some(index) => question(&QuestionView {
            index,
            answer: props.answers.get(index),
            on_answer: Callback::noop(),
            on_skip: Callback::noop(),
            on_next: Callback::noop(),
            on_back: Callback::noop(),
        }),
        None => results(&ResultsView {
            answers: props.answers,
            status: None,
            on_print: Callback::noop(),
            on_copy: Callback::noop(),
            on_download: Callback::noop(),
            on_back: Callback::noop(),
        }),
    }
}

fn render(index: Option<usize>, answers: Answers) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<Screen>::with_props(ScreenProps { index, answers })
            .hydratable(false)
            .render(),
    )
}

/// Text as Yew writes it into HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#x27;")
        .replace('"', "&quot;")
}

fn has(html: &str, s: &str) -> bool {
    html.contains(s) || html.contains(&esc(s)) || html.contains(&s.replace('\'', "&#39;"))
}

#[test]
fn the_intro_says_what_it_is_how_long_privacy_stopping_and_crisis_numbers() {
    let html = support::render_route(Route::Section(Section::Reflect));
    assert!(has(&html, "You and your tears"));
    assert!(has(&html, &text::INTRO_HEADING));
    assert!(has(&html, "not a test and it is not a"));
    assert!(has(&html, "diagnosis"));
    assert!(has(&html, &format!("There are {QUESTION_COUNT} questions")));
    assert!(has(&html, "minutes"));
    // Saving, said before the first question: where answers are kept and how to clear them.
    assert!(has(&html, "Your answers are kept on this device only"));
    assert!(has(&html, "To clear them, press \"Forget my answers\""));
    assert!(has(&html, "skip any question"));
    assert!(has(&html, &text::START));
    for line in crisis::LINES {
        assert!(
            html.contains(&format!("href=\"{}\"", line.href)),
            "{}",
            line.name
        );
    }
    assert!(html.contains("href=\"tel:999\""));
    // The first render never depends on storage: no question yet, no progress text.
    assert!(!html.contains("<fieldset"));
    assert!(!html.contains("Question 1 of"));
}

#[test]
fn a_question_is_a_fieldset_with_a_legend_heading_and_a_radio_group() {
    let mut answers = Answers::default();
    answers.set(3, Some(Reply::Chose(2)));
    let html = render(Some(3), answers);
    let q = &QUESTIONS[3];
    assert!(html.contains("<fieldset"));
    assert!(html.contains("<legend"));
    assert!(has(&html, &q.prompt));
    assert_eq!(html.matches("type=\"radio\"").count(), q.answers.len() + 1);
    assert_eq!(
        html.matches("name=\"quiz-q3\"").count(),
        q.answers.len() + 1
    );
    for a in q.answers {
        assert!(has(&html, a), "{a}");
    }
    assert!(has(&html, &RATHER_NOT_SAY));
    assert!(has(&html, &text::NEXT) && has(&html, &text::BACK) && has(&html, &text::SKIP));
    assert!(html.contains("quiz-question-heading"));
    // The chosen answer is checked (Yew sets `checked` as a property, not an attribute,
    // so the browser tests check it); the label texts are all there.
    let last = render(Some(QUESTION_COUNT - 1), Answers::default());
    assert!(has(&last, &text::FINISH));
}

#[test]
fn the_results_show_cards_with_each_part_and_ways_to_keep_a_copy() {
    let mut answers = Answers::default();
    answers.set(1, Some(Reply::Chose(3)));
    answers.set(8, Some(Reply::Chose(3)));
    let html = render(None, answers);
    let cards = reflections(&answers);
    assert!((2..=5).contains(&cards.len()));
    for card in &cards {
        if let Reflection::Theme { theme, .. } = card {
            let t = text::theme(*theme);
            assert!(has(&html, &t.title), "{}", t.title);
            // What the article says and what research says are the very note the card
            // cites, shown open, and only there: no second copy on the card.
            assert!(has(&html, &t.evidence.claim));
            assert!(has(&html, &t.evidence.strength.label()));
            assert!(has(&html, &t.evidence.strength.meaning()));
            assert_eq!(html.matches(&esc(&t.evidence.summary)).count(), 1);
            let panel = format!(
                "id=\"evidence-{}\" class=\"evidence__panel\">",
                t.evidence.id
            );
            assert!(html.contains(&panel), "the note is open: {panel}");
            for p in t.prompts {
                assert!(has(&html, p), "{p}");
            }
        }
    }
    for h in [text::TOLD_HEADING, text::PROMPTS_HEADING] {
        assert!(has(&html, &h), "{h}");
    }
    assert!(has(&html, "Almost always"));
    for b in [text::PRINT, text::COPY, text::DOWNLOAD, text::SHARE_HEADING] {
        assert!(has(&html, &b), "{b}");
    }
    let lower = html.to_lowercase();
    for banned in ["score", "%", "you have ", "out of 10", "points"] {
        assert!(!lower.contains(banned), "{banned}");
    }
}

#[test]
fn all_skipped_shows_the_gentle_general_reflection() {
    let html = render(None, Answers::default());
    assert!(has(&html, &text::GENERAL_TITLE));
    assert!(has(&html, &text::GENERAL_PROMPTS[0]));
    assert_eq!(html.matches("class=\"reflection\"").count(), 1);
}

/// Focus moves to these headings by id (`components/quiz/focus.rs`), and the views write
/// the ids out as literals so their attributes stay static: the two must agree.
#[test]
fn each_screen_has_the_heading_id_that_focus_moves_to() {
    use crying_explainer::components::quiz::{
        INTRO_HEADING_ID, QUESTION_HEADING_ID, RESULTS_HEADING_ID,
    };
    let id = |id: &str| format!("id=\"{id}\"");
    let intro = support::render_route(Route::Section(Section::Reflect));
    assert!(intro.contains(&id(INTRO_HEADING_ID)), "the introduction");
    let question = render(Some(0), Answers::default());
    assert!(question.contains(&id(QUESTION_HEADING_ID)), "a question");
    let results = render(None, Answers::default());
    assert!(results.contains(&id(RESULTS_HEADING_ID)), "the results");
}

#[derive(Properties, PartialEq)]
struct ForgetProps {
    confirming: bool,
}

#[component]
fn Forget(props: &ForgetProps) -> Html {
    forget(props.confirming, &|_| Callback::noop(), Callback::noop())
}

/// "Forget my answers" writes its ids and its group's name out as literals (for size):
/// they must be the ones focus moves to and the words the content holds.
#[test]
fn forget_has_the_ids_focus_moves_to_and_its_own_words_as_its_name() {
    use crying_explainer::components::quiz::{FORGET_ASK_ID, FORGET_NO_ID};
    let render = |confirming| {
        futures::executor::block_on(
            yew::LocalServerRenderer::<Forget>::with_props(ForgetProps { confirming })
                .hydratable(false)
                .render(),
        )
    };
    let (asking, confirming) = (render(false), render(true));
    assert!(
        asking.contains(&format!("id=\"{FORGET_ASK_ID}\"")),
        "{asking}"
    );
    assert!(
        confirming.contains(&format!("id=\"{FORGET_NO_ID}\"")),
        "{confirming}"
    );
    for html in [&asking, &confirming] {
        assert!(
            html.contains(&format!("aria-label=\"{}\"", esc(&text::FORGET))),
            "{html}"
        );
    }
}
