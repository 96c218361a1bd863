//! The tears walkthrough as pure state: which step (or the comparison) is showing, how
//! actions move between them, and how readers' gestures and keys map to actions.

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
    /// The first step, where `#/tears` lands.
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

/// The walkthrough's state: the current step, and whether the comparison is open (the
/// step is kept so "back to the walkthrough" returns to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Walkthrough {
    step: u8,
    comparing: bool,
}

/// What a reader (or the address bar) can do to the walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The next step; stays on the last.
    Next,
    /// The previous step; stays on the first.
    Back,
    /// A 1-based step, clamped.
    GoTo(u8),
    /// Open the side-by-side comparison.
    Compare,
    /// Leave the comparison, back to the step the reader was on.
    CloseCompare,
    /// Follow the address bar (deep link, browser back, edited hash).
    Show(View),
}

impl Walkthrough {
    /// The state showing `view`.
    pub fn new(view: View) -> Self {
        Self::default().apply(Action::Show(view))
    }

    /// The current 1-based step (the one to return to while comparing).
    pub fn step(self) -> u8 {
        self.step
    }

    /// True on the first step.
    pub fn is_first(self) -> bool {
        self.step == 1
    }

    /// True on the last step.
    pub fn is_last(self) -> bool {
        self.step == STEP_COUNT
    }

    /// What is showing.
    pub fn view(self) -> View {
        if self.comparing {
            View::Compare
        } else {
            View::Step(self.step)
        }
    }

    /// The state after `action`. Stepping always leaves the comparison.
    pub fn apply(self, action: Action) -> Self {
        let at = |n: u32| Self {
            step: clamp_step(n),
            comparing: false,
        };
        let step = u32::from(self.step);
        match action {
            Action::Next => at(step + 1),
            Action::Back => at(step.saturating_sub(1)),
            Action::GoTo(n) => at(u32::from(n)),
            Action::Compare | Action::Show(View::Compare) => Self {
                comparing: true,
                ..self
            },
            Action::CloseCompare => at(step),
            Action::Show(View::Step(n)) => at(u32::from(n)),
        }
    }
}

impl Default for Walkthrough {
    fn default() -> Self {
        Self {
            step: 1,
            comparing: false,
        }
    }
}

/// Which way a key or a swipe moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Forward,
    Backward,
}

impl Direction {
    /// The action for this direction.
    pub fn action(self) -> Action {
        match self {
            Direction::Forward => Action::Next,
            Direction::Backward => Action::Back,
        }
    }
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
    if from == View::Compare {
        return None;
    }
    let to = Walkthrough::new(from).apply(direction.action()).view();
    (to != from).then_some(to)
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
