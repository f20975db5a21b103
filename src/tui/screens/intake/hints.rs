//! Eligibility hints on the form: one line above the footer names the items the applicant
//! may also be entitled to; F7 opens them with the rule that fired and its source, and
//! Enter adds the highlighted one to the services applied for.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::super::super::action::Action;
use super::super::super::glyphs::SELECTED;
use super::super::super::screen::{Ctx, Notice, Outcome};
use super::super::super::widgets::text::{ellipsize, fit, put_rows};
use super::IntakeScreen;
use crate::domain::eligibility::Hint;
use crate::domain::text::wrap;
use crate::i18n::Arg;
use crate::service::eligibility::{hints_for, rules};

impl IntakeScreen {
    /// Brings the hints up to date with the facts, the ID number, the services and the
    /// earlier intakes (pure: no store is read here).
    pub(super) fn settle_hints(&mut self) {
        self.hints = match (self.today, rules()) {
            (Some(today), Ok(rules)) => {
                hints_for(rules, &self.input, self.earlier.intakes(), today)
            }
            _ => Vec::new(),
        };
        if let Some(chosen) = self.hints_panel {
            self.hints_panel = if self.hints.is_empty() {
                None
            } else {
                Some(chosen.min(self.hints.len() - 1))
            };
        }
    }

    /// What the applicant may also be entitled to, in the rules' order.
    pub fn hints(&self) -> &[Hint<'static>] {
        &self.hints
    }

    /// The highlighted hint while the hints are open.
    pub fn hints_open(&self) -> Option<usize> {
        self.hints_panel
    }

    /// F7: opens the hints, or says there are none.
    pub(super) fn open_hints(&mut self) -> Outcome {
        if self.hints.is_empty() {
            return Outcome::Notice(Notice::Message("form-hints-none"));
        }
        self.leave_field();
        self.hints_panel = Some(0);
        Outcome::Done
    }

    pub(super) fn handle_hints(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        let Some(chosen) = self.hints_panel else {
            return Outcome::Unhandled;
        };
        let last = self.hints.len().saturating_sub(1);
        match action {
            Action::Back | Action::Hints => self.hints_panel = None,
            // Saving is what the form does; the hints step aside for it.
            Action::Save => {
                self.hints_panel = None;
                return self.save(ctx);
            }
            Action::Up => self.hints_panel = Some(chosen.saturating_sub(1)),
            Action::Down | Action::NextPane => self.hints_panel = Some((chosen + 1).min(last)),
            Action::PrevPane => self.hints_panel = Some(chosen.saturating_sub(1)),
            Action::Choose | Action::Toggle => self.take_hint(chosen),
            _ => {}
        }
        Outcome::Done
    }

    /// Adds the hinted item to the services; the hint goes, since it is applied for now.
    fn take_hint(&mut self, at: usize) {
        if let Some(hint) = self.hints.get(at) {
            self.add_service(hint.item);
            self.hints.remove(at);
        }
        self.hints_panel = match self.hints.len() {
            0 => None,
            len => Some(at.min(len - 1)),
        };
    }
}

/// The one line above the footer: `F7 可能符合：SOC-03 医疗救助、…`; none without hints.
pub fn summary(screen: &IntakeScreen, ctx: &Ctx, width: usize) -> Option<Line<'static>> {
    if screen.hints.is_empty() {
        return None;
    }
    let lang = ctx.l10n.lang();
    let names: Vec<String> = screen
        .hints
        .iter()
        .map(|h| {
            let name = ctx.desk.item(h.item).map_or("", |i| i.name.get(lang));
            format!("{} {name}", h.item)
        })
        .collect();
    let list = names.join(&ctx.l10n.t("common-list-separator"));
    let text = ctx.l10n.t_args(
        "form-hints-line",
        &[
            ("count", Arg::Num(names.len() as i64)),
            ("items", Arg::Str(&list)),
        ],
    );
    Some(Line::from(vec![
        Span::styled("F7", ctx.theme.key_cap()),
        Span::raw(" "),
        Span::styled(ellipsize(&text, width.saturating_sub(3)), ctx.theme.label()),
    ]))
}

/// The hints opened: each item, and under the highlighted one the rule and its source.
pub fn render_panel(screen: &IntakeScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let chosen = screen.hints_panel.unwrap_or(0);
    let mut rows: Vec<Line<'static>> = Vec::new();
    for part in wrap(&ctx.l10n.t("form-hints-title"), width.max(1)) {
        rows.push(Line::from(Span::styled(part, ctx.theme.heading())));
    }
    let lang = ctx.l10n.lang();
    let mut chosen_row = 0;
    for (at, hint) in screen.hints.iter().enumerate() {
        let name = ctx.desk.item(hint.item).map_or("", |i| i.name.get(lang));
        let selected = at == chosen;
        let marker = if selected { SELECTED } else { " " };
        let style = if selected {
            ctx.theme.selected_row(true)
        } else {
            ratatui::style::Style::new()
        };
        if selected {
            chosen_row = rows.len();
        }
        let label = fit(
            &format!("{} {name}", hint.item),
            width.saturating_sub(1),
            style,
        );
        let mut spans = vec![Span::raw(marker)];
        spans.extend(label.spans);
        rows.push(Line::from(spans));
        if selected {
            rows.extend(details(hint, ctx, width));
        }
    }
    draw_from(frame, area, &rows, chosen_row);
}

/// The rule's line and its source, wrapped under the highlighted item.
fn details(hint: &Hint<'static>, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let indent = "   ";
    let room = width.saturating_sub(indent.len()).max(1);
    let why = hint.rule.why.get(ctx.l10n.lang()).to_string();
    let source = ctx.l10n.t_args(
        "form-hints-source",
        &[("source", Arg::Str(&hint.rule.source))],
    );
    let mut out = Vec::new();
    for (text, style) in [(why, ctx.theme.label()), (source, ctx.theme.quiet())] {
        for part in wrap(&text, room) {
            out.push(Line::from(vec![
                Span::raw(indent),
                Span::styled(part, style),
            ]));
        }
    }
    out
}

/// Draws `rows` into `area`, scrolled so that row `keep` and a few after it show.
fn draw_from(frame: &mut Frame, area: Rect, rows: &[Line<'static>], keep: usize) {
    let height = usize::from(area.height);
    let offset = (keep + 4).saturating_sub(height).min(keep);
    put_rows(frame, area, rows.iter().skip(offset).cloned());
}
