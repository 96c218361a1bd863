//! An interactive explainer of the counselling article *Crying in the therapy room*.
//!
//! The crate is a library so that native tests and prerendering can render [`App`];
//! `src/main.rs` only mounts it in the browser.
//!
//! - [`model`]: pure logic (routes, walkthrough, flow, quiz), no `web-sys`, tested natively.
//!   The bottom layer: it imports no other module of the crate.
//! - [`content`]: every reader-facing word, in one place, built on the model.
//! - [`site_map`]: the table of pages (built on both), from which the router, the links,
//!   the prerendered pages and the tests' `pages.json` come.
//! - [`web`]: the only module that talks to the browser; it never imports components.
//! - [`components`]: Yew function components that render state and send actions.

pub mod app;
pub mod components;
pub mod content;
pub mod effect;
pub mod model;
pub mod site_map;
pub mod web;

pub use app::{App, AppProps, Shell, ShellProps};
