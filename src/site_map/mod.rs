//! The site's map: one table of pages ([`PAGES`]). The router, the links, the document
//! titles, the prerendered pages and the tests' `pages.json` all derive from it, so a page
//! is added in one place: a row here, its component, and its words in `content`.
//!
//! It sits above `model` (which gives a screen its type and its logic) and `content`
//! (which gives it its words), and below `components`, `web` and the prerender.

mod page;
#[cfg(not(target_arch = "wasm32"))]
pub mod phrase_scan;
#[cfg(not(target_arch = "wasm32"))]
pub mod phrases;
mod router;
mod table;
pub mod words;

pub use page::{Page, FRAME_FOLDER};
#[cfg(not(target_arch = "wasm32"))]
pub use table::{description, document_title};
pub use table::{row, title_with_heading, PageRow, PAGES};
