//! Words for when something goes wrong: the app stopped, or could not start, or there
//! is no app (no JavaScript). The prerendered pages carry them in their HTML; the app
//! never shows them, so they are in no bundle of the app's words.

use crate::content::text::Text;
use crate::t;

/// Heading of the calm screen shown if the app ever stops unexpectedly.
pub const PANIC_HEADING: Text = t!("Something went wrong on this page");
/// What happened and what to do, one paragraph each.
pub const PANIC_BODY: &[Text] =
    &[
        t!("Nothing you did caused this. Reloading the page usually fixes it."),
        t!("If you were answering the reflection questions, the answers you gave are kept on this \
     device where your browser allows it."),
    ];
/// For readers without JavaScript (in every prerendered page).
pub const NEEDS_JAVASCRIPT: Text = t!("The moving parts of this guide (the flow picture and the \
    self-reflection) need JavaScript. Everything else works without it: follow the links to read \
    the guide to tears step by step. The support numbers are at the bottom of this page.");
/// The link from the notes into the walkthrough.
pub const READ_STEP_BY_STEP: Text = t!("Read the guide to tears, step by step.");
/// The reload button.
pub const RELOAD: Text = t!("Reload the page");
/// Shown under the prerendered page if the interactive app cannot start at all.
pub const CANNOT_START: Text = t!("The interactive parts of this guide could not start. \
    You can still read every page, and the support numbers are below.");
/// The page for an address that does not exist.
pub const NOT_FOUND_HEADING: Text = t!("This page isn't here");
pub const NOT_FOUND_BODY: Text = t!(
    "The address may have a typing mistake, or the page may have \
    moved. If you are having a hard time right now, the support numbers are below."
);
/// The way back to the guide's first screen.
pub const NOT_FOUND_HOME: Text = t!("Go back to the guide");
