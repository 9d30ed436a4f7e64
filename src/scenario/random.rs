//! Reproducible randomness for the probabilistic bands: a seeded generator, standard normal
//! scores from it, and a seed from text (a query string), all plain `core` arithmetic so the
//! browser and the native program draw the same numbers bit for bit.
//!
//! Generator: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
//! generators", OOPSLA 2014; the constants are those of Java's `SplittableRandom` and of
//! Vigna's reference `splitmix64.c`): a 64-bit counter stepped by the golden-ratio odd
//! constant, then a bijective mixing function. It passes BigCrush, needs 8 bytes of state
//! and no crate. Normal scores: the inverse of the standard normal distribution function
//! by Acklam's rational approximations (relative error below 1.15e-9 over (0, 1)), far
//! below the sampling error of a thousand trajectories.

/// SplitMix64: one 64-bit state; every seed (including 0) is valid.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.state)
    }

    /// A uniform number strictly inside (0, 1): 53 random bits, offset by half a unit.
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / (1u64 << 53) as f64)
    }

    /// A standard normal score (inverse transform of [`SplitMix64::uniform`]).
    pub fn normal(&mut self) -> f64 {
        inverse_normal(self.uniform())
    }
}

/// SplitMix64's finaliser (a bijection of u64); also used to derive independent streams.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A 64-bit seed from text: FNV-1a over its bytes, then [`mix`].
pub fn seed_of(text: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

/// The standard normal quantile: `z` with `Φ(z) = p`, for `p` in (0, 1) (±infinity at 0
/// and 1, NaN outside). Acklam's algorithm: a rational function in the central region
/// `0.02425 ≤ p ≤ 0.97575` and in `sqrt(-2 ln p)` in the tails.
pub fn inverse_normal(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const LOW: f64 = 0.02425;
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let tail = |q: f64| {
        let q = (-2.0 * q.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < LOW {
        tail(p)
    } else if p > 1.0 - LOW {
        -tail(1.0 - p)
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverse_normal_matches_published_quantiles() {
        // Φ⁻¹ values to 10 digits (Abramowitz and Stegun, table 26.5; R's qnorm).
        for (p, z) in [
            (0.5, 0.0),
            (0.975, 1.959_963_985),
            (0.9, 1.281_551_566),
            (0.8413447461, 1.0),
            (0.025, -1.959_963_985),
            (0.001, -3.090_232_306),
            (1e-9, -5.997_807_015),
            (0.999_999, 4.753_424_309),
        ] {
            let got = inverse_normal(p);
            assert!(
                (got - z).abs() <= 1.2e-9 * z.abs() + 1e-9,
                "p {p}: {got} vs {z}"
            );
        }
        assert_eq!(inverse_normal(0.0), f64::NEG_INFINITY);
        assert_eq!(inverse_normal(1.0), f64::INFINITY);
        assert!(inverse_normal(1.5).is_nan() && inverse_normal(f64::NAN).is_nan());
        // Monotone across the region boundaries, symmetric.
        let mut last = f64::NEG_INFINITY;
        for i in 1..10_000 {
            let p = i as f64 / 10_000.0;
            let z = inverse_normal(p);
            assert!(z > last, "not increasing at {p}");
            assert!((z + inverse_normal(1.0 - p)).abs() < 1e-9);
            last = z;
        }
    }

    #[test]
    fn generator_is_reproducible_and_normal_scores_look_normal() {
        // The first output of splitmix64.c seeded with 0 (Vigna's reference code).
        assert_eq!(SplitMix64::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
        let (mut a, mut b) = (SplitMix64::new(7), SplitMix64::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        let mut g = SplitMix64::new(seed_of("country=RUS"));
        let n = 200_000;
        let (mut s, mut s2, mut inside) = (0.0, 0.0, 0);
        for _ in 0..n {
            let z = g.normal();
            s += z;
            s2 += z * z;
            inside += usize::from(z.abs() < 1.959_963_985);
        }
        let mean = s / n as f64;
        let var = s2 / n as f64 - mean * mean;
        assert!(mean.abs() < 0.01, "mean {mean}");
        assert!((var - 1.0).abs() < 0.01, "variance {var}");
        let share = inside as f64 / n as f64;
        assert!((share - 0.95).abs() < 0.003, "share within ±1.96: {share}");
        assert_ne!(seed_of("country=RUS"), seed_of("country=RUT"));
    }
}
