//! What can be wrong with one field of an application, each with its message id.
use thiserror::Error;

use super::field::FieldPath;
use crate::domain::date::DateError;
use crate::domain::division_code::DivisionCodeError;
use crate::domain::material::MaterialError;
use crate::domain::messages::{MessageArg, MessageId};
use crate::domain::phone::PhoneError;
use crate::domain::resident_id::ResidentIdError;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Problem {
    #[error("this field is required")]
    Required,
    #[error("longer than {max} characters")]
    TooLong { max: usize },
    #[error("more than {max} entries")]
    TooMany { max: usize },
    #[error("listed twice")]
    Duplicate,
    #[error(transparent)]
    IdNumber(ResidentIdError),
    #[error(transparent)]
    Phone(PhoneError),
    #[error(transparent)]
    Region(DivisionCodeError),
    #[error("not a GB 3304 ethnic group code")]
    UnknownEthnicity,
    #[error("not zh-CN or mn-Mong")]
    UnknownLanguage,
    #[error("not a known eligibility fact")]
    UnknownFact,
    #[error("not a catalogue item id")]
    UnknownService,
    #[error("not a channel")]
    UnknownChannel,
    #[error("the agent channel needs the agent's details")]
    AgentRequired,
    #[error("the service is not among the services applied for")]
    ServiceNotListed,
    #[error("not received, missing or deferred")]
    UnknownMaterialStatus,
    #[error(transparent)]
    Date(DateError),
    #[error(transparent)]
    Material(MaterialError),
}

impl MessageId for Problem {
    fn message_id(&self) -> &'static str {
        match self {
            Problem::Required => "intake-error-required",
            Problem::TooLong { .. } => "intake-error-too-long",
            Problem::TooMany { .. } => "intake-error-too-many",
            Problem::Duplicate => "intake-error-duplicate",
            Problem::IdNumber(e) => e.message_id(),
            Problem::Phone(e) => e.message_id(),
            Problem::Region(e) => e.message_id(),
            Problem::UnknownEthnicity => "intake-error-ethnicity-unknown",
            Problem::UnknownLanguage => "intake-error-document-lang-unknown",
            Problem::UnknownFact => "intake-error-fact-unknown",
            Problem::UnknownService => "intake-error-service-unknown",
            Problem::UnknownChannel => "intake-error-channel-unknown",
            Problem::AgentRequired => "intake-error-agent-required",
            Problem::ServiceNotListed => "intake-error-material-service-not-listed",
            Problem::UnknownMaterialStatus => "intake-error-material-status-unknown",
            Problem::Date(e) => e.message_id(),
            Problem::Material(e) => e.message_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Problem::TooLong { max } | Problem::TooMany { max } => {
                vec![("max", MessageArg::Text(max.to_string()))]
            }
            Problem::IdNumber(e) => e.message_args(),
            Problem::Phone(e) => e.message_args(),
            Problem::Region(e) => e.message_args(),
            Problem::Date(e) => e.message_args(),
            Problem::Material(e) => e.message_args(),
            _ => Vec::new(),
        }
    }
}

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub path: FieldPath,
    pub problem: Problem,
}
