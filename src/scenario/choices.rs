//! The closed sets of choices a lever takes, as enums: the query string's spelling is the
//! enum's (`strum`: parsed case-insensitively, written by `as_ref`/`Display`, listed by
//! `VARIANTS` in the order of the `choices` of the parameter table, the first the default).
//! Country codes are not here: they come from the data (the eight focus countries of
//! `data/countries.csv`), so a scenario keeps the ISO3 code as text, checked against
//! [`super::COUNTRIES`] (a host test holds that list to the data).

use strum::VariantNames;

use crate::data::Variant;

/// A closed choice of a lever: the derives every choice enum has (its serde and strum names
/// are its query-string values), then the enum as written.
macro_rules! choice_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident $body:tt) => {
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, Hash,
            serde::Serialize, serde::Deserialize,
            strum::AsRefStr, strum::Display, strum::EnumIter, strum::EnumString,
            strum::IntoStaticStr, strum::VariantNames,
        )]
        $(#[$meta])*
        $vis enum $name $body
    };
}
pub(crate) use choice_enum;

choice_enum! {
/// How the fertility lever acts (`tfr_mode=`).
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum TfrMode {
    /// Add children per woman to the UN path (`tfr_shift`).
    #[default]
    Shift,
    /// Close the gap to a target TFR by a year (`tfr_target`, `tfr_year`).
    Target,
}
}

choice_enum! {
/// Which measure of the Central Asian labour-migrant stock in Russia (`stock=`).
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum StockMeasure {
    /// Foreign-born residents (UN DESA, 1 July 2024).
    #[default]
    Undesa,
    /// The Interior Ministry's March 2024 estimate (short stays and circular migrants too).
    Mvd,
}
}

choice_enum! {
/// The UN WPP 2024 variant a scenario starts from (`variant=`).
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum BaseVariant {
    #[default]
    Medium,
    Low,
    High,
}
}

impl BaseVariant {
    /// The data's variant of the same name.
    pub fn data(self) -> Variant {
        match self {
            BaseVariant::Medium => Variant::Medium,
            BaseVariant::Low => Variant::Low,
            BaseVariant::High => Variant::High,
        }
    }
}

/// A type a lever's value can have: a number (`f64`), a closed choice (an enum above, or
/// [`super::Measure`]) or a code from the data (`String`, its choices given by the row).
/// The lever table (`params.rs`) reads and writes every field through it.
pub trait LeverValue {
    /// Number or choice.
    const KIND: super::ParamKind;
    /// The allowed spellings, in order (empty: the row lists them).
    fn choices() -> Vec<&'static str> {
        Vec::new()
    }
    fn number(&self) -> Option<f64> {
        None
    }
    fn number_mut(&mut self) -> Option<&mut f64> {
        None
    }
    /// The choice as the query string writes it.
    fn choice(&self) -> Option<&str> {
        None
    }
    /// Sets a choice from its canonical spelling (one of the row's choices); false for a
    /// number or a spelling the type does not have.
    fn set_choice(&mut self, _canonical: &str) -> bool {
        false
    }
}

impl LeverValue for f64 {
    const KIND: super::ParamKind = super::ParamKind::Number;
    fn number(&self) -> Option<f64> {
        Some(*self)
    }
    fn number_mut(&mut self) -> Option<&mut f64> {
        Some(self)
    }
}

impl LeverValue for String {
    const KIND: super::ParamKind = super::ParamKind::Choice;
    fn choice(&self) -> Option<&str> {
        Some(self)
    }
    fn set_choice(&mut self, canonical: &str) -> bool {
        canonical.clone_into(self);
        true
    }
}

/// [`LeverValue`] for enums deriving strum's `EnumString`, `AsRefStr` and `VariantNames`.
macro_rules! choice_enum {
    ($($t:ty),*) => {$(
        impl LeverValue for $t {
            const KIND: super::ParamKind = super::ParamKind::Choice;
            fn choices() -> Vec<&'static str> {
                <$t as VariantNames>::VARIANTS.to_vec()
            }
            fn choice(&self) -> Option<&str> {
                Some(self.as_ref())
            }
            fn set_choice(&mut self, canonical: &str) -> bool {
                canonical.parse().map(|v| *self = v).is_ok()
            }
        }
    )*};
}

choice_enum!(
    TfrMode,
    StockMeasure,
    BaseVariant,
    super::Measure,
    super::HoldChoice
);
