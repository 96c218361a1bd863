//! `record!`: a content table's record, written with its words as plain strings.
//!
//! A writer fills a table of records (questions, cards, evidence notes, steps) like this:
//!
//! ```
//! # use crying_explainer::record;
//! # use crying_explainer::content::support::SupportLine;
//! const LINE: SupportLine = record!(SupportLine {
//!     name: "Samaritans",
//!     number: "116 123",
//!     href: "tel:116123",
//!     detail: "any time, day or night",
//! });
//! assert_eq!(&*LINE.name, "Samaritans");
//! ```
//!
//! and `record!` writes each string as a phrase, `t!("…")`, so only its key reaches the
//! browser's WebAssembly (see [`crate::content::text`]). Why a macro and not `t!` on every
//! field: a table is the same few fields again and again, and with `t!` on each line a
//! record reads as code. Plain strings keep a table reading as the data it is, and the
//! scan for repeated code no longer takes one record's lines for another's logic.
//!
//! What becomes a phrase, at any depth of the record:
//! - a field's string: `prompt: "…"`;
//! - the strings of a list: `answers: ["Often", "Never"]` (a `&'static [Text]`);
//! - an optional string: `shared: Some("…")`;
//! - the fields of a record inside it: `figure: Figure { title: "…", … }`, or a list of
//!   them: `choices: [Choice { … }, Choice { … }]`.
//!
//! Two fields are addresses, never words, and stay as written: `id` (an element's id and
//! a link's fragment) and `href`. Anything else (a theme, an evidence note, a list of
//! blocks that wrap their own `t!`) is passed through as the expression it is. A string
//! where a phrase belongs but the macro does not reach fails to compile, since a phrase
//! is a [`crate::content::text::Text`], not a `&str`. (A macro cannot tell a string
//! from a number: a field holding a bare number, which no table has yet, would be taken
//! for words and fail to compile; write it as a constant.)
//!
//! `site_map::phrases` reads every string inside `record!(…)` as a phrase of its page,
//! but for the `id` and `href` fields: the same rule, so a page's data holds every word
//! its records show.

/// A content record with its words as plain strings: see the [module](self) comment.
#[macro_export]
macro_rules! record {
    ($kind:ident { $($fields:tt)* }) => {
        $crate::record!(@fields $kind {} $($fields)*)
    };

    // All fields written.
    (@fields $kind:ident { $($done:tt)* } $(,)?) => {
        $kind { $($done)* }
    };

    // Addresses, not words.
    (@fields $kind:ident { $($done:tt)* } id: $value:expr $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* id: $value, } $($($rest)*)?)
    };
    (@fields $kind:ident { $($done:tt)* } href: $value:expr $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* href: $value, } $($($rest)*)?)
    };

    // Words.
    (@fields $kind:ident { $($done:tt)* } $field:ident: $words:literal $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* $field: $crate::t!($words), } $($($rest)*)?)
    };
    (@fields $kind:ident { $($done:tt)* }
        $field:ident: [$($words:literal),* $(,)?] $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* $field: &[$($crate::t!($words)),*], }
            $($($rest)*)?)
    };
    (@fields $kind:ident { $($done:tt)* } $field:ident: Some($words:literal) $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* $field: Some($crate::t!($words)), }
            $($($rest)*)?)
    };

    // Records inside a record.
    (@fields $kind:ident { $($done:tt)* }
        $field:ident: $inner:ident { $($fields:tt)* } $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* $field: $crate::record!($inner { $($fields)* }), }
            $($($rest)*)?)
    };
    (@fields $kind:ident { $($done:tt)* }
        $field:ident: [$($inner:ident { $($fields:tt)* }),* $(,)?] $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind {
            $($done)* $field: &[$($crate::record!($inner { $($fields)* })),*],
        } $($($rest)*)?)
    };

    // Anything else, as written.
    (@fields $kind:ident { $($done:tt)* } $field:ident: $value:expr $(, $($rest:tt)*)?) => {
        $crate::record!(@fields $kind { $($done)* $field: $value, } $($($rest)*)?)
    };
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::content::text::Text;

    struct Inner {
        label: Text,
        id: &'static str,
    }

    struct Outer {
        title: Text,
        list: &'static [Text],
        shared: Option<Text>,
        inner: Inner,
        inners: &'static [Inner],
        href: &'static str,
    }

    const OUTER: Outer = record!(Outer {
        title: "Title",
        list: ["One", "Two"],
        shared: Some("Shared"),
        inner: Inner {
            label: "Label",
            id: "an-id"
        },
        inners: [
            Inner {
                label: "A",
                id: "a"
            },
            Inner {
                label: "B",
                id: "b"
            }
        ],
        href: "tel:1",
    });

    #[test]
    fn strings_become_phrases_and_addresses_stay_strings() {
        assert_eq!(OUTER.title, crate::t!("Title"));
        assert_eq!(OUTER.list, &[crate::t!("One"), crate::t!("Two")]);
        assert_eq!(OUTER.shared, Some(crate::t!("Shared")));
        assert_eq!(
            (OUTER.inner.label, OUTER.inner.id),
            (crate::t!("Label"), "an-id")
        );
        assert_eq!(OUTER.inners.len(), 2);
        assert_eq!(
            (OUTER.inners[1].label, OUTER.inners[1].id),
            (crate::t!("B"), "b")
        );
        assert_eq!(OUTER.href, "tel:1");
    }
}
