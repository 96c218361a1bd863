//! Words for when something goes wrong: the app stopped, or could not start.

/// Heading of the calm screen shown if the app ever stops unexpectedly.
pub const PANIC_HEADING: &str = "Something went wrong on this page";
/// What happened and what to do, one paragraph each.
pub const PANIC_BODY: &[&str] = &[
    "Nothing you did caused this. Reloading the page usually fixes it.",
    "If you were answering the reflection questions, the answers you gave are kept on this \
     device where your browser allows it.",
];
/// The reload button.
pub const RELOAD: &str = "Reload the page";
/// Shown under the prerendered page if the interactive app cannot start at all.
pub const CANNOT_START: &str = "The interactive parts of this guide could not start in this \
    browser. You can still read the introduction, and the support numbers are below.";
/// The page for an address that does not exist.
pub const NOT_FOUND_HEADING: &str = "This page isn't here";
pub const NOT_FOUND_BODY: &str = "The address may have a typing mistake, or the page may have \
    moved. If you are having a hard time right now, the support numbers are below.";
/// The way back to the guide's first screen.
pub const NOT_FOUND_HOME: &str = "Go to the start of the guide";
