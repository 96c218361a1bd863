//! The app's screens, as types. Their addresses, and the parsing of any path into one, live
//! in the page table (`crate::site_map`).

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

    /// The section's name: its folder, its class names, and what a host page calls it.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Tears => "tears",
            Section::Flow => "flow",
            Section::Reflect => "reflect",
        }
    }
}

/// Where the reader is. Anything that cannot be understood is [`Route::Home`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    #[default]
    Home,
    Section(Section),
    /// A step of the tears walkthrough after the first, or its comparison. Step 1 is
    /// the section's own page, `Section(Section::Tears)`.
    Tears(View),
    /// "Embed this": snippets for editors.
    Embed,
}

impl Route {
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
