//! What each key does at each stop of the form: move between stops (never trapped), edit
//! text at the caret, tick boxes, step choices, pick from what a query offers.
use super::super::super::action::Action;
use super::super::super::screen::Ctx;
use super::super::super::widgets::edit::{self, Caret, Edit};
use super::IntakeScreen;
use super::candidates::Candidate;
use super::stops::Stop;
use crate::domain::application::{Fact, Field, MaterialInput, field_def, material_code};
use crate::domain::search::MAX_QUERY_CHARS;
use crate::domain::text::clean_input;
use crate::domain::{Channel, Lang, MaterialKind};

/// A due date is `YYYY-MM-DD`; a few more characters let a mistake show as one.
const MAX_DATE_CHARS: usize = 12;
/// An ID number or a phone never needs more; a card reader's stray bytes are cut here.
const MAX_CODE_CHARS: usize = 24;
/// How many stops PgUp and PgDn move by.
const PAGE: usize = 8;

impl IntakeScreen {
    pub(super) fn act(&mut self, ctx: &Ctx, action: Action) {
        if matches!(action, Action::Choose | Action::Up | Action::Down) {
            self.offer(ctx);
        }
        match action {
            Action::NextPane => self.step(1),
            Action::PrevPane => self.step(-1),
            Action::PageDown => self.step(PAGE as isize),
            Action::PageUp => self.step(-(PAGE as isize)),
            Action::Up | Action::Down => self.up_down(action == Action::Down),
            Action::Choose => self.enter(ctx),
            Action::Toggle => self.toggle(1),
            Action::Left if !self.focus.types() => self.toggle(-1),
            Action::Right if !self.focus.types() => self.toggle(1),
            Action::Left => self.edit(Edit::Left),
            Action::Right => self.edit(Edit::Right),
            Action::Home => self.home_end(Edit::Home),
            Action::End => self.home_end(Edit::End),
            Action::Insert(text) => self.edit(Edit::Insert(text)),
            Action::DeleteBack => self.edit(Edit::DeleteBack),
            Action::ClearQuery => self.edit(Edit::Clear),
            Action::Remove => self.remove(),
            _ => {}
        }
    }

    /// Moves `by` stops, wrapping round at either end so Tab and Shift-Tab never trap.
    fn step(&mut self, by: isize) {
        let all = self.stops();
        let len = all.len() as isize;
        if len == 0 {
            return;
        }
        let at = all.iter().position(|s| *s == self.focus).unwrap_or(0) as isize;
        let to = if by.abs() == 1 {
            (at + by).rem_euclid(len)
        } else {
            (at + by).clamp(0, len - 1)
        };
        self.focus_on(all[to as usize]);
    }

    /// Leaves the focused stop for `stop`: the field left now shows its problems.
    pub(super) fn focus_on(&mut self, stop: Stop) {
        if stop != self.focus {
            self.leave_field();
        }
        self.focus = stop;
        self.query.clear();
        self.chosen = 0;
        self.caret = Caret::at_end(&self.focused_text());
    }

    /// The field left shows its problems from now on; what was typed into it is kept only as
    /// its whole conversion, which the form holds already.
    pub(super) fn leave_field(&mut self) {
        self.left.insert(self.focus.field());
        if self.typed.take().is_some() {
            self.caret = Caret::at_end(&self.focused_text());
        }
    }

    /// Up and Down walk what a query offers, or else move between stops.
    fn up_down(&mut self, down: bool) {
        if self.focus.queries() && !self.candidates.is_empty() {
            let last = self.candidates.len() - 1;
            self.chosen = if down {
                (self.chosen + 1).min(last)
            } else {
                self.chosen.saturating_sub(1)
            };
        } else {
            self.step(if down { 1 } else { -1 });
        }
    }

    /// Enter picks what is highlighted below a query, ticks a box, or moves on: a card reader
    /// types the number and Enter, and the caret goes to the next field.
    fn enter(&mut self, ctx: &Ctx) {
        match self.focus {
            Stop::Fact(_) | Stop::AgentToggle => self.toggle(1),
            stop if stop.queries() && !self.query.is_empty() => self.pick(ctx),
            Stop::MaterialAdd(_) if !self.candidates.is_empty() => self.pick(ctx),
            _ => self.step(1),
        }
    }

