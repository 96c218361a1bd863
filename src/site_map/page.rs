//! Pages of the built site: every screen, standalone or in the embed layout, as a folder
//! below the site's own folder. Links between pages are relative, so the same build
//! works at a domain's root or in any sub-folder.

use crate::model::route::Route;

/// The folder that holds the embed layout's copy of every page.
pub const FRAME_FOLDER: &str = "frame/";

/// One page of the built site.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Page {
    /// The screen it shows.
    pub route: Route,
    /// The embed layout (no brand header, compact support), for host pages' iframes.
    pub embedded: bool,
}

impl Page {
    /// A standalone page.
    pub fn standalone(route: Route) -> Page {
        Page {
            route,
            embedded: false,
        }
    }

    /// The embed layout's page.
    pub fn framed(route: Route) -> Page {
        Page {
            route,
            embedded: true,
        }
    }

    /// Parses a path below the site's folder, such as `frame/tears/3/`. Total: anything
    /// it cannot read is the standalone home page.
    pub fn parse(path: &str) -> Page {
        let path = path.trim_start_matches('/');
        let frame = FRAME_FOLDER.trim_end_matches('/');
        let rest = path
            .get(..frame.len())
            .filter(|head| head.eq_ignore_ascii_case(frame))
            .map(|_| &path[frame.len()..])
            .filter(|rest| rest.is_empty() || rest.starts_with('/'));
        match rest {
            Some(rest) => Page {
                route: Route::parse(rest),
                embedded: true,
            },
            None => Page::standalone(Route::parse(path)),
        }
    }

    /// This page's folder below the site's folder, e.g. `frame/flow/`; empty for home.
    pub fn path(self) -> String {
        let route = self.route.path();
        if self.embedded {
            format!("{FRAME_FOLDER}{route}")
        } else {
            route.to_owned()
        }
    }

    /// The relative address of the site's folder from this page, e.g. `../../`.
    pub fn root(self) -> String {
        let depth = self.path().matches('/').count();
        if depth == 0 {
            "./".to_owned()
        } else {
            "../".repeat(depth)
        }
    }

    /// The relative address of the page for `to` in this page's layout.
    pub fn href(self, to: Route) -> String {
        let target = Page { route: to, ..self }.path();
        match self.root().as_str() {
            "./" if !target.is_empty() => target,
            root => format!("{root}{target}"),
        }
    }

    /// Every page the build writes: each screen standalone, and each section's screens
    /// in the embed layout ("Embed this" is for editors, so it has no framed copy).
    pub fn all() -> Vec<Page> {
        let framed = Route::all()
            .filter(|r| *r != Route::Embed)
            .map(|route| Page {
                route,
                embedded: true,
            });
        Route::all().map(Page::standalone).chain(framed).collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::route::Section;
    use crate::model::walkthrough::View;
    use proptest::prelude::*;

    #[test]
    fn paths_and_roots() {
        let flow = Route::Section(Section::Flow);
        let step3 = Route::Tears(View::Step(3));
        assert_eq!(Page::standalone(Route::Home).path(), "");
        assert_eq!(Page::standalone(Route::Home).root(), "./");
        assert_eq!(Page::standalone(step3).path(), "tears/3/");
        assert_eq!(Page::standalone(step3).root(), "../../");
        let framed = Page {
            route: flow,
            embedded: true,
        };
        assert_eq!(framed.path(), "frame/flow/");
        assert_eq!(framed.root(), "../../");
    }

    #[test]
    fn links_are_relative_and_keep_the_layout() {
        let home = Page::standalone(Route::Home);
        let step3 = Page::standalone(Route::Tears(View::Step(3)));
        let flow = Route::Section(Section::Flow);
        assert_eq!(home.href(flow), "flow/");
        assert_eq!(home.href(Route::Home), "./");
        assert_eq!(step3.href(Route::Home), "../../");
        assert_eq!(step3.href(flow), "../../flow/");
        let framed = Page {
            embedded: true,
            ..step3
        };
        assert_eq!(framed.href(flow), "../../../frame/flow/");
        assert_eq!(framed.href(Route::Home), "../../../frame/");
    }

    #[test]
    fn every_page_parses_back_from_its_path() {
        let all = Page::all();
        assert_eq!(all.len(), 2 * Route::all().count() - 1);
        for page in all {
            assert_eq!(Page::parse(&page.path()), page, "{}", page.path());
            assert_eq!(Page::parse(&format!("/{}index.html", page.path())), page);
        }
    }

    #[test]
    fn only_the_frame_folder_means_embedded() {
        assert!(!Page::parse("framed/flow/").embedded);
        assert!(!Page::parse("flow/frame/").embedded);
        assert!(Page::parse("FRAME/flow/").embedded);
        assert!(Page::parse("frame").embedded);
        assert_eq!(Page::parse("frame").route, Route::Home);
    }

    proptest! {
        #[test]
        fn any_path_is_a_page_whose_link_resolves_to_itself(s in "\\PC{0,80}") {
            let page = Page::parse(&s);
            prop_assert_eq!(Page::parse(&page.path()), page);
        }
    }
}
