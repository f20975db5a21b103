//! The sign-in form: an operator's name and password (drawn as stars), for the first
//! sign-in of a session, to unlock a locked screen, and to create a store's first supervisor
//! (name, password twice). It only collects what is typed: the session checks it, away from
//! the event loop, and tells the form how it went.
use std::any::Any;

use ratatui::Frame;
use zeroize::Zeroizing;

use super::super::action::Action;
use super::super::keymap::{Binding, Scope, bind};
use super::super::keys::{Key, KeyCode};
use super::super::screen::{Ctx, Outcome, Screen};
use super::super::widgets::edit::{self, Caret, Edit};
use crate::domain::operator::{MAX_NAME_CHARS, MAX_PASSWORD_BYTES};
use crate::domain::text::clean_typed;

mod view;

pub const KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Choose,
        "login-key-enter",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Tab), Key::plain(KeyCode::Down)],
        Action::NextPane,
        "login-key-next",
        true,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::BackTab), Key::plain(KeyCode::Up)],
        Action::PrevPane,
        "login-key-prev",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Backspace)],
        Action::DeleteBack,
        "login-key-delete-back",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::ctrl('u')],
        Action::ClearQuery,
        "login-key-clear",
        false,
        Scope::Always,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        "login-key-back",
        true,
        Scope::Always,
    ),
];

/// Why the form is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The first time this session touches personal data.
    SignIn,
    /// The screen locked after a pause; `operator` was signed in.
    Unlock { operator: String },
    /// The store has no operator yet: create its first supervisor.
    FirstSupervisor,
}

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoginField {
    Name,
    Password,
    Repeat,
}

/// What the form says under its fields: a message id, and the number it names if any
/// (`min` or `max` of a password's length).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoginMessage {
    pub id: &'static str,
    pub arg: Option<(&'static str, i64)>,
}

impl LoginMessage {
    pub const fn plain(id: &'static str) -> LoginMessage {
        LoginMessage { id, arg: None }
    }
}

/// What the session is asked to do after a key on the form.
pub enum Step {
    Stay,
    /// Esc: leave the form without signing in.
    Cancel,
    /// Check this name and password (a sign-in or an unlock).
    Check {
        name: String,
        password: Zeroizing<String>,
    },
    /// Create the first supervisor with this name and password.
    Create {
        name: String,
        password: Zeroizing<String>,
    },
}

pub struct LoginScreen {
    purpose: Purpose,
    name: String,
    name_caret: Caret,
    password: Zeroizing<String>,
    repeat: Zeroizing<String>,
    focus: LoginField,
    message: Option<LoginMessage>,
    /// A check is running: what is typed waits for its answer.
    checking: bool,
}

impl LoginScreen {
    pub fn new(purpose: Purpose) -> LoginScreen {
        let (name, focus) = match &purpose {
            Purpose::Unlock { operator } => (operator.clone(), LoginField::Password),
            _ => (String::new(), LoginField::Name),
        };
        LoginScreen {
            purpose,
            name_caret: Caret::at_end(&name),
            name,
            password: Zeroizing::new(String::new()),
            repeat: Zeroizing::new(String::new()),
            focus,
            message: None,
            checking: false,
        }
    }

    pub fn purpose(&self) -> &Purpose {
        &self.purpose
    }

    pub fn focus(&self) -> LoginField {
        self.focus
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn message(&self) -> Option<LoginMessage> {
        self.message
    }

    pub fn checking(&self) -> bool {
        self.checking
    }

    /// How many characters the password field holds (it is drawn as that many stars).
    pub fn password_len(&self, field: LoginField) -> usize {
        match field {
            LoginField::Password => self.password.chars().count(),
            LoginField::Repeat => self.repeat.chars().count(),
            LoginField::Name => 0,
        }
    }

    fn fields(&self) -> &'static [LoginField] {
        match self.purpose {
            Purpose::FirstSupervisor => {
                &[LoginField::Name, LoginField::Password, LoginField::Repeat]
            }
            _ => &[LoginField::Name, LoginField::Password],
        }
    }

