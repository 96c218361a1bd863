//! The app's hash routes: parsed from anything, printed canonically.

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
        let first = path.split(['/', '?']).next().unwrap_or("");
        if first.eq_ignore_ascii_case(EMBED_SLUG) {
            return Route::Embed;
        }
        Section::ALL
            .into_iter()
            .find(|s| s.slug().eq_ignore_ascii_case(first))
            .map_or(Route::Home, Route::Section)
    }

    /// The canonical hash for this route, e.g. `#/flow`.
    pub fn to_hash(self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Section(section) => format!("#/{}", section.slug()),
            Route::Embed => format!("#/{EMBED_SLUG}"),
        }
    }

    /// The section this route belongs to, if any.
    pub fn section(self) -> Option<Section> {
        match self {
            Route::Home | Route::Embed => None,
            Route::Section(section) => Some(section),
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
        assert_eq!(Route::parse("#/tears/3"), Route::Section(Section::Tears));
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

    proptest! {
        #[test]
        fn any_string_parses_without_panic(s in ".*") {
            let _ = Route::parse(&s);
        }
    }
}
