//! The catalogue screen: domains with counts, the matching items, and the selected item's
//! full record; the search line re-ranks the items on every keystroke.
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use super::super::action::Action;
use super::super::app::App;
use super::super::widgets::{record, text};
use crate::domain::search::MAX_QUERY_CHARS;
use crate::domain::text::display_width;
use crate::domain::{DomainCode, ItemId};
use crate::service::Desk;
use unicode_segmentation::UnicodeSegmentation;

/// Which pane has the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Domains,
    Items,
    Detail,
}

/// What the catalogue screen shows.
#[derive(Debug)]
pub struct CatalogueState {
    pub query: String,
    pub searching: bool,
    pub focus: Pane,
    /// 0 is "all domains", 1..=8 the domains in plan order.
    pub domain_cursor: usize,
    /// Hits for the query, best first (every item when the query is empty).
    pub results: Vec<ItemId>,
    pub selected: usize,
    pub detail_scroll: usize,
}

impl CatalogueState {
    pub fn new(desk: &Desk) -> CatalogueState {
        CatalogueState {
            query: String::new(),
            // The caret starts in the search line: a clerk just types.
            searching: true,
            focus: Pane::Items,
            domain_cursor: 0,
            results: desk.search("").iter().map(|h| h.id).collect(),
            selected: 0,
            detail_scroll: 0,
        }
    }

    pub fn domain_filter(&self) -> Option<DomainCode> {
        self.domain_cursor
            .checked_sub(1)
            .and_then(|i| DomainCode::ALL.get(i).copied())
    }

    /// The results in the chosen domain, in rank order.
    pub fn visible(&self) -> Vec<ItemId> {
        let filter = self.domain_filter();
        self.results
            .iter()
            .copied()
            .filter(|id| filter.is_none_or(|d| id.domain == d))
            .collect()
    }

    pub fn selected_id(&self) -> Option<ItemId> {
        self.visible().get(self.selected).copied()
    }

    /// How many results fall in each domain, for the domain pane.
    pub fn count_in(&self, domain: Option<DomainCode>) -> usize {
        self.results
            .iter()
            .filter(|id| domain.is_none_or(|d| id.domain == d))
            .count()
    }

    /// Typing, choosing and pane changes.
    pub fn update(&mut self, desk: &Desk, action: Action) {
        match action {
            Action::Insert(text) => self.type_text(desk, &text),
            Action::DeleteBack => {
                let keep = self
                    .query
                    .grapheme_indices(true)
                    .next_back()
                    .map_or(0, |(at, _)| at);
                self.query.truncate(keep);
                self.requery(desk);
            }
            Action::ClearQuery => self.set_query(desk, String::new()),
            Action::Search => self.searching = true,
            Action::Back => self.back(desk),
            Action::Choose => self.choose(),
            Action::NextPane => self.cycle(1),
            Action::PrevPane => self.cycle(2),
            _ => {}
        }
    }

    /// Movement in the focused pane, paged and clamped by what `view` says fits.
    pub fn navigate(&mut self, motion: Action, view: View) {
        let page = match self.focus {
            Pane::Detail => view.detail_rows,
            _ => view.list_rows,
        }
        .max(1) as isize;
        let delta = match motion {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::Home => isize::MIN / 2,
            Action::End => isize::MAX / 2,
            _ => return,
        };
        self.step(delta, view);
    }

    fn type_text(&mut self, desk: &Desk, text: &str) {
        self.searching = true;
        let room = MAX_QUERY_CHARS.saturating_sub(self.query.chars().count());
        let mut query = self.query.clone();
        query.extend(text.chars().take(room));
        self.set_query(desk, query);
    }

    fn set_query(&mut self, desk: &Desk, query: String) {
        self.query = query;
        self.requery(desk);
    }

    fn requery(&mut self, desk: &Desk) {
        self.results = desk.search(&self.query).iter().map(|h| h.id).collect();
        self.selected = 0;
        self.detail_scroll = 0;
        if self.focus == Pane::Detail {
            self.focus = Pane::Items;
        }
    }

