//! Operator use cases: set up the first supervisor, log in (one answer for a wrong name or
//! password, slower after repeated failures), add, list and disable operators, change a
//! password. Every change and every login, good or bad, is audited in the same transaction.
use std::time::{Duration, UNIX_EPOCH};

use sha2::{Digest, Sha256};
use thiserror::Error;

use super::Desk;
use super::context::Context;
use super::keys::{self, COUNTER_PC, DataKey, KeyError, PasswordKey};
use super::sealing::{self, SealError, SealReport};
pub use super::session::Session;
use crate::domain::audit::AuditAction;
use crate::domain::operator::{
    NameProblem, PasswordProblem, Permission, Role, check_new_password, login_delay, operator_name,
};
use crate::store::audit::{AuditAppender, NewAuditEntry};
use crate::store::operators::{self as stored, KdfParams, LoginFailures, StoredOperator};
use crate::store::{Batch, Store, StoreError};

#[derive(Debug, Error)]
pub enum OperatorError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("the system clock does not give a usable time")]
    Clock,
    /// The name or the password is wrong, or the operator is disabled: one answer for all.
    #[error("wrong operator name or password")]
    BadLogin,
    #[error("a {role:?} may not {}", needs.as_str())]
    Refused { role: Role, needs: Permission },
    #[error("this store has no operator yet")]
    NotSetUp,
    #[error("this store already has its first supervisor")]
    AlreadySetUp,
    #[error("operator name: {0:?}")]
    BadName(NameProblem),
    #[error("new password: {0:?}")]
    BadPassword(PasswordProblem),
    #[error("an operator named {0} already exists")]
    NameTaken(String),
    #[error("no operator is named {0}")]
    NoSuchOperator(String),
    #[error("operator {0} is disabled")]
    Disabled(String),
    #[error("the last active supervisor cannot be disabled")]
    LastSupervisor,
}

/// Waits before a login is answered. The program sleeps; tests record the wait instead.
pub trait Sleeper: Send + Sync {
    fn sleep(&self, wait: Duration);
}

/// Sleeps the calling thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct ThreadSleeper;

impl Sleeper for ThreadSleeper {
    fn sleep(&self, wait: Duration) {
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }
}

impl Session {
    /// Refuses, saying why, an action this operator's role does not allow.
    pub fn require(&self, needs: Permission) -> Result<(), OperatorError> {
        if self.role().may(needs) {
            Ok(())
        } else {
            Err(OperatorError::Refused {
                role: self.role(),
                needs,
            })
        }
    }
}

/// An operator as listed: no key material.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorSummary {
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: i64,
    pub created_by: Option<String>,
}

/// The operator use cases over one desk, with the Argon2 parameters new keys are derived
/// with and the sleeper that applies the wait after repeated failures.
pub struct Operators<'a> {
    desk: &'a Desk,
    kdf: KdfParams,
    sleeper: &'a dyn Sleeper,
}

impl<'a> Operators<'a> {
    pub fn new(desk: &'a Desk) -> Operators<'a> {
        Operators {
            desk,
            kdf: COUNTER_PC,
            sleeper: &ThreadSleeper,
        }
    }

    /// Parameters for keys derived from now on (tests use small ones).
    pub fn with_kdf(mut self, kdf: KdfParams) -> Operators<'a> {
        self.kdf = kdf;
        self
    }