    fn home_end(&mut self, edit: Edit) {
        if self.focus.types() {
            self.edit(edit);
        } else {
            let all = self.stops();
            let to = if edit == Edit::Home {
                all.first()
            } else {
                all.last()
            };
            if let Some(stop) = to.copied() {
                self.focus_on(stop);
            }
        }
    }

    /// The text the caret edits at the focused stop: the query at a query stop.
    pub(super) fn focused_text(&self) -> String {
        if let (Some(typed), Stop::Text(_) | Stop::MaterialDue(_)) = (&self.typed, self.focus) {
            return typed.clone();
        }
        match self.focus {
            Stop::Text(field) => field_def(field).get(&self.input).to_string(),
            Stop::MaterialDue(at) => self
                .input
                .materials
                .get(at)
                .and_then(|m| m.due.clone())
                .unwrap_or_default(),
            stop if stop.queries() => self.query.clone(),
            _ => String::new(),
        }
    }

    fn max_chars(&self) -> usize {
        match self.focus {
            Stop::Text(field) => match field_def(field).kind {
                // One more than the cap, so that going over it shows as a problem.
                crate::domain::application::Kind::Text(cap) => {
                    cap.max(&crate::domain::application::Limits::COUNTER) + 1
                }
                _ => MAX_CODE_CHARS,
            },
            Stop::MaterialDue(_) => MAX_DATE_CHARS,
            _ => MAX_QUERY_CHARS,
        }
    }

    /// Applies an editing step to the focused text, if the stop has one.
    pub(super) fn edit(&mut self, step: Edit) {
        if !self.focus.types() {
            return;
        }
        let mut text = self.focused_text();
        let before = text.clone();
        let max = self.max_chars();
        edit::apply(&mut text, &mut self.caret, &step, max);
        if text == before {
            return;
        }
        // The field keeps what was typed; the form holds its whole conversion, so what is
        // checked, drawn, saved as a draft and stored holds no Menksoft shape code.
        let value = clean_input(&text);
        match self.focus {
            Stop::Text(field) => {
                self.typed = Some(text);
                field_def(field).set(&mut self.input, value);
            }
            Stop::MaterialDue(at) => {
                self.typed = Some(text);
                if let Some(m) = self.input.materials.get_mut(at) {
                    m.due = Some(value).filter(|t| !t.is_empty());
                }
            }
            _ => {
                self.query = text;
                return;
            }
        }
        self.mark_changed();
    }

    /// Space (and Left/Right on a choice): tick, untick or step the value at the stop.
    fn toggle(&mut self, by: isize) {
        match self.focus {
            Stop::Fact(fact) => self.toggle_fact(fact),
            Stop::AgentToggle => self.toggle_agent(),
            Stop::Language => {
                let options = ["", Lang::Zh.tag(), Lang::Mn.tag()];
                let next = cycle(&options, &self.input.applicant.document_lang, by);
                self.input.applicant.document_lang = next.to_string();
            }
            Stop::Channel => {
                let codes: Vec<&str> = Channel::ALL.iter().map(|c| c.code()).collect();
                let next = cycle(&codes, &self.input.channel, by).to_string();
                let agent = Channel::Agent.code();
                if next == agent && self.input.agent.is_none() {
                    self.toggle_agent();
                } else if self.input.channel == agent && next != agent && self.agent_is_blank() {
                    // Stepping past 委托代办 opened the agent's section; nothing was typed
                    // in it, so it closes again rather than asking for an agent nobody named.
                    self.toggle_agent();
                }
                self.input.channel = next;
            }
            Stop::Material(at) => {
                let codes: Vec<&str> = MaterialKind::ALL
                    .iter()
                    .map(|k| material_code(*k))
                    .collect();
                if let Some(m) = self.input.materials.get_mut(at) {
                    m.status = cycle(&codes, &m.status, by).to_string();
                    if m.status != material_code(MaterialKind::Deferred) {
                        m.due = None;
                    }
                }
            }
            _ => return,
        }
        self.mark_changed();
    }

    fn toggle_fact(&mut self, fact: Fact) {
        let facts = &mut self.input.applicant.facts;
        if let Some(at) = facts.iter().position(|c| Fact::from_code(c) == Some(fact)) {
            facts.remove(at);
        } else {
            facts.push(fact.code().to_string());
            // Kept in the list's order, so a record reads the same however it was ticked.
            facts.sort_by_key(|c| Fact::from_code(c).map(|f| f as u8));
        }
    }

