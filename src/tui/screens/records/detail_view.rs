//! Drawing one intake in full: a heading, every stored value (the rows `records show`
//! prints), the history, the materials still outstanding with their due dates and the
//! rating, scrolled above a fixed foot: what the last action did, the prompt while one is
//! open, and the row of actions allowed now.
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::detail::DetailScreen;
use super::prompt::{Prompt, Purpose};
use crate::documents::{self, rows::record_rows};
use crate::domain::text::{display_width, wrap};
use crate::domain::{MaterialKind, MessageId, Rating, Status};
use crate::i18n::{Arg, Localizer};
use crate::service::intake::hall_timestamp;
use crate::service::records::RecordAction;
use crate::store::intakes::{Event, History, StoredIntake};
use crate::tui::glyphs;
use crate::tui::screen::Ctx;
use crate::tui::theme::Theme;
use crate::tui::widgets::text::{ellipsize, put};

/// `2026-12-02T09:30:00+08:00` → `2026-12-02 09:30`.
fn when(seconds: i64) -> String {
    let stamp = hall_timestamp(seconds);
    match (stamp.get(..10), stamp.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time}"),
        _ => stamp,
    }
}

struct Writer<'a> {
    out: Vec<Line<'static>>,
    width: usize,
    theme: &'a Theme,
}

impl Writer<'_> {
    fn say(&mut self, text: &str, style: Style) {
        for part in wrap(text, self.width.max(1)) {
            self.out.push(Line::from(Span::styled(part, style)));
        }
    }

    /// `label  value`, the value wrapped under the label when both do not fit on one row.
    fn row(&mut self, label: &str, value: &str) {
        let label_style = self.theme.label();
        if display_width(label) + 2 + display_width(value) <= self.width {
            self.out.push(Line::from(vec![
                Span::styled(label.to_string(), label_style),
                Span::raw(format!("  {value}")),
            ]));
            return;
        }
        self.say(label, label_style);
        self.say(&format!("  {value}"), Style::new());
    }

    fn section(&mut self, title: &str) {
        self.out.push(Line::default());
        self.say(title, self.theme.heading());
    }
}

/// Every line of the record at `width` cells.
pub fn lines(screen: &DetailScreen, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let l10n = ctx.l10n;
    let record = screen.record();
    let mut w = Writer {
        out: Vec::new(),
        width,
        theme: ctx.theme,
    };
    w.say(
        &format!("{}  {}", record.receipt, l10n.say(&record.status)),
        ctx.theme.heading(),
    );
    w.section(&l10n.t("records-history"));
    for entry in &record.history {
        w.say(&history_line(record, entry, l10n), Style::new());
    }
    w.section(&l10n.t("records-outstanding"));
    let outstanding = outstanding_lines(record, l10n);
    if outstanding.is_empty() {
        w.say(&l10n.t("records-nothing-outstanding"), ctx.theme.quiet());
    }
    for line in outstanding {
        w.say(&line, Style::new());
    }
    w.section(&l10n.t("records-rating"));
    match &record.rating {
        Some(rated) => {
            let mut line = format!(
                "{}  {}  {}",
                l10n.say(&rated.rating),
                when(rated.at),
                rated.operator.clone().unwrap_or_default()
            );
            if !rated.comment.is_empty() {
                line.push_str(&format!("  {}", rated.comment));
            }
            w.say(line.trim_end(), Style::new());
        }
        None => w.say(&l10n.t("records-not-rated"), ctx.theme.quiet()),
    }
    w.section(&l10n.t("records-stored"));
    // The heading says the number and the status; the rest is as `records show` prints it.
    for (label, value) in record_rows(record, l10n).into_iter().skip(2) {
        w.row(&label, &value);
    }
    w.out
}

/// `2026-12-02 09:30  boss  办理中  转交民政科`.
fn history_line(record: &StoredIntake, entry: &History, l10n: &Localizer) -> String {
    let what = match entry.event {
        Event::Status(status) => l10n.say(&status),
        Event::MaterialSupplied { material, .. } => {
            let name = usize::try_from(material)
                .ok()
                .and_then(|at| record.application.materials.get(at))
                .map(|m| m.name.clone())
                .unwrap_or_else(|| (u64::from(material) + 1).to_string());
            l10n.t_args("records-event-supplied", &[("material", Arg::Str(&name))])
        }
        Event::Rated(rating) => l10n.t_args(
            "records-event-rated",
            &[("rating", Arg::Str(&l10n.say(&rating)))],
        ),
    };
    let operator = entry
        .operator
        .clone()
        .unwrap_or_else(|| l10n.t("records-operator-none"));
    let mut line = format!("{}  {operator}  {what}", when(entry.at));
    if !entry.note.is_empty() {
        line.push_str(&format!("  {}", entry.note));
    }
    line
}

