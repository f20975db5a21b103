//! The shortcuts in text hygiene (already clean, already NFC or NFKC, common ranges known to
//! hold no invisible character) give exactly what the plain definitions give.
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::escape::strip_escape_sequences;
use super::normal::is_plain_starter;
use super::{
    clean_input, is_format, is_invisible, is_line_break, key_chars, menksoft_to_unicode, scrub,
};

fn plain_is_invisible(c: char) -> bool {
    c.is_control() || is_format(c)
}

fn plain_scrub(s: &str) -> String {
    strip_escape_sequences(s)
        .chars()
        .map(|c| {
            if c == '\t' || is_line_break(c) {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !plain_is_invisible(*c))
        .collect()
}

fn plain_clean_input(s: &str) -> String {
    menksoft_to_unicode(&plain_scrub(s)).nfc().collect()
}

fn plain_key(s: &str) -> String {
    s.nfkc().filter(|c| !plain_is_invisible(*c)).collect()
}

/// Text made of what counters type and paste, and of what the shortcuts must notice:
/// escapes, controls, format characters, combining marks, compatibility forms, Hangul jamo.
fn counter_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "a",
        "Z",
        "9",
        " ",
        "-",
        "低",
        "保",
        "字",
        "ᠮ",
        "ᠣ",
        "ᠯ",
        "\u{202F}",
        "\u{180B}",
        "\u{180E}",
        "\u{200D}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{2066}",
        "\u{AD}",
        "\u{1b}",
        "[",
        "]",
        "3",
        "1m",
        "\u{7}",
        "\u{9b}",
        "\u{9c}",
        "\t",
        "\n",
        "\r",
        "\u{2028}",
        "\u{85}",
        "e",
        "\u{301}",
        "\u{e9}",
        "\u{327}",
        "Å",
        "\u{212B}",
        "ｄ",
        "Ｅ",
        "０",
        "－",
        "\u{3000}",
        "ﬁ",
        "①",
        "\u{1100}",
        "\u{1161}",
        "\u{11A8}",
        "가",
        "\u{F900}",
        "ǅ",
        "\u{E0041}",
        "\u{E2F1}",
        "\u{E291}",
        "\u{E2BD}",
        "\u{E2D9}",
        "\u{E2F9}",
        "\u{E236}",
    ]);
    prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

#[test]
fn invisible_characters_are_the_defined_ones_everywhere() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(is_invisible(c), plain_is_invisible(c), "U+{:04X}", c as u32);
    }
}

#[test]
fn plain_starters_are_normalised_starters() {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{IsNormalized, is_nfc_quick, is_nfkc_quick};
    let plain = (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| is_plain_starter(*c));
    for c in plain {
        let one = || std::iter::once(c);
        assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", c as u32);
        assert_eq!(is_nfc_quick(one()), IsNormalized::Yes, "U+{:04X}", c as u32);
        assert_eq!(
            is_nfkc_quick(one()),
            IsNormalized::Yes,
            "U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn clean_text_comes_back_as_it_was() {
    for s in [
        "dibao",
        "最低生活保障",
        "ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ ᠭ\u{180B}ᠠ",
        "ＳＯＣ－０１",
        "",
    ] {
        assert_eq!(scrub(s), s);
        assert_eq!(clean_input(s), plain_clean_input(s), "{s:?}");
        assert_eq!(key_chars(s).collect::<String>(), plain_key(s), "{s:?}");
    }
}

proptest! {
    #[test]
    fn cleaning_is_the_plain_definition(s in counter_text()) {
        prop_assert_eq!(scrub(&s), plain_scrub(&s));
        prop_assert_eq!(clean_input(&s), plain_clean_input(&s));
    }

    #[test]
    fn keys_are_the_plain_definition(s in counter_text()) {
        prop_assert_eq!(key_chars(&s).collect::<String>(), plain_key(&s));
    }

    #[test]
    fn any_text_cleans_and_keys_as_defined(s in any::<String>()) {
        prop_assert_eq!(clean_input(&s), plain_clean_input(&s));
        prop_assert_eq!(key_chars(&s).collect::<String>(), plain_key(&s));
    }
}
