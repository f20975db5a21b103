//! Drawing single lines. Everything goes through `Line`/`Span` rendering, which keeps
//! zero-width Mongolian format characters (FVS, MVS) attached to their letters, where
//! `Buffer::set_string` and `Paragraph` would drop them.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::text::{display_width, truncate_to_width};
use crate::tui::glyphs::ELLIPSIS;

/// Draws `line` into the one-row `area`.
pub fn put(frame: &mut Frame, area: Rect, line: Line<'_>) {
    if area.width > 0 && area.height > 0 {
        frame.render_widget(line, area);
    }
}

/// Draws `rows` one to a row from the top of `area`, as many as fit.
pub fn put_rows<'a>(frame: &mut Frame, area: Rect, rows: impl IntoIterator<Item = Line<'a>>) {
    for (at, line) in rows.into_iter().take(usize::from(area.height)).enumerate() {
        put(
            frame,
            Rect::new(area.x, area.y + at as u16, area.width, 1),
            line,
        );
    }
}

/// `s` cut to `width` cells, with the ellipsis glyph where it was cut.
pub fn ellipsize(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    let marker = if width >= display_width(ELLIPSIS) {
        ELLIPSIS
    } else {
        ""
    };
    let kept = truncate_to_width(s, width - display_width(marker));
    format!("{kept}{marker}")
}

/// A line of `width` cells: `s` cut to fit and padded so a highlight spans the whole row.
pub fn fit(s: &str, width: usize, style: Style) -> Line<'static> {
    let shown = ellipsize(s, width);
    let fill = width.saturating_sub(display_width(&shown));
    Line::from(Span::styled(format!("{shown}{}", " ".repeat(fill)), style))
}

/// A label on the left and a count flush right, e.g. `基本公共教育     8`.
pub fn label_with_count(label: &str, count: usize, width: usize, style: Style) -> Line<'static> {
    let count = count.to_string();
    let room = width.saturating_sub(count.len() + 1);
    let label = ellipsize(label, room);
    let fill = width.saturating_sub(display_width(&label) + count.len());
    Line::from(Span::styled(
        format!("{label}{}{count}", " ".repeat(fill)),
        style,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    #[test]
    fn ellipsis_marks_what_was_cut() {
        assert_eq!(ellipsize("最低生活保障", 8), "最低生..");
        assert_eq!(ellipsize("最低生活保障", 7), "最低..");
        assert_eq!(ellipsize("低保", 4), "低保");
        assert_eq!(ellipsize("低保", 1), "");
    }

    #[test]
    fn counts_stay_right_aligned() {
        let line = label_with_count("基本公共教育", 8, 16, Style::new());
        assert_eq!(display_width(&line.to_string()), 16);
        assert!(line.to_string().ends_with(" 8"));
    }

    #[test]
    fn mongolian_vowel_separator_reaches_the_buffer() {
        let mut terminal = Terminal::new(TestBackend::new(10, 1)).unwrap();
        terminal
            .draw(|f| put(f, Rect::new(0, 0, 10, 1), Line::from("ᠨᠡᠷ\u{180E}ᠡ")))
            .unwrap();
        let cells: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(cells.contains('\u{180E}'), "{cells:?}");
        assert!(cells.starts_with("ᠨᠡᠷ\u{180E}ᠡ"), "{cells:?}");
    }
}
