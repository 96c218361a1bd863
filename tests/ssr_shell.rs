//! Server-rendered HTML of the shell and of every route.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use crying_explainer::content::{site, support as help};
use crying_explainer::model::route::{Route, Section};
use support::{render_app, render_route};

#[test]
fn home_introduces_credits_and_links_every_section() {
    let html = render_route(Route::Home);
    assert!(html.contains(&format!("class=\"home__title\">{}</h1>", site::TITLE)));
    assert!(html.contains("You are not alone, and you did nothing wrong."));
    assert!(html.contains("<cite>Crying in the therapy room</cite>"));
    assert!(html.contains("Natasha Kelly"));
    assert!(html.contains("Counselling Directory"));
    for section in Section::ALL {
        assert!(
            html.contains(&format!("href=\"{}/\"", section.slug())),
            "{section:?}"
        );
        assert!(
            html.contains(&*site::section(section).summary),
            "{section:?}"
        );
    }
}

#[test]
fn every_route_has_skip_link_nav_crisis_support_and_credit() {
    let routes = std::iter::once(Route::Home).chain(Section::ALL.map(Route::Section));
    for route in routes {
        let html = render_route(route);
        assert!(html.contains(&*site::SKIP_LINK), "{route:?}");
        assert!(html.contains("href=\"#main\""), "{route:?}");
        assert!(html.contains("<main id=\"main\""), "{route:?}");
        assert!(
            html.contains(&format!("aria-label=\"{}\"", site::NAV_LABEL)),
            "{route:?}"
        );
        // Marked as UK lines, the full list (Northern Ireland, under-19s, elsewhere) with them.
        assert!(html.contains(&*help::UK_LEAD), "{route:?}");
        assert!(html.contains(help::ABROAD_URL), "{route:?}");
        for line in help::LINES.iter().chain(help::MORE_LINES) {
            assert!(
                html.contains(&format!("href=\"{}\"", line.href)),
                "{route:?} {}",
                line.name
            );
            assert!(html.contains(&*line.number), "{route:?}");
        }
        assert!(html.contains("href=\"tel:999\""), "{route:?}");
        assert!(html.contains(help::FIND_THERAPIST_URL), "{route:?}");
        assert!(
            html.contains("<cite>Crying in the therapy room</cite>"),
            "{route:?}"
        );
    }
}

#[test]
fn the_current_route_is_marked_in_the_nav() {
    let html = render_route(Route::Section(Section::Flow));
    assert!(html.contains("href=\"../flow/\" aria-current=\"page\""));
    assert!(!html.contains("href=\"../tears/\" aria-current"));
    let home = render_route(Route::Home);
    assert!(home.contains("href=\"./\" aria-current=\"page\""));
    let step = render_route(Route::Tears(
        crying_explainer::model::walkthrough::View::Step(4),
    ));
    assert!(step.contains("href=\"../../tears/\" aria-current=\"page\""));
    // The page for hosts is in no section: no link says it is the current page.
    let embed = render_route(Route::Embed);
    assert!(!embed.contains("aria-current=\"page\""), "{embed}");
}

#[test]
fn every_page_renders_its_own_screen_with_relative_links_only() {
    use crying_explainer::site_map::Page;
    for page in Page::all() {
        let html = support::render_page(page);
        assert!(html.contains("<h1"), "{}", page.path());
        // No address starts at the domain's root, so the site works from any folder.
        assert!(!html.contains("href=\"/"), "{}", page.path());
        assert!(!html.contains("href=\"#/"), "{}", page.path());
        assert_eq!(
            html.contains("class=\"brand\""),
            !page.embedded,
            "{}",
            page.path()
        );
    }
}

#[test]
fn each_section_page_shows_its_own_heading() {
    for section in Section::ALL {
        let route = Route::Section(section);
        let html = render_route(route);
        // The page table's heading: the walkthrough's page is its first step, so its
        // heading is the step's, not the name of the section's card on home.
        let heading = crying_explainer::site_map::row(route).heading;
        assert!(
            // Attributes vary by page (the tears heading has an id): match the text.
            html.contains(&format!(">{heading}</h1>")) && html.contains("<h1"),
            "{section:?}"
        );
    }
}

#[test]
fn the_app_renders_home_outside_a_browser() {
    // No address on the server: the app must fall back to the home screen.
    let html = render_app();
    assert!(html.contains("home__title"));
}
