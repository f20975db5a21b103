//! The form's draft: saved as the clerk works (soon after a change, when [`DraftSaver`] says
//! so, from the per-frame settle), saved at once when the form is left or the program ends,
//! and ended together with its intake on Ctrl-S. A failed save is told and retried; the form
//! in memory is never touched by it.
use super::super::super::screen::Ctx;
use super::IntakeScreen;
use crate::domain::application::{Field, FieldPath};
use crate::service::drafts::{self, Draft, DraftId, DraftSaver};

/// The draft state of one form.
#[derive(Debug, Default)]
pub(super) struct DraftState {
    /// The form's draft in the store, once saved.
    id: Option<DraftId>,
    saver: DraftSaver,
    /// A save failed since the session last asked.
    failed: bool,
}

impl IntakeScreen {
    /// The form a draft was saved from, with the caret where it was.
    pub fn resume(draft: Draft) -> IntakeScreen {
        let focus = field_named(&draft.focus).unwrap_or(Field::ApplicantName);
        let mut form = IntakeScreen::from_input(draft.input, focus);
        form.draft.id = Some(draft.id);
        form
    }

    /// The form's draft in the store, if it has been saved.
    pub fn draft_id(&self) -> Option<DraftId> {
        self.draft.id
    }

    /// Whether changes wait to be saved: whoever runs the session should come back soon
    /// even if no key is pressed.
    pub fn draft_pending(&self) -> bool {
        self.draft.saver.is_dirty()
    }

    /// Whether a draft save failed since this was last asked.
    pub fn take_draft_failed(&mut self) -> bool {
        std::mem::take(&mut self.draft.failed)
    }

    /// Nothing entered yet: a blank form has no draft worth keeping.
    pub fn is_blank(&self) -> bool {
        self.input == IntakeScreen::default().input
    }

    /// Saves the draft now if anything is unsaved (Esc, quit, a signal).
    pub fn flush_draft(&mut self, ctx: &Ctx) {
        self.note_changes(ctx);
        if self.draft.saver.flush() {
            self.save_draft(ctx);
        }
    }

    /// Per frame: saves when the saver says it is time.
    pub(super) fn keep_draft(&mut self, ctx: &Ctx) {
        self.note_changes(ctx);
        if self.draft.saver.should_save(ctx.context.clock.instant()) {
            self.save_draft(ctx);
        }
    }

    /// The form was submitted with its draft: nothing is left to save.
    pub(super) fn draft_ended(&mut self) {
        self.draft = DraftState::default();
    }

    fn note_changes(&mut self, ctx: &Ctx) {
        if self.take_changed() {
            self.draft.saver.changed(ctx.context.clock.instant());
        }
    }

    /// Writes the form as its draft; a form emptied by hand removes its draft instead.
    fn save_draft(&mut self, ctx: &Ctx) {
        let began = ctx.context.clock.instant();
        let saved = if self.is_blank() {
            match self.draft.id.take() {
                Some(id) => {
                    drafts::discard(ctx.desk, ctx.context, id).map_err(|_| self.draft.id = Some(id))
                }
                None => Ok(()),
            }
        } else {
            let (input, focus) = self.state();
            let focus = FieldPath::new(focus).to_string();
            drafts::save(ctx.desk, ctx.context, self.draft.id, input, &focus)
                .map(|id| self.draft.id = Some(id))
                .map_err(|_| ())
        };
        match saved {
            Ok(()) => self.draft.saver.saved(began),
            Err(()) => {
                self.draft.saver.failed(began);
                self.draft.failed = true;
            }
        }
    }
}

/// The field a draft's focus names (`applicant.name`, `materials[].due`).
fn field_named(name: &str) -> Option<Field> {
    Field::ALL
        .iter()
        .copied()
        .find(|f| FieldPath::new(*f).to_string() == name)
}
