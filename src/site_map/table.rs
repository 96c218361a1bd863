//! The table of pages: every screen with a page of its own, in the order the site lists
//! them, with the facts each part of the build needs.

#[cfg(not(target_arch = "wasm32"))]
use crate::content::text::Text;
#[cfg(not(target_arch = "wasm32"))]
use crate::content::{embed, tears};
use crate::content::{home, site};
use crate::model::route::{Route, Section};
use crate::model::walkthrough::{View, STEP_COUNT};
use crate::site_map::words::Bundle;

/// One page of the site.
#[derive(Debug, PartialEq)]
pub struct PageRow {
    /// The screen it shows.
    pub route: Route,
    /// Its folder below the site's folder, e.g. `flow/`; empty for home.
    pub address: &'static str,
    /// Its `h1`, and the first part of its document title. The prerender's and the
    /// tests': in the browser the heading is on the page already (see
    /// [`title_with_heading`]), and each pointer in this table costs the download bytes
    /// that do not compress.
    #[cfg(not(target_arch = "wasm32"))]
    pub heading: Text,
    /// The page a reader goes up to from here (`None` for home).
    pub parent: Option<Route>,
    /// The section a host page can embed on its own (`data-section` in `embed.js`).
    pub section: Option<Section>,
    /// Its place in the walkthrough, if it is part of it.
    pub place: Option<View>,
    /// Its own words, besides the shell's (see [`crate::site_map::words::needs`]).
    pub words: Bundle,
    /// What its meta description says (each step's adds the step): the prerender's only,
    /// kept out of the browser's download.
    #[cfg(not(target_arch = "wasm32"))]
    pub summary: Text,
}

const fn step(n: u8, address: &'static str) -> PageRow {
    PageRow {
        route: if n == 1 {
            Route::Section(Section::Tears)
        } else {
            Route::Tears(View::Step(n))
        },
        address,
        #[cfg(not(target_arch = "wasm32"))]
        heading: tears::STEPS[n as usize - 1].title,
        parent: if n == 1 {
            Some(Route::Home)
        } else {
            Some(Route::Section(Section::Tears))
        },
        section: Some(Section::Tears),
        place: Some(View::Step(n)),
        words: Bundle::Step(n),
        #[cfg(not(target_arch = "wasm32"))]
        summary: site::section(Section::Tears).summary,
    }
}

const fn section(section: Section, address: &'static str) -> PageRow {
    #[cfg(not(target_arch = "wasm32"))]
    let text = site::section(section);
    PageRow {
        route: Route::Section(section),
        address,
        #[cfg(not(target_arch = "wasm32"))]
        heading: text.title,
        parent: Some(Route::Home),
        section: Some(section),
        place: None,
        words: match section {
            Section::Tears => Bundle::Step(1),
            Section::Flow => Bundle::Flow,
            Section::Reflect => Bundle::Reflect,
        },
        #[cfg(not(target_arch = "wasm32"))]
        summary: text.summary,
    }
}

/// The pages that are not walkthrough steps: home, the comparison, the flow, the
/// reflection and the page for hosts.
pub const OTHER_PAGES: usize = 5;

/// Every page, home first; the walkthrough's in its order.
pub static PAGES: [PageRow; OTHER_PAGES + STEP_COUNT as usize] = [
    PageRow {
        route: Route::Home,
        address: "",
        #[cfg(not(target_arch = "wasm32"))]
        heading: site::TITLE,
        parent: None,
        section: None,
        place: None,
        words: Bundle::Home,
        #[cfg(not(target_arch = "wasm32"))]
        summary: home::DESCRIPTION,
    },
    step(1, "tears/"),
    step(2, "tears/2/"),
    step(3, "tears/3/"),
    step(4, "tears/4/"),
    step(5, "tears/5/"),
    step(6, "tears/6/"),
    PageRow {
        route: Route::Tears(View::Compare),
        address: "tears/compare/",
        #[cfg(not(target_arch = "wasm32"))]
        heading: tears::compare::COMPARE_TITLE,
        parent: Some(Route::Section(Section::Tears)),
        section: Some(Section::Tears),
        place: Some(View::Compare),
        words: Bundle::Compare,
        #[cfg(not(target_arch = "wasm32"))]
        summary: tears::compare::COMPARE_INTRO,
    },
    section(Section::Flow, "flow/"),
    section(Section::Reflect, "reflect/"),
    PageRow {
        route: Route::Embed,
        address: "embed/",
        #[cfg(not(target_arch = "wasm32"))]
        heading: embed::TITLE,
        parent: Some(Route::Home),
        section: None,
        place: None,
        words: Bundle::Embed,
        #[cfg(not(target_arch = "wasm32"))]
        summary: embed::INTRO,
    },
];

