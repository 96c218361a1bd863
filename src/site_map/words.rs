//! Which words each page needs. The content's phrases come in bundles, one per part of
//! the site: a page's HTML carries the bundles its row names (as data, see
//! `src/bin/prerender/words.rs`), and the app fetches another page's bundles before it
//! shows that page.

/// A set of phrases the browser gets together: the `t!` phrases of some content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bundle {
    /// The shell every page shows: header, navigation, crisis support, notices.
    Shell,
    /// The evidence notes the sections show beside their claims.
    Evidence,
    Tears,
    Flow,
    Reflect,
    Embed,
}

impl Bundle {
    /// Every bundle, the shell's first.
    pub const ALL: [Bundle; 6] = [
        Bundle::Shell,
        Bundle::Evidence,
        Bundle::Tears,
        Bundle::Flow,
        Bundle::Reflect,
        Bundle::Embed,
    ];

    /// Its name in the page's data and in its file's name.
    pub const fn name(self) -> &'static str {
        match self {
            Bundle::Shell => "shell",
            Bundle::Evidence => "evidence",
            Bundle::Tears => "tears",
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
            Bundle::Evidence => &["src/content/evidence.rs"],
            Bundle::Tears => &["src/content/tears.rs", "src/content/tear_figures.rs"],
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

/// The bundles a page with `own` words needs: the shell's, the evidence notes for a
/// section that shows claims, and its own.
pub fn needs(own: Bundle) -> &'static [Bundle] {
    match own {
        Bundle::Shell => &[Bundle::Shell],
        Bundle::Evidence => &[Bundle::Shell, Bundle::Evidence],
        Bundle::Tears => &[Bundle::Shell, Bundle::Evidence, Bundle::Tears],
        Bundle::Flow => &[Bundle::Shell, Bundle::Evidence, Bundle::Flow],
        Bundle::Reflect => &[Bundle::Shell, Bundle::Evidence, Bundle::Reflect],
        Bundle::Embed => &[Bundle::Shell, Bundle::Embed],
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_is_found_by_its_name_and_needs_the_shell() {
        for b in Bundle::ALL {
            assert_eq!(Bundle::named(b.name()), Some(b));
            assert_eq!(needs(b)[0], Bundle::Shell);
            assert!(needs(b).contains(&b));
        }
        assert_eq!(Bundle::named("nope"), None);
    }
}