    fn back(&mut self, desk: &Desk) {
        if self.searching && !self.query.is_empty() {
            self.set_query(desk, String::new());
        } else if self.searching {
            self.searching = false;
        } else if self.focus == Pane::Detail {
            self.focus = Pane::Items;
        } else if self.domain_cursor != 0 {
            self.domain_cursor = 0;
            self.selected = 0;
        } else if !self.query.is_empty() {
            self.set_query(desk, String::new());
        }
    }

    fn choose(&mut self) {
        self.searching = false;
        self.focus = match self.focus {
            Pane::Domains => Pane::Items,
            Pane::Items | Pane::Detail => Pane::Detail,
        };
    }

    /// Tab moves forward (1), Shift-Tab backward (2 steps forward of 3). From the search
    /// line, Tab goes to the items it found and Shift-Tab to the domains.
    fn cycle(&mut self, by: usize) {
        const ORDER: [Pane; 3] = [Pane::Domains, Pane::Items, Pane::Detail];
        if std::mem::replace(&mut self.searching, false) && by == 1 {
            self.focus = Pane::Items;
            return;
        }
        let at = ORDER.iter().position(|p| *p == self.focus).unwrap_or(1);
        self.focus = ORDER[(at + by) % ORDER.len()];
    }

    fn step(&mut self, delta: isize, view: View) {
        match self.focus {
            Pane::Domains => {
                self.domain_cursor = moved(self.domain_cursor, delta, DomainCode::ALL.len() + 1);
                self.selected = 0;
                self.detail_scroll = 0;
            }
            Pane::Items => {
                let before = self.selected;
                self.selected = moved(self.selected, delta, self.visible().len());
                if before != self.selected {
                    self.detail_scroll = 0;
                }
            }
            Pane::Detail => {
                let last = view.detail_lines.saturating_sub(view.detail_rows);
                self.detail_scroll = moved(self.detail_scroll, delta, last + 1);
            }
        }
    }
}

/// `at` moved by `delta` and kept within `0..len`.
fn moved(at: usize, delta: isize, len: usize) -> usize {
    let last = len.saturating_sub(1) as isize;
    (at as isize).saturating_add(delta).clamp(0, last) as usize
}

/// Draws the catalogue body into `area` (between the search line and the hint bar).
/// Where the three panes go in the body: side by side from 80 columns, the record below the
/// lists in narrower windows.
pub struct Panes {
    pub domains: Rect,
    pub items: Rect,
    pub detail: Rect,
}

pub fn panes(area: Rect) -> Panes {
    if area.width >= 80 {
        let [domains, items, detail] = Layout::horizontal([
            Constraint::Length(22),
            Constraint::Length(27),
            Constraint::Min(20),
        ])
        .areas(area);
        Panes {
            domains,
            items,
            detail,
        }
    } else {
        let [top, detail] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Min(3)]).areas(area);
        let [domains, items] =
            Layout::horizontal([Constraint::Length(16), Constraint::Min(10)]).areas(top);
        Panes {
            domains,
            items,
            detail,
        }
    }
}

/// What the panes can show at the current size, for paging and for the record's scroll limit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub list_rows: usize,
    pub detail_rows: usize,
    /// Lines the selected record takes at the detail pane's width.
    pub detail_lines: usize,
}

/// Draws the catalogue body into `area` (between the search line and the hint bar).
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let panes = panes(area);
    render_domains(app, frame, panes.domains);
    render_items(app, frame, panes.items);
    render_detail(app, frame, panes.detail);
}

fn pane_title(app: &App, id: &str, pane: Pane) -> Line<'static> {
    let focused = app.catalogue.focus == pane && !app.catalogue.searching;
    let style = if focused {
        Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(Color::Cyan)
    };
    Line::from(Span::styled(app.l10n.t(id), style))
}

fn row_style(selected: bool, focused: bool) -> Style {
    match (selected, focused) {
        (true, true) => Style::new().add_modifier(Modifier::REVERSED),
        (true, false) => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        _ => Style::new(),
    }
}

