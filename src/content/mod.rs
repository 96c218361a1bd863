//! Every word a reader sees, kept in one place so an editor can change wording (and a
//! translator could add a language) without touching a component; and what picks the words
//! for the reader's answers (the quiz's cards and text summary).
//!
//! Content builds on [`crate::model`] (its counts, states and answers), never the other
//! way: where words and the model must agree, such as how many questions there are, the
//! build checks it here.
//!
//! Tables of records (evidence entries, questions, cards, support lines, the walkthrough's
//! steps and choices, the comparison's rows, the flow's stills) look alike line by line:
//! the repeated-code scan (`duplicates`) pairs them, reading each `field: t!("…")` line as
//! a statement. They are data, not repeated logic: each record is one thing a writer edits,
//! and the types they fill are written once, in each module's `mod.rs` or head.

pub mod embed;
pub mod evidence;
pub mod failure;
pub mod flow;
pub mod offline;
pub mod quiz;
pub mod site;
pub mod support;
pub mod tears;
pub mod text;
