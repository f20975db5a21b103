//! The key table: every binding with its description's message id. The help screen and the
//! hint bar are generated from it, so what they say is always what the keys do.
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use crate::domain::text::clean_input;

/// Where a binding applies: everywhere, or only when the caret is not in a text field
/// (there the same key types a character).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Global,
    Lists,
}

/// One key combination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// A row of the key table.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// Message id of the description shown in help and, if `hint`, in the hint bar.
    pub desc: &'static str,
    pub hint: bool,
    pub scope: Scope,
}

const fn bind(
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

use Scope::{Global, Lists};

/// The key table, in the order help lists it.
pub const BINDINGS: &[Binding] = &[
    bind(
        &[plain(KeyCode::F(1))],
        Action::Help,
        "key-help",
        true,
        Global,
    ),
    bind(
        &[plain(KeyCode::F(2))],
        Action::ToggleLanguage,
        "key-language",
        true,
        Global,
    ),
    bind(
        &[plain(KeyCode::F(3))],
        Action::Catalogue,
        "key-catalogue",
        false,
        Global,
    ),
    bind(
        &[plain(KeyCode::F(4))],
        Action::NewIntake,
        "key-new-intake",
        false,
        Global,
    ),
    bind(
        &[plain(KeyCode::F(5))],
        Action::Records,
        "key-records",
        false,
        Global,
    ),
    bind(
        &[plain(KeyCode::Char('/'))],
        Action::Search,
        "key-search",
        true,
        Lists,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Choose,
        "key-choose",
        true,
        Global,
    ),
    bind(
        &[plain(KeyCode::Tab)],
        Action::NextPane,
        "key-next-pane",
        true,
        Global,
    ),
    bind(
        // `matches` ignores Shift, so this also takes a BackTab reported without it.
        &[Key {
            code: KeyCode::BackTab,
            mods: KeyModifiers::SHIFT,
        }],
        Action::PrevPane,
        "key-prev-pane",
        false,
        Global,
    ),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Char('k'))],
        Action::Up,
        "key-up",
        false,
        Lists,
    ),
    bind(
        &[plain(KeyCode::Down), plain(KeyCode::Char('j'))],
        Action::Down,
        "key-down",
        false,
        Lists,
    ),
    bind(
        &[plain(KeyCode::PageUp)],
        Action::PageUp,
        "key-page-up",
        false,
        Global,
    ),
    bind(
        &[plain(KeyCode::PageDown)],
        Action::PageDown,
        "key-page-down",
        false,
        Global,
    ),
    bind(
        &[plain(KeyCode::Home)],
        Action::Home,
        "key-home",
        false,
        Lists,
    ),
    bind(&[plain(KeyCode::End)], Action::End, "key-end", false, Lists),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Back,
        "key-back",
        true,
        Global,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "key-delete-back",
        false,
        Global,
    ),
    bind(
        &[ctrl('u')],
        Action::ClearQuery,
        "key-clear-query",
        false,
        Global,
    ),
    bind(&[ctrl('s')], Action::Save, "key-save", false, Global),
    bind(
        &[ctrl('q'), ctrl('c')],
        Action::Quit,
        "key-quit",
        true,
        Global,
    ),
];

/// Arrow keys still move the list while the caret is in the search line.
const TYPING_PASSTHROUGH: &[KeyCode] = &[KeyCode::Up, KeyCode::Down];

/// How a key reads on screen, e.g. `F1`, `Ctrl-Q`, `↑`.
pub fn key_label(key: &Key) -> String {
    match key.code {
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(c) if key.mods.contains(KeyModifiers::CONTROL) => {
            format!("Ctrl-{}", c.to_ascii_uppercase())
        }
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        other => format!("{other:?}"),
    }
}

/// All of a binding's keys, as help shows them: `↑ / k`.
pub fn binding_label(binding: &Binding) -> String {
    let mut labels: Vec<String> = Vec::new();
    for key in binding.keys {
        let label = key_label(key);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join(" / ")
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let mods = event.modifiers - KeyModifiers::SHIFT;
    let want = key.mods - KeyModifiers::SHIFT;
    key.code == event.code && mods == want
}

/// Resolves a key press to an action. `typing` is true while the caret is in a text field.
pub fn resolve(event: &KeyEvent, typing: bool) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let bound = BINDINGS.iter().find(|b| {
        let in_scope =
            b.scope == Scope::Global || !typing || (TYPING_PASSTHROUGH.contains(&event.code));
        in_scope && b.keys.iter().any(|k| matches(k, event))
    });
    if let Some(binding) = bound {
        return Some(binding.action.clone());
    }
    text_action(event)
}

/// Printable characters, for the search line.
fn text_action(event: &KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if !ctrl && !alt => {
            let text = clean_input(&c.to_string());
            (!text.is_empty()).then_some(Action::Insert(text))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn function_keys_work_everywhere() {
        for typing in [false, true] {
            assert_eq!(
                resolve(&key(KeyCode::F(2), KeyModifiers::NONE), typing),
                Some(Action::ToggleLanguage)
            );
            assert_eq!(
                resolve(&key(KeyCode::Char('q'), KeyModifiers::CONTROL), typing),
                Some(Action::Quit)
            );
        }
    }

    #[test]
    fn list_keys_type_while_searching() {
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(resolve(&j, false), Some(Action::Down));
        assert_eq!(resolve(&j, true), Some(Action::Insert("j".into())));
        let slash = key(KeyCode::Char('/'), KeyModifiers::NONE);
        assert_eq!(resolve(&slash, true), Some(Action::Insert("/".into())));
        assert_eq!(
            resolve(&key(KeyCode::Down, KeyModifiers::NONE), true),
            Some(Action::Down)
        );
    }

    #[test]
    fn shifted_letters_and_hanzi_are_typed() {
        assert_eq!(
            resolve(&key(KeyCode::Char('A'), KeyModifiers::SHIFT), true),
            Some(Action::Insert("A".into()))
        );
        assert_eq!(
            resolve(&key(KeyCode::Char('低'), KeyModifiers::NONE), false),
            Some(Action::Insert("低".into()))
        );
    }

    #[test]
    fn every_binding_has_a_distinct_key() {
        // Compared as `matches` compares them: Shift does not tell two keys apart.
        let mut seen = Vec::new();
        for b in BINDINGS {
            for k in b.keys {
                let key = (k.code, k.mods - KeyModifiers::SHIFT);
                assert!(!seen.contains(&key), "{k:?} bound twice");
                seen.push(key);
            }
        }
    }

    #[test]
    fn labels_read_like_the_keys() {
        assert_eq!(binding_label(&BINDINGS[0]), "F1");
        let quit = BINDINGS.iter().find(|b| b.action == Action::Quit).unwrap();
        assert_eq!(binding_label(quit), "Ctrl-Q / Ctrl-C");
    }
}
