//! Checks an application against the catalogue, the reference lists and the day of
//! acceptance, and names every problem at once: a clerk fixes them in one pass.
use std::collections::HashSet;

use super::field::{Field, FieldPath};
use super::problem::{FieldProblem, Problem};
use super::{
    Agent, AgentInput, Applicant, ApplicantInput, Application, ApplicationInput, Fact, Material,
    MaterialInput, Personal,
};
use crate::domain::catalogue::{Catalogue, ItemId, Lang};
use crate::domain::date::Date;
use crate::domain::division_code::DivisionCode;
use crate::domain::intake::Channel;
use crate::domain::material::{MaterialKind, MaterialStatus};
use crate::domain::phone::Phone;
use crate::domain::reference::EthnicGroup;
use crate::domain::resident_id::ResidentId;
use crate::domain::text::clean_input;

/// Caps on text and lists, in characters and entries: a record must stay well inside the
/// store's value cap, and a counter form never needs more.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub name: usize,
    pub address: usize,
    pub relationship: usize,
    pub material_name: usize,
    pub notes: usize,
    pub services: usize,
    pub materials: usize,
}

impl Limits {
    pub const COUNTER: Limits = Limits {
        name: 50,
        address: 120,
        relationship: 20,
        material_name: 60,
        notes: 500,
        services: 10,
        materials: 30,
    };
}

/// What an application is checked against.
pub struct References<'a> {
    pub catalogue: &'a Catalogue,
    pub ethnic_groups: &'a [EthnicGroup],
    /// The day of acceptance: birth dates and due dates are checked against it.
    pub today: Date,
    pub limits: Limits,
}

/// Collects problems while the checked values are built.
struct Check<'r, 'a> {
    refs: &'r References<'a>,
    problems: Vec<FieldProblem>,
}

impl Check<'_, '_> {
    fn fail(&mut self, path: FieldPath, problem: Problem) {
        self.problems.push(FieldProblem { path, problem });
    }

    /// Cleaned text within `max` characters; blank when `required` is a problem.
    fn text(&mut self, path: FieldPath, raw: &str, max: usize, required: bool) -> String {
        let cleaned = clean_input(raw).trim().to_string();
        if required && cleaned.is_empty() {
            self.fail(path, Problem::Required);
        } else if cleaned.chars().count() > max {
            self.fail(path, Problem::TooLong { max });
        }
        cleaned
    }

    fn id_number(&mut self, path: FieldPath, raw: &str) -> String {
        let cleaned = clean_input(raw);
        if cleaned.trim().is_empty() {
            self.fail(path, Problem::Required);
            return String::new();
        }
        match ResidentId::parse(&cleaned, self.refs.today) {
            Ok(id) => id.as_str().to_string(),
            Err(e) => {
                self.fail(path, Problem::IdNumber(e));
                String::new()
            }
        }
    }

    /// An optional field: blank is fine, anything else must parse.
    fn optional<T>(
        &mut self,
        path: FieldPath,
        raw: &str,
        parse: impl FnOnce(&str) -> Result<T, Problem>,
    ) -> Option<T> {
        let cleaned = clean_input(raw);
        if cleaned.trim().is_empty() {
            return None;
        }
        parse(cleaned.trim()).map_err(|p| self.fail(path, p)).ok()
    }

    fn applicant(&mut self, input: &ApplicantInput) -> Applicant {
        let limits = self.refs.limits;
        let field = FieldPath::new;
        let name = self.text(field(Field::ApplicantName), &input.name, limits.name, true);
        let id_number = self.id_number(field(Field::ApplicantIdNumber), &input.id_number);
        let phone = self.optional(field(Field::ApplicantPhone), &input.phone, |s| {
            Phone::parse(s)
                .map(|p| p.normalized())
                .map_err(Problem::Phone)
        });
        let region = self.optional(field(Field::ApplicantRegion), &input.region, |s| {
            DivisionCode::parse(s)
                .map(|c| c.as_str().to_string())
                .map_err(Problem::Region)
        });
        let groups = self.refs.ethnic_groups;
        let ethnicity = self.optional(field(Field::ApplicantEthnicity), &input.ethnicity, |s| {
            groups
                .iter()
                .find(|g| g.code == s)
                .map(|g| g.code.clone())
                .ok_or(Problem::UnknownEthnicity)
        });
        let document_lang = self.optional(
            field(Field::ApplicantDocumentLang),
            &input.document_lang,
            |s| {
                Lang::parse(s)
                    .map(|l| l.tag().to_string())
                    .ok_or(Problem::UnknownLanguage)
            },
        );
        let address = self.text(
            field(Field::ApplicantAddress),
            &input.address,
            limits.address,
            false,
        );
        Applicant {
            name,
            id_number,
            phone: phone.unwrap_or_default(),
            region: region.unwrap_or_default(),
            ethnicity: ethnicity.unwrap_or_default(),
            address,
            document_lang: document_lang.unwrap_or_default(),
            facts: self.facts(&input.facts),
        }
    }

    fn facts(&mut self, raw: &[String]) -> Vec<Fact> {
        let mut facts = Vec::new();
        for (at, code) in raw.iter().enumerate() {
            let path = FieldPath::at(Field::ApplicantFact, at);
            match Fact::from_code(&clean_input(code)) {
                None => self.fail(path, Problem::UnknownFact),
                Some(fact) if facts.contains(&fact) => self.fail(path, Problem::Duplicate),
                Some(fact) => facts.push(fact),
            }
        }
        facts
    }

