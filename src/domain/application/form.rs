//! The one list of the application's fields: for each, its section in counter order, its
//! kind, whether it is required, how to read and write it in an `ApplicationInput`, and its
//! rule. The checker, the intake form and the record view all walk this list, so a new field
//! is one entry here.
use super::field::{Field, FieldPath};
use super::problem::{FieldProblem, Problem};
use super::validate::{Limits, References, list_problems};
use super::{AgentInput, ApplicationInput, MaterialInput};
use crate::domain::catalogue::Lang;
use crate::domain::division_code::DivisionCode;
use crate::domain::intake::Channel;
use crate::domain::messages::MessageId;
use crate::domain::phone::Phone;
use crate::domain::resident_id::{ResidentId, ResidentIdError};
use crate::domain::text::clean_input;

/// Where a field stands on the form, in the order a clerk takes an application at the counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Applicant,
    Agent,
    Services,
    Materials,
    Channel,
    Notes,
}

impl Section {
    pub const ALL: &'static [Section] = &[
        Section::Applicant,
        Section::Agent,
        Section::Services,
        Section::Materials,
        Section::Channel,
        Section::Notes,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Section::Applicant => "form-section-applicant",
            Section::Agent => "form-section-agent",
            Section::Services => "form-section-services",
            Section::Materials => "form-section-materials",
            Section::Channel => "form-section-channel",
            Section::Notes => "form-section-notes",
        }
    }
}

/// Which cap of [`Limits`] a free-text field has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextCap {
    Name,
    Address,
    Relationship,
    Notes,
}

impl TextCap {
    pub fn max(self, limits: &Limits) -> usize {
        match self {
            TextCap::Name => limits.name,
            TextCap::Address => limits.address,
            TextCap::Relationship => limits.relationship,
            TextCap::Notes => limits.notes,
        }
    }
}

/// What a field holds, which decides its rule and how the form edits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text(TextCap),
    IdNumber,
    Phone,
    /// A GB/T 2260 division code.
    Division,
    /// A GB 3304 ethnic group code.
    EthnicGroup,
    /// The language of the documents: `zh-CN` or `mn-Mong`.
    Language,
    Facts,
    Services,
    Channel,
    Materials,
}

/// How a field is read from and written to the intake JSON's shape.
#[derive(Clone, Copy)]
pub enum Access {
    /// One string.
    Text {
        get: fn(&ApplicationInput) -> &str,
        set: fn(&mut ApplicationInput, String),
    },
    /// A list the form edits entry by entry (facts, services, materials).
    List,
}

/// One field of the application.
#[derive(Clone, Copy)]
pub struct FieldDef {
    pub field: Field,
    pub section: Section,
    pub kind: Kind,
    pub required: bool,
    pub access: Access,
}

/// Part of a field's value as a reader sees it: text as stored, or a message to translate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    Text(String),
    Message(&'static str),
}

fn agent(input: &ApplicationInput) -> Option<&AgentInput> {
    input.agent.as_ref()
}

fn agent_mut(input: &mut ApplicationInput) -> &mut AgentInput {
    input.agent.get_or_insert_with(AgentInput::default)
}

macro_rules! text_access {
    ($($path:tt)+) => {
        Access::Text {
            get: |i| &i.$($path)+,
            set: |i, v| i.$($path)+ = v,
        }
    };
}

const fn def(
    field: Field,
    section: Section,
    kind: Kind,
    required: bool,
    access: Access,
) -> FieldDef {
    FieldDef {
        field,
        section,
        kind,
        required,
        access,
    }
}

/// Every field, in counter order: applicant → agent → services → materials → channel → notes.
pub const FIELDS: &[FieldDef] = &[
    def(
        Field::ApplicantName,
        Section::Applicant,
        Kind::Text(TextCap::Name),
        true,
        text_access!(applicant.name),
    ),
    def(
        Field::ApplicantIdNumber,
        Section::Applicant,
        Kind::IdNumber,
        true,
        text_access!(applicant.id_number),
    ),
    def(
        Field::ApplicantPhone,
        Section::Applicant,
        Kind::Phone,
        false,
        text_access!(applicant.phone),
    ),
    def(
        Field::ApplicantEthnicity,
        Section::Applicant,
        Kind::EthnicGroup,
        false,
        text_access!(applicant.ethnicity),
    ),
    def(
        Field::ApplicantRegion,
        Section::Applicant,
        Kind::Division,
        false,
        text_access!(applicant.region),
    ),
    def(
        Field::ApplicantAddress,
        Section::Applicant,
        Kind::Text(TextCap::Address),
        false,
        text_access!(applicant.address),
    ),
    def(
        Field::ApplicantDocumentLang,
        Section::Applicant,
        Kind::Language,
        false,
        text_access!(applicant.document_lang),
    ),
    def(
        Field::ApplicantFact,
        Section::Applicant,
        Kind::Facts,
        false,
        Access::List,
    ),
    def(
        Field::AgentName,
        Section::Agent,
        Kind::Text(TextCap::Name),
        true,
        Access::Text {
            get: |i| agent(i).map_or("", |a| &a.name),
            set: |i, v| agent_mut(i).name = v,
        },
    ),
    def(
        Field::AgentIdNumber,
        Section::Agent,
        Kind::IdNumber,
        true,
        Access::Text {
            get: |i| agent(i).map_or("", |a| &a.id_number),
            set: |i, v| agent_mut(i).id_number = v,
        },
    ),
    def(
        Field::AgentRelationship,
        Section::Agent,
        Kind::Text(TextCap::Relationship),
        true,
        Access::Text {
            get: |i| agent(i).map_or("", |a| &a.relationship),
            set: |i, v| agent_mut(i).relationship = v,
        },
    ),
    def(
        Field::Services,
        Section::Services,
        Kind::Services,
        true,
        Access::List,
    ),
    def(
        Field::Materials,
        Section::Materials,
        Kind::Materials,
        false,
        Access::List,
    ),
    def(
        Field::Channel,
        Section::Channel,
        Kind::Channel,
        true,
        text_access!(channel),
    ),
    def(
        Field::Notes,
        Section::Notes,
        Kind::Text(TextCap::Notes),
        false,
        text_access!(notes),
    ),
];

