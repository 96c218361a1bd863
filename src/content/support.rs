//! Crisis support, shown on every screen. Numbers from the product's
//! `EVIDENCE.md` (beside this repository, in `../shared/`; UK), with a
//! pointer for readers elsewhere: the guide can be embedded on any site.

use crate::content::text::Text;
use crate::record;
use crate::t;

/// One way to get help now.
pub struct SupportLine {
    /// Who to contact.
    pub name: Text,
    /// What the link says: the number as a reader would dial it, or what to text.
    pub number: Text,
    /// The whole link: `tel:` for a call, `sms:` for a text line.
    pub href: &'static str,
    /// When or for whom.
    pub detail: Text,
}

/// The strip's heading.
pub const HEADING: Text = t!("Need to talk to someone now?");
/// Says whose numbers these are, on every page.
pub const UK_LEAD: Text = t!("These are UK lines. All are free.");

/// The lines every page shows first, in the order a reader in distress should meet them.
pub const LINES: &[SupportLine] = &[
    record!(SupportLine {
        name: "Samaritans",
        number: "116 123",
        href: "tel:116123",
        detail: "any time, day or night",
    }),
    record!(SupportLine {
        name: "Shout",
        number: "Text SHOUT to 85258",
        href: "sms:85258?body=SHOUT",
        detail: "a text line, any time, if you cannot or would rather not speak",
    }),
    record!(SupportLine {
        name: "NHS 111",
        number: "111",
        href: "tel:111",
        detail: "choose option 2 for mental health crisis support (England)",
    }),
];

/// The rest of the full list, after the emergency line. The reflection's introduction
/// shows only [`LINES`] and names who these are for in its link to the rest
/// (`content::quiz::INTRO_MORE_LINES`, checked by a test there).
pub const MORE_LINES: &[SupportLine] = &[
    record!(SupportLine {
        name: "Lifeline",
        number: "0808 808 8000",
        href: "tel:08088088000",
        detail: "in Northern Ireland, any time",
    }),
    record!(SupportLine {
        name: "Childline",
        number: "0800 1111",
        href: "tel:08001111",
        detail: "if you are under 19",
    }),
];

// One constant per phrase, the shape of the quiz's labels (content/quiz/mod.rs): alike
// in form, different words; each is named by what shows it.

/// The emergency line, shown apart from the others: words before the number, the
/// number, and words after it.
pub const EMERGENCY_BEFORE: Text = t!("If a life is at risk, call");
pub const EMERGENCY_NUMBER: Text = t!("999");
pub const EMERGENCY_HREF: &str = "tel:999";
pub const EMERGENCY_AFTER: Text = t!("or go to A&E.");

/// For readers outside the UK: words before the link, the link, and words after it.
pub const ABROAD_BEFORE: Text = t!("Not in the UK? Find a helpline in your country at");
pub const ABROAD_LINK: Text = t!("findahelpline.com");
pub const ABROAD_URL: &str = "https://findahelpline.com/";
pub const ABROAD_AFTER: Text = t!("or call your local emergency number.");

/// The link to a counsellor directory; a host page may replace the address.
pub const FIND_THERAPIST_TEXT: Text = t!("Find a therapist");
pub const FIND_THERAPIST_URL: &str = "https://www.counselling-directory.org.uk/";

/// Reassurance that the app itself is not a crisis service.
pub const NOT_A_SERVICE: Text =
    t!("This guide is for reflection. It is not a crisis service or a diagnosis.");

/// The reminder at the top of every screen: the lead (its landmark's name), where the lines
/// are, then two links (their words and addresses: Samaritans and Shout, as in [`LINES`]).
pub const MINI_LEAD: Text = t!("Need to talk now?");
pub const MINI_UK: Text = t!("In the UK:");
pub const MINI: [(Text, &str); 2] = [
    (t!("Samaritans 116 123"), "tel:116123"),
    (t!("Text SHOUT to 85258"), "sms:85258?body=SHOUT"),
];
/// The link from the reminder to the full list.
pub const MINI_MORE: Text = t!("All support lines");

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_links_the_first_two_lines() {
        for (i, (words, href)) in MINI.iter().enumerate() {
            assert_eq!(*href, LINES[i].href);
            assert!(words
                .words()
                .contains(LINES[i].number.words().trim_start_matches("Text ")));
        }
    }

    #[test]
    fn calls_are_tel_links_and_the_text_line_an_sms_link() {
        for l in LINES.iter().chain(MORE_LINES) {
            let digits: String = l
                .number
                .words()
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            let scheme = if l.number.words().starts_with("Text") {
                "sms:"
            } else {
                "tel:"
            };
            assert!(
                l.href.starts_with(&format!("{scheme}{digits}")),
                "{}",
                l.href
            );
        }
    }
}
