//! How the sign-in form is drawn: what it is for, the fields with their labels aligned, the
//! password as stars (one cell each, whatever the terminal's width setting), and the answer
//! or "checking" below. Nothing of an applicant is ever drawn here.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::{LoginField, LoginScreen, Purpose};
use crate::domain::text::{display_width, wrap};
use crate::i18n::Arg;
use crate::tui::glyphs::PROMPT;
use crate::tui::screen::Ctx;
use crate::tui::widgets::text::{ellipsize, put};

/// What a password character is drawn as. `•` is an East Asian "ambiguous" character that
/// CJK terminals draw two cells wide; `*` is one cell everywhere.
pub const MASK: char = '*';

/// Columns left free on the left of the form.
const MARGIN: u16 = 2;

pub fn title_id(purpose: &Purpose) -> &'static str {
    match purpose {
        Purpose::SignIn => "login-title",
        Purpose::Unlock { .. } => "login-locked-title",
        Purpose::FirstSupervisor => "login-first-title",
    }
}

fn label_id(field: LoginField) -> &'static str {
    match field {
        LoginField::Name => "login-label-name",
        LoginField::Password => "login-label-password",
        LoginField::Repeat => "login-label-repeat",
    }
}

/// The sentences above the fields.
fn intro(screen: &LoginScreen, ctx: &Ctx) -> String {
    match screen.purpose() {
        Purpose::SignIn => ctx.l10n.t("login-intro"),
        Purpose::Unlock { operator } => ctx.l10n.t_args(
            "login-locked-intro",
            &[
                ("operator", Arg::Str(operator)),
                ("minutes", Arg::Num(i64::from(ctx.hall.idle_lock_minutes()))),
            ],
        ),
        Purpose::FirstSupervisor => ctx.l10n.t_args(
            "login-first-intro",
            &[(
                "min",
                Arg::Num(crate::domain::operator::MIN_PASSWORD_CHARS as i64),
            )],
        ),
    }
}

pub fn render(screen: &LoginScreen, ctx: &Ctx, frame: &mut Frame) {
    let area = ctx.area;
    let inner = Rect {
        x: area.x + MARGIN.min(area.width),
        width: area.width.saturating_sub(MARGIN * 2),
        ..area
    };
    let width = usize::from(inner.width).max(1);
    let mut lines: Vec<Line<'static>> = Vec::new();
    lines.push(Line::from(Span::styled(
        ellipsize(&ctx.l10n.t(title_id(screen.purpose())), width),
        ctx.theme.heading(),
    )));
    for part in wrap(&intro(screen, ctx), width) {
        lines.push(Line::from(part));
    }
    lines.push(Line::default());
    let labels: Vec<String> = screen
        .shown_fields()
        .iter()
        .map(|f| ctx.l10n.t(label_id(*f)))
        .collect();
    let label_width = labels.iter().map(|l| display_width(l)).max().unwrap_or(0);
    let mut cursor = None;
    for (field, label) in screen.shown_fields().iter().zip(&labels) {
        let focused = *field == screen.focus();
        let pad = " ".repeat(label_width - display_width(label));
        let prompt = format!("{label}{pad} {PROMPT} ");
        let value = match field {
            LoginField::Name => screen.name().to_string(),
            other => MASK.to_string().repeat(screen.password_len(*other)),
        };
        let shown = ellipsize(&value, width.saturating_sub(display_width(&prompt) + 1));
        if focused {
            let before = match field {
                LoginField::Name => caret_prefix_width(screen),
                _ => display_width(&shown),
            };
            let x = display_width(&prompt) + before.min(display_width(&shown));
            cursor = Some((x, lines.len()));
        }
        lines.push(Line::from(vec![
            Span::styled(prompt, ctx.theme.prompt(focused)),
            Span::raw(shown),
        ]));
    }
    lines.push(Line::default());
    if screen.checking() {
        lines.push(Line::from(Span::styled(
            ctx.l10n.t("login-checking"),
            ctx.theme.quiet(),
        )));
    } else if let Some(message) = screen.message() {
        let text = match message.arg {
            Some((name, value)) => ctx.l10n.t_args(message.id, &[(name, Arg::Num(value))]),
            None => ctx.l10n.t(message.id),
        };
        for part in wrap(&text, width) {
            lines.push(Line::from(Span::styled(part, ctx.theme.warning())));
        }
    }
    let height = usize::from(inner.height);
    for (row, line) in lines.into_iter().take(height).enumerate() {
        let rect = Rect::new(inner.x, inner.y + row as u16, inner.width, 1);
        put(frame, rect, line);
    }
    if let Some((x, row)) = cursor.filter(|_| ctx.focused && !screen.checking()) {
        if row < height {
            let x = inner.x + (x as u16).min(inner.width.saturating_sub(1));
            frame.set_cursor_position(Position::new(x, inner.y + row as u16));
        }
    }
}

/// Cells of the name before its caret.
fn caret_prefix_width(screen: &LoginScreen) -> usize {
    let at = screen.name_caret.within(screen.name()).0;
    display_width(&screen.name()[..at])
}
