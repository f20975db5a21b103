//! Folding: what names, fields and queries are compared as, so that the same words typed a
//! little differently still meet.
use crate::domain::text::{is_dash, key_chars, menksoft_to_unicode};

/// Menksoft shape codes read as Unicode Mongolian (a query typed with a Menksoft input
/// method meets the catalogue's Unicode names), NFKC (full-width Latin and digits are
/// ASCII), lowercase, and drop what people type
/// inconsistently: spaces, NNBSP, Mongolian variation selectors and separators, quotes,
/// dashes, and invisible characters such as a zero-width joiner. Mongolian spellings that
/// draw the same letters fold together: o/u and ö/ü, and a diphthong written ᠠᠶᠢ or ᠠᠢ.
/// Names and fields are folded once when the index is built; a query once per keystroke.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out`. What `out` holds already must end in a character that is
/// not ᠶ (or be empty), so that no diphthong is read across the join.
pub fn fold_into(s: &str, out: &mut String) {
    for c in key_chars(&menksoft_to_unicode(s)) {
        if has_no_case(c) {
            push_folded(out, c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|c| push_folded(out, c));
        }
    }
}

/// ASCII (lowercased on the spot), and the Mongolian and CJK ideograph blocks, which have no
/// case: what nearly every name and query is made of, spared the case-mapping table search.
fn has_no_case(c: char) -> bool {
    matches!(c, '\0'..='\u{7F}' | '\u{1800}'..='\u{18AF}' | '\u{3400}'..='\u{9FFF}')
}

fn push_folded(out: &mut String, c: char) {
    let c = match c {
        'ᠣ' => 'ᠤ',
        'ᠥ' => 'ᠦ',
        c if c.is_whitespace() || is_dash(c) => return,
        '\u{180B}'..='\u{180F}' | '“' | '”' | '"' | '\'' | '‘' | '’' => return,
        c => c,
    };
    if c == 'ᠢ' && ends_with_vowel_before_y(out) {
        out.pop();
    }
    out.push(c);
}

/// True when `s` ends in a vowel followed by ᠶ (the ᠶ of a diphthong such as ᠪᠠᠶᠢ).
fn ends_with_vowel_before_y(s: &str) -> bool {
    let mut tail = s.chars().rev();
    tail.next() == Some('ᠶ')
        && tail
            .next()
            .is_some_and(|v| matches!(v, 'ᠠ' | 'ᠡ' | 'ᠤ' | 'ᠦ'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Folding as first written: every character through the case-mapping table.
    fn plain_fold(s: &str) -> String {
        let mut out = String::new();
        for c in key_chars(&menksoft_to_unicode(s)).flat_map(char::to_lowercase) {
            push_folded(&mut out, c);
        }
        out
    }

    #[test]
    fn caseless_characters_lowercase_to_themselves() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| has_no_case(*c))
        {
            let lower: String = c.to_lowercase().collect();
            assert_eq!(
                lower,
                c.to_ascii_lowercase().to_string(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn mongolian_spellings_fold_together() {
        assert_eq!(fold("ᠪᠠᠶᠢᠴᠠᠭᠠᠨ"), fold("ᠪᠠᠢᠴᠠᠭᠠᠨ"));
        assert_eq!(fold("ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ"), fold("ᠮᠤᠩᠭᠤᠯ ᠤᠨ"));
        assert_eq!(fold("ＳＯＣ－０１ “Ａ”"), "soc01a");
    }

    proptest! {
        #[test]
        fn folding_is_the_plain_definition(s in "[a-zA-Z0-9 低保ᠮᠣᠶᠢᠠ\u{202F}\u{180B}ＡａǄǅΣİ\u{130}\u{1E9E}“\u{200D}-]{0,24}") {
            prop_assert_eq!(fold(&s), plain_fold(&s));
        }

        #[test]
        fn any_text_folds_as_defined(s in any::<String>()) {
            prop_assert_eq!(fold(&s), plain_fold(&s));
        }
    }
}
