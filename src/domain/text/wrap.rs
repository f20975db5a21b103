//! Wrapping for terminal panes after the Unicode line-breaking rules (UAX #14): Chinese breaks
//! between characters but never before closing punctuation nor after an opening bracket,
//! Mongolian and Latin words stay whole, and NNBSP and the vowel separator hold a suffix to
//! its word. Lines are filled greedily, measured per grapheme, ending after a clause's
//! punctuation when that leaves them nearly full.
use unicode_linebreak::{BreakClass, BreakOpportunity, break_property, linebreaks};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Splits `s` into lines of at most `width` cells. A word wider than the line is cut between
/// graphemes, avoiding a cut beside punctuation or glue where the word allows it; only a
/// single grapheme wider than `width` makes a line wider than `width`.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let text = s.trim();
    let breaks: Vec<(usize, BreakOpportunity)> = linebreaks(text).collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start, width, &breaks);
        lines.push(
            text[start..end]
                .trim_end_matches(is_trailing_space)
                .to_string(),
        );
        start = end + leading_spaces(&text[end..]);
    }
    lines
}

/// Spaces a line may end in and lose: not the no-break spaces, which glue.
fn is_trailing_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

fn leading_spaces(s: &str) -> usize {
    s.len() - s.trim_start_matches(' ').len()
}

