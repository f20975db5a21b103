//! Where the catalogue's parts go in its area, as a pure function: handling pages by it and
//! drawing draws into it.
use ratatui::layout::{Constraint, Layout, Rect};

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
    let [search, panes] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    if panes.width >= 80 {
        let [domains, items, detail] = Layout::horizontal([
            Constraint::Length(22),
            Constraint::Length(27),
            Constraint::Min(20),
        ])
        .areas(panes);
        return CatalogueLayout {
            search,
            domains,
            items,
            detail,
        };
    }
    let [top, detail] =
        Layout::vertical([Constraint::Percentage(45), Constraint::Min(3)]).areas(panes);
    let [domains, items] =
        Layout::horizontal([Constraint::Length(16), Constraint::Min(10)]).areas(top);
    CatalogueLayout {
        search,
        domains,
        items,
        detail,
    }
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

    #[test]
    fn narrow_windows_put_the_record_below() {
        let l = layout(Rect::new(0, 1, 60, 18));
        assert!(l.detail.y > l.items.y);
        assert_eq!(l.detail.width, 60);
    }
}
