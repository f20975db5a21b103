//! Drawing the records list: the search line, the filters in force, the column header, one
//! row per intake (urgent rows marked and coloured), and a footer with the legend, the page
//! and anything that went wrong. The filter panel, when open, takes the rows' place.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line as TextLine, Span};

use super::columns::{self, Columns};
use super::panel::{Field, Panel};
use super::{CHROME_ROWS, RecordsScreen};
use crate::domain::MessageId;
use crate::i18n::{Arg, Localizer};
use crate::service::records::{Filter, Order, Urgency};
use crate::tui::glyphs;
use crate::tui::screen::Ctx;
use crate::tui::widgets::{bars, text};

pub fn render(screen: &RecordsScreen, ctx: &Ctx, frame: &mut Frame) {
    let area = ctx.area;
    if area.height < CHROME_ROWS + 1 {
        return;
    }
    let row = |at: u16| Rect::new(area.x, area.y + at, area.width, 1);
    let searching = screen.searching() && screen.panel().is_none() && ctx.focused;
    bars::search_line(
        frame,
        row(0),
        ctx,
        ("records-search", "records-search-placeholder"),
        screen.query(),
        searching,
    );
    text::put(frame, row(1), filter_bar(screen.filter(), ctx));
    let body = Rect::new(
        area.x,
        area.y + 2,
        area.width,
        area.height - CHROME_ROWS + 1,
    );
    match screen.panel() {
        Some(panel) => render_panel(panel, ctx, frame, body),
        None => render_rows(screen, ctx, frame, body),
    }
    text::put(frame, row(area.height - 1), footer(screen, ctx));
}

/// `筛选（f） 办理中  SOC  仅看已超期  按承诺期限` — only what narrows or orders the list.
fn filter_bar(filter: &Filter, ctx: &Ctx) -> TextLine<'static> {
    let l10n = ctx.l10n;
    let parts = filter_words(filter, l10n);
    let words = if parts.is_empty() {
        l10n.t("records-filter-none")
    } else {
        parts.join("  ")
    };
    let label = format!("{} ", l10n.t("records-filter-label"));
    let room = usize::from(ctx.area.width).saturating_sub(label.chars().count() + 1);
    TextLine::from(vec![
        Span::styled(label, ctx.theme.label()),
        Span::raw(text::ellipsize(&words, room)),
    ])
}

fn filter_words(filter: &Filter, l10n: &Localizer) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(status) = filter.status {
        parts.push(l10n.say(&status));
    }
    if let Some(service) = &filter.service {
        parts.push(service.clone());
    }
    if let Some(channel) = filter.channel {
        parts.push(l10n.say(&channel));
    }
    if filter.from.is_some() || filter.to.is_some() {
        let day = |d: Option<crate::domain::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        parts.push(format!("{}~{}", day(filter.from), day(filter.to)));
    }
    if filter.overdue_only {
        parts.push(l10n.t("records-filter-overdue"));
    }
    if filter.operator.is_some() {
        parts.push(l10n.t("records-filter-mine"));
    }
    if filter.order == Order::Deadline {
        parts.push(l10n.t("records-order-deadline"));
    }
    parts
}

fn render_rows(screen: &RecordsScreen, ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let columns = Columns::fit(usize::from(body.width));
    let header = Rect::new(body.x, body.y, body.width, 1);
    text::put(
        frame,
        header,
        text::fit(
            &columns.header(ctx.l10n),
            body.width.into(),
            ctx.theme.label(),
        ),
    );
    let rows = Rect::new(
        body.x,
        body.y + 1,
        body.width,
        body.height.saturating_sub(1),
    );
    let lines = screen.lines();
    if lines.is_empty() {
        let note = if screen.error().is_some() {
            String::new()
        } else {
            ctx.l10n.t("records-empty-list")
        };
        text::put(
            frame,
            Rect { height: 1, ..rows },
            TextLine::from(Span::styled(note, ctx.theme.quiet())),
        );
        return;
    }
    let height = usize::from(rows.height).max(1);
    let first = screen.selected().saturating_sub(height - 1);
    for (at, line) in lines.iter().enumerate().skip(first).take(height) {
        let chosen = at == screen.selected();
        let mut style = columns::style(ctx.theme, line.urgency);
        if chosen {
            style = style.patch(ctx.theme.selected_row(ctx.focused));
        }
        let row = Rect::new(rows.x, rows.y + (at - first) as u16, rows.width, 1);
        let shown = columns.line(line, chosen, ctx.l10n);
        text::put(frame, row, text::fit(&shown, rows.width.into(), style));
    }
}

