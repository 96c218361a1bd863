//! The shell: skip link, header, the current section, crisis support and credit.

use yew::prelude::*;

use crate::components::{
    home, jump_link, site_footer, site_header, status_toasts, support_mini, support_strip,
    EmbedPage, FlowSection, Quiz, TearsPage,
};
use crate::content::site;
use crate::model::route::Section;
use crate::model::walkthrough::View;
use crate::model::Route;
use crate::web;

/// The `id` of the main region, target of the skip link and of focus after navigation.
pub const MAIN_ID: &str = "main";

/// The app as mounted in the browser: follows the location hash, and the embed options
/// a host page put in the query string.
#[component]
pub fn App() -> Html {
    let route = web::use_route();
    let options = use_memo((), |_| web::embed_options());
    {
        let options = options.clone();
        use_effect_with((), move |_| {
            web::apply_to_document(&options);
            web::mark_interactive();
        });
    }
    #[cfg(feature = "test-panic")]
    {
        use_effect_with(route, |_| web::panic_on_test_route());
    }
    let section = route.section().map_or("home", |s| s.slug());
    web::use_height_reporting(options.embedded, section);
    let online = web::use_online();
    let worker = web::use_service_worker();
    html! {
        <>
            <Shell {route} embedded={options.embedded}
                therapist_url={options.therapist_url.clone().map(AttrValue::from)} />
            { status_toasts(online, &worker) }
        </>
    }
}

/// Props for [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The screen to show.
    pub route: Route,
    /// Inside a host page: no page header of its own, compact support.
    #[prop_or_default]
    pub embedded: bool,
    /// The host's "find a therapist" address, already checked to be `https:`.
    #[prop_or_default]
    pub therapist_url: Option<AttrValue>,
}

/// The page for a given route. Separate from [`App`] so server rendering and tests can
/// render any route without a browser.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let route = props.route;
    let first_render = use_mut_ref(|| true);
    // Keyed on the screen, not the route: moving within a section (a walkthrough step)
    // is the section's own business, including where focus goes.
    let screen = route.section().map_or(route, Route::Section);
    use_effect_with(screen, move |screen| {
        web::set_document_title(&site::document_title(*screen));
        // On first load the reader has not navigated yet: leave focus where the browser
        // put it. After a change, focus the new heading so screen readers announce it.
        if !first_render.replace(false) {
            web::focus_heading_in(MAIN_ID);
        }
    });

    let page = match route {
        Route::Home => home(),
        Route::Section(Section::Flow) => html! { <FlowSection /> },
        Route::Section(Section::Tears) | Route::Tears(_) => {
            html! { <TearsPage view={route.tears_view().unwrap_or(View::FIRST)} /> }
        }
        Route::Section(Section::Reflect) => html! { <Quiz /> },
        Route::Embed => html! { <EmbedPage /> },
    };
    let therapist_url = props.therapist_url.clone().unwrap_or(AttrValue::Static(
        crate::content::support::FIND_THERAPIST_URL,
    ));

    html! {
        <div class="shell">
            { jump_link(Some("skip-link"), MAIN_ID, html! { site::SKIP_LINK }) }
            { site_header(route, !props.embedded) }
            { support_mini() }
            <main id={MAIN_ID} class="main" tabindex="-1">{ page }</main>
            { support_strip(therapist_url, props.embedded) }
            { site_footer(!props.embedded) }
        </div>
    }
}
