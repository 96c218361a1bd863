//! The design tokens' rules that CSS cannot check for itself, and their copies outside the
//! sheets.

use std::collections::BTreeMap;

/// `css` without its comments.
fn uncommented(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(open) = rest.find("/*") {
        out.push_str(&rest[..open]);
        let close = rest[open..].find("*/").expect("a closed comment");
        rest = &rest[open + close + 2..];
    }
    out + rest
}

/// The custom properties declared in the block that opens with `selector`, by name.
fn declared(css: &str, selector: &str) -> BTreeMap<String, String> {
    let start = css
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("style/tokens.css has a `{selector}` block"));
    let body = &css[start..];
    let body = &body[body.find('{').expect("an opening brace") + 1..];
    let body = &body[..body.find('}').expect("a closing brace")];
    body.split(';')
        .filter_map(|d| d.trim().split_once(':'))
        .filter(|(name, _)| name.starts_with("--"))
        .map(|(name, value)| (name.to_owned(), value.trim().to_owned()))
        .collect()
}

/// The dark palette is written twice, once for the device's setting and once for a host
/// page's `data-theme="dark"` (`tokens.css` says why): the two must not drift apart.
#[test]
fn the_dark_palette_is_the_same_for_the_device_and_for_a_host_page() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/tokens.css"))
        .map(|css| uncommented(&css))
        .expect("style/tokens.css");
    let device = declared(&css, r#":root:not([data-theme="light"])"#);
    let host = declared(&css, r#":root[data-theme="dark"]"#);
    assert!(device.len() >= 15, "the palette was found: {device:?}");
    assert_eq!(
        device, host,
        "the two dark blocks in style/tokens.css differ"
    );
    let light = declared(&css, ":root");
    for name in device.keys() {
        assert!(
            light.contains_key(name),
            "{name} is dark only: give it a light value"
        );
    }
}

/// A file of the repository, lower-cased (colours are compared without case).
fn lower(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .to_lowercase()
}

/// The `#rrggbb` in a token's value (`var(--accent-light, #1f6f78)` gives `#1f6f78`).
fn hex(value: &str) -> String {
    let at = value.find('#').expect("a colour");
    value[at..at + 7].to_lowercase()
}

/// The page's background and the primary colour are also written where the sheets cannot
/// reach: the browser bar's colour in each page's head (the prerender's, and Trunk's
/// `index.html`), the installed app (`manifest.webmanifest`), the icons, and the embed
/// layout's script that checks a host's accent against the background (`look.js`). A change
/// to the palette that missed one of them would show a seam only there.
#[test]
fn the_background_and_primary_colours_are_the_palettes_wherever_they_are_written() {
    let css = uncommented(&lower("style/tokens.css"));
    let light = hex(&declared(&css, ":root")["--color-bg"]);
    let dark = hex(&declared(&css, r#":root:not([data-theme="light"])"#)["--color-bg"]);
    let primary = hex(&declared(&css, ":root")["--color-primary"]);
    // The line of `file` that names `what` must name `colour`.
    let says = |file: &str, what: &str, colour: &str| {
        let text = lower(file);
        let line = text
            .lines()
            .find(|line| line.contains(what))
            .unwrap_or_else(|| panic!("{file} has a line with {what}"));
        assert!(
            line.contains(colour),
            "{file}: {what} is not {colour}: {line}"
        );
    };
    for head in ["src/bin/prerender/document.rs", "index.html"] {
        says(head, "(prefers-color-scheme: light)", &light);
        says(head, "(prefers-color-scheme: dark)", &dark);
    }
    says(
        "static/manifest.webmanifest",
        "\"background_color\"",
        &light,
    );
    says("static/manifest.webmanifest", "\"theme_color\"", &primary);
    says(
        "static/look.js",
        "var backgrounds",
        &format!("light: '{light}', dark: '{dark}'"),
    );
    for icon in ["static/icon.svg", "static/favicon.svg"] {
        says(icon, "<rect", &format!("fill=\"{primary}\""));
    }
}

/// The 404 page carries its own rules (`style/not-found.css` says why), with the palette's
/// values written out: each of its colours, light and dark, must be the tokens' colour of
/// the same role, so a change to the palette cannot leave that page behind.
#[test]
fn the_404_page_s_colours_are_the_palettes() {
    let tokens = uncommented(&lower("style/tokens.css"));
    let page = uncommented(&lower("style/not-found.css"));
    let roles = [
        ("--bg", "--color-bg"),
        ("--text", "--color-text"),
        ("--link", "--color-primary"),
        ("--support-bg", "--color-support-bg"),
        ("--support-text", "--color-support-text"),
    ];
    let dark_at = page
        .find("@media (prefers-color-scheme: dark)")
        .expect("style/not-found.css has a dark palette");
    let palettes = [
        ("light", ":root", &page[..]),
        (
            "dark",
            r#":root:not([data-theme="light"])"#,
            &page[dark_at..],
        ),
    ];
    for (palette, token_block, page_rules) in palettes {
        let token = declared(&tokens, token_block);
        let own = declared(page_rules, ":root");
        assert_eq!(own.len(), roles.len(), "{palette}: {own:?}");
        for (name, role) in roles {
            assert_eq!(
                hex(&own[name]),
                hex(&token[role]),
                "style/not-found.css: {name} in the {palette} palette is not {role}"
            );
        }
    }
}
