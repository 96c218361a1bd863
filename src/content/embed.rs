//! Words for the "Embed this" page and for the embedded app.

use crate::content::text::Text;
use crate::t;

/// The page's heading and introduction.
pub const TITLE: Text = t!("Embed this guide");
pub const INTRO: Text = t!(
    "Editors can add this guide to an article page. Paste the snippet where \
    the guide should appear. It fits the column, sets its own height, and keeps a reader's \
    answers inside the guide: the host page never sees them."
);
pub const SNIPPET_HEADING: Text = t!("The snippet");
pub const SNIPPET_HELP: Text = t!(
    "Every option can be left out. data-section picks the part to show: \
    tears, flow or reflect. data-theme is light, dark or auto. data-accent is a colour such as \
    #1F6F78, used only where text stays readable. data-background can be transparent, but only \
    with a light or dark theme: choose the one your page's background suits. data-therapist is \
    your own \"find a therapist\" address; only https: addresses are used. The min-height keeps \
    the space, so the article does not jump as the guide loads."
);
pub const IFRAME_HEADING: Text = t!("Without scripts");
pub const IFRAME_HELP: Text = t!(
    "If your page allows no scripts, use a plain iframe. It cannot size \
    itself, so give it a height. If you add a sandbox attribute, include allow-scripts and \
    allow-same-origin, or the guide cannot start."
);
pub const COPY: Text = t!("Copy");
pub const COPIED: Text = t!("Copied");
pub const COPY_FAILED: Text = t!("Could not copy. Select the text and copy it instead.");
/// Where a snippet is shown before the app knows its own address (the site's folder,
/// ending in `/`).
pub const PLACEHOLDER_ROOT: &str = "https://your-site.example/";
/// The iframe's accessible name, also used by the loader.
pub const FRAME_TITLE: Text = t!("Why we cry: an interactive guide to tears, feelings and therapy");

/// The script snippet for a host page; `root` is the site's folder, ending in `/`.
pub fn loader_snippet(root: &str) -> String {
    format!(
        "<div data-crying-explainer data-section=\"tears\" data-theme=\"auto\" style=\"min-height:640px\"></div>\n\
         <script src=\"{root}embed.js\" async></script>"
    )
}

/// The plain iframe for pages that allow no scripts: the walkthrough's embed-layout page.
pub fn iframe_snippet(root: &str) -> String {
    format!(
        "<iframe src=\"{root}frame/tears/\" title=\"{FRAME_TITLE}\" loading=\"lazy\" allow=\"clipboard-write\"\n  \
         style=\"display:block;width:100%;height:1600px;border:0\"></iframe>"
    )
}
