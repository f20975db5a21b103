//! Text hygiene for anything typed or pasted: NFC, no control characters, no escape sequences,
//! and display-width helpers that measure graphemes, never bytes.
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';

/// Format characters that are safe to keep because the Mongolian script needs them:
/// free variation selectors, the vowel separator, and the joiners.
fn is_wanted_format_char(c: char) -> bool {
    matches!(c, '\u{180B}'..='\u{180F}' | '\u{200C}' | '\u{200D}')
}

/// Bidi controls and other invisible format characters that would corrupt terminal cells.
fn is_unwanted_format_char(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
    ) && !is_wanted_format_char(c)
}

/// Drops ANSI/VT escape sequences (CSI, OSC, two-character escapes) from `s`.
fn strip_escape_sequences(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != ESC && c != '\u{9b}' {
            out.push(c);
            continue;
        }
        let kind = if c == '\u{9b}' {
            Some('[')
        } else {
            chars.next()
        };
        match kind {
            // CSI: parameters and intermediates, then one final byte in @..~.
            Some('[') => {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            // OSC, DCS, SOS, PM, APC: up to BEL or ESC \.
            Some(']' | 'P' | 'X' | '^' | '_') => {
                while let Some(c) = chars.next() {
                    if c == BEL || (c == ESC && chars.next_if_eq(&'\\').is_some()) {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Cleans typed or pasted text before it is stored or drawn: escape sequences and control
/// characters removed, tabs and line breaks turned into spaces, NFC-normalised.
pub fn clean_input(s: &str) -> String {
    strip_escape_sequences(s)
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control() && !is_unwanted_format_char(*c))
        .nfc()
        .collect()
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

/// Splits `s` into lines of at most `width` cells, on grapheme boundaries, preferring to break
/// after a space or CJK punctuation when one is near.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let fit = truncate_to_width(rest, width);
        if fit.len() == rest.len() {
            lines.push(rest.to_string());
            break;
        }
        let fit = if fit.is_empty() {
            first_grapheme(rest)
        } else {
            fit
        };
        let cut = break_point(rest, fit);
        lines.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    lines
}

fn first_grapheme(s: &str) -> &str {
    s.graphemes(true).next().unwrap_or(s)
}

fn is_mongolian_letter(c: char) -> bool {
    ('\u{1820}'..='\u{18AF}').contains(&c) || ('\u{180B}'..='\u{180F}').contains(&c)
}

/// Punctuation that must not start a line.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '，' | '、'
            | '；'
            | '。'
            | '：'
            | '）'
            | '」'
            | '”'
            | '᠂'
            | '᠃'
            | ','
            | '.'
            | ')'
            | ';'
            | ':'
    )
}

/// Where to end the line that `fit` (a prefix of `rest`) would fill. Chinese may break
/// anywhere, preferably after punctuation near the end; no line starts with closing
/// punctuation; Mongolian words are kept whole, never broken inside a word or at the no-break
/// space before a suffix.
fn break_point(rest: &str, fit: &str) -> usize {
    let mut cut = soft_break(fit).unwrap_or(fit.len());
    while rest[cut..].chars().next().is_some_and(is_closing) && cut > first_grapheme(rest).len() {
        cut = fit[..cut]
            .grapheme_indices(true)
            .next_back()
            .map_or(cut, |(at, _)| at);
    }
    if splits_mongolian_word(rest, cut) {
        if let Some(space) = rest[..cut].rfind(' ').filter(|at| *at > 0) {
            cut = space + 1;
        }
    }
    cut
}

fn splits_mongolian_word(rest: &str, cut: usize) -> bool {
    let before = rest[..cut].chars().next_back();
    let after = rest[cut..].chars().next();
    let joins = |c: Option<char>| c.is_some_and(|c| is_mongolian_letter(c) || c == '\u{202F}');
    joins(before) && (joins(after) || after.is_some_and(is_closing))
}

/// A break point in the last third of `fit`: after a space or a CJK comma or stop.
fn soft_break(fit: &str) -> Option<usize> {
    let floor = fit.len() * 2 / 3;
    fit.char_indices()
        .filter(|(at, c)| {
            *at >= floor && matches!(c, ' ' | '，' | '、' | '；' | '。' | '：' | '᠂' | '᠃')
        })
        .map(|(at, c)| at + c.len_utf8())
        .rfind(|cut| *cut > 0)
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
    fn mongolian_format_characters_survive() {
        let word = "ᠨᠡᠷ\u{180E}ᠡ ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ";
        assert_eq!(clean_input(word), word);
    }

    #[test]
    fn input_is_nfc_normalised() {
        assert_eq!(clean_input("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn widths_count_cells_not_bytes() {
        assert_eq!(display_width("低保"), 4);
        assert_eq!(display_width("ab"), 2);
        assert_eq!(truncate_to_width("最低生活保障", 5), "最低");
    }

    #[test]
    fn wrap_keeps_mongolian_words_and_suffixes_whole() {
        let s = "ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ\u{202F}ᠦᠨ ᠰᠤᠷᠤᠭᠴᠢᠳ\u{202F}ᠤᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ";
        let lines = wrap(s, 16);
        assert!(lines.iter().all(|l| display_width(l) <= 16), "{lines:?}");
        assert_eq!(
            lines,
            [
                "ᠰᠤᠷᠭᠠᠨ",
                "ᠬᠦᠮᠦᠵᠢᠯ\u{202F}ᠦᠨ",
                "ᠰᠤᠷᠤᠭᠴᠢᠳ\u{202F}ᠤᠨ",
                "ᠲᠡᠳᠬᠦᠮᠵᠢ"
            ]
        );
    }

    #[test]
    fn a_mongolian_word_before_punctuation_stays_whole() {
        let s = "ᠲᠥᠯᠥᠪᠥᠷᠢ\u{202F}ᠶᠢ ᠴᠢᠯᠦᠭᠡᠯᠡᠵᠦ᠂ ᠰᠤᠷᠬᠤ";
        let lines = wrap(s, 20);
        assert_eq!(lines, ["ᠲᠥᠯᠥᠪᠥᠷᠢ\u{202F}ᠶᠢ", "ᠴᠢᠯᠦᠭᠡᠯᠡᠵᠦ᠂ ᠰᠤᠷᠬᠤ"]);
    }

    #[test]
    fn no_line_starts_with_closing_punctuation() {
        let lines = wrap("一二三四五。六七", 10);
        assert!(lines.iter().all(|l| !l.starts_with('。')), "{lines:?}");
        assert_eq!(lines.concat(), "一二三四五。六七");
    }

    #[test]
    fn wrap_keeps_every_grapheme_and_respects_width() {
        let s = "生活困难、靠家庭供养且无法单独立户的成年无业重度残疾人，经个人申请";
        let lines = wrap(s, 10);
        assert!(lines.iter().all(|l| display_width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat(), s);
    }

    proptest! {
        #[test]
        fn cleaned_text_has_no_controls(s in any::<String>()) {
            let out = clean_input(&s);
            prop_assert!(!out.chars().any(|c| c.is_control()));
            prop_assert!(!out.contains(ESC), "escape left in {:?}", out);
        }

        #[test]
        fn wrapped_lines_fit(s in "[a-z 低保残疾人，ᠮᠣᠩᠭᠣᠯ]{0,80}", width in 1usize..30) {
            for line in wrap(&s, width) {
                prop_assert!(display_width(&line) <= width.max(2));
            }
        }
    }
}
