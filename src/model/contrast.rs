//! WCAG contrast, so a host's accent colour is used only where text stays readable.

/// The app's page backgrounds, light and dark (from the design tokens).
pub const LIGHT_BACKGROUND: &str = "#fbf8f4";
pub const DARK_BACKGROUND: &str = "#12181d";
/// Normal text needs this contrast ratio (WCAG AA).
pub const TEXT_CONTRAST: f64 = 4.5;

/// An accent colour for one colour scheme, with the text colour to put on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Accent {
    pub colour: String,
    pub on_colour: &'static str,
}

/// The accent for light and for dark pages, each present only if it reads well on that
/// background and some text colour (black or white) reads well on it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccentPalette {
    pub light: Option<Accent>,
    pub dark: Option<Accent>,
}

/// Splits a `#rrggbb` colour (as made by `embed::parse_colour`) into its channels.
fn rgb(hex: &str) -> Option<[u8; 3]> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// Relative luminance (WCAG 2.x).
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// `x` to the power 2.4 for `x` in 0..=1, as `x² · (x²)^(1/5)` with Newton's method for
/// the fifth root: libm's `pow` would add kilobytes to the WebAssembly for one formula.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    let mut root: f64 = 1.0;
    for _ in 0..40 {
        root -= (root.powi(5) - square) / (5.0 * root.powi(4));
    }
    square * root
}

/// The contrast ratio of two `#rrggbb` colours (1 to 21); 1 if either is malformed.
pub fn contrast(a: &str, b: &str) -> f64 {
    match (rgb(a), rgb(b)) {
        (Some(a), Some(b)) => {
            let (la, lb) = (luminance(a), luminance(b));
            (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
        }
        _ => 1.0,
    }
}

impl AccentPalette {
    /// Where `colour` can serve as the accent.
    pub fn for_colour(colour: &str) -> AccentPalette {
        let on = |bg: &str| -> Option<Accent> {
            if contrast(colour, bg) < TEXT_CONTRAST {
                return None;
            }
            let on_colour = ["#ffffff", "#000000"]
                .into_iter()
                .find(|text| contrast(colour, text) >= TEXT_CONTRAST)?;
            Some(Accent {
                colour: colour.to_owned(),
                on_colour,
            })
        };
        AccentPalette {
            light: on(LIGHT_BACKGROUND),
            dark: on(DARK_BACKGROUND),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_power_matches_libm() {
        for i in 0..=100 {
            let x = f64::from(i) / 100.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-9, "{x}");
        }
    }

    #[test]
    fn known_ratios() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast("#1f6f78", "#fbf8f4") - 5.5).abs() < 0.1);
        assert_eq!(contrast("nope", "#ffffff"), 1.0);
    }

    #[test]
    fn a_dark_accent_is_for_light_pages_only() {
        let p = AccentPalette::for_colour("#6b2d5c");
        assert_eq!(p.light.as_ref().map(|a| a.on_colour), Some("#ffffff"));
        assert_eq!(p.dark, None);
    }

    #[test]
    fn a_pale_accent_is_for_dark_pages_only() {
        let p = AccentPalette::for_colour("#f5c77e");
        assert_eq!(p.light, None);
        assert_eq!(p.dark.as_ref().map(|a| a.on_colour), Some("#000000"));
    }
}
