//! Single-year period life tables by sex, ages 0..=100+ from central death rates `mx`:
//! `a0` for infants by the Andreev–Kingkade (2015) rule, `ax = 1/2` at ages 1..99 and
//! `L100+ = l100 / m100` for the open age. They give life expectancy and the survival
//! factors the projection step applies to each cohort.

use super::AGES;

/// Lowest death rate used for the open age group 100+, so its person-years stay finite when
/// a scenario drives mortality to zero (a life expectancy at 100 of at most 100 years).
pub const MIN_OPEN_MX: f64 = 0.01;

/// Person-years lived in the first year of life per death, by the Andreev–Kingkade (2015)
/// single-year rule ("Demographic Research" 33(13), table 3), for `sex` 0 = male, 1 = female.
pub fn a0(m0: f64, sex: usize) -> f64 {
    if sex == 0 {
        if m0 < 0.023 {
            0.14929 - 1.99545 * m0
        } else if m0 < 0.08307 {
            0.02832 + 3.26201 * m0
        } else {
            0.29915
        }
    } else if m0 < 0.01724 {
        0.14903 - 2.05527 * m0
    } else if m0 < 0.06891 {
        0.04667 + 3.88089 * m0
    } else {
        0.31411
    }
}

/// A full single-year life table with radix `l0 = 1`.
#[derive(Clone, Debug, PartialEq)]
pub struct LifeTable {
    pub mx: [f64; AGES],
    pub ax: [f64; AGES],
    pub qx: [f64; AGES],
    pub lx: [f64; AGES],
    pub dx: [f64; AGES],
    /// Person-years lived in `[x, x+1)`; at 100 the whole open interval.
    pub big_lx: [f64; AGES],
    pub tx: [f64; AGES],
    pub ex: [f64; AGES],
}

impl LifeTable {
    /// Build the table from death rates (negative or non-finite rates count as zero).
    pub fn from_mx(mx: &[f64; AGES], sex: usize) -> LifeTable {
        let mut lt = LifeTable {
            mx: *mx,
            ax: [0.5; AGES],
            qx: [0.0; AGES],
            lx: [0.0; AGES],
            dx: [0.0; AGES],
            big_lx: [0.0; AGES],
            tx: [0.0; AGES],
            ex: [0.0; AGES],
        };
        let mut l = 1.0;
        for x in 0..AGES {
            let m = clean(mx[x]);
            lt.mx[x] = m;
            lt.lx[x] = l;
            if x == AGES - 1 {
                let m = m.max(MIN_OPEN_MX);
                lt.ax[x] = 1.0 / m;
                lt.qx[x] = 1.0;
                lt.dx[x] = l;
                lt.big_lx[x] = l / m;
            } else {
                let a = if x == 0 { a0(m, sex) } else { 0.5 };
                let q = (m / (1.0 + (1.0 - a) * m)).min(1.0);
                let d = l * q;
                lt.ax[x] = a;
                lt.qx[x] = q;
                lt.dx[x] = d;
                lt.big_lx[x] = (l - d) + a * d;
                l -= d;
            }
        }
        let mut t = 0.0;
        for x in (0..AGES).rev() {
            t += lt.big_lx[x];
            lt.tx[x] = t;
            lt.ex[x] = if lt.lx[x] > 0.0 { t / lt.lx[x] } else { 0.0 };
        }
        lt
    }

    /// Life expectancy at birth.
    pub fn e0(&self) -> f64 {
        self.ex[0]
    }
}

fn clean(m: f64) -> f64 {
    if m.is_finite() && m > 0.0 {
        m
    } else {
        0.0
    }
}

/// The projection's survival factors from one sex's death rates, without building a full
/// table: `s[0] = L0 / l0` (births during the step alive at its end), `s[x] = L_x / L_{x-1}`
/// for `x` in 1..=99 (aged `x-1` at the start, `x` at the end), `s[100] = T100 / T99` (aged
/// 99 or 100+ at the start). Returns life expectancy at birth.
///
/// With `a_x = 1/2`, `L_x / l_x = 1 / (1 + m_x/2)` and `l_{x+1} / l_x = (1 - m_x/2) / (1 +
/// m_x/2)` (rates above 2 kill the whole age: `q_x = 1`), so each factor needs one division
/// and no running `l_x`; the same quantities as [`LifeTable::from_mx`] to rounding.
pub fn survival(mx: &[f64; AGES], sex: usize, s: &mut [f64; AGES]) -> f64 {
    let m0 = clean(mx[0]);
    let a = a0(m0, sex);
    let q0 = m0 / (1.0 + (1.0 - a) * m0);
    let q0 = if q0 < 1.0 { q0 } else { 1.0 };
    let big0 = 1.0 - (1.0 - a) * q0;
    let open_m = clean(mx[AGES - 1]);
    let open_m = if open_m > MIN_OPEN_MX {
        open_m
    } else {
        MIN_OPEN_MX
    };
    // r[x] = L_x / l_x, g[x] = (l_{x+1} / l_x) / r[x], for x in 1..=99.
    let mut r = [0.0f64; AGES];
    let mut g = [0.0f64; AGES];
    for x in 1..AGES - 1 {
        // Plain comparisons rather than `f64::min`: cheaper in wasm.
        let m = clean(mx[x]);
        let m = if m < 2.0 { m } else { 2.0 };
        r[x] = 1.0 / (1.0 + 0.5 * m);
        g[x] = 1.0 - 0.5 * m;
    }
    s[0] = big0;
    s[1] = (1.0 - q0) * r[1] / big0;
    for x in 2..AGES - 1 {
        s[x] = g[x - 1] * r[x];
    }
    let g99 = g[AGES - 2];
    s[AGES - 1] = if g99 > 0.0 { g99 / (open_m + g99) } else { 0.0 };
    // e0 = T0 / l0 = L0 + sum of l_x r_x + l100 / m100.
    let mut l = 1.0 - q0;
    let mut t0 = big0;
    for x in 1..AGES - 1 {
        t0 += l * r[x];
        l *= g[x] * r[x];
    }
    t0 + l / open_m
}

