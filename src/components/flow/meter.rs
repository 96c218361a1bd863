//! The pressure gauge: a labelled meter whose value a screen reader can read.

use yew::prelude::*;

use crate::content::flow as text;

/// The element the animation loop updates directly.
#[derive(Clone, Default, PartialEq)]
pub struct MeterRefs {
    pub meter: NodeRef,
}

/// A native `<meter>` showing `percent`, labelled, so screen readers can read it; the
/// value is also in `data-pressure` for tests and tools. `refs` are where the animation
/// writes.
pub fn pressure_meter(percent: u32, refs: &MeterRefs) -> Html {
    let pct = percent.min(100).to_string();
    html! {
        <div class="flow-meter">
            <label class="flow-meter__label" for="flow-pressure">{ text::PRESSURE_LABEL }</label>
            <meter ref={refs.meter.clone()} id="flow-pressure" class="flow-meter__gauge" min="0"
                max="100" value={pct.clone()} data-pressure={pct.clone()} />
        </div>
    }
}
