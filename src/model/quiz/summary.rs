//! The plain-text summary the reader can copy or download to bring to a session.

use crate::content::quiz::{self as text, QUESTIONS, RATHER_NOT_SAY};
use crate::content::support;

use super::reflect::{Reflection, Tone};
use super::Reply;

/// The words of one reply, for "what you told us".
pub fn reply_text(question: usize, reply: Reply) -> &'static str {
    match reply {
        Reply::RatherNotSay => RATHER_NOT_SAY,
        Reply::Chose(a) => QUESTIONS
            .get(question)
            .and_then(|q| q.answers.get(usize::from(a)))
            .copied()
            .unwrap_or(RATHER_NOT_SAY),
    }
}

/// The kind sentence that opens "what you told us" on a card.
pub fn tone_text(theme: &text::ThemeText, tone: Tone) -> &'static str {
    match tone {
        Tone::Leaning => theme.told_leaning,
        Tone::Easy => theme.told_easy,
        Tone::Unanswered => text::TOLD_NOTHING,
    }
}

/// The reflections as plain text: each card, then crisis support. No scores, nothing
/// but what the reader chose and the cards' own words.
pub fn summary_text(reflections: &[Reflection]) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(text::SUMMARY_TITLE);
    line(&"=".repeat(text::SUMMARY_TITLE.len()));
    line("");
    line(text::SUMMARY_NOTE);
    for card in reflections {
        line("");
        match card {
            Reflection::General => {
                heading(&mut line, text::GENERAL_TITLE);
                for p in text::GENERAL_TEXT {
                    line(p);
                }
                line("");
                line(&format!("{}:", text::PROMPTS_HEADING));
                for p in text::GENERAL_PROMPTS {
                    line(&format!("- {p}"));
                }
            }
            Reflection::Theme { theme, tone, told } => {
                let t = text::theme(*theme);
                heading(&mut line, t.title);
                line(&format!("{}:", text::TOLD_HEADING));
                for (q, reply) in told {
                    if let Some(question) = QUESTIONS.get(*q) {
                        line(&format!("- {}: {}", question.short, reply_text(*q, *reply)));
                    }
                }
                line(tone_text(t, *tone));
                line("");
                line(&format!("{}: {}", text::ARTICLE_HEADING, t.article));
                line("");
                line(&format!(
                    "{} ({}): {}",
                    text::SUMMARY_RESEARCH,
                    t.evidence.strength.label(),
                    t.evidence.summary
                ));
                line(&format!("({})", t.evidence.citation));
                line("");
                line(&format!("{}:", text::PROMPTS_HEADING));
                for p in t.prompts {
                    line(&format!("- {p}"));
                }
            }
        }
    }
    line("");
    heading(&mut line, text::SUMMARY_SUPPORT);
    for l in support::LINES {
        line(&format!("- {}: {} ({})", l.name, l.number, l.detail));
    }
    line(&format!(
        "- {} {} {}",
        support::EMERGENCY_BEFORE,
        support::EMERGENCY_NUMBER,
        support::EMERGENCY_AFTER
    ));
    out
}

fn heading(line: &mut impl FnMut(&str), title: &str) {
    line(title);
    line(&"-".repeat(title.chars().count()));
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::quiz::{reflections, Answers};

    #[test]
    fn the_summary_tells_back_answers_cards_research_and_crisis_numbers() {
        let mut answers = Answers::default();
        answers.set(1, Some(Reply::Chose(3)));
        answers.set(9, Some(Reply::RatherNotSay));
        let text = summary_text(&reflections(&answers));
        assert!(text.starts_with(text::SUMMARY_TITLE));
        assert!(text.contains("- How often you hold tears back: Almost always"));
        assert!(text.contains("- Crying in a counselling session: I'd rather not say"));
        assert!(text.contains("Holding tears back\n------------------"));
        assert!(text.contains("Research so far suggests (Mixed evidence):"));
        for n in ["116 123", "111", "0800 1111", "999"] {
            assert!(text.contains(n), "{n}");
        }
    }

    #[test]
    fn all_skipped_gives_the_general_reflection_in_the_summary() {
        let text = summary_text(&reflections(&Answers::default()));
        assert!(text.contains(text::GENERAL_TITLE));
        assert!(text.contains(text::GENERAL_PROMPTS[0]));
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
