//! The header: the app's name and the section navigation.

use yew::prelude::*;

use crate::content::site;
use crate::model::route::{Route, Section};

/// The brand link home and one link per section, the current one (that of `current_route`) marked
/// with `aria-current="page"`. `show_brand`: the app's name as a link home (left out
/// inside a host page, which has its own). A view function: it holds no state.
pub fn site_header(current_route: Route, show_brand: bool) -> Html {
    let link = |route: Route, label: &'static str| {
        // A section's link stays current on its sub-routes (e.g. `#/tears/3`).
        let current = (current_route.section() == route.section()).then_some("page");
        html! {
            <li><a class="nav__link" href={route.to_hash()} aria-current={current}>{ label }</a></li>
        }
    };
    html! {
        <header class="site-header">
            if show_brand {
                <a class="brand" href={Route::Home.to_hash()}>{ site::TITLE }</a>
            }
            <nav class="nav" aria-label={site::NAV_LABEL}>
                <ul class="nav__list">
                    { link(Route::Home, site::HOME_LABEL) }
                    { for Section::ALL.map(|s| link(Route::Section(s), site::section(s).nav_label)) }
                </ul>
            </nav>
        </header>
    }
}
