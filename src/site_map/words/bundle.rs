//! The bundles: which content files' phrases the browser gets together, and the evidence
//! notes that travel with each.
//!
//! The steps' tables here (and `needs` in `mod.rs`) are sized by [`STEP_COUNT`]: a new
//! step does not compile until each names its files and words, rather than falling back
//! to another step's.

use crate::model::walkthrough::STEP_COUNT;

const STEPS: usize = STEP_COUNT as usize;

/// A set of phrases the browser gets together: the `t!` phrases of some content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bundle {
    /// The shell every page shows: header, navigation, crisis support, notices.
    Shell,
    /// The home screen's own words (its introduction).
    Home,
    /// What every evidence note shows: its strength labels and lead-ins (the notes' own
    /// words travel with the pages that show them, see [`shown_evidence`]).
    Evidence,
    /// What every walkthrough page shows: controls, labels, the steps' short names.
    Tears,
    /// One step's own words (1 to [`STEP_COUNT`]).
    Step(u8),
    /// The comparison's own words.
    Compare,
    Flow,
    Reflect,
    Embed,
}

impl Bundle {
    /// Every bundle, the shell's first, each step's in order after the walkthrough's.
    pub const ALL: [Bundle; 8 + STEPS] = {
        use Bundle::*;
        let (head, tail) = (
            [Shell, Home, Evidence, Tears],
            [Compare, Flow, Reflect, Embed],
        );
        let mut all = [Shell; 8 + STEPS];
        let mut i = 0;
        while i < 4 {
            all[i] = head[i];
            all[4 + STEPS + i] = tail[i];
            i += 1;
        }
        let mut step = 0;
        while step < STEPS {
            all[4 + step] = Step(step as u8 + 1);
            step += 1;
        }
        all
    };

    /// The bundles of steps 2 on and the comparison: the walkthrough's words file.
    pub const AFTER_FIRST_STEP: &[Bundle] = Bundle::ALL.split_at(5).1.split_at(STEPS).0;

    /// Its place in [`Bundle::ALL`].
    pub fn index(self) -> usize {
        Bundle::ALL.iter().position(|b| *b == self).unwrap_or(0)
    }

    /// Its name in the page's data and in its file's name.
    pub fn name(self) -> &'static str {
        const NAMES: [&str; STEPS] = ["step-1", "step-2", "step-3", "step-4", "step-5", "step-6"];
        match self {
            Bundle::Shell => "shell",
            Bundle::Home => "home",
            Bundle::Evidence => "evidence",
            Bundle::Tears => "tears",
            Bundle::Step(n) => NAMES[usize::from(n.clamp(1, STEP_COUNT)) - 1],
            Bundle::Compare => "compare",
            Bundle::Flow => "flow",
            Bundle::Reflect => "reflect",
            Bundle::Embed => "embed",
        }
    }

    /// The bundle named `name`, if any.
    pub fn named(name: &str) -> Option<Bundle> {
        Bundle::ALL.into_iter().find(|b| b.name() == name)
    }

    /// The content files whose phrases it holds, from the crate's folder.
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn sources(self) -> &'static [&'static str] {
        match self {
            Bundle::Shell => &[
                "src/content/site.rs",
                "src/content/support.rs",
                "src/content/offline.rs",
            ],
            Bundle::Home => &["src/content/home.rs"],
            Bundle::Evidence => &["src/content/evidence/mod.rs"],
            Bundle::Tears => &[
                "src/content/tears/mod.rs",
                "src/content/tears/label.rs",
                "src/content/tears/figures.rs",
            ],
            Bundle::Step(n) => {
                const FILES: [&[&str]; STEPS] = [
                    &["src/content/tears/step_1.rs"],
                    &["src/content/tears/step_2.rs"],
                    &["src/content/tears/step_3.rs"],
                    &["src/content/tears/step_4.rs"],
                    &["src/content/tears/step_5.rs"],
                    &["src/content/tears/step_6.rs"],
                ];
                // Only `ALL`'s steps are ever asked for; past the last is the last's.
                let i = n.saturating_sub(1) as usize;
                FILES[if i < STEPS { i } else { STEPS - 1 }]
            }
            Bundle::Compare => &["src/content/tears/compare.rs"],
            Bundle::Flow => &["src/content/flow.rs"],
            Bundle::Reflect => &[
                "src/content/quiz/mod.rs",
                "src/content/quiz/questions.rs",
                "src/content/quiz/cards.rs",
                "src/content/quiz/reflect.rs",
                "src/content/quiz/summary.rs",
            ],
            Bundle::Embed => &["src/content/embed.rs"],
        }
    }
}

/// The evidence notes a bundle's pages show (beside claims, under figures, on cards):
/// their words travel in that bundle, so a page carries the notes it shows.
#[cfg(not(target_arch = "wasm32"))]
pub fn shown_evidence(bundle: Bundle) -> Vec<&'static crate::content::evidence::Evidence> {
    use crate::content::tears::{self, compare, Block};
    use crate::content::{flow, quiz};
    let figure =
        |e: &'static tears::Explorable| e.choices.iter().flat_map(|c| c.evidence.iter().copied());
    let mut shown: Vec<_> = match bundle {
        Bundle::Step(n) => {
            let step = tears::step_text(n);
            let claims = step.blocks.iter().filter_map(Block::evidence);
            claims.chain(figure(&step.explorable)).collect()
        }
        Bundle::Compare => compare::COMPARE_ROWS
            .iter()
            .flat_map(|r| r.emotional.iter().chain(r.reflex))
            .filter_map(Block::evidence)
            .chain(figure(&compare::EXPLORABLE))
            .collect(),
        Bundle::Flow => std::iter::once(flow::IDEA_EVIDENCE)
            .chain(flow::RESEARCH.iter().map(|(_, evidence)| *evidence))
            .collect(),
        Bundle::Reflect => quiz::Theme::ALL
            .iter()
            .map(|t| quiz::theme(*t).evidence)
            .collect(),
        _ => Vec::new(),
    };
    shown.sort_by_key(|e| e.id);
    shown.dedup_by_key(|e| e.id);
    shown
}
