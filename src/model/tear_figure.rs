//! The state of one explorable tears figure, as pure data: which of its settings the
//! reader chose (a kind of tear, a feeling, a moment...), or none yet.
//!
//! Every figure in the walkthrough works the same way, so one small reducer serves them
//! all: the figure's words and drawings (in `content::tears::figures` and
//! `components::tears::figures`) say what each setting means. Keeping one reducer keeps
//! the download small, and every state is a plain value, so the server renders the
//! resting picture and tests can name any state.

use std::rc::Rc;

use yew::Reducible;

/// A figure's state. The first render is always [`FigureState::new`]: the resting
/// picture, the same on the server and in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureState {
    /// How many settings the figure has (its buttons).
    count: u8,
    /// The chosen setting, if any (`< count`).
    choice: Option<u8>,
    /// Counts the reader's presses, so pressing the same setting again replays its
    /// motion (the drawing is keyed by it). Wraps; only a change matters.
    run: u8,
}

/// What the reader can do to a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureAction {
    /// Set off or show setting `n` (0-based). Out of range is ignored.
    Choose(u8),
    /// Back to the resting picture.
    Reset,
}

impl FigureState {
    /// The resting picture of a figure with `count` settings.
    pub const fn new(count: u8) -> Self {
        Self {
            count,
            choice: None,
            run: 0,
        }
    }

    /// The chosen setting, or `None` while resting.
    pub fn choice(self) -> Option<u8> {
        self.choice
    }

    /// Changes with every press; key the moving parts of the drawing with it.
    pub fn run(self) -> u8 {
        self.run
    }

    /// True if setting `n` is showing (for `aria-pressed`).
    pub fn is_chosen(self, n: u8) -> bool {
        self.choice == Some(n)
    }

    /// The state after `action`.
    pub fn apply(self, action: FigureAction) -> Self {
        match action {
            FigureAction::Choose(n) if n < self.count => Self {
                choice: Some(n),
                run: self.run.wrapping_add(1),
                ..self
            },
            FigureAction::Choose(_) => self,
            FigureAction::Reset => Self {
                choice: None,
                ..self
            },
        }
    }
}

impl Reducible for FigureState {
    type Action = FigureAction;

    fn reduce(self: Rc<Self>, action: FigureAction) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn starts_resting() {
        let s = FigureState::new(3);
        assert_eq!(s.choice(), None);
        assert!(!(0..3).any(|n| s.is_chosen(n)));
    }

    #[test]
    fn choosing_shows_that_setting_and_only_that_one() {
        let s = FigureState::new(3).apply(FigureAction::Choose(1));
        assert_eq!(s.choice(), Some(1));
        assert!(s.is_chosen(1) && !s.is_chosen(0) && !s.is_chosen(2));
        let t = s.apply(FigureAction::Choose(2));
        assert_eq!(t.choice(), Some(2));
        assert_ne!(t.run(), s.run(), "a new setting plays its motion");
    }

    #[test]
    fn choosing_again_replays() {
        let s = FigureState::new(1).apply(FigureAction::Choose(0));
        let again = s.apply(FigureAction::Choose(0));
        assert_eq!(again.choice(), Some(0));
        assert_ne!(again.run(), s.run());
    }

    #[test]
    fn out_of_range_is_ignored_and_reset_rests() {
        let s = FigureState::new(2).apply(FigureAction::Choose(1));
        assert_eq!(s.apply(FigureAction::Choose(2)), s);
        assert_eq!(s.apply(FigureAction::Choose(255)), s);
        assert_eq!(s.apply(FigureAction::Reset).choice(), None);
    }

    #[test]
    fn the_reducer_keeps_the_same_value_when_nothing_changes() {
        let s = Rc::new(FigureState::new(2));
        let same = s.clone().reduce(FigureAction::Reset);
        assert!(Rc::ptr_eq(&s, &same));
    }

    proptest! {
        /// Any sequence of presses leaves a valid state: a choice in range or none.
        #[test]
        fn any_presses_stay_valid(count in 1u8..6, presses in proptest::collection::vec(0u8..10, 0..300)) {
            let mut s = FigureState::new(count);
            for p in presses {
                let action = if p == 9 { FigureAction::Reset } else { FigureAction::Choose(p) };
                let before = s;
                s = s.apply(action);
                prop_assert!(s.choice().is_none_or(|c| c < count));
                if let FigureAction::Choose(n) = action {
                    prop_assert_eq!(s.choice(), if n < count { Some(n) } else { before.choice() });
                }
            }
        }
    }
}
