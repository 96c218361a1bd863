//! Tests of the words' keys: the content's phrases numbered in order, other words hashed,
//! and learned words recalled by their key.

use super::*;

#[test]
fn a_phrase_of_the_content_is_numbered_and_other_words_are_hashed() {
    // Numbers in the order the content writes its phrases: no two alike, all small.
    let numbers: std::collections::BTreeSet<u32> = NUMBERED.iter().map(|n| n.1).collect();
    assert_eq!(numbers.len(), NUMBERED.len());
    assert_eq!(numbers.last(), Some(&(NUMBERED.len() as u32 - 1)));
    assert!(
        NUMBERED.windows(2).all(|w| w[0].0 < w[1].0),
        "sorted by the words"
    );
    for (words, number) in NUMBERED {
        assert_eq!(key_of(words), *number);
    }
    assert_eq!(t!("Skip to content").key(), key_of("Skip to content"));
    assert!(t!("Skip to content").key() < 0x8000_0000);
    // Known FNV-1a 32 values, with the top bit set.
    assert_eq!(
        key_of("a not-a-phrase"),
        fnv1a(b"a not-a-phrase") | 0x8000_0000
    );
    assert_eq!(fnv1a(b"a"), 0xe40c_292c);
    assert_eq!(t!("Next").words(), "Next");
}

#[test]
fn learned_words_are_recalled_by_key() {
    learn(7, Rc::from("seven"));
    learn(3, Rc::from("three"));
    learn(7, Rc::from("Seven"));
    assert_eq!(recall(7).as_deref(), Some("Seven"));
    assert_eq!(recall(3).as_deref(), Some("three"));
    assert_eq!(recall(5), None);
}
