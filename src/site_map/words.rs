//! Which words each page needs. The content's phrases come in bundles, one per part of
//! the site: a page's HTML carries the bundles its row names (as data, see
//! `src/bin/prerender/words.rs`), and the app fetches another page's bundles before it
//! shows that page.

#[cfg(not(target_arch = "wasm32"))]
use crate::model::route::Route;

/// The `id` of each page's data block, which the prerender writes and `web::words` reads.
pub const BLOCK_ID: &str = "words";

/// The file of `file`'s words, from the site's folder, in the version `version` (the
/// prerender writes them all under one version and names it in each page's data block).
pub fn file_name(file: WordsFile, version: &str) -> String {
    format!("words-{}-{version}.json", file.name())
}

/// A file of words the app fetches: the bundles of several pages together. Two files, not
/// one a bundle: a browser opens at most six connections to a site over HTTP/1.1, and a
/// page's own files take five or six of them, so on a slow phone a dozen small files
/// queued behind the stylesheets and the wasm, and a move right at interactive waited up
/// to half a second for words asked for at the start (`scripts/bench-move.mjs`). Every
/// bundle but the shell's (which every page carries) is in exactly one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordsFile {
    /// The pages the navigation and the footer link to: home, each section's first page,
    /// the page for hosts, and the evidence notes' labels they share.
    Nav,
    /// The rest of the walkthrough: steps 2 to 6 and the comparison.
    Walkthrough,
}

impl WordsFile {
    /// Every file.
    pub const ALL: [WordsFile; 2] = [WordsFile::Nav, WordsFile::Walkthrough];

    /// Its name in its file's name.
    pub fn name(self) -> &'static str {
        match self {
            WordsFile::Nav => "nav",
            WordsFile::Walkthrough => "walkthrough",
        }
    }

    /// The bundles it holds.
    pub fn bundles(self) -> &'static [Bundle] {
        use Bundle::*;
        match self {
            WordsFile::Nav => &[Home, Evidence, Tears, Step(1), Flow, Reflect, Embed],
            WordsFile::Walkthrough => &[Step(2), Step(3), Step(4), Step(5), Step(6), Compare],
        }
    }

    /// The file holding `bundle`; none for the shell, which every page carries.
    pub fn holding(bundle: Bundle) -> Option<WordsFile> {
        WordsFile::ALL
            .into_iter()
            .find(|f| f.bundles().contains(&bundle))
    }
}

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
    /// One step's own words (1 to 6).
    Step(u8),
    /// The comparison's own words.
    Compare,
    Flow,
    Reflect,
    Embed,
}

impl Bundle {
    /// Every bundle, the shell's first.
    pub const ALL: [Bundle; 14] = [
        Bundle::Shell,
        Bundle::Home,
        Bundle::Evidence,
        Bundle::Tears,
        Bundle::Step(1),
        Bundle::Step(2),
        Bundle::Step(3),
        Bundle::Step(4),
        Bundle::Step(5),
        Bundle::Step(6),
        Bundle::Compare,
        Bundle::Flow,
        Bundle::Reflect,
        Bundle::Embed,
    ];

    /// Its place in [`Bundle::ALL`].
    pub fn index(self) -> usize {
        Bundle::ALL.iter().position(|b| *b == self).unwrap_or(0)
    }

    /// Its name in the page's data and in its file's name.
    pub fn name(self) -> &'static str {
        const STEPS: [&str; 6] = ["step-1", "step-2", "step-3", "step-4", "step-5", "step-6"];
        match self {
            Bundle::Shell => "shell",
            Bundle::Home => "home",
            Bundle::Evidence => "evidence",
            Bundle::Tears => "tears",
            Bundle::Step(n) => STEPS[usize::from(n.clamp(1, 6)) - 1],
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
            Bundle::Step(n) => match n {
                2 => &["src/content/tears/step_2.rs"],
                3 => &["src/content/tears/step_3.rs"],
                4 => &["src/content/tears/step_4.rs"],
                5 => &["src/content/tears/step_5.rs"],
                6 => &["src/content/tears/step_6.rs"],
                _ => &["src/content/tears/step_1.rs"],
            },
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
            let claims = step.blocks.iter().filter_map(|b| match b {
                Block::Claim(_, e) => Some(*e),
                Block::Plain(_) => None,
            });
            claims.chain(figure(&step.explorable)).collect()
        }
        Bundle::Compare => compare::COMPARE_ROWS
            .iter()
            .flat_map(|r| r.emotional.notes.iter().chain(r.reflex.notes).copied())
            .chain(figure(&compare::EXPLORABLE))
            .collect(),
        Bundle::Flow => vec![flow::IDEA_EVIDENCE, flow::RESEARCH_EVIDENCE],
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

/// The files to fetch first on `here`'s page: those holding the words of the other pages
/// of its section (a reader pressing Next at once needs the next step's) and of the pages
/// the navigation links to (home, the sections), the nearest pages' first: the first of
/// them a page asks for may take the one connection left beside its own files, and the
/// rest wait for one. The prerender writes a preload of each (their priority: see
/// `src/bin/prerender/document.rs`); the app asks for every file as it starts, and these
/// come first, so a move right after the app starts finds them in.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_wave(here: Route) -> Vec<WordsFile> {
    let pages = &super::PAGES;
    let here = super::row(here);
    // `row` answers with a row of the table, so it has a place in it.
    let at = pages
        .iter()
        .position(|p| p.route == here.route)
        .unwrap_or(0);
    // The section's pages by distance, the one after before the one before; then the
    // pages the navigation links to.
    let mut near: Vec<(usize, &super::PageRow)> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| here.section.is_some() && p.section == here.section)
        .map(|(i, p)| (i.abs_diff(at) * 2 + usize::from(i < at), p))
        .collect();
    near.sort_by_key(|(distance, _)| *distance);
    let linked = pages
        .iter()
        .filter(|p| matches!(p.route, Route::Home | Route::Section(_)));
    let carried = needs(here.words);
    let mut wave = Vec::new();
    for page in near.into_iter().map(|(_, p)| p).chain(linked) {
        for bundle in needs(page.words).iter().filter(|b| !carried.contains(b)) {
            match WordsFile::holding(*bundle) {
                Some(file) if !wave.contains(&file) => wave.push(file),
                _ => {}
            }
        }
    }
    wave
}

