//! Words about updates and working offline.

/// Shown when a new version has been downloaded.
pub const UPDATE_READY: &str = "A new version is ready.";
/// The button that switches to it.
pub const UPDATE_REFRESH: &str = "Refresh";
/// Shown while the device has no connection.
pub const OFFLINE: &str = "You're offline. Everything here still works.";
/// For readers without JavaScript (in every prerendered page).
pub const NEEDS_JAVASCRIPT: &str = "The moving parts of this guide (the energy flow and the \
    self-reflection) need JavaScript. Everything else works without it: follow the links to read \
    the guide to tears step by step. The support numbers are at the bottom of this page.";
/// The link from the notes into the walkthrough.
pub const READ_STEP_BY_STEP: &str = "Read the guide to tears, step by step.";
