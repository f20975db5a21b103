//! The records screen (F5): intakes newest first, a page at a time, one masked line each; a
//! search line (receipt number, ID number, name in either script or by its sound, phone), the
//! filters, and Enter for an intake's full detail and what can be done with it. Searching
//! and paging run once per burst of keys, in `settle`; drawing only reads.
use std::any::Any;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Frame;

use super::super::action::Action;
use super::super::keymap::Binding;
use super::super::screen::{Ctx, Outcome, Screen};
use super::super::widgets::edit;
use crate::i18n::Arg;
use crate::service::intake::{self, Viewing};
use crate::service::records::{self, Cursor, Filter, Line, Listing, Order};

mod columns;
mod detail;
mod detail_view;
mod keys;
mod panel;
mod prompt;
mod said;
mod view;

pub use detail::DetailScreen;
pub use keys::{DETAIL_KEYS, KEYS, NOTE_KEYS, PANEL_KEYS, RATING_KEYS};
pub use panel::Panel;
pub use prompt::Prompt;
pub use said::Said;

/// Rows of the body that are not list rows: the search line, the filter bar, the column
/// header and the footer.
const CHROME_ROWS: u16 = 4;

/// What the list is to fetch at the next settle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    /// The page shown, again (a filter changed, or a record did).
    Again,
    Next,
    Previous,
    /// The page shown, again, with the last line selected (after paging back).
    PreviousAtEnd,
}

pub struct RecordsScreen {
    query: String,
    /// The query the listing was fetched for; `None` until the first fetch.
    searched: Option<String>,
    searching: bool,
    filter: Filter,
    /// Where each page up to the one shown starts: the first is the first page.
    starts: Vec<Option<Cursor>>,
    listing: Listing,
    selected: usize,
    fetch: Option<Fetch>,
    panel: Option<Panel>,
    /// Why the last fetch or opening failed.
    error: Option<Said>,
    /// Set by a detail opened from here when it changed its intake: the page is fetched again.
    changed: Arc<AtomicBool>,
}

impl Default for RecordsScreen {
    fn default() -> Self {
        RecordsScreen::new()
    }
}