/// The legend of the markers, the page, whether more follow, and what went wrong.
fn footer(screen: &RecordsScreen, ctx: &Ctx) -> TextLine<'static> {
    let l10n = ctx.l10n;
    let width = usize::from(ctx.area.width);
    if let Some(error) = screen.error() {
        let message = text::ellipsize(&error.text(l10n), width);
        return TextLine::from(Span::styled(message, ctx.theme.warning()));
    }
    let mut spans = vec![
        Span::styled(
            columns::OVERDUE.to_string(),
            columns::style(ctx.theme, Urgency::Overdue),
        ),
        Span::raw(format!(" {}  ", l10n.t("records-legend-overdue"))),
        Span::styled(
            columns::DUE_SOON.to_string(),
            columns::style(ctx.theme, Urgency::DueSoon),
        ),
        Span::raw(format!(" {}  ", l10n.t("records-legend-due-soon"))),
    ];
    let listing = screen.listing();
    let mut notes = vec![l10n.t_args("records-page", &[("page", Arg::Num(screen.page() as i64))])];
    if listing.next.is_some() {
        notes.push(l10n.t("records-more-pages"));
    }
    if listing.more_may_match {
        notes.push(l10n.t("records-more-may-match"));
    }
    if listing.damaged > 0 {
        notes.push(l10n.t_args(
            "records-screen-damaged",
            &[("count", Arg::Num(listing.damaged as i64))],
        ));
    }
    spans.push(Span::styled(notes.join("  "), ctx.theme.quiet()));
    let used: usize = spans.iter().map(|s| s.width()).sum();
    if used > width {
        // The legend gives way to the page and what follows.
        spans.drain(..4);
    }
    TextLine::from(spans)
}

fn render_panel(panel: &Panel, ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let l10n = ctx.l10n;
    let title = Rect::new(body.x, body.y, body.width, 1);
    text::put(
        frame,
        title,
        TextLine::from(Span::styled(
            l10n.t("records-filter-title"),
            ctx.theme.pane_title(true),
        )),
    );
    let label_width = Field::ALL
        .iter()
        .map(|f| crate::domain::text::display_width(&l10n.t(f.label_id())))
        .max()
        .unwrap_or(0)
        .min(usize::from(body.width) / 2);
    for (at, field) in Field::ALL.iter().enumerate() {
        let y = body.y + 1 + at as u16;
        if y >= body.bottom() {
            break;
        }
        let focused = at == panel.focus;
        let marker = if focused { glyphs::SELECTED } else { " " };
        let label = text::fit(&l10n.t(field.label_id()), label_width, ctx.theme.label());
        let value = field_value(panel, *field, l10n);
        let style = if focused {
            ctx.theme.selected_row(true)
        } else {
            Style::new()
        };
        let mut spans = vec![Span::raw(marker.to_string())];
        spans.extend(label.spans);
        spans.push(Span::raw(" "));
        spans.push(Span::styled(value.clone(), style));
        if focused && panel.error.is_none() {
            let help = if field.typed() {
                field_help(*field)
            } else {
                "records-filter-help-choice"
            };
            spans.push(Span::styled(
                format!("  {}", l10n.t(help)),
                ctx.theme.quiet(),
            ));
        }
        if focused {
            if let Some(error) = &panel.error {
                spans.push(Span::styled(
                    format!("  {}", error.text(l10n)),
                    ctx.theme.warning(),
                ));
            }
        }
        let row = Rect::new(body.x, y, body.width, 1);
        text::put(frame, row, TextLine::from(spans));
        if focused && field.typed() && ctx.focused {
            let x =
                body.x as usize + 1 + label_width + 1 + crate::domain::text::display_width(&value);
            let x = x.min(usize::from(body.right().saturating_sub(1))) as u16;
            frame.set_cursor_position(ratatui::layout::Position::new(x, y));
        }
    }
}

fn field_help(field: Field) -> &'static str {
    match field {
        Field::Service => "records-filter-help-service",
        _ => "records-filter-help-date",
    }
}

/// What a field shows: the choice's name, the text typed, or yes / no.
fn field_value(panel: &Panel, field: Field, l10n: &Localizer) -> String {
    let any = || l10n.t("records-filter-any");
    let say = |named: &dyn MessageId| l10n.say(named);
    let yes_no = |on: bool| {
        l10n.t(if on {
            "records-filter-yes"
        } else {
            "records-filter-no"
        })
    };
    match field {
        Field::Status => panel.status.map_or_else(any, |s| say(&s)),
        Field::Service => panel.service.clone(),
        Field::Channel => panel.channel.map_or_else(any, |c| say(&c)),
        Field::From => panel.from.clone(),
        Field::To => panel.to.clone(),
        Field::Overdue => yes_no(panel.overdue),
        Field::Mine => yes_no(panel.mine),
        Field::Order => l10n.t(match panel.order {
            Order::Newest => "records-order-newest",
            Order::Deadline => "records-order-deadline",
        }),
    }
}
