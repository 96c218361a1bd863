//! The drawing vocabulary: every picture is a list of shapes in one 320 x 220 viewBox.
//! Colours and the stroke come from CSS classes (see style/tears.css and
//! style/tear-figures.css), so every picture shares one style and follows dark mode.

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listeners, VTag, VText};

use crate::content::text::Text;

/// One thing to draw. Classes (e.g. `i-line i-emo`) choose the colour; `i-signal`,
/// `i-grow`, `i-wipe` and a [`Shape::Route`] add motion (only without reduced motion),
/// and the delay classes (`i-q1`, `i-s1`...) say when it starts.
#[derive(Clone, Copy, PartialEq)]
pub enum Shape {
    /// A path: `d` and classes.
    Path(&'static str, &'static str),
    /// A message travelling along a path: drawn from its start to its end (its length is
    /// set to 100, so one dash pattern fits every route).
    Route(&'static str, &'static str),
    /// A circle: centre, radius, classes.
    Circle(i16, i16, i16, &'static str),
    /// A label centred on a point; classes start with `i-text` (add `i-start` to
    /// left-align it).
    Label(i16, i16, Text, &'static str),
    /// A tear drop hanging from a point, with classes.
    Drop(i16, i16, &'static str),
    /// An eye centred on a point: outline, iris and pupil.
    Eye(i16, i16),
    /// The tear gland centred on a point.
    Gland(i16, i16),
}

/// A figure's drawing: what is always there, and what each state adds (index 0 is the
/// resting picture, `n + 1` the reader's setting `n`).
pub struct Drawing {
    pub base: &'static [Shape],
    pub states: &'static [&'static [Shape]],
}

impl Drawing {
    /// The shapes a state adds; the resting ones for anything out of range.
    pub fn state(&self, choice: Option<u8>) -> &'static [Shape] {
        let i = choice.map_or(0, |c| usize::from(c) + 1);
        self.states
            .get(i)
            .or(self.states.first())
            .copied()
            .unwrap_or(&[])
    }
}

fn drop_path(x: i16, y: i16) -> String {
    format!("M{x} {y}c-5 8-9 13-9 18a9 9 0 0 0 18 0c0-5-4-10-9-18z")
}

/// The SVG element `tag` whose attributes `keys` take `values`, in order.
///
/// Built here rather than by `html!`, for the shapes whose classes come with them as data:
/// `html!` turns a `class` given as a value into Yew's `Classes`, a set that splits and
/// joins its words, and these were the last such classes in the download. Without
/// `Classes` the wasm is 1.9 KB brotli smaller (`docs/size-profile.md`). A shape has no
/// listeners or key, so nothing else of `html!` is missed.
fn svg(
    tag: &'static str,
    keys: &'static [&'static str],
    values: Box<[Option<AttributeOrProperty>]>,
    child: Html,
) -> Html {
    // The constructor `html!` itself writes for an element: `VTag::new` and its setters
    // bring in code that `html!` never needs (1 KB brotli, measured). It is hidden from
    // Yew's documentation, so a Yew upgrade may rename it: `VTag::new` with
    // `set_attributes` and `add_child` is the public way, at that cost.
    VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        None,
        Attributes::Dynamic { keys, values },
        Listeners::None,
        child,
    )
    .into()
}

/// An attribute's value, for [`svg`].
fn value(v: impl Into<AttrValue>) -> Option<AttributeOrProperty> {
    Some(AttributeOrProperty::Attribute(v.into()))
}

/// One shape as SVG.
pub fn shape(s: &Shape) -> Html {
    let at = |n: i16| value(n.to_string());
    let none = Html::default;
    let path =
        |d, class: &'static str| svg("path", &["d", "class"], Box::new([d, value(class)]), none());
    match *s {
        Shape::Path(d, class) => path(value(d), class),
        Shape::Route(d, class) => svg(
            "path",
            &["d", "class", "pathLength"],
            Box::new([value(d), value(class), value("100")]),
            none(),
        ),
        Shape::Circle(cx, cy, r, class) => svg(
            "circle",
            &["cx", "cy", "r", "class"],
            Box::new([at(cx), at(cy), at(r), value(class)]),
            none(),
        ),
        Shape::Label(x, y, label, class) => svg(
            "text",
            &["x", "y", "class"],
            Box::new([at(x), at(y), value(class)]),
            VText::new(label.value()).into(),
        ),
        Shape::Drop(x, y, class) => path(value(drop_path(x, y)), class),
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
