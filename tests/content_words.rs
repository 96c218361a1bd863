//! Words that must never come back: claims the sources do not support ("everyone cries",
//! "scientists agree", "back to your usual mood", "calming" nerves to the tear gland). Checked
//! in every content string (the source of `src/content/`, with Rust's line continuations
//! joined) and in every server-rendered page, including the quiz's cards and text summary.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::content::quiz::{reflections, summary_text, Theme};
use crying_explainer::model::quiz::{Answers, Reply, QUESTION_COUNT};
use crying_explainer::model::Route;
use crying_explainer::site_map::Page;
use std::path::Path;

/// Phrases that claim more than the research shows (issue 18, `shared/EVIDENCE.md`).
const NEVER: &[&str] = &[
    "everyone cries",
    "everybody cries",
    "every person",
    "scientists agree",
    "back to your usual mood",
    "back to usual",
    "calming \"rest and digest\"",
    "calming side",
    "calming nerve",
    "the calming",
    "rest and digest",
];

/// Lower case, with Rust string line continuations (`\` then the line break and the next
/// line's indent) and runs of white space made one space, so a phrase split across source
/// lines is still found.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&'\n') {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            continue;
        }
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out.replace("\\\"", "\"")
}

fn assert_clean(place: &str, text: &str) {
    let text = normalise(text);
    for phrase in NEVER {
        assert!(!text.contains(phrase), "{place} says \"{phrase}\"");
    }
    // "Calming" anywhere near a nerve: the gland's wiring is not the soothing hypothesis.
    for (i, _) in text.match_indices("calming") {
        let near = &text[i..(i + 60).min(text.len())];
        assert!(!near.contains("nerve"), "{place}: calming nerves: {near}");
    }
}

#[test]
fn no_content_string_claims_more_than_its_source() {
    // Folders too: a feature's words may be split into a folder module (`content/quiz/`).
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content")];
    let mut files = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/content") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("read");
            // Only the strings, not this rule's own test code in a content file.
            let strings = source.split("#[cfg(all(test").next().unwrap_or(&source);
            assert_clean(&path.display().to_string(), strings);
            files += 1;
        }
    }
    assert!(files >= 15, "{files} content files");
}

#[test]
fn no_page_claims_more_than_its_source() {
    for page in Page::all() {
        let html = support::render_page(page);
        assert_clean(&format!("{:?}", page.route), &html);
    }
    assert_clean("home", &support::render_route(Route::Home));
}

#[test]
fn no_reflection_or_summary_claims_more_than_its_source() {
    // Each question answered the same way (each answer, "rather not say", skipped), and
    // each theme alone: every card and every line of the summary is covered.
    let mut sets = Vec::new();
    for pick in 0..=5u8 {
        let mut answers = Answers::default();
        for q in 0..QUESTION_COUNT {
            let reply = match pick {
                4 => Some(Reply::RatherNotSay),
                5 => None,
                a => Some(Reply::Chose(a)),
            };
            answers.set(q, reply);
        }
        sets.push(answers);
    }
    for theme in Theme::ALL {
        let mut answers = Answers::default();
        let q = crying_explainer::content::quiz::QUESTIONS
            .iter()
            .position(|x| x.theme == theme)
            .unwrap_or(0);
        answers.set(q, Some(Reply::Chose(0)));
        sets.push(answers);
    }
    for answers in sets {
        assert_clean("summary", &summary_text(&reflections(&answers)));
    }
}

#[test]
fn the_guard_finds_a_phrase_split_across_source_lines() {
    let source = "\"Crying is normal. Everyone \\\n         cries at some time.\"";
    assert!(normalise(source).contains("everyone cries"));
    let nerves = "through the calming \\\"rest and digest\\\" nerves";
    assert!(std::panic::catch_unwind(|| assert_clean("sample", nerves)).is_err());
}
