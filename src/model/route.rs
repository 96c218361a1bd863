//! The app's hash routes: parsed from anything, printed canonically.

use super::walkthrough::View;

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

    /// The path segment after `#/`.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Tears => "tears",
            Section::Flow => "flow",
            Section::Reflect => "reflect",
        }
    }
}

/// The path segment of the "Embed this" page.
const EMBED_SLUG: &str = "embed";

/// Where the reader is. Anything that cannot be understood is [`Route::Home`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    #[default]
    Home,
    Section(Section),
    /// A step of the tears walkthrough or its comparison (`#/tears/3`,
    /// `#/tears/compare`). Plain `#/tears` is `Section(Section::Tears)`, step 1.
    Tears(View),
    /// "Embed this": snippets for editors.
    Embed,
}

impl Route {
    /// Parses a location hash such as `#/tears`. Total: never panics, and any unknown,
    /// malformed or oversized hash falls back to [`Route::Home`] so the reader always
    /// lands on a real screen.
    pub fn parse(hash: &str) -> Route {
        // A hash longer than any real route is not worth scanning.
        if hash.len() > 64 {
            return Route::Home;
        }
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.split('?').next().unwrap_or("");
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

    /// The canonical hash for this route, e.g. `#/flow`.
    pub fn to_hash(self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Section(section) => format!("#/{}", section.slug()),
            Route::Tears(view) => format!("#/tears/{}", view.segment()),
            Route::Embed => format!("#/{EMBED_SLUG}"),
        }
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
        let all = [Route::Home, Route::Embed]
            .into_iter()
            .chain(Section::ALL.map(Route::Section));
        for route in all {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
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
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
        assert_eq!(Route::Tears(View::Step(3)).to_hash(), "#/tears/3");
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
            let reparsed = Route::parse(&route.to_hash());
            prop_assert_eq!(reparsed.tears_view(), route.tears_view());
            if let Some(View::Step(n)) = route.tears_view() {
                prop_assert!((1..=crate::model::walkthrough::STEP_COUNT).contains(&n));
            }
        }
    }
}
