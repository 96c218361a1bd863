//! `404.html`, the page for missing addresses. A host serves it at any depth below the
//! site, where no relative address to the site's files would hold, so it names none: its
//! rules are written into it (`style/not-found.css`), and the site's policy allows that one
//! `<style>` element by its hash (README, "Deploy").

use crate::document::escape;
use crate::files::integrity;

/// The page's rules, as written (comments and all).
const RULES: &str = include_str!("../../../style/not-found.css");

/// The rules as the page carries them: without comments, each run of white space one
/// space, none beside a brace or a semicolon and none after a colon or a comma (no value
/// here needs one there; the spaces around `+` in `clamp()` stay).
pub fn style() -> String {
    let mut rest = RULES;
    let mut text = String::new();
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let tight = ["{", "}", ";"].iter().fold(spaced, |css, mark| {
        css.replace(&format!(" {mark}"), mark)
            .replace(&format!("{mark} "), mark)
    });
    tight.replace(": ", ":").replace(", ", ",")
}

/// The policy's source for [`style`]: `'sha256-…'`, as `style-src` names it.
pub fn style_source() -> String {
    format!("'{}'", integrity(style().as_bytes()))
}

/// The whole page: its head, its rules, and `app`, the server-rendered message and
/// support list.
pub fn document(title: &str, app: &str) -> String {
    format!(
        "<!doctype html><html lang=en-GB><head><meta charset=utf-8>\
         <meta name=viewport content=\"width=device-width, initial-scale=1\">\
         <meta name=color-scheme content=\"light dark\">\
         <meta name=robots content=noindex><link rel=icon href=\"data:,\"><title>{}</title>\
         <style>{}</style></head><body>{app}</body></html>\n",
        escape(title),
        style()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_lose_only_comments_and_spaces() {
        let css = style();
        assert!(!css.contains("/*") && !css.contains("  ") && !css.contains('\n'));
        assert!(css.starts_with(":root{color-scheme:light dark;--bg:#FBF8F4;"));
        // Spaces a value needs stay: around `+` in clamp(), inside a font's name.
        assert!(css.contains("clamp(1.75rem,1.3rem + 2vw,2.375rem)"));
        assert!(css.contains("\"Segoe UI\""));
        assert_eq!(css.matches('{').count(), RULES.matches('{').count());
    }

    #[test]
    fn the_page_carries_the_rules_its_policy_source_names() {
        let page = document("Missing", "<main></main>");
        let inner = page
            .split_once("<style>")
            .and_then(|(_, rest)| rest.split_once("</style>"))
            .map(|(css, _)| css)
            .expect("one style element");
        assert_eq!(format!("'{}'", integrity(inner.as_bytes())), style_source());
        assert!(style_source().starts_with("'sha256-") && style_source().ends_with("='"));
    }
}
