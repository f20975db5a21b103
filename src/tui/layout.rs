//! Where things go, as pure functions of the window size: the session's update and its render
//! both call them, so what a key pages by is what the screen shows.
use ratatui::layout::{Rect, Size};

/// The smallest window the layout is built for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The rows every screen shares: title bar, the screen's body, hint bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Regions {
    pub title: Rect,
    pub body: Rect,
    pub hints: Rect,
}

/// The regions of a window of `size`, or `None` when it is too small to lay out. Plain
/// arithmetic rather than a constraint solver: every key press asks for it.
pub fn regions(size: Size) -> Option<Regions> {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return None;
    }
    let (width, height) = (size.width, size.height);
    Some(Regions {
        title: Rect::new(0, 0, width, 1),
        body: Rect::new(0, 1, width, height - 2),
        hints: Rect::new(0, height - 1, width, 1),
    })
}

/// The first row of `area`, and the rest below it.
pub fn split_first_row(area: Rect) -> (Rect, Rect) {
    let first = Rect {
        height: area.height.min(1),
        ..area
    };
    let rest = Rect {
        y: area.y + first.height,
        height: area.height - first.height,
        ..area
    };
    (first, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_is_everything_between_the_bars() {
        let r = regions(Size::new(80, 24)).unwrap();
        assert_eq!(r.title, Rect::new(0, 0, 80, 1));
        assert_eq!(r.body, Rect::new(0, 1, 80, 22));
        assert_eq!(r.hints, Rect::new(0, 23, 80, 1));
    }

    #[test]
    fn the_first_row_splits_off_even_from_nothing() {
        let (first, rest) = split_first_row(Rect::new(2, 3, 10, 5));
        assert_eq!(
            (first, rest),
            (Rect::new(2, 3, 10, 1), Rect::new(2, 4, 10, 4))
        );
        let (first, rest) = split_first_row(Rect::new(2, 3, 10, 0));
        assert_eq!((first.height, rest.height), (0, 0));
    }

    #[test]
    fn too_small_is_none() {
        assert!(regions(Size::new(59, 24)).is_none());
        assert!(regions(Size::new(80, 15)).is_none());
        assert!(regions(Size::new(MIN_WIDTH, MIN_HEIGHT)).is_some());
    }
}
