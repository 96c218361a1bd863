//! Every word a reader sees, kept in one place so an editor can change wording (and a
//! translator could add a language) without touching a component; and what picks the words
//! for the reader's answers (the quiz's cards and text summary).
//!
//! Content builds on [`crate::model`] (its counts, states and answers), never the other
//! way: where words and the model must agree, such as how many questions there are, the
//! build checks it here.
//!
//! Every phrase is written `t!("…")`, or as a plain string inside `record!(…)`: the
//! tables of records (evidence notes, questions, cards, support lines, the walkthrough's
//! steps, the comparison's rows) use [`record!`](crate::record), so a
//! table reads as the data it is. See [`text`] for what a phrase is in each build.

pub mod embed;
pub mod evidence;
pub mod failure;
pub mod flow;
pub mod home;
pub mod offline;
pub mod quiz;
pub mod record;
pub mod site;
pub mod support;
pub mod tears;
pub mod text;