    pub fn with_sleeper(mut self, sleeper: &'a dyn Sleeper) -> Operators<'a> {
        self.sleeper = sleeper;
        self
    }

    fn store(&self) -> &Store {
        self.desk.store()
    }

    /// Whether the store has any operator yet.
    pub fn any(&self) -> Result<bool, OperatorError> {
        Ok(stored::any(self.store())?)
    }

    /// Creates the store's data key and its first supervisor, who is then logged in; every
    /// intake and draft the store held in the clear is sealed with the new key.
    pub fn init(
        &self,
        ctx: &Context,
        name: &str,
        password: &str,
    ) -> Result<Session, OperatorError> {
        self.init_sealing(ctx, name, password)
            .map(|(session, _)| session)
    }

    /// [`Operators::init`], saying how many records it sealed. The key and the supervisor are
    /// committed first; the sealing follows in batches, each one transaction.
    pub fn init_sealing(
        &self,
        ctx: &Context,
        name: &str,
        password: &str,
    ) -> Result<(Session, SealReport), OperatorError> {
        let session = self.create_first(ctx, name, password)?;
        let report = sealing::seal_plain_records(self.desk, &session).map_err(|e| match e {
            SealError::Store(e) => OperatorError::Store(e),
            SealError::Key(e) => OperatorError::Key(e),
            SealError::SignInRequired => OperatorError::NotSetUp,
        })?;
        Ok((session, report))
    }

    fn create_first(
        &self,
        ctx: &Context,
        name: &str,
        password: &str,
    ) -> Result<Session, OperatorError> {
        let name = operator_name(name).map_err(OperatorError::BadName)?;
        check_new_password(password).map_err(OperatorError::BadPassword)?;
        let now = seconds(ctx)?;
        let data_key = DataKey::generate()?;
        let record = self.new_operator(&name, Role::Supervisor, None, password, &data_key, now)?;
        self.store().commit_with(|store| {
            if stored::any(store)? {
                return Err(OperatorError::AlreadySetUp);
            }
            let mut batch = store.batch();
            stored::insert_in(&mut batch, &record)?;
            stored::set_data_key_check_in(&mut batch, &data_key.check())?;
            let entry = audit_entry(now, &name, AuditAction::OperatorAdded, "supervisor (first)");
            AuditAppender::begin(store)?.append(store, &mut batch, entry)?;
            Ok((batch, ()))
        })?;
        Ok(Session::new(name, Role::Supervisor, data_key))
    }

    fn new_operator(
        &self,
        name: &str,
        role: Role,
        created_by: Option<String>,
        password: &str,
        data_key: &DataKey,
        now: i64,
    ) -> Result<StoredOperator, OperatorError> {
        let salt = keys::new_salt()?;
        let key = keys::derive_password_key(password.as_bytes(), &salt, self.kdf)?;
        Ok(StoredOperator {
            name: name.to_string(),
            role,
            disabled: false,
            created_at: now,
            created_by,
            password_changed_at: now,
            kdf: self.kdf,
            salt,
            wrapped: Some(keys::wrap(&key, data_key, name)?),
        })
    }

    /// Logs in: the password must open the data key wrapped for this name. After three
    /// consecutive failures under a name each attempt first waits (see `login_delay`).
    pub fn login(
        &self,
        ctx: &Context,
        name: &str,
        password: &str,
    ) -> Result<Session, OperatorError> {
        let now = seconds(ctx)?;
        if !self.any()? {
            return Err(OperatorError::NotSetUp);
        }
        let name = operator_name(name).ok();
        let tag = failure_tag(name.as_deref().unwrap_or_default());
        self.sleeper
            .sleep(login_delay(stored::failures(self.store(), &tag)?));
        let found = match &name {
            Some(name) => stored::get(self.store(), name)?,
            None => None,
        };
        match self.open_key(found.as_ref(), password)? {
            Ok(data_key) => {
                let operator = found.ok_or(OperatorError::BadLogin)?;
                self.record_login(now, &operator.name, &tag)?;
                Ok(Session::new(operator.name, operator.role, data_key))
            }
            Err(why) => {
                self.record_failure(now, found.as_ref(), &tag, why)?;
                Err(OperatorError::BadLogin)
            }
        }
    }

    /// The data key, or why not. An unknown or disabled name costs the same key derivation
    /// as a known one, so the time taken does not tell them apart.
    fn open_key(
        &self,
        found: Option<&StoredOperator>,
        password: &str,
    ) -> Result<Result<DataKey, &'static str>, OperatorError> {
        let Some(operator) = found else {
            let _ = keys::derive_password_key(password.as_bytes(), &[0; 16], self.kdf)?;
            return Ok(Err("unknown name"));
        };
        let key = keys::derive_password_key(password.as_bytes(), &operator.salt, operator.kdf)?;
        let Some(wrapped) = operator.wrapped.as_ref().filter(|_| !operator.disabled) else {
            return Ok(Err("disabled"));
        };
        let Ok(data_key) = keys::unwrap(&key, wrapped, &operator.name) else {
            return Ok(Err("wrong password"));
        };
        if stored::data_key_check(self.store())? != Some(data_key.check()) {
            return Ok(Err("key is not this store's"));
        }
        Ok(Ok(data_key))
    }

