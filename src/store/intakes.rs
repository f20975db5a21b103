//! Stored intakes: one record per application, keyed by a store-wide sequence, with indexes
//! by receipt number, ID number, day of acceptance and status, and the daily receipt counters
//! that number them. A record and its receipt number are written in one transaction.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::codec::format;
use super::table::{Index, Page, Record, Skipped, Span};
use super::{Key, Store, StoreError, trees};
use crate::domain::application::{Application, Deadline};
use crate::domain::{DailySequence, Date, DivisionCode, ReceiptError, ReceiptNumber, Status};

/// One intake as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredIntake {
    /// Position in the store, from 1: the primary key.
    pub sequence: u64,
    pub receipt: ReceiptNumber,
    pub status: Status,
    /// Seconds since 1970-01-01 UTC.
    pub created_at: i64,
    /// The day of acceptance in the hall's time zone.
    pub accepted_on: Date,
    pub deadline: Deadline,
    /// The clerk who took it; `None` until operators exist.
    pub operator: Option<String>,
    pub history: Vec<HistoryEntry>,
    /// Index keys carried in the record, so that a status change can rewrite the record and
    /// its entries without the secret that computed them.
    pub lookup: LookupKeys,
    pub application: Application,
}

/// One step in an intake's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: i64,
    pub status: Status,
    pub note: String,
    pub operator: Option<String>,
}

/// Keys of the lookups by person. The ID number is kept as it is for now; once personal data
/// is encrypted it becomes a keyed hash computed before the write.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookupKeys {
    pub id_number: Vec<u8>,
}

impl LookupKeys {
    pub fn plain(id_number: &str) -> LookupKeys {
        LookupKeys {
            id_number: id_number.as_bytes().to_vec(),
        }
    }
}

fn status_position(status: Status) -> u8 {
    // Status::ALL lists every status, so the position always exists and fits.
    Status::ALL
        .iter()
        .position(|s| *s == status)
        .map_or(u8::MAX, |i| i as u8)
}

fn receipt_key(receipt: &ReceiptNumber) -> Key {
    Key::new().str(&receipt.to_string())
}

fn by_receipt(intake: &StoredIntake) -> Vec<Key> {
    vec![receipt_key(&intake.receipt)]
}

fn by_id_number(intake: &StoredIntake) -> Vec<Key> {
    vec![Key::new().bytes(&intake.lookup.id_number)]
}

fn by_date(intake: &StoredIntake) -> Vec<Key> {
    vec![Key::new().str(&intake.accepted_on.compact())]
}

fn by_status(intake: &StoredIntake) -> Vec<Key> {
    vec![Key::new().u8(status_position(intake.status))]
}

impl Record for StoredIntake {
    const TREE: &'static str = trees::INTAKES;
    const FORMAT: u8 = format::INTAKE;
    const INDEXES: &'static [Index<Self>] = &[
        Index {
            tree: trees::INTAKES_BY_RECEIPT,
            keys: by_receipt,
        },
        Index {
            tree: trees::INTAKES_BY_ID_NUMBER,
            keys: by_id_number,
        },
        Index {
            tree: trees::INTAKES_BY_DATE,
            keys: by_date,
        },
        Index {
            tree: trees::INTAKES_BY_STATUS,
            keys: by_status,
        },
    ];

    fn key(&self) -> Key {
        Key::new().u64(self.sequence)
    }
}

/// The last receipt number given by one hall on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptCounter {
    pub centre: DivisionCode,
    pub date: Date,
    pub last: u16,
}

fn counter_key(centre: &DivisionCode, date: Date) -> Key {
    Key::new().str(centre.as_str()).str(&date.compact())
}

impl Record for ReceiptCounter {
    const TREE: &'static str = trees::RECEIPT_COUNTERS;
    const FORMAT: u8 = format::RECEIPT_COUNTER;

    fn key(&self) -> Key {
        counter_key(&self.centre, self.date)
    }
}

/// An intake about to be numbered and stored.
#[derive(Clone, Debug)]
pub struct NewIntake {
    pub centre: DivisionCode,
    pub accepted_on: Date,
    pub created_at: i64,
    pub deadline: Deadline,
    pub operator: Option<String>,
    pub lookup: LookupKeys,
    pub application: Application,
}

#[derive(Debug, Error)]
pub enum AddError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 9999 intakes have been numbered today.
    #[error(transparent)]
    Receipt(ReceiptError),
}

