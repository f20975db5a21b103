//! Intakes in older formats, read as they are so that nothing stored earlier becomes
//! unreadable: format 4, written before personal data was sealed (`operators init` seals
//! them), and format 10, sealed, whose history kept a status and a plain note per step and
//! which had no rating, completion time or partial lookup keys.
use serde::{Deserialize, Serialize};

use super::history::{Event, HistoryEntry, Note};
use super::parts::{ClearApplication, PersonalPart, split};
use super::{IntakeRecord, LookupKeys};
use crate::domain::application::{Application, Deadline};
use crate::domain::{Date, ReceiptNumber, Status};

/// A history step of formats 4 and 10: only ever a status move.
#[derive(Clone, Deserialize, Serialize)]
pub(super) struct OldHistoryEntry {
    at: i64,
    status: Status,
    note: String,
    operator: Option<String>,
}

impl From<OldHistoryEntry> for HistoryEntry {
    fn from(old: OldHistoryEntry) -> HistoryEntry {
        HistoryEntry {
            at: old.at,
            status: old.status,
            event: Event::Status(old.status),
            note: Note::Plain(old.note),
            operator: old.operator,
        }
    }
}

/// When a record of an older format was completed, read from its history.
fn completed_at(history: &[HistoryEntry]) -> Option<i64> {
    history
        .iter()
        .rev()
        .find(|h| h.event == Event::Status(Status::Completed))
        .map(|h| h.at)
}

/// The shape of format 4, field for field.
#[derive(Deserialize, Serialize)]
pub(super) struct PlainIntake {
    sequence: u64,
    receipt: ReceiptNumber,
    status: Status,
    created_at: i64,
    accepted_on: Date,
    deadline: Deadline,
    operator: Option<String>,
    history: Vec<OldHistoryEntry>,
    lookup: PlainLookup,
    application: Application,
}

/// Format 4 indexed the ID number as it is.
#[derive(Deserialize, Serialize)]
struct PlainLookup {
    id_number: Vec<u8>,
}

impl From<PlainIntake> for IntakeRecord {
    fn from(old: PlainIntake) -> IntakeRecord {
        let (clear, private) = split(old.application);
        let history: Vec<HistoryEntry> = old.history.into_iter().map(Into::into).collect();
        IntakeRecord {
            sequence: old.sequence,
            receipt: old.receipt,
            status: old.status,
            created_at: old.created_at,
            accepted_on: old.accepted_on,
            deadline: old.deadline,
            operator: old.operator,
            completed_at: completed_at(&history),
            history,
            // The old index key is kept until the record is sealed: it is what the
            // index holds, and a replace finds the old entry through it.
            lookup: LookupKeys {
                id_number: old.lookup.id_number,
                ..LookupKeys::none()
            },
            clear,
            personal: PersonalPart::Plain(Box::new(private)),
            rating: None,
        }
    }
}

/// The shape of format 10, field for field.
#[derive(Deserialize, Serialize)]
pub(super) struct SealedIntake {
    sequence: u64,
    receipt: ReceiptNumber,
    status: Status,
    created_at: i64,
    accepted_on: Date,
    deadline: Deadline,
    operator: Option<String>,
    history: Vec<OldHistoryEntry>,
    lookup: SealedLookup,
    clear: ClearApplication,
    personal: PersonalPart,
}

/// Format 10's blind keys: whole ID number, phone and name.
#[derive(Deserialize, Serialize)]
struct SealedLookup {
    id_number: Vec<u8>,
    phone: Vec<u8>,
    name: Vec<u8>,
}

impl From<SealedIntake> for IntakeRecord {
    fn from(old: SealedIntake) -> IntakeRecord {
        let history: Vec<HistoryEntry> = old.history.into_iter().map(Into::into).collect();
        IntakeRecord {
            sequence: old.sequence,
            receipt: old.receipt,
            status: old.status,
            created_at: old.created_at,
            accepted_on: old.accepted_on,
            deadline: old.deadline,
            operator: old.operator,
            completed_at: completed_at(&history),
            history,
            lookup: LookupKeys {
                id_number: old.lookup.id_number,
                phone: old.lookup.phone,
                name: old.lookup.name,
                ..LookupKeys::none()
            },
            clear: old.clear,
            personal: old.personal,
            rating: None,
        }
    }
}

#[cfg(test)]
fn old_history(history: &[HistoryEntry]) -> Vec<OldHistoryEntry> {
    history
        .iter()
        .map(|h| OldHistoryEntry {
            at: h.at,
            status: h.status,
            note: match &h.note {
                Note::Plain(text) => text.clone(),
                Note::Sealed(_) => String::new(),
            },
            operator: h.operator.clone(),
        })
        .collect()
}

/// A format-4 record as an older version wrote it, for tests of reading and sealing it.
#[cfg(test)]
pub(crate) fn encode_plain(record: &super::StoredIntake) -> Vec<u8> {
    let history: Vec<OldHistoryEntry> = record
        .history
        .iter()
        .map(|h| OldHistoryEntry {
            at: h.at,
            status: h.status,
            note: h.note.clone(),
            operator: h.operator.clone(),
        })
        .collect();
    let old = PlainIntake {
        sequence: record.sequence,
        receipt: record.receipt.clone(),
        status: record.status,
        created_at: record.created_at,
        accepted_on: record.accepted_on,
        deadline: record.deadline,
        operator: record.operator.clone(),
        history,
        lookup: PlainLookup {
            id_number: record.application.id_number().as_bytes().to_vec(),
        },
        application: record.application.clone(),
    };
    crate::store::codec::encode(crate::store::codec::format::INTAKE, &old)
        .unwrap_or_else(|e| panic!("a test record encodes: {e}"))
}

/// A record in format 10, as the version before format 13 wrote it: for tests of reading
/// and migrating it.
#[cfg(test)]
pub(crate) fn encode_sealed_v10(
    record: &IntakeRecord,
) -> Result<Vec<u8>, crate::store::codec::CodecError> {
    let old = SealedIntake {
        sequence: record.sequence,
        receipt: record.receipt.clone(),
        status: record.status,
        created_at: record.created_at,
        accepted_on: record.accepted_on,
        deadline: record.deadline,
        operator: record.operator.clone(),
        history: old_history(&record.history),
        lookup: SealedLookup {
            id_number: record.lookup.id_number.clone(),
            phone: record.lookup.phone.clone(),
            name: record.lookup.name.clone(),
        },
        clear: record.clear.clone(),
        personal: record.personal.clone(),
    };
    crate::store::codec::encode(crate::store::codec::format::INTAKE_SEALED, &old)
}