/// The definition of `field`; list entries (`services[2]`) belong to their list's entry.
pub fn field_def(field: Field) -> &'static FieldDef {
    let owner = match field {
        Field::Service => Field::Services,
        Field::MaterialService
        | Field::MaterialName
        | Field::MaterialStatus
        | Field::MaterialDue => Field::Materials,
        Field::Agent => Field::AgentName,
        other => other,
    };
    FIELDS
        .iter()
        .find(|d| d.field == owner)
        // Every field but the list entries and `agent` has an entry (a test walks them all).
        .unwrap_or(&FIELDS[0])
}

impl FieldDef {
    /// The field's name for the clerk.
    pub fn label_id(&self) -> &'static str {
        self.field.message_id()
    }

    /// The field's text as typed; empty for a list.
    pub fn get<'a>(&self, input: &'a ApplicationInput) -> &'a str {
        match self.access {
            Access::Text { get, .. } => get(input),
            Access::List => "",
        }
    }

    /// Writes `value` into a text field; a list is edited entry by entry instead.
    pub fn set(&self, input: &mut ApplicationInput, value: String) {
        if let Access::Text { set, .. } = self.access {
            set(input, value);
        }
    }

    /// The rule of a one-string field: its checked value in canonical form (empty when an
    /// optional field is blank), or what is wrong with it. Lists are checked by [`problem`].
    ///
    /// [`problem`]: FieldDef::problem
    pub fn check(&self, raw: &str, refs: &References<'_>) -> Result<String, Problem> {
        let cleaned = clean_input(raw);
        let blank = cleaned.trim().is_empty();
        if blank {
            return if self.required {
                Err(Problem::Required)
            } else {
                Ok(String::new())
            };
        }
        let value = cleaned.trim();
        match self.kind {
            Kind::Text(cap) => {
                let max = cap.max(&refs.limits);
                if value.chars().count() > max {
                    Err(Problem::TooLong { max })
                } else {
                    Ok(value.to_string())
                }
            }
            Kind::IdNumber => ResidentId::parse(&cleaned, refs.today)
                .map(|id| id.as_str().to_string())
                .map_err(Problem::IdNumber),
            Kind::Phone => Phone::parse(value)
                .map(|p| p.normalized())
                .map_err(Problem::Phone),
            Kind::Division => DivisionCode::parse(value)
                .map(|c| c.as_str().to_string())
                .map_err(Problem::Region),
            Kind::EthnicGroup => refs
                .ethnic_groups
                .iter()
                .find(|g| g.code == value)
                .map(|g| g.code.clone())
                .ok_or(Problem::UnknownEthnicity),
            Kind::Language => Lang::parse(value)
                .map(|l| l.tag().to_string())
                .ok_or(Problem::UnknownLanguage),
            Kind::Channel => Channel::from_code(value)
                .map(|c| c.code().to_string())
                .ok_or(Problem::UnknownChannel),
            Kind::Facts | Kind::Services | Kind::Materials => Ok(value.to_string()),
        }
    }

    /// The first problem with this field in `input`, by the same rules as the whole check.
    pub fn problem(&self, input: &ApplicationInput, refs: &References<'_>) -> Option<FieldProblem> {
        match self.access {
            Access::Text { get, .. } => {
                let problem = self.check(get(input), refs).err()?;
                Some(FieldProblem {
                    path: FieldPath::new(self.field),
                    problem,
                })
            }
            Access::List => list_problems(self.field, input, refs).into_iter().next(),
        }
    }

    /// What can be said of a value while it is still being typed: only what more typing
    /// cannot mend (a character an ID number never has, text over its cap).
    pub fn problem_so_far(&self, raw: &str, refs: &References<'_>) -> Option<Problem> {
        let cleaned = clean_input(raw);
        match self.kind {
            Kind::Text(cap) => {
                let max = cap.max(&refs.limits);
                (cleaned.trim().chars().count() > max).then_some(Problem::TooLong { max })
            }
            Kind::IdNumber => id_number_so_far(&cleaned, refs),
            _ => None,
        }
    }

    /// The value as a record view shows it, one line per entry of a list.
    pub fn shown(&self, input: &ApplicationInput) -> Vec<Vec<Shown>> {
        match self.kind {
            Kind::Facts => input
                .applicant
                .facts
                .iter()
                .map(|code| vec![fact_shown(code)])
                .collect(),
            Kind::Services => input
                .services
                .iter()
                .map(|id| vec![Shown::Text(id.clone())])
                .collect(),
            Kind::Materials => input.materials.iter().map(material_shown).collect(),
            Kind::Channel => match Channel::from_code(&input.channel) {
                Some(channel) => vec![vec![Shown::Message(channel.message_id())]],
                None => text_line(&input.channel),
            },
            _ => text_line(self.get(input)),
        }
    }
}