/// Numbers `new` with the hall's next receipt number of the day and stores it; returns once
/// it is on disk.
pub fn add(store: &Store, new: NewIntake) -> Result<StoredIntake, AddError> {
    add_with(store, new, |_| {})
}

/// [`add`], with more writes in the same transaction (the removal of the draft the intake
/// was typed in, so that no stale draft outlives its intake).
pub fn add_with(
    store: &Store,
    new: NewIntake,
    also: impl FnOnce(&mut super::Batch),
) -> Result<StoredIntake, AddError> {
    store.commit_with(|store| {
        let number = next_daily(store, &new.centre, new.accepted_on)?;
        let receipt = ReceiptNumber::new(new.centre.clone(), new.accepted_on, number);
        refuse_if_given(store, &receipt)?;
        let record = StoredIntake {
            sequence: last_sequence(store)? + 1,
            receipt,
            status: Status::Accepted,
            created_at: new.created_at,
            accepted_on: new.accepted_on,
            deadline: new.deadline,
            operator: new.operator.clone(),
            history: vec![HistoryEntry {
                at: new.created_at,
                status: Status::Accepted,
                note: String::new(),
                operator: new.operator,
            }],
            lookup: new.lookup,
            application: new.application,
        };
        let counter = ReceiptCounter {
            centre: new.centre,
            date: new.accepted_on,
            last: number.get(),
        };
        let mut batch = store.batch();
        batch.insert(&record)?;
        batch.replace(&counter)?;
        also(&mut batch);
        Ok((batch, record))
    })
}

fn next_daily(store: &Store, centre: &DivisionCode, date: Date) -> Result<DailySequence, AddError> {
    let counters = store.table::<ReceiptCounter>()?;
    let Some(counter) = counters.get(&counter_key(centre, date))? else {
        return Ok(DailySequence::FIRST);
    };
    let last = DailySequence::new(counter.last).map_err(|_| {
        StoreError::corrupt(store.path(), format!("receipt counter {}", counter.last))
    })?;
    last.next().map_err(AddError::Receipt)
}

/// Refuses a number that already names an intake. The counter and the records are written
/// together, so this only happens when the counter was damaged or put back; handing the
/// number out again would give two applicants the same receipt.
fn refuse_if_given(store: &Store, receipt: &ReceiptNumber) -> Result<(), StoreError> {
    let key = receipt_key(receipt);
    let given = store
        .tree(trees::INTAKES_BY_RECEIPT)?
        .scan_prefix(key.as_bytes())
        .next()
        .transpose()
        .map_err(|e| store.error(e))?;
    match given {
        None => Ok(()),
        Some(_) => Err(StoreError::corrupt(
            store.path(),
            format!("receipt counter is behind the records: {receipt} is already given"),
        )),
    }
}

/// The highest sequence stored, 0 for none.
fn last_sequence(store: &Store) -> Result<u64, StoreError> {
    let last = store
        .tree(trees::INTAKES)?
        .last()
        .map_err(|e| store.error(e))?;
    let Some((key, _)) = last else {
        return Ok(0);
    };
    let bytes: [u8; 8] = key.as_ref().try_into().map_err(|_| {
        StoreError::corrupt(store.path(), format!("intakes key of {} bytes", key.len()))
    })?;
    Ok(u64::from_be_bytes(bytes))
}

/// The intake with this receipt number, if any; a damaged record under this number is an
/// error that names it, not "no such intake".
pub fn find_by_receipt(
    store: &Store,
    receipt: &ReceiptNumber,
) -> Result<Option<StoredIntake>, StoreError> {
    let page = store.table::<StoredIntake>()?.page_by(
        trees::INTAKES_BY_RECEIPT,
        &Span::Prefix(receipt_key(receipt)),
        None,
        1,
    )?;
    if let Some(record) = page.records.into_iter().next() {
        return Ok(Some(record));
    }
    match page.damaged.into_iter().next() {
        None => Ok(None),
        Some(Skipped { key, error }) => Err(StoreError::record(
            store.path(),
            trees::INTAKES,
            key.as_bytes(),
            error,
        )),
    }
}

/// Every intake of the person with this ID number (as carried in [`LookupKeys`]), oldest
/// first, and the keys of any of them that are damaged.
pub fn find_by_id_number(store: &Store, key: &[u8]) -> Result<Page<StoredIntake>, StoreError> {
    store.table::<StoredIntake>()?.page_by(
        trees::INTAKES_BY_ID_NUMBER,
        &Span::Prefix(Key::new().bytes(key)),
        None,
        usize::MAX,
    )
}

#[cfg(test)]
mod tests;
