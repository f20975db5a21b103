//! The receipt shown once an intake is stored: its number, the promised deadline or why
//! there is none, the services, and the one-time notice of every material still to bring.
//! Printing is a named action that says plainly it is not available yet.
use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::action::Action;
use super::super::keymap::{Binding, Scope, bind};
use super::super::keys::{Key, KeyCode};
use super::super::screen::{Ctx, Notice, Outcome, Screen};
use super::super::widgets::text::put;
use crate::domain::MessageId;
use crate::domain::text::wrap;
use crate::i18n::Arg;
use crate::service::intake::Receipt;

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
}

impl ReceiptScreen {
    pub fn new(receipt: Receipt) -> ReceiptScreen {
        ReceiptScreen { receipt, scroll: 0 }
    }

    pub fn receipt(&self) -> &Receipt {
        &self.receipt
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

    fn handle(&mut self, _ctx: &Ctx, action: Action) -> Outcome {
        match action {
            // Printing arrives with the documents module; until then it says so.
            Action::Print => Outcome::Notice(Notice::NotYetAvailable),
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
