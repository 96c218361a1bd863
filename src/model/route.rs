//! The app's screens: parsed from any path (or an old `#/…` hash link), printed as the
//! folder each screen's page lives in.

use super::walkthrough::{View, STEP_COUNT};

/// The three sections, used for navigation and for labelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Tears,
    Flow,
    Reflect,
}

impl Section {
    /// Every section, in the order the navigation shows them.
    pub const ALL: [Section; 3] = [Section::Tears, Section::Flow, Section::Reflect];

    /// The folder name of the section's page.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Tears => "tears",
            Section::Flow => "flow",
            Section::Reflect => "reflect",
        }
    }
}

/// The folder of the "Embed this" page.
const EMBED_SLUG: &str = "embed";

/// Where the reader is. Anything that cannot be understood is [`Route::Home`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    #[default]
    Home,
    Section(Section),
    /// A step of the tears walkthrough or its comparison (`tears/3/`,
    /// `tears/compare/`). Plain `tears/` is `Section(Section::Tears)`, step 1.
    Tears(View),
    /// "Embed this": snippets for editors.
    Embed,
}

impl Route {
    /// Parses a path below the site's folder such as `tears/3/`, or an old hash link
    /// such as `#/tears/3`. Total: never panics, and any unknown, malformed or oversized
    /// input falls back to [`Route::Home`] so the reader always lands on a real screen.
    pub fn parse(hash: &str) -> Route {
        // A path longer than any real route is not worth scanning.
        if hash.len() > 64 {
            return Route::Home;
        }
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.split('?').next().unwrap_or("");
        // A host may show a folder's page by its file name.
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let mut parts = path.split('/');
        let first = parts.next().unwrap_or("");
        if first.eq_ignore_ascii_case(EMBED_SLUG) {
            return Route::Embed;
        }
        let section = Section::ALL
            .into_iter()
            .find(|s| s.slug().eq_ignore_ascii_case(first));
        match (section, parts.next()) {
            (None, _) => Route::Home,
            // A tears sub-route is always some valid view: garbage is step 1.
            (Some(Section::Tears), Some(rest)) if !rest.is_empty() => {
                Route::Tears(View::parse_segment(rest))
            }
            (Some(section), _) => Route::Section(section),
        }
    }

    /// The folder of this route's page below the site's folder, e.g. `flow/`; empty
    /// for home. Step 1 of the walkthrough is the section's own page, `tears/`.
    pub fn path(self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Section(section) => format!("{}/", section.slug()),
            Route::Tears(View::Step(1)) => "tears/".to_owned(),
            Route::Tears(view) => format!("tears/{}/", view.segment()),
            Route::Embed => format!("{EMBED_SLUG}/"),
        }
    }

    /// Every screen with a page of its own: home, the walkthrough's steps and
    /// comparison, the flow, the reflection and "Embed this".
    pub fn all() -> Vec<Route> {
        let steps = (2..=STEP_COUNT).map(|n| Route::Tears(View::Step(n)));
        [Route::Home, Route::Section(Section::Tears)]
            .into_iter()
            .chain(steps)
            .chain([
                Route::Tears(View::Compare),
                Route::Section(Section::Flow),
                Route::Section(Section::Reflect),
                Route::Embed,
            ])
            .collect()
    }

    /// The section this route belongs to, if any.
    pub fn section(self) -> Option<Section> {
        match self {
            Route::Home | Route::Embed => None,
            Route::Section(section) => Some(section),
            Route::Tears(_) => Some(Section::Tears),
        }
    }

    /// What the tears section shows on this route, if it is a tears route.
    pub fn tears_view(self) -> Option<View> {
        match self {
            Route::Section(Section::Tears) => Some(View::FIRST),
            Route::Tears(view) => Some(view),
            _ => None,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
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
            assert_eq!(Route::parse(&route.path()), route);
            assert_eq!(Route::parse(&format!("/{}index.html", route.path())), route);
        }
        assert_eq!(
            Route::parse(&Route::Tears(View::Step(1)).path()).tears_view(),
            Some(View::Step(1))
        );
    }

    #[test]
    fn every_screen_has_one_page() {
        let all = Route::all();
        let paths: std::collections::HashSet<_> = all.iter().map(|r| r.path()).collect();
        assert_eq!(paths.len(), all.len(), "no two screens share a folder");
        assert_eq!(all.len(), 5 + STEP_COUNT as usize);
    }

    #[test]
    fn tears_steps_clamp_and_garbage_is_step_one() {
        use crate::model::walkthrough::STEP_COUNT;
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
            assert_eq!(Route::parse(hash), Route::Tears(view), "{hash}");
            assert_eq!(Route::parse(hash).section(), Some(Section::Tears), "{hash}");
        }
        assert_eq!(
            Route::Section(Section::Tears).tears_view(),
            Some(View::FIRST)
        );
        assert_eq!(Route::Section(Section::Flow).tears_view(), None);
    }

    #[test]
    fn tears_routes_print_and_parse_back() {
        use crate::model::walkthrough::STEP_COUNT;
        let views = (1..=STEP_COUNT).map(View::Step).chain([View::Compare]);
        for view in views {
            let route = Route::Tears(view);
            let path = route.path();
            assert_eq!(Route::parse(&path).tears_view(), Some(view));
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
            let reparsed = Route::parse(&route.path());
            prop_assert_eq!(reparsed.tears_view(), route.tears_view());
            if let Some(View::Step(n)) = route.tears_view() {
                prop_assert!((1..=crate::model::walkthrough::STEP_COUNT).contains(&n));
            }
        }
    }
}
