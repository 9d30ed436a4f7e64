//! Model migration schedules: the Rogers–Castro age profile (Rogers & Castro 1981, *Model
//! Migration Schedules*, IIASA RR-81-30) that gives each migration stream its age–sex shape.
//!
//! m(x) = a1·exp(−α1·x) + a2·exp(−α2·(x−μ2) − exp(−λ2·(x−μ2))) + c
//!
//! The first term is children moving with their parents, the second the labour-force peak
//! (at μ2 + ln(λ2/α2)/λ2), the constant the background. Profiles are normalised
//! so that both sexes together sum to one, and split by a male share. Parameters (model
//! assumptions, not data; the family schedule is Rogers & Castro's "standard" schedule):
//!
//! | stream | a1 | α1 | a2 | μ2 | α2 | λ2 | c | male share | ages |
//! |---|---|---|---|---|---|---|---|---|---|
//! | labour (UZ, TJ, KG) | 0.003 | 0.10 | 0.09 | 21 | 0.10 | 0.45 | 0.0005 | UN DESA stock of UZ-, TJ- and KG-born in Russia, 2024 | 0–64 |
//! | family (Compatriots) | 0.02 | 0.10 | 0.06 | 20 | 0.10 | 0.40 | 0.003 | 0.50 | 0–79 |
//! | family (Ukrainians) | 0.02 | 0.10 | 0.06 | 20 | 0.10 | 0.40 | 0.003 | UN DESA stock of Ukrainian-born in Russia, 2024 | 0–79 |
//! | relokanty | 0.01 | 0.10 | 0.08 | 22 | 0.09 | 0.30 | 0.001 | 0.60 (assumption: mobilisation-driven) | 0–79 |
//!
//! Labour migrants stop at 64 (working age), the other streams at 79: the constant term
//! would otherwise move a share of the flow at every age up to 100+, and flows out of young
//! partner countries (Tajikistan's 85+ are a few thousand people) would ask for more of the
//! oldest cohorts than there are.
//!
//! Ages are single years 0..=100 (age at the end of the projection step, as the engine's
//! `mig` input), evaluated at the middle of each year of age.

use serde::Serialize;

use crate::engine::{BySexAge, AGES};

/// The seven Rogers–Castro parameters and a male share.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RogersCastro {
    pub a1: f64,
    pub alpha1: f64,
    pub a2: f64,
    pub mu2: f64,
    pub alpha2: f64,
    pub lambda2: f64,
    pub c: f64,
    pub male_share: f64,
    /// Oldest single age that migrates (older ages get zero).
    pub max_age: usize,
}

impl RogersCastro {
    /// Labour migrants: a sharp young-adult peak, few children. The streams set the male
    /// share from data ([`super::Figures::labour_male_share`]); 0.5 here.
    pub const LABOUR: RogersCastro = RogersCastro {
        a1: 0.003,
        alpha1: 0.10,
        a2: 0.09,
        mu2: 21.0,
        alpha2: 0.10,
        lambda2: 0.45,
        c: 0.0005,
        male_share: 0.5,
        max_age: 64,
    };
    /// Families (Rogers–Castro standard schedule), both sexes equally.
    pub const FAMILY: RogersCastro = RogersCastro {
        a1: 0.02,
        alpha1: 0.10,
        a2: 0.06,
        mu2: 20.0,
        alpha2: 0.10,
        lambda2: 0.40,
        c: 0.003,
        male_share: 0.5,
        max_age: 79,
    };
    /// Relokanty: young adults of both sexes, some children, a little more often men.
    pub const RELOKANTY: RogersCastro = RogersCastro {
        a1: 0.01,
        alpha1: 0.10,
        a2: 0.08,
        mu2: 22.0,
        alpha2: 0.09,
        lambda2: 0.30,
        c: 0.001,
        male_share: 0.6,
        max_age: 79,
    };

    /// The same schedule with another male share (clamped to 0..=1).
    pub fn with_male_share(mut self, share: f64) -> RogersCastro {
        self.male_share = if share.is_finite() {
            crate::num::clamp(share, 0.0, 1.0)
        } else {
            0.5
        };
        self
    }

    /// The schedule's rate at age `x`.
    pub fn rate(&self, x: f64) -> f64 {
        let d = x - self.mu2;
        self.a1 * (-self.alpha1 * x).exp()
            + self.a2 * (-self.alpha2 * d - (-self.lambda2 * d).exp()).exp()
            + self.c
    }

    /// Shares of one migrant by sex and single age (sum over both sexes = 1).
    pub fn profile(&self) -> BySexAge {
        let mut shape = [0.0; AGES];
        for (x, v) in shape
            .iter_mut()
            .enumerate()
            .take(self.max_age.min(AGES - 1) + 1)
        {
            *v = self.rate(x as f64 + 0.5).max(0.0);
        }
        let total: f64 = shape.iter().sum();
        let mut out = [[0.0; AGES]; 2];
        if total > 0.0 {
            for x in 0..AGES {
                out[0][x] = shape[x] / total * self.male_share;
                out[1][x] = shape[x] / total * (1.0 - self.male_share);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(p: &BySexAge, sex: usize, from: usize, to: usize) -> f64 {
        p[sex][from..=to].iter().sum()
    }

    #[test]
    fn profiles_sum_to_one_and_split_by_sex() {
        for rc in [
            RogersCastro::LABOUR,
            RogersCastro::FAMILY,
            RogersCastro::RELOKANTY,
        ] {
            let p = rc.profile();
            let total = share(&p, 0, 0, 100) + share(&p, 1, 0, 100);
            assert!((total - 1.0).abs() < 1e-12);
            assert!((share(&p, 0, 0, 100) - rc.male_share).abs() < 1e-12);
        }
    }

    #[test]
    fn labour_migrants_are_mostly_aged_20_to_39() {
        let p = RogersCastro::LABOUR.with_male_share(0.6).profile();
        let men_20_39 = share(&p, 0, 20, 39);
        let all_20_39 = men_20_39 + share(&p, 1, 20, 39);
        assert!(all_20_39 > 0.5, "{all_20_39}");
        assert!((men_20_39 - 0.6 * all_20_39).abs() < 1e-12, "{men_20_39}");
        // Family schedules carry children: more under-15s than the labour schedule.
        let f = RogersCastro::FAMILY.profile();
        assert!(
            share(&f, 0, 0, 14) + share(&f, 1, 0, 14)
                > 2.0 * (share(&p, 0, 0, 14) + share(&p, 1, 0, 14))
        );
    }

    #[test]
    fn the_peak_sits_where_the_formula_says() {
        let rc = RogersCastro::RELOKANTY;
        let p = rc.profile();
        let peak = (0..AGES)
            .max_by(|&a, &b| p[0][a].total_cmp(&p[0][b]))
            .unwrap_or(0);
        let expect = rc.mu2 + (rc.lambda2 / rc.alpha2).ln() / rc.lambda2;
        assert!(
            (peak as f64 + 0.5 - expect).abs() <= 1.0,
            "{peak} vs {expect}"
        );
    }
}