/// The bundles a page with `own` words needs, the shell's first: the shell's, the
/// evidence notes' labels for a section that shows claims, the walkthrough's shared words
/// for one of its pages, and its own. Written out as a table: a slice a bundle is about
/// 0.8 KB brotli smaller in the download than the same sets built by code (measured).
pub fn needs(own: Bundle) -> &'static [Bundle] {
    use Bundle::*;
    match own {
        Shell => &[Shell],
        Home => &[Shell, Home],
        Evidence => &[Shell, Evidence],
        Tears => &[Shell, Evidence, Tears],
        Step(1) => &[Shell, Evidence, Tears, Step(1)],
        Step(2) => &[Shell, Evidence, Tears, Step(2)],
        Step(3) => &[Shell, Evidence, Tears, Step(3)],
        Step(4) => &[Shell, Evidence, Tears, Step(4)],
        Step(5) => &[Shell, Evidence, Tears, Step(5)],
        Step(_) => &[Shell, Evidence, Tears, Step(6)],
        Compare => &[Shell, Evidence, Tears, Compare],
        Flow => &[Shell, Evidence, Flow],
        Reflect => &[Shell, Evidence, Reflect],
        Embed => &[Shell, Embed],
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_is_found_by_its_name_and_needs_the_shell() {
        for (i, b) in Bundle::ALL.into_iter().enumerate() {
            assert_eq!(b.index(), i);
            assert_eq!(Bundle::named(b.name()), Some(b));
            let all = needs(b).to_vec();
            assert_eq!(all[0], Bundle::Shell);
            assert!(all.contains(&b));
            let mut unique = all.clone();
            unique.dedup();
            assert_eq!(unique, all, "{b:?}");
        }
        assert_eq!(Bundle::named("nope"), None);
    }

    #[test]
    fn every_bundle_but_the_shell_is_in_one_file() {
        for bundle in Bundle::ALL {
            let holding: Vec<_> = WordsFile::ALL
                .into_iter()
                .filter(|f| f.bundles().contains(&bundle))
                .collect();
            let expected = usize::from(bundle != Bundle::Shell);
            assert_eq!(holding.len(), expected, "{bundle:?}");
            assert_eq!(WordsFile::holding(bundle), holding.first().copied());
        }
    }

    #[test]
    fn the_first_wave_holds_the_linked_pages_words_and_the_section_s() {
        use crate::model::route::Section;
        use crate::model::walkthrough::View;
        for route in [Route::Home, Route::Section(Section::Flow), Route::Embed] {
            assert_eq!(
                first_wave(route),
                [WordsFile::Nav],
                "{route:?}: the rest later"
            );
        }
        for view in [View::Step(1), View::Step(3), View::Compare] {
            assert_eq!(
                first_wave(Route::Tears(view)),
                [WordsFile::Walkthrough, WordsFile::Nav],
                "{view:?}: the next step's words first, then the sections'"
            );
        }
        for page in crate::site_map::PAGES.iter() {
            for bundle in needs(page.words) {
                let file = WordsFile::holding(*bundle);
                let near = page.route == Route::Home || page.parent == Some(Route::Home);
                if near && *bundle != Bundle::Shell {
                    assert_eq!(
                        file,
                        Some(WordsFile::Nav),
                        "{:?}: every linked page's words come first",
                        page.route
                    );
                }
            }
        }
    }
}
