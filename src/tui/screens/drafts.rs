//! The offer to resume unfinished intakes: this window's drafts, newest first (time, masked
//! name and ID number, services). Enter resumes one into the form, Delete or D discards one
//! after a second press confirms it, Esc leaves them for later (F4 on an empty form offers
//! them again). Drafts that cannot be read are counted, not fatal.
use std::any::Any;

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::action::Action;
use super::super::keymap::{Binding, Scope, bind};
use super::super::keys::{Key, KeyCode};
use super::super::screen::{Ctx, Notice, Outcome, Screen};
use super::super::widgets::text::{ellipsize, put_rows};
use super::intake::IntakeScreen;
use crate::domain::text::wrap;
use crate::i18n::Arg;
use crate::service::Desk;
use crate::service::drafts::{self, DraftId, DraftOwner, DraftSummary};
use crate::service::intake::hall_timestamp;
use crate::service::operators::Session;

pub const KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Choose,
        "drafts-key-resume",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Delete), Key::plain(KeyCode::Char('d'))],
        Action::Remove,
        "drafts-key-discard",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        "drafts-key-later",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Up), Key::plain(KeyCode::Char('k'))],
        Action::Up,
        "key-up",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Down), Key::plain(KeyCode::Char('j'))],
        Action::Down,
        "key-down",
        false,
        Scope::Always,
    ),
];

/// The drafts offered to one window and clerk.
pub struct DraftsScreen {
    owner: DraftOwner,
    /// A draft not to offer: the one the open form is saving to.
    except: Option<DraftId>,
    drafts: Vec<DraftSummary>,
    unreadable: usize,
    chosen: usize,
    /// Delete was pressed once on the chosen draft: the next press discards it.
    confirming: bool,
}

/// What there is to offer `owner`: the screen when a draft can be resumed, else a notice
/// when only damaged drafts were found.
pub enum Offer {
    Drafts(DraftsScreen),
    OnlyDamaged,
    Nothing,
}

impl DraftsScreen {
    /// The drafts of `owner`, except `except`; damaged ones are counted.
    pub fn offer(
        desk: &Desk,
        session: Option<&Session>,
        owner: DraftOwner,
        except: Option<DraftId>,
    ) -> Offer {
        let mut screen = DraftsScreen {
            owner,
            except,
            drafts: Vec::new(),
            unreadable: 0,
            chosen: 0,
            confirming: false,
        };
        if screen.reload(desk, session).is_err() {
            return Offer::OnlyDamaged;
        }
        match (screen.drafts.is_empty(), screen.unreadable) {
            (false, _) => Offer::Drafts(screen),
            (true, 0) => Offer::Nothing,
            (true, _) => Offer::OnlyDamaged,
        }
    }

    pub fn drafts(&self) -> &[DraftSummary] {
        &self.drafts
    }

    pub fn unreadable(&self) -> usize {
        self.unreadable
    }

    pub fn confirming(&self) -> bool {
        self.confirming
    }

    fn reload(
        &mut self,
        desk: &Desk,
        session: Option<&Session>,
    ) -> Result<(), crate::store::StoreError> {
        let list = drafts::list(desk, session)?;
        self.drafts = list
            .of(&self.owner)
            .filter(|d| Some(d.id) != self.except)
            .cloned()
            .collect();
        self.unreadable = list.unreadable.len();
        self.chosen = self.chosen.min(self.drafts.len().saturating_sub(1));
        Ok(())
    }

    fn resume(&mut self, ctx: &Ctx) -> Outcome {
        let Some(summary) = self.drafts.get(self.chosen) else {
            return Outcome::Close;
        };
        match drafts::load(ctx.desk, ctx.context, summary.id) {
            Ok(Some(draft)) => Outcome::OpenForm(Box::new(IntakeScreen::resume(draft))),
            // Gone meanwhile (another window of this counter took it): show what is left.
            Ok(None) => self.after_change(ctx),
            Err(_) => Outcome::Notice(Notice::Message("drafts-error-unreadable")),
        }
    }

