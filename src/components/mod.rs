//! Function components, one file (or folder) per piece of the page.

pub mod evidence_note;
pub mod flow;
pub mod home;
pub mod jump_link;
pub mod quiz;
pub mod section_page;
pub mod site_footer;
pub mod site_header;
pub mod support_strip;
pub mod tears;

pub use evidence_note::EvidenceNote;
pub use flow::FlowSection;
pub use home::Home;
pub use jump_link::JumpLink;
pub use quiz::Quiz;
pub use section_page::SectionPage;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use support_strip::{SupportMini, SupportStrip};
pub use tears::TearsPage;
