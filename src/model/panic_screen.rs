//! The calm panic screen's two element ids. The screen is rendered at build time into a
//! `<template>` (`components::PanicScreen`, placed by the prerenderer); after a panic the
//! browser glue (`web::install_panic_screen`) finds it and its reload link by these ids.
//! They live here, below both, so the glue never depends on a component.

/// The `id` of the `<template>` holding the screen.
pub const TEMPLATE_ID: &str = "panic-screen";
/// The `id` of the reload link, whose address is set when the screen is shown.
pub const RELOAD_ID: &str = "panic-reload";
