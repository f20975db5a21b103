//! Mongolian typed with an input method that emits Menksoft shape codes (private-use glyph
//! numbers, U+E234..U+E34F) turned into standard Unicode letters, so that a name is stored,
//! shown and searched the same whichever way it was typed.
use std::borrow::Cow;

use mongol_convert::{CodeType, TranslationOptions, translate_with_options};

/// The private-use block Menksoft's shape code occupies: punctuation and digits from U+E234,
/// letters from U+E264. The converter reads U+E234..U+E261 and U+E263..U+E34A; the block's
/// last few codes are treated as Menksoft too, so that none of them reaches the store.
pub const MENKSOFT_SHAPES: std::ops::RangeInclusive<char> = '\u{E234}'..='\u{E34F}';

/// UTF-8 lead byte of U+E000..U+EFFF: no ASCII, Mongolian or CJK character starts with it, so
/// a text without it holds no shape code and is handed back after one byte search.
const PRIVATE_USE_LEAD: u8 = 0xEE;

/// True when `s` holds at least one Menksoft shape code.
pub fn has_menksoft(s: &str) -> bool {
    memchr::memchr(PRIVATE_USE_LEAD, s.as_bytes()).is_some()
        && s.chars().any(|c| MENKSOFT_SHAPES.contains(&c))
}

/// `s` with every run of Menksoft shape codes converted to standard Unicode Mongolian
/// (GB/T 25914-2010 letters, the spelling the catalogue and locale files use); everything
/// else (Chinese, Latin, digits, Mongolian already in Unicode) is left as it is. Text
/// without a shape code is borrowed back untouched.
///
/// Shape codes name glyphs, not letters, and some glyphs stand for more than one letter (o
/// and u, t and d inside a word): the converter picks the usual reading, and search folds
/// o/u and drops variation selectors, so a name typed either way is still found.
pub fn menksoft_to_unicode(s: &str) -> Cow<'_, str> {
    if !has_menksoft(s) {
        return Cow::Borrowed(s);
    }
    let options = TranslationOptions {
        // Chat apps rewrite some shape codes as emoji and the converter can map them back;
        // a counter types into a terminal, not through a chat app, and a real emoji next to
        // a Menksoft name must not become a Mongolian letter.
        restore_menk_shape_emoji: false,
        repair_suffix_separators: false,
    };
    // MenkShape to MenkLetter fails only for an encoding pair the build does not support,
    // never for content (unknown codes pass through). Should it fail, the shape codes are
    // dropped rather than stored: the store keeps no vendor private-use code points.
    match translate_with_options(CodeType::MenkShape, CodeType::MenkLetter, s, &options) {
        Ok(converted) => Cow::Owned(drop_shapes(&converted.text)),
        Err(_) => Cow::Owned(drop_shapes(s)),
    }
}

/// How `s` reads once written in Menksoft's shape code and converted back: the reading a name
/// typed with a Menksoft input method gets from [`menksoft_to_unicode`]. Several letters
/// share a glyph (a and e inside a word, o u ö ü after the first syllable, t and d), so this
/// is not `s` itself; search keeps it beside the name so that such a query still meets it.
/// `None` when `s` holds no Mongolian letter or reads back unchanged.
pub fn menksoft_reading(s: &str) -> Option<String> {
    if !s.chars().any(|c| ('\u{1820}'..='\u{18AF}').contains(&c)) {
        return None;
    }
    let shapes = mongol_convert::translate(CodeType::MenkLetter, CodeType::MenkShape, s).ok()?;
    let reading = menksoft_to_unicode(&shapes).into_owned();
    (reading != s).then_some(reading)
}

