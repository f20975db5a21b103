//! Exit codes and messages for operators, logins and the audit trail. A refused login is
//! one message whatever was wrong; a refused action names the role and what it needs.
use super::ExitStatus;
use crate::domain::MessageId;
use crate::domain::operator::{NameProblem, PasswordProblem};
use crate::i18n::{Arg, Localizer};
use crate::service::audit::Break;
use crate::service::operators::OperatorError;

/// Everything the operator can put right is exit 3; a fault of the machine is exit 1.
pub(super) fn operator_status(e: &OperatorError) -> ExitStatus {
    match e {
        OperatorError::Store(e) => super::store_status(e),
        OperatorError::Key(_) | OperatorError::Clock => ExitStatus::Other,
        _ => ExitStatus::Rejected,
    }
}

pub(super) fn operator_message(e: &OperatorError, l10n: &Localizer) -> String {
    let named = |id: &str, name: &str| l10n.t_args(id, &[("name", Arg::Str(&super::short(name)))]);
    match e {
        OperatorError::Store(e) => super::store_message(e, l10n),
        OperatorError::Key(e) => l10n.t_args(
            "security-error-key",
            &[("detail", Arg::Str(&e.to_string()))],
        ),
        OperatorError::Clock => l10n.t("cli-intake-error-clock"),
        OperatorError::BadLogin => l10n.t("security-error-bad-login"),
        OperatorError::Refused { role, needs } => {
            let role = l10n.t(role.message_id());
            let action = l10n.t(needs.message_id());
            l10n.t_args(
                "security-error-refused",
                &[("role", Arg::Str(&role)), ("action", Arg::Str(&action))],
            )
        }
        OperatorError::NotSetUp => l10n.t("security-error-not-set-up"),
        OperatorError::AlreadySetUp => l10n.t("security-error-already-set-up"),
        OperatorError::BadName(problem) => l10n.t(match problem {
            NameProblem::Empty => "security-error-name-empty",
            NameProblem::TooLong => "security-error-name-too-long",
            NameProblem::BadCharacter => "security-error-name-character",
        }),
        OperatorError::BadPassword(PasswordProblem::TooShort { min }) => l10n.t_args(
            "security-error-password-short",
            &[("min", Arg::Num(*min as i64))],
        ),
        OperatorError::BadPassword(PasswordProblem::TooLong { max }) => l10n.t_args(
            "security-error-password-long",
            &[("max", Arg::Num(*max as i64))],
        ),
        OperatorError::NameTaken(name) => named("security-error-name-taken", name),
        OperatorError::NoSuchOperator(name) => named("security-error-no-such-operator", name),
        OperatorError::Disabled(name) => named("security-error-disabled", name),
        OperatorError::LastSupervisor => l10n.t("security-error-last-supervisor"),
    }
}

/// "Entry N is broken: what is wrong", for `audit verify`.
pub(super) fn broken_message(seq: u64, problem: Break, l10n: &Localizer) -> String {
    let what = match problem {
        Break::OutOfPlace { carries } => l10n.t_args(
            "security-break-out-of-place",
            &[("found", Arg::Num(carries as i64))],
        ),
        other => l10n.t(break_id(other)),
    };
    l10n.t_args(
        "security-audit-broken",
        &[("seq", Arg::Num(seq as i64)), ("problem", Arg::Str(&what))],
    )
}

fn break_id(problem: Break) -> &'static str {
    match problem {
        Break::Missing => "security-break-missing",
        Break::Unreadable => "security-break-unreadable",
        Break::OutOfPlace { .. } => "security-break-out-of-place",
        Break::Altered => "security-break-altered",
        Break::NotChained => "security-break-not-chained",
        Break::BeyondHead => "security-break-beyond-head",
        Break::HeadMismatch => "security-break-head-mismatch",
    }
}
