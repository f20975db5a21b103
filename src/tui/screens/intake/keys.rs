//! The intake form's key table: what each key does on the form, with the message ids that
//! help and the hint bar show for it.
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Scope, bind};
use crate::tui::keys::{Key, KeyCode};

use KeyCode::Char;
use Scope::{Always, NotTyping};

/// The form's keys, in the order help lists them.
pub const KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Tab)],
        Action::NextPane,
        "form-key-next-field",
        true,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::BackTab)],
        Action::PrevPane,
        "form-key-prev-field",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Choose,
        "form-key-enter",
        false,
        Always,
    ),
    bind(
        &[Key::plain(Char(' '))],
        Action::Toggle,
        "form-key-toggle",
        true,
        NotTyping,
    ),
    bind(
        &[Key::plain(KeyCode::Up)],
        Action::Up,
        "form-key-up",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Down)],
        Action::Down,
        "form-key-down",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Left)],
        Action::Left,
        "form-key-left",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Right)],
        Action::Right,
        "form-key-right",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Home)],
        Action::Home,
        "form-key-home",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::End)],
        Action::End,
        "form-key-end",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::PageUp)],
        Action::PageUp,
        "form-key-page-up",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::PageDown)],
        Action::PageDown,
        "form-key-page-down",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "form-key-delete-back",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Delete)],
        Action::Remove,
        "form-key-remove",
        true,
        Always,
    ),
    bind(
        &[Key::ctrl('u')],
        Action::ClearQuery,
        "form-key-clear",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        "form-key-back",
        true,
        Always,
    ),
];