/// Shape codes the converter passed through (the five it does not map, the block's tail)
/// removed, so that no private-use code of the block survives conversion.
fn drop_shapes(s: &str) -> String {
    if !has_menksoft(s) {
        return s.to_owned();
    }
    s.chars().filter(|c| !MENKSOFT_SHAPES.contains(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// ᠮᠣᠩᠭᠣᠯ as Menksoft's shape code writes it: the Java converter's own output for the
    /// word in mongol-convert's golden corpus (tests/golden/golden.tsv, Delehi → Menk_Shape).
    pub(crate) const MONGGOL_SHAPES: &str = "\u{E2F1}\u{E291}\u{E2BD}\u{E2D9}\u{E291}\u{E2F9}";

    #[test]
    fn a_known_menksoft_word_becomes_unicode() {
        assert_eq!(menksoft_to_unicode(MONGGOL_SHAPES), "ᠮᠣᠩᠭᠣᠯ");
    }

    /// A sentence of the golden corpus: words, Mongolian commas, spaces and a vowel
    /// separator, as the Java converter wrote them in both encodings.
    #[test]
    fn a_known_menksoft_sentence_becomes_unicode() {
        let shapes = "\u{E271}\u{E26C}\u{E2BD}\u{E2E7}\u{E26A}\u{E236} \
                      \u{E2FD}\u{E291}\u{E2BD}\u{E2D9}\u{E291}\u{E26C}\u{E26C}\u{E296}\u{E236} "
            .to_string()
            + MONGGOL_SHAPES;
        assert_eq!(
            menksoft_to_unicode(&shapes),
            "ᠠᠩᠬ\u{180E}ᠠ᠂ ᠰᠣᠩᠭᠣᠠᠠᠤ᠂ ᠮᠣᠩᠭᠣᠯ"
        );
    }

    #[test]
    fn chinese_latin_and_unicode_mongolian_around_shapes_stay() {
        let mixed = format!("乌云其其格 {MONGGOL_SHAPES}\u{202F}ᠤᠨ abc 123 ᠮᠣᠩᠭᠣᠯ");
        assert_eq!(
            menksoft_to_unicode(&mixed),
            "乌云其其格 ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ abc 123 ᠮᠣᠩᠭᠣᠯ"
        );
    }

    #[test]
    fn text_without_shapes_is_borrowed_back() {
        for s in [
            "",
            "乌云其其格",
            "ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ",
            "SOC-01",
            "\u{E000}\u{E233}",
        ] {
            assert!(matches!(menksoft_to_unicode(s), Cow::Borrowed(b) if b == s));
        }
    }

    #[test]
    fn a_reading_is_what_a_menksoft_typist_gets_back() {
        assert_eq!(menksoft_reading("ᠮᠣᠩᠭᠣᠯ"), None, "reads back as written");
        assert_eq!(menksoft_reading("最低生活保障"), None);
        let reading = menksoft_reading("ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ").unwrap();
        let typed = mongol_convert::translate(
            CodeType::MenkLetter,
            CodeType::MenkShape,
            "ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ",
        )
        .unwrap();
        assert!(has_menksoft(&typed));
        assert_eq!(menksoft_to_unicode(&typed), reading);
    }

    #[test]
    fn a_real_emoji_is_not_read_as_a_letter() {
        let s = format!("{MONGGOL_SHAPES} ♈");
        assert_eq!(menksoft_to_unicode(&s), "ᠮᠣᠩᠭᠣᠯ ♈");
    }

    proptest! {
        /// Whatever shape codes, Chinese, Latin, Unicode Mongolian, spaces and other private
        /// use characters are mixed, nothing of the block is left over.
        #[test]
        fn no_shape_code_survives(
            s in proptest::collection::vec(
                prop_oneof![
                    (0xE234u32..=0xE34F).prop_map(|c| char::from_u32(c).unwrap()),
                    prop::sample::select(vec!['低', 'a', ' ', 'ᠮ', '\u{202F}', '\u{180E}', '\u{E000}', '♈']),
                ],
                0..16,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let out = menksoft_to_unicode(&s);
            prop_assert!(!out.chars().any(|c| MENKSOFT_SHAPES.contains(&c)), "{:?}", out);
        }

        /// The shortcut: a text without a shape code is what the converter itself gives back.
        #[test]
        fn the_shortcut_agrees_with_the_converter(s in "[a-zA-Z0-9 低保字ᠮᠣᠩᠭᠯᠠ\u{202F}\u{180B}\u{180E}᠂]{0,24}") {
            let options = TranslationOptions {
                restore_menk_shape_emoji: false,
                repair_suffix_separators: false,
            };
            let full = translate_with_options(CodeType::MenkShape, CodeType::MenkLetter, &s, &options)
                .unwrap()
                .text;
            let shortcut = menksoft_to_unicode(&s);
            prop_assert_eq!(shortcut.as_ref(), full.as_str());
        }
    }
}
