//! One illustration: an inline SVG drawn from a list of shapes, with a title and a
//! description for screen readers. Colours and the stroke come from CSS classes (see
//! style/tears.css), so every picture shares one style and follows dark mode.

use yew::prelude::*;

use crate::content::tears::{self as text, Figure};

/// One thing to draw, in a 320 x 220 viewBox. Classes (e.g. `i-line i-emo`) choose the
/// colour; `i-signal` and `i-grow` add gentle motion (only without reduced motion).
#[derive(PartialEq)]
pub enum Shape {
    /// A path: `d` and classes.
    Path(&'static str, &'static str),
    /// A circle: centre, radius, classes.
    Circle(i16, i16, i16, &'static str),
    /// A label centred on a point; classes start with `i-text` (add `i-start` to
    /// left-align it).
    Label(i16, i16, &'static str, &'static str),
    /// A tear drop hanging from a point, with classes.
    Drop(i16, i16, &'static str),
    /// An eye centred on a point: outline, iris and pupil.
    Eye(i16, i16),
    /// The tear gland centred on a point.
    Gland(i16, i16),
}

fn drop_path(x: i16, y: i16) -> String {
    format!("M{x} {y}c-5 8-9 13-9 18a9 9 0 0 0 18 0c0-5-4-10-9-18z")
}

fn shape(s: &Shape) -> Html {
    match *s {
        Shape::Path(d, class) => html! { <path {d} {class} /> },
        Shape::Circle(cx, cy, r, class) => html! {
            <circle cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} {class} />
        },
        Shape::Label(x, y, label, class) => html! {
            <text x={x.to_string()} y={y.to_string()} {class}>{ label }</text>
        },
        Shape::Drop(x, y, class) => html! { <path d={drop_path(x, y)} {class} /> },
        Shape::Eye(x, y) => html! {
            <>
                <path class="i-line i-soft"
                    d={format!("M{} {y}Q{x} {} {} {y}Q{x} {} {} {y}z", x - 50, y - 36, x + 50, y + 36, x - 50)} />
                <circle cx={x.to_string()} cy={y.to_string()} r="15" class="i-line i-iris" />
                <circle cx={x.to_string()} cy={y.to_string()} r="6" class="i-ink" />
            </>
        },
        Shape::Gland(x, y) => html! {
            <path class="i-line i-gland"
                d={format!("M{} {y}q8-16 26-12q14 4 6 14q-14 8-32-2z", x - 16)} />
        },
    }
}

/// A figure: the SVG (role `img`, named by its title, described by its description) and,
/// for a chart, its data as a list. `figure`: the picture's words (title, description, a
/// chart's data); `shapes`: what to draw; `step` keys the figure, so a new step replaces
/// it and its gentle motion plays again. A view function: it holds no state.
pub fn illustration(step: u8, figure: &'static Figure, shapes: &'static [Shape]) -> Html {
    let f = figure;
    html! {
        <figure key={step} class="tears__figure">
            <svg class="ill" viewBox="0 0 320 220" role="img"
                aria-labelledby="tears-fig-title" aria-describedby="tears-fig-desc">
                <title id="tears-fig-title">{ f.title }</title>
                <desc id="tears-fig-desc">{ f.desc }</desc>
                { for shapes.iter().map(shape) }
            </svg>
            if !f.data.is_empty() {
                <figcaption class="tears__data">
                    <p class="tears__data-title">{ text::CHART_DATA }</p>
                    <ul>{ for f.data.iter().map(|d| html! { <li>{ *d }</li> }) }</ul>
                </figcaption>
            }
        </figure>
    }
}
