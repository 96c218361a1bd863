//! The interactive picture's reader-facing state, changed in steps by actions.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::flow::{Category, Said, STILL_COUNT};

/// Slider levels, what pauses the motion, and the caption's category. The particles
/// themselves live in the simulation, outside Yew, so motion never re-renders.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowState {
    pub stress: u8,
    pub holding: u8,
    /// The reader pressed Pause.
    pub paused: bool,
    /// The picture is at least partly on screen.
    pub on_screen: bool,
    /// The tab is hidden.
    pub hidden: bool,
    pub category: Category,
    /// The reader asked for reduced motion: show still pictures instead.
    pub reduced: bool,
    /// Which still picture is showing.
    pub still: usize,
    /// What screen readers were last told about the picture (nothing until the reader
    /// changes it).
    pub said: Option<Said>,
}

impl Default for FlowState {
    fn default() -> Self {
        Self {
            stress: 2,
            holding: 0,
            paused: false,
            on_screen: true,
            hidden: false,
            category: Category::Steady,
            reduced: false,
            still: 0,
            said: None,
        }
    }
}

impl FlowState {
    /// Whether animation frames should be requested at all.
    pub fn running(&self) -> bool {
        !self.reduced && !self.paused && self.on_screen && !self.hidden
    }
}

/// Everything that changes [`FlowState`].
pub enum FlowAction {
    Stress(u8),
    Holding(u8),
    TogglePause,
    /// "Open the channel" also plays, so the reader sees what they asked for.
    LetItOut,
    OnScreen(bool),
    Hidden(bool),
    Category(Category),
    Reduced(bool),
    PreviousStill,
    NextStill,
    /// Tell screen readers the picture's state (throttled by the caller).
    Say(Said),
}

impl Reducible for FlowState {
    type Action = FlowAction;

    fn reduce(self: Rc<Self>, action: FlowAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FlowAction::Stress(v) => next.stress = v,
            FlowAction::Holding(v) => next.holding = v,
            FlowAction::TogglePause => next.paused = !next.paused,
            FlowAction::LetItOut => next.paused = false,
            FlowAction::OnScreen(v) => next.on_screen = v,
            FlowAction::Hidden(v) => next.hidden = v,
            FlowAction::Category(c) => next.category = c,
            FlowAction::Reduced(r) => next.reduced = r,
            FlowAction::PreviousStill => next.still = next.still.saturating_sub(1),
            FlowAction::NextStill => next.still = (next.still + 1).min(STILL_COUNT - 1),
            FlowAction::Say(said) => next.said = Some(said),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
