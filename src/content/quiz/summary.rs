//! The plain-text summary the reader can copy or download to bring to a session.

use crate::content::text::Text;

use super::reflect::{told_sentence, Reflection};
use super::{self as text, QUESTIONS, RATHER_NOT_SAY};
use crate::content::{evidence, support};
use crate::model::quiz::Reply;

/// The words of one reply, for "what you told us".
pub fn reply_text(question: usize, reply: Reply) -> Text {
    match reply {
        Reply::RatherNotSay => RATHER_NOT_SAY,
        Reply::Chose(a) => QUESTIONS
            .get(question)
            .and_then(|q| q.answers.get(usize::from(a)))
            .copied()
            .unwrap_or(RATHER_NOT_SAY),
    }
}

/// The reflections as plain text: each card, then crisis support. No scores, nothing
/// but what the reader chose and the cards' own words.
pub fn summary_text(reflections: &[Reflection]) -> String {
    // Plain pushes rather than `format!`: this runs in the browser, and formatting
    // machinery costs download size.
    let mut out = String::with_capacity(4096);
    let o = &mut out;
    line(o, &[&text::SUMMARY_TITLE]);
    underline(o, text::SUMMARY_TITLE, "=");
    line(o, &[]);
    line(o, &[&text::SUMMARY_NOTE]);
    for card in reflections {
        line(o, &[]);
        let prompts = match card {
            Reflection::General => {
                heading(o, text::GENERAL_TITLE);
                for p in text::GENERAL_TEXT {
                    line(o, &[p]);
                }
                text::GENERAL_PROMPTS
            }
            Reflection::Theme { theme, told } => {
                let t = text::theme(*theme);
                heading(o, t.title);
                line(o, &[&text::TOLD_HEADING, &":"]);
                for (q, reply) in told {
                    if let Some(question) = QUESTIONS.get(*q) {
                        line(o, &[&"- ", &question.short, &": ", &reply_text(*q, *reply)]);
                    }
                }
                line(o, &[&told_sentence(told)]);
                line(o, &[]);
                let e = t.evidence;
                // The note's own lead-ins, so the file reads as the screen did.
                line(o, &[&evidence::ARTICLE_SAYS, &" ", &e.claim]);
                line(o, &[]);
                line(o, &[&evidence::RESEARCH_SAYS, &" ", &e.summary]);
                line(
                    o,
                    &[
                        &text::SUMMARY_STRENGTH,
                        &": ",
                        &e.strength.label(),
                        &". ",
                        &e.strength.meaning(),
                    ],
                );
                line(o, &[&evidence::SOURCE, &" ", &e.citation]);
                t.prompts
            }
        };
        line(o, &[]);
        line(o, &[&text::PROMPTS_HEADING, &":"]);
        for p in prompts {
            line(o, &[&"- ", p]);
        }
    }
    line(o, &[]);
    heading(o, text::SUMMARY_SUPPORT);
    line(o, &[&support::UK_LEAD]);
    for l in support::LINES.iter().chain(support::MORE_LINES) {
        line(o, &[&"- ", &l.name, &": ", &l.number, &", ", &l.detail]);
    }
    for parts in [
        [
            support::EMERGENCY_BEFORE,
            support::EMERGENCY_NUMBER,
            support::EMERGENCY_AFTER,
        ],
        [
            support::ABROAD_BEFORE,
            support::ABROAD_LINK,
            support::ABROAD_AFTER,
        ],
    ] {
        line(o, &[&"- ", &parts[0], &" ", &parts[1], &" ", &parts[2]]);
    }
    out
}

/// A piece of a line: the content's words, or punctuation between them.
trait Piece {
    fn push_to(&self, out: &mut String);
}

impl Piece for Text {
    fn push_to(&self, out: &mut String) {
        out.push_str(&self.value());
    }
}

impl Piece for &str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

fn line(out: &mut String, parts: &[&dyn Piece]) {
    for p in parts {
        p.push_to(out);
    }
    out.push('\n');
}

fn underline(out: &mut String, title: Text, mark: &str) {
    // Titles are plain ASCII, so bytes are characters.
    line(out, &[&mark.repeat(title.value().len()).as_str()]);
}

fn heading(out: &mut String, title: Text) {
    line(out, &[&title]);
    underline(out, title, "-");
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::quiz::reflections;
    use crate::model::quiz::Answers;

    #[test]
    fn the_summary_tells_back_answers_cards_research_and_crisis_numbers() {
        let mut answers = Answers::default();
        answers.set(1, Some(Reply::Chose(3)));
        answers.set(9, Some(Reply::RatherNotSay));
        let text = summary_text(&reflections(&answers));
        assert!(text.starts_with(text::SUMMARY_TITLE.words()));
        assert!(text.contains("- How often you hold tears back: Almost always"));
        assert!(text.contains("- Crying in a counselling session: I'd rather not say"));
        assert!(text.contains("Holding tears back\n------------------"));
        // The lead-ins the note has on screen.
        assert!(text.contains("The article says: Holding feelings in"));
        assert!(text.contains("Research so far suggests: "));
        assert!(text.contains("How strong the evidence is: Mixed evidence. Studies differ"));
        assert!(text.contains("Source: Gross & John"));
        // Plain punctuation: no brackets inside brackets, no "(…):" joins.
        assert!(text.contains("- Samaritans: 116 123, any time, day or night\n"));
        assert!(!text.contains(")):") && !text.contains(".):") && !text.contains("))"));
        for n in [
            "UK lines",
            "116 123",
            "SHOUT to 85258",
            "111",
            "0808 808 8000",
            "0800 1111",
            "999",
            "findahelpline.com",
        ] {
            assert!(text.contains(n), "{n}");
        }
    }

    #[test]
    fn all_skipped_gives_the_general_reflection_in_the_summary() {
        let text = summary_text(&reflections(&Answers::default()));
        assert!(text.contains(text::GENERAL_TITLE.words()));
        assert!(text.contains(text::GENERAL_PROMPTS[0].words()));
    }

    #[test]
    fn no_score_percentage_or_label_ever_appears() {
        let text = summary_text(&reflections(&Answers::default()));
        let mut all = text;
        for a in [0u8, 1, 2, 3] {
            let mut answers = Answers::default();
            for q in 0..QUESTIONS.len() {
                answers.set(q, Some(Reply::Chose(a)));
            }
            all.push_str(&summary_text(&reflections(&answers)));
        }
        let lower = all.to_lowercase();
        for banned in ["score", "%", "you have ", "out of", "points", "diagnos"] {
            let allowed_not_a_diagnosis = banned == "diagnos" && lower.contains("not a diagnosis");
            if !allowed_not_a_diagnosis {
                assert!(!lower.contains(banned), "{banned}");
            }
        }
    }
}