/// Draws a list column's title and right-hand rule; returns the area for its rows.
fn list_column(app: &App, frame: &mut Frame, area: Rect, title_id: &str, pane: Pane) -> Rect {
    let inner = Rect {
        width: area.width.saturating_sub(1),
        ..area
    };
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    let rule = Line::from(Span::styled("│", Style::new().fg(Color::DarkGray)));
    let x = area.right().saturating_sub(1);
    for y in area.top()..area.bottom() {
        text::put(frame, Rect::new(x, y, 1, 1), rule.clone());
    }
    text::put(frame, title, pane_title(app, title_id, pane));
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

fn render_domains(app: &App, frame: &mut Frame, area: Rect) {
    let body = list_column(app, frame, area, "catalogue-domains", Pane::Domains);
    let lang = app.l10n.lang();
    let state = &app.catalogue;
    let focused = state.focus == Pane::Domains && !state.searching;
    let mut rows = vec![(app.l10n.t("catalogue-all-domains"), state.count_in(None))];
    // Full names when every one fits beside its count, else the short labels throughout.
    let room = usize::from(body.width).saturating_sub(3);
    let domains = &app.desk.catalogue().domains;
    let full = domains
        .iter()
        .all(|d| display_width(d.name.get(lang)) <= room);
    for d in domains {
        let name = if full {
            d.name.get(lang)
        } else {
            d.short.get(lang)
        };
        rows.push((name.to_string(), state.count_in(Some(d.code))));
    }
    for (index, rect) in visible_rows(state.domain_cursor, rows.len(), body) {
        let (name, count) = &rows[index];
        let style = row_style(index == state.domain_cursor, focused);
        text::put(
            frame,
            rect,
            text::label_with_count(name, *count, body.width.into(), style),
        );
    }
}

fn render_items(app: &App, frame: &mut Frame, area: Rect) {
    let body = list_column(app, frame, area, "catalogue-items", Pane::Items);
    let state = &app.catalogue;
    let visible = state.visible();
    if visible.is_empty() {
        let note = Span::styled(
            app.l10n.t("catalogue-no-results"),
            Style::new().fg(Color::DarkGray),
        );
        text::put(frame, Rect { height: 1, ..body }, Line::from(note));
        return;
    }
    let lang = app.l10n.lang();
    let focused = state.focus == Pane::Items;
    for (index, rect) in visible_rows(state.selected, visible.len(), body) {
        let id = visible[index];
        let Some(item) = app.desk.item(id) else {
            continue;
        };
        let style = row_style(index == state.selected, focused);
        let marker = if index == state.selected { "▸" } else { " " };
        let line = text::fit(
            &format!("{marker}{id} {}", item.name.get(lang)),
            body.width.into(),
            style,
        );
        text::put(frame, rect, line);
    }
}

fn render_detail(app: &App, frame: &mut Frame, area: Rect) {
    let [title, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let title_area = Rect {
        x: title.x + 1,
        width: title.width.saturating_sub(1),
        ..title
    };
    text::put(
        frame,
        title_area,
        pane_title(app, "catalogue-detail", Pane::Detail),
    );
    let Some(item) = app.catalogue.selected_id().and_then(|id| app.desk.item(id)) else {
        return;
    };
    let body = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(1),
        ..body
    };
    let lines = record::lines(app.desk.catalogue(), item, &*app.l10n, body.width.into());
    let max_scroll = lines.len().saturating_sub(body.height.into());
    let scroll = app.catalogue.detail_scroll.min(max_scroll);
    for (row, line) in lines
        .into_iter()
        .skip(scroll)
        .take(body.height.into())
        .enumerate()
    {
        text::put(
            frame,
            Rect::new(body.x, body.y + row as u16, body.width, 1),
            line,
        );
    }
    if scroll < max_scroll {
        let more = Rect::new(
            body.right().saturating_sub(1),
            body.bottom().saturating_sub(1),
            1,
            1,
        );
        text::put(
            frame,
            more,
            Line::from(Span::styled("↓", Style::new().fg(Color::Yellow))),
        );
    }
}