impl RecordsScreen {
    /// The screen before its first page: `settle` fetches it.
    pub fn new() -> RecordsScreen {
        RecordsScreen {
            query: String::new(),
            searched: None,
            searching: false,
            filter: Filter::default(),
            starts: vec![None],
            listing: Listing::default(),
            selected: 0,
            fetch: Some(Fetch::Again),
            panel: None,
            error: None,
            changed: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn searching(&self) -> bool {
        self.searching
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    pub fn lines(&self) -> &[Line] {
        &self.listing.lines
    }

    pub fn listing(&self) -> &Listing {
        &self.listing
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Which page is shown, from 1.
    pub fn page(&self) -> usize {
        self.starts.len()
    }

    pub fn panel(&self) -> Option<&Panel> {
        self.panel.as_ref()
    }

    pub fn error(&self) -> Option<&Said> {
        self.error.as_ref()
    }

    /// Rows of the list at the size `ctx` gives: a page is this many lines.
    fn page_size(ctx: &Ctx) -> usize {
        usize::from(ctx.area.height.saturating_sub(CHROME_ROWS)).max(1)
    }

    fn type_text(&mut self, text: &str) {
        self.searching = true;
        edit::append_query(&mut self.query, text);
    }

    /// The filter changed: back to its first page.
    fn refilter(&mut self, filter: Filter) {
        self.filter = filter;
        self.starts = vec![None];
        self.selected = 0;
        self.fetch = Some(Fetch::Again);
    }

    fn toggle_order(&mut self) {
        let mut filter = self.filter.clone();
        filter.order = match filter.order {
            Order::Newest => Order::Deadline,
            Order::Deadline => Order::Newest,
        };
        self.refilter(filter);
    }

    fn toggle_overdue(&mut self) {
        let mut filter = self.filter.clone();
        filter.overdue_only = !filter.overdue_only;
        self.refilter(filter);
    }

    fn toggle_mine(&mut self, ctx: &Ctx) {
        let mut filter = self.filter.clone();
        filter.operator = match filter.operator {
            Some(_) => None,
            None => ctx.context.operator.as_ref().map(|o| o.name.clone()),
        };
        self.refilter(filter);
    }

    fn back(&mut self) -> Outcome {
        if self.searching && !self.query.is_empty() {
            self.query.clear();
        } else if self.searching {
            self.searching = false;
        } else if !self.query.is_empty() {
            self.query.clear();
        } else {
            return Outcome::Unhandled;
        }
        Outcome::Done
    }

    /// Movement in the list: within the page, or onto the next or previous page.
    fn navigate(&mut self, action: &Action) {
        let len = self.listing.lines.len();
        let last = len.saturating_sub(1);
        let has_next = self.listing.next.is_some();
        let has_previous = self.starts.len() > 1;
        match action {
            Action::Down if self.selected < last => self.selected += 1,
            Action::Down | Action::PageDown if has_next => self.fetch = Some(Fetch::Next),
            Action::Up if self.selected > 0 => self.selected -= 1,
            Action::Up if has_previous => self.fetch = Some(Fetch::PreviousAtEnd),
            Action::PageUp if has_previous => self.fetch = Some(Fetch::Previous),
            Action::PageUp => self.selected = 0,
            Action::PageDown | Action::End => self.selected = last,
            Action::Home => {
                if has_previous {
                    self.starts.truncate(1);
                    self.fetch = Some(Fetch::Again);
                }
                self.selected = 0;
            }
            _ => {}
        }
    }

    /// Enter: the selected intake in full (the view is audited).
    fn open(&mut self, ctx: &Ctx) -> Outcome {
        self.searching = false;
        let Some(line) = self.listing.lines.get(self.selected) else {
            return Outcome::Done;
        };
        let receipt = line.receipt.clone();
        match intake::show(ctx.desk, ctx.context, &receipt, Viewing::Details) {
            Ok(Some(record)) => {
                self.error = None;
                let actions = records::actions(&record, ctx.context);
                Outcome::Push(Box::new(DetailScreen::new(
                    record,
                    actions,
                    self.changed.clone(),
                )))
            }
            Ok(None) => {
                self.error = Some(Said::error(&records::RecordsError::NotFound(receipt)));
                Outcome::Done
            }
            Err(e) => {
                self.error = Some(Said::error(&records::RecordsError::Intake(e)));
                Outcome::Done
            }
        }
    }

    /// The filter panel has the keys: Enter applies it, Esc drops it.
    fn handle_panel(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        let Some(panel) = self.panel.as_mut() else {
            return Outcome::Unhandled;
        };
        match action {
            Action::Back => self.panel = None,
            Action::Remove => *panel = Panel::new(&Filter::default()),
            Action::Choose => {
                let operator = ctx.context.operator.as_ref().map(|o| o.name.as_str());
                if let Ok(filter) = panel.filter(operator) {
                    self.panel = None;
                    self.refilter(filter);
                }
            }
            other => panel.step(&other),
        }
        Outcome::Done
    }

    /// Everything but editing the query.
    fn act(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        match action {
            Action::Search => self.searching = true,
            Action::Back => return self.back(),
            Action::Choose => return self.open(ctx),
            Action::Filters => self.panel = Some(Panel::new(&self.filter)),
            Action::SortByDeadline => self.toggle_order(),
            Action::OverdueOnly => self.toggle_overdue(),
            Action::MineOnly => self.toggle_mine(ctx),
            Action::Remove => self.refilter(Filter::default()),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End => self.navigate(&action),
            _ => return Outcome::Unhandled,
        }
        Outcome::Done
    }

    /// Fetches what is due: a new query's first page, or the page `fetch` asks for.
    fn fetch_due(&mut self, ctx: &Ctx) {
        if self.changed.swap(false, Ordering::SeqCst) {
            self.fetch.get_or_insert(Fetch::Again);
        }
        if self.searched.as_deref() != Some(self.query.as_str()) {
            self.starts = vec![None];
            self.selected = 0;
            self.fetch = Some(Fetch::Again);
        }
        let Some(fetch) = self.fetch.take() else {
            return;
        };
        let start = match fetch {
            Fetch::Next => self.listing.next.clone(),
            Fetch::Previous | Fetch::PreviousAtEnd => {
                if self.starts.len() > 1 {
                    self.starts.pop();
                }
                self.starts.last().cloned().flatten()
            }
            Fetch::Again => self.starts.last().cloned().flatten(),
        };
        let found = records::search(
            ctx.desk,
            ctx.context,
            &self.query,
            &self.filter,
            start.as_ref(),
            Self::page_size(ctx),
        );
        self.searched = Some(self.query.clone());
        match found {
            Ok(listing) => {
                if fetch == Fetch::Next {
                    self.starts.push(start);
                }
                self.listing = listing;
                self.error = None;
                let last = self.listing.lines.len().saturating_sub(1);
                self.selected = match fetch {
                    Fetch::Next | Fetch::Previous => 0,
                    Fetch::PreviousAtEnd => last,
                    Fetch::Again => self.selected.min(last),
                };
            }
            Err(e) => self.error = Some(Said::error(&e)),
        }
    }
}

impl Screen for RecordsScreen {
    fn keys(&self) -> &'static [Binding] {
        if self.panel.is_some() {
            PANEL_KEYS
        } else {
            KEYS
        }
    }

    fn typing(&self) -> bool {
        match &self.panel {
            Some(panel) => panel.typing(),
            None => self.searching,
        }
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        if self.panel.is_some() {
            return self.handle_panel(ctx, action);
        }
        // Typing only edits the query; `settle` searches once for what a burst typed.
        match action {
            Action::Insert(text) => self.type_text(&text),
            Action::DeleteBack => edit::pop_grapheme(&mut self.query),
            Action::ClearQuery => self.query.clear(),
            other => {
                self.settle(ctx);
                return self.act(ctx, other);
            }
        }
        Outcome::Done
    }

    fn settle(&mut self, ctx: &Ctx) {
        self.fetch_due(ctx);
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(
            ctx.l10n
                .t_args("records-title", &[("page", Arg::Num(self.page() as i64))]),
        )
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        view::render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
