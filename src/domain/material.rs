//! The state of one required material at intake: received, missing (listed in the one-time
//! notice, 一次性告知), or deferred (容缺受理: accepted now against a written promise to bring
//! it by a due date).
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::date::Date;
use super::messages::MessageId;

/// The status word as the intake JSON writes it (`"status": "deferred"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaterialKind {
    Received,
    Missing,
    Deferred,
}

/// A material's state, with the due date that a deferral needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MaterialStatus {
    Received,
    Missing,
    Deferred { due: Date },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum MaterialError {
    #[error("a deferred material needs the date it is due")]
    DueDateMissing,
    #[error("only a deferred material has a due date")]
    DueDateNotDeferred,
    #[error("the due date is before the day of acceptance")]
    DueDateInPast,
}

impl MessageId for MaterialError {
    fn message_id(&self) -> &'static str {
        match self {
            MaterialError::DueDateMissing => "intake-error-material-due-missing",
            MaterialError::DueDateNotDeferred => "intake-error-material-due-not-deferred",
            MaterialError::DueDateInPast => "intake-error-material-due-in-past",
        }
    }
}

impl MessageId for MaterialKind {
    fn message_id(&self) -> &'static str {
        match self {
            MaterialKind::Received => "intake-material-received",
            MaterialKind::Missing => "intake-material-missing",
            MaterialKind::Deferred => "intake-material-deferred",
        }
    }
}

impl MaterialKind {
    pub const ALL: &'static [MaterialKind] = &[
        MaterialKind::Received,
        MaterialKind::Missing,
        MaterialKind::Deferred,
    ];
}

impl MaterialStatus {
    /// Joins the status word and the due date as a form or the JSON gives them, for an
    /// intake accepted on `accepted`: a deferral needs a due date not before that day, and
    /// nothing else takes one.
    pub fn new(
        kind: MaterialKind,
        due: Option<Date>,
        accepted: Date,
    ) -> Result<MaterialStatus, MaterialError> {
        match (kind, due) {
            (MaterialKind::Deferred, None) => Err(MaterialError::DueDateMissing),
            (MaterialKind::Deferred, Some(due)) if due < accepted => {
                Err(MaterialError::DueDateInPast)
            }
            (MaterialKind::Deferred, Some(due)) => Ok(MaterialStatus::Deferred { due }),
            (_, Some(_)) => Err(MaterialError::DueDateNotDeferred),
            (MaterialKind::Received, None) => Ok(MaterialStatus::Received),
            (MaterialKind::Missing, None) => Ok(MaterialStatus::Missing),
        }
    }

    pub fn kind(self) -> MaterialKind {
        match self {
            MaterialStatus::Received => MaterialKind::Received,
            MaterialStatus::Missing => MaterialKind::Missing,
            MaterialStatus::Deferred { .. } => MaterialKind::Deferred,
        }
    }

    pub fn due(self) -> Option<Date> {
        match self {
            MaterialStatus::Deferred { due } => Some(due),
            _ => None,
        }
    }

    /// Still to be brought: what the one-time notice lists.
    pub fn is_outstanding(self) -> bool {
        !matches!(self, MaterialStatus::Received)
    }
}

/// Documents most services ask for, offered on every service's material lines, by the id of
/// their name in the locale files. A line picked from these is stored with its name in the
/// clerk's language; papers give it in their own.
pub const COMMON_DOCUMENTS: &[&str] = &[
    "form-document-id-card",
    "form-document-household-register",
    "form-document-disability-card",
    "form-document-power-of-attorney",
];
