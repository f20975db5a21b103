//! The places the caret stops on the form, in counter order, derived from the field list and
//! what the form holds now (one stop per service, per material line, …).
use crate::domain::MaterialKind;
use crate::domain::application::Fact;
use crate::domain::application::{
    ApplicationInput, FIELDS, Field, FieldPath, Kind, Section, field_def,
};

/// One stop of the caret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A free-text, ID-number or phone field.
    Text(Field),
    /// A code picked from a reference list by typing (ethnic group, region).
    Pick(Field),
    /// Document language: a choice.
    Language,
    Fact(Fact),
    /// Whether someone applies on the applicant's behalf.
    AgentToggle,
    /// Typing here searches the catalogue; Enter adds the highlighted item.
    ServiceSearch,
    /// An item applied for; Delete removes it.
    Service(usize),
    /// A material line: its status steps with Space; Delete removes it.
    Material(usize),
    /// The due date of a deferred material line.
    MaterialDue(usize),
    /// Adds a material line to the service at this index.
    MaterialAdd(usize),
    Channel,
}

impl Stop {
    /// Whether keys that type a character type it here.
    pub fn types(self) -> bool {
        matches!(
            self,
            Stop::Text(_)
                | Stop::Pick(_)
                | Stop::ServiceSearch
                | Stop::MaterialDue(_)
                | Stop::MaterialAdd(_)
        )
    }

    /// Whether typing here edits a query rather than the value itself.
    pub fn queries(self) -> bool {
        matches!(
            self,
            Stop::Pick(_) | Stop::ServiceSearch | Stop::MaterialAdd(_)
        )
    }

    /// The field of the list this stop belongs to, as the field list names it.
    pub fn field(self) -> Field {
        match self {
            Stop::Text(f) | Stop::Pick(f) => f,
            Stop::Language => Field::ApplicantDocumentLang,
            Stop::Fact(_) => Field::ApplicantFact,
            Stop::AgentToggle => Field::Agent,
            Stop::ServiceSearch | Stop::Service(_) => Field::Services,
            Stop::Material(_) | Stop::MaterialDue(_) | Stop::MaterialAdd(_) => Field::Materials,
            Stop::Channel => Field::Channel,
        }
    }

    pub fn section(self) -> Section {
        match self {
            Stop::AgentToggle => Section::Agent,
            other => field_def(other.field()).section,
        }
    }

    /// Whether a problem at `path` is shown at this stop.
    pub fn shows(self, path: &FieldPath, input: &ApplicationInput) -> bool {
        let index = path.index;
        match (self, path.field) {
            (Stop::Text(f) | Stop::Pick(f), field) => f == field,
            (Stop::Language, Field::ApplicantDocumentLang) => true,
            (Stop::Fact(fact), Field::ApplicantFact) => index
                .and_then(|i| input.applicant.facts.get(i))
                .is_some_and(|code| Fact::from_code(code) == Some(fact)),
            (Stop::AgentToggle, Field::Agent) => true,
            (Stop::ServiceSearch, Field::Services) => true,
            (Stop::Service(i), Field::Service) => index == Some(i),
            (
                Stop::Material(i),
                Field::MaterialService | Field::MaterialName | Field::MaterialStatus,
            ) => index == Some(i),
            (Stop::MaterialDue(i), Field::MaterialDue) => index == Some(i),
            (Stop::MaterialAdd(0), Field::Materials) => true,
            (Stop::Channel, Field::Channel) => true,
            _ => false,
        }
    }
}

/// Every stop of a form holding `input`, in order.
pub fn stops(input: &ApplicationInput) -> Vec<Stop> {
    let mut out = Vec::new();
    for def in FIELDS {
        if def.section == Section::Agent {
            if def.field == Field::AgentName {
                out.push(Stop::AgentToggle);
            }
            if input.agent.is_none() {
                continue;
            }
        }
        match def.kind {
            Kind::Text(_) | Kind::IdNumber | Kind::Phone => out.push(Stop::Text(def.field)),
            Kind::Division | Kind::EthnicGroup => out.push(Stop::Pick(def.field)),
            Kind::Language => out.push(Stop::Language),
            Kind::Facts => out.extend(Fact::ALL.iter().map(|f| Stop::Fact(*f))),
            Kind::Services => {
                out.push(Stop::ServiceSearch);
                out.extend((0..input.services.len()).map(Stop::Service));
            }
            Kind::Materials => material_stops(input, &mut out),
            Kind::Channel => out.push(Stop::Channel),
        }
    }
    out
}

/// Per service applied for: its material lines (with a due date where deferred), then the
/// line that adds one. Lines naming no listed service (read from a file) come first.
fn material_stops(input: &ApplicationInput, out: &mut Vec<Stop>) {
    let listed = |m: &str| input.services.iter().any(|s| s == m);
    let push_line = |out: &mut Vec<Stop>, at: usize| {
        out.push(Stop::Material(at));
        if input.materials[at].status
            == crate::domain::application::material_code(MaterialKind::Deferred)
        {
            out.push(Stop::MaterialDue(at));
        }
    };
    for at in 0..input.materials.len() {
        if !listed(&input.materials[at].service) {
            push_line(out, at);
        }
    }
    for (index, service) in input.services.iter().enumerate() {
        for at in 0..input.materials.len() {
            if &input.materials[at].service == service {
                push_line(out, at);
            }
        }
        out.push(Stop::MaterialAdd(index));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_agent_fields_appear_only_when_there_is_an_agent() {
        let mut input = ApplicationInput::default();
        assert!(!stops(&input).contains(&Stop::Text(Field::AgentName)));
        input.agent = Some(Default::default());
        let all = stops(&input);
        let toggle = all.iter().position(|s| *s == Stop::AgentToggle).unwrap();
        assert_eq!(all[toggle + 1], Stop::Text(Field::AgentName));
    }

    #[test]
    fn each_service_brings_its_material_lines_and_a_line_to_add_one() {
        let input = ApplicationInput {
            services: vec!["SOC-01".into(), "EDU-01".into()],
            materials: vec![crate::domain::application::MaterialInput {
                service: "EDU-01".into(),
                name: "x".into(),
                status: "deferred".into(),
                due: None,
            }],
            ..ApplicationInput::default()
        };
        let all = stops(&input);
        let from = all.iter().position(|s| *s == Stop::MaterialAdd(0)).unwrap();
        assert_eq!(
            &all[from..from + 4],
            &[
                Stop::MaterialAdd(0),
                Stop::Material(0),
                Stop::MaterialDue(0),
                Stop::MaterialAdd(1)
            ]
        );
    }
}
