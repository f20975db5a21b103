//! The revision form's key table, with the message ids help and the hint bar show.
use crate::tui::action::Action;
use crate::tui::keymap::{Binding, Scope, bind};
use crate::tui::keys::{Key, KeyCode};

use Scope::Always;

/// The form's keys, in the order help lists them.
pub const KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::Down)],
        Action::NextPane,
        "form-key-next-field",
        false,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::BackTab), Key::plain(KeyCode::Up)],
        Action::PrevPane,
        "form-key-prev-field",
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
        &[Key::plain(KeyCode::Enter)],
        Action::Choose,
        "form-key-next-field",
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
        false,
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
        &[Key::ctrl('s')],
        Action::Save,
        "catalogue-key-save",
        true,
        Always,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        "catalogue-key-cancel",
        true,
        Always,
    ),
];
