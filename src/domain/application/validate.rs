//! Checks an application against the catalogue, the reference lists and the day of
//! acceptance, and names every problem at once: a clerk fixes them in one pass.
use std::collections::HashSet;

use super::field::{Field, FieldPath};
use super::form::field_def;
use super::problem::{FieldProblem, Problem};
use super::{
    Agent, AgentInput, Applicant, ApplicantInput, Application, ApplicationInput, Fact, Material,
    MaterialInput, Personal,
};
use crate::domain::catalogue::{Catalogue, ItemId};
use crate::domain::date::Date;
use crate::domain::intake::Channel;
use crate::domain::material::{MaterialKind, MaterialStatus};
use crate::domain::reference::EthnicGroup;
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

    /// A one-string field checked by its rule in the field list; blank when it fails.
    fn scalar(&mut self, field: Field, raw: &str) -> String {
        field_def(field)
            .check(raw, self.refs)
            .unwrap_or_else(|problem| {
                self.fail(FieldPath::new(field), problem);
                String::new()
            })
    }

    fn applicant(&mut self, input: &ApplicantInput) -> Applicant {
        Applicant {
            name: self.scalar(Field::ApplicantName, &input.name),
            id_number: self.scalar(Field::ApplicantIdNumber, &input.id_number),
            phone: self.scalar(Field::ApplicantPhone, &input.phone),
            region: self.scalar(Field::ApplicantRegion, &input.region),
            ethnicity: self.scalar(Field::ApplicantEthnicity, &input.ethnicity),
            address: self.scalar(Field::ApplicantAddress, &input.address),
            document_lang: self.scalar(Field::ApplicantDocumentLang, &input.document_lang),
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
        Agent {
            name: self.scalar(Field::AgentName, &input.name),
            id_number: self.scalar(Field::AgentIdNumber, &input.id_number),
            relationship: self.scalar(Field::AgentRelationship, &input.relationship),
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
        let channel = Channel::from_code(&self.scalar(Field::Channel, raw))?;
        if channel == Channel::Agent && !agent {
            self.fail(FieldPath::new(Field::Agent), Problem::AgentRequired);
        }
        Some(channel)
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
        let name = self.material_name(at, &input.name);
        let status = self.material_status(at, input);
        Some(Material {
            service: service?,
            name,
            status: status?.kind(),
            due: status?.due(),
        })
    }

    fn material_name(&mut self, at: usize, raw: &str) -> String {
        let max = self.refs.limits.material_name;
        let cleaned = clean_input(raw).trim().to_string();
        let path = FieldPath::at(Field::MaterialName, at);
        if cleaned.is_empty() {
            self.fail(path, Problem::Required);
        } else if cleaned.chars().count() > max {
            self.fail(path, Problem::TooLong { max });
        }
        cleaned
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

/// The problems of one list field of `input` (facts, services, materials), by the rules the
/// whole check applies to it.
pub(super) fn list_problems(
    field: Field,
    input: &ApplicationInput,
    refs: &References<'_>,
) -> Vec<FieldProblem> {
    let mut check = Check {
        refs,
        problems: Vec::new(),
    };
    match field {
        Field::ApplicantFact => {
            check.facts(&input.applicant.facts);
        }
        Field::Services => {
            check.services(&input.services);
        }
        Field::Materials => {
            let mut probe = Check {
                refs,
                problems: Vec::new(),
            };
            let listed: HashSet<String> = probe.services(&input.services).into_iter().collect();
            check.materials(&input.materials, &listed);
        }
        _ => {}
    }
    check.problems
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
    let notes = check.scalar(Field::Notes, &input.notes);
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
