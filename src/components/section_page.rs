//! A section's page while its feature is being built.

use yew::prelude::*;

use crate::content::site;
use crate::model::route::{Route, Section};

/// The section's title, its summary and an honest "being built" note. A view function:
/// it holds no state. The key makes a change of page replace this one, as a change of
/// component would.
pub fn section_page(section: Section) -> Html {
    let text = site::section(section);
    html! {
        <article key="section-page" class={classes!("section", format!("section--{}", section.slug()))}>
            <h1 tabindex="-1">{ text.title }</h1>
            <p class="section__summary">{ text.summary }</p>
            <p class="notice">{ text.being_built }</p>
            <p><a class="button" href={Route::Home.to_hash()}>{ site::BACK_HOME }</a></p>
        </article>
    }
}
