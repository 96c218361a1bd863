//! The tears walkthrough's places as pure logic: its steps and the comparison, and where
//! a reader's keys and swipes lead from each. The page showing is the address's (the page
//! table's); Next, Back and the dots are links, so only keys and swipes need rules here.

/// How many steps the walkthrough has. `content::tears::STEPS` is checked against this
/// at compile time.
pub const STEP_COUNT: u8 = 6;

/// What the tears section shows: a step (1-based, always in `1..=STEP_COUNT`) or the
/// side-by-side comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Step(u8),
    Compare,
}

impl View {
    /// The first step: the page `tears/` (and an old `#/tears` link) shows it.
    pub const FIRST: View = View::Step(1);

    /// The step a path segment such as `3` names: a number is clamped into
    /// `1..=STEP_COUNT`; anything else is step 1. (The comparison's page is found by its
    /// name in the page table.)
    pub fn step_from(segment: &str) -> View {
        if segment.is_empty() || !segment.bytes().all(|b| b.is_ascii_digit()) {
            return View::FIRST;
        }
        // Saturating, so a thousand nines is simply "past the end".
        let n = segment.bytes().fold(0u32, |n, b| {
            n.saturating_mul(10).saturating_add(u32::from(b - b'0'))
        });
        View::Step(clamp_step(n))
    }
}

/// Any number as a valid 1-based step.
pub fn clamp_step(n: u32) -> u8 {
    // STEP_COUNT is small, so the clamped value always fits in a u8.
    n.clamp(1, u32::from(STEP_COUNT)) as u8
}

/// Which way a key or a swipe moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Forward,
    Backward,
}

/// The shortest horizontal travel, in CSS pixels, that counts as a swipe.
pub const SWIPE_MIN_PX: f64 = 50.0;

/// A finished touch gesture as a direction: mostly sideways and long enough. Swiping
/// left (finger moving left) goes forward, like turning a page.
pub fn swipe_direction(dx: f64, dy: f64) -> Option<Direction> {
    if !dx.is_finite() || !dy.is_finite() || dx.abs() < SWIPE_MIN_PX || dx.abs() < dy.abs() * 1.5 {
        return None;
    }
    Some(if dx < 0.0 {
        Direction::Forward
    } else {
        Direction::Backward
    })
}

/// Where a key or a swipe in `direction` leads from `from`: the next or previous step, or
/// nowhere at either end, and nowhere on the comparison. It has no steps to turn (nothing
/// on it says the arrows move), and a wide table's arrow keys are the reader's own.
pub fn turn(from: View, direction: Direction) -> Option<View> {
    let View::Step(n) = from else {
        return None;
    };
    let n = u32::from(n);
    let to = clamp_step(match direction {
        Direction::Forward => n + 1,
        Direction::Backward => n.saturating_sub(1),
    });
    (u32::from(to) != n).then_some(View::Step(to))
}

/// A key (`KeyboardEvent.key`) as a direction: only the left and right arrows.
pub fn key_direction(key: &str) -> Option<Direction> {
    match key {
        "ArrowRight" => Some(Direction::Forward),
        "ArrowLeft" => Some(Direction::Backward),
        _ => None,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "walkthrough_tests.rs"]
mod tests;
