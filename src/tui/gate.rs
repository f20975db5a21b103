//! The sign-in form in front of a session, and the check it waits for. A check derives an
//! Argon2 key and, after repeated failures, waits before it is answered: it runs on its own
//! thread, so the event loop keeps drawing ("checking") and other sessions of the process
//! keep going. The session polls for the answer as it settles.
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use zeroize::Zeroizing;

use super::screens::login::{LoginMessage, LoginScreen, Purpose};
use crate::domain::ItemId;
use crate::domain::operator::{NameProblem, PasswordProblem};
use crate::service::Desk;
use crate::service::context::Context;
use crate::service::operators::{OperatorError, Operators, Session as Signed};

/// What a sign-in was asked for: it goes on once the operator is signed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// Open the intake form (with this item among the services).
    Intake(Option<ItemId>),
    /// Open the records.
    Records,
    /// Open the revision form for a catalogue item.
    Revise(ItemId),
    /// Open the statistics.
    Statistics,
}

/// What a check is asked to do.
pub enum Request {
    Login {
        name: String,
        password: Zeroizing<String>,
    },
    /// Create the store's first supervisor (who is then signed in).
    Init {
        name: String,
        password: Zeroizing<String>,
    },
}

/// How a check ended.
pub enum Answer {
    Signed(Signed),
    Refused(OperatorError),
    /// The check could not run, or ended without an answer (its thread could not start or
    /// panicked): nothing was decided, the clerk may try again.
    NoAnswer,
}

/// The form, what it was opened for, and the check under way.
pub struct Gate {
    pub screen: LoginScreen,
    pub then: Option<Then>,
    check: Option<Receiver<Answer>>,
}

impl Gate {
    pub fn new(purpose: Purpose, then: Option<Then>) -> Gate {
        Gate {
            screen: LoginScreen::new(purpose),
            then,
            check: None,
        }
    }

    pub fn locked(&self) -> bool {
        matches!(self.screen.purpose(), Purpose::Unlock { .. })
    }

    /// Whether a check is waiting for its answer.
    pub fn checking(&self) -> bool {
        self.check.is_some()
    }

    /// Starts a check on its own thread; if no thread can be started, it runs here.
    pub fn start(&mut self, desk: Arc<Desk>, ctx: Context, request: Request) {
        let (send, receive) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("sign-in".into())
            .spawn(move || {
                let _ = send.send(run(&desk, &ctx, request));
            });
        // A thread that could not start dropped its sender: the answer is `NoAnswer`.
        drop(spawned);
        self.check = Some(receive);
    }

    /// The answer, if it has come (`wait`: wait for it).
    pub fn answer(&mut self, wait: bool) -> Option<Answer> {
        let receiver = self.check.as_ref()?;
        let answer = if wait {
            receiver.recv().unwrap_or(Answer::NoAnswer)
        } else {
            match receiver.try_recv() {
                Ok(answer) => answer,
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => Answer::NoAnswer,
            }
        };
        self.check = None;
        Some(answer)
    }

    /// A check that did not sign anyone in: the form says why, in one message for a wrong
    /// name or password, and turns into the other kind when the store's operators changed.
    pub fn refused(&mut self, error: Option<OperatorError>) {
        let Some(error) = error else {
            self.screen
                .refused(LoginMessage::plain("login-error-no-answer"));
            return;
        };
        match error {
            OperatorError::NotSetUp => self.screen.become_purpose(
                Purpose::FirstSupervisor,
                Some(LoginMessage::plain("login-first-needed")),
            ),
            OperatorError::AlreadySetUp => self.screen.become_purpose(
                Purpose::SignIn,
                Some(LoginMessage::plain("security-error-already-set-up")),
            ),
            other => self.screen.refused(message_for(&other)),
        }
    }
}

fn run(desk: &Desk, ctx: &Context, request: Request) -> Answer {
    let operators = Operators::new(desk);
    let result = match request {
        Request::Login { name, password } => operators.login(ctx, &name, &password),
        Request::Init { name, password } => operators.init(ctx, &name, &password),
    };
    match result {
        Ok(signed) => Answer::Signed(signed),
        Err(e) => Answer::Refused(e),
    }
}

/// The message for a refused check.
fn message_for(error: &OperatorError) -> LoginMessage {
    match error {
        // One answer for a wrong name, a wrong password and a disabled account.
        OperatorError::BadLogin | OperatorError::Disabled(_) | OperatorError::NoSuchOperator(_) => {
            LoginMessage::plain("security-error-bad-login")
        }
        OperatorError::BadName(NameProblem::Empty) => {
            LoginMessage::plain("security-error-name-empty")
        }
        OperatorError::BadName(NameProblem::TooLong) => {
            LoginMessage::plain("security-error-name-too-long")
        }
        OperatorError::BadName(NameProblem::BadCharacter) => {
            LoginMessage::plain("security-error-name-character")
        }
        OperatorError::BadPassword(PasswordProblem::TooShort { min }) => LoginMessage {
            id: "security-error-password-short",
            arg: Some(("min", *min as i64)),
        },
        OperatorError::BadPassword(PasswordProblem::TooLong { max }) => LoginMessage {
            id: "security-error-password-long",
            arg: Some(("max", *max as i64)),
        },
        _ => LoginMessage::plain("login-error-store"),
    }
}
