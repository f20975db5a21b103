//! Draws the revision form: the item, the field chosen, its text now, then each typed part
//! under its label with its problem beside it, and what the last save said.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::super::screen::Ctx;
use super::super::super::widgets::edit;
use super::super::super::widgets::text::{ellipsize, put};
use super::revise::{Part, ReviseScreen, Said};
use crate::domain::editable::Shape;
use crate::domain::text::display_width;
use crate::i18n::Arg;

/// The message id of each part's label.
fn label_id(part: Part) -> &'static str {
    match part {
        Part::Field => "catalogue-edit-field",
        Part::Zh => "catalogue-edit-zh",
        Part::Mn => "catalogue-edit-mn",
        Part::Source => "catalogue-edit-source",
        Part::Effective => "catalogue-edit-effective",
    }
}

/// Rows of the form, one after another from the top of `area`.
struct Rows<'f, 'a> {
    frame: &'f mut Frame<'a>,
    area: Rect,
    next: u16,
}

impl Rows<'_, '_> {
    /// The next row, or `None` once the area is full.
    fn take(&mut self) -> Option<Rect> {
        if self.next >= self.area.height {
            return None;
        }
        let row = Rect::new(self.area.x, self.area.y + self.next, self.area.width, 1);
        self.next += 1;
        Some(row)
    }

    fn line(&mut self, line: Line<'_>) -> Option<Rect> {
        let row = self.take()?;
        put(self.frame, row, line);
        Some(row)
    }
}

pub fn render(screen: &ReviseScreen, ctx: &Ctx, frame: &mut Frame) {
    let l10n = ctx.l10n;
    let theme = ctx.theme;
    let area = Rect {
        x: ctx.area.x + 1,
        width: ctx.area.width.saturating_sub(2),
        ..ctx.area
    };
    let width = usize::from(area.width);
    let labels: Vec<String> = Part::ALL.iter().map(|p| l10n.t(label_id(*p))).collect();
    let gutter = labels.iter().map(|l| display_width(l)).max().unwrap_or(0) + 2;
    let pad = |label: &str| {
        format!(
            "{label}{}",
            " ".repeat(gutter.saturating_sub(display_width(label)))
        )
    };
    let mut rows = Rows {
        frame,
        area,
        next: 0,
    };

    let title = l10n.t_args(
        "catalogue-edit-title",
        &[
            ("id", Arg::Str(&screen.item.id.to_string())),
            ("name", Arg::Str(screen.item.name.get(l10n.lang()))),
        ],
    );
    rows.line(Line::from(Span::styled(
        ellipsize(&title, width),
        theme.heading(),
    )));
    rows.take();

    // The field, chosen with Left and Right.
    let field_name = format!("< {} >", l10n.t(screen.field().label));
    let focused = screen.focus() == Part::Field;
    rows.line(Line::from(vec![
        Span::styled(pad(&labels[0]), theme.label()),
        Span::styled(field_name, theme.selected_row(focused && ctx.focused)),
    ]));
    let current_label = pad(&l10n.t("catalogue-edit-current"));
    let room = width.saturating_sub(display_width(&current_label));
    let current = screen.current();
    let now = current.as_ref().map_or_else(
        || l10n.t("catalogue-not-specified"),
        |v| v.text.get(l10n.lang()).to_string(),
    );
    rows.line(Line::from(vec![
        Span::styled(current_label, theme.label()),
        Span::styled(ellipsize(&now, room), theme.quiet()),
    ]));
    rows.take();

    for (at, part) in Part::TYPED.iter().enumerate() {
        draw_part(&mut rows, screen, ctx, *part, &pad(&labels[at + 1]));
    }
    rows.take();
    draw_said(&mut rows, screen, ctx);
}

fn draw_part(rows: &mut Rows, screen: &ReviseScreen, ctx: &Ctx, part: Part, label: &str) {
    let theme = ctx.theme;
    let width = usize::from(rows.area.width);
    let room = width.saturating_sub(display_width(label) + 1);
    let focused = screen.focus() == part;
    let (text, caret) = edit::shown(screen.text(part), screen.caret(part));
    let (visible, caret_x) = edit::window(&text, caret, room);
    let mut spans = vec![Span::styled(label.to_string(), theme.prompt(focused))];
    if text.is_empty() && part == Part::Effective {
        spans.push(Span::styled(
            ctx.l10n.t("catalogue-edit-date-placeholder"),
            theme.quiet(),
        ));
    } else {
        spans.push(Span::raw(visible.to_string()));
    }
    let Some(row) = rows.line(Line::from(spans)) else {
        return;
    };
    if focused && ctx.focused {
        let x = row.x + (display_width(label) + caret_x).min(width.saturating_sub(1)) as u16;
        rows.frame.set_cursor_position(Position::new(x, row.y));
    }
    let problem = screen.problems_of(part).next().map(|p| ctx.l10n.say(p));
    let note = match (problem, part) {
        (Some(problem), _) => Some((problem, theme.warning())),
        (None, Part::Zh) if screen.field().shape == Shape::List => {
            Some((ctx.l10n.t("catalogue-edit-list-note"), theme.quiet()))
        }
        _ => None,
    };
    let indent = " ".repeat(display_width(label));
    let line = note.map_or_else(Line::default, |(text, style): (String, Style)| {
        Line::from(vec![
            Span::raw(indent.clone()),
            Span::styled(ellipsize(&text, room), style),
        ])
    });
    rows.line(line);
}

fn draw_said(rows: &mut Rows, screen: &ReviseScreen, ctx: &Ctx) {
    let l10n = ctx.l10n;
    let theme = ctx.theme;
    let (text, style) = match &screen.said {
        Said::Nothing => return,
        Said::Fix => (l10n.t("catalogue-edit-fix"), theme.warning()),
        Said::Saved(number) => (
            l10n.t_args(
                "catalogue-edit-saved",
                &[("number", Arg::Num(i64::from(*number)))],
            ),
            theme.heading(),
        ),
        Said::Message(id) => (l10n.t(id), theme.warning()),
        Said::Failed(detail) => (
            l10n.t_args("catalogue-edit-failed", &[("detail", Arg::Str(detail))]),
            theme.warning(),
        ),
    };
    let width = usize::from(rows.area.width);
    for line in crate::domain::text::wrap(&text, width) {
        if rows.line(Line::from(Span::styled(line, style))).is_none() {
            return;
        }
    }
}
