//! Key tables: every binding with its description's message id. The session owns a table for
//! the keys that mean the same everywhere; each screen owns one for its own keys. Help and the
//! hint bar are generated from the tables, so what they say is always what the keys do.
use super::action::Action;
use super::keys::{Key, KeyCode};
use crate::domain::text::clean_typed;

/// Where a binding applies: always, or only while no text field has the caret (there a key
/// that types a character types it instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Always,
    NotTyping,
}

/// A row of a key table.
#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// Message id of the description shown in help and, if `hint`, of `<desc>-hint` in the
    /// hint bar.
    pub desc: &'static str,
    pub hint: bool,
    pub scope: Scope,
}

impl Binding {
    /// All of a binding's keys, as help shows them: `Up / k`.
    pub fn label(&self) -> String {
        let mut labels: Vec<String> = Vec::new();
        for key in self.keys {
            let label = key.label();
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels.join(" / ")
    }

    fn applies(&self, pressed: &Key, typing: bool) -> bool {
        let typed = typing && pressed.typed_char().is_some();
        (self.scope == Scope::Always || !typed) && self.keys.iter().any(|k| k.matches(pressed))
    }
}

/// A row for a key table.
pub const fn bind(
    keys: &'static [Key],
    action: Action,
    desc: &'static str,
    hint: bool,
    scope: Scope,
) -> Binding {
    Binding {
        keys,
        action,
        desc,
        hint,
        scope,
    }
}

use KeyCode::F;
use Scope::Always;

/// Keys that mean the same on every screen and come first in help and the hint bar.
pub const GLOBAL_FIRST: &[Binding] = &[
    bind(&[Key::plain(F(1))], Action::Help, "key-help", true, Always),
    bind(
        &[Key::plain(F(2))],
        Action::ToggleLanguage,
        "key-language",
        true,
        Always,
    ),
    bind(
        &[Key::plain(F(3))],
        Action::Catalogue,
        "key-catalogue",
        false,
        Always,
    ),
    bind(
        &[Key::plain(F(4))],
        Action::NewIntake,
        "key-new-intake",
        false,
        Always,
    ),
    bind(
        &[Key::plain(F(5))],
        Action::Records,
        "key-records",
        false,
        Always,
    ),
];

/// Keys that mean the same on every screen and come last.
pub const GLOBAL_LAST: &[Binding] = &[
    bind(
        &[Key::plain(F(6))],
        Action::SignOut,
        "key-sign-out",
        false,
        Always,
    ),
    bind(&[Key::ctrl('s')], Action::Save, "key-save", false, Always),
    bind(
        &[Key::ctrl('q'), Key::ctrl('c')],
        Action::Quit,
        "key-quit",
        true,
        Always,
    ),
    // Last, so that a full page of help still shows how to quit.
    bind(
        &[Key::plain(F(9))],
        Action::Statistics,
        "key-statistics",
        false,
        Always,
    ),
];

/// The bindings in force on a screen whose own table is `screen`, in the order help lists
/// them: the first global keys, the screen's, the last global keys.
pub fn in_force(screen: &'static [Binding]) -> impl Iterator<Item = &'static Binding> {
    GLOBAL_FIRST.iter().chain(screen).chain(GLOBAL_LAST)
}

/// The bindings in force while the sign-in form is in front: the language, the form's own
/// keys, and quitting.
pub fn while_signing_in(form: &'static [Binding]) -> impl Iterator<Item = &'static Binding> {
    let language = GLOBAL_FIRST
        .iter()
        .filter(|b| b.action == Action::ToggleLanguage);
    let quit = GLOBAL_LAST.iter().filter(|b| b.action == Action::Quit);
    language.chain(form).chain(quit)
}

/// The action for a key pressed on a screen with the table `screen`; `typing` is true while
/// a text field has the caret. A character no table binds is text; any other unbound key is
/// `Other`.
pub fn resolve(pressed: &Key, screen: &'static [Binding], typing: bool) -> Action {
    if let Some(binding) = in_force(screen).find(|b| b.applies(pressed, typing)) {
        return binding.action.clone();
    }
    match pressed.typed_char() {
        Some(c) => {
            let text = clean_typed(&c.to_string());
            if text.is_empty() {
                Action::Other
            } else {
                Action::Insert(text)
            }
        }
        None => Action::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keys::Mods;

    const LIST: &[Binding] = &[
        bind(
            &[Key::plain(KeyCode::Down), Key::plain(KeyCode::Char('j'))],
            Action::Down,
            "key-down",
            false,
            Scope::NotTyping,
        ),
        bind(
            &[Key::plain(KeyCode::Char('/'))],
            Action::Search,
            "key-search",
            true,
            Scope::NotTyping,
        ),
    ];

    #[test]
    fn global_keys_work_while_typing() {
        for typing in [false, true] {
            assert_eq!(
                resolve(&Key::plain(F(2)), LIST, typing),
                Action::ToggleLanguage
            );
            assert_eq!(resolve(&Key::ctrl('q'), LIST, typing), Action::Quit);
        }
    }

    #[test]
    fn keys_that_type_are_text_while_typing_and_others_still_move() {
        let j = Key::plain(KeyCode::Char('j'));
        assert_eq!(resolve(&j, LIST, false), Action::Down);
        assert_eq!(resolve(&j, LIST, true), Action::Insert("j".into()));
        let slash = Key::plain(KeyCode::Char('/'));
        assert_eq!(resolve(&slash, LIST, true), Action::Insert("/".into()));
        assert_eq!(
            resolve(&Key::plain(KeyCode::Down), LIST, true),
            Action::Down
        );
    }

    #[test]
    fn unbound_characters_are_text_and_other_keys_are_other() {
        let shifted = Key::plain(KeyCode::Char('A')).with(Mods::SHIFT);
        assert_eq!(resolve(&shifted, LIST, true), Action::Insert("A".into()));
        let hanzi = Key::plain(KeyCode::Char('低'));
        assert_eq!(resolve(&hanzi, LIST, false), Action::Insert("低".into()));
        assert_eq!(resolve(&Key::plain(F(12)), LIST, false), Action::Other);
        assert_eq!(resolve(&Key::ctrl('x'), LIST, true), Action::Other);
    }

    #[test]
    fn no_key_is_bound_twice_among_the_global_keys() {
        let mut seen: Vec<Key> = Vec::new();
        for b in GLOBAL_FIRST.iter().chain(GLOBAL_LAST) {
            for k in b.keys {
                assert!(!seen.iter().any(|s| s.matches(k)), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn labels_read_like_the_keys() {
        assert_eq!(GLOBAL_FIRST[0].label(), "F1");
        assert_eq!(LIST[0].label(), "Down / j");
        let quit = GLOBAL_LAST
            .iter()
            .find(|b| b.action == Action::Quit)
            .unwrap();
        assert_eq!(quit.label(), "Ctrl-Q / Ctrl-C");
    }
}
