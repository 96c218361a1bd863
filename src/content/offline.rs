//! Words about updates and working offline.

use crate::content::text::Text;
use crate::t;

/// Shown when a new version has been downloaded.
pub const UPDATE_READY: Text = t!("A new version is ready.");
/// The button that switches to it.
pub const UPDATE_REFRESH: Text = t!("Refresh");
/// Shown while the device has no connection, once every page's words are in (the app
/// asks for them as it starts), so any move works offline.
pub const OFFLINE: Text = t!("You're offline. Everything here still works.");
/// Shown instead while some pages' words have not come (the connection dropped as the app
/// started): this page works, but a move to one of those would show [`WORDS_FAILED_HEADING`].
pub const OFFLINE_THIS_PAGE: Text =
    t!("You're offline. This page still works. Other pages may need a connection.");
/// Shown for a few seconds once the connection comes back.
pub const BACK_ONLINE: Text = t!("You're back online.");
/// Shown while the page a reader moved to waits for its words (the page before stays on
/// screen). Rarely seen: the app fetches every page's words as soon as it starts.
pub const WORDS_LOADING: Text = t!("Loading this page…");
/// Shown in place of a page whose words could not be fetched: its heading, then what to
/// do.
pub const WORDS_FAILED_HEADING: Text = t!("This page could not load");
pub const WORDS_FAILED_BODY: Text = t!("It needs a connection the first time it opens. Please \
    try again when you are online. The support numbers below work at any time.");
/// The link that loads the page afresh.
pub const WORDS_RETRY: Text = t!("Try again");
