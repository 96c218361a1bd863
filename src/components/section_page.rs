//! A section's page while its feature is being built.

use yew::prelude::*;

use crate::content::site;
use crate::model::route::{Route, Section};

/// Props for [`SectionPage`].
#[derive(Properties, PartialEq)]
pub struct SectionPageProps {
    pub section: Section,
}

/// The section's title, its summary and an honest "being built" note.
#[component]
pub fn SectionPage(props: &SectionPageProps) -> Html {
    let text = site::section(props.section);
    html! {
        <article class={classes!("section", format!("section--{}", props.section.slug()))}>
            <h1 tabindex="-1">{ text.title }</h1>
            <p class="section__summary">{ text.summary }</p>
            <p class="notice">{ text.being_built }</p>
            <p><a class="button" href={Route::Home.to_hash()}>{ site::BACK_HOME }</a></p>
        </article>
    }
}
