//! Emotional and reflex tears side by side: a table on wide screens, a card per kind on
//! phones (the stylesheet shows one or the other), under one figure with both routes.

use yew::prelude::*;

use crate::content::text::Text;

use super::block::block;
use super::figures::TearFigure;
use super::step_view::HEADING_ID;
use crate::content::tears::compare::{self as text, CompareRow, COMPARE_ROWS};
use crate::content::tears::{back_to_step, Block, EMOTIONAL_TEARS, REFLEX_TEARS};
use crate::model::route::Route;
use crate::model::walkthrough::View;
use crate::site_map::Page;

/// A cell: its blocks, each claim with its own note. `suffix` (the table's column or the
/// card) and `row` keep element ids unique: one note may back claims in two rows of a
/// column.
fn cell(blocks: &[Block], suffix: &'static str, row: usize) -> Html {
    let id_suffix = AttrValue::from(format!("{suffix}{row}"));
    html! { <>{ for blocks.iter().map(|b| block(b, id_suffix.clone())) }</> }
}

/// What one kind's card for phones holds: its name, and every aspect as a term and its
/// description. The caller writes the card around it, with its own class.
fn card(kind: Text, suffix: &'static str, pick: fn(&CompareRow) -> &'static [Block]) -> Html {
    html! {
        <>
            <h2>{ kind }</h2>
            <dl>
                { for COMPARE_ROWS.iter().enumerate().map(|(i, row)| html! {
                    <>
                        <dt>{ row.aspect }</dt>
                        <dd>{ cell(pick(row), suffix, i) }</dd>
                    </>
                }) }
            </dl>
        </>
    }
}

/// The comparison screen, on page `here`, with the way back to `return_step`. A view
/// function: it holds no state, and each component adds code to the download.
pub fn compare(here: Page, return_step: u8) -> Html {
    let back = here.href(Route::Tears(View::Step(return_step)));
    html! {
        <>
            <h1 id={HEADING_ID} tabindex="-1">{ text::COMPARE_TITLE }</h1>
            <p>{ text::COMPARE_INTRO }</p>
            <TearFigure view={View::Compare} />
            <table class="compare__table">
                <caption class="visually-hidden">{ text::COMPARE_CAPTION }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text::ASPECT }</th>
                        <th scope="col" class="compare--emo">{ EMOTIONAL_TEARS }</th>
                        <th scope="col" class="compare--reflex">{ REFLEX_TEARS }</th>
                    </tr>
                </thead>
                <tbody>
                    { for COMPARE_ROWS.iter().enumerate().map(|(i, row)| html! {
                        <tr>
                            <th scope="row">{ row.aspect }</th>
                            <td>{ cell(row.emotional, "-te", i) }</td>
                            <td>{ cell(row.reflex, "-tr", i) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <div class="compare__cards">
                <section class="compare__card compare--emo">
                    { card(EMOTIONAL_TEARS, "-ce", |r| r.emotional) }
                </section>
                <section class="compare__card compare--reflex">
                    { card(REFLEX_TEARS, "-cr", |r| r.reflex) }
                </section>
            </div>
            <p><a class="button button--quiet" href={back}>{ back_to_step(return_step) }</a></p>
        </>
    }
}
