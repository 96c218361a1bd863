//! The drawing: a calm figure, its channels, the block at the throat, the flow and tears.

use yew::prelude::*;

use crate::content::flow as text;
use crate::model::flow::Frame;

/// Elements the animation loop writes to directly every frame (so Yew never re-renders
/// for motion). Each is optional: a loop simply skips what is not there.
#[derive(Clone, Default, PartialEq)]
pub struct FigureRefs {
    pub flow: NodeRef,
    pub tears: NodeRef,
    pub clamps: NodeRef,
    pub glow: NodeRef,
}

/// The parts that never change (body, face, channels), as markup: parsed once by the
/// browser instead of built node by node, which keeps the download smaller.
const STILL_PARTS: &str = concat!(
    r#"<g class="flow-figure__body"><path d="M22 220C22 162 46 136 79 132L83 84H117L121 132C154 136 178 162 178 220Z"/>"#,
    r#"<ellipse cx="100" cy="60" rx="31" ry="35"/></g>"#,
    r#"<path class="flow-figure__face" d="M82 62q6 4 12 0M106 62q6 4 12 0M93 79q7 4 14 0"/>"#,
    r#"<path class="flow-figure__channel" d="M100 214V100M100 100L88 104L84 134L60 146L48 178L60 206L100 214"#,
    r#"M100 100L112 104L116 134L140 146L152 178L140 206L100 214"/>"#,
);

/// The opacity of the glow of pressure behind the block, `"0.00"..="0.40"`.
pub fn glow_opacity(pressure_percent: u32) -> String {
    format!("0.{:02}", pressure_percent.min(100) * 40 / 100)
}

/// The figure as an image with a name, described by the caption of its current state
/// (`#flow-caption`); its parts are drawn with token colours in CSS.
/// `frame` is what to draw (the first frame, or a still); `refs` are where the animation
/// writes (defaults when the figure is still). A plain function, not a component: it
/// has no state, and a component per drawing would cost download size.
pub fn flow_figure(f: &Frame, r: &FigureRefs) -> Html {
    html! {
        <svg class="flow-figure" viewBox="0 0 200 220" role="img" aria-label={text::FIGURE_LABEL}
            aria-describedby="flow-caption" focusable="false">
            { Html::from_html_unchecked(AttrValue::Static(STILL_PARTS)) }
            <ellipse ref={r.glow.clone()} class="flow-figure__glow" cx="100" cy="136" rx="13" ry="24"
                opacity={glow_opacity(f.pressure)} />
            <path ref={r.flow.clone()} class="flow-figure__particles" d={f.flow_path.clone()} />
            <path ref={r.clamps.clone()} class="flow-figure__clamp" d={f.clamps.clone()} />
            <path ref={r.tears.clone()} class="flow-figure__tears" d={f.tears_path.clone()} />
        </svg>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::flow::track::{DOWN_LEFT, UP, VIEW_W};

    /// The channels drawn in the markup are the ones the particles move along: the
    /// drawing is written out for size, so this keeps the two from drifting apart.
    #[test]
    fn the_drawn_channels_are_the_tracks_the_flow_moves_along() {
        let point = |(x, y): (f32, f32)| format!("{x} {y}");
        let side = |mirror: bool| {
            let points: Vec<String> = DOWN_LEFT
                .iter()
                .map(|&(x, y)| point((if mirror { VIEW_W - x } else { x }, y)))
                .collect();
            format!("M{}", points.join("L"))
        };
        let up = format!("M{}V{}", point(UP[0]), UP[1].1);
        let channels = format!("d=\"{up}{}{}\"", side(false), side(true));
        assert!(STILL_PARTS.contains(&channels), "{channels}");
        assert_eq!(UP[0].0, UP[1].0, "the rising channel is straight up");
    }
}
