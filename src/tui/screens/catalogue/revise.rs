//! The revision form: a supervisor picks a field of the item, types its new text in both
//! languages, the source and the effective date, and saves it as a revision. Each problem
//! shows beside its part; the form stays open to say what was saved.
use std::any::Any;

use ratatui::Frame;

use super::super::super::action::Action;
use super::super::super::keymap::Binding;
use super::super::super::screen::{Ctx, Outcome, Screen};
use super::super::super::widgets::edit::{self, Caret};
use super::revise_keys::KEYS;
use crate::domain::editable::{EDITABLE, Editable, FieldValue};
use crate::domain::operator::Permission;
use crate::domain::{CatalogueItem, ItemId};
use crate::service::Desk;
use crate::service::catalogue::{self, CatalogueError, Edit, EditPart, EditProblem};
use crate::service::operators::OperatorError;

/// Longest text typed into one part, in characters.
const MAX_CHARS: usize = 2000;

/// The parts of the form, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Field,
    Zh,
    Mn,
    Source,
    Effective,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Field,
        Part::Zh,
        Part::Mn,
        Part::Source,
        Part::Effective,
    ];
    /// The parts typed into, in the order their texts are kept.
    pub const TYPED: [Part; 4] = [Part::Zh, Part::Mn, Part::Source, Part::Effective];

    fn typed_index(self) -> Option<usize> {
        Part::TYPED.iter().position(|p| *p == self)
    }

    fn of_problem(part: EditPart) -> Part {
        match part {
            EditPart::Field => Part::Field,
            EditPart::Zh => Part::Zh,
            EditPart::Mn => Part::Mn,
            EditPart::Source => Part::Source,
            EditPart::Effective => Part::Effective,
        }
    }
}

/// What the last save said, under the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    Nothing,
    Fix,
    Saved(u32),
    /// A message of its own, by id.
    Message(&'static str),
    Failed(String),
}

#[derive(Debug)]
pub struct ReviseScreen {
    pub(super) item: CatalogueItem,
    /// Position of the field in [`EDITABLE`].
    pub(super) field: usize,
    pub(super) focus: Part,
    pub(super) texts: [String; 4],
    pub(super) carets: [Caret; 4],
    pub(super) problems: Vec<EditProblem>,
    pub(super) said: Said,
}

impl ReviseScreen {
    /// The form for `id` as the desk shows it now, at the item's first field.
    pub fn new(desk: &Desk, id: ItemId) -> Option<ReviseScreen> {
        let mut form = ReviseScreen {
            item: desk.item(id)?.clone(),
            field: 0,
            focus: Part::Zh,
            texts: Default::default(),
            carets: [Caret::default(); 4],
            problems: Vec::new(),
            said: Said::Nothing,
        };
        form.fill_from_item();
        Some(form)
    }

