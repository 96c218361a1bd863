//! A block of the walkthrough's words: a paragraph, or a claim followed by its own
//! evidence note. Steps and the comparison's cells are both written in blocks.

use yew::prelude::*;

use crate::components::EvidenceNote;
use crate::content::tears::Block;

/// One block. `id_suffix` keeps the note's element ids unique where one note shows more
/// than once on a page (the comparison's table and cards); a step passes none.
pub fn block(b: &Block, id_suffix: AttrValue) -> Html {
    match *b {
        Block::Plain(t) => html! { <p>{ t }</p> },
        Block::Claim(t, evidence) => html! {
            <div class="tears__claim">
                <p>{ t }</p>
                <EvidenceNote key={evidence.id} {evidence} {id_suffix} />
            </div>
        },
    }
}
