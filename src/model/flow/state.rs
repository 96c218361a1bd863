//! The interactive picture's state as the page shows it, changed in steps by actions. What
//! the reader chose ([`FlowChoices`]) is kept apart from what the browser reports about
//! where the picture is seen ([`FlowSurroundings`]): the browser can stop the motion, but
//! it never changes, and is never taken for, a choice the reader made. The particles
//! themselves live in the simulation, outside Yew, so motion never re-renders.

use std::rc::Rc;

use yew::Reducible;

use super::{Category, Said};

/// What the reader set on the page: the slider levels and Pause.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowChoices {
    pub stress: u8,
    pub holding: u8,
    /// The reader pressed Pause.
    pub paused: bool,
}

impl Default for FlowChoices {
    fn default() -> Self {
        Self {
            stress: 2,
            holding: 0,
            paused: false,
        }
    }
}

/// What the browser says about the picture's surroundings. Until it has said anything
/// (and on the server) the picture counts as on screen, in a visible tab, with motion
/// welcome, so the first render is the same everywhere.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowSurroundings {
    /// The picture is at least partly on screen.
    pub on_screen: bool,
    /// The tab is hidden.
    pub hidden: bool,
    /// The reader's system asks for reduced motion: each change drawn once, nothing
    /// moving on its own. A setting
    /// the browser reports, not a press of Pause.
    pub reduced_motion: bool,
}

impl Default for FlowSurroundings {
    fn default() -> Self {
        Self {
            on_screen: true,
            hidden: false,
            reduced_motion: false,
        }
    }
}

impl FlowSurroundings {
    /// Whether motion would be seen and is welcome: on screen, in a visible tab, and
    /// without reduced motion.
    pub fn allow_motion(&self) -> bool {
        self.on_screen && !self.hidden && !self.reduced_motion
    }
}

/// The reader's choices, the browser's facts, and what the picture last reported.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowState {
    pub choices: FlowChoices,
    pub surroundings: FlowSurroundings,
    /// The caption's category, as the simulation last reported it.
    pub category: Category,
    /// What screen readers were last told about the picture (nothing until the reader
    /// changes it).
    pub said: Option<Said>,
}

impl Default for FlowState {
    fn default() -> Self {
        Self {
            choices: FlowChoices::default(),
            surroundings: FlowSurroundings::default(),
            category: Category::Steady,
            said: None,
        }
    }
}

impl FlowState {
    /// Whether animation frames should be requested at all: the reader has not paused,
    /// and the surroundings allow motion.
    pub fn running(&self) -> bool {
        !self.choices.paused && self.surroundings.allow_motion()
    }
}

/// Everything that changes [`FlowState`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FlowAction {
    // The reader's choices.
    Stress(u8),
    Holding(u8),
    TogglePause,
    /// "Open the channel" also plays, so the reader sees what they asked for.
    LetItOut,
    // What the browser reports.
    OnScreen(bool),
    Hidden(bool),
    ReducedMotion(bool),
    // What the picture reports.
    Category(Category),
    /// Tell screen readers the picture's state (throttled by the caller).
    Say(Said),
}

impl Reducible for FlowState {
    type Action = FlowAction;

    fn reduce(self: Rc<Self>, action: FlowAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let (chose, around) = (&mut next.choices, &mut next.surroundings);
        match action {
            FlowAction::Stress(v) => chose.stress = v,
            FlowAction::Holding(v) => chose.holding = v,
            FlowAction::TogglePause => chose.paused = !chose.paused,
            FlowAction::LetItOut => chose.paused = false,
            FlowAction::OnScreen(v) => around.on_screen = v,
            FlowAction::Hidden(v) => around.hidden = v,
            FlowAction::ReducedMotion(v) => around.reduced_motion = v,
            FlowAction::Category(c) => next.category = c,
            FlowAction::Say(said) => next.said = Some(said),
        }
        // The same state, not an equal copy, so Yew skips the re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "state_tests.rs"]
mod tests;
