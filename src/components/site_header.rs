//! The header: the app's name and the section navigation.

use yew::prelude::*;

use crate::content::text::Text;

use crate::content::site;
use crate::model::route::{Route, Section};
use crate::site_map::Page;

/// The brand link home and one link per section, the current one (that of `here`) marked
/// with `aria-current="page"`. The app's name links home on standalone pages only (a
/// host page has its own). A view function: it holds no state.
pub fn site_header(here: Page) -> Html {
    let link = |route: Route, label: Text| {
        // A section's link stays current on its sub-pages (e.g. `tears/3/`). Home's only on
        // home: the page for hosts is in no section, and is not home.
        let current = (here.route.section() == route.section()
            && (route != Route::Home || here.route == Route::Home))
            .then_some("page");
        html! {
            <li><a class="nav__link" href={here.href(route)} aria-current={current}>{ label }</a></li>
        }
    };
    html! {
        <header class="site-header">
            if !here.embedded {
                <a class="brand" href={here.href(Route::Home)}>{ site::TITLE }</a>
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
