//! "Embed this": the snippets an editor pastes into an article page.

use yew::prelude::*;

use crate::content::embed as text;
use crate::web;

/// The loader snippet and the plain iframe, each with a copy button. A view function:
/// the site's address is read as it renders; the key makes a change of page replace it.
pub fn embed_page() -> Html {
    let root = web::site_root_url().unwrap_or_else(|| text::PLACEHOLDER_ROOT.to_owned());
    html! {
        <article key="embed" class="embed-page">
            <h1 tabindex="-1">{ text::TITLE }</h1>
            <p>{ text::INTRO }</p>
            <h2>{ text::SNIPPET_HEADING }</h2>
            <Snippet code={text::loader_snippet(&root)} id="snippet-loader" />
            <p class="embed-page__help">{ text::SNIPPET_HELP }</p>
            <h2>{ text::IFRAME_HEADING }</h2>
            <p class="embed-page__help">{ text::IFRAME_HELP }</p>
            <Snippet code={text::iframe_snippet(&root)} id="snippet-iframe" />
        </article>
    }
}

/// Props for [`Snippet`].
#[derive(Properties, PartialEq)]
struct SnippetProps {
    code: String,
    id: AttrValue,
}

/// What happened on the last copy.
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// A block of code the reader can select or copy with one press.
#[component]
fn Snippet(props: &SnippetProps) -> Html {
    let state = use_state_eq(|| CopyState::Idle);
    let on_copy = {
        let state = state.clone();
        let code = props.code.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let code = code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = web::share::copy_text(&code).await;
                state.set(if ok {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
            });
        })
    };
    let status = match *state {
        CopyState::Idle => None,
        CopyState::Copied => Some(text::COPIED),
        CopyState::Failed => Some(text::COPY_FAILED),
    };
    html! {
        <div class="snippet">
            <pre class="snippet__code" id={props.id.clone()} tabindex="0"><code>{ &props.code }</code></pre>
            <div class="snippet__bar needs-app">
                <button type="button" class="button button--quiet" onclick={on_copy}
                    aria-describedby={props.id.clone()}>{ text::COPY }</button>
                <span class="snippet__status" role="status">{ status }</span>
            </div>
        </div>
    }
}
