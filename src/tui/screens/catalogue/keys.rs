//! The catalogue's key table: what each key does on this screen, with the message ids that
//! help and the hint bar show for it.
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Scope, bind};
use crate::tui::keys::{Key, KeyCode};

use KeyCode::Char;
use Scope::{Always, NotTyping};

/// The catalogue's keys, in the order help lists them.
pub const KEYS: &[Binding] = &[
    bind(
        &[Key::plain(Char('/'))],
        Action::Search,
        "key-search",
        true,
        NotTyping,
    ),
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Choose,
        "key-choose",
        true,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Tab)],
        Action::NextPane,
        "key-next-pane",
        true,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::BackTab)],
        Action::PrevPane,
        "key-prev-pane",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Up), Key::plain(Char('k'))],
        Action::Up,
        "key-up",
        false,
        NotTyping,
    ),
    bind(
        &[Key::plain(KeyCode::Down), Key::plain(Char('j'))],
        Action::Down,
        "key-down",
        false,
        NotTyping,
    ),
    bind(
        &[Key::plain(KeyCode::PageUp)],
        Action::PageUp,
        "key-page-up",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::PageDown)],
        Action::PageDown,
        "key-page-down",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Home)],
        Action::Home,
        "key-home",
        false,
        NotTyping,
    ),
    bind(
        &[Key::plain(KeyCode::End)],
        Action::End,
        "key-end",
        false,
        NotTyping,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        "key-back",
        true,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Backspace)],
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
    bind(
        &[Key::plain(KeyCode::F(7))],
        Action::Revise,
        "key-edit-item",
        true,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::F(8))],
        Action::History,
        "key-item-history",
        false,
        Always,
    ),
];
