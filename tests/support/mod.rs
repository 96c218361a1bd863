//! Helpers shared by the native server-rendering tests.
#![allow(dead_code)]

use crying_explainer::model::Route;
use crying_explainer::site_map::Page;
use crying_explainer::{App, Shell, ShellProps};

/// Renders the standalone shell at `route` to an HTML string.
pub fn render_route(route: Route) -> String {
    render_shell(ShellProps {
        route,
        embedded: false,
        therapist_url: None,
    })
}

/// Renders the shell as a built page shows it (standalone or in the embed layout).
pub fn render_page(page: Page) -> String {
    render_shell(ShellProps {
        route: page.route,
        embedded: page.embedded,
        therapist_url: None,
    })
}

/// Asserts that `html` holds `needle`; the message names `what` and the needle.
#[track_caller]
pub fn assert_has(html: &str, needle: &str, what: impl std::fmt::Display) {
    assert!(html.contains(needle), "{what}: no {needle:?}");
}

/// Renders the shell with any props.
pub fn render_shell(props: ShellProps) -> String {
    render_component::<Shell>(props)
}

/// Renders the whole app as the server sees it.
pub fn render_app() -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<App>::new()
            .hydratable(false)
            .render(),
    )
}

/// Renders any component with `props` to an HTML string (no hydration markers).
pub fn render_component<C: yew::BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Text as Yew writes it between tags: `&`, `<` and `>` escaped.
pub fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
