//! Asking for the hall's centre code once: the first Ctrl-S on a hall with none configured
//! offers the region's divisions, filtered by typing, and saves the one chosen to the
//! configuration file, as `config set centre-code` would.
use super::super::super::action::Action;
use super::super::super::hall::SaveError;
use super::super::super::screen::{Ctx, Outcome};
use super::super::super::widgets::edit::{self, Caret, Edit};
use super::IntakeScreen;
use super::candidates::divisions;
use crate::domain::DivisionCode;
use crate::domain::choice;
use crate::domain::search::MAX_QUERY_CHARS;

/// How many divisions the picker lists at once.
pub const ROWS: usize = 8;

#[derive(Clone, Debug, Default)]
pub struct CentrePicker {
    pub query: String,
    pub caret: Caret,
    pub chosen: usize,
    /// Codes of the divisions the query fits, best first.
    pub offered: Vec<String>,
    /// Why the last choice could not be saved, as a message id.
    pub error: Option<&'static str>,
}

impl CentrePicker {
    pub fn new() -> CentrePicker {
        let mut picker = CentrePicker::default();
        picker.settle();
        picker
    }

    pub fn settle(&mut self) {
        self.offered = choice::filter(divisions(), &self.query)
            .into_iter()
            .map(|c| c.code.clone())
            .collect();
        self.chosen = self.chosen.min(self.offered.len().saturating_sub(1));
    }

    fn edit(&mut self, step: Edit) {
        edit::apply(&mut self.query, &mut self.caret, &step, MAX_QUERY_CHARS);
        self.chosen = 0;
    }
}

impl IntakeScreen {
    pub(super) fn handle_centre(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        let Some(picker) = self.centre.as_mut() else {
            return Outcome::Unhandled;
        };
        match action {
            Action::Back => self.centre = None,
            Action::Up => picker.chosen = picker.chosen.saturating_sub(1),
            Action::Down => {
                picker.chosen = (picker.chosen + 1).min(picker.offered.len().saturating_sub(1))
            }
            Action::Insert(text) => picker.edit(Edit::Insert(text)),
            Action::DeleteBack => picker.edit(Edit::DeleteBack),
            Action::ClearQuery => picker.edit(Edit::Clear),
            Action::Left => picker.edit(Edit::Left),
            Action::Right => picker.edit(Edit::Right),
            Action::Choose | Action::Save => return self.choose_centre(ctx),
            _ => {}
        }
        Outcome::Done
    }

    /// Saves the highlighted division as the centre code, then saves the intake.
    fn choose_centre(&mut self, ctx: &Ctx) -> Outcome {
        let Some(picker) = self.centre.as_mut() else {
            return Outcome::Unhandled;
        };
        picker.settle();
        let Some(code) = picker.offered.get(picker.chosen).cloned() else {
            return Outcome::Done;
        };
        let Ok(code) = DivisionCode::parse(&code) else {
            return Outcome::Done;
        };
        match ctx.hall.set_centre_code(code) {
            Ok(()) => {
                self.centre = None;
                self.save(ctx)
            }
            Err(e) => {
                picker.error = Some(match e {
                    SaveError::NoFile => "form-centre-no-file",
                    SaveError::File(_) => "form-centre-not-saved",
                });
                Outcome::Done
            }
        }
    }
}
