//! The home screen: a warm introduction, the credit, and the way into each section.

use yew::prelude::*;

use crate::components::site_footer::credit;
use crate::content::{home, site};
use crate::model::route::{Route, Section};
use crate::site_map::Page;

/// The first screen a reader sees. A view function: it holds no state. The key makes
/// a change of page replace this one, as a change of component would.
pub fn home(here: Page) -> Html {
    html! {
        <article key="home" class="home">
            <h1 class="home__title" tabindex="-1">{ site::TITLE }</h1>
            <p class="home__tagline">{ home::TAGLINE }</p>
            { for home::INTRO.iter().map(|p| html! { <p class="home__intro">{ *p }</p> }) }
            <p class="home__credit">{ credit() }</p>
            <h2 class="home__sections-heading">{ home::SECTIONS_HEADING }</h2>
            <ul class="cards">
                { for Section::ALL.map(|s| section_card(here, s)) }
            </ul>
        </article>
    }
}

fn section_card(here: Page, section: Section) -> Html {
    let text = site::section(section);
    html! {
        <li class="card" data-section={section.slug()}>
            <a class="card__link" href={here.href(Route::Section(section))}>
                <span class="card__title">{ text.title }</span>
                <span class="card__summary">{ text.summary }</span>
            </a>
        </li>
    }
}