    fn discard(&mut self, ctx: &Ctx) -> Outcome {
        let Some(summary) = self.drafts.get(self.chosen) else {
            return Outcome::Close;
        };
        if !self.confirming {
            self.confirming = true;
            return Outcome::Done;
        }
        self.confirming = false;
        if drafts::discard(ctx.desk, ctx.context, summary.id).is_err() {
            return Outcome::Notice(Notice::Message("drafts-error-discard"));
        }
        self.after_change(ctx)
    }

    fn after_change(&mut self, ctx: &Ctx) -> Outcome {
        if self
            .reload(ctx.desk, ctx.context.session.as_deref())
            .is_err()
        {
            return Outcome::Notice(Notice::Message("drafts-error-unreadable"));
        }
        if self.drafts.is_empty() {
            Outcome::Close
        } else {
            Outcome::Done
        }
    }

    fn lines(&self, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
        let l10n = ctx.l10n;
        let theme = ctx.theme;
        let mut out = Vec::new();
        let say = |text: String, style: Style, out: &mut Vec<Line<'static>>| {
            for part in wrap(&text, width.max(1)) {
                out.push(Line::from(Span::styled(part, style)));
            }
        };
        let count = self.drafts.len() as i64;
        say(
            l10n.t_args("drafts-intro", &[("count", Arg::Num(count))]),
            theme.heading(),
            &mut out,
        );
        for (at, draft) in self.drafts.iter().enumerate() {
            let row = self.row(ctx, draft);
            let chosen = at == self.chosen;
            let marker = if chosen { "▸" } else { " " };
            let style = if chosen {
                theme.selected_row(true)
            } else {
                Style::new()
            };
            out.push(Line::from(Span::styled(
                ellipsize(&format!("{marker}{row}"), width),
                style,
            )));
        }
        if self.confirming {
            say(l10n.t("drafts-confirm-discard"), theme.warning(), &mut out);
        }
        if self.unreadable > 0 {
            let n = self.unreadable as i64;
            say(
                l10n.t_args("drafts-damaged", &[("count", Arg::Num(n))]),
                theme.warning(),
                &mut out,
            );
        }
        out
    }

    /// `2026-12-02 09:30  乌**  150102********124X  SOC-01 DIS-02`
    fn row(&self, ctx: &Ctx, draft: &DraftSummary) -> String {
        let stamp = hall_timestamp(draft.updated_at);
        let when = format!("{} {}", &stamp[..10], &stamp[11..16]);
        let name = if draft.name.is_empty() {
            ctx.l10n.t("drafts-no-name")
        } else {
            draft.name.clone()
        };
        let services = if draft.services.is_empty() {
            ctx.l10n.t("drafts-no-services")
        } else {
            draft.services.join(" ")
        };
        format!("{when}  {name}  {}  {services}", draft.id_number)
    }
}

impl Screen for DraftsScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        if action != Action::Remove {
            self.confirming = false;
        }
        match action {
            Action::Choose => self.resume(ctx),
            Action::Remove => self.discard(ctx),
            Action::Back => Outcome::Close,
            Action::Up => {
                self.chosen = self.chosen.saturating_sub(1);
                Outcome::Done
            }
            Action::Down => {
                self.chosen = (self.chosen + 1).min(self.drafts.len().saturating_sub(1));
                Outcome::Done
            }
            _ => Outcome::Unhandled,
        }
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(ctx.l10n.t("drafts-title"))
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        let area = ctx.area;
        let height = usize::from(area.height);
        let lines = self.lines(ctx, usize::from(area.width));
        // Keep the chosen draft in view: it is line `chosen + 1` (after the heading).
        let skip = (self.chosen + 2).saturating_sub(height);
        put_rows(frame, area, lines.into_iter().skip(skip));
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
