//! The help screen, generated from the key table: every key with its description. It spans
//! the full width (a box starting inside a wide character would break the row) and scrolls
//! when the window is shorter than the table.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::super::keymap::{BINDINGS, binding_label};
use super::super::widgets::text::{ellipsize, put};
use crate::domain::text::display_width;
use crate::i18n::Localizer;

/// Rows the box needs around the key rows: two borders and the closing hint.
const CHROME_ROWS: usize = 3;

/// Key rows that fit in a window `height` rows tall.
fn visible_rows(height: u16) -> usize {
    usize::from(height).saturating_sub(CHROME_ROWS).max(1)
}

/// The furthest the key rows can scroll in a window `height` rows tall.
pub fn max_scroll(height: u16) -> usize {
    BINDINGS.len().saturating_sub(visible_rows(height))
}

/// Draws the help overlay over `area`, its key rows starting at `scroll`.
pub fn render(frame: &mut Frame, area: Rect, l10n: &Localizer, scroll: usize) {
    let rows: Vec<(String, String)> = BINDINGS
        .iter()
        .map(|b| (binding_label(b), l10n.t(b.desc)))
        .collect();
    let key_width = rows
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0);
    let height = (rows.len() + CHROME_ROWS).min(usize::from(area.height)) as u16;
    let popup = Rect {
        y: area.y + (area.height - height) / 2,
        height,
        ..area
    };
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::Cyan))
        .title(Line::from(Span::styled(
            l10n.t("help-title"),
            Style::new().add_modifier(Modifier::BOLD),
        )));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let shown = usize::from(inner.height).saturating_sub(1);
    let scroll = scroll.min(rows.len().saturating_sub(shown));
    let desc_width = usize::from(inner.width).saturating_sub(key_width + 2);
    for (row, (key, desc)) in rows.iter().skip(scroll).take(shown).enumerate() {
        let pad = " ".repeat(key_width.saturating_sub(display_width(key)) + 2);
        let line = Line::from(vec![
            Span::styled(key.clone(), Style::new().fg(Color::Yellow)),
            Span::raw(pad),
            Span::raw(ellipsize(desc, desc_width)),
        ]);
        put(
            frame,
            Rect::new(inner.x, inner.y + row as u16, inner.width, 1),
            line,
        );
    }
    let more = if scroll + shown < rows.len() {
        " ↓"
    } else {
        ""
    };
    let close = Line::from(Span::styled(
        format!("{}{more}", l10n.t("help-close")),
        Style::new().fg(Color::DarkGray),
    ));
    put(
        frame,
        Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1),
        close,
    );
}
