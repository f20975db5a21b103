//! Top-level drawing: title bar, search line, the screen body, hint bar; help over it; and a
//! polite notice instead of a broken layout when the window is too small.
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

use super::app::App;
use super::screens::{catalogue, help};
use super::widgets::{bars, text};
use crate::domain::text::wrap;
use crate::i18n::Arg;

/// The smallest window the layout is built for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Title bar, search line, body and hint bar.
pub fn regions(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// Draws the whole screen from `app`; reads state only.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(app, frame, area);
        return;
    }
    let [title, search, body, hints] = regions(area);
    let l10n = &*app.l10n;
    let state = &app.catalogue;
    bars::title(
        frame,
        title,
        l10n,
        state.visible().len(),
        app.desk.catalogue().items.len(),
    );
    bars::search(
        frame,
        search,
        l10n,
        &state.query,
        state.searching && !app.show_help,
    );
    catalogue::render(app, frame, body);
    bars::hints(frame, hints, l10n, app.notice.map(|n| n.message_id()));
    if app.show_help {
        help::render(frame, area, l10n, app.help_scroll);
    }
}

fn render_too_small(app: &App, frame: &mut Frame, area: Rect) {
    let message = app.l10n.t_args(
        "common-window-too-small",
        &[
            ("width", Arg::Num(MIN_WIDTH.into())),
            ("height", Arg::Num(MIN_HEIGHT.into())),
            ("current_width", Arg::Num(area.width.into())),
            ("current_height", Arg::Num(area.height.into())),
        ],
    );
    let style = Style::new().fg(Color::Yellow);
    for (row, line) in wrap(&message, area.width.into())
        .into_iter()
        .take(area.height.into())
        .enumerate()
    {
        let rect = Rect::new(area.x, area.y + row as u16, area.width, 1);
        text::put(frame, rect, Line::from(Span::styled(line, style)));
    }
}
