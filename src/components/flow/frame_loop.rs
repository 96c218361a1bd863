//! The per-frame work: advance the simulation by the real time passed and write the
//! result straight into the SVG, touching the DOM only where something changed.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::figure::{glow_opacity, FigureRefs};
use super::meter::MeterRefs;
use crate::model::flow::{drawing, Category, Simulation};
use crate::web::{self, AnimationFrameLoop};

/// Starts a frame loop that draws `sim` into the figure and meter, and calls
/// `on_category` with the caption's category before and after, when it changes. Dropping
/// the loop stops it.
pub fn start(
    sim: Rc<RefCell<Simulation>>,
    figure: FigureRefs,
    meter: MeterRefs,
    category: Category,
    on_category: Callback<(Category, Category)>,
) -> Option<AnimationFrameLoop> {
    let flow = figure.flow.cast::<web_sys::Element>();
    let tears = figure.tears.cast::<web_sys::Element>();
    let clamps = figure.clamps.cast::<web_sys::Element>();
    let glow = figure.glow.cast::<web_sys::Element>();
    let gauge = meter.meter.cast::<web_sys::Element>();
    // Buffers live as long as the loop, so frames reuse their memory.
    let mut path = String::with_capacity(2048);
    let mut small = String::with_capacity(32);
    let mut last_time: Option<f64> = None;
    let mut last_category = category;
    let mut last_percent: Option<u32> = None;
    let mut last_shift = f32::NAN;
    let mut had_tears = true;

    AnimationFrameLoop::start(move |now| {
        let elapsed = last_time.map_or(0.0, |t| (now - t) / 1000.0);
        last_time = Some(now);
        let Ok(mut sim) = sim.try_borrow_mut() else {
            return;
        };
        sim.advance(elapsed);

        if let Some(el) = &flow {
            drawing::write_flow(&sim, &mut path);
            web::set_attr(el, "d", &path);
        }
        let has_tears = sim.live_tears() > 0;
        if let (Some(el), true) = (&tears, has_tears || had_tears) {
            drawing::write_tears(&sim, &mut path);
            web::set_attr(el, "d", &path);
        }
        had_tears = has_tears;

        let openness = sim.openness();
        let shift = drawing::gate_half_width(openness);
        if (shift - last_shift).abs() > 0.02 || last_shift.is_nan() {
            last_shift = shift;
            if let Some(el) = &clamps {
                drawing::write_clamps(openness, &mut small);
                web::set_attr(el, "d", &small);
            }
        }

        let percent = drawing::pressure_percent(&sim);
        if last_percent != Some(percent) {
            last_percent = Some(percent);
            let value = percent.to_string();
            if let Some(el) = &gauge {
                web::set_attr(el, "value", &value);
                web::set_attr(el, "data-pressure", &value);
            }
            if let Some(el) = &glow {
                web::set_attr(el, "opacity", &glow_opacity(percent));
            }
        }

        let category = sim.category();
        drop(sim);
        if category != last_category {
            let before = std::mem::replace(&mut last_category, category);
            on_category.emit((before, category));
        }
    })
}
