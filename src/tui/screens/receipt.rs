//! The receipt shown once an intake is stored: its number, the promised deadline or why
//! there is none, the applicant with the ID number and phone masked, the services, and the one-time notice of every material still to bring.
//! Its papers are written into the receipts folder as it opens; the print key sends them to
//! the hall's print command, and the view says where they are and what printing did.
use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::action::Action;
use super::super::keymap::{Binding, Scope, bind};
use super::super::keys::{Key, KeyCode};
use super::super::screen::{Ctx, Outcome, Screen};
use super::super::widgets::text::put;
use crate::documents::Written;
use crate::domain::MessageId;
use crate::domain::Phone;
use crate::domain::text::{clean_input, wrap};
use crate::i18n::Arg;
use crate::service::drafts::mask_id_number;
use crate::service::intake::Receipt;

mod papers;

pub use papers::PaperNote;

pub const KEYS: &[Binding] = &[
    bind(
        &[Key::ctrl('p')],
        Action::Print,
        "form-receipt-key-print",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Enter), Key::plain(KeyCode::Esc)],
        Action::Back,
        "form-receipt-key-close",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Up)],
        Action::Up,
        "help-scroll-up",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Down)],
        Action::Down,
        "help-scroll-down",
        false,
        Scope::Always,
    ),
];

pub struct ReceiptScreen {
    receipt: Receipt,
    scroll: usize,
    /// The papers as written, once they are.
    written: Option<Written>,
    /// What writing and printing the papers did, latest last.
    notes: Vec<PaperNote>,
}

impl ReceiptScreen {
    pub fn new(receipt: Receipt) -> ReceiptScreen {
        ReceiptScreen {
            receipt,
            scroll: 0,
            written: None,
            notes: Vec::new(),
        }
    }

    /// What writing and printing the papers did so far.
    pub fn notes(&self) -> &[PaperNote] {
        &self.notes
    }

    /// Writes the papers into the receipts folder; a failure is noted, the intake stands.
    pub fn write_papers(&mut self, ctx: &Ctx) {
        let config = ctx.hall.config();
        match crate::documents::write_for_hall(
            &config,
            ctx.desk.catalogue(),
            ctx.l10n,
            &self.receipt.record,
        ) {
            Ok(written) => {
                self.notes.push(PaperNote::Saved {
                    receipt: written.receipt.text.path.clone(),
                    notice: written.notice.as_ref().map(|n| n.text.path.clone()),
                });
                self.written = Some(written);
            }
            Err(e) => self.notes.push(PaperNote::NotSaved(e)),
        }
    }

    /// The print key: the papers (written again first if they could not be before) to the
    /// print command. The notes of an earlier press give way to this one's.
    fn print(&mut self, ctx: &Ctx) {
        if self.written.is_none() {
            self.notes.clear();
            self.write_papers(ctx);
        }
        let Some(written) = &self.written else {
            return;
        };
        let printed = papers::print(&ctx.hall.config(), written);
        self.notes.retain(|n| matches!(n, PaperNote::Saved { .. }));
        self.notes.extend(printed);
    }

    pub fn receipt(&self) -> &Receipt {
        &self.receipt
    }

    /// `乌云其其格  150102********1243  139****1234`: the name, and the ID number and phone
    /// masked, as every list shows them; the full values are in the record's detail view.
    fn applicant_masked(&self) -> String {
        let applicant = &self.receipt.record.application.personal.applicant;
        let mut parts = vec![
            clean_input(&applicant.name),
            mask_id_number(&applicant.id_number),
        ];
        if !applicant.phone.is_empty() {
            parts.push(match Phone::parse(&applicant.phone) {
                Ok(phone) => phone.masked(),
                Err(_) => "*".repeat(applicant.phone.chars().count()),
            });
        }
        parts.join("  ")
    }

    fn lines(&self, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
        let l10n = ctx.l10n;
        let theme = ctx.theme;
        let mut out = Vec::new();
        let mut say = |text: String, style: Style| {
            for part in wrap(&text, width.max(1)) {
                out.push(Line::from(Span::styled(part, style)));
            }
        };
        let number = self.receipt.number.to_string();
        say(
            l10n.t_args("form-receipt-number", &[("number", Arg::Str(&number))]),
            theme.heading(),
        );
        say(
            l10n.t_args(
                "form-receipt-deadline",
                &[("deadline", Arg::Str(&l10n.say(&self.receipt.deadline)))],
            ),
            Style::new(),
        );
        say(
            l10n.t_args(
                "form-receipt-applicant",
                &[("applicant", Arg::Str(&self.applicant_masked()))],
            ),
            Style::new(),
        );
        // Where the papers are and what printing did, near the top: always in view.
        for note in &self.notes {
            let style = match note {
                PaperNote::NotSaved(_) | PaperNote::PrintFailed(_) => theme.warning(),
                _ => theme.quiet(),
            };
            for line in note.lines(l10n, &number) {
                say(line, style);
            }
        }
        say(l10n.t("form-receipt-services"), theme.label());
        let application = &self.receipt.record.application;
        let lang = l10n.lang();
        for id in &application.services {
            let name = crate::domain::ItemId::parse(id)
                .ok()
                .and_then(|id| ctx.desk.item(id))
                .map(|item| item.name.get(lang).to_string())
                .unwrap_or_default();
            say(format!("  {id} {name}"), Style::new());
        }
        let outstanding: Vec<_> = application
            .materials
            .iter()
            .filter(|m| m.status != crate::domain::MaterialKind::Received)
            .collect();
        if outstanding.is_empty() {
            say(l10n.t("form-receipt-nothing-outstanding"), theme.quiet());
        } else {
            say(l10n.t("form-receipt-outstanding"), theme.label());
            for m in outstanding {
                let status = l10n.t(m.status.message_id());
                let line = match m.due {
                    Some(due) => l10n.t_args(
                        "form-receipt-outstanding-due",
                        &[
                            ("service", Arg::Str(&m.service)),
                            ("name", Arg::Str(&m.name)),
                            ("status", Arg::Str(&status)),
                            ("due", Arg::Str(&due.to_string())),
                        ],
                    ),
                    None => l10n.t_args(
                        "form-receipt-outstanding-line",
                        &[
                            ("service", Arg::Str(&m.service)),
                            ("name", Arg::Str(&m.name)),
                            ("status", Arg::Str(&status)),
                        ],
                    ),
                };
                say(format!("  {line}"), Style::new());
            }
        }
        out
    }
}

impl Screen for ReceiptScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        match action {
            Action::Print => {
                self.print(ctx);
                Outcome::Done
            }
            Action::Back => Outcome::Close,
            Action::Up => {
                self.scroll = self.scroll.saturating_sub(1);
                Outcome::Done
            }
            Action::Down => {
                self.scroll += 1;
                Outcome::Done
            }
            _ => Outcome::Unhandled,
        }
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(ctx.l10n.t("form-receipt-title"))
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        let area = ctx.area;
        let lines = self.lines(ctx, usize::from(area.width));
        let max = lines.len().saturating_sub(usize::from(area.height));
        for (at, line) in lines
            .into_iter()
            .skip(self.scroll.min(max))
            .take(usize::from(area.height))
            .enumerate()
        {
            let rect = Rect::new(area.x, area.y + at as u16, area.width, 1);
            put(frame, rect, line);
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