    fn agent_is_blank(&self) -> bool {
        self.input.agent.as_ref().is_some_and(|a| {
            a.name.trim().is_empty()
                && a.id_number.trim().is_empty()
                && a.relationship.trim().is_empty()
        })
    }

    fn toggle_agent(&mut self) {
        match self.input.agent.take() {
            Some(agent) => self.agent_stash = Some(agent),
            None => self.input.agent = Some(self.agent_stash.take().unwrap_or_default()),
        }
    }

    /// Takes the highlighted candidate into the form.
    fn pick(&mut self, ctx: &Ctx) {
        let Some(candidate) = self.candidates.get(self.chosen).cloned() else {
            return;
        };
        match (self.focus, candidate) {
            (Stop::Pick(field), Candidate::Choice(code)) => {
                field_def(field).set(&mut self.input, code);
                self.mark_changed();
                self.step(1);
            }
            (Stop::ServiceSearch, Candidate::Service(id)) => {
                self.add_service(id);
                self.query.clear();
                self.caret = Caret::default();
            }
            (Stop::MaterialAdd(index), candidate) => {
                let name = match candidate {
                    Candidate::Typed(text) => text,
                    Candidate::Document(id) => ctx.l10n.t(id),
                    _ => return,
                };
                self.add_material(index, name);
            }
            _ => {}
        }
    }

    fn add_material(&mut self, service_index: usize, name: String) {
        let Some(service) = self.input.services.get(service_index).cloned() else {
            return;
        };
        let listed = self
            .input
            .materials
            .iter()
            .any(|m| m.service == service && m.name.trim() == name.trim());
        if listed || name.trim().is_empty() {
            // A second Enter on the same document adds nothing: the checklist names each once.
            self.query.clear();
            self.caret = Caret::default();
            return;
        }
        self.input.materials.push(MaterialInput {
            service,
            name,
            status: material_code(MaterialKind::Received).to_string(),
            due: None,
        });
        self.query.clear();
        self.caret = Caret::default();
        self.mark_changed();
    }

    /// Delete: the character at the caret, or the value or entry in focus.
    fn remove(&mut self) {
        match self.focus {
            Stop::Pick(field) if self.query.is_empty() => {
                field_def(field).set(&mut self.input, String::new());
                self.mark_changed();
            }
            Stop::Service(at) => self.remove_service(at),
            Stop::Material(at) => {
                self.input.materials.remove(at);
                self.mark_changed();
                self.settle_focus(Stop::Material(at));
            }
            _ => self.edit(Edit::DeleteForward),
        }
    }

    fn remove_service(&mut self, at: usize) {
        let Some(id) = self.input.services.get(at).cloned() else {
            return;
        };
        self.input.services.remove(at);
        // Its material lines go with it: they would name a service no longer applied for.
        self.input.materials.retain(|m| m.service != id);
        self.mark_changed();
        self.settle_focus(Stop::Service(at));
    }

    /// After an entry went away: the stop now at its place, or the one before.
    fn settle_focus(&mut self, gone: Stop) {
        let all = self.stops();
        if all.contains(&gone) {
            self.focus_on(gone);
            return;
        }
        let fallback = match gone {
            Stop::Service(at) if at > 0 => Stop::Service(at - 1),
            Stop::Service(_) => Stop::ServiceSearch,
            Stop::Material(at) => all
                .iter()
                .rev()
                .find(|s| matches!(s, Stop::Material(m) if *m < at))
                .or_else(|| all.iter().find(|s| matches!(s, Stop::MaterialAdd(_))))
                .copied()
                .unwrap_or(Stop::Text(Field::Notes)),
            _ => Stop::Text(Field::Notes),
        };
        let stop = if all.contains(&fallback) {
            fallback
        } else {
            all.first().copied().unwrap_or(fallback)
        };
        self.typed = None;
        self.focus = stop;
        self.query.clear();
        self.caret = Caret::at_end(&self.focused_text());
    }
}

/// The option `by` steps from `current` among `options`, round and round; the first when
/// `current` is none of them.
fn cycle<'a>(options: &[&'a str], current: &str, by: isize) -> &'a str {
    let len = options.len() as isize;
    let next = match options.iter().position(|o| *o == current) {
        Some(at) => (at as isize + by).rem_euclid(len),
        None => 0,
    };
    options[next as usize]
}
