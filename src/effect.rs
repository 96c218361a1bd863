//! Effects compiled once per kind of dependency, not once per call.
//!
//! Yew's `use_effect_with(deps, f)` is generic over `f` and over what `f` returns, so every
//! call compiles its own copy of Yew's effect machinery (run, compare, clean up, drop):
//! seventeen calls were 64 functions and 11.8 KB of the WebAssembly (`twiggy top`). These
//! hooks box the effect and its clean-up, so Yew's code is compiled once per type of `deps`
//! (there are a few: `()`, a route, a node, a flag), and each call adds only its own body.
//! Use them in place of `use_effect_with`; `tests/download_rules.rs` checks that no file calls it.

use yew::prelude::*;

/// What an effect leaves to run before it runs again, and when its component goes.
pub type CleanUp = Box<dyn FnOnce()>;

/// An effect as Yew stores it here: one type for every effect on `T`.
type Boxed<T> = Box<dyn FnOnce(&T) -> CleanUp>;

#[hook]
fn use_boxed_effect<T: PartialEq + 'static>(deps: T, effect: Boxed<T>) {
    use_effect_with(deps, effect);
}

/// Runs `effect` after the first render and after any render where `deps` changed (as
/// `use_effect_with` does). For an effect that holds nothing to release.
#[hook]
pub fn use_effect_on<T, F>(deps: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    use_boxed_effect(
        deps,
        Box::new(move |deps: &T| -> CleanUp {
            effect(deps);
            Box::new(|| ())
        }),
    );
}

/// As [`use_effect_on`], for an effect that returns its clean-up: called before the
/// effect runs again, and when the component goes. Listeners, timers and observers an
/// effect starts are owned by its clean-up and so end with it.
#[hook]
pub fn use_effect_cleaned<T, F>(deps: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) -> CleanUp + 'static,
{
    use_boxed_effect(deps, Box::new(effect));
}
