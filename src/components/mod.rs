//! Function components, one file (or folder) per piece of the page.

pub mod embed_page;
pub mod evidence_note;
pub mod flow;
pub mod home;
pub mod jump_link;
pub mod noscript_fallback;
pub mod panic_screen;
pub mod quiz;
pub mod site_footer;
pub mod site_header;
pub mod status_toasts;
pub mod support_strip;
pub mod tears;
pub mod words_failed;

pub use embed_page::embed_page;
pub use evidence_note::EvidenceNote;
pub use flow::flow_section;
pub use home::home;
pub use jump_link::{jump_href, on_jump};
pub use noscript_fallback::{no_script_notes, NotFound};
pub use panic_screen::PanicScreen;
pub use quiz::Quiz;
pub use site_footer::site_footer;
pub use site_header::site_header;
pub use status_toasts::status_toasts;
pub use support_strip::{support_mini, support_strip};
pub use tears::TearsPage;
pub use words_failed::words_failed;
