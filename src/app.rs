//! The shell: skip link, header, the current section, crisis support and credit.

use yew::prelude::*;

use crate::components::{
    embed_page, flow_section, home, jump_href, on_jump, site_footer, site_header, status_toasts,
    support_mini, support_strip, words_failed, Quiz, TearsPage,
};
use crate::content::site;
use crate::effect::use_effect_on;
use crate::model::route::Section;
use crate::model::Route;
use crate::site_map::Page;
use crate::web;

/// The `id` of the main region, target of the skip link and of focus after navigation.
pub const MAIN_ID: &str = "main";

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The page to render, at build time; in the browser it comes from the address.
    #[prop_or_default]
    pub page: Option<Page>,
}

/// The app as mounted in the browser: follows the page in the address bar, and the
/// options a host page put in the query string.
#[component]
pub fn App(props: &AppProps) -> Html {
    let page = web::use_page(props.page);
    let options = use_memo((), |_| web::embed_options());
    use_effect_on((), move |_| {
        web::pin_head_links();
        web::mark_interactive();
    });
    let words = web::use_words(page.route);
    // A move whose words could not come shows the calm message in the page's place. The
    // reader may have tapped far down the page before (Next, at a step's end), so focus
    // its heading, which brings it into view and has a screen reader say it.
    use_effect_on(words == web::Words::Failed, |&failed| {
        if failed {
            web::focus_heading_in(MAIN_ID);
        }
    });
    // What is on screen: the address's page once its words are in, or the calm message
    // once they failed. While they are on their way, what was on screen stays (the page
    // before, or the message when a move tries again), as a browser keeps the old page
    // while the next one loads: nothing blanks, no page shows without its words, and
    // focus stays where the reader left it (on "Next", say).
    let settled = use_mut_ref(|| (page, web::Words::Ready));
    if words != web::Words::Loading {
        *settled.borrow_mut() = (page, words);
    }
    let (shown, shown_words) = *settled.borrow();
    #[cfg(feature = "test-panic")]
    {
        use_effect_on(page, |_| web::panic_on_test_route());
    }
    let connection = web::use_connection();
    let worker = web::use_service_worker();
    use_screen_changes(shown.route);
    let loading = words == web::Words::Loading;
    let therapist_url = options.therapist_url.clone().map(AttrValue::from);
    html! {
        <>
            { shell(shown, therapist_url, shown_words, loading) }
            { status_toasts(connection, &worker, loading, web::every_page_s_words_in()) }
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

/// The page for a given route, as a component: what server rendering and the tests
/// render for any route without a browser. The app itself renders [`shell`] directly,
/// which saves a component's worth of code in the download.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    use_screen_changes(props.route);
    let here = Page {
        route: props.route,
        embedded: props.embedded,
    };
    shell(here, props.therapist_url.clone(), web::Words::Ready, false)
}

/// Follows screen changes: the document's title for every route; after the first
/// render, focus on the new screen's heading so screen readers announce it.
#[hook]
fn use_screen_changes(route: Route) {
    use_effect_on(route, |route| web::set_document_title(*route));
    // Keyed on the screen, not the route: moving within a section (a walkthrough step)
    // is the section's own business, including where focus goes.
    let first_render = use_mut_ref(|| true);
    let screen = route.section().map_or(route, Route::Section);
    use_effect_on(screen, move |_| {
        // On first load the reader has not navigated yet: leave focus where the browser
        // put it. After a change, focus the new heading so screen readers announce it.
        if !first_render.replace(false) {
            web::focus_heading_in(MAIN_ID);
        }
    });
}

/// The page `here`: skip link, header, the screen, crisis support (with the host's "find a
/// therapist" address, if any) and credit. `words` are `here`'s (ready, or failed: then a
/// calm message stands in the screen's place). `loading`: the words of the page the reader
/// asked for are on their way, so the screen is marked busy. A view function.
pub fn shell(
    here: Page,
    therapist_url: Option<AttrValue>,
    words: web::Words,
    loading: bool,
) -> Html {
    let page = match here.route {
        _ if words == web::Words::Failed => words_failed(here),
        Route::Home => home(here),
        // The `drop_*` settings are for one measurement only: they compile a section out
        // of the browser's wasm, to see how soon a page would be interactive if the wasm
        // were split by section (scripts/bench-split-ceiling.sh). Builds never set them.
        #[cfg(not(drop_flow))]
        Route::Section(Section::Flow) => flow_section(),
        #[cfg(not(drop_tears))]
        Route::Section(Section::Tears) | Route::Tears(_) => html! { <TearsPage {here} /> },
        #[cfg(not(drop_reflect))]
        Route::Section(Section::Reflect) => html! { <Quiz /> },
        #[cfg(not(drop_embed))]
        Route::Embed => embed_page(),
        // Only where a section is compiled out, so a new route still has to be matched.
        #[cfg(any(drop_flow, drop_tears, drop_reflect, drop_embed))]
        _ => Html::default(),
    };
    let therapist_url = therapist_url.unwrap_or(AttrValue::Static(
        crate::content::support::FIND_THERAPIST_URL,
    ));

    html! {
        <div class="shell">
            <a class="skip-link" href={jump_href(MAIN_ID)} onclick={on_jump(MAIN_ID)}>
                { site::SKIP_LINK }
            </a>
            { site_header(here) }
            { support_mini() }
            <main id={MAIN_ID} class="main" tabindex="-1" aria-busy={loading.then_some("true")}>
                { page }
            </main>
            { support_strip(therapist_url) }
            { site_footer(here) }
        </div>
    }
}
