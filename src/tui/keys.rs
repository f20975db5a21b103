//! Keys as this program knows them, independent of any terminal library: what the input
//! parser produces, what key tables bind, and what help prints.
use std::ops::BitOr;

/// A key on the keyboard, without modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    F(u8),
    Enter,
    Tab,
    BackTab,
    Esc,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// Shift, Alt and Ctrl held with a key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Mods(u8);

impl Mods {
    pub const NONE: Mods = Mods(0);
    pub const SHIFT: Mods = Mods(1);
    pub const ALT: Mods = Mods(2);
    pub const CTRL: Mods = Mods(4);

    /// The xterm modifier parameter (`1 + bits`) of `CSI 1;5A` and the like.
    pub fn from_xterm(param: u16) -> Mods {
        let bits = param.saturating_sub(1);
        Mods((bits & 0b111) as u8)
    }

    pub const fn contains(self, other: Mods) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn without(self, other: Mods) -> Mods {
        Mods(self.0 & !other.0)
    }
}

impl BitOr for Mods {
    type Output = Mods;
    fn bitor(self, rhs: Mods) -> Mods {
        Mods(self.0 | rhs.0)
    }
}

/// One key with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: Mods,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: Mods::NONE,
        }
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: Mods::CTRL,
        }
    }

    pub const fn with(self, mods: Mods) -> Key {
        Key {
            code: self.code,
            mods: Mods(self.mods.0 | mods.0),
        }
    }

    /// The character this key types, if it types one: no Ctrl or Alt held.
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            KeyCode::Char(c)
                if !self.mods.contains(Mods::CTRL) && !self.mods.contains(Mods::ALT) =>
            {
                Some(c)
            }
            _ => None,
        }
    }

    /// Whether `self` (from a table) is the key pressed. Shift never tells two bindings apart:
    /// it is already in the character (`A`), and some terminals report it, some do not.
    pub fn matches(&self, pressed: &Key) -> bool {
        self.code == pressed.code
            && self.mods.without(Mods::SHIFT) == pressed.mods.without(Mods::SHIFT)
    }

    /// How the key reads on screen: `F1`, `Ctrl-Q`, `Up`. Only ASCII, so the label has one
    /// width in every terminal.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(c) if self.mods.contains(Mods::CTRL) => {
                return format!("Ctrl-{}", c.to_ascii_uppercase());
            }
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => return "Shift-Tab".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Insert => "Ins".into(),
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
        };
        let mut prefix = String::new();
        if self.mods.contains(Mods::CTRL) {
            prefix.push_str("Ctrl-");
        }
        if self.mods.contains(Mods::ALT) {
            prefix.push_str("Alt-");
        }
        format!("{prefix}{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xterm_modifier_parameters_decode() {
        assert_eq!(Mods::from_xterm(1), Mods::NONE);
        assert_eq!(Mods::from_xterm(2), Mods::SHIFT);
        assert_eq!(Mods::from_xterm(5), Mods::CTRL);
        assert_eq!(Mods::from_xterm(7), Mods::CTRL | Mods::ALT);
    }

    #[test]
    fn shift_does_not_tell_keys_apart_but_ctrl_does() {
        let a = Key::plain(KeyCode::Char('a'));
        assert!(a.matches(&a.with(Mods::SHIFT)));
        assert!(!a.matches(&Key::ctrl('a')));
    }

    #[test]
    fn only_plain_characters_type() {
        assert_eq!(Key::plain(KeyCode::Char('低')).typed_char(), Some('低'));
        assert_eq!(Key::ctrl('u').typed_char(), None);
        assert_eq!(
            Key::plain(KeyCode::Char('x')).with(Mods::ALT).typed_char(),
            None
        );
        assert_eq!(Key::plain(KeyCode::F(1)).typed_char(), None);
    }

    #[test]
    fn labels_are_ascii() {
        assert_eq!(Key::ctrl('q').label(), "Ctrl-Q");
        assert_eq!(Key::plain(KeyCode::Up).label(), "Up");
        assert_eq!(Key::plain(KeyCode::F(2)).label(), "F2");
        assert_eq!(
            Key::plain(KeyCode::Left).with(Mods::ALT).label(),
            "Alt-Left"
        );
    }
}
