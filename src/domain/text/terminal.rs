//! Anything echoed to a terminal that came from outside (arguments, environment, paths, stored
//! text, other programs' messages): cleaned of escapes and invisible characters and capped in
//! width, so it can neither drive the terminal nor flood it.
use std::path::Path;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::scrub;

/// Put where an echo was cut. ASCII, so it takes three cells in every terminal; `…` is
/// East-Asian-ambiguous and takes two in a CJK terminal.
pub const CUT_MARKER: &str = "...";

/// Cells a grapheme takes in a CJK terminal, where ambiguous characters are wide: never
/// fewer than in any other terminal, so a cap measured this way holds in both.
fn cells(g: &str) -> usize {
    g.width_cjk()
}

/// Width of `s` in the terminal where it is widest.
pub fn terminal_width(s: &str) -> usize {
    s.graphemes(true).map(cells).sum()
}

/// One line fit to echo: escape sequences, controls, bidi overrides and isolates, and
/// zero-width characters removed (line breaks and tabs become spaces; NNBSP and the Mongolian
/// variation selectors and vowel separator stay), then cut to `max_cols` cells with
/// [`CUT_MARKER`] when longer.
pub fn for_terminal(s: &str, max_cols: usize) -> String {
    cap(&scrub(s), max_cols)
}

/// Cells an echoed path may take: more than a typed value, as folders nest.
const PATH_COLS: usize = 100;

/// A path fit to echo: as [`for_terminal`], after a lossy conversion of what is not UTF-8.
pub fn path_for_terminal(path: &Path) -> String {
    for_terminal(&path.to_string_lossy(), PATH_COLS)
}

/// A block of lines fit to echo: each line cleaned and capped as by [`for_terminal`], and at
/// most `max_lines` lines, the last being [`CUT_MARKER`] when some were left out.
pub fn lines_for_terminal(s: &str, max_cols: usize, max_lines: usize) -> String {
    let stripped = super::escape::strip_escape_sequences(s);
    let all: Vec<&str> = stripped.split('\n').collect();
    let mut lines: Vec<String> = all
        .iter()
        .take(max_lines)
        .map(|line| for_terminal(line.strip_suffix('\r').unwrap_or(line), max_cols))
        .collect();
    if all.len() > max_lines {
        lines.pop();
        if max_lines > 0 {
            lines.push(CUT_MARKER.to_string());
        }
    }
    lines.join("\n")
}

fn cap(s: &str, max_cols: usize) -> String {
    if terminal_width(s) <= max_cols {
        return s.to_string();
    }
    let marker = if max_cols >= CUT_MARKER.len() {
        CUT_MARKER
    } else {
        ""
    };
    let room = max_cols - marker.len();
    let mut used = 0;
    let mut out = String::new();
    for g in s.graphemes(true) {
        used += cells(g);
        if used > room {
            break;
        }
        out.push_str(g);
    }
    out.push_str(marker);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_controls_and_bidi_marks_are_not_echoed() {
        assert_eq!(for_terminal("mn\u{1b}[2J\u{1b}]0;x\u{7}", 40), "mn");
        assert_eq!(
            for_terminal("a\u{0}b\u{7f}c\u{85}d\u{9b}31me", 40),
            "abc de"
        );
        for mark in [
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{202E}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{200B}',
            '\u{200D}',
            '\u{FEFF}',
            '\u{AD}',
            '\u{E0041}',
        ] {
            assert_eq!(for_terminal(&format!("ab{mark}c"), 40), "abc", "{mark:?}");
        }
    }

    #[test]
    fn line_breaks_and_tabs_become_spaces() {
        assert_eq!(for_terminal("a\nb\r\nc\td\u{2028}e", 40), "a b  c d e");
    }

    #[test]
    fn mongolian_spelling_marks_survive() {
        let word = "ᠲᠣᠭ᠎ᠠ ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ ᠭ\u{180B}ᠠ ᠠ\u{180F}";
        assert_eq!(for_terminal(word, 80), word);
    }

    #[test]
    fn long_values_are_cut_with_an_ascii_marker() {
        assert_eq!(for_terminal("abcdefghij", 8), "abcde...");
        assert_eq!(for_terminal("最低生活保障", 8), "最低...");
        assert_eq!(for_terminal("最低生活保障", 9), "最低生...");
        assert_eq!(for_terminal("abcdef", 2), "ab");
        assert_eq!(for_terminal("abcdef", 6), "abcdef");
    }

    #[test]
    fn ambiguous_characters_count_as_wide() {
        // “ and ” take two cells in a CJK terminal: ten of them do not fit in twelve.
        assert_eq!(for_terminal(&"“”".repeat(5), 12), "“”“”...");
    }

    #[cfg(unix)]
    #[test]
    fn paths_are_cleaned_and_capped() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"/srv/\xff\x1b[31mdesk"));
        assert_eq!(path_for_terminal(path), "/srv/\u{FFFD}desk");
        let deep = Path::new("/a").join("b".repeat(300));
        assert_eq!(terminal_width(&path_for_terminal(&deep)), PATH_COLS);
    }

    #[test]
    fn blocks_keep_their_lines_and_cap_each_and_the_count() {
        let text = "error: \u{1b}[1mbad\u{1b}[0m\r\n\nUsage: x\n";
        assert_eq!(lines_for_terminal(text, 40, 10), "error: bad\n\nUsage: x\n");
        let long = format!("error: '{}'\ntip", "x".repeat(1000));
        let shown = lines_for_terminal(&long, 20, 10);
        assert_eq!(shown, "error: 'xxxxxxxxx...\ntip");
        assert_eq!(lines_for_terminal("1\n2\n3\n4", 80, 3), "1\n2\n...");
        assert_eq!(lines_for_terminal("1\n2\n3", 80, 3), "1\n2\n3");
    }

    #[test]
    fn an_escape_string_across_lines_goes_whole() {
        assert_eq!(lines_for_terminal("a\u{1b}]0;x\ny\u{7}b", 80, 10), "ab");
    }

    proptest! {
        #[test]
        fn echoes_are_clean_and_capped(s in any::<String>(), max in 0usize..60) {
            let out = for_terminal(&s, max);
            prop_assert!(terminal_width(&out) <= max, "{:?}", out);
            prop_assert!(!out.chars().any(|c| c.is_control()), "{:?}", out);
            prop_assert!(!out.chars().any(super::super::is_invisible), "{:?}", out);
        }

        #[test]
        fn clean_short_values_are_echoed_unchanged(s in "[a-zA-Z0-9 低保ᠮᠣᠩᠭᠯ\u{202F}\u{180E}-]{0,20}") {
            prop_assert_eq!(for_terminal(&s, 40), s);
        }

        #[test]
        fn blocks_are_clean_and_capped(s in any::<String>(), max in 3usize..60, lines in 1usize..8) {
            let out = lines_for_terminal(&s, max, lines);
            prop_assert!(out.split('\n').count() <= lines);
            for line in out.split('\n') {
                prop_assert!(terminal_width(line) <= max, "{:?}", line);
                prop_assert!(!line.chars().any(|c| c.is_control()), "{:?}", line);
            }
        }
    }
}
