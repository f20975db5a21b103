//! Editing one line of text at a caret, a grapheme at a time, and the part of a long line
//! that is shown around the caret.
use unicode_segmentation::UnicodeSegmentation;

use crate::domain::search::MAX_QUERY_CHARS;
use crate::domain::text::{clean_input, clean_typed, display_width, has_menksoft};

/// A caret as a byte offset into the text it edits, always on a grapheme boundary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Caret(pub usize);

/// One editing step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Insert(String),
    DeleteBack,
    DeleteForward,
    Left,
    Right,
    Home,
    End,
    Clear,
}

impl Caret {
    /// The caret at the end of `text`.
    pub fn at_end(text: &str) -> Caret {
        Caret(text.len())
    }

    /// Kept inside `text` and on a boundary, whatever changed the text meanwhile.
    pub fn within(self, text: &str) -> Caret {
        let mut at = self.0.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        Caret(at)
    }
}

/// Applies `edit` to `text` at `caret`, inserting at most up to `max_chars` characters in
/// all; inserted text is cleaned of control characters and escape sequences. Menksoft shape
/// codes are kept as typed: the text is converted whole ([`shown`]), since a shape code's
/// letter depends on its neighbours.
pub fn apply(text: &mut String, caret: &mut Caret, edit: &Edit, max_chars: usize) {
    let at = caret.within(text).0;
    match edit {
        Edit::Insert(raw) => {
            let clean = clean_typed(raw);
            let room = max_chars.saturating_sub(text.chars().count());
            let kept: String = clean.chars().take(room).collect();
            text.insert_str(at, &kept);
            *caret = Caret(at + kept.len());
        }
        Edit::DeleteBack => {
            let start = previous(text, at);
            text.replace_range(start..at, "");
            *caret = Caret(start);
        }
        Edit::DeleteForward => {
            let end = next(text, at);
            text.replace_range(at..end, "");
            *caret = Caret(at);
        }
        Edit::Left => *caret = Caret(previous(text, at)),
        Edit::Right => *caret = Caret(next(text, at)),
        Edit::Home => *caret = Caret(0),
        Edit::End => *caret = Caret(text.len()),
        Edit::Clear => {
            text.clear();
            *caret = Caret(0);
        }
    }
}

/// Adds typed `text` to the end of a search query, as much as keeps it within
/// [`MAX_QUERY_CHARS`] characters.
pub fn append_query(query: &mut String, text: &str) {
    let room = MAX_QUERY_CHARS.saturating_sub(query.chars().count());
    query.extend(text.chars().take(room));
}

/// Removes the last grapheme of `text`, if any.
pub fn pop_grapheme(text: &mut String) {
    text.truncate(previous(text, text.len()));
}

fn previous(text: &str, at: usize) -> usize {
    text[..at]
        .grapheme_indices(true)
        .next_back()
        .map_or(0, |(i, _)| i)
}

fn next(text: &str, at: usize) -> usize {
    text[at..]
        .graphemes(true)
        .next()
        .map_or(at, |g| at + g.len())
}

/// Text as typed (`raw`, perhaps with Menksoft shape codes) as it is kept and drawn: converted
/// whole, with the caret where the conversion of what precedes it ends. Shape codes read in
/// context, so the text before the caret converts to the start of the whole text's
/// conversion; where it does not quite, the caret is kept inside the text.
pub fn shown(raw: &str, caret: Caret) -> (String, Caret) {
    if !has_menksoft(raw) {
        return (raw.to_string(), caret.within(raw));
    }
    let text = clean_input(raw);
    let before = clean_input(&raw[..caret.within(raw).0]);
    let caret = Caret(before.len()).within(&text);
    (text, caret)
}

/// The part of `text` shown in `width` cells with the caret in view, and the caret's column
/// within it. A cell is kept free after the caret at the end, for the terminal cursor.
pub fn window(text: &str, caret: Caret, width: usize) -> (&str, usize) {
    let at = caret.within(text).0;
    let room = width.saturating_sub(1);
    let mut start = 0;
    let mut before = display_width(&text[..at]);
    for (i, g) in text[..at].grapheme_indices(true) {
        if before <= room {
            break;
        }
        before -= display_width(g);
        start = i + g.len();
    }
    let mut end = at;
    let mut used = before;
    for g in text[at..].graphemes(true) {
        let w = display_width(g);
        if used + w > width {
            break;
        }
        used += w;
        end += g.len();
    }
    (&text[start..end], before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_keeps_to_its_limit_and_loses_whole_graphemes() {
        let mut query = String::new();
        append_query(&mut query, &"甲".repeat(MAX_QUERY_CHARS + 5));
        assert_eq!(query.chars().count(), MAX_QUERY_CHARS);
        let mut text = String::from("ab\u{1820}\u{180B}");
        pop_grapheme(&mut text);
        assert_eq!(text, "ab");
        pop_grapheme(&mut text);
        assert_eq!(text, "a");
        let mut empty = String::new();
        pop_grapheme(&mut empty);
        assert_eq!(empty, "");
    }

    fn edited(steps: &[Edit]) -> (String, usize) {
        let mut text = String::new();
        let mut caret = Caret::default();
        for step in steps {
            apply(&mut text, &mut caret, step, 10);
        }
        (text, caret.0)
    }

    #[test]
    fn the_caret_moves_and_deletes_by_grapheme() {
        let (text, caret) = edited(&[
            Edit::Insert("乌云".into()),
            Edit::Left,
            Edit::Insert("x".into()),
            Edit::Home,
            Edit::DeleteForward,
            Edit::End,
            Edit::DeleteBack,
        ]);
        assert_eq!(text, "x");
        assert_eq!(caret, 1);
    }

    #[test]
    fn menksoft_is_kept_as_typed_and_shown_converted_whole() {
        // ᠮᠣᠩᠭᠣᠯ in Menksoft's shape code.
        let shapes = "\u{E2F1}\u{E291}\u{E2BD}\u{E2D9}\u{E291}\u{E2F9}";
        let mut text = String::new();
        let mut caret = Caret::default();
        for c in shapes.chars() {
            apply(&mut text, &mut caret, &Edit::Insert(c.to_string()), 40);
        }
        assert_eq!(text, shapes, "kept as typed");
        let (shown, at) = shown(&text, caret);
        assert_eq!(shown, "ᠮᠣᠩᠭᠣᠯ");
        assert_eq!(at, Caret(shown.len()), "the caret at the end stays there");
        let (_, start) = super::shown(&text, Caret(0));
        assert_eq!(start, Caret(0));
        let (plain, at) = super::shown("乌云", Caret(3));
        assert_eq!((plain.as_str(), at), ("乌云", Caret(3)));
    }

    #[test]
    fn inserted_text_is_cleaned_and_capped() {
        let (text, _) = edited(&[Edit::Insert("ab\u{1b}[31mcd\u{7}efghijklmn".into())]);
        assert_eq!(text, "abcdefghij");
    }

    #[test]
    fn a_long_line_is_shown_around_the_caret() {
        let text = "0123456789";
        assert_eq!(window(text, Caret(10), 5), ("6789", 4));
        assert_eq!(window(text, Caret(0), 5), ("01234", 0));
        assert_eq!(window("低保低保", Caret(12), 5), ("低保", 4));
    }
}