/// The survival factors ([`survival`]) and life expectancy at birth of every step's life
/// tables, both sexes: what a projection derives from its death rates `mx`. A projection
/// recomputes them from `mx` on every run; a caller that projects the same death rates many
/// times (a cached baseline under levers that leave mortality alone, a Monte Carlo run over
/// fertility or migration) builds them once and passes them to
/// [`super::project_prepared`], recomputing only the steps whose rates it changes
/// ([`SurvivalTables::set`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SurvivalTables {
    surv: Vec<[[f64; AGES]; 2]>,
    e0: Vec<[f64; 2]>,
}

impl SurvivalTables {
    /// The tables of every step's death rates.
    pub fn new(mx: &[[[f64; AGES]; 2]]) -> SurvivalTables {
        let mut t = SurvivalTables::default();
        t.rebuild(mx);
        t
    }

    /// Recomputes every step from `mx`, reusing the buffers.
    pub fn rebuild(&mut self, mx: &[[[f64; AGES]; 2]]) {
        self.surv.resize(mx.len(), [[0.0; AGES]; 2]);
        self.e0.resize(mx.len(), [0.0; 2]);
        for ((m, s), e) in mx.iter().zip(&mut self.surv).zip(&mut self.e0) {
            for sex in 0..2 {
                e[sex] = survival(&m[sex], sex, &mut s[sex]);
            }
        }
    }

    /// Recomputes one step and sex from its death rates (no-op out of range).
    pub fn set(&mut self, k: usize, sex: usize, mx: &[f64; AGES]) {
        if let (Some(s), Some(e)) = (self.surv.get_mut(k), self.e0.get_mut(k)) {
            if sex < 2 {
                e[sex] = survival(mx, sex, &mut s[sex]);
            }
        }
    }

    /// Number of steps.
    pub fn steps(&self) -> usize {
        self.surv.len()
    }

    /// Survival factors of step `k`, `[sex][age at the end of the step]`.
    pub fn survival(&self, k: usize) -> Option<&[[f64; AGES]; 2]> {
        self.surv.get(k)
    }

    /// Life expectancy at birth of step `k`'s life tables, `[male, female]`.
    pub fn e0(&self, k: usize) -> Option<[f64; 2]> {
        self.e0.get(k).copied()
    }

    /// Every step's survival factors and e0, in step order.
    pub(super) fn steps_iter(&self) -> impl Iterator<Item = (&[[f64; AGES]; 2], [f64; 2])> {
        self.surv.iter().zip(self.e0.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_rate_gives_the_exponential_life_expectancy() {
        // m = 0.02 at every age: e0 close to 1/m = 50 (the table is cut at 100+, whose
        // person-years l100/m carry the tail exactly).
        let mx = [0.02; AGES];
        let lt = LifeTable::from_mx(&mx, 1);
        assert!((lt.e0() - 50.0).abs() < 0.1, "{}", lt.e0());
        let mut s = [0.0; AGES];
        let e0 = survival(&mx, 1, &mut s);
        assert!((e0 - lt.e0()).abs() < 1e-12);
        assert!((s[0] - lt.big_lx[0]).abs() < 1e-15);
        assert!((s[50] - lt.big_lx[50] / lt.big_lx[49]).abs() < 1e-15);
    }

    #[test]
    fn survival_factors_equal_the_full_table() {
        let mut mx = [0.0; AGES];
        for (x, m) in mx.iter_mut().enumerate() {
            *m = 0.0002 * (0.09 * x as f64).exp();
        }
        mx[0] = 0.012;
        for sex in 0..2 {
            let lt = LifeTable::from_mx(&mx, sex);
            let mut s = [0.0; AGES];
            let e0 = survival(&mx, sex, &mut s);
            assert!((e0 - lt.e0()).abs() < 1e-10, "{e0} vs {}", lt.e0());
            assert!((s[0] - lt.big_lx[0]).abs() < 1e-14);
            for x in 1..AGES - 1 {
                let want = lt.big_lx[x] / lt.big_lx[x - 1];
                assert!((s[x] - want).abs() < 1e-12, "age {x}: {} vs {want}", s[x]);
            }
            let open = lt.tx[AGES - 1] / lt.tx[AGES - 2];
            assert!((s[AGES - 1] - open).abs() < 1e-12);
        }
    }

    #[test]
    fn cached_tables_are_the_factors_of_each_step() {
        let mut a = [[0.0; AGES]; 2];
        for x in 0..AGES {
            a[0][x] = 0.0004 * (0.085 * x as f64).exp();
            a[1][x] = 0.0002 * (0.085 * x as f64).exp();
        }
        let mut b = a;
        b[1][40] *= 3.0;
        let mut t = SurvivalTables::new(&[a, a]);
        assert_eq!(t.steps(), 2);
        let mut s = [0.0; AGES];
        let e = survival(&b[1], 1, &mut s);
        assert_ne!(t.e0(1).unwrap()[1], e);
        t.set(1, 1, &b[1]);
        assert_eq!(t.e0(1).unwrap()[1], e);
        assert_eq!(t.survival(1).unwrap()[1], s);
        assert_eq!(t, SurvivalTables::new(&[a, b]));
        assert!(t.survival(2).is_none() && t.e0(2).is_none());
    }
}
