//! The picture with its caption, pressure gauge and controls: moving, or under reduced
//! motion still, drawn once after each change the reader makes.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::{flow_figure, FigureRefs};
use super::frame_loop;
use super::meter::{pressure_meter, MeterRefs};
use super::slider::level_slider;
use crate::content::flow as text;
use crate::effect::use_effect_cleaned;
use crate::model::flow::{
    apply_without_motion, Category, FlowAction, FlowState, Frame, Input, Said, Say, SayThrottle,
    Simulation, SEED,
};
use crate::web::{self, motion};

/// The simulation drawn every animation frame while it is playing, on screen and in a
/// visible tab. The first render is the simulation's first frame, the same on the server;
/// the reader's reduced-motion setting is read after mounting, and followed if it changes.
/// Under reduced motion the same controls drive it, and each change is drawn once.
#[component]
pub fn FlowPicture() -> Html {
    let state = use_reducer(FlowState::default);
    let reduced = state.surroundings.reduced_motion;
    // A change without motion redraws even when no choice changed (a second "Open the
    // channel" moves the picture on).
    let redraw = use_force_update();
    let sim = use_mut_ref(|| Simulation::new(SEED));
    // The first frame and the elements the loop writes to, made once.
    let parts = use_memo((), |_| {
        (
            Frame::of(&Simulation::new(SEED)),
            FigureRefs::default(),
            MeterRefs::default(),
        )
    });
    let (first, figure_refs, meter_refs) = &*parts;
    let stage = use_node_ref();

    // Off screen, in a hidden tab or under reduced motion, stop asking for frames.
    {
        let dispatch = state.dispatcher();
        let stage = stage.clone();
        use_effect_cleaned((), move |_| {
            let on_screen = {
                let d = dispatch.clone();
                stage.cast::<web_sys::Element>().and_then(|el| {
                    motion::watch_on_screen(&el, move |v| d.dispatch(FlowAction::OnScreen(v)))
                })
            };
            dispatch.dispatch(FlowAction::Hidden(motion::page_hidden()));
            dispatch.dispatch(FlowAction::ReducedMotion(motion::prefers_reduced_motion()));
            let d = dispatch.clone();
            let hidden = motion::watch_page_hidden(move |h| d.dispatch(FlowAction::Hidden(h)));
            let d = dispatch.clone();
            let reduced =
                motion::watch_reduced_motion(move |r| d.dispatch(FlowAction::ReducedMotion(r)));
            Box::new(move || drop((on_screen, hidden, reduced)))
        });
    }

    // What screen readers hear: the picture's state after each change the reader makes,
    // at most once a second (the model decides when), never what it does on its own.
    // The pending timer is dropped, and so cancelled, with the component.
    let throttle = use_mut_ref(SayThrottle::default);
    let timer = use_mut_ref(|| None::<web::Timer>);
    let say: Rc<dyn Fn()> = {
        let (sim, d) = (sim.clone(), state.dispatcher());
        Rc::new(move || {
            let decision = throttle.borrow_mut().reader_changed(web::now_ms());
            match decision {
                Say::Now => d.dispatch(FlowAction::Say(Said::of(&sim.borrow()))),
                Say::After(ms) => {
                    let (sim, d, throttle) = (sim.clone(), d.clone(), throttle.clone());
                    *timer.borrow_mut() = web::Timer::after(ms, move || {
                        if throttle.borrow_mut().timer_done(web::now_ms()) {
                            d.dispatch(FlowAction::Say(Said::of(&sim.borrow())));
                        }
                    });
                }
                Say::Waiting => {}
            }
        })
    };

    // The frame loop exists only while running; dropping it cancels the next frame. The
    // end of a release is the end of the reader's own "Open the channel" (nothing else
    // starts one), so it is said: else the status would still say the channel is open
    // while the picture shows the pressure building again.
    {
        let sim = sim.clone();
        let figure_refs = figure_refs.clone();
        let meter_refs = meter_refs.clone();
        let category = state.category;
        let dispatch = state.dispatcher();
        let say = say.clone();
        use_effect_cleaned(state.running(), move |&running| {
            let on_category = Callback::from(move |(before, now)| {
                dispatch.dispatch(FlowAction::Category(now));
                if before == Category::LettingGo {
                    say();
                }
            });
            let frames = running
                .then(|| frame_loop::start(sim, figure_refs, meter_refs, category, on_category))
                .flatten();
            Box::new(move || drop(frames))
        });
    }

    // Every change the reader makes: the simulation takes it (and, without motion, moves
    // on a moment and is drawn once), the state keeps the reader's choice, and screen
    // readers hear the result.
    let change = {
        let (sim, d) = (sim.clone(), state.dispatcher());
        Rc::new(move |input: Input, action: FlowAction| {
            if reduced {
                apply_without_motion(&mut sim.borrow_mut(), input);
                d.dispatch(FlowAction::Category(sim.borrow().category()));
                redraw.force_update();
            } else {
                sim.borrow_mut().apply(input);
            }
            d.dispatch(action);
            say();
        })
    };
    let level = |v: u8| f32::from(v) / f32::from(text::LEVEL_MAX);
    let on_stress = {
        let change = change.clone();
        Callback::from(move |v: u8| change(Input::Stress(level(v)), FlowAction::Stress(v)))
    };
    let on_holding = {
        let change = change.clone();
        Callback::from(move |v: u8| change(Input::HoldingBack(level(v)), FlowAction::Holding(v)))
    };
    let on_let_it_out =
        Callback::from(move |_: MouseEvent| change(Input::LetItOut, FlowAction::LetItOut));
    let on_toggle = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(FlowAction::TogglePause))
    };

    let chose = &state.choices;
    // Moving, the loop draws through the refs; still, each render draws the simulation.
    let still = reduced.then(|| Frame::of(&sim.borrow()));
    let frame: &Frame = still.as_ref().unwrap_or(first);

    html! {
        <div class="flow-visual">
            if reduced { <p class="flow-visual__note">{ text::REDUCED_MOTION_NOTE }</p> }
            <div ref={stage} class="flow-visual__stage">
                { flow_figure(frame, figure_refs) }
                if !reduced {
                    <button type="button" class="button button--quiet flow-visual__pause needs-app" onclick={on_toggle}>
                        { if chose.paused { text::PLAY } else { text::PAUSE } }
                    </button>
                }
            </div>
            // Always the current state, and the picture's description. Not live: moving,
            // it changes on its own; what the reader's changes do is said in the status.
            <p id="flow-caption" class="flow-visual__caption">{ text::caption(state.category) }</p>
            <p class="visually-hidden flow-visual__said" role="status">
                if let Some(said) = state.said {
                    { text::channel(said.channel) } { " " } { text::caption(said.category) }
                }
            </p>
            { pressure_meter(frame.pressure, meter_refs) }
            <fieldset class="flow-controls needs-app">
                <legend class="flow-controls__legend">{ text::CONTROLS_HEADING }</legend>
                { level_slider("flow-stress", text::STRESS_LABEL, chose.stress, on_stress) }
                { level_slider("flow-holding", text::HOLDING_LABEL, chose.holding, on_holding) }
                <button type="button" class="button flow-controls__release" onclick={on_let_it_out}>
                    { text::OPEN_CHANNEL }
                </button>
            </fieldset>
        </div>
    }
}