/// Where the line that starts at `start` ends: at a mandatory break; else after a space or
/// a clause's punctuation if that leaves the line at least two-thirds full, so a clause is not
/// split for a few cells; else at the last break opportunity that still fits; else where the
/// overflowing grapheme starts.
fn line_end(text: &str, start: usize, width: usize, breaks: &[(usize, BreakOpportunity)]) -> usize {
    let mut used = 0;
    let mut fit = None;
    let mut clause_end = None;
    let mut next_break = breaks.partition_point(|(at, _)| *at <= start);
    for (offset, g) in text[start..].grapheme_indices(true) {
        let at = start + offset;
        let cells = g.width();
        let is_space = g.chars().all(is_trailing_space);
        if !is_space && used + cells > width {
            return match clause_end {
                Some((end, filled)) if filled * 3 >= width * 2 => end,
                _ => fit.unwrap_or_else(|| forced_end(text, start, at)),
            };
        }
        used += cells;
        let end = at + g.len();
        while breaks.get(next_break).is_some_and(|(b, _)| *b < end) {
            next_break += 1;
        }
        match breaks.get(next_break) {
            Some((b, BreakOpportunity::Mandatory)) if *b == end => return end,
            Some((b, BreakOpportunity::Allowed)) if *b == end => {
                fit = Some(end);
                if ends_clause(g) {
                    clause_end = Some((end, used));
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// A space or the punctuation that ends a clause: a natural place to end a line.
fn ends_clause(g: &str) -> bool {
    matches!(
        g,
        " " | "，" | "、" | "；" | "。" | "：" | "！" | "？" | "᠂" | "᠃"
    )
}

/// A cut inside a run with no break opportunity: just before the grapheme at `overflow`, or
/// further back if that would open a line with closing punctuation, end one with an opening
/// bracket, or part glue from what it holds; the first grapheme always stays on the line.
fn forced_end(text: &str, start: usize, overflow: usize) -> usize {
    let first = start + text[start..].graphemes(true).next().map_or(0, str::len);
    if overflow <= first {
        return first;
    }
    let mut cut = overflow;
    while cut > first && !is_fair_cut(text, cut) {
        cut = text[start..cut]
            .grapheme_indices(true)
            .next_back()
            .map_or(first, |(at, _)| start + at);
    }
    if cut > first || is_fair_cut(text, cut) {
        cut
    } else {
        overflow
    }
}

fn is_fair_cut(text: &str, cut: usize) -> bool {
    let before = text[..cut].chars().next_back().map(class);
    let after = text[cut..].chars().next().map(class);
    !matches!(
        after,
        Some(
            BreakClass::ClosePunctuation
                | BreakClass::CloseParenthesis
                | BreakClass::Exclamation
                | BreakClass::InfixSeparator
                | BreakClass::NonStarter
                | BreakClass::NonBreakingGlue
        )
    ) && !matches!(
        before,
        Some(BreakClass::OpenPunctuation | BreakClass::NonBreakingGlue)
    )
}

fn class(c: char) -> BreakClass {
    break_property(c.into())
}

#[cfg(test)]
mod tests {
    use super::super::display_width;
    use super::*;
    use proptest::prelude::*;

    fn starts_badly(line: &str) -> bool {
        line.chars().next().is_some_and(|c| {
            matches!(
                class(c),
                BreakClass::ClosePunctuation
                    | BreakClass::CloseParenthesis
                    | BreakClass::Exclamation
                    | BreakClass::InfixSeparator
                    | BreakClass::NonStarter
            )
        })
    }

    fn ends_badly(line: &str) -> bool {
        line.chars()
            .next_back()
            .is_some_and(|c| class(c) == BreakClass::OpenPunctuation)
    }

    #[test]
    fn mongolian_words_and_suffixes_stay_whole() {
        let s = "ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ\u{202F}ᠦᠨ ᠰᠤᠷᠤᠭᠴᠢᠳ\u{202F}ᠤᠨ ᠲᠡᠳᠬᠦᠮᠵᠢ";
        assert_eq!(
            wrap(s, 17)[0],
            "ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ\u{202F}ᠦᠨ",
            "a line is filled when the words fit"
        );
        assert_eq!(
            wrap(s, 16),
            [
                "ᠰᠤᠷᠭᠠᠨ",
                "ᠬᠦᠮᠦᠵᠢᠯ\u{202F}ᠦᠨ",
                "ᠰᠤᠷᠤᠭᠴᠢᠳ\u{202F}ᠤᠨ",
                "ᠲᠡᠳᠬᠦᠮᠵᠢ"
            ]
        );
        assert_eq!(wrap("ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ ᠠᠮᠢ", 9), ["ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ", "ᠠᠮᠢ"]);
    }

    #[test]
    fn a_mongolian_word_before_punctuation_stays_whole() {
        let s = "ᠲᠥᠯᠥᠪᠥᠷᠢ\u{202F}ᠶᠢ ᠴᠢᠯᠦᠭᠡᠯᠡᠵᠦ᠂ ᠰᠤᠷᠬᠤ";
        assert_eq!(wrap(s, 20), ["ᠲᠥᠯᠥᠪᠥᠷᠢ\u{202F}ᠶᠢ", "ᠴᠢᠯᠦᠭᠡᠯᠡᠵᠦ᠂ ᠰᠤᠷᠬᠤ"]);
    }

    #[test]
    fn closing_punctuation_never_opens_a_line() {
        assert_eq!(wrap("一二三四五。六七", 10), ["一二三四", "五。六七"]);
        assert_eq!(wrap("一二三四五》，六七", 10), ["一二三四", "五》，六七"]);
        assert_eq!(wrap("一二三四五）：六", 10), ["一二三四", "五）：六"]);
    }

    #[test]
    fn an_opening_bracket_never_ends_a_line() {
        assert_eq!(wrap("一二三四《五六》", 10), ["一二三四", "《五六》"]);
        assert_eq!(wrap("一二三（四五）", 8), ["一二三", "（四五）"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_between_graphemes() {
        let word = "ᠭ\u{180B}ᠠᠭ\u{180B}ᠠᠭ\u{180B}ᠠ";
        let lines = wrap(word, 4);
        assert_eq!(lines, ["ᠭ\u{180B}ᠠᠭ\u{180B}ᠠ", "ᠭ\u{180B}ᠠ"]);
        assert_eq!(wrap("低保", 1), ["低", "保"]);
    }

    #[test]
    fn a_forced_cut_keeps_glue_and_punctuation_with_their_neighbours() {
        // No break opportunity anywhere in the run: the cut moves back off the NNBSP.
        assert_eq!(wrap("ᠠᠠᠠ\u{202F}ᠤᠨ", 4), ["ᠠᠠ", "ᠠ\u{202F}ᠤᠨ"]);
        assert_eq!(wrap("abc.def", 3), ["ab", "c.d", "ef"]);
    }

    #[test]
    fn line_breaks_in_the_text_end_lines() {
        assert_eq!(wrap("低保\n残疾人", 40), ["低保", "残疾人"]);
    }

    #[test]
    fn chinese_fills_every_line() {
        let s = "生活困难、靠家庭供养且无法单独立户的成年无业重度残疾人，经个人申请";
        let lines = wrap(s, 10);
        assert!(lines.iter().all(|l| display_width(l) <= 10), "{lines:?}");
        assert!(lines.iter().all(|l| !starts_badly(l)), "{lines:?}");
        assert_eq!(lines.concat(), s);
        assert_eq!(lines[0], "生活困难、");
        assert_eq!(lines[1], "靠家庭供养");
    }

    /// Chinese tokens whose unbreakable runs are at most three characters (six cells).
    fn chinese() -> impl Strategy<Value = String> {
        let token = prop::sample::select(vec![
            "低",
            "保",
            "残",
            "疾",
            "人",
            "字，",
            "字。",
            "字、",
            "字；",
            "字：",
            "（字",
            "字）",
            "《字》",
            "「字」",
            "字！",
            "字？",
        ]);
        prop::collection::vec(token, 0..40).prop_map(|t| t.concat())
    }

    /// Mongolian words, some with a suffix after NNBSP, one space apart.
    fn mongolian() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "ᠮᠣᠩᠭᠣᠯ",
            "ᠮᠣᠩᠭᠣᠯ\u{202F}ᠤᠨ",
            "ᠠᠮᠢᠳᠤᠷᠠᠯ\u{202F}ᠤᠨ",
            "ᠪᠠᠲᠤᠯᠠᠭ\u{180E}ᠠ",
            "ᠲᠤᠰᠠᠯᠠᠮᠵᠢ᠂",
            "ᠪᠤᠶᠤ",
        ]);
        prop::collection::vec(word, 0..20).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn lines_fit_and_lose_nothing(s in "[a-z 低保残疾人，。（）《》ᠮᠣᠩᠭᠯ\u{202F}\u{180E}\n]{0,80}", width in 1usize..30) {
            let lines = wrap(&s, width);
            for line in &lines {
                prop_assert!(display_width(line) <= width.max(2), "{:?}", lines);
            }
            let kept: String = lines.concat().chars().filter(|c| !c.is_whitespace()).collect();
            let given: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert_eq!(kept, given);
        }

        #[test]
        fn chinese_lines_follow_the_punctuation_rules(s in chinese(), width in 6usize..40) {
            let lines = wrap(&s, width);
            prop_assert_eq!(lines.concat(), s);
            for line in &lines {
                prop_assert!(display_width(line) <= width, "{:?}", lines);
                prop_assert!(!starts_badly(line), "{:?}", lines);
                prop_assert!(!ends_badly(line), "{:?}", lines);
            }
        }

        #[test]
        fn mongolian_breaks_only_between_words(s in mongolian(), width in 14usize..60) {
            let lines = wrap(&s, width);
            prop_assert_eq!(lines.join(" "), s);
            for line in &lines {
                prop_assert!(display_width(line) <= width, "{:?}", lines);
                prop_assert!(!line.starts_with(['\u{202F}', '\u{180E}']), "{:?}", lines);
                prop_assert!(!line.ends_with(['\u{202F}', '\u{180E}']), "{:?}", lines);
            }
        }
    }
}
