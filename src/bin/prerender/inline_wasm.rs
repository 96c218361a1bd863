//! The wasm written into each page, so that a first visit downloads it with the page.
//!
//! Why: on a slow phone network every request waits a round trip before its first byte
//! (562 ms on Slow 4G). The wasm could only be asked for once the page's head had arrived,
//! so its bytes started a round trip after the page's, and the link sat idle in between:
//! at 180 KB/s that idle trip could have carried the whole wasm. Inside the page, the
//! wasm's last byte comes with the page's (README, "The wasm inside the page").
//!
//! How: a data block (`<script type=application/octet-stream>`, which no browser runs)
//! whose text holds one character a byte: byte `b` is the character U+00`b`, which UTF-8
//! writes as one byte below 0x80 and two above, so brotli keeps almost all of its grip on
//! the wasm (83,961 B brotli alone, 85,296 B like this). Three bytes would not survive the
//! HTML parser: NUL (made U+FFFD), CR (made LF) and `<` (which could end the block). Each
//! is written as one of the three ASCII bytes the wasm uses least, and those as U+0100,
//! U+0101 and U+0102. Written the obvious way (the three as U+0100 to U+0102 directly)
//! it was 87,285 B: NUL is one byte in nine of the wasm. Base64 was 109,190 B.
//!
//! Every other byte passes through the parser unchanged: the control characters among
//! them are parse errors that the HTML standard has browsers keep as they are (a validator
//! lists them; no browser alters them), and a data block is never rendered, read aloud or
//! printed.
//!
//! The boot module reads the block back (`scripts::write_boot`), and fetches the wasm's
//! file instead if the block is missing or does not decode to the length written on it.

/// The bytes the HTML parser would change inside a data block.
const UNSAFE: [u8; 3] = [0, b'\r', b'<'];

/// The block's `id`, which the boot module looks for.
pub const BLOCK_ID: &str = "app-wasm";

/// `wasm` as a data block for the end of a page's body.
pub fn data_block(wasm: &[u8]) -> String {
    let stand_ins = stand_ins(wasm);
    let mut text = String::with_capacity(wasm.len() * 5 / 4);
    for &byte in wasm {
        text.push(character(byte, &stand_ins));
    }
    let [a, b, c] = stand_ins;
    format!(
        "<script id={BLOCK_ID} type=application/octet-stream data-length={} data-swap=\"{a} {b} {c}\">{text}</script>",
        wasm.len()
    )
}

/// The three ASCII bytes, none of them unsafe, that `wasm` holds least often (the lowest
/// first when counts tie, so a build writes the same page every time).
fn stand_ins(wasm: &[u8]) -> [u8; 3] {
    let mut counts = [0usize; 128];
    for &byte in wasm.iter().filter(|b| b.is_ascii()) {
        counts[usize::from(byte)] += 1;
    }
    let mut ascii: Vec<u8> = (0..128u8).filter(|b| !UNSAFE.contains(b)).collect();
    ascii.sort_by_key(|&b| (counts[usize::from(b)], b));
    [ascii[0], ascii[1], ascii[2]]
}

/// The character that stands for `byte` in the block.
fn character(byte: u8, stand_ins: &[u8; 3]) -> char {
    if let Some(i) = UNSAFE.iter().position(|&u| u == byte) {
        char::from(stand_ins[i])
    } else if let Some(i) = stand_ins.iter().position(|&s| s == byte) {
        char::from_u32(0x100 + i as u32).unwrap_or('\u{100}')
    } else {
        char::from(byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the boot module does with the block's text (`scripts::write_boot`), in Rust.
    fn decode(text: &str, swap: [u8; 3]) -> Vec<u8> {
        text.chars()
            .map(|c| match u32::from(c) {
                code @ 0x100..=0x102 => swap[(code - 0x100) as usize],
                code => {
                    let byte = code as u8;
                    swap.iter()
                        .position(|&s| s == byte)
                        .map_or(byte, |i| UNSAFE[i])
                }
            })
            .collect()
    }

    fn block_parts(block: &str) -> (usize, [u8; 3], &str) {
        let length = block.split("data-length=").nth(1).unwrap();
        let length = length.split(' ').next().unwrap().parse().unwrap();
        let swap: Vec<u8> = block.split("data-swap=\"").nth(1).unwrap()[..]
            .split('"')
            .next()
            .unwrap()
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        let text = block.split_once("\">").unwrap().1;
        let text = text.strip_suffix("</script>").unwrap();
        (length, [swap[0], swap[1], swap[2]], text)
    }

    #[test]
    fn every_byte_survives_the_round_trip() {
        let mut wasm: Vec<u8> = (0..=255u8).collect();
        wasm.extend([0, 0, 13, 60, 60, b'a', 0xff, 0x80]);
        let block = data_block(&wasm);
        let (length, swap, text) = block_parts(&block);
        assert_eq!(length, wasm.len());
        assert_eq!(text.chars().count(), wasm.len(), "one character a byte");
        assert_eq!(decode(text, swap), wasm);
    }

    #[test]
    fn the_text_holds_nothing_the_html_parser_would_change() {
        let wasm: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let block = data_block(&wasm);
        let (_, _, text) = block_parts(&block);
        assert!(
            !text.contains(['\0', '\r', '<']),
            "NUL, CR or < in the block's text"
        );
    }

    #[test]
    fn the_stand_ins_are_the_rarest_safe_ascii_bytes() {
        // Every ASCII byte ten times, but 'q', 'Q' and '~' once: those stand in.
        let mut wasm: Vec<u8> = (0..128u8)
            .filter(|b| !b"qQ~".contains(b))
            .flat_map(|b| [b; 10])
            .collect();
        wasm.extend(*b"qQ~");
        assert_eq!(stand_ins(&wasm), [b'Q', b'q', b'~']);
        // Never one of the unsafe three, however rare.
        assert!(stand_ins(&[b'a'; 50]).iter().all(|b| !UNSAFE.contains(b)));
    }
}
