//! The option a host page gives the embedded app that the app itself reads: its own
//! "find a therapist" address, from the page's query string. Anything unexpected is
//! ignored, so a host can never break the app or point that link anywhere but an `https:`
//! address. (The look options, theme, background and accent, are applied before first
//! paint by `static/look.js`, and tested in `tests/e2e/look.test.mjs`.)

/// What a host page asked of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The host's "find a therapist" address, always `https:`.
    pub therapist_url: Option<String>,
}

/// The longest query string worth reading; real ones are far shorter.
const MAX_QUERY: usize = 2048;
/// The longest "find a therapist" address accepted.
const MAX_URL: usize = 512;

impl EmbedOptions {
    /// Parses a query string such as `?theme=dark&therapist=https%3A%2F%2Fexample.org`.
    /// Total: any input gives options, unknown keys and bad values are ignored.
    pub fn parse(query: &str) -> EmbedOptions {
        let mut options = EmbedOptions::default();
        if query.len() > MAX_QUERY {
            return options;
        }
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(value) = percent_decode(raw) else {
                continue;
            };
            if key == "therapist" {
                options.therapist_url = parse_https_url(&value);
            }
        }
        options
    }
}

/// An absolute `https:` URL with a host and nothing that could break out of an
/// attribute; anything else is refused.
pub fn parse_https_url(value: &str) -> Option<String> {
    let rest = value.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let safe = |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`');
    (value.len() <= MAX_URL
        && !host.is_empty()
        && !host.starts_with('.')
        && !host.contains('@')
        && value.chars().all(safe))
    .then(|| value.to_owned())
}

/// Decodes `%xx` escapes and `+`; `None` if the result is not UTF-8.
fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_the_therapist_link() {
        let o = EmbedOptions::parse(
            "?theme=dark&accent=%23AA3366&bg=transparent&therapist=https%3A%2F%2Fexample.org%2Ffind",
        );
        assert_eq!(o.therapist_url.as_deref(), Some("https://example.org/find"));
        assert_eq!(EmbedOptions::parse(""), EmbedOptions::default());
        assert_eq!(EmbedOptions::parse("?"), EmbedOptions::default());
    }

    #[test]
    fn refuses_unsafe_therapist_links() {
        for bad in [
            "javascript:alert(1)",
            "http://example.org",
            "https://",
            "https://@evil.example",
            "https://user@evil.example/",
            "https://ex ample.org",
            "https://example.org/\"onmouseover=x",
            "data:text/html,hi",
            "//example.org",
            "HTTPS://example.org",
        ] {
            assert_eq!(parse_https_url(bad), None, "{bad}");
        }
        assert_eq!(
            parse_https_url(&format!("https://a.org/{}", "x".repeat(600))),
            None
        );
    }

    #[test]
    fn bad_escapes_are_ignored_not_fatal() {
        let o = EmbedOptions::parse("?therapist=%E0%A4%A&theme=%");
        assert_eq!(o, EmbedOptions::default());
    }

    proptest! {
        #[test]
        fn any_query_parses_and_every_accepted_value_is_safe(q in ".{0,300}") {
            let o = EmbedOptions::parse(&q);
            if let Some(url) = o.therapist_url {
                prop_assert!(url.starts_with("https://"));
                prop_assert!(!url.contains('"') && !url.contains('<') && !url.contains(' '));
            }
        }

        #[test]
        fn arbitrary_key_values_never_panic(k in "[a-z%+=&]{0,12}", v in any::<String>()) {
            let _ = EmbedOptions::parse(&format!("?{k}={v}&{v}={k}"));
        }
    }
}
