//! Whether text is already in NFC or NFKC, told cheaply: nearly everything typed or stored
//! is, and normalising it again costs a decomposition and a recomposition per character.
use unicode_normalization::{IsNormalized, is_nfc_quick, is_nfkc_quick};

/// ASCII, Mongolian and the CJK ideographs: characters that never combine with a neighbour
/// and that NFC and NFKC leave as they are, so a string of them alone is normalised without
/// looking anything up.
pub(super) fn is_plain_starter(c: char) -> bool {
    matches!(c, '\0'..='\u{7F}' | '\u{1800}'..='\u{18A8}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// True when `s` is certainly NFC; false may still be NFC.
pub fn is_nfc(s: &str) -> bool {
    s.chars().all(is_plain_starter) || is_nfc_quick(s.chars()) == IsNormalized::Yes
}

/// True when `s` is certainly NFKC; false may still be NFKC.
pub fn is_nfkc(s: &str) -> bool {
    s.chars().all(is_plain_starter) || is_nfkc_quick(s.chars()) == IsNormalized::Yes
}