/// `户口簿 (SOC-01) 缺件` and `残疾人证 (SOC-01) 容缺后补 2099-01-04`: what is still to come.
fn outstanding_lines(record: &StoredIntake, l10n: &Localizer) -> Vec<String> {
    record
        .application
        .materials
        .iter()
        .filter(|m| matches!(m.status, MaterialKind::Missing | MaterialKind::Deferred))
        .map(|m| {
            let mut line = format!("{} ({}) {}", m.name, m.service, l10n.say(&m.status));
            if let Some(due) = m.due {
                line.push_str(&format!(
                    "  {}",
                    l10n.t_args("records-due-by", &[("due", Arg::Str(&due.to_string()))])
                ));
            }
            line
        })
        .collect()
}

/// Rows the foot takes: the action row, a message, and the prompt.
fn foot_rows(screen: &DetailScreen) -> u16 {
    let message = u16::from(screen.message().is_some() || error_of(screen).is_some());
    let prompt = match screen.prompt() {
        Some(Prompt::Note { .. }) => 1,
        Some(Prompt::Rating { .. }) => 2,
        None => 0,
    };
    1 + message + prompt
}

fn error_of(screen: &DetailScreen) -> Option<&super::Said> {
    screen.prompt().and_then(Prompt::error)
}

/// Where the record's lines are drawn in `area`: above the foot.
pub fn record_area(screen: &DetailScreen, area: Rect) -> Rect {
    Rect {
        height: area.height.saturating_sub(foot_rows(screen)),
        ..area
    }
}

pub fn render(screen: &DetailScreen, ctx: &Ctx, frame: &mut Frame) {
    let area = ctx.area;
    let body = record_area(screen, area);
    // One cell is kept free on the right for the mark that more follows below.
    let lines = lines(screen, ctx, usize::from(area.width.saturating_sub(1)));
    let total = lines.len();
    let scroll = screen
        .scroll()
        .min(lines.len().saturating_sub(usize::from(body.height)));
    for (at, line) in lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(body.height))
        .enumerate()
    {
        put(
            frame,
            Rect::new(body.x, body.y + at as u16, body.width, 1),
            line,
        );
    }
    let more_below = scroll + usize::from(body.height) < total;
    if more_below && body.height > 0 {
        let mark = Rect::new(body.right().saturating_sub(1), body.bottom() - 1, 1, 1);
        put(
            frame,
            mark,
            Line::from(Span::styled(glyphs::MORE_BELOW, ctx.theme.more_below())),
        );
    }
    let mut y = body.bottom();
    let mut next_row = || {
        let row = Rect::new(area.x, y, area.width, 1);
        y += 1;
        row
    };
    if let Some(prompt) = screen.prompt() {
        render_prompt(prompt, ctx, frame, &mut next_row);
    }
    let message = error_of(screen).or(screen.message());
    if let Some(said) = message {
        let style = if said.failed {
            ctx.theme.warning()
        } else {
            ctx.theme.label()
        };
        let text = ellipsize(&said.text(ctx.l10n), usize::from(area.width));
        put(frame, next_row(), Line::from(Span::styled(text, style)));
    }
    render_actions(screen, ctx, frame, next_row());
}

