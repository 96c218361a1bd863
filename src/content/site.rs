//! The shell's words, on every page: title, credit, navigation and section summaries
//! (the home screen's own words are in `home`).

use crate::content::text::Text;
use crate::record;
use crate::t;

use crate::model::route::Section;

/// The app's name, used as the page heading and the document title.
pub const TITLE: Text = t!("Why we cry");
/// The credit to the article this app is built on.
pub struct Credit {
    pub lead: Text,
    pub article: Text,
    /// The original article, on the publisher's site.
    pub url: &'static str,
    /// The words after the title: who wrote it and where.
    pub byline: Text,
    pub note: Text,
}

/// Credit for *Crying in the therapy room*, shown on home and in every page's footer.
pub const CREDIT: Credit = Credit {
    lead: t!("Based on the article"),
    article: t!("Crying in the therapy room"),
    url: "https://www.counselling-directory.org.uk/memberarticles/crying-in-the-therapy-room",
    byline: t!(" by Natasha Kelly, BA (Hons) MBACP, counsellor, on Counselling Directory."),
    note: t!(
        "The article's ideas are shown as the author's. Next to them we say what research \
         so far suggests."
    ),
};

/// How a section is named and introduced.
pub struct SectionText {
    /// Short name for the navigation bar.
    pub nav_label: Text,
    /// The section's heading.
    pub title: Text,
    /// One or two sentences on the home screen card.
    pub summary: Text,
}

/// The words for one section.
pub const fn section(section: Section) -> &'static SectionText {
    match section {
        Section::Tears => &TEARS,
        Section::Flow => &FLOW,
        Section::Reflect => &REFLECT,
    }
}

const TEARS: SectionText = record!(SectionText {
    nav_label: "Tears",
    // Not step 1's title: the card leads to all six steps, not only the first.
    title: "Tears, step by step",
    summary: "How each kind of tear starts, what is in them, and what crying can and cannot do.",
});

const FLOW: SectionText = record!(SectionText {
    nav_label: "Flow",
    title: "When feelings get stuck",
    summary:
        "Play with an old idea: feelings as a flow that can get blocked, and crying as a release.",
});

const REFLECT: SectionText = record!(SectionText {
    nav_label: "Reflect",
    title: "You and your tears",
    summary: "A few gentle questions to think about, and ideas to bring to a counsellor. \
              Your answers stay on this device.",
});

/// Labels for the shell's own controls.
pub const SKIP_LINK: Text = t!("Skip to content");
pub const NAV_LABEL: Text = t!("Sections");
pub const HOME_LABEL: Text = t!("Home");
pub const EMBED_LINK: Text = t!("Embed this guide on your site");
