//! The calm panic screen's two element ids. The screen is rendered at build time into a
//! `<template>` (`components::PanicScreen`, placed by the prerenderer); after a panic the
//! boot module (written by `src/bin/prerender/scripts.rs`) finds it and its reload link
//! by these ids. They live here, below both, so neither depends on the other.

/// The `id` of the `<template>` holding the screen.
pub const TEMPLATE_ID: &str = "panic-screen";
/// The `id` of the reload link, whose address is set when the screen is shown.
pub const RELOAD_ID: &str = "panic-reload";
