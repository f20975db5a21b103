//! Drawing a session: the title bar, the top opaque screen with its hints, overlays above it;
//! a polite notice instead of a broken layout when the window is too small. Reads state only.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::keymap::{self, Binding};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH, Regions};
use super::screen::Screen;
use super::screens::login::LoginScreen;
use super::session::Session;
use super::widgets::{bars, text};
use crate::domain::MessageId;
use crate::domain::text::wrap;
use crate::i18n::Arg;

pub fn render(session: &Session, frame: &mut Frame) {
    let area = frame.area();
    let Some(regions) = layout::regions(area.as_size()) else {
        render_too_small(session, frame, area);
        return;
    };
    if let Some(login) = session.login() {
        render_login(session, login, frame, regions);
        return;
    }
    let screens = session.screens();
    // The last screen that is not an overlay is drawn whole; overlays go over it.
    let base = screens.iter().rposition(|s| !s.overlay()).unwrap_or(0);
    let Some(screen) = screens.get(base) else {
        return;
    };
    let top = screens.len().saturating_sub(1);
    let bindings = keymap::in_force(screen.keys());
    framed(
        session,
        screen.as_ref(),
        base == top,
        bindings,
        frame,
        regions,
    );
    for (index, overlay) in screens.iter().enumerate().skip(base + 1) {
        overlay.render(&session.ctx(area, index == top), frame);
    }
}

/// The sign-in form (or the locked screen) alone: nothing of the screens behind it is drawn.
fn render_login(session: &Session, login: &LoginScreen, frame: &mut Frame, regions: Regions) {
    let bindings = keymap::while_signing_in(login.keys());
    framed(session, login, true, bindings, frame, regions);
}

/// One screen in the body, between the title bar and the hints of `bindings`.
fn framed<'a>(
    session: &Session,
    screen: &dyn Screen,
    focused: bool,
    bindings: impl Iterator<Item = &'a Binding>,
    frame: &mut Frame,
    regions: Regions,
) {
    let body = session.ctx(regions.body, focused);
    let status = screen.status(&body);
    bars::title(
        frame,
        regions.title,
        session.l10n(),
        session.theme(),
        status.as_deref(),
        who(session).as_deref(),
    );
    screen.render(&body, frame);
    bars::hints(
        frame,
        regions.hints,
        session.l10n(),
        session.theme(),
        bindings,
        session.notice().map(|n| n.message_id()),
    );
}

/// `li 窗口人员`: who is signed in, for the title bar.
fn who(session: &Session) -> Option<String> {
    let operator = session.operator()?;
    let role = operator.role.message_id();
    Some(format!("{} {}", operator.name, session.l10n().t(role)))
}

fn render_too_small(session: &Session, frame: &mut Frame, area: Rect) {
    let message = session.l10n().t_args(
        "common-window-too-small",
        &[
            ("width", Arg::Num(MIN_WIDTH.into())),
            ("height", Arg::Num(MIN_HEIGHT.into())),
            ("current_width", Arg::Num(area.width.into())),
            ("current_height", Arg::Num(area.height.into())),
        ],
    );
    let style = session.theme().warning();
    for (row, line) in wrap(&message, area.width.into())
        .into_iter()
        .take(area.height.into())
        .enumerate()
    {
        let rect = Rect::new(area.x, area.y + row as u16, area.width, 1);
        text::put(frame, rect, Line::from(Span::styled(line, style)));
    }
}