/// The prompt's rows: the level choice when rating, then the text field with its label.
fn render_prompt(
    prompt: &Prompt,
    ctx: &Ctx,
    frame: &mut Frame,
    next_row: &mut impl FnMut() -> Rect,
) {
    let l10n = ctx.l10n;
    let label_id = match prompt {
        Prompt::Note {
            purpose: Purpose::Move(Status::Rejected),
            ..
        } => "records-prompt-reason",
        Prompt::Note {
            purpose: Purpose::Move(_),
            ..
        } => "records-prompt-note",
        Prompt::Note {
            purpose: Purpose::Supply(_),
            ..
        } => "records-prompt-supply-note",
        Prompt::Rating { .. } => "records-prompt-comment",
    };
    if let Some(level) = prompt.level() {
        let row = next_row();
        let names: Vec<String> = Rating::ALL.iter().map(|r| l10n.say(r)).collect();
        let chosen = Rating::ALL.iter().position(|r| *r == level).unwrap_or(0);
        let label = format!("{} ", l10n.t("records-prompt-rating"));
        put(
            frame,
            row,
            chips(&label, &names, chosen, usize::from(row.width), ctx),
        );
    }
    let row = next_row();
    let prompt_text = format!("{} {} ", l10n.t(label_id), glyphs::PROMPT);
    let room = usize::from(row.width).saturating_sub(display_width(&prompt_text) + 1);
    let typed = crate::domain::text::menksoft_to_unicode(prompt.text());
    let shown = tail_within(&typed, room);
    put(
        frame,
        row,
        Line::from(vec![
            Span::styled(prompt_text.clone(), ctx.theme.prompt(true)),
            Span::raw(shown.clone()),
        ]),
    );
    if ctx.focused {
        let x = (display_width(&prompt_text) + display_width(&shown))
            .min(usize::from(row.width.saturating_sub(1))) as u16;
        frame.set_cursor_position(Position::new(row.x + x, row.y));
    }
}

/// The last characters of `s` that fit in `width` cells.
fn tail_within(s: &str, width: usize) -> String {
    let mut kept: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        used += display_width(&c.to_string());
        if used > width {
            break;
        }
        kept.push(c);
    }
    kept.into_iter().rev().collect()
}

/// `操作：[办理中] 不予受理 撤回 …`, scrolled so the chosen one shows.
fn render_actions(screen: &DetailScreen, ctx: &Ctx, frame: &mut Frame, row: Rect) {
    let l10n = ctx.l10n;
    let label = format!("{} ", l10n.t("records-actions"));
    if screen.actions().is_empty() {
        let none = format!("{label}{}", l10n.t("records-no-actions"));
        put(
            frame,
            row,
            Line::from(Span::styled(none, ctx.theme.quiet())),
        );
        return;
    }
    let names: Vec<String> = screen
        .actions()
        .iter()
        .map(|a| action_name(screen.record(), *a, l10n))
        .collect();
    let chosen = screen
        .actions()
        .iter()
        .position(|a| Some(*a) == screen.chosen())
        .unwrap_or(0);
    let line = chips(&label, &names, chosen, usize::from(row.width), ctx);
    put(frame, row, line);
}

/// `label [chosen] other other ..`: a row of choices within `width` cells, starting late
/// enough for the chosen one to show; `..` marks choices cut off at either end.
fn chips(label: &str, names: &[String], chosen: usize, width: usize, ctx: &Ctx) -> Line<'static> {
    let room = width.saturating_sub(display_width(label) + 2 * display_width(glyphs::ELLIPSIS));
    let cell = |name: &String| display_width(name) + 3;
    let mut first = 0;
    while first < chosen && names[first..=chosen].iter().map(cell).sum::<usize>() > room {
        first += 1;
    }
    let mut spans = vec![Span::styled(label.to_string(), ctx.theme.label())];
    if first > 0 {
        spans.push(Span::styled(glyphs::ELLIPSIS, ctx.theme.quiet()));
    }
    let mut used = 0;
    for (at, name) in names.iter().enumerate().skip(first) {
        if at > chosen && used + cell(name) > room {
            spans.push(Span::styled(glyphs::ELLIPSIS, ctx.theme.quiet()));
            break;
        }
        used += cell(name);
        let (text, style) = if at == chosen {
            (format!("[{name}]"), ctx.theme.selected_row(ctx.focused))
        } else {
            (format!(" {name} "), Style::new())
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// What an action is called on its button.
pub fn action_name(record: &StoredIntake, action: RecordAction, l10n: &Localizer) -> String {
    match action {
        RecordAction::Status(to) => l10n.t_args(
            "records-action-move",
            &[("status", Arg::Str(&l10n.t(to.message_id())))],
        ),
        RecordAction::Rate => l10n.t("records-action-rate"),
        RecordAction::SupplyMaterial(at) => {
            let name = record
                .application
                .materials
                .get(at)
                .map(|m| m.name.clone())
                .unwrap_or_default();
            l10n.t_args("records-action-supply", &[("material", Arg::Str(&name))])
        }
        RecordAction::Reprint(documents::Kind::Receipt) => l10n.t("records-action-reprint-receipt"),
        RecordAction::Reprint(documents::Kind::Notice) => l10n.t("records-action-reprint-notice"),
        RecordAction::Reprint(documents::Kind::Rejection) => {
            l10n.t("records-action-reprint-rejection")
        }
    }
}