/// The row of `route`'s page (step 1 of the walkthrough is the section's own page).
/// Total: a route with no page of its own (a step out of range) is home's.
pub fn row(route: Route) -> &'static PageRow {
    let route = match route {
        Route::Tears(View::Step(1)) => Route::Section(Section::Tears),
        other => other,
    };
    PAGES.iter().find(|r| r.route == route).unwrap_or(&PAGES[0])
}

/// The document title of a page with this `heading`: the heading, then the guide's name,
/// so a tab, a bookmark or a search result says where it leads. Home's says what the
/// guide is.
pub fn title_with_heading(route: Route, heading: &str) -> String {
    match route {
        Route::Home => format!("{} · {}", site::TITLE, home::TAGLINE),
        _ => format!("{heading} · {}", site::TITLE),
    }
}

/// The document title of `route`'s page.
#[cfg(not(target_arch = "wasm32"))]
pub fn document_title(route: Route) -> String {
    title_with_heading(route, row(route).heading.words())
}

/// The meta description of `route`'s page.
#[cfg(not(target_arch = "wasm32"))]
pub fn description(route: Route) -> String {
    let page = row(route);
    match page.place {
        Some(View::Step(n)) => format!(
            "Step {n} of {STEP_COUNT} of a gentle guide to why we cry: {}. {}",
            page.heading.words().to_lowercase(),
            page.summary.words()
        ),
        _ => page.summary.words().to_owned(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_route_has_one_row_and_every_row_its_own_address() {
        let addresses: HashSet<_> = PAGES.iter().map(|r| r.address).collect();
        assert_eq!(addresses.len(), PAGES.len());
        for page in &PAGES {
            assert_eq!(row(page.route), page);
            assert!(page.address.is_empty() || page.address.ends_with('/'));
        }
        assert_eq!(row(Route::Tears(View::Step(1))).address, "tears/");
    }

    #[test]
    fn the_walkthrough_rows_are_its_steps_in_order_then_the_comparison() {
        let places: Vec<_> = PAGES.iter().filter_map(|r| r.place).collect();
        let mut expected: Vec<_> = (1..=STEP_COUNT).map(View::Step).collect();
        expected.push(View::Compare);
        assert_eq!(places, expected);
    }

    #[test]
    fn every_parent_is_a_page_and_every_section_page_lives_in_its_folder() {
        for page in &PAGES {
            if let Some(parent) = page.parent {
                assert!(PAGES.iter().any(|r| r.route == parent), "{}", page.address);
            }
            if let Some(section) = page.section {
                assert!(page.address.starts_with(&format!("{}/", section.slug())));
            }
        }
        assert_eq!(PAGES.iter().filter(|r| r.parent.is_none()).count(), 1);
    }

    #[test]
    fn titles_and_descriptions_are_all_different() {
        let titles: HashSet<_> = PAGES.iter().map(|r| document_title(r.route)).collect();
        let descriptions: HashSet<_> = PAGES.iter().map(|r| description(r.route)).collect();
        assert_eq!(titles.len(), PAGES.len());
        assert_eq!(descriptions.len(), PAGES.len());
        assert_eq!(
            description(Route::Tears(View::Step(3))),
            format!(
                "Step 3 of {STEP_COUNT} of a gentle guide to why we cry: {}. {}",
                tears::STEPS[2].title.words().to_lowercase(),
                site::section(Section::Tears).summary
            )
        );
    }
}
