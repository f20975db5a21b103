//! One intake in full (its opening audited): everything stored, the history, the materials
//! still outstanding, the rating, and the actions the operator may take now, chosen with
//! Left and Right and done with Enter. A move or a material asks for a note, a rating for its
//! level; a refusal is told with the reason the service gives.
use std::any::Any;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Frame;

use super::detail_view;
use super::keys::{DETAIL_KEYS, NOTE_KEYS, RATING_KEYS};
use super::prompt::{Prompt, Purpose};
use super::said::Said;
use crate::domain::{MessageArg, MessageId, Rating};
use crate::service::intake::{self, Receipt, Viewing};
use crate::service::records::{self, RecordAction, RecordsError};
use crate::store::intakes::StoredIntake;
use crate::tui::action::Action;
use crate::tui::keymap::Binding;
use crate::tui::screen::{Ctx, Outcome, Screen};
use crate::tui::screens::receipt::ReceiptScreen;

pub struct DetailScreen {
    record: StoredIntake,
    actions: Vec<RecordAction>,
    chosen: usize,
    scroll: usize,
    prompt: Option<Prompt>,
    /// What the last action did, or why it could not.
    message: Option<Said>,
    /// Told when the intake changed, so the list fetches its page again.
    changed: Arc<AtomicBool>,
}

impl DetailScreen {
    pub fn new(
        record: StoredIntake,
        actions: Vec<RecordAction>,
        changed: Arc<AtomicBool>,
    ) -> DetailScreen {
        DetailScreen {
            record,
            actions,
            chosen: 0,
            scroll: 0,
            prompt: None,
            message: None,
            changed,
        }
    }

    pub fn record(&self) -> &StoredIntake {
        &self.record
    }

    pub fn actions(&self) -> &[RecordAction] {
        &self.actions
    }

    pub fn chosen(&self) -> Option<RecordAction> {
        self.actions.get(self.chosen).copied()
    }

    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    pub fn message(&self) -> Option<&Said> {
        self.message.as_ref()
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Enter on an action: a prompt for what needs one, the papers for a reprint.
    fn start(&mut self, ctx: &Ctx) -> Outcome {
        self.message = None;
        match self.chosen() {
            Some(RecordAction::Status(to)) => self.prompt = Some(Prompt::note(Purpose::Move(to))),
            Some(RecordAction::SupplyMaterial(at)) => {
                self.prompt = Some(Prompt::note(Purpose::Supply(at)));
            }
            Some(RecordAction::Rate) => self.prompt = Some(Prompt::rating()),
            Some(RecordAction::Reprint(_)) => return self.reprint(ctx),
            None => {}
        }
        Outcome::Done
    }

    /// The receipt screen over the intake as stored: its papers written again into the
    /// receipts folder, the print key sends them (the reading is audited as papers).
    fn reprint(&mut self, ctx: &Ctx) -> Outcome {
        let receipt = self.record.receipt.clone();
        match intake::show(ctx.desk, ctx.context, &receipt, Viewing::Papers) {
            Ok(Some(record)) => {
                let mut screen = ReceiptScreen::new(Receipt {
                    number: record.receipt.clone(),
                    deadline: record.deadline,
                    record,
                });
                screen.write_papers(ctx);
                Outcome::Push(Box::new(screen))
            }
            Ok(None) => {
                self.message = Some(Said::error(&RecordsError::NotFound(receipt)));
                Outcome::Done
            }
            Err(e) => {
                self.message = Some(Said::error(&RecordsError::Intake(e)));
                Outcome::Done
            }
        }
    }

    /// Enter in the prompt: the change sent, or the reason it was not.
    fn confirm(&mut self, ctx: &Ctx) {
        let Some(prompt) = self.prompt.as_mut() else {
            return;
        };
        if prompt.missing_reason() {
            prompt.set_error(Said::failure("records-reason-required"));
            return;
        }
        let receipt = self.record.receipt.clone();
        let text = prompt.text().to_string();
        let (result, done) = match prompt {
            Prompt::Note {
                purpose: Purpose::Move(to),
                ..
            } => (
                records::change_status(ctx.desk, ctx.context, &receipt, *to, &text),
                Said::done_with(
                    "records-screen-status-changed",
                    vec![("status", MessageArg::Message(to.message_id()))],
                ),
            ),
            Prompt::Note {
                purpose: Purpose::Supply(at),
                ..
            } => {
                let name = self
                    .record
                    .application
                    .materials
                    .get(*at)
                    .map(|m| m.name.clone())
                    .unwrap_or_default();
                (
                    records::supply_material(ctx.desk, ctx.context, &receipt, *at, &text),
                    Said::done_with(
                        "records-material-supplied",
                        vec![("material", MessageArg::Text(name))],
                    ),
                )
            }
            Prompt::Rating { level, .. } => {
                let rating = Rating::ALL[(*level).min(Rating::ALL.len() - 1)];
                (
                    records::rate(ctx.desk, ctx.context, &receipt, rating, &text),
                    Said::done_with(
                        "records-screen-rated",
                        vec![("rating", MessageArg::Message(rating.message_id()))],
                    ),
                )
            }
        };
        match result {
            Ok(record) => {
                self.changed.store(true, Ordering::SeqCst);
                self.actions = records::actions(&record, ctx.context);
                self.record = record;
                self.chosen = 0;
                self.prompt = None;
                self.message = Some(done);
            }
            Err(e) => prompt.set_error(Said::error(&e)),
        }
    }

    fn handle_prompt(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        match action {
            Action::Back => self.prompt = None,
            Action::Choose => self.confirm(ctx),
            other => {
                if let Some(prompt) = self.prompt.as_mut() {
                    prompt.step(&other);
                }
            }
        }
        Outcome::Done
    }

    /// Scrolls the record, kept within what there is to show at this size.
    fn scroll_by(&mut self, ctx: &Ctx, delta: isize) {
        let lines =
            detail_view::lines(self, ctx, usize::from(ctx.area.width.saturating_sub(1))).len();
        let rows = usize::from(detail_view::record_area(self, ctx.area).height);
        let last = lines.saturating_sub(rows);
        self.scroll = (self.scroll as isize)
            .saturating_add(delta)
            .clamp(0, last as isize) as usize;
    }
}

impl Screen for DetailScreen {
    fn keys(&self) -> &'static [Binding] {
        match self.prompt {
            Some(Prompt::Note { .. }) => NOTE_KEYS,
            Some(Prompt::Rating { .. }) => RATING_KEYS,
            None => DETAIL_KEYS,
        }
    }

    fn typing(&self) -> bool {
        self.prompt.is_some()
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        if self.prompt.is_some() {
            return self.handle_prompt(ctx, action);
        }
        let page = (detail_view::record_area(self, ctx.area).height as isize).max(1);
        let last = self.actions.len().saturating_sub(1);
        match action {
            Action::Back => return Outcome::Close,
            Action::Choose => return self.start(ctx),
            Action::Right => self.chosen = (self.chosen + 1).min(last),
            Action::Left => self.chosen = self.chosen.saturating_sub(1),
            Action::Up => self.scroll_by(ctx, -1),
            Action::Down => self.scroll_by(ctx, 1),
            Action::PageUp => self.scroll_by(ctx, -page),
            Action::PageDown => self.scroll_by(ctx, page),
            _ => return Outcome::Unhandled,
        }
        Outcome::Done
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(ctx.l10n.t("records-detail-title"))
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        detail_view::render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
