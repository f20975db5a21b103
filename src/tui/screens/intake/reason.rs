//! Going on despite an open intake: Ctrl-S on a form whose applicant has an open intake for
//! a service applied for now names the open receipts and asks why; the reason, required, is
//! kept in the intake's notes after a fixed prefix in the clerk's language.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use super::super::super::action::Action;
use super::super::super::glyphs::PROMPT;
use super::super::super::screen::{Ctx, Outcome};
use super::super::super::widgets::edit::{self, Caret, Edit, window};
use super::super::super::widgets::text::{ellipsize, put_rows};
use super::IntakeScreen;
use super::earlier::services_text;
use crate::domain::MessageId;
use crate::domain::application::Limits;
use crate::domain::text::{clean_input, display_width, wrap};
use crate::i18n::Arg;
use crate::service::eligibility::{EarlierIntake, NAMED, receipts_text, with_note};

/// A reason is a sentence, not a letter: the notes have room for it beside what was typed.
pub const MAX_REASON_CHARS: usize = 100;

/// The question open over the form.
#[derive(Clone, Debug, Default)]
pub struct ReasonPrompt {
    pub text: String,
    pub caret: Caret,
    /// Enter was pressed with nothing typed.
    pub empty: bool,
    /// The notes typed leave no room for the reason.
    pub no_room: bool,
}

impl IntakeScreen {
    /// Asks why the clerk goes on; the form's Ctrl-S comes back through [`Self::go_on`].
    pub(super) fn ask_reason(&mut self) -> Outcome {
        self.leave_field();
        self.reason = Some(ReasonPrompt::default());
        Outcome::Done
    }

    /// The reason being typed, while asked.
    pub fn reason_prompt(&self) -> Option<&ReasonPrompt> {
        self.reason.as_ref()
    }

    pub(super) fn handle_reason(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        let Some(prompt) = self.reason.as_mut() else {
            return Outcome::Unhandled;
        };
        let step = match action {
            Action::Back => {
                self.reason = None;
                return Outcome::Done;
            }
            Action::Choose | Action::Save => return self.go_on(ctx),
            Action::Insert(text) => Edit::Insert(text),
            Action::DeleteBack => Edit::DeleteBack,
            Action::Remove => Edit::DeleteForward,
            Action::ClearQuery => Edit::Clear,
            Action::Left => Edit::Left,
            Action::Right => Edit::Right,
            Action::Home => Edit::Home,
            Action::End => Edit::End,
            _ => return Outcome::Done,
        };
        edit::apply(&mut prompt.text, &mut prompt.caret, &step, MAX_REASON_CHARS);
        prompt.empty = false;
        prompt.no_room = false;
        Outcome::Done
    }

    /// Enter on the question: with a reason, the intake is stored with it in its notes.
    fn go_on(&mut self, ctx: &Ctx) -> Outcome {
        let Some(prompt) = self.reason.as_mut() else {
            return Outcome::Unhandled;
        };
        let reason = clean_input(&prompt.text).trim().to_string();
        if reason.is_empty() {
            prompt.empty = true;
            return Outcome::Done;
        }
        let receipts = open_receipts(&self.open_duplicates(), ctx);
        let note = ctx.l10n.t_args(
            "form-duplicate-note",
            &[
                ("receipts", Arg::Str(&receipts)),
                ("reason", Arg::Str(&reason)),
            ],
        );
        // Told here, where the clerk can still go back and shorten the notes, rather than as
        // a problem of notes that look short enough on the form.
        if with_note(&self.input, &note).notes.chars().count() > Limits::COUNTER.notes {
            if let Some(prompt) = self.reason.as_mut() {
                prompt.no_room = true;
            }
            return Outcome::Done;
        }
        self.reason = None;
        self.save_with_note(ctx, Some(note))
    }
}

/// The open receipts named for the note, the rest counted.
fn open_receipts(open: &[&EarlierIntake], ctx: &Ctx) -> String {
    let separator = ctx.l10n.t("common-list-separator");
    receipts_text(open, &separator, |named, count| more(named, count, ctx))
}

/// `R1、R2、R3 等 5 件`.
fn more(named: &str, count: usize, ctx: &Ctx) -> String {
    ctx.l10n.t_args(
        "form-duplicate-receipts-more",
        &[
            ("receipts", Arg::Str(named)),
            ("count", Arg::Num(count as i64)),
        ],
    )
}

/// The question: which receipts are open, for what, and the reason line.
pub fn render(
    prompt: &ReasonPrompt,
    screen: &IntakeScreen,
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
) {
    let l10n = ctx.l10n;
    let width = usize::from(area.width).max(1);
    let mut rows: Vec<Line<'static>> = wrap(&l10n.t("form-duplicate-title"), width)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, ctx.theme.warning())))
        .collect();
    let open = screen.open_duplicates();
    for intake in open.iter().take(NAMED) {
        let status = l10n.t(intake.status.message_id());
        let services = services_text(&intake.services, ctx);
        let text = format!(
            "{} {} [{status}] {services}",
            intake.receipt, intake.accepted_on
        );
        rows.push(Line::from(format!(
            "  {}",
            ellipsize(&text, width.saturating_sub(2))
        )));
    }
    if open.len() > NAMED {
        let all = open_receipts(&open, ctx);
        rows.push(Line::from(format!(
            "  {}",
            ellipsize(&all, width.saturating_sub(2))
        )));
    }
    for l in wrap(&l10n.t("form-duplicate-ask"), width) {
        rows.push(Line::from(Span::styled(l, ctx.theme.heading())));
    }
    let prompt_label = format!("{} {PROMPT} ", l10n.t("form-duplicate-reason"));
    let (text, caret) = edit::shown(&prompt.text, prompt.caret);
    let room = width.saturating_sub(display_width(&prompt_label));
    let (shown, col) = window(&text, caret, room);
    let reason_row = rows.len();
    rows.push(Line::from(vec![
        Span::styled(prompt_label.clone(), ctx.theme.prompt(true)),
        Span::raw(shown.to_string()),
    ]));
    let problem = match (prompt.empty, prompt.no_room) {
        (true, _) => Some("form-duplicate-reason-required"),
        (_, true) => Some("form-duplicate-no-room"),
        _ => None,
    };
    for l in problem
        .map(|id| wrap(&l10n.t(id), width))
        .unwrap_or_default()
    {
        rows.push(Line::from(Span::styled(l, ctx.theme.warning())));
    }
    put_rows(frame, area, rows);
    if ctx.focused && reason_row < usize::from(area.height) {
        let x = (display_width(&prompt_label) + col).min(width.saturating_sub(1)) as u16;
        frame.set_cursor_position(Position::new(area.x + x, area.y + reason_row as u16));
    }
}
