//! Every word a reader sees, kept in one place so an editor can change wording (and a
//! translator could add a language) without touching a component.

pub mod embed;
pub mod evidence;
pub mod failure;
pub mod flow;
pub mod offline;
pub mod quiz;
pub mod site;
pub mod support;
pub mod tear_figures;
pub mod tears;
