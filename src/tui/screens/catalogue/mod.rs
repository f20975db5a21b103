//! The catalogue screen: domains with counts, the matching items, and the selected item's
//! full record; the search line re-ranks the items once per burst of keys.
use std::any::Any;

use ratatui::Frame;

use super::super::action::Action;
use super::super::keymap::Binding;
use super::super::screen::{Ctx, Outcome, Screen};
use super::super::widgets::edit;
use super::super::widgets::record;
use crate::domain::{DomainCode, ItemId};
use crate::i18n::Arg;
use crate::service::Desk;

mod history;
mod keys;
pub mod layout;
mod revise;
mod revise_keys;
mod revise_view;
mod view;

pub use history::HistoryScreen;
pub use keys::KEYS;
pub use layout::{CatalogueLayout, layout};
pub use revise::{Part, ReviseScreen};

/// Which pane has the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Domains,
    Items,
    Detail,
}

/// What the catalogue screen shows.
#[derive(Debug)]
pub struct CatalogueScreen {
    pub query: String,
    /// The query `results` were found for; the search runs again only when they differ.
    searched: String,
    pub searching: bool,
    pub focus: Pane,
    /// 0 is "all domains", 1..=8 the domains in plan order.
    pub domain_cursor: usize,
    /// Hits for the query, best first (every item when the query is empty).
    pub results: Vec<ItemId>,
    pub selected: usize,
    pub detail_scroll: usize,
}

/// What the panes can show at the current size, for paging and for the record's scroll limit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub list_rows: usize,
    pub detail_rows: usize,
    /// Lines the selected record takes at the detail pane's width.
    pub detail_lines: usize,
}

impl CatalogueScreen {
    pub fn new(desk: &Desk) -> CatalogueScreen {
        CatalogueScreen {
            query: String::new(),
            searched: String::new(),
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

    /// What fits at the size `ctx` gives, computed with the layout the screen is drawn with.
    fn view(&self, ctx: &Ctx) -> View {
        let parts = layout(ctx.area);
        let record_width = usize::from(layout::record_area(parts.detail).width);
        let detail_lines = self
            .selected_id()
            .and_then(|id| ctx.desk.item(id))
            .map_or(0, |item| {
                record::lines(
                    ctx.desk.catalogue(),
                    item,
                    ctx.l10n,
                    ctx.theme,
                    record_width,
                )
                .len()
            });
        View {
            list_rows: layout::rows_below_title(parts.items),
            detail_rows: layout::rows_below_title(parts.detail),
            detail_lines,
        }
    }

    fn type_text(&mut self, text: &str) {
        self.searching = true;
        edit::append_query(&mut self.query, text);
    }

    fn back(&mut self) -> Outcome {
        if self.searching && !self.query.is_empty() {
            self.query.clear();
        } else if self.searching {
            self.searching = false;
        } else if self.focus == Pane::Detail {
            self.focus = Pane::Items;
        } else if self.domain_cursor != 0 {
            self.domain_cursor = 0;
            self.selected = 0;
        } else if !self.query.is_empty() {
            self.query.clear();
        } else {
            return Outcome::Unhandled;
        }
        Outcome::Done
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

    /// Movement in the focused pane, paged and clamped by what `view` says fits.
    fn navigate(&mut self, motion: &Action, view: View) {
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

impl Screen for CatalogueScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn typing(&self) -> bool {
        self.searching
    }

    fn handle(&mut self, ctx: &Ctx, action: Action) -> Outcome {
        // Editing the query is the hot path (a paste or a card reader is hundreds of keys in
        // one read): it only edits; `settle` searches once for what the burst typed.
        match action {
            Action::Insert(text) => self.type_text(&text),
            Action::DeleteBack => edit::pop_grapheme(&mut self.query),
            Action::ClearQuery => self.query.clear(),
            other => {
                self.settle(ctx);
                return self.act(ctx, &other);
            }
        }
        Outcome::Done
    }

    fn settle(&mut self, ctx: &Ctx) {
        if self.query == self.searched {
            return;
        }
        self.results = ctx.desk.search(&self.query).iter().map(|h| h.id).collect();
        self.searched.clone_from(&self.query);
        self.selected = 0;
        self.detail_scroll = 0;
        if self.focus == Pane::Detail {
            self.focus = Pane::Items;
        }
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(ctx.l10n.t_args(
            "catalogue-count",
            &[
                ("shown", Arg::Num(self.visible().len() as i64)),
                ("count", Arg::Num(ctx.desk.catalogue().items.len() as i64)),
            ],
        ))
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

impl CatalogueScreen {
    /// Everything but editing the query, on settled results.
    fn act(&mut self, ctx: &Ctx, action: &Action) -> Outcome {
        match action {
            Action::Search => self.searching = true,
            Action::Back => return self.back(),
            // Enter on the record starts an intake for the item it shows.
            Action::Choose if self.focus == Pane::Detail && !self.searching => {
                if let Some(id) = self.selected_id() {
                    return Outcome::StartIntake(id);
                }
            }
            Action::Choose => self.choose(),
            Action::Revise => {
                if let Some(id) = self.selected_id() {
                    return Outcome::Revise(id);
                }
            }
            Action::History => {
                if let Some(screen) = self
                    .selected_id()
                    .and_then(|id| HistoryScreen::new(ctx, id))
                {
                    return Outcome::Push(Box::new(screen));
                }
            }
            Action::NextPane => self.cycle(1),
            Action::PrevPane => self.cycle(2),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End => {
                // Only movement needs the record laid out; typing does not.
                let view = self.view(ctx);
                self.navigate(action, view);
            }
            _ => return Outcome::Unhandled,
        }
        Outcome::Done
    }
}
