//! The label and value rows of one stored intake, in counter order and the clerk's language:
//! what `records show` prints and what the record view on screen lists. The full values are
//! shown here (the detail view); papers that leave the hall mask them.
use super::words::say;
use crate::domain::application::{
    ApplicationInput, FIELDS, Field, FieldDef, FieldPath, Kind, Section, Shown,
};
use crate::i18n::Localizer;
use crate::service::intake::hall_timestamp;
use crate::store::intakes::StoredIntake;

/// Label and value pairs in counter order, one row per field of the field list; list fields
/// give one row per entry.
pub fn record_rows(record: &StoredIntake, l10n: &Localizer) -> Vec<(String, String)> {
    let app = &record.application;
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
    let input = app.to_input();
    for def in FIELDS {
        if def.section == Section::Agent && input.agent.is_none() {
            if def.field == Field::AgentName {
                rows.push((
                    say(l10n, &FieldPath::new(Field::Agent)),
                    l10n.t("records-agent-none"),
                ));
            }
            continue;
        }
        rows.extend(field_rows(def, &input, l10n));
    }
    let operator = record
        .operator
        .clone()
        .unwrap_or_else(|| l10n.t("records-operator-none"));
    rows.push((l10n.t("records-label-operator"), operator));
    if let Some(at) = record.completed_at {
        rows.push((l10n.t("records-label-completed"), hall_timestamp(at)));
    }
    if let Some(rated) = &record.rating {
        let mut value = say(l10n, &rated.rating);
        if !rated.comment.is_empty() {
            value = format!(
                "{value} — {}",
                crate::domain::text::clean_input(&rated.comment)
            );
        }
        rows.push((l10n.t("records-label-rating"), value));
    }
    rows.extend(history_rows(record, l10n));
    rows
}

/// One row per step of the history: when, who, what, and the note.
fn history_rows(record: &StoredIntake, l10n: &Localizer) -> Vec<(String, String)> {
    use crate::store::intakes::Event;
    record
        .history
        .iter()
        .enumerate()
        .map(|(at, step)| {
            let what = match step.event {
                Event::Status(status) => say(l10n, &status),
                Event::MaterialSupplied { material, .. } => l10n.t_args(
                    "records-event-material",
                    &[("material", crate::i18n::Arg::Num(i64::from(material) + 1))],
                ),
                Event::Rated(rating) => say(l10n, &rating),
            };
            let who = step
                .operator
                .clone()
                .unwrap_or_else(|| l10n.t("records-operator-none"));
            let mut value = format!("{} {who} {what}", hall_timestamp(step.at));
            if !step.note.is_empty() {
                value = format!("{value} — {}", crate::domain::text::clean_input(&step.note));
            }
            let label = l10n.t_args(
                "records-label-history",
                &[("n", crate::i18n::Arg::Num(at as i64 + 1))],
            );
            (label, value)
        })
        .collect()
}

/// The rows of one field: its value, or for a list one row per entry labelled with its number.
fn field_rows(def: &FieldDef, input: &ApplicationInput, l10n: &Localizer) -> Vec<(String, String)> {
    let entry_field = match def.kind {
        Kind::Services => Some(Field::Service),
        Kind::Materials => Some(Field::MaterialName),
        Kind::Facts => Some(Field::ApplicantFact),
        _ => None,
    };
    let lines = def.shown(input);
    match entry_field {
        None => {
            let value = lines
                .first()
                .map_or_else(|| l10n.t("records-empty"), |parts| line(def, parts, l10n));
            vec![(say(l10n, &FieldPath::new(def.field)), value)]
        }
        Some(entry) => lines
            .iter()
            .enumerate()
            .map(|(at, parts)| (say(l10n, &FieldPath::at(entry, at)), line(def, parts, l10n)))
            .collect(),
    }
}

/// One line of a value in the clerk's language; a material reads `name (service) status due`.
fn line(def: &FieldDef, parts: &[Shown], l10n: &Localizer) -> String {
    let word = |part: &Shown| match part {
        Shown::Text(text) => text.clone(),
        Shown::Message(id) => l10n.t(id),
    };
    match (def.kind, parts) {
        (Kind::Materials, [service, name, status, rest @ ..]) => {
            let mut line = format!("{} ({}) {}", word(name), word(service), word(status));
            for part in rest {
                line.push(' ');
                line.push_str(&word(part));
            }
            line
        }
        _ => parts.iter().map(word).collect::<Vec<_>>().join(" "),
    }
}
