//! A tiny seeded pseudo-random generator (xorshift32), so the simulation is the same on
//! every run and every machine without pulling in a crate.

/// Xorshift32: fast, small, and good enough for scattering particles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng(u32);

impl Rng {
    /// A generator from `seed`; a zero seed (which would stick at zero) is replaced.
    pub fn new(seed: u32) -> Self {
        Self(if seed == 0 { 0x9E37_79B9 } else { seed })
    }

    /// The next raw value.
    pub fn next_u32(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }

    /// A value in `[0, 1)`.
    pub fn unit(&mut self) -> f32 {
        // 24 bits fit exactly in an f32 mantissa, so the result is always below 1.
        (self.next_u32() >> 8) as f32 / (1u32 << 24) as f32
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_units_stay_in_range() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..10_000 {
            let u = a.unit();
            assert_eq!(u, b.unit());
            assert!((0.0..1.0).contains(&u));
        }
        assert_ne!(Rng::new(0).next_u32(), 0);
    }
}
