//! An application for one or more services as the intake JSON gives it, and the checked
//! application that is stored: personal fields grouped apart so they can be sealed as one.
use serde::{Deserialize, Serialize};

use super::intake::Channel;
use super::material::MaterialKind;
use super::messages::MessageId;

mod deadline;
mod field;
mod form;
mod problem;
mod validate;

pub use deadline::{Deadline, promised_deadline, working_days_stated};
pub use field::{Field, FieldPath};
pub use form::{Access, FIELDS, FieldDef, Kind, Section, Shown, TextCap, field_def, material_code};
pub use problem::{FieldProblem, Problem};
pub use validate::{Limits, References, validate};

/// An application is a few kilobytes of JSON; anything far larger is the wrong file.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024;

/// The intake JSON as read. Every field may be absent so that each missing one is named
/// with the others, not as the first parse error; a field this shape does not know is
/// refused, so a typo is never silently dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationInput {
    #[serde(default)]
    pub applicant: ApplicantInput,
    #[serde(default)]
    pub agent: Option<AgentInput>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub channel: String,
    #[serde(default)]
    pub materials: Vec<MaterialInput>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicantInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub id_number: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub ethnicity: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub document_lang: String,
    #[serde(default)]
    pub facts: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub id_number: String,
    #[serde(default)]
    pub relationship: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaterialInput {
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub status: String,
    /// Never written when absent: this type is JSON only, never bincode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
}

/// A checked application. Text is cleaned, codes are canonical, and every value is one the
/// rules accept. Stored with bincode, so no field is skipped or flattened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub personal: Personal,
    /// Catalogue ids in canonical form (`SOC-01`), in the order given.
    pub services: Vec<String>,
    pub channel: Channel,
    pub materials: Vec<Material>,
}

/// Everything that names or reaches a person, kept together so that it can be encrypted as
/// one value. The notes are here too: free text at a counter often names people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Personal {
    pub applicant: Applicant,
    pub agent: Option<Agent>,
    pub notes: String,
}

/// An empty string is a field that was not given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applicant {
    pub name: String,
    /// Canonical: 17 digits and a digit or upper-case X.
    pub id_number: String,
    /// Normalised as `Phone::normalized` gives it.
    pub phone: String,
    pub region: String,
    pub ethnicity: String,
    pub address: String,
    /// `zh-CN` or `mn-Mong`.
    pub document_lang: String,
    pub facts: Vec<Fact>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    pub name: String,
    pub id_number: String,
    pub relationship: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Material {
    pub service: String,
    pub name: String,
    pub status: MaterialKind,
    pub due: Option<super::date::Date>,
}

/// Eligibility facts a clerk records; derived ones (age 60+, 80+) are computed, not typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    /// 最低生活保障家庭.
    Dibao,
    /// 特困人员.
    ExtremePoverty,
    /// 持残疾人证.
    Disability,
    /// 建档立卡脱贫户 / 监测户.
    PovertyHousehold,
    /// 优抚对象.
    SpecialCare,
    LeftBehindChild,
    LeftBehindElder,
}

impl Fact {
    pub const ALL: &'static [Fact] = &[
        Fact::Dibao,
        Fact::ExtremePoverty,
        Fact::Disability,
        Fact::PovertyHousehold,
        Fact::SpecialCare,
        Fact::LeftBehindChild,
        Fact::LeftBehindElder,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Fact::Dibao => "dibao",
            Fact::ExtremePoverty => "extreme-poverty",
            Fact::Disability => "disability",
            Fact::PovertyHousehold => "poverty-household",
            Fact::SpecialCare => "special-care",
            Fact::LeftBehindChild => "left-behind-child",
            Fact::LeftBehindElder => "left-behind-elder",
        }
    }

    pub fn from_code(code: &str) -> Option<Fact> {
        Fact::ALL.iter().copied().find(|f| f.code() == code.trim())
    }
}

impl MessageId for Fact {
    fn message_id(&self) -> &'static str {
        match self {
            Fact::Dibao => "intake-fact-dibao",
            Fact::ExtremePoverty => "intake-fact-extreme-poverty",
            Fact::Disability => "intake-fact-disability",
            Fact::PovertyHousehold => "intake-fact-poverty-household",
            Fact::SpecialCare => "intake-fact-special-care",
            Fact::LeftBehindChild => "intake-fact-left-behind-child",
            Fact::LeftBehindElder => "intake-fact-left-behind-elder",
        }
    }
}

impl Application {
    /// The applicant's ID number: the key of the lookup by person.
    pub fn id_number(&self) -> &str {
        &self.personal.applicant.id_number
    }

    /// Back to the intake JSON's shape: what `records show` gives and `intake add` takes.
    pub fn to_input(&self) -> ApplicationInput {
        let a = &self.personal.applicant;
        ApplicationInput {
            applicant: ApplicantInput {
                name: a.name.clone(),
                id_number: a.id_number.clone(),
                phone: a.phone.clone(),
                region: a.region.clone(),
                ethnicity: a.ethnicity.clone(),
                address: a.address.clone(),
                document_lang: a.document_lang.clone(),
                facts: a.facts.iter().map(|f| f.code().to_string()).collect(),
            },
            agent: self.personal.agent.as_ref().map(|g| AgentInput {
                name: g.name.clone(),
                id_number: g.id_number.clone(),
                relationship: g.relationship.clone(),
            }),
            services: self.services.clone(),
            channel: self.channel.code().to_string(),
            materials: self
                .materials
                .iter()
                .map(|m| MaterialInput {
                    service: m.service.clone(),
                    name: m.name.clone(),
                    status: material_code(m.status).to_string(),
                    due: m.due.map(|d| d.to_string()),
                })
                .collect(),
            notes: self.personal.notes.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
