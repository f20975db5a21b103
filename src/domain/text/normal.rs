//! Whether text is already in NFC or NFKC, told cheaply: nearly everything typed or stored
//! is, and normalising it again costs a decomposition and a recomposition per character.
use std::str::Chars;

use unicode_normalization::{IsNormalized, is_nfc_quick, is_nfkc_quick};

/// ASCII, Mongolian and the CJK ideographs: characters that never combine with a neighbour
/// and that NFC and NFKC leave as they are, so a string of them alone is normalised without
/// looking anything up.
pub(super) fn is_plain_starter(c: char) -> bool {
    matches!(c, '\0'..='\u{7F}' | '\u{1800}'..='\u{18A8}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// True when `s` is certainly NFC; false may still be NFC.
pub fn is_nfc(s: &str) -> bool {
    runs_pass(s, |run| is_nfc_quick(run))
}

/// True when `s` is certainly NFKC; false may still be NFKC.
pub fn is_nfkc(s: &str) -> bool {
    runs_pass(s, |run| is_nfkc_quick(run))
}

/// True when the quick check says Yes of every run of characters between plain starters. A
/// quick check starts afresh after any starter it passes, so this is its answer for the whole
/// of `s`, without a table lookup for the plain characters.
fn runs_pass(s: &str, quick_check: impl Fn(Chars<'_>) -> IsNormalized) -> bool {
    s.split(is_plain_starter)
        .all(|run| run.is_empty() || quick_check(run.chars()) == IsNormalized::Yes)
}
