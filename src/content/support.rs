//! Crisis support, shown on every screen. Numbers from `shared/EVIDENCE.md` (UK).

/// One way to get help now.
pub struct SupportLine {
    /// Who to contact.
    pub name: &'static str,
    /// The number as a reader would dial it, for the link text.
    pub number: &'static str,
    /// The number for the `tel:` link (digits only).
    pub tel: &'static str,
    /// When or for whom.
    pub detail: &'static str,
}

/// The strip's heading.
pub const HEADING: &str = "Need to talk to someone now?";

/// Crisis lines in the order a reader in distress should meet them.
pub const LINES: &[SupportLine] = &[
    SupportLine {
        name: "Samaritans",
        number: "116 123",
        tel: "116123",
        detail: "free, any time, day or night",
    },
    SupportLine {
        name: "NHS 111",
        number: "111",
        tel: "111",
        detail: "choose option 2 for mental health crisis support (England)",
    },
    SupportLine {
        name: "Childline",
        number: "0800 1111",
        tel: "08001111",
        detail: "if you are under 19",
    },
];

/// The emergency line, shown apart from the others: words before the number, the
/// number, and words after it.
pub const EMERGENCY_BEFORE: &str = "If a life is at risk, call";
pub const EMERGENCY_NUMBER: &str = "999";
pub const EMERGENCY_AFTER: &str = "or go to A&E.";

/// The link to a counsellor directory; a host page may replace the address.
pub const FIND_THERAPIST_TEXT: &str = "Find a therapist";
pub const FIND_THERAPIST_URL: &str = "https://www.counselling-directory.org.uk/";

/// Reassurance that the app itself is not a crisis service.
pub const NOT_A_SERVICE: &str =
    "This guide is for reflection. It is not a crisis service or a diagnosis.";

/// The one-line reminder at the top of every screen.
pub const MINI_LEAD: &str = "Need to talk now? Call";
pub const MINI_MORE: &str = "More support";
