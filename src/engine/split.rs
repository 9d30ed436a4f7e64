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
        let t = ((x - knots[seg]) / h).clamp(0.0, 1.0);
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
}
