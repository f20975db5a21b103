//! Text hygiene for anything typed, pasted or echoed: NFC, no control characters, no escape
//! sequences, no invisible format characters, no Menksoft shape codes; comparison keys (NFKC);
//! and display-width helpers that measure graphemes, never bytes.
use std::borrow::Cow;
use std::str::Chars;

use unicode_normalization::{Recompositions, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

mod escape;
#[cfg(test)]
mod fast_paths;
mod menksoft;
mod normal;
mod terminal;
mod wrap;

pub use escape::strip_escape_sequences;
pub use menksoft::{MENKSOFT_SHAPES, has_menksoft, menksoft_reading, menksoft_to_unicode};
pub use terminal::{
    CUT_MARKER, for_terminal, lines_for_terminal, path_for_terminal, terminal_width,
};
pub use wrap::wrap;

/// Line and paragraph breaks a terminal or a later reader may act on.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Format characters (general category Cf) other than the Mongolian free variation selectors
/// and vowel separator (U+180B–U+180F), which the spelling needs: bidi embeddings, overrides,
/// isolates and marks, zero-width spaces and joiners, the byte-order mark, the soft hyphen,
/// tags. None of them is needed in Chinese or Mongolian text, and in a terminal they reorder
/// or hide what is shown, or throw off the count of cells.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{600}'..='\u{605}'
            | '\u{61C}'
            | '\u{6DD}'
            | '\u{70F}'
            | '\u{890}'..='\u{891}'
            | '\u{8E2}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Characters that carry no letter and must not reach a terminal or a store: controls and
/// the format characters of [`is_format`].
pub fn is_invisible(c: char) -> bool {
    // Printable ASCII, Latin, Cyrillic, Mongolian, CJK and full-width forms hold no control
    // or format character: answered here without walking the list.
    match c {
        ' '..='~' | '\u{AE}'..='\u{5FF}' | '\u{8E3}'..='\u{200A}' | '\u{2070}'..='\u{FEFE}' => {
            false
        }
        _ => c.is_control() || is_format(c),
    }
}

/// True when [`scrub`] would hand `s` back unchanged: nothing invisible (escape sequences start
/// with a control character; tabs and all line breaks but two are controls too) and neither
/// of the two visible line breaks.
fn is_scrubbed(s: &str) -> bool {
    !s.chars()
        .any(|c| is_invisible(c) || matches!(c, '\u{2028}' | '\u{2029}'))
}

/// Escape sequences and invisible characters removed; line breaks and tabs become spaces.
fn scrub(s: &str) -> String {
    // Typed and stored text is nearly always clean already; one pass tells.
    if is_scrubbed(s) {
        return s.to_owned();
    }
    strip_escape_sequences(s)
        .chars()
        .map(|c| {
            if c == '\t' || is_line_break(c) {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !is_invisible(*c))
        .collect()
}

/// Cleans typed or pasted text before it is stored or drawn: escape sequences, control and
/// invisible format characters removed, tabs and line breaks turned into spaces, Menksoft
/// shape codes converted to Unicode Mongolian, NFC-normalised.
///
/// Shape codes are read in context (a glyph's letter depends on its neighbours), so a text
/// field converts best when it is cleaned whole, not one typed character at a time.
pub fn clean_input(s: &str) -> String {
    let mut text = scrub(s);
    if let Cow::Owned(converted) = menksoft_to_unicode(&text) {
        text = converted;
    }
    nfc(text)
}

/// Cleans typed text as [`clean_input`] does but keeps Menksoft shape codes as they are: for a
/// field being edited, which keeps what was typed and is converted whole by `clean_input`.
pub fn clean_typed(s: &str) -> String {
    nfc(scrub(s))
}

fn nfc(text: String) -> String {
    if normal::is_nfc(&text) {
        return text;
    }
    text.nfc().collect()
}

/// Dashes an input method types where an ASCII hyphen is meant.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// The characters of `s` as ids and search keys compare them: NFKC, so full-width Latin
/// letters and digits are ASCII and compatibility forms are their plain letters, and no
/// invisible characters, so a zero-width joiner pasted inside 低保 is no obstacle. NFKC also
/// turns NNBSP into a space: this is for comparing, never for text that is kept or shown.
pub fn key_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    KeyChars::new(s).filter(|c| !is_invisible(*c))
}

/// The characters of a string in NFKC: the string's own when the quick check says it is in
/// NFKC already (plain Chinese, Mongolian without NNBSP, ASCII), normalised otherwise.
enum KeyChars<'a> {
    AsIs(Chars<'a>),
    Normalised(Recompositions<Chars<'a>>),
}

impl<'a> KeyChars<'a> {
    fn new(s: &'a str) -> KeyChars<'a> {
        if normal::is_nfkc(s) {
            KeyChars::AsIs(s.chars())
        } else {
            KeyChars::Normalised(s.nfkc())
        }
    }
}

impl Iterator for KeyChars<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match self {
            KeyChars::AsIs(chars) => chars.next(),
            KeyChars::Normalised(chars) => chars.next(),
        }
    }
}

/// Display width in terminal cells, summed per grapheme.
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// The longest prefix of `s` that fits in `max` cells, cut on a grapheme boundary.
pub fn truncate_to_width(s: &str, max: usize) -> &str {
    let mut used = 0;
    for (at, g) in s.grapheme_indices(true) {
        let w = g.width();
        if used + w > max {
            return &s[..at];
        }
        used += w;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escape_sequences_and_controls_are_removed() {
        assert_eq!(clean_input("低\u{1b}[31m保\u{1b}[0m"), "低保");
        assert_eq!(clean_input("a\u{1b}]0;title\u{7}b"), "ab");
        assert_eq!(clean_input("a\u{1b}]8;;x\u{1b}\\b"), "ab");
        assert_eq!(clean_input("a\u{0}b\u{7f}c\u{202E}d"), "abcd");
        assert_eq!(clean_input("line\nbreak\ttab"), "line break tab");
    }

    #[test]
    fn zero_width_and_bidi_characters_are_removed() {
        assert_eq!(clean_input("低\u{200D}保"), "低保");
        assert_eq!(
            clean_input("\u{FEFF}\u{2066}SOC\u{2069}\u{200B}-01"),
            "SOC-01"
        );
    }

    #[test]
    fn mongolian_format_characters_survive() {
        let word = "ᠨᠡᠷ\u{180E}ᠡ ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ ᠭ\u{180B}ᠠ";
        assert_eq!(clean_input(word), word);
    }

    #[test]
    fn input_is_nfc_normalised() {
        assert_eq!(clean_input("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn keys_are_nfkc_without_invisible_characters() {
        let key = |s: &str| key_chars(s).collect::<String>();
        assert_eq!(key("ＥＤＵ－０１"), "EDU-01");
        assert_eq!(key("低\u{200D}保"), "低保");
        assert_eq!(key("ｄｉｂａｏ"), "dibao");
    }

    #[test]
    fn widths_count_cells_not_bytes() {
        assert_eq!(display_width("低保"), 4);
        assert_eq!(display_width("ab"), 2);
        assert_eq!(truncate_to_width("最低生活保障", 5), "最低");
    }

    proptest! {
        #[test]
        fn cleaned_text_has_no_controls(s in any::<String>()) {
            let out = clean_input(&s);
            prop_assert!(!out.chars().any(is_invisible), "{:?}", out);
        }
    }
}
