//! `service-desk records show RECEIPT`: one intake as stored, as a table in the clerk's
//! language or as the intake JSON with its receipt, status, times and history.
use std::io::Write;

use serde_json::{Value, json};

use super::error::CliError;
use super::intake::deadline_json;
use super::messages::say;
use super::output::write_json;
use super::{Format, RecordsCommand};
use crate::domain::application::{Field, FieldPath};
use crate::domain::text::{clean_input, display_width};
use crate::domain::{MessageId, ReceiptNumber};
use crate::i18n::Localizer;
use crate::service::Desk;
use crate::service::intake::{self, hall_timestamp};
use crate::store::intakes::StoredIntake;

pub fn run(
    desk: &Desk,
    l10n: &Localizer,
    cmd: RecordsCommand,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let written = match cmd {
        RecordsCommand::Show { receipt, format } => {
            let number = ReceiptNumber::parse(&receipt).map_err(CliError::BadReceipt)?;
            let record = intake::show(desk, &number)
                .map_err(|e| CliError::Service(e.into()))?
                .ok_or_else(|| CliError::RecordNotFound(clean_input(&receipt)))?;
            match format {
                Format::Json => write_json(out, &record_json(&record)),
                Format::Table => write_record(out, &record, l10n),
            }
        }
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Output),
    }
}

/// The intake JSON as it was stored, with what the store added to it.
pub fn record_json(record: &StoredIntake) -> Value {
    let mut value = json!(record.application.to_input());
    let (deadline, unknown) = deadline_json(record.deadline);
    let history: Vec<Value> = record
        .history
        .iter()
        .map(|h| {
            json!({
                "at": hall_timestamp(h.at),
                "status": h.status.code(),
                "note": h.note,
                "operator": h.operator,
            })
        })
        .collect();
    if let Value::Object(map) = &mut value {
        map.insert("receipt".into(), json!(record.receipt.to_string()));
        map.insert("status".into(), json!(record.status.code()));
        map.insert(
            "created_at".into(),
            json!(hall_timestamp(record.created_at)),
        );
        map.insert("deadline".into(), deadline);
        map.insert("deadline_unknown".into(), unknown);
        map.insert("operator".into(), json!(record.operator));
        map.insert("history".into(), Value::Array(history));
    }
    value
}

/// Label and value pairs in counter order; list fields give one line per entry.
fn rows(record: &StoredIntake, l10n: &Localizer) -> Vec<(String, String)> {
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

fn write_record(
    out: &mut dyn Write,
    record: &StoredIntake,
    l10n: &Localizer,
) -> std::io::Result<()> {
    let rows = rows(record, l10n);
    let width = rows
        .iter()
        .map(|(l, _)| display_width(l))
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        let pad = " ".repeat(width - display_width(&label));
        writeln!(out, "{label}{pad}  {value}")?;
    }
    Ok(())
}
