//! Operators as rules: roles, what each role may do, what a name and a new password must be,
//! and how long a login waits after repeated failures. No I/O here.
use std::time::Duration;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use super::messages::MessageId;

/// What an operator is allowed to do, by role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Clerk,
    Supervisor,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Clerk, Role::Supervisor];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Supervisor => "supervisor",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text.trim())
    }

    /// Whether this role may do `action`: the one permission table.
    pub fn may(self, action: Permission) -> bool {
        match action {
            Permission::RegisterIntake
            | Permission::MoveStatus
            | Permission::ViewFullDetails
            | Permission::ChangeOwnPassword => true,
            Permission::CorrectRecord
            | Permission::ReopenRecord
            | Permission::ChangeSettings
            | Permission::ManageOperators
            | Permission::Export
            | Permission::ReadAudit
            | Permission::ReadStats
            | Permission::BackUpAndRestore
            | Permission::EditCatalogue => self == Role::Supervisor,
        }
    }
}

impl MessageId for Role {
    fn message_id(&self) -> &'static str {
        match self {
            Role::Clerk => "security-role-clerk",
            Role::Supervisor => "security-role-supervisor",
        }
    }
}

/// Actions that need a role. Clerks register intakes and move them forward; supervisors also
/// correct and reopen records, change settings, manage operators, export and read the audit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Permission {
    RegisterIntake,
    MoveStatus,
    ViewFullDetails,
    ChangeOwnPassword,
    CorrectRecord,
    ReopenRecord,
    ChangeSettings,
    ManageOperators,
    Export,
    ReadAudit,
    /// The hall's statistics: no personal data, but each clerk's numbers are a personnel
    /// matter, read by whoever reports upward.
    ReadStats,
    /// Writing a backup archive of the whole store, or restoring one over it.
    BackUpAndRestore,
    /// Revising the catalogue's items: on screen, or by importing a reviewed file.
    EditCatalogue,
}

impl Permission {
    /// Stable name, used in messages and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::RegisterIntake => "register-intake",
            Permission::MoveStatus => "move-status",
            Permission::ViewFullDetails => "view-full-details",
            Permission::ChangeOwnPassword => "change-own-password",
            Permission::CorrectRecord => "correct-record",
            Permission::ReopenRecord => "reopen-record",
            Permission::ChangeSettings => "change-settings",
            Permission::ManageOperators => "manage-operators",
            Permission::Export => "export",
            Permission::ReadAudit => "read-audit",
            Permission::ReadStats => "read-stats",
            Permission::BackUpAndRestore => "back-up-and-restore",
            Permission::EditCatalogue => "edit-catalogue",
        }
    }
}

impl MessageId for Permission {
    fn message_id(&self) -> &'static str {
        match self {
            Permission::RegisterIntake => "security-permission-register-intake",
            Permission::MoveStatus => "security-permission-move-status",
            Permission::ViewFullDetails => "security-permission-view-full-details",
            Permission::ChangeOwnPassword => "security-permission-change-own-password",
            Permission::CorrectRecord => "security-permission-correct-record",
            Permission::ReopenRecord => "security-permission-reopen-record",
            Permission::ChangeSettings => "security-permission-change-settings",
            Permission::ManageOperators => "security-permission-manage-operators",
            Permission::Export => "security-permission-export",
            Permission::ReadAudit => "security-permission-read-audit",
            Permission::ReadStats => "security-permission-read-stats",
            Permission::BackUpAndRestore => "security-permission-back-up-and-restore",
            Permission::EditCatalogue => "security-permission-edit-catalogue",
        }
    }
}

/// Longest operator name, in characters.
pub const MAX_NAME_CHARS: usize = 32;
/// Shortest new password, in characters.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// Longest password, in bytes: a pasted file is not a password.
pub const MAX_PASSWORD_BYTES: usize = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// Spaces, punctuation other than `. _ -`, or control characters.
    BadCharacter,
}

