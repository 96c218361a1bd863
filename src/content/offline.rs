//! Words about updates and working offline.

/// Shown when a new version has been downloaded.
pub const UPDATE_READY: &str = "A new version is ready.";
/// The button that switches to it.
pub const UPDATE_REFRESH: &str = "Refresh";
/// Shown while the device has no connection.
pub const OFFLINE: &str = "You're offline. Everything here still works.";
/// For readers without JavaScript (in the prerendered page).
pub const NEEDS_JAVASCRIPT: &str = "The interactive parts of this guide (the energy flow and the \
    self-reflection) need JavaScript. You can still read the guide to tears below, and the \
    support numbers are at the bottom of the page.";
/// The accessible name of the walkthrough's text in the no-JavaScript page.
pub const WALKTHROUGH_LABEL: &str = "Why we cry: the guide to tears";