fn text_line(value: &str) -> Vec<Vec<Shown>> {
    if value.is_empty() {
        Vec::new()
    } else {
        vec![vec![Shown::Text(value.to_string())]]
    }
}

fn fact_shown(code: &str) -> Shown {
    match super::Fact::from_code(code) {
        Some(fact) => Shown::Message(fact.message_id()),
        None => Shown::Text(code.to_string()),
    }
}

fn material_shown(m: &MaterialInput) -> Vec<Shown> {
    let status = crate::domain::material::MaterialKind::ALL
        .iter()
        .find(|k| material_code(**k) == m.status.trim());
    let mut parts = vec![
        Shown::Text(m.service.clone()),
        Shown::Text(m.name.clone()),
        status.map_or_else(
            || Shown::Text(m.status.clone()),
            |k| Shown::Message(k.message_id()),
        ),
    ];
    if let Some(due) = &m.due {
        parts.push(Shown::Text(due.clone()));
    }
    parts
}

/// The JSON word of a material's status.
pub fn material_code(kind: crate::domain::material::MaterialKind) -> &'static str {
    use crate::domain::material::MaterialKind;
    match kind {
        MaterialKind::Received => "received",
        MaterialKind::Missing => "missing",
        MaterialKind::Deferred => "deferred",
    }
}

/// An ID number cut short is judged by its characters; at 18 or more, by the whole rule.
fn id_number_so_far(cleaned: &str, refs: &References<'_>) -> Option<Problem> {
    let chars: Vec<char> = crate::domain::text::key_chars(cleaned.trim()).collect();
    if chars.len() >= 18 {
        return ResidentId::parse(cleaned, refs.today)
            .err()
            .map(Problem::IdNumber);
    }
    let bad = chars
        .iter()
        .enumerate()
        .any(|(at, c)| !(c.is_ascii_digit() || (at == 17 && matches!(c, 'x' | 'X'))));
    bad.then_some(Problem::IdNumber(ResidentIdError::BadCharacter))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::application::tests::refs;

    #[test]
    fn every_field_but_list_entries_has_one_definition() {
        for field in Field::ALL {
            if field.is_listed() || *field == Field::Agent {
                continue;
            }
            let defs = FIELDS.iter().filter(|d| d.field == *field).count();
            assert_eq!(defs, 1, "{field:?}");
        }
    }

    #[test]
    fn sections_come_in_counter_order() {
        let sections: Vec<Section> = FIELDS.iter().map(|d| d.section).collect();
        let mut sorted = sections.clone();
        sorted.sort();
        assert_eq!(sections, sorted);
    }

    #[test]
    fn text_fields_read_back_what_was_written() {
        for def in FIELDS {
            if let Access::Text { .. } = def.access {
                let mut input = ApplicationInput::default();
                def.set(&mut input, "x1".into());
                assert_eq!(def.get(&input), "x1", "{:?}", def.field);
            }
        }
    }

    #[test]
    fn an_id_number_is_judged_while_typed_only_by_what_typing_cannot_mend() {
        let id = field_def(Field::ApplicantIdNumber);
        let refs = refs();
        assert_eq!(id.problem_so_far("15010219", &refs), None);
        assert_eq!(
            id.problem_so_far("1501a", &refs),
            Some(Problem::IdNumber(ResidentIdError::BadCharacter))
        );
        assert_eq!(id.problem_so_far("15010219850307124", &refs), None);
        assert_eq!(id.problem_so_far("150102198503071247", &refs), None);
        assert_eq!(
            id.problem_so_far("150102198503071248", &refs),
            Some(Problem::IdNumber(ResidentIdError::Checksum))
        );
    }

    #[test]
    fn the_field_rule_is_the_rule_the_whole_check_uses() {
        let refs = refs();
        let phone = field_def(Field::ApplicantPhone);
        assert_eq!(phone.check("", &refs), Ok(String::new()));
        assert!(phone.check("12345", &refs).is_err());
        let mut input = ApplicationInput::default();
        input.applicant.phone = "12345".into();
        let whole = super::super::validate(&input, &refs).unwrap_err();
        let from_whole = whole
            .iter()
            .find(|p| p.path.field == Field::ApplicantPhone)
            .map(|p| p.problem.clone());
        assert_eq!(from_whole, phone.check("12345", &refs).err());
    }
}
