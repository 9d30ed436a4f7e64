//! Splitting grouped inputs into single years of age while keeping every group's total:
//! monotone cubic (Fritsch–Carlson) interpolation of cumulative counts, used for the
//! population by 5-year group and for fertility by 5-year maternal age group. A monotone
//! cumulative curve gives non-negative single-age values that add back to each group.

/// Single-age values from grouped totals. `knots` are the group boundaries in age (strictly
/// increasing, `knots.len() == totals.len() + 1`); `out[i]` receives the amount in age
/// `[knots[0] + i, knots[0] + i + 1)` for every integer age between the first and last knot.
/// Negative group totals are treated as zero. Returns the number of ages written.
pub fn split_groups(knots: &[f64], totals: &[f64], out: &mut [f64]) -> usize {
    let n = totals.len();
    if n == 0 || knots.len() != n + 1 {
        return 0;
    }
    // Cumulative values at the knots and the secant slopes between them.
    let mut cum = [0.0f64; 32];
    let mut slope = [0.0f64; 32];
    let mut tan = [0.0f64; 33];
    if n + 1 > cum.len() {
        return 0;
    }
    for i in 0..n {
        cum[i + 1] = cum[i] + totals[i].max(0.0);
        slope[i] = totals[i].max(0.0) / (knots[i + 1] - knots[i]);
    }
    // Tangents: Fritsch–Butland weighted harmonic mean inside, one-sided at the ends,
    // zero where the curve is flat on either side (keeps it monotone).
    for i in 1..n {
        let (h0, h1) = (knots[i] - knots[i - 1], knots[i + 1] - knots[i]);
        let (d0, d1) = (slope[i - 1], slope[i]);
        tan[i] = if d0 <= 0.0 || d1 <= 0.0 {
            0.0
        } else {
            3.0 * (h0 + h1) / ((2.0 * h1 + h0) / d0 + (h1 + 2.0 * h0) / d1)
        };
    }
    tan[0] = end_tangent(
        knots[1] - knots[0],
        knots.get(2).map(|k| k - knots[1]),
        slope[0],
        if n > 1 { Some(slope[1]) } else { None },
    );
    tan[n] = end_tangent(
        knots[n] - knots[n - 1],
        if n > 1 {
            Some(knots[n - 1] - knots[n - 2])
        } else {
            None
        },
        slope[n - 1],
        if n > 1 { Some(slope[n - 2]) } else { None },
    );
    let first = knots[0];
    let ages = (knots[n] - first).round() as usize;
    let ages = ages.min(out.len());
    let mut seg = 0usize;
    let mut prev = 0.0f64;
    for (i, slot) in out.iter_mut().enumerate().take(ages) {
        let x = first + (i + 1) as f64;
        while seg + 1 < n && x > knots[seg + 1] {
            seg += 1;
        }
        let h = knots[seg + 1] - knots[seg];
        let t = crate::num::clamp((x - knots[seg]) / h, 0.0, 1.0);
        let (t2, t3) = (t * t, t * t * t);
        let c = (2.0 * t3 - 3.0 * t2 + 1.0) * cum[seg]
            + (t3 - 2.0 * t2 + t) * h * tan[seg]
            + (-2.0 * t3 + 3.0 * t2) * cum[seg + 1]
            + (t3 - t2) * h * tan[seg + 1];
        *slot = (c - prev).max(0.0);
        prev = c;
    }
    ages
}

