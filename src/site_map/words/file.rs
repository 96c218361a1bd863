//! The words files: the bundles the app fetches together, and which of them a page
//! preloads.

#[cfg(not(target_arch = "wasm32"))]
use super::needs;
use super::Bundle;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::route::Route;
#[cfg(not(target_arch = "wasm32"))]
use crate::site_map::{row, PageRow, PAGES};

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
    /// The rest of the walkthrough: step 2 to the last, and the comparison.
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
            WordsFile::Walkthrough => Bundle::AFTER_FIRST_STEP,
        }
    }

    /// The file holding `bundle`; none for the shell, which every page carries.
    pub fn holding(bundle: Bundle) -> Option<WordsFile> {
        WordsFile::ALL
            .into_iter()
            .find(|f| f.bundles().contains(&bundle))
    }
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
    let pages = &PAGES;
    let here = row(here);
    // `row` answers with a row of the table, so it has a place in it.
    let at = pages
        .iter()
        .position(|p| p.route == here.route)
        .unwrap_or(0);
    // The section's pages by distance, the one after before the one before; then the
    // pages the navigation links to.
    let mut near: Vec<(usize, &PageRow)> = pages
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

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
