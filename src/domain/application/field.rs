//! The fields of the intake JSON a problem can be about, with the path a script sees
//! (`materials[1].due`) and the message id a clerk reads.
use std::fmt;

use crate::domain::messages::{MessageArg, MessageId};

/// One field of the intake JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    ApplicantName,
    ApplicantIdNumber,
    ApplicantPhone,
    ApplicantRegion,
    ApplicantEthnicity,
    ApplicantAddress,
    ApplicantDocumentLang,
    ApplicantFact,
    Agent,
    AgentName,
    AgentIdNumber,
    AgentRelationship,
    Services,
    Service,
    Channel,
    Materials,
    MaterialService,
    MaterialName,
    MaterialStatus,
    MaterialDue,
    Notes,
}

impl Field {
    /// The path with `{}` where a list index goes.
    fn pattern(self) -> &'static str {
        match self {
            Field::ApplicantName => "applicant.name",
            Field::ApplicantIdNumber => "applicant.id_number",
            Field::ApplicantPhone => "applicant.phone",
            Field::ApplicantRegion => "applicant.region",
            Field::ApplicantEthnicity => "applicant.ethnicity",
            Field::ApplicantAddress => "applicant.address",
            Field::ApplicantDocumentLang => "applicant.document_lang",
            Field::ApplicantFact => "applicant.facts[{}]",
            Field::Agent => "agent",
            Field::AgentName => "agent.name",
            Field::AgentIdNumber => "agent.id_number",
            Field::AgentRelationship => "agent.relationship",
            Field::Services => "services",
            Field::Service => "services[{}]",
            Field::Channel => "channel",
            Field::Materials => "materials",
            Field::MaterialService => "materials[{}].service",
            Field::MaterialName => "materials[{}].name",
            Field::MaterialStatus => "materials[{}].status",
            Field::MaterialDue => "materials[{}].due",
            Field::Notes => "notes",
        }
    }

    /// The field's name for the clerk; list fields take `$n`, counted from 1.
    pub fn message_id(self) -> &'static str {
        match self {
            Field::ApplicantName => "intake-field-applicant-name",
            Field::ApplicantIdNumber => "intake-field-applicant-id-number",
            Field::ApplicantPhone => "intake-field-applicant-phone",
            Field::ApplicantRegion => "intake-field-applicant-region",
            Field::ApplicantEthnicity => "intake-field-applicant-ethnicity",
            Field::ApplicantAddress => "intake-field-applicant-address",
            Field::ApplicantDocumentLang => "intake-field-applicant-document-lang",
            Field::ApplicantFact => "intake-field-applicant-fact",
            Field::Agent => "intake-field-agent",
            Field::AgentName => "intake-field-agent-name",
            Field::AgentIdNumber => "intake-field-agent-id-number",
            Field::AgentRelationship => "intake-field-agent-relationship",
            Field::Services => "intake-field-services",
            Field::Service => "intake-field-service",
            Field::Channel => "intake-field-channel",
            Field::Materials => "intake-field-materials",
            Field::MaterialService => "intake-field-material-service",
            Field::MaterialName => "intake-field-material-name",
            Field::MaterialStatus => "intake-field-material-status",
            Field::MaterialDue => "intake-field-material-due",
            Field::Notes => "intake-field-notes",
        }
    }

    pub fn is_listed(self) -> bool {
        self.pattern().contains("{}")
    }

    pub const ALL: &'static [Field] = &[
        Field::ApplicantName,
        Field::ApplicantIdNumber,
        Field::ApplicantPhone,
        Field::ApplicantRegion,
        Field::ApplicantEthnicity,
        Field::ApplicantAddress,
        Field::ApplicantDocumentLang,
        Field::ApplicantFact,
        Field::Agent,
        Field::AgentName,
        Field::AgentIdNumber,
        Field::AgentRelationship,
        Field::Services,
        Field::Service,
        Field::Channel,
        Field::Materials,
        Field::MaterialService,
        Field::MaterialName,
        Field::MaterialStatus,
        Field::MaterialDue,
        Field::Notes,
    ];
}

/// A field, and for a list field the position of the entry (from 0, as in JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldPath {
    pub field: Field,
    pub index: Option<usize>,
}

impl FieldPath {
    pub fn new(field: Field) -> FieldPath {
        FieldPath { field, index: None }
    }

    pub fn at(field: Field, index: usize) -> FieldPath {
        FieldPath {
            field,
            index: Some(index),
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let index = self.index.map(|i| i.to_string()).unwrap_or_default();
        f.write_str(&self.field.pattern().replace("{}", &index))
    }
}

impl MessageId for FieldPath {
    fn message_id(&self) -> &'static str {
        self.field.message_id()
    }

    /// A list entry is counted from 1 for the clerk.
    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self.index {
            Some(at) => vec![("n", MessageArg::Text((at + 1).to_string()))],
            None => Vec::new(),
        }
    }
}
