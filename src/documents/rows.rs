//! The label and value rows of one stored intake, in counter order and the clerk's language:
//! what `records show` prints and what the record view on screen lists. The full values are
//! shown here (the detail view); papers that leave the hall mask them.
use super::words::say;
use crate::domain::MessageId;
use crate::domain::application::{Field, FieldPath};
use crate::i18n::Localizer;
use crate::service::intake::hall_timestamp;
use crate::store::intakes::StoredIntake;

/// Label and value pairs in counter order; list fields give one line per entry.
pub fn record_rows(record: &StoredIntake, l10n: &Localizer) -> Vec<(String, String)> {
    let app = &record.application;
    let a = &app.personal.applicant;
    let none = || l10n.t("records-empty");
    let or_none = |s: &str| if s.is_empty() { none() } else { s.to_string() };
    let mut rows = vec![
        (l10n.t("records-label-receipt"), record.receipt.to_string()),
        (l10n.t("records-label-status"), say(l10n, &record.status)),
        (
            l10n.t("records-label-created"),
            hall_timestamp(record.created_at),
        ),
        (
            l10n.t("records-label-deadline"),
            say(l10n, &record.deadline),
        ),
    ];
    let applicant = [
        (Field::ApplicantName, a.name.as_str()),
        (Field::ApplicantIdNumber, a.id_number.as_str()),
        (Field::ApplicantPhone, a.phone.as_str()),
        (Field::ApplicantRegion, a.region.as_str()),
        (Field::ApplicantEthnicity, a.ethnicity.as_str()),
        (Field::ApplicantAddress, a.address.as_str()),
        (Field::ApplicantDocumentLang, a.document_lang.as_str()),
    ];
    rows.extend(
        applicant
            .iter()
            .map(|(f, v)| (say(l10n, &FieldPath::new(*f)), or_none(v))),
    );
    for (at, fact) in a.facts.iter().enumerate() {
        rows.push((
            say(l10n, &FieldPath::at(Field::ApplicantFact, at)),
            say(l10n, fact),
        ));
    }
    match &app.personal.agent {
        None => rows.push((
            say(l10n, &FieldPath::new(Field::Agent)),
            l10n.t("records-agent-none"),
        )),
        Some(agent) => rows.extend([
            (
                say(l10n, &FieldPath::new(Field::AgentName)),
                agent.name.clone(),
            ),
            (
                say(l10n, &FieldPath::new(Field::AgentIdNumber)),
                agent.id_number.clone(),
            ),
            (
                say(l10n, &FieldPath::new(Field::AgentRelationship)),
                agent.relationship.clone(),
            ),
        ]),
    }
    for (at, id) in app.services.iter().enumerate() {
        rows.push((say(l10n, &FieldPath::at(Field::Service, at)), id.clone()));
    }
    rows.push((
        say(l10n, &FieldPath::new(Field::Channel)),
        say(l10n, &app.channel),
    ));
    for (at, m) in app.materials.iter().enumerate() {
        let due = m.due.map(|d| format!(" {d}")).unwrap_or_default();
        let state = format!("{}{due}", l10n.t(m.status.message_id()));
        rows.push((
            say(l10n, &FieldPath::at(Field::MaterialName, at)),
            format!("{} ({}) {state}", m.name, m.service),
        ));
    }
    rows.push((
        say(l10n, &FieldPath::new(Field::Notes)),
        or_none(&app.personal.notes),
    ));
    let operator = record
        .operator
        .clone()
        .unwrap_or_else(|| l10n.t("records-operator-none"));
    rows.push((l10n.t("records-label-operator"), operator));
    rows
}