    fn agent(&mut self, input: &AgentInput) -> Agent {
        let limits = self.refs.limits;
        Agent {
            name: self.text(
                FieldPath::new(Field::AgentName),
                &input.name,
                limits.name,
                true,
            ),
            id_number: self.id_number(FieldPath::new(Field::AgentIdNumber), &input.id_number),
            relationship: self.text(
                FieldPath::new(Field::AgentRelationship),
                &input.relationship,
                limits.relationship,
                true,
            ),
        }
    }

    fn services(&mut self, raw: &[String]) -> Vec<String> {
        let max = self.refs.limits.services;
        if raw.is_empty() {
            self.fail(FieldPath::new(Field::Services), Problem::Required);
        } else if raw.len() > max {
            self.fail(FieldPath::new(Field::Services), Problem::TooMany { max });
        }
        let mut services = Vec::new();
        for (at, id) in raw.iter().enumerate().take(max) {
            let path = FieldPath::at(Field::Service, at);
            let known = ItemId::parse(&clean_input(id))
                .ok()
                .filter(|id| self.refs.catalogue.item(*id).is_some())
                .map(|id| id.to_string());
            match known {
                None => self.fail(path, Problem::UnknownService),
                Some(id) if services.contains(&id) => self.fail(path, Problem::Duplicate),
                Some(id) => services.push(id),
            }
        }
        services
    }

    fn channel(&mut self, raw: &str, agent: bool) -> Option<Channel> {
        let path = FieldPath::new(Field::Channel);
        let cleaned = clean_input(raw);
        if cleaned.trim().is_empty() {
            self.fail(path, Problem::Required);
            return None;
        }
        let channel = Channel::from_code(&cleaned);
        match channel {
            None => self.fail(path, Problem::UnknownChannel),
            Some(Channel::Agent) if !agent => {
                self.fail(FieldPath::new(Field::Agent), Problem::AgentRequired)
            }
            Some(_) => {}
        }
        channel
    }

    fn materials(&mut self, raw: &[MaterialInput], services: &HashSet<String>) -> Vec<Material> {
        let max = self.refs.limits.materials;
        if raw.len() > max {
            self.fail(FieldPath::new(Field::Materials), Problem::TooMany { max });
        }
        raw.iter()
            .take(max)
            .enumerate()
            .filter_map(|(at, m)| self.material(at, m, services))
            .collect()
    }

    fn material(
        &mut self,
        at: usize,
        input: &MaterialInput,
        services: &HashSet<String>,
    ) -> Option<Material> {
        let service_path = FieldPath::at(Field::MaterialService, at);
        let cleaned = clean_input(&input.service);
        let service = match ItemId::parse(cleaned.trim()).map(|id| id.to_string()) {
            Ok(id) if services.contains(&id) => Some(id),
            // A blank line names no service at all: "not among the services" would send the
            // clerk looking for a wrong number that is not there.
            _ if cleaned.trim().is_empty() => {
                self.fail(service_path, Problem::Required);
                None
            }
            _ => {
                self.fail(service_path, Problem::ServiceNotListed);
                None
            }
        };
        let max = self.refs.limits.material_name;
        let name = self.text(
            FieldPath::at(Field::MaterialName, at),
            &input.name,
            max,
            true,
        );
        let status = self.material_status(at, input);
        Some(Material {
            service: service?,
            name,
            status: status?.kind(),
            due: status?.due(),
        })
    }

    fn material_status(&mut self, at: usize, input: &MaterialInput) -> Option<MaterialStatus> {
        let status_path = FieldPath::at(Field::MaterialStatus, at);
        let due_path = FieldPath::at(Field::MaterialDue, at);
        let kind = match clean_input(&input.status).trim() {
            "received" => Some(MaterialKind::Received),
            "missing" => Some(MaterialKind::Missing),
            "deferred" => Some(MaterialKind::Deferred),
            "" => {
                self.fail(status_path, Problem::Required);
                None
            }
            _ => {
                self.fail(status_path, Problem::UnknownMaterialStatus);
                None
            }
        };
        let due = match input.due.as_deref().map(clean_input) {
            None => Ok(None),
            Some(text) if text.trim().is_empty() => Ok(None),
            Some(text) => Date::parse(text.trim()).map(Some),
        };
        let due = due
            .map_err(|e| self.fail(due_path, Problem::Date(e)))
            .ok()?;
        MaterialStatus::new(kind?, due, self.refs.today)
            .map_err(|e| self.fail(due_path, Problem::Material(e)))
            .ok()
    }
}

/// The checked application, or every problem found, in the order of the fields.
pub fn validate(
    input: &ApplicationInput,
    refs: &References<'_>,
) -> Result<Application, Vec<FieldProblem>> {
    let mut check = Check {
        refs,
        problems: Vec::new(),
    };
    let applicant = check.applicant(&input.applicant);
    let agent = input.agent.as_ref().map(|a| check.agent(a));
    let services = check.services(&input.services);
    let channel = check.channel(&input.channel, agent.is_some());
    let listed: HashSet<String> = services.iter().cloned().collect();
    let materials = check.materials(&input.materials, &listed);
    let max = refs.limits.notes;
    let notes = check.text(FieldPath::new(Field::Notes), &input.notes, max, false);
    match channel {
        Some(channel) if check.problems.is_empty() => Ok(Application {
            personal: Personal {
                applicant,
                agent,
                notes,
            },
            services,
            channel,
            materials,
        }),
        _ => Err(check.problems),
    }
}
