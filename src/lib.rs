//! An interactive explainer of the counselling article *Crying in the therapy room*.
//!
//! The crate is a library so that native tests and prerendering can render [`App`];
//! `src/main.rs` only mounts it in the browser.
//!
//! - [`content`]: every reader-facing word, in one place.
//! - [`model`]: pure logic (routes, walkthrough, flow, quiz), no `web-sys`, tested natively.
//! - [`site_map`]: the table of pages, from which routes, links and the prerender come.
//! - [`components`]: Yew function components that render state and send actions.
//! - [`web`]: the only module that talks to the browser.

pub mod app;
pub mod components;
pub mod content;
pub mod model;
pub mod site_map;
pub mod web;

pub use app::{App, AppProps, Shell, ShellProps};
