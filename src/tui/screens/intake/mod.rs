//! The intake form: one screen whose sections the clerk tabs through in counter order
//! (applicant → agent → services → materials → channel → notes), checked as it is typed,
//! and saved with Ctrl-S into a numbered, durable intake with its receipt.
use std::any::Any;
use std::collections::HashSet;

use ratatui::Frame;

use super::super::action::Action;
use super::super::keymap::Binding;
use super::super::screen::{Ctx, Outcome, Screen};
use super::super::widgets::edit::{Caret, Edit};
use crate::domain::application::{
    AgentInput, ApplicationInput, Field, FieldProblem, Problem, field_def, validate,
};
use crate::domain::eligibility::Hint;
use crate::domain::{Channel, Date, ItemId};
use crate::service::intake::{hall_time, references};

pub mod candidates;
mod centre;
mod draft;
pub mod earlier;
mod editing;
mod hints;
mod keys;
pub mod reason;
mod save;
pub mod stops;
mod view;

pub use candidates::Candidate;
pub use centre::CentrePicker;
pub use keys::KEYS;
pub use stops::Stop;

/// The intake form's state. The application as typed lives in an `ApplicationInput`, so a
/// draft is that value and the field in focus.
#[derive(Debug)]
pub struct IntakeScreen {
    input: ApplicationInput,
    focus: Stop,
    /// In the focused text, or in the query of a query stop.
    caret: Caret,
    /// What is typed at a query stop (picker, catalogue search, new material line), Menksoft
    /// shape codes as they came: the query is converted whole where it is read.
    query: String,
    /// What was typed into the focused text field since it got the caret, shape codes as they
    /// came; `input` holds its whole conversion. `None` until the field is edited.
    typed: Option<String>,
    /// The highlighted entry among `candidates`.
    chosen: usize,
    /// Fields the clerk has left once: their problems show from then on.
    left: HashSet<Field>,
    /// Ctrl-S was pressed on an incomplete form: every problem shows.
    show_all: bool,
    /// The agent's details while the agent section is off, so that ticking it back finds them.
    agent_stash: Option<AgentInput>,
    changed: bool,
    /// Asking for the hall's centre code before the first intake is saved.
    centre: Option<CentrePicker>,
    /// Derived in `settle`: every problem of the whole form, by the rules of the field list.
    problems: Vec<FieldProblem>,
    /// Derived in `settle`: what the focused query stop offers.
    candidates: Vec<Candidate>,
    /// The query `candidates` were found for, and at which stop.
    offered_for: Option<(Stop, String)>,
    /// Derived in `settle`: what the focused field's value so far already gets wrong.
    typing_problem: Option<Problem>,
    /// The hall's day, for derived facts (age) and due dates.
    today: Option<Date>,
    /// Where the form is kept as a draft, and when it is saved next.
    draft: draft::DraftState,
    /// The applicant's earlier intakes, looked up once per whole ID number.
    earlier: earlier::Earlier,
    /// Derived in `settle`: items the applicant may also be entitled to.
    hints: Vec<Hint<'static>>,
    /// The hints opened with F7, and the one highlighted.
    hints_panel: Option<usize>,
    /// Asking why the clerk goes on despite an open intake.
    reason: Option<reason::ReasonPrompt>,
}

impl Default for IntakeScreen {
    fn default() -> Self {
        let input = ApplicationInput {
            // Nearly every application is taken at the counter; the clerk changes it if not.
            channel: Channel::Counter.code().to_string(),
            ..ApplicationInput::default()
        };
        IntakeScreen::from_input(input, Field::ApplicantName)
    }
}

impl IntakeScreen {
    /// An empty form, with the caret on the applicant's name.
    pub fn new() -> IntakeScreen {
        IntakeScreen::default()
    }

    /// A form holding `input` (a draft), with the caret at the first stop of `focus`.
    pub fn from_input(input: ApplicationInput, focus: Field) -> IntakeScreen {
        let all = stops::stops(&input);
        let focus = all
            .iter()
            .copied()
            .find(|s| s.field() == focus)
            .or_else(|| all.first().copied())
            .unwrap_or(Stop::Text(Field::ApplicantName));
        let mut screen = IntakeScreen {
            agent_stash: None,
            input,
            focus,
            caret: Caret::default(),
            query: String::new(),
            typed: None,
            chosen: 0,
            left: HashSet::new(),
            show_all: false,
            changed: false,
            centre: None,
            problems: Vec::new(),
            candidates: Vec::new(),
            offered_for: None,
            typing_problem: None,
            today: None,
            draft: draft::DraftState::default(),
            earlier: earlier::Earlier::default(),
            hints: Vec::new(),
            hints_panel: None,
            reason: None,
        };
        screen.caret = Caret::at_end(&screen.focused_text());
        screen
    }

    /// What the form holds and the field in focus: what a draft keeps.
    pub fn state(&self) -> (&ApplicationInput, Field) {
        (&self.input, self.focus.field())
    }

    /// Whether the form changed since the last time this was asked.
    pub fn take_changed(&mut self) -> bool {
        std::mem::take(&mut self.changed)
    }

