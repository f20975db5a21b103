//! The records screens' key tables: the list, the detail, a note or rating being written,
//! and the filter panel. Help and the hint bar are generated from them.
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Scope, bind};
use crate::tui::keys::{Key, KeyCode};

use KeyCode::Char;
use Scope::{Always, NotTyping};

const fn plain(code: KeyCode) -> Key {
    Key::plain(code)
}

/// The list with its search line.
pub const KEYS: &[Binding] = &[
    bind(
        &[plain(Char('/'))],
        Action::Search,
        "records-key-search",
        true,
        NotTyping,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Choose,
        "records-key-open",
        true,
        Always,
    ),
    bind(
        &[plain(Char('f'))],
        Action::Filters,
        "records-key-filters",
        true,
        NotTyping,
    ),
    bind(
        &[plain(Char('d'))],
        Action::SortByDeadline,
        "records-key-sort",
        true,
        NotTyping,
    ),
    bind(
        &[plain(Char('o'))],
        Action::OverdueOnly,
        "records-key-overdue",
        false,
        NotTyping,
    ),
    bind(
        &[plain(Char('m'))],
        Action::MineOnly,
        "records-key-mine",
        false,
        NotTyping,
    ),
    bind(
        &[plain(KeyCode::Delete)],
        Action::Remove,
        "records-key-filters-reset",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Up), plain(Char('k'))],
        Action::Up,
        "records-key-up",
        false,
        NotTyping,
    ),
    bind(
        &[plain(KeyCode::Down), plain(Char('j'))],
        Action::Down,
        "records-key-down",
        false,
        NotTyping,
    ),
    bind(
        &[plain(KeyCode::PageUp)],
        Action::PageUp,
        "records-key-page-up",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::PageDown)],
        Action::PageDown,
        "records-key-page-down",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Home)],
        Action::Home,
        "records-key-home",
        false,
        NotTyping,
    ),
    bind(
        &[plain(KeyCode::End)],
        Action::End,
        "key-end",
        false,
        NotTyping,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Back,
        "records-key-back",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "key-delete-back",
        false,
        Always,
    ),
    bind(
        &[Key::ctrl('u')],
        Action::ClearQuery,
        "key-clear-query",
        false,
        Always,
    ),
];

/// One intake in full, with the actions allowed on it.
pub const DETAIL_KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Right), plain(KeyCode::Tab)],
        Action::Right,
        "records-key-next-action",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Left), plain(KeyCode::BackTab)],
        Action::Left,
        "records-key-previous-action",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Choose,
        "records-key-do-action",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Up), plain(Char('k'))],
        Action::Up,
        "records-key-scroll-up",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Down), plain(Char('j'))],
        Action::Down,
        "records-key-scroll-down",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::PageUp)],
        Action::PageUp,
        "key-page-up",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::PageDown)],
        Action::PageDown,
        "key-page-down",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Back,
        "records-key-close-detail",
        true,
        Always,
    ),
];

/// Writing the note of a status move or of a material handed in.
pub const NOTE_KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        Action::Choose,
        "records-key-confirm",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Back,
        "records-key-cancel",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "records-key-delete-back",
        false,
        Always,
    ),
    bind(
        &[Key::ctrl('u')],
        Action::ClearQuery,
        "records-key-clear-note",
        false,
        Always,
    ),
];

/// Recording the applicant's rating: a level and an optional comment.
pub const RATING_KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Right), plain(KeyCode::Down)],
        Action::Right,
        "records-key-rating-next",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Left), plain(KeyCode::Up)],
        Action::Left,
        "records-key-rating-previous",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Choose,
        "records-key-confirm",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Back,
        "records-key-cancel",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "records-key-delete-back",
        false,
        Always,
    ),
    bind(
        &[Key::ctrl('u')],
        Action::ClearQuery,
        "records-key-clear-note",
        false,
        Always,
    ),
];

/// The filter panel over the list.
pub const PANEL_KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Down), plain(KeyCode::Tab)],
        Action::Down,
        "records-key-filter-next",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::BackTab)],
        Action::Up,
        "records-key-filter-previous",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Right)],
        Action::Right,
        "records-key-filter-change",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Left)],
        Action::Left,
        "records-key-filter-change-back",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Choose,
        "records-key-filter-apply",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Back,
        "records-key-cancel",
        true,
        Always,
    ),
    bind(
        &[plain(KeyCode::Delete)],
        Action::Remove,
        "records-key-filters-reset",
        false,
        Always,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "records-key-delete-back",
        false,
        Always,
    ),
];