    pub fn field(&self) -> &'static Editable {
        &EDITABLE[self.field.min(EDITABLE.len() - 1)]
    }

    pub fn focus(&self) -> Part {
        self.focus
    }

    pub fn text(&self, part: Part) -> &str {
        part.typed_index().map_or("", |i| self.texts[i].as_str())
    }

    pub(super) fn caret(&self, part: Part) -> Caret {
        part.typed_index().map_or(Caret(0), |i| self.carets[i])
    }

    /// The field's text as the item holds it now.
    pub fn current(&self) -> Option<FieldValue> {
        (self.field().get)(&self.item)
    }

    /// The problems the last save found with `part`.
    pub fn problems_of(&self, part: Part) -> impl Iterator<Item = &EditProblem> {
        self.problems
            .iter()
            .filter(move |p| Part::of_problem(p.part()) == part)
    }

    /// Both texts and the source start as the field reads now; the date is typed anew.
    fn fill_from_item(&mut self) {
        let current = self.current();
        let value =
            |get: fn(&FieldValue) -> &str| current.as_ref().map(get).unwrap_or("").to_string();
        self.texts[0] = value(|v| &v.text.zh);
        self.texts[1] = value(|v| &v.text.mn);
        self.texts[2] = value(|v| &v.source);
        for (caret, text) in self.carets.iter_mut().zip(&self.texts) {
            *caret = Caret::at_end(text);
        }
        self.problems.clear();
    }

    fn step_field(&mut self, forward: bool) {
        let count = EDITABLE.len();
        self.field = if forward {
            (self.field + 1) % count
        } else {
            (self.field + count - 1) % count
        };
        self.fill_from_item();
        self.said = Said::Nothing;
    }

    fn move_focus(&mut self, by: isize) {
        let at = Part::ALL.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let count = Part::ALL.len() as isize;
        self.focus = Part::ALL[(at + by).rem_euclid(count) as usize];
    }

    fn edit_text(&mut self, step: &edit::Edit) {
        if let Some(i) = self.focus.typed_index() {
            edit::apply(&mut self.texts[i], &mut self.carets[i], step, MAX_CHARS);
        }
    }

    fn save(&mut self, ctx: &Ctx) {
        let edit = Edit {
            item: Some(self.item.id),
            field: self.field().key.to_string(),
            zh: self.texts[0].clone(),
            mn: self.texts[1].clone(),
            source: self.texts[2].clone(),
            effective: self.texts[3].clone(),
        };
        let checked = match catalogue::check_edit(&edit) {
            Ok(checked) => checked,
            Err(problems) => {
                self.focus = problems
                    .first()
                    .map_or(self.focus, |p| Part::of_problem(p.part()));
                self.problems = problems;
                self.said = Said::Fix;
                return;
            }
        };
        self.problems.clear();
        let Some(session) = ctx.context.session.as_ref() else {
            self.said = Said::Message("catalogue-edit-clerk");
            return;
        };
        self.said = match catalogue::save(ctx.desk, ctx.context, session, &[checked]) {
            Ok(revisions) => {
                if let Some(item) = ctx.desk.item(self.item.id) {
                    self.item = item.clone();
                }
                Said::Saved(revisions.first().map_or(0, |r| r.number))
            }
            Err(e) => said_of(e),
        };
    }

    fn act(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        match (action, self.focus) {
            (Action::Back, _) => return Outcome::Close,
            (Action::Save, _) => self.save(ctx),
            (Action::NextPane | Action::Down | Action::Choose, _) => self.move_focus(1),
            (Action::PrevPane | Action::Up, _) => self.move_focus(-1),
            (Action::Left, Part::Field) => self.step_field(false),
            (Action::Right | Action::Toggle, Part::Field) => self.step_field(true),
            (_, Part::Field) => return Outcome::Done,
            (Action::Insert(text), _) => self.edit_text(&edit::Edit::Insert(text)),
            (Action::DeleteBack, _) => self.edit_text(&edit::Edit::DeleteBack),
            (Action::Remove, _) => self.edit_text(&edit::Edit::DeleteForward),
            (Action::Left, _) => self.edit_text(&edit::Edit::Left),
            (Action::Right, _) => self.edit_text(&edit::Edit::Right),
            (Action::Home, _) => self.edit_text(&edit::Edit::Home),
            (Action::End, _) => self.edit_text(&edit::Edit::End),
            (Action::ClearQuery, _) => self.edit_text(&edit::Edit::Clear),
            _ => return Outcome::Unhandled,
        }
        Outcome::Done
    }
}

/// What a refused or failed save says.
fn said_of(e: CatalogueError) -> Said {
    match e {
        CatalogueError::Unchanged => Said::Message("catalogue-edit-unchanged"),
        CatalogueError::NewerCatalogue => Said::Message("catalogue-edit-newer"),
        CatalogueError::TooLong => Said::Message("catalogue-edit-too-long"),
        CatalogueError::Operator(OperatorError::Refused {
            needs: Permission::EditCatalogue,
            ..
        }) => Said::Message("catalogue-edit-clerk"),
        other => Said::Failed(other.to_string()),
    }
}

impl Screen for ReviseScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn typing(&self) -> bool {
        self.focus != Part::Field
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        self.act(ctx, action)
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        super::revise_view::render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
