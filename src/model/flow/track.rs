//! The channels through the figure, in SVG user units (viewBox `0 0 200 220`).
//!
//! One shared channel rises up the middle of the body from the belly to the chin, through
//! the throat where the block forms; from the chin it divides and returns down the left or
//! right side to the belly. A particle's place is a distance `s` along that loop.

use super::bound;

/// Width of the drawing's coordinate space.
pub const VIEW_W: f32 = 200.0;
/// Height of the drawing's coordinate space.
pub const VIEW_H: f32 = 220.0;

/// The rising channel, belly to chin (a straight line up the middle).
pub const UP: [(f32, f32); 2] = [(100.0, 214.0), (100.0, 100.0)];
/// The returning channel on the left side, chin to belly; the right side mirrors it.
pub const DOWN_LEFT: [(f32, f32); 7] = [
    (100.0, 100.0),
    (88.0, 104.0),
    (84.0, 134.0),
    (60.0, 146.0),
    (48.0, 178.0),
    (60.0, 206.0),
    (100.0, 214.0),
];
/// Where the block sits: the throat, measured up the rising channel.
pub const GATE_Y: f32 = 118.0;
/// Distance along the loop of the block.
pub const GATE_S: f32 = UP[0].1 - GATE_Y;
/// Length of the rising channel.
pub const UP_LEN: f32 = UP[0].1 - UP[1].1;
/// Where the eyes are, for tears.
pub const EYES: [(f32, f32); 2] = [(88.0, 64.0), (112.0, 64.0)];

/// Precomputed segment lengths of the returning channel, so a lookup needs no roots.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    seg_len: [f32; DOWN_LEFT.len() - 1],
    /// Unit normals of each returning segment, for spreading particles across it.
    seg_normal: [(f32, f32); DOWN_LEFT.len() - 1],
    down_len: f32,
}

impl Default for Track {
    fn default() -> Self {
        let mut seg_len = [0.0; DOWN_LEFT.len() - 1];
        let mut seg_normal = [(0.0, 0.0); DOWN_LEFT.len() - 1];
        let mut down_len = 0.0;
        for i in 0..seg_len.len() {
            let (dx, dy) = (
                DOWN_LEFT[i + 1].0 - DOWN_LEFT[i].0,
                DOWN_LEFT[i + 1].1 - DOWN_LEFT[i].1,
            );
            let len = (dx * dx + dy * dy).sqrt().max(1e-3);
            seg_len[i] = len;
            seg_normal[i] = (-dy / len, dx / len);
            down_len += len;
        }
        Self {
            seg_len,
            seg_normal,
            down_len,
        }
    }
}

impl Track {
    /// The whole loop's length.
    pub fn len(&self) -> f32 {
        UP_LEN + self.down_len
    }

    /// Always false: the loop has a fixed, positive length.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The point at distance `s` along the loop, on the `right` or left return, moved
    /// sideways by `offset` units. Out-of-range `s` is clamped onto the loop.
    pub fn point(&self, s: f32, right: bool, offset: f32) -> (f32, f32) {
        let s = if s.is_finite() {
            bound(s, 0.0, self.len())
        } else {
            0.0
        };
        let offset = if offset.is_finite() {
            bound(offset, -8.0, 8.0)
        } else {
            0.0
        };
        if s <= UP_LEN {
            return (UP[0].0 + offset, UP[0].1 - s);
        }
        let mut rest = s - UP_LEN;
        let last = self.seg_len.len() - 1;
        for i in 0..=last {
            let len = self.seg_len[i];
            if rest <= len || i == last {
                let t = bound(rest / len, 0.0, 1.0);
                let (a, b) = (DOWN_LEFT[i], DOWN_LEFT[i + 1]);
                let (nx, ny) = self.seg_normal[i];
                let x = a.0 + (b.0 - a.0) * t + nx * offset;
                let y = a.1 + (b.1 - a.1) * t + ny * offset;
                let x = if right { VIEW_W - x } else { x };
                return (x, y);
            }
            rest -= len;
        }
        (UP[0].0, UP[0].1)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_loop_starts_and_ends_at_the_belly_and_passes_the_throat() {
        let t = Track::default();
        assert_eq!(t.point(0.0, false, 0.0), (100.0, 214.0));
        let (x, y) = t.point(t.len(), true, 0.0);
        assert!((x - 100.0).abs() < 1e-3 && (y - 214.0).abs() < 1e-3);
        assert_eq!(t.point(GATE_S, false, 0.0), (100.0, GATE_Y));
        let (lx, _) = t.point(UP_LEN + 60.0, false, 0.0);
        let (rx, _) = t.point(UP_LEN + 60.0, true, 0.0);
        assert!((lx + rx - VIEW_W).abs() < 1e-3, "the sides mirror");
    }

    #[test]
    fn any_input_gives_a_point_inside_the_drawing() {
        let t = Track::default();
        for s in [f32::NAN, f32::INFINITY, -1e9, -1.0, 0.0, 50.0, 150.0, 1e9] {
            for off in [f32::NAN, -100.0, 0.0, 3.0, f32::NEG_INFINITY] {
                let (x, y) = t.point(s, s > 0.0, off);
                assert!((0.0..=VIEW_W).contains(&x) && (0.0..=VIEW_H).contains(&y));
            }
        }
    }
}