    fn record_login(&self, now: i64, name: &str, tag: &str) -> Result<(), OperatorError> {
        self.store().commit_with(|store| {
            let mut batch = store.batch();
            stored::clear_failures_in(&mut batch, tag);
            let entry = audit_entry(now, name, AuditAction::Login, "");
            AuditAppender::begin(store)?.append(store, &mut batch, entry)?;
            Ok((batch, ()))
        })
    }

    fn record_failure(
        &self,
        now: i64,
        found: Option<&StoredOperator>,
        tag: &str,
        why: &str,
    ) -> Result<(), OperatorError> {
        self.store().commit_with(|store| {
            let mut batch = store.batch();
            let count = stored::failures(store, tag)?.saturating_add(1);
            let failures = LoginFailures {
                name: tag.to_string(),
                count,
                last_at: now,
            };
            stored::set_failures_in(&mut batch, &failures)?;
            // An unknown name is not written down: it may be a password typed in the wrong field.
            let entry = NewAuditEntry {
                at: now,
                operator: found.map(|o| o.name.clone()),
                action: AuditAction::FailedLogin,
                record: None,
                detail: format!("{why}; {count} in a row"),
            };
            AuditAppender::begin(store)?.append(store, &mut batch, entry)?;
            Ok((batch, ()))
        })
    }

    /// Adds an operator. Needs a logged-in supervisor, whose session holds the data key.
    pub fn add(
        &self,
        ctx: &Context,
        session: &Session,
        name: &str,
        role: Role,
        password: &str,
    ) -> Result<(), OperatorError> {
        session.require(Permission::ManageOperators)?;
        let name = operator_name(name).map_err(OperatorError::BadName)?;
        check_new_password(password).map_err(OperatorError::BadPassword)?;
        let now = seconds(ctx)?;
        let record = self.new_operator(
            &name,
            role,
            Some(session.name.clone()),
            password,
            &session.data_key,
            now,
        )?;
        self.change(session, Permission::ManageOperators, |store, batch| {
            if stored::get(store, &name)?.is_some() {
                return Err(OperatorError::NameTaken(name.clone()));
            }
            stored::insert_in(batch, &record)?;
            let detail = format!("{} {}", name, role.as_str());
            Ok(audit_entry(
                now,
                &session.name,
                AuditAction::OperatorAdded,
                &detail,
            ))
        })
    }

    /// Every operator, for a supervisor.
    pub fn list(&self, session: &Session) -> Result<Vec<OperatorSummary>, OperatorError> {
        session.require(Permission::ManageOperators)?;
        self.still_allowed(self.store(), session, Permission::ManageOperators)?;
        let all = stored::all(self.store())?;
        Ok(all
            .into_iter()
            .map(|o| OperatorSummary {
                name: o.name,
                role: o.role,
                disabled: o.disabled,
                created_at: o.created_at,
                created_by: o.created_by,
            })
            .collect())
    }

    /// Disables an operator: they can no longer log in, and their wrapped copy of the data
    /// key is dropped. The last active supervisor stays.
    pub fn disable(
        &self,
        ctx: &Context,
        session: &Session,
        name: &str,
    ) -> Result<(), OperatorError> {
        session.require(Permission::ManageOperators)?;
        let name = operator_name(name).map_err(OperatorError::BadName)?;
        let now = seconds(ctx)?;
        self.change(session, Permission::ManageOperators, |store, batch| {
            let mut target = existing(store, &name)?;
            if target.role == Role::Supervisor && active_supervisors(store)? <= 1 {
                return Err(OperatorError::LastSupervisor);
            }
            target.disabled = true;
            target.wrapped = None;
            stored::replace_in(batch, &target)?;
            Ok(audit_entry(
                now,
                &session.name,
                AuditAction::OperatorDisabled,
                &name,
            ))
        })
    }

