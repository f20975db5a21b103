//! Intakes in format 4, written before personal data was sealed: read as they are, so that
//! `operators init` can seal them and nothing stored earlier becomes unreadable.
use serde::{Deserialize, Serialize};

use super::parts::{PersonalPart, split};
use super::{HistoryEntry, IntakeRecord, LookupKeys};
use crate::domain::application::{Application, Deadline};
use crate::domain::{Date, ReceiptNumber, Status};

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
    history: Vec<HistoryEntry>,
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
        IntakeRecord {
            sequence: old.sequence,
            receipt: old.receipt,
            status: old.status,
            created_at: old.created_at,
            accepted_on: old.accepted_on,
            deadline: old.deadline,
            operator: old.operator,
            history: old.history,
            // The old index key is kept until the record is sealed: it is what the
            // index holds, and a replace finds the old entry through it.
            lookup: LookupKeys {
                id_number: old.lookup.id_number,
                phone: Vec::new(),
                name: Vec::new(),
            },
            clear,
            personal: PersonalPart::Plain(Box::new(private)),
        }
    }
}

/// A format-4 record as an older version wrote it, for tests of reading and sealing it.
#[cfg(test)]
pub(crate) fn encode_plain(record: &super::StoredIntake) -> Vec<u8> {
    let old = PlainIntake {
        sequence: record.sequence,
        receipt: record.receipt.clone(),
        status: record.status,
        created_at: record.created_at,
        accepted_on: record.accepted_on,
        deadline: record.deadline,
        operator: record.operator.clone(),
        history: record.history.clone(),
        lookup: PlainLookup {
            id_number: record.application.id_number().as_bytes().to_vec(),
        },
        application: record.application.clone(),
    };
    crate::store::codec::encode(crate::store::codec::format::INTAKE, &old).unwrap()
}
