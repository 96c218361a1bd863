//! The home screen's own words: its tagline, introduction and lead-in to the sections
//! (the cards' titles and summaries are the shell's, in `site`: other pages show them
//! too). Kept apart so that only home's page carries them.

use crate::content::text::Text;
use crate::t;

/// One line under the title.
pub const TAGLINE: Text = t!("A gentle guide to tears, feelings and crying in therapy");

/// The introduction on the home screen, one paragraph per entry.
pub const INTRO: &[Text] = &[
    t!("Maybe you cried in a counselling session and felt awkward. Maybe you felt you had to say sorry. \
        You are not alone, and you did nothing wrong."),
    t!("Crying is common and normal. Some people cry often, some rarely or never, and some \
        cannot. Not crying is fine too. This short guide looks at what tears are, an old idea about \
        feelings getting stuck, and what crying might mean for you. Take it at your own pace. You can stop at \
        any time."),
];

/// Lead-in to the three sections on the home screen.
pub const SECTIONS_HEADING: Text = t!("Explore");

/// What search results and link previews say about the app as a whole.
pub const DESCRIPTION: Text = t!(
    "A gentle, interactive guide to why we cry: the three kinds of \
     tears, an old idea about feelings getting stuck, and a private self-reflection to bring to a \
     counsellor. Based on the article Crying in the therapy room."
);
