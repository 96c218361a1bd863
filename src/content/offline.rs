//! Words about updates and working offline.

/// Shown when a new version has been downloaded.
pub const UPDATE_READY: &str = "A new version is ready.";
/// The button that switches to it.
pub const UPDATE_REFRESH: &str = "Refresh";
/// Shown while the device has no connection.
pub const OFFLINE: &str = "You're offline. Everything here still works.";
/// For readers without JavaScript (in the prerendered page).
pub const NEEDS_JAVASCRIPT: &str = "The interactive parts of this guide (the energy flow and the \
    self-reflection) need JavaScript. The support numbers are at the bottom of this page.";
/// The link to the whole guide as a plain page.
pub const READ_AS_TEXT: &str = "Read the guide to tears as a simple page.";
/// The plain page's heading and note.
pub const TEXT_PAGE_TITLE: &str = "Why we cry: the guide as a simple page";
pub const TEXT_PAGE_NOTE: &str = "This page has the words of the guide to tears, with what \
    research says about each claim. The interactive parts need JavaScript.";
