//! Every word a reader sees, kept in one place so an editor can change wording (and a
//! translator could add a language) without touching a component.

pub mod evidence;
pub mod flow;
pub mod quiz;
pub mod site;
pub mod support;
pub mod tears;
