//! The one thing kept on the device: where the reader is and what they chose, in a tiny
//! hand-written format (no JSON crate, to keep the download small).
//!
//! Format: `1|<stage>|<replies>`, e.g. `1|q3|01r-2-----`. The stage is `i` (introduction),
//! `q<n>` (question n, from 0) or `r` (results). One character per question: `-` no reply,
//! `r` "I'd rather not say", a digit for an answer. Anything else is discarded whole.

use super::{answer_count, Answers, Reply, Stage, ANSWER_COUNTS, QUESTION_COUNT};

/// The one `localStorage` key the quiz uses. A new format gets a new key.
pub const STORAGE_KEY: &str = "crying-explainer/reflect/v1";

const VERSION: &str = "1";
/// Longer than any value this version writes; anything bigger is not ours.
const MAX_LEN: usize = 64;

// One character per reply, one digit per answer and at most two for the question: the
// counts must fit the format.
const _: () = {
    assert!(QUESTION_COUNT <= 100 && "1|q99|".len() + QUESTION_COUNT <= MAX_LEN);
    let mut q = 0;
    while q < QUESTION_COUNT {
        assert!(ANSWER_COUNTS[q] <= 10);
        q += 1;
    }
};

/// The stored text for a position and answers.
pub fn encode(stage: Stage, answers: &Answers) -> String {
    let stage = match stage {
        Stage::Intro => "i".to_owned(),
        Stage::Question(n) => format!("q{n}"),
        Stage::Results => "r".to_owned(),
    };
    let replies: String = answers
        .0
        .iter()
        .map(|r| match r {
            None => '-',
            Some(Reply::RatherNotSay) => 'r',
            Some(Reply::Chose(a)) => char::from_digit(u32::from(*a), 10).unwrap_or('-'),
        })
        .collect();
    format!("{VERSION}|{stage}|{replies}")
}

/// The position and answers in stored text, or `None` if it is corrupt, from another
/// version, the wrong shape or out of range. Never panics.
pub fn decode(stored: &str) -> Option<(Stage, Answers)> {
    if stored.len() > MAX_LEN || !stored.is_ascii() {
        return None;
    }
    let (version, rest) = stored.split_once('|')?;
    let (stage, replies) = rest.split_once('|')?;
    if version != VERSION {
        return None;
    }
    let stage = match stage {
        "i" => Stage::Intro,
        "r" => Stage::Results,
        q => {
            let digits = q.strip_prefix('q')?;
            // Only plain digits: no sign, no spaces, no leading zeros beyond "0".
            if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let n: usize = digits.parse().ok()?;
            if n >= QUESTION_COUNT || (digits.len() > 1 && digits.starts_with('0')) {
                return None;
            }
            Stage::Question(n)
        }
    };
    if replies.len() != QUESTION_COUNT {
        return None;
    }
    let mut answers = Answers::default();
    for (q, c) in replies.chars().enumerate() {
        let reply = match c {
            '-' => None,
            'r' => Some(Reply::RatherNotSay),
            d => {
                let a = d.to_digit(10)?;
                if a as usize >= answer_count(q) {
                    return None;
                }
                Some(Reply::Chose(u8::try_from(a).ok()?))
            }
        };
        answers.set(q, reply);
    }
    Some((stage, answers))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Answers {
        let mut a = Answers::default();
        a.set(0, Some(Reply::Chose(1)));
        a.set(2, Some(Reply::RatherNotSay));
        a.set(QUESTION_COUNT - 1, Some(Reply::Chose(3)));
        a
    }

    #[test]
    fn round_trips_every_stage() {
        let stages = [Stage::Intro, Stage::Results]
            .into_iter()
            .chain((0..QUESTION_COUNT).map(Stage::Question));
        for stage in stages {
            let text = encode(stage, &sample());
            assert!(text.len() <= MAX_LEN);
            assert_eq!(decode(&text), Some((stage, sample())), "{text}");
        }
        assert_eq!(encode(Stage::Question(3), &sample()), "1|q3|1-r------3");
    }

    #[test]
    fn discards_garbage_other_versions_wrong_shapes_and_out_of_range() {
        let dashes = "-".repeat(QUESTION_COUNT);
        let bad = [
            String::new(),
            "garbage".into(),
            "{\"stage\":3}".into(),
            format!("2|q3|{dashes}"),
            format!("0|i|{dashes}"),
            format!("v1|i|{dashes}"),
            format!("1|q3|{dashes}|extra"),
            format!("1|q3|{dashes}-"),
            format!("1|q3|{}", &dashes[1..]),
            format!("1|q{QUESTION_COUNT}|{dashes}"),
            format!("1|q99999999999999999999|{dashes}"),
            format!("1|q-1|{dashes}"),
            format!("1|q+1|{dashes}"),
            format!("1|q01|{dashes}"),
            format!("1|q|{dashes}"),
            format!("1|x|{dashes}"),
            format!("1|i|9{}", &dashes[1..]),
            format!("1|i|7{}", &dashes[1..]),
            format!("1|i|x{}", &dashes[1..]),
            format!("1|i|é{}", &dashes[2..]),
            format!("1|i|{}", "٣".repeat(QUESTION_COUNT)),
            "1|i|".to_owned() + &"0".repeat(100_000),
        ];
        for text in &bad {
            assert_eq!(decode(text), None, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_string_decodes_without_panic(s in ".{0,80}") {
            let _ = decode(&s);
        }

        #[test]
        fn near_misses_decode_without_panic(
            v in "[0-9a-z]{0,3}", st in "[iqr0-9-]{0,6}", r in "[-r0-9a-z]{0,14}"
        ) {
            if let Some((stage, answers)) = decode(&format!("{v}|{st}|{r}")) {
                // Whatever is accepted is valid and prints back the same way.
                prop_assert_eq!(decode(&encode(stage, &answers)), Some((stage, answers)));
            }
        }
    }
}
