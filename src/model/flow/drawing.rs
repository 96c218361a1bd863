//! Turns the simulation into SVG path data: every particle a tiny subpath (`M x y h0`)
//! that a round line cap draws as a dot, so the whole flow is one `<path>` element.
//! Writes into a caller's buffer, which keeps its capacity from frame to frame.

use super::bound;
use super::simulation::Simulation;
use super::track::GATE_S;

/// Sideways spread of a particle in its channel, in units.
const LANE_HALF: f32 = 3.0;
/// Half the width of the open channel at the throat.
pub const GATE_OPEN_HALF: f32 = 6.0;

/// Half the gap between the clamps at the throat for a given openness.
pub fn gate_half_width(openness: f32) -> f32 {
    let o = if openness.is_finite() {
        bound(openness, 0.0, 1.0)
    } else {
        1.0
    };
    1.5 + (GATE_OPEN_HALF - 1.5) * o
}

/// Appends `v` with one decimal (`-12.3`), without the float formatting machinery.
pub fn push_decimal(out: &mut String, v: f32) {
    let tenths = if v.is_finite() {
        bound((v * 10.0).round(), -1e6, 1e6) as i32
    } else {
        0
    };
    if tenths < 0 {
        out.push('-');
    }
    let t = tenths.unsigned_abs();
    push_uint(out, t / 10);
    let frac = t % 10;
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + frac as u8));
    }
}

fn push_uint(out: &mut String, mut v: u32) {
    let mut digits = [0u8; 10];
    let mut n = 0;
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for d in digits[..n].iter().rev() {
        out.push(char::from(*d));
    }
}

fn push_dot(out: &mut String, x: f32, y: f32) {
    out.push('M');
    push_decimal(out, x);
    out.push(' ');
    push_decimal(out, y);
    out.push_str("h0");
}

/// Writes the flow particles as path data into `out` (cleared first).
pub fn write_flow(sim: &Simulation, out: &mut String) {
    out.clear();
    let (track, flow) = sim.flow();
    let squeeze = gate_half_width(sim.openness()) - 1.0;
    for p in flow {
        // Near the throat the channel narrows, and the particles with it.
        let near_gate = (p.s - GATE_S).abs() < 10.0;
        let half = if near_gate {
            LANE_HALF.min(squeeze)
        } else {
            LANE_HALF
        };
        let (x, y) = track.point(p.s, p.right, p.lane * half);
        push_dot(out, x, y);
    }
}

/// Writes the falling tears as path data into `out` (cleared first).
pub fn write_tears(sim: &Simulation, out: &mut String) {
    out.clear();
    for t in sim.tears().iter().filter(|t| t.life > 0.0) {
        push_dot(out, t.x, t.y);
    }
}

/// Writes the two clamps at the throat as path data into `out` (cleared first): small
/// bars that slide in from each side as the channel narrows.
pub fn write_clamps(openness: f32, out: &mut String) {
    out.clear();
    let shift = GATE_OPEN_HALF - gate_half_width(openness);
    for x in [90.0 + shift, 107.0 - shift] {
        out.push('M');
        push_decimal(out, x);
        out.push_str(" 112h3v12h-3z");
    }
}

/// Pressure as a whole percentage, `0..=100`.
pub fn pressure_percent(sim: &Simulation) -> u32 {
    bound((sim.pressure() * 100.0).round(), 0.0, 100.0) as u32
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_compactly() {
        let mut s = String::new();
        for v in [0.0, 12.34, -3.06, 100.0, 7.96, f32::NAN, -0.04] {
            push_decimal(&mut s, v);
            s.push(',');
        }
        assert_eq!(s, "0,12.3,-3.1,100,8,0,0,");
    }

    #[test]
    fn one_subpath_per_particle() {
        let sim = Simulation::new(3);
        let mut out = String::new();
        write_flow(&sim, &mut out);
        assert_eq!(
            out.matches('M').count(),
            super::super::particles::FLOW_COUNT
        );
        write_tears(&sim, &mut out);
        assert!(out.is_empty());
        write_clamps(0.1, &mut out);
        assert_eq!(out, "M94.1 112h3v12h-3zM103 112h3v12h-3z");
    }
}
