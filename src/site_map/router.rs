//! The router, from the table: any path (or an old `#/…` hash link) to the screen it
//! names, and each screen to its folder.

use super::table::{row, PageRow, PAGES};
use crate::model::route::Route;
use crate::model::walkthrough::View;

impl Route {
    /// Parses a path below the site's folder such as `tears/3/`, or an old hash link
    /// such as `#/tears/3`. Total: never panics, and any unknown, malformed or oversized
    /// input falls back to [`Route::Home`] so the reader always lands on a real screen.
    /// Below the walkthrough's folder, a page's own name (any case) is that page, a
    /// number is a step (clamped), and anything else is step 1.
    pub fn parse(path: &str) -> Route {
        // A path longer than any real route is not worth scanning.
        if path.len() > 64 {
            return Route::Home;
        }
        let path = path.strip_prefix('#').unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.split('?').next().unwrap_or("");
        // A host may show a folder's page by its file name.
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let (first, rest) = path.split_once('/').unwrap_or((path, ""));
        let rest = rest.split('/').next().unwrap_or("");
        let Some(top) = page_at(&[first]) else {
            return Route::Home;
        };
        if rest.is_empty() {
            return top.route;
        }
        match (page_at(&[first, rest]), top.place) {
            (Some(page), _) => page.route,
            // Only the walkthrough has numbered pages below it.
            (None, Some(_)) => match View::step_from(rest) {
                View::Step(1) => top.route,
                view => Route::Tears(view),
            },
            (None, None) => top.route,
        }
    }

    /// The folder of this route's page below the site's folder, e.g. `flow/`; empty
    /// for home. Step 1 of the walkthrough is the section's own page, `tears/`.
    pub fn path(self) -> &'static str {
        row(self).address
    }

    /// Every screen with a page of its own, in the table's order.
    pub fn all() -> impl Iterator<Item = Route> {
        PAGES.iter().map(|r| r.route)
    }
}

/// The page whose address is the folders `names`, in any case: `["tears", "compare"]`
/// is `tears/compare/`.
fn page_at(names: &[&str]) -> Option<&'static PageRow> {
    PAGES.iter().find(|r| is_address(r.address, names))
}

/// Whether `address` is the folders `names`, each followed by `/`. (On bytes: the
/// browser's download is smaller without the string-pattern machinery.)
fn is_address(address: &str, names: &[&str]) -> bool {
    let mut rest = address.as_bytes();
    for name in names {
        let name = name.as_bytes();
        match (rest.get(..name.len()), rest.get(name.len())) {
            (Some(folder), Some(b'/')) if folder.eq_ignore_ascii_case(name) => {
                rest = &rest[name.len() + 1..];
            }
            _ => return false,
        }
    }
    rest.is_empty()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::model::route::{Route, Section};
    use crate::model::walkthrough::{View, STEP_COUNT};
    use proptest::prelude::*;

    #[test]
    fn parses_each_section() {
        assert_eq!(Route::parse("#/tears"), Route::Section(Section::Tears));
        assert_eq!(Route::parse("#/flow"), Route::Section(Section::Flow));
        assert_eq!(Route::parse("#/reflect"), Route::Section(Section::Reflect));
    }

    #[test]
    fn tolerates_case_missing_slash_and_subpaths() {
        assert_eq!(Route::parse("#/FLOW"), Route::Section(Section::Flow));
        assert_eq!(Route::parse("#tears"), Route::Section(Section::Tears));
        assert_eq!(Route::parse("#/tears/3"), Route::Tears(View::Step(3)));
        assert_eq!(Route::parse("#/flow/3"), Route::Section(Section::Flow));
        assert_eq!(Route::parse("#/tears/"), Route::Section(Section::Tears));
        assert_eq!(
            Route::parse("#/reflect?x=1"),
            Route::Section(Section::Reflect)
        );
    }

    #[test]
    fn unknown_and_malformed_hashes_go_home() {
        for hash in [
            "",
            "#",
            "#/",
            "#/nope",
            "#//",
            "#%00",
            "#/tearsx",
            "#main",
            "#/../flow",
        ] {
            assert_eq!(Route::parse(hash), Route::Home, "{hash:?}");
        }
        assert_eq!(
            Route::parse(&format!("#/tears{}", "/9".repeat(100))),
            Route::Home
        );
    }

    #[test]
    fn printed_routes_parse_back() {
        for route in Route::all() {
            assert_eq!(Route::parse(route.path()), route);
            assert_eq!(Route::parse(&format!("/{}index.html", route.path())), route);
            // A page's lean copy, which the service worker serves at the page's folder, is
            // the same page if opened by its own address.
            assert_eq!(Route::parse(&format!("/{}lean.html", route.path())), route);
        }
        assert_eq!(
            Route::parse(Route::Tears(View::Step(1)).path()).tears_view(),
            Some(View::Step(1))
        );
    }

    #[test]
    fn every_screen_has_one_page() {
        let paths: std::collections::HashSet<_> = Route::all().map(|r| r.path()).collect();
        assert_eq!(
            paths.len(),
            Route::all().count(),
            "no two screens share a folder"
        );
        assert_eq!(
            Route::all().count(),
            crate::site_map::table::OTHER_PAGES + STEP_COUNT as usize
        );
    }

    #[test]
    fn tears_steps_clamp_and_garbage_is_step_one() {
        let cases = [
            ("#/tears/1", View::Step(1)),
            ("#/tears/6/", View::Step(6)),
            ("#/TEARS/Compare", View::Compare),
            ("#/tears/compare?x=1", View::Compare),
            ("#/tears/0", View::Step(1)),
            ("#/tears/99", View::Step(STEP_COUNT)),
            ("#/tears/99999999999999999999", View::Step(STEP_COUNT)),
            ("#/tears/-1", View::Step(1)),
            ("#/tears/2x", View::Step(1)),
            ("#/tears/%33", View::Step(1)),
            ("#/tears/<b>", View::Step(1)),
        ];
        for (hash, view) in cases {
            assert_eq!(Route::parse(hash).tears_view(), Some(view), "{hash}");
            assert_eq!(Route::parse(hash).section(), Some(Section::Tears), "{hash}");
        }
        // Step 1 has one page, and so one route.
        assert_eq!(Route::parse("#/tears/0"), Route::Section(Section::Tears));
        assert_eq!(
            Route::Section(Section::Tears).tears_view(),
            Some(View::FIRST)
        );
        assert_eq!(Route::Section(Section::Flow).tears_view(), None);
    }

    #[test]
    fn tears_routes_print_and_parse_back() {
        let views = (1..=STEP_COUNT).map(View::Step).chain([View::Compare]);
        for view in views {
            let route = Route::Tears(view);
            assert_eq!(Route::parse(route.path()).tears_view(), Some(view));
        }
        assert_eq!(Route::Tears(View::Step(3)).path(), "tears/3/");
        assert_eq!(Route::Tears(View::Step(1)).path(), "tears/");
    }

    proptest! {
        #[test]
        fn any_string_parses_without_panic(s in ".*") {
            let _ = Route::parse(&s);
        }

        #[test]
        fn any_tears_suffix_is_a_valid_tears_route(s in "[a-zA-Z0-9/%<>._ -]{0,40}") {
            let route = Route::parse(&format!("#/tears/{s}"));
            prop_assert_eq!(route.section(), Some(Section::Tears));
            let reparsed = Route::parse(route.path());
            prop_assert_eq!(reparsed.tears_view(), route.tears_view());
            if let Some(View::Step(n)) = route.tears_view() {
                prop_assert!((1..=crate::model::walkthrough::STEP_COUNT).contains(&n));
            }
        }
    }
}