/// One-sided tangent at an end knot (three-point formula), limited so the interpolant
/// stays monotone.
fn end_tangent(h0: f64, h1: Option<f64>, d0: f64, d1: Option<f64>) -> f64 {
    let (Some(h1), Some(d1)) = (h1, d1) else {
        return d0;
    };
    let m = ((2.0 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
    if m <= 0.0 || d0 <= 0.0 {
        0.0
    } else if m > 3.0 * d0 {
        3.0 * d0
    } else {
        m
    }
}

/// Sprague's (1880) fifth-difference osculatory multipliers splitting a 5-year group into
/// single years from the group and its neighbours: first panel (first group), second panel
/// (second group), middle panel (centred on the group); the last two panels mirror the first
/// two. Rows are the five single years, columns the five groups used.
const SPRAGUE_FIRST: [[f64; 5]; 5] = [
    [0.3616, -0.2768, 0.1488, -0.0336, 0.0],
    [0.2640, -0.0960, 0.0400, -0.0080, 0.0],
    [0.1840, 0.0400, -0.0320, 0.0080, 0.0],
    [0.1200, 0.1360, -0.0720, 0.0160, 0.0],
    [0.0704, 0.1968, -0.0848, 0.0176, 0.0],
];
const SPRAGUE_SECOND: [[f64; 5]; 5] = [
    [0.0336, 0.2272, -0.0752, 0.0144, 0.0],
    [0.0080, 0.2320, -0.0480, 0.0080, 0.0],
    [-0.0080, 0.2160, -0.0080, 0.0, 0.0],
    [-0.0160, 0.1840, 0.0400, -0.0080, 0.0],
    [-0.0176, 0.1408, 0.0912, -0.0144, 0.0],
];
const SPRAGUE_MIDDLE: [[f64; 5]; 5] = [
    [-0.0128, 0.0848, 0.1504, -0.0240, 0.0016],
    [-0.0016, 0.0144, 0.2224, -0.0416, 0.0064],
    [0.0064, -0.0336, 0.2544, -0.0336, 0.0064],
    [0.0064, -0.0416, 0.2224, 0.0144, -0.0016],
    [0.0016, -0.0240, 0.1504, 0.0848, -0.0128],
];

/// Single years from 5-year group totals by Sprague's multipliers (needs at least five
/// groups; otherwise falls back to [`split_groups`]). Negative single years, which the
/// formula can give next to near-empty groups, are set to zero and the group's remaining
/// years rescaled so every group keeps its total. Writes `5 * totals.len()` values.
pub fn sprague_split(totals: &[f64], out: &mut [f64]) {
    let n = totals.len();
    if n < 5 || out.len() < 5 * n {
        let mut knots = [0.0f64; 33];
        for (i, k) in knots.iter_mut().enumerate().take(n + 1) {
            *k = 5.0 * i as f64;
        }
        split_groups(&knots[..=n.min(32)], totals, out);
        return;
    }
    for g in 0..n {
        let total = totals[g].max(0.0);
        let slot = &mut out[5 * g..5 * g + 5];
        for (row, v) in slot.iter_mut().enumerate() {
            let mut acc = 0.0;
            for col in 0..5 {
                let (coef, group) = if g == 0 {
                    (SPRAGUE_FIRST[row][col], col)
                } else if g == 1 {
                    (SPRAGUE_SECOND[row][col], col)
                } else if g == n - 2 {
                    (SPRAGUE_SECOND[4 - row][col], n - 1 - col)
                } else if g == n - 1 {
                    (SPRAGUE_FIRST[4 - row][col], n - 1 - col)
                } else {
                    (SPRAGUE_MIDDLE[row][col], g + col - 2)
                };
                acc += coef * totals[group].max(0.0);
            }
            *v = acc;
        }
        let positive: f64 = slot.iter().map(|v| v.max(0.0)).sum();
        for v in slot.iter_mut() {
            *v = if positive > 0.0 {
                v.max(0.0) * total / positive
            } else {
                total / 5.0
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_keep_their_totals_and_values_stay_non_negative() {
        let knots = [0.0, 5.0, 10.0, 15.0, 20.0];
        let totals = [100.0, 0.0, 50.0, 200.0];
        let mut out = [0.0; 20];
        assert_eq!(split_groups(&knots, &totals, &mut out), 20);
        for g in 0..4 {
            let s: f64 = out[g * 5..g * 5 + 5].iter().sum();
            assert!((s - totals[g]).abs() < 1e-9, "group {g}: {s}");
        }
        assert!(out.iter().all(|&v| v >= 0.0));
    }

    #[test]
    fn sprague_keeps_totals_and_reproduces_a_quadratic() {
        // Single years following a quadratic are reproduced exactly by the middle panel.
        let f = |x: f64| 100.0 + 3.0 * x - 0.02 * x * x;
        let totals: Vec<f64> = (0..8)
            .map(|g| (0..5).map(|i| f((5 * g + i) as f64)).sum())
            .collect();
        let mut out = [0.0; 40];
        sprague_split(&totals, &mut out);
        for g in 0..8 {
            let s: f64 = out[5 * g..5 * g + 5].iter().sum();
            assert!((s - totals[g]).abs() < 1e-9);
        }
        for x in 10..30 {
            assert!(
                (out[x] - f(x as f64)).abs() < 0.05,
                "age {x}: {} vs {}",
                out[x],
                f(x as f64)
            );
        }
    }
}
