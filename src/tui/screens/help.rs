//! The help screen, generated from the key table: every key with its description.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::super::keymap::{BINDINGS, binding_label};
use super::super::widgets::text::{ellipsize, put};
use crate::domain::text::display_width;
use crate::i18n::Localizer;

/// Draws the help overlay centred in `area`.
pub fn render(frame: &mut Frame, area: Rect, l10n: &Localizer) {
    let rows: Vec<(String, String)> = BINDINGS
        .iter()
        .map(|b| (binding_label(b), l10n.t(b.desc)))
        .collect();
    let key_width = rows
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0);
    let text_width = rows
        .iter()
        .map(|(_, d)| display_width(d))
        .max()
        .unwrap_or(0);
    let width = (key_width + text_width + 6).min(usize::from(area.width)) as u16;
    let height = (rows.len() + 3).min(usize::from(area.height)) as u16;
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
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
    let inner_width = usize::from(inner.width);
    for (row, (key, desc)) in rows
        .iter()
        .enumerate()
        .take(usize::from(inner.height).saturating_sub(1))
    {
        let pad = " ".repeat(key_width.saturating_sub(display_width(key)) + 2);
        let desc = ellipsize(desc, inner_width.saturating_sub(key_width + 2));
        let line = Line::from(vec![
            Span::styled(key.clone(), Style::new().fg(Color::Yellow)),
            Span::raw(pad),
            Span::raw(desc),
        ]);
        put(
            frame,
            Rect::new(inner.x, inner.y + row as u16, inner.width, 1),
            line,
        );
    }
    let close = Line::from(Span::styled(
        l10n.t("help-close"),
        Style::new().fg(Color::DarkGray),
    ));
    put(
        frame,
        Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1),
        close,
    );
}