    /// The fields shown, in order.
    pub fn shown_fields(&self) -> &'static [LoginField] {
        self.fields()
    }

    fn step_focus(&mut self, forward: bool) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        let next = if forward {
            (at + 1) % fields.len()
        } else {
            (at + fields.len() - 1) % fields.len()
        };
        self.focus = fields[next];
    }

    /// The answer to a check: a refusal is said and the passwords are emptied, so the next
    /// attempt starts clean; the name stays.
    pub fn refused(&mut self, message: LoginMessage) {
        self.checking = false;
        self.message = Some(message);
        self.password.clear();
        self.repeat.clear();
        self.focus = if self.name.trim().is_empty() {
            LoginField::Name
        } else {
            LoginField::Password
        };
    }

    /// The store turned out to have no operator (or to have one after all): the form
    /// becomes the other kind, keeping the name.
    pub fn become_purpose(&mut self, purpose: Purpose, message: Option<LoginMessage>) {
        let name = std::mem::take(&mut self.name);
        *self = LoginScreen::new(purpose);
        self.name_caret = Caret::at_end(&name);
        self.name = name;
        self.message = message;
    }

    /// Handles one action; the session does what the step asks.
    pub fn step(&mut self, action: Action) -> Step {
        if self.checking {
            return Step::Stay;
        }
        match action {
            Action::Back => return self.back(),
            Action::NextPane => self.step_focus(true),
            Action::PrevPane => self.step_focus(false),
            Action::Choose => return self.enter(),
            Action::Insert(text) => self.edit(Edit::Insert(text)),
            Action::DeleteBack => self.edit(Edit::DeleteBack),
            Action::ClearQuery => self.edit(Edit::Clear),
            Action::Left => self.edit(Edit::Left),
            Action::Right => self.edit(Edit::Right),
            Action::Home => self.edit(Edit::Home),
            Action::End => self.edit(Edit::End),
            _ => {}
        }
        Step::Stay
    }

    fn back(&mut self) -> Step {
        match self.purpose {
            // A locked screen stays locked: Esc only empties what was typed.
            Purpose::Unlock { .. } => {
                self.password.clear();
                Step::Stay
            }
            _ => Step::Cancel,
        }
    }

    /// Enter: on the last field, submit; before it, go to the next field.
    fn enter(&mut self) -> Step {
        let fields = self.fields();
        if fields.last() != Some(&self.focus) {
            self.step_focus(true);
            return Step::Stay;
        }
        if self.name.trim().is_empty() {
            self.focus = LoginField::Name;
            self.message = Some(LoginMessage::plain("security-error-name-empty"));
            return Step::Stay;
        }
        let password = Zeroizing::new(self.password.as_str().to_owned());
        let name = self.name.trim().to_string();
        match self.purpose {
            Purpose::FirstSupervisor => {
                if *self.password != *self.repeat {
                    self.refused(LoginMessage::plain("login-error-passwords-differ"));
                    return Step::Stay;
                }
                self.checking = true;
                Step::Create { name, password }
            }
            _ => {
                self.checking = true;
                Step::Check { name, password }
            }
        }
    }

    fn edit(&mut self, step: Edit) {
        self.message = None;
        match self.focus {
            LoginField::Name => {
                edit::apply(&mut self.name, &mut self.name_caret, &step, MAX_NAME_CHARS)
            }
            LoginField::Password => edit_secret(&mut self.password, &step),
            LoginField::Repeat => edit_secret(&mut self.repeat, &step),
        }
    }
}

/// A password is only added to at its end and rubbed out from it: there is no caret to move
/// in what is drawn as stars. It is cleaned as any typed text is.
fn edit_secret(secret: &mut Zeroizing<String>, step: &Edit) {
    match step {
        Edit::Insert(raw) => {
            for c in clean_typed(raw).chars() {
                if secret.len() + c.len_utf8() > MAX_PASSWORD_BYTES {
                    break;
                }
                secret.push(c);
            }
        }
        Edit::DeleteBack => {
            secret.pop();
        }
        Edit::Clear => secret.clear(),
        _ => {}
    }
}

impl Screen for LoginScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn typing(&self) -> bool {
        true
    }

    /// The session handles the form through [`LoginScreen::step`]; this is never called.
    fn handle(&mut self, _ctx: &Ctx, _action: Action) -> Outcome {
        Outcome::Unhandled
    }

    fn status(&self, ctx: &Ctx) -> Option<String> {
        Some(ctx.l10n.t(view::title_id(&self.purpose)))
    }

    fn render(&self, ctx: &Ctx, frame: &mut Frame) {
        view::render(self, ctx, frame);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(screen: &mut LoginScreen, text: &str) {
        screen.step(Action::Insert(text.into()));
    }

    #[test]
    fn enter_moves_on_then_asks_for_a_check_once() {
        let mut s = LoginScreen::new(Purpose::SignIn);
        typed(&mut s, "li");
        assert!(matches!(s.step(Action::Choose), Step::Stay));
        assert_eq!(s.focus(), LoginField::Password);
        typed(&mut s, "secret-pw");
        match s.step(Action::Choose) {
            Step::Check { name, password } => {
                assert_eq!(name, "li");
                assert_eq!(password.as_str(), "secret-pw");
            }
            _ => panic!("a check is asked for"),
        }
        assert!(s.checking());
        assert!(matches!(s.step(Action::Choose), Step::Stay), "not twice");
    }

    #[test]
    fn a_refusal_empties_the_password_and_keeps_the_name() {
        let mut s = LoginScreen::new(Purpose::SignIn);
        typed(&mut s, "li");
        s.step(Action::NextPane);
        typed(&mut s, "wrong-pw");
        s.step(Action::Choose);
        s.refused(LoginMessage::plain("security-error-bad-login"));
        assert_eq!(s.password_len(LoginField::Password), 0);
        assert_eq!(s.name(), "li");
        assert!(!s.checking());
    }

    #[test]
    fn the_first_supervisor_types_the_password_twice() {
        let mut s = LoginScreen::new(Purpose::FirstSupervisor);
        typed(&mut s, "boss");
        s.step(Action::NextPane);
        typed(&mut s, "password-1");
        s.step(Action::NextPane);
        typed(&mut s, "password-2");
        assert!(matches!(s.step(Action::Choose), Step::Stay));
        assert_eq!(
            s.message().map(|m| m.id),
            Some("login-error-passwords-differ")
        );
        // Both emptied, the caret back on the first.
        assert_eq!(s.focus(), LoginField::Password);
        assert_eq!(s.password_len(LoginField::Repeat), 0);
        typed(&mut s, "password-1");
        s.step(Action::NextPane);
        typed(&mut s, "password-1");
        assert!(matches!(s.step(Action::Choose), Step::Create { .. }));
    }

    #[test]
    fn esc_leaves_a_sign_in_but_not_a_lock() {
        let mut s = LoginScreen::new(Purpose::SignIn);
        assert!(matches!(s.step(Action::Back), Step::Cancel));
        let mut lock = LoginScreen::new(Purpose::Unlock {
            operator: "li".into(),
        });
        assert_eq!(lock.focus(), LoginField::Password);
        typed(&mut lock, "abc");
        assert!(matches!(lock.step(Action::Back), Step::Stay));
        assert_eq!(lock.password_len(LoginField::Password), 0);
    }
}
