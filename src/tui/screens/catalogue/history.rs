//! An item's revisions, newest first, each with who, when, the source and effective date,
//! the new text and the text it replaced; conflicts with the built-in catalogue first. Read
//! from the store when opened; scrolled with the arrows and pages.
use std::any::Any;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::super::action::Action;
use super::super::super::keymap::{Binding, Scope, bind};
use super::super::super::keys::{Key, KeyCode};
use super::super::super::screen::{Ctx, Outcome, Screen};
use super::super::super::theme::Theme;
use super::super::super::widgets::text::put_rows;
use crate::domain::ItemId;
use crate::domain::editable::{FieldValue, editable};
use crate::domain::text::wrap;
use crate::i18n::{Arg, Localizer};
use crate::service::catalogue::{self, History};
use crate::service::intake::hall_timestamp;
use crate::store::catalogue::{Conflict, Revision};

const KEYS: &[Binding] = &[
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
    bind(
        &[Key::plain(KeyCode::PageUp)],
        Action::PageUp,
        "key-page-up",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::PageDown)],
        Action::PageDown,
        "key-page-down",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Esc), Key::plain(KeyCode::F(8))],
        Action::Back,
        "catalogue-key-close",
        true,
        Scope::Always,
    ),
];

#[derive(Debug)]
pub struct HistoryScreen {
    id: ItemId,
    history: Result<History, String>,
    scroll: usize,
}

impl HistoryScreen {
    /// The history of `id` as the store holds it now; `None` for an item the desk lacks.
    pub fn new(ctx: &Ctx, id: ItemId) -> Option<HistoryScreen> {
        ctx.desk.item(id)?;
        Some(HistoryScreen {
            id,
            history: catalogue::history(ctx.desk, id).map_err(|e| e.to_string()),
            scroll: 0,
        })
    }

    fn lines(&self, l10n: &Localizer, theme: &Theme, width: usize) -> Vec<Line<'static>> {
        let mut out = Lines {
            out: Vec::new(),
            width,
        };
        let title = l10n.t_args(
            "catalogue-revisions-title",
            &[("id", Arg::Str(&self.id.to_string()))],
        );
        out.add(&title, theme.heading());
        match &self.history {
            Err(detail) => {
                let said = l10n.t_args("catalogue-edit-failed", &[("detail", Arg::Str(detail))]);
                out.add(&said, theme.warning());
            }
            Ok(history) if history.revisions.is_empty() && history.conflicts.is_empty() => {
                out.add(&l10n.t("catalogue-revisions-empty"), theme.quiet());
            }
            Ok(history) => {
                for conflict in &history.conflicts {
                    conflict_lines(&mut out, conflict, l10n, theme);
                }
                for revision in &history.revisions {
                    revision_lines(&mut out, revision, l10n, theme);
                }
            }
        }
        out.out
    }
}

/// Wrapped lines, each at most `width` cells.
struct Lines {
    out: Vec<Line<'static>>,
    width: usize,
}

impl Lines {
    fn add(&mut self, text: &str, style: Style) {
        for line in wrap(text, self.width) {
            self.out.push(Line::from(Span::styled(line, style)));
        }
    }

    fn value(&mut self, label: &str, value: Option<&FieldValue>, l10n: &Localizer, theme: &Theme) {
        self.add(label, theme.label());
        match value {
            None => self.add(&l10n.t("catalogue-revisions-nothing-before"), theme.quiet()),
            Some(value) => {
                self.add(&value.text.zh, Style::new());
                self.add(&value.text.mn, Style::new());
            }
        }
    }
}

fn field_label(key: &str, l10n: &Localizer) -> String {
    editable(key).map_or_else(|| key.to_string(), |f| l10n.t(f.label))
}

fn conflict_lines(out: &mut Lines, c: &Conflict, l10n: &Localizer, theme: &Theme) {
    let said = l10n.t_args(
        "catalogue-revisions-conflict",
        &[
            ("number", Arg::Num(i64::from(c.revision))),
            ("field", Arg::Str(&field_label(c.field, l10n))),
        ],
    );
    out.add(&said, theme.warning());
    if let Some(now) = &c.seed_now {
        out.add(&now.text.zh, theme.quiet());
        out.add(&now.text.mn, theme.quiet());
    }
    out.out.push(Line::default());
}

fn revision_lines(out: &mut Lines, r: &Revision, l10n: &Localizer, theme: &Theme) {
    let entry = l10n.t_args(
        "catalogue-revisions-entry",
        &[
            ("number", Arg::Num(i64::from(r.number))),
            ("field", Arg::Str(&field_label(&r.field, l10n))),
            ("effective", Arg::Str(&r.effective.to_string())),
        ],
    );
    out.add(&entry, theme.item_id());
    let by = l10n.t_args(
        "catalogue-revisions-by",
        &[
            ("operator", Arg::Str(&r.operator)),
            ("at", Arg::Str(&hall_timestamp(r.at))),
        ],
    );
    out.add(&by, theme.quiet());
    out.add(
        &format!("{}: {}", l10n.t("catalogue-edit-source"), r.source),
        theme.quiet(),
    );
    out.value(
        &l10n.t("catalogue-revisions-new"),
        Some(&r.value),
        l10n,
        theme,
    );
    out.value(
        &l10n.t("catalogue-revisions-old"),
        r.replaced.as_ref(),
        l10n,
        theme,
    );
    out.out.push(Line::default());
}

fn body(ctx: &Ctx) -> Rect {
    Rect {
        x: ctx.area.x + 1,
        width: ctx.area.width.saturating_sub(2),
        ..ctx.area
    }
}

impl Screen for HistoryScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        let area = body(ctx);
        let page = usize::from(area.height).max(1);
        let total = self.lines(ctx.l10n, ctx.theme, area.width.into()).len();
        let last = total.saturating_sub(page);
        self.scroll = match action {
            Action::Back => return Outcome::Close,
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll + 1,
            Action::PageUp => self.scroll.saturating_sub(page),
            Action::PageDown => self.scroll + page,
            _ => return Outcome::Unhandled,
        }
        .min(last);
        Outcome::Done
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        let area = body(ctx);
        let lines = self.lines(ctx.l10n, ctx.theme, area.width.into());
        put_rows(frame, area, lines.into_iter().skip(self.scroll));
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
