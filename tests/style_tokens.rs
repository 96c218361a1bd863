//! The design tokens' rules that CSS cannot check for itself.

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