    /// Sets a new password for `target` (the session's own operator when `None`): the data
    /// key is wrapped again under the new password, with a new salt and the current
    /// parameters. Only a supervisor changes another operator's password.
    pub fn change_password(
        &self,
        ctx: &Context,
        session: &Session,
        target: Option<&str>,
        new_password: &str,
    ) -> Result<(), OperatorError> {
        let name = match target {
            Some(name) => operator_name(name).map_err(OperatorError::BadName)?,
            None => session.name.clone(),
        };
        let needs = if name == session.name {
            Permission::ChangeOwnPassword
        } else {
            Permission::ManageOperators
        };
        session.require(needs)?;
        check_new_password(new_password).map_err(OperatorError::BadPassword)?;
        let now = seconds(ctx)?;
        let salt = keys::new_salt()?;
        let key: PasswordKey = keys::derive_password_key(new_password.as_bytes(), &salt, self.kdf)?;
        let wrapped = keys::wrap(&key, &session.data_key, &name)?;
        self.change(session, needs, |store, batch| {
            let mut operator = existing(store, &name)?;
            operator.salt = salt;
            operator.kdf = self.kdf;
            operator.wrapped = Some(wrapped.clone());
            operator.password_changed_at = now;
            stored::replace_in(batch, &operator)?;
            stored::clear_failures_in(batch, &failure_tag(&name));
            Ok(audit_entry(
                now,
                &session.name,
                AuditAction::PasswordChanged,
                &name,
            ))
        })
    }

    /// Commits one change made by `session` with its audit entry, after checking, under the
    /// same lock, that the acting operator still may make it.
    fn change(
        &self,
        session: &Session,
        needs: Permission,
        build: impl FnOnce(&Store, &mut Batch) -> Result<NewAuditEntry, OperatorError>,
    ) -> Result<(), OperatorError> {
        self.store().commit_with(|store| {
            self.still_allowed(store, session, needs)?;
            let mut batch = store.batch();
            let entry = build(store, &mut batch)?;
            AuditAppender::begin(store)?.append(store, &mut batch, entry)?;
            Ok((batch, ()))
        })
    }

    /// A session outlives changes made elsewhere: its operator may have been disabled since.
    fn still_allowed(
        &self,
        store: &Store,
        session: &Session,
        needs: Permission,
    ) -> Result<(), OperatorError> {
        match stored::get(store, &session.name)? {
            Some(op) if !op.disabled && op.role.may(needs) => Ok(()),
            Some(op) if !op.disabled => Err(OperatorError::Refused {
                role: op.role,
                needs,
            }),
            _ => Err(OperatorError::Disabled(session.name.clone())),
        }
    }
}

fn existing(store: &Store, name: &str) -> Result<StoredOperator, OperatorError> {
    match stored::get(store, name)? {
        Some(op) if op.disabled => Err(OperatorError::Disabled(name.to_string())),
        Some(op) => Ok(op),
        None => Err(OperatorError::NoSuchOperator(name.to_string())),
    }
}

fn active_supervisors(store: &Store) -> Result<usize, OperatorError> {
    let all = stored::all(store)?;
    Ok(all
        .iter()
        .filter(|o| o.role == Role::Supervisor && !o.disabled)
        .count())
}

/// The key failures are counted under: a hash of the name, so that a password typed into the
/// name field is not kept in the store as typed.
fn failure_tag(name: &str) -> String {
    let digest = Sha256::new()
        .chain_update(b"service-desk login failures\0")
        .chain_update(name.as_bytes())
        .finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

fn audit_entry(at: i64, operator: &str, action: AuditAction, detail: &str) -> NewAuditEntry {
    NewAuditEntry {
        at,
        operator: Some(operator.to_string()),
        action,
        record: None,
        detail: detail.to_string(),
    }
}

/// Seconds since 1970 by the context's clock.
pub(crate) fn seconds(ctx: &Context) -> Result<i64, OperatorError> {
    let since = ctx
        .now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| OperatorError::Clock)?;
    i64::try_from(since.as_secs()).map_err(|_| OperatorError::Clock)
}

#[cfg(test)]
mod tests;
