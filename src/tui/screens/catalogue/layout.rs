//! Where the catalogue's parts go in its area, as a pure function: handling pages by it and
//! drawing draws into it. Plain arithmetic: a constraint solver per frame and per key is the
//! largest cost on a slow machine.
use ratatui::layout::Rect;

use crate::tui::layout::split_first_row;

/// Widths of the domain and item lists beside the record, in wide windows.
const WIDE_DOMAINS: u16 = 22;
const WIDE_ITEMS: u16 = 27;
/// Width of the domain list in narrow windows, where the record goes below.
const NARROW_DOMAINS: u16 = 16;
/// The share of the height the lists take above the record, and the record's least height.
const NARROW_LISTS_PERCENT: u32 = 45;
const NARROW_RECORD_MIN: u16 = 3;

/// The search line on top, then domains, items and the record: side by side from 80
/// columns, the record below the lists in narrower windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatalogueLayout {
    pub search: Rect,
    pub domains: Rect,
    pub items: Rect,
    pub detail: Rect,
}

pub fn layout(area: Rect) -> CatalogueLayout {
    let (search, panes) = split_first_row(area);
    if panes.width >= 80 {
        let (domains, rest) = split_columns(panes, WIDE_DOMAINS);
        let (items, detail) = split_columns(rest, WIDE_ITEMS);
        return CatalogueLayout {
            search,
            domains,
            items,
            detail,
        };
    }
    let lists = ((u32::from(panes.height) * NARROW_LISTS_PERCENT + 50) / 100) as u16;
    let lists = lists.min(panes.height.saturating_sub(NARROW_RECORD_MIN));
    let top = Rect {
        height: lists,
        ..panes
    };
    let detail = Rect {
        y: panes.y + lists,
        height: panes.height - lists,
        ..panes
    };
    let (domains, items) = split_columns(top, NARROW_DOMAINS);
    CatalogueLayout {
        search,
        domains,
        items,
        detail,
    }
}

/// The first `width` columns of `area` (or all it has), and the rest.
fn split_columns(area: Rect, width: u16) -> (Rect, Rect) {
    let width = width.min(area.width);
    let left = Rect { width, ..area };
    let right = Rect {
        x: area.x + width,
        width: area.width - width,
        ..area
    };
    (left, right)
}

/// A pane's rows below its title line.
pub fn rows_below_title(pane: Rect) -> usize {
    usize::from(pane.height.saturating_sub(1))
}

/// The record's text area inside the detail pane: below the title, one column in from the rule.
pub fn record_area(detail: Rect) -> Rect {
    Rect {
        x: detail.x + 1,
        y: detail.y + 1,
        width: detail.width.saturating_sub(1),
        height: detail.height.saturating_sub(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_windows_put_three_panes_side_by_side() {
        let l = layout(Rect::new(0, 1, 80, 22));
        assert_eq!(l.search, Rect::new(0, 1, 80, 1));
        assert_eq!((l.domains.x, l.items.x, l.detail.x), (0, 22, 49));
        assert_eq!(l.detail.height, 21);
    }

    /// The arithmetic gives what the constraint layout it replaced gave.
    #[test]
    fn the_same_as_the_constraint_layout() {
        use ratatui::layout::{Constraint, Layout};
        for width in [60, 61, 70, 79, 80, 81, 100, 160, 200] {
            for height in 14..=60 {
                let area = Rect::new(0, 1, width, height);
                let [search, panes] =
                    Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
                let got = layout(area);
                assert_eq!(got.search, search);
                let (domains, items, detail) = if panes.width >= 80 {
                    let [d, i, r] = Layout::horizontal([
                        Constraint::Length(22),
                        Constraint::Length(27),
                        Constraint::Min(20),
                    ])
                    .areas(panes);
                    (d, i, r)
                } else {
                    let [top, r] =
                        Layout::vertical([Constraint::Percentage(45), Constraint::Min(3)])
                            .areas(panes);
                    let [d, i] = Layout::horizontal([Constraint::Length(16), Constraint::Min(10)])
                        .areas(top);
                    (d, i, r)
                };
                assert_eq!(
                    (got.domains, got.items, got.detail),
                    (domains, items, detail),
                    "{width}x{height}"
                );
            }
        }
    }

    #[test]
    fn narrow_windows_put_the_record_below() {
        let l = layout(Rect::new(0, 1, 60, 18));
        assert!(l.detail.y > l.items.y);
        assert_eq!(l.detail.width, 60);
    }
}
