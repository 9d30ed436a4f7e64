//! Helpers shared by the hardening and fuzz tests: raw access to a scenario's numeric
//! fields by key (to plant NaN or out-of-range values that the setters would clamp), the
//! number of property-test cases (overridable with `PROPTEST_CASES`), and the check that a
//! message is fit to show a reader.
#![allow(dead_code)]

use crossroads::scenario::Scenario;

/// Cases for a property test: `PROPTEST_CASES` when set (long runs), else `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The numeric field of a scenario by key, through its public fields.
pub fn field<'a>(s: &'a mut Scenario, key: &str) -> &'a mut f64 {
    macro_rules! pick {
        ($($f:ident),*) => {
            match key {
                $(stringify!($f) => &mut s.$f,)*
                _ => panic!("no numeric field {key}"),
            }
        };
    }
    pick!(
        tfr_shift,
        tfr_target,
        tfr_year,
        e0_m,
        e0_f,
        e0_year,
        war_deaths,
        war_end,
        mig_scale,
        lab_uzb,
        lab_tjk,
        lab_kgz,
        lab_year,
        crocus_end,
        compat,
        compat_from,
        ua_return,
        ua_more,
        ua_year,
        rel_stock,
        rel_return,
        rel_more,
        rel_year,
        rshare_kgz,
        rshare_tjk,
        rshare_uzb,
        hold_from,
        hold_level
    )
}

/// The choice field of a scenario by key: the country, the one choice held as text (a
/// code from the data); the others are enums, which cannot hold a value outside their
/// choices.
pub fn choice_field<'a>(s: &'a mut Scenario, key: &str) -> &'a mut String {
    match key {
        "country" => &mut s.country,
        _ => panic!("no choice field {key} held as text"),
    }
}

/// Why a message is not fit to show a reader (too long, or holding a control character
/// that could break a line or colour a terminal), if it is not.
pub fn unpresentable(msg: &str) -> Option<String> {
    if msg.chars().count() > 400 {
        return Some(format!("message too long ({} chars)", msg.chars().count()));
    }
    if msg.chars().any(char::is_control) {
        return Some(format!("control character in {msg:?}"));
    }
    // Direction overrides and zero-width characters reverse or hide the text around them.
    let invisible = |c: char| matches!(c, '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}');
    if msg.chars().any(invisible) {
        return Some(format!(
            "invisible direction or zero-width character in {msg:?}"
        ));
    }
    None
}
