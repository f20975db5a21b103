//! Drawing the catalogue: the search line, the domain and item lists, and the record.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::super::super::glyphs;
use super::super::super::layout::split_first_row;
use super::super::super::screen::Ctx;
use super::super::super::widgets::{bars, record, text};
use super::layout::{layout, record_area};
use super::{CatalogueScreen, Pane};
use crate::domain::text::{display_width, wrap};

pub fn render(screen: &CatalogueScreen, ctx: &Ctx, frame: &mut Frame) {
    let parts = layout(ctx.area);
    bars::search(
        frame,
        parts.search,
        ctx,
        &screen.query,
        screen.searching && ctx.focused,
    );
    render_domains(screen, ctx, frame, parts.domains);
    render_items(screen, ctx, frame, parts.items);
    render_detail(screen, ctx, frame, parts.detail);
}

fn focused(screen: &CatalogueScreen, pane: Pane) -> bool {
    screen.focus == pane && !screen.searching
}

fn pane_title(screen: &CatalogueScreen, ctx: &Ctx, id: &str, pane: Pane) -> Line<'static> {
    let style = ctx.theme.pane_title(focused(screen, pane));
    Line::from(Span::styled(ctx.l10n.t(id), style))
}

/// Draws a list column's title and right-hand rule; returns the area for its rows.
fn list_column(
    screen: &CatalogueScreen,
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    title_id: &str,
    pane: Pane,
) -> Rect {
    let inner = Rect {
        width: area.width.saturating_sub(1),
        ..area
    };
    let (title, body) = split_first_row(inner);
    let rule = Line::from(Span::styled(glyphs::RULE, ctx.theme.rule()));
    let x = area.right().saturating_sub(1);
    for y in area.top()..area.bottom() {
        text::put(frame, Rect::new(x, y, 1, 1), rule.clone());
    }
    text::put(frame, title, pane_title(screen, ctx, title_id, pane));
    body
}

/// The rows of a list of `len` entries that fit in `body`, scrolled so `selected` shows:
/// (entry index, the row's area).
fn visible_rows(selected: usize, len: usize, body: Rect) -> impl Iterator<Item = (usize, Rect)> {
    let height = usize::from(body.height).max(1);
    let first = if len <= height {
        0
    } else {
        selected.saturating_sub(height - 1).min(len - height)
    };
    (first..len.min(first + usize::from(body.height)))
        .enumerate()
        .map(move |(row, index)| (index, Rect::new(body.x, body.y + row as u16, body.width, 1)))
}

fn render_domains(screen: &CatalogueScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let body = list_column(screen, ctx, frame, area, "catalogue-domains", Pane::Domains);
    let lang = ctx.l10n.lang();
    let focused = focused(screen, Pane::Domains);
    let mut rows = vec![(ctx.l10n.t("catalogue-all-domains"), screen.count_in(None))];
    // Full names when every one fits beside its count, else the short labels throughout.
    let room = usize::from(body.width).saturating_sub(3);
    let domains = &ctx.desk.catalogue().domains;
    let full = domains
        .iter()
        .all(|d| display_width(d.name.get(lang)) <= room);
    for d in domains {
        let name = if full {
            d.name.get(lang)
        } else {
            d.short.get(lang)
        };
        rows.push((name.to_string(), screen.count_in(Some(d.code))));
    }
    for (index, rect) in visible_rows(screen.domain_cursor, rows.len(), body) {
        let (name, count) = &rows[index];
        let style = if index == screen.domain_cursor {
            ctx.theme.selected_row(focused)
        } else {
            ratatui::style::Style::new()
        };
        text::put(
            frame,
            rect,
            text::label_with_count(name, *count, body.width.into(), style),
        );
    }
}

fn render_items(screen: &CatalogueScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let body = list_column(screen, ctx, frame, area, "catalogue-items", Pane::Items);
    let visible = screen.visible();
    if visible.is_empty() {
        // Wrapped, not cut: in Mongolian the note is wider than the pane.
        let note = ctx.l10n.t("catalogue-no-results");
        for (row, line) in wrap(&note, body.width.into())
            .into_iter()
            .take(body.height.into())
            .enumerate()
        {
            let rect = Rect::new(body.x, body.y + row as u16, body.width, 1);
            text::put(
                frame,
                rect,
                Line::from(Span::styled(line, ctx.theme.quiet())),
            );
        }
        return;
    }
    let lang = ctx.l10n.lang();
    let focused = screen.focus == Pane::Items;
    for (index, rect) in visible_rows(screen.selected, visible.len(), body) {
        let id = visible[index];
        let Some(item) = ctx.desk.item(id) else {
            continue;
        };
        let chosen = index == screen.selected;
        let style = if chosen {
            ctx.theme.selected_row(focused)
        } else {
            ratatui::style::Style::new()
        };
        let marker = if chosen { glyphs::SELECTED } else { " " };
        let line = text::fit(
            &format!("{marker}{id} {}", item.name.get(lang)),
            body.width.into(),
            style,
        );
        text::put(frame, rect, line);
    }
}

fn render_detail(screen: &CatalogueScreen, ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let title = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    text::put(
        frame,
        title,
        pane_title(screen, ctx, "catalogue-detail", Pane::Detail),
    );
    let Some(item) = screen.selected_id().and_then(|id| ctx.desk.item(id)) else {
        return;
    };
    let body = record_area(area);
    let lines = record::lines(
        ctx.desk.catalogue(),
        item,
        ctx.l10n,
        ctx.theme,
        body.width.into(),
    );
    let max_scroll = lines.len().saturating_sub(body.height.into());
    let scroll = screen.detail_scroll.min(max_scroll);
    let more_below = scroll < max_scroll;
    let last_row = usize::from(body.height).saturating_sub(1);
    for (row, line) in lines
        .into_iter()
        .skip(scroll)
        .take(body.height.into())
        .enumerate()
    {
        // The mark needs a cell of its own: drawn over the second half of a wide character
        // that fills the row, it would never reach the terminal.
        let width = if more_below && row == last_row {
            body.width.saturating_sub(1)
        } else {
            body.width
        };
        text::put(
            frame,
            Rect::new(body.x, body.y + row as u16, width, 1),
            line,
        );
    }
    if more_below {
        let more = Rect::new(
            body.right().saturating_sub(1),
            body.bottom().saturating_sub(1),
            1,
            1,
        );
        text::put(
            frame,
            more,
            Line::from(Span::styled(glyphs::MORE_BELOW, ctx.theme.more_below())),
        );
    }
}
