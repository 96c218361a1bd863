//! What the article says beside what research says, one entry per claim (from
//! the product's `EVIDENCE.md`, kept beside this repository in `../shared/`; the entries
//! are in `entries.rs`). Every feature shows its claims
//! through these entries, so a claim and its evidence note can never drift apart.

use crate::content::text::Text;
use crate::t;

mod entries;
pub use entries::*;

// The words around every note: its button and the lead-ins inside it.

/// The disclosure button's text.
pub const TOGGLE: Text = t!("What the research says");
/// Lead-in for the article's claim inside an open note.
pub const ARTICLE_SAYS: Text = t!("The article says:");
/// Lead-in for the research summary inside an open note.
pub const RESEARCH_SAYS: Text = t!("Research so far suggests:");
/// Lead-in for the citation.
pub const SOURCE: Text = t!("Source:");
/// Prefix for the strength label, for screen readers.
pub const STRENGTH_PREFIX: Text = t!("Evidence:");

/// How strong the evidence is for a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Strength {
    WellSupported,
    Mixed,
    Hypothesis,
    Metaphor,
    /// The article's own image, with no study to weigh it against.
    ArticleView,
}

impl Strength {
    /// The label a reader sees, and what it means in plain words: the two are shown
    /// together wherever a strength is shown, so they are written side by side.
    fn words(self) -> (Text, Text) {
        match self {
            Strength::WellSupported => (t!("Well supported"), t!("Many studies agree.")),
            Strength::Mixed => (
                t!("Mixed evidence"),
                t!("Studies differ, or there are few."),
            ),
            Strength::Hypothesis => (t!("Hypothesis"), t!("Little or no good evidence yet.")),
            Strength::Metaphor => (t!("Metaphor"), t!("A way to picture it, not a fact.")),
            Strength::ArticleView => (
                t!("The article's view"),
                t!("The author's view. No study tests it."),
            ),
        }
    }

    /// The label a reader sees.
    pub fn label(self) -> Text {
        self.words().0
    }

    /// What the label means, in plain words.
    pub fn meaning(self) -> Text {
        self.words().1
    }

    /// A stable name for styling (a note's `data-strength`).
    pub fn slug(self) -> &'static str {
        match self {
            Strength::WellSupported => "well-supported",
            Strength::Mixed => "mixed",
            Strength::Hypothesis => "hypothesis",
            Strength::Metaphor => "metaphor",
            Strength::ArticleView => "article",
        }
    }
}

/// One claim of the article with what research says about it.
#[derive(Debug, PartialEq, Eq)]
pub struct Evidence {
    /// A short stable id, used to build element ids.
    pub id: &'static str,
    /// The article's claim, in our words.
    pub claim: Text,
    /// How strong the evidence is.
    pub strength: Strength,
    /// What research says, in plain language.
    pub summary: Text,
    /// Where it comes from.
    pub citation: Text,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_complete_and_ids_are_unique() {
        let mut ids = std::collections::HashSet::new();
        for e in ALL {
            assert!(ids.insert(e.id), "duplicate id {}", e.id);
            assert!(!e.claim.is_empty() && !e.summary.is_empty() && !e.citation.is_empty());
            assert!(e.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
    }

    #[test]
    fn qi_is_never_stated_as_fact() {
        assert_eq!(QI_FLOW.strength, Strength::Metaphor);
        assert_eq!(TOXINS_RELEASED.strength, Strength::Hypothesis);
    }

    #[test]
    fn the_signal_and_the_therapy_bond_are_weighed_apart() {
        assert_eq!(SIGNAL.strength, Strength::WellSupported);
        assert_eq!(BOND.strength, Strength::Mixed);
        assert!(!SIGNAL.claim.contains("therap") && BOND.claim.contains("therapist"));
        assert!(TOXINS_RELEASED.summary.contains("toxins"));
    }

    /// Every source a note cites, as (first author and year, the whole citation from the
    /// authors to its end): a citation is one or more sources, each with its year in
    /// brackets, after a lead-in such as "Reviewed in" or "On therapy:".
    fn sources(citation: &str) -> Vec<(String, String)> {
        let is_year = |w: &[u8]| w.len() == 6 && w[0] == b'(' && w[5] == b')';
        let bytes = citation.as_bytes();
        (0..bytes.len().saturating_sub(5))
            .filter(|&i| {
                is_year(&bytes[i..i + 6]) && bytes[i + 1..i + 5].iter().all(u8::is_ascii_digit)
            })
            .map(|i| {
                let before = &citation[..i];
                let start = ["; ", ": ", ". ", "Reviewed in "]
                    .iter()
                    .filter_map(|lead| before.rfind(lead).map(|at| at + lead.len()))
                    .filter(|&at| !before[..at].ends_with("al. "))
                    .max()
                    .unwrap_or(0);
                let after = &citation[i..];
                let end = ["; ", ". "]
                    .iter()
                    .filter_map(|sep| after.find(sep))
                    .min()
                    .unwrap_or(after.len());
                let whole = citation[start..i + end].trim_end_matches('.');
                let author = whole.split([',', ' ']).next().unwrap_or_default();
                (
                    format!("{author} {}", &citation[i..i + 6]),
                    whole.to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn each_source_is_cited_in_one_form() {
        let mut seen = std::collections::HashMap::new();
        for e in ALL {
            for (key, whole) in sources(e.citation.words()) {
                let first = seen.entry(key.clone()).or_insert_with(|| whole.clone());
                assert_eq!(*first, whole, "{key} is cited in two forms");
                // A journal's name in full: a reader may look it up, and "J Res Pers" is
                // a code only researchers read.
                assert!(
                    !whole.split(' ').any(|w| w.len() == 1 && w != "&"),
                    "{whole}: write the journal's name in full"
                );
            }
        }
        assert_eq!(
            sources("Reviewed in Frey et al. (1981), A B 1:2; Gross & John (2003), C D."),
            [
                ("Frey (1981)".into(), "Frey et al. (1981), A B 1:2".into()),
                ("Gross (2003)".into(), "Gross & John (2003), C D".into()),
            ]
        );
        assert!(seen.len() >= 9, "{seen:?}");
    }

    #[test]
    fn every_label_is_explained() {
        for e in ALL {
            let m = e.strength.meaning();
            assert!(m.ends_with('.') && m.len() < 40, "{m}");
        }
    }
}
