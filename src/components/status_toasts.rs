//! Quiet notices at the bottom of the screen: a page loading, offline, back online, and
//! a new version ready.

use yew::prelude::*;

use crate::content::offline as text;
use crate::web;

/// Shows "you're offline" while there is no connection, "back online" once it returns
/// (the notice fades by itself: it is in a live region, said once), and a "refresh"
/// prompt when a new version is waiting. Fixed to the bottom so they never push the page about, and never
/// reload on their own: a reader mid-way through the quiz decides when.
///
/// A view function: the app calls [`web::use_connection`] and [`web::use_service_worker`]
/// and passes their results in, which saves a component's worth of code.
///
/// `loading`: the page the reader moved to is waiting for its words (the page before stays
/// on screen meanwhile); CSS shows the notice only if the wait lasts, so a quick move
/// flashes nothing. `every_page_in`: every page's words are in, so the offline notice may
/// say that everything still works; until then it says only this page does.
pub fn status_toasts(
    connection: web::Connection,
    worker: &web::ServiceWorkerState,
    loading: bool,
    every_page_in: bool,
) -> Html {
    let on_refresh = {
        let on_refresh = worker.on_refresh.clone();
        Callback::from(move |_: MouseEvent| on_refresh.emit(()))
    };
    html! {
        <div class="toasts" role="status">
            if loading {
                <p class="toast toast--loading">{ text::WORDS_LOADING }</p>
            }
            if connection == web::Connection::Offline {
                <p class="toast toast--offline">
                    { if every_page_in { text::OFFLINE } else { text::OFFLINE_THIS_PAGE } }
                </p>
            }
            if connection == web::Connection::BackOnline {
                <p class="toast toast--online">{ text::BACK_ONLINE }</p>
            }
            if worker.update_ready {
                <p class="toast toast--update">
                    { text::UPDATE_READY } { " " }
                    <button type="button" class="button toast__button" onclick={on_refresh}>
                        { text::UPDATE_REFRESH }
                    </button>
                </p>
            }
        </div>
    }
}
