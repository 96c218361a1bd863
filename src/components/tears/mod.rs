//! The tears walkthrough: steps with illustrations and evidence notes, the navigation
//! between them, and the emotional-versus-reflex comparison.

mod block;
pub mod compare;
pub mod figures;
pub mod page;
pub mod step_nav;
pub mod step_view;

pub use page::TearsPage;
