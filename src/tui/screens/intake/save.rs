//! Ctrl-S: an incomplete form shows every problem and puts the caret on the first; a hall
//! with no centre code asks a supervisor for it; an applicant with an open intake for a
//! service applied for now is asked about first; a complete form is numbered, stored durably
//! and its receipt shown in place of the form.
use super::super::super::screen::{Ctx, Notice, Outcome, Screen};
use super::super::receipt::ReceiptScreen;
use super::IntakeScreen;
use super::centre::CentrePicker;
use crate::domain::operator::Permission;
use crate::service::drafts;
use crate::service::eligibility::with_note;
use crate::service::intake::{IntakeError, submit};

impl IntakeScreen {
    pub(super) fn save(&mut self, ctx: &Ctx) -> Outcome {
        self.settle(ctx);
        if !self.problems.is_empty() {
            self.jump_to_first_problem();
            return Outcome::Done;
        }
        if ctx.hall.centre_code().is_none() {
            return self.ask_for_centre(ctx);
        }
        if !self.open_duplicates().is_empty() {
            return self.ask_reason();
        }
        self.save_with_note(ctx, None)
    }

    /// Stores the form, with `note` (why the clerk went on despite an open intake) after the
    /// notes typed; the form itself keeps what was typed, should the store refuse.
    pub(super) fn save_with_note(&mut self, ctx: &Ctx, note: Option<String>) -> Outcome {
        let Some(centre) = ctx.hall.centre_code() else {
            return self.ask_for_centre(ctx);
        };
        let input = match &note {
            Some(note) => with_note(&self.input, note),
            None => self.input.clone(),
        };
        // With a draft, the intake and the draft's removal are one transaction.
        let submitted = match self.draft_id() {
            Some(id) => drafts::submit(ctx.desk, ctx.context, &centre, id, &input),
            None => submit(ctx.desk, ctx.context, &centre, &input),
        };
        match submitted {
            Ok(receipt) => {
                self.draft_ended();
                let mut shown = ReceiptScreen::new(receipt);
                shown.write_papers(ctx);
                Outcome::Replace(Box::new(shown))
            }
            Err(IntakeError::Invalid(problems)) => {
                self.problems = problems;
                self.jump_to_first_problem();
                Outcome::Done
            }
            Err(IntakeError::Store(_)) => Outcome::Notice(Notice::Message("form-error-store")),
            Err(IntakeError::Receipt(_)) => {
                Outcome::Notice(Notice::Message("intake-error-receipt-day-full"))
            }
            Err(IntakeError::Seed(_) | IntakeError::Clock) => {
                Outcome::Notice(Notice::Message("form-error-clock"))
            }
            Err(IntakeError::SignInRequired) => {
                Outcome::Notice(Notice::Message("form-error-sign-in"))
            }
            Err(IntakeError::Sealing(_)) => Outcome::Notice(Notice::Message("form-error-store")),
        }
    }

    /// The centre code is a setting of the hall: with operators, only a supervisor sets it
    /// here; a clerk is told why not and who can.
    fn ask_for_centre(&mut self, ctx: &Ctx) -> Outcome {
        let allowed = match &ctx.context.session {
            Some(signed) => signed.role().may(Permission::ChangeSettings),
            None => true,
        };
        if !allowed {
            return Outcome::Notice(Notice::Message("form-centre-supervisor-only"));
        }
        self.centre = Some(CentrePicker::new());
        Outcome::Done
    }

    /// Shows every problem and puts the caret on the first, in the form's order (the
    /// check names them in the JSON's order, where the channel comes before materials).
    fn jump_to_first_problem(&mut self) {
        self.show_all = true;
        let target = self.stops().into_iter().find(|stop| {
            self.problems
                .iter()
                .any(|p| stop.shows(&p.path, &self.input))
        });
        if let Some(stop) = target {
            self.focus_on(stop);
        }
    }
}