/// An operator's name as stored: NFC, trimmed, letters (any script), digits and `. _ -`.
pub fn operator_name(input: &str) -> Result<String, NameProblem> {
    let name: String = input.trim().nfc().collect();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameProblem::TooLong);
    }
    // Mongolian names carry NNBSP and variation selectors; those are part of the spelling.
    let allowed = |c: char| {
        c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '\u{202F}' | '\u{180B}'..='\u{180F}')
    };
    if !name.chars().all(allowed) {
        return Err(NameProblem::BadCharacter);
    }
    Ok(name)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort { min: usize },
    TooLong { max: usize },
}

/// A new password must be at least [`MIN_PASSWORD_CHARS`] characters. Nothing else is
/// required: length is what slows a guesser, and rules about symbols are written on notes.
pub fn check_new_password(password: &str) -> Result<(), PasswordProblem> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(PasswordProblem::TooLong {
            max: MAX_PASSWORD_BYTES,
        });
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort {
            min: MIN_PASSWORD_CHARS,
        });
    }
    Ok(())
}

/// Consecutive failures answered at once; each one after waits longer.
pub const FREE_FAILURES: u32 = 3;
/// The longest wait before an attempt is answered.
pub const MAX_LOGIN_DELAY: Duration = Duration::from_secs(30);

/// How long an attempt waits before it is answered, after `failures` consecutive failures
/// for the same name: nothing for the first three, then 1 s, 2 s, 4 s … up to 30 s.
pub fn login_delay(failures: u32) -> Duration {
    let Some(beyond) = failures.checked_sub(FREE_FAILURES) else {
        return Duration::ZERO;
    };
    let seconds = 1u64.checked_shl(beyond).unwrap_or(u64::MAX);
    Duration::from_secs(seconds).min(MAX_LOGIN_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clerks_register_and_move_on_supervisors_do_the_rest() {
        assert!(Role::Clerk.may(Permission::RegisterIntake));
        assert!(Role::Clerk.may(Permission::MoveStatus));
        for p in [
            Permission::CorrectRecord,
            Permission::ReopenRecord,
            Permission::ChangeSettings,
            Permission::ManageOperators,
            Permission::Export,
            Permission::ReadAudit,
            Permission::ReadStats,
        ] {
            assert!(!Role::Clerk.may(p), "{p:?}");
            assert!(Role::Supervisor.may(p), "{p:?}");
        }
    }

    #[test]
    fn names_are_trimmed_normalised_and_plain() {
        assert_eq!(operator_name("  wang.li "), Ok("wang.li".into()));
        assert_eq!(operator_name("乌云"), Ok("乌云".into()));
        assert_eq!(operator_name("ᠤᠶᠤᠨ"), Ok("ᠤᠶᠤᠨ".into()));
        assert_eq!(operator_name("   "), Err(NameProblem::Empty));
        assert_eq!(operator_name("a b"), Err(NameProblem::BadCharacter));
        assert_eq!(operator_name("a\u{1b}[31m"), Err(NameProblem::BadCharacter));
        assert_eq!(operator_name(&"x".repeat(33)), Err(NameProblem::TooLong));
        assert_eq!(Role::parse("supervisor"), Some(Role::Supervisor));
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn passwords_need_eight_characters_not_bytes() {
        assert_eq!(
            check_new_password("1234567"),
            Err(PasswordProblem::TooShort { min: 8 })
        );
        assert_eq!(check_new_password("12345678"), Ok(()));
        assert_eq!(
            check_new_password("密码密码密码"),
            Err(PasswordProblem::TooShort { min: 8 })
        );
    }

    #[test]
    fn the_wait_doubles_after_three_failures_and_stops_at_thirty_seconds() {
        let waits: Vec<u64> = (0..12).map(|n| login_delay(n).as_secs()).collect();
        assert_eq!(waits, [0, 0, 0, 1, 2, 4, 8, 16, 30, 30, 30, 30]);
        assert_eq!(login_delay(u32::MAX), MAX_LOGIN_DELAY);
    }
}
