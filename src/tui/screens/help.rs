//! The help screen, generated from the key tables in force on the screen below it: every key
//! with its description. It spans the full width (a box starting inside a wide character
//! would break the row) and scrolls when the window is shorter than the table.
use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::super::action::Action;
use super::super::glyphs;
use super::super::keymap::{self, Binding, Scope, in_force};
use super::super::keys::{Key, KeyCode};
use super::super::screen::{Ctx, Outcome, Screen};
use super::super::widgets::text::{ellipsize, put};
use crate::domain::text::display_width;
use crate::i18n::Arg;

const fn bind(keys: &'static [Key], action: Action, desc: &'static str) -> Binding {
    keymap::bind(keys, action, desc, false, Scope::Always)
}

/// Help's own keys: they scroll it; any other key closes it.
pub const KEYS: &[Binding] = &[
    bind(&[Key::plain(KeyCode::Up)], Action::Up, "help-scroll-up"),
    bind(
        &[Key::plain(KeyCode::Down)],
        Action::Down,
        "help-scroll-down",
    ),
    bind(
        &[Key::plain(KeyCode::PageUp)],
        Action::PageUp,
        "key-page-up",
    ),
    bind(
        &[Key::plain(KeyCode::PageDown)],
        Action::PageDown,
        "key-page-down",
    ),
    bind(&[Key::plain(KeyCode::Home)], Action::Home, "key-home"),
    bind(&[Key::plain(KeyCode::End)], Action::End, "key-end"),
    bind(&[Key::plain(KeyCode::Esc)], Action::Back, "help-close-key"),
];

/// Rows the box needs around the key rows: two borders and the closing hint.
const CHROME_ROWS: usize = 3;

pub struct HelpScreen {
    /// The key table of the screen help was opened over.
    below: &'static [Binding],
    /// First key row shown.
    pub scroll: usize,
}

impl HelpScreen {
    pub fn new(below: &'static [Binding]) -> HelpScreen {
        HelpScreen { below, scroll: 0 }
    }

    fn rows(&self) -> impl Iterator<Item = &'static Binding> {
        in_force(self.below)
    }

    /// The furthest the key rows can scroll in a window `height` rows tall.
    fn max_scroll(&self, height: u16) -> usize {
        let shown = usize::from(height).saturating_sub(CHROME_ROWS).max(1);
        self.rows().count().saturating_sub(shown)
    }
}

impl Screen for HelpScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn overlay(&self) -> bool {
        true
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        let page = usize::from(ctx.area.height.saturating_sub(4)).max(1);
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll + 1,
            Action::PageUp => self.scroll.saturating_sub(page),
            Action::PageDown => self.scroll + page,
            Action::Home => 0,
            Action::End => usize::MAX / 2,
            _ => return Outcome::Close,
        };
        self.scroll = self.scroll.min(self.max_scroll(ctx.area.height));
        Outcome::Done
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn render(help: &HelpScreen, ctx: &Ctx, frame: &mut Frame) {
    let area = ctx.area;
    let rows: Vec<(String, String)> = help
        .rows()
        .map(|b| (b.label(), ctx.l10n.t(b.desc)))
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
        .border_set(glyphs::BORDER)
        .border_style(ctx.theme.border())
        .title(Line::from(Span::styled(
            ctx.l10n.t("help-title"),
            ctx.theme.heading(),
        )));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let shown = usize::from(inner.height).saturating_sub(1);
    let scroll = help.scroll.min(rows.len().saturating_sub(shown));
    let desc_width = usize::from(inner.width).saturating_sub(key_width + 2);
    for (row, (key, desc)) in rows.iter().skip(scroll).take(shown).enumerate() {
        let pad = " ".repeat(key_width.saturating_sub(display_width(key)) + 2);
        let line = Line::from(vec![
            Span::styled(key.clone(), ctx.theme.key_name()),
            Span::raw(pad),
            Span::raw(ellipsize(desc, desc_width)),
        ]);
        put(
            frame,
            Rect::new(inner.x, inner.y + row as u16, inner.width, 1),
            line,
        );
    }
    put(
        frame,
        Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1),
        close_line(ctx, scroll + shown < rows.len()),
    );
}

/// `Up Down PgUp PgDn 翻看，其他键关闭`, from help's own scrolling keys, and a mark when more
/// rows are below.
fn close_line(ctx: &Ctx, more: bool) -> Line<'static> {
    let scroll_keys: Vec<String> = KEYS
        .iter()
        .filter(|b| {
            matches!(
                b.action,
                Action::Up | Action::Down | Action::PageUp | Action::PageDown
            )
        })
        .map(Binding::label)
        .collect();
    let mut text = ctx
        .l10n
        .t_args("help-close", &[("keys", Arg::Str(&scroll_keys.join(" ")))]);
    if more {
        text.push(' ');
        text.push_str(glyphs::MORE_BELOW);
    }
    Line::from(Span::styled(text, ctx.theme.quiet()))
}