    pub fn input(&self) -> &ApplicationInput {
        &self.input
    }

    pub fn focus(&self) -> Stop {
        self.focus
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    pub fn problems(&self) -> &[FieldProblem] {
        &self.problems
    }

    pub fn centre_picker(&self) -> Option<&CentrePicker> {
        self.centre.as_ref()
    }

    /// Adds a catalogue item to the services applied for (from the catalogue's Enter), and
    /// puts the caret on the first thing still to fill in.
    pub fn add_service(&mut self, id: ItemId) {
        let id = id.to_string();
        if !self.input.services.contains(&id) {
            self.input.services.push(id);
            self.changed = true;
        }
    }

    /// Every stop, in order.
    pub fn stops(&self) -> Vec<Stop> {
        stops::stops(&self.input)
    }

    /// The problem shown at `stop`, if any: once its field was left, after a Ctrl-S, or while
    /// it is typed when more typing cannot mend it.
    pub fn problem_at(&self, stop: Stop) -> Option<Problem> {
        let shown = self.show_all || self.left.contains(&stop.field());
        let settled = self
            .problems
            .iter()
            .find(|p| stop.shows(&p.path, &self.input))
            .map(|p| p.problem.clone());
        // While a field is typed, what more typing cannot mend (a letter in an ID number) is
        // more to the point than what a settled value lacks (its length).
        let typing = (stop == self.focus)
            .then(|| self.typing_problem.clone())
            .flatten();
        match (typing, settled) {
            (Some(problem), _) => Some(problem),
            (None, Some(problem)) if shown => Some(problem),
            _ => None,
        }
    }

    /// The hall's day as of the last update.
    pub fn today(&self) -> Option<Date> {
        self.today
    }

    /// The problems the footer names, each field once, in form order.
    pub fn missing(&self) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::new();
        for p in &self.problems {
            let field = match p.path.field {
                Field::Agent => Field::Agent,
                other => field_def(other).field,
            };
            if !out.contains(&field) {
                out.push(field);
            }
        }
        out
    }

    fn mark_changed(&mut self) {
        self.changed = true;
    }
}

impl Screen for IntakeScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn typing(&self) -> bool {
        if self.hints_panel.is_some() {
            return false;
        }
        self.centre.is_some() || self.reason.is_some() || self.focus.types()
    }

    fn keep_when_closed(&self) -> bool {
        true
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        if self.centre.is_some() {
            return self.handle_centre(ctx, action);
        }
        if self.reason.is_some() {
            return self.handle_reason(ctx, action);
        }
        if self.hints_panel.is_some() {
            return self.handle_hints(ctx, action);
        }
        match action {
            Action::Save => return self.save(ctx),
            Action::Hints => return self.open_hints(),
            Action::Back => return self.back(ctx),
            other => self.act(ctx, other),
        }
        Outcome::Done
    }

    fn settle(&mut self, ctx: &Ctx) {
        let today = hall_time(ctx.context.now()).map(|(_, day)| day);
        self.today = today;
        let refs = today.and_then(|day| references(ctx.desk, day).ok());
        self.problems = refs
            .as_ref()
            .and_then(|refs| validate(&self.input, refs).err())
            .unwrap_or_default();
        self.typing_problem = match (self.focus, &refs) {
            (Stop::Text(field), Some(refs)) => {
                field_def(field).problem_so_far(field_def(field).get(&self.input), refs)
            }
            _ => None,
        };
        self.offer(ctx);
        self.look_up_earlier(ctx);
        self.settle_hints();
        if let Some(picker) = &mut self.centre {
            picker.settle();
        }
        self.keep_draft(ctx);
    }

    /// The title, and once everything typed is in the draft on disk, that it is: the clerk
    /// (and a test from outside) can tell that a closed window would lose nothing.
    fn status(&self, ctx: &Ctx) -> Option<String> {
        let title = ctx.l10n.t("form-title");
        if self.draft_id().is_some() && !self.draft_pending() {
            return Some(format!("{title}  {}", ctx.l10n.t("form-draft-saved")));
        }
        Some(title)
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        view::render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

impl IntakeScreen {
    /// Brings what the focused query offers up to date. A burst of keys (a paste, a fast
    /// typist) may type a query and press Enter before the next `settle`: Enter and the
    /// arrows call this first, so they act on the query as typed.
    pub(super) fn offer(&mut self, ctx: &Ctx) {
        let key = (self.focus, self.query.clone());
        if self.offered_for.as_ref() != Some(&key) {
            self.candidates = candidates::offered(self.focus, &self.query, ctx.desk, ctx.l10n);
            self.offered_for = Some(key);
            self.chosen = 0;
        }
        self.chosen = self.chosen.min(self.candidates.len().saturating_sub(1));
    }

    /// Esc: drop a query first; otherwise leave the form (the session keeps it for F4), its
    /// draft saved first.
    fn back(&mut self, ctx: &Ctx) -> Outcome {
        if self.focus.queries() && !self.query.is_empty() {
            self.edit(Edit::Clear);
            return Outcome::Done;
        }
        self.leave_field();
        self.flush_draft(ctx);
        Outcome::Close
    }
}
