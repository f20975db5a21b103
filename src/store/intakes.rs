//! Stored intakes: one record per application, keyed by a store-wide sequence, with indexes
//! by receipt number, by keyed hashes of the ID number, phone and name (a blind index), by
//! day of acceptance and by status, and the daily receipt counters that number them. A
//! record and its receipt number are written in one transaction. The people in a record are
//! one sealed value ([`PersonalPart`]); the store never holds the key that opens it.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::codec::{self, CodecError, format};
use super::table::{Index, Page, Record, Skipped, Span};
use super::{Key, Store, StoreError, trees};
use crate::domain::application::{Application, Deadline};
use crate::domain::{DailySequence, Date, DivisionCode, ReceiptError, ReceiptNumber, Status};

mod legacy;
mod parts;

pub use parts::{ClearApplication, MaterialState, PersonalPart, PrivatePart, join, split};

/// One intake as the store holds it (format 10; format 4 is read too): everything but the
/// people in the clear, the people sealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeRecord {
    /// Position in the store, from 1: the primary key.
    pub sequence: u64,
    pub receipt: ReceiptNumber,
    pub status: Status,
    /// Seconds since 1970-01-01 UTC.
    pub created_at: i64,
    /// The day of acceptance in the hall's time zone.
    pub accepted_on: Date,
    pub deadline: Deadline,
    /// The clerk who took it.
    pub operator: Option<String>,
    pub history: Vec<HistoryEntry>,
    /// Index keys carried in the record, so that a status change can rewrite the record and
    /// its entries without the secret that computed them.
    pub lookup: LookupKeys,
    pub clear: ClearApplication,
    pub personal: PersonalPart,
}

impl IntakeRecord {
    /// The intake with its private part opened (`private` is what the sealed part held).
    pub fn opened(self, private: PrivatePart) -> Result<StoredIntake, CodecError> {
        let application = join(self.clear, private)?;
        Ok(StoredIntake {
            sequence: self.sequence,
            receipt: self.receipt,
            status: self.status,
            created_at: self.created_at,
            accepted_on: self.accepted_on,
            deadline: self.deadline,
            operator: self.operator,
            history: self.history,
            lookup: self.lookup,
            application,
        })
    }
}

/// One intake as stored, its private part opened: what records, papers and screens show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredIntake {
    pub sequence: u64,
    pub receipt: ReceiptNumber,
    pub status: Status,
    /// Seconds since 1970-01-01 UTC.
    pub created_at: i64,
    pub accepted_on: Date,
    pub deadline: Deadline,
    pub operator: Option<String>,
    pub history: Vec<HistoryEntry>,
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

/// Keys of the lookups by person: keyed hashes (16 bytes each) computed with the store's
/// blind-index key before the write. An empty key is a value not given, and is not indexed.
/// Each tells equality only: two records with the same key are the same ID number (phone,
/// name), which someone with the files but no login can count without learning the value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookupKeys {
    pub id_number: Vec<u8>,
    pub phone: Vec<u8>,
    pub name: Vec<u8>,
}

impl LookupKeys {
    /// No lookup by person: for records whose keys come later (the benchmarks' plain store).
    pub fn none() -> LookupKeys {
        LookupKeys {
            id_number: Vec::new(),
            phone: Vec::new(),
            name: Vec::new(),
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

fn by_receipt(intake: &IntakeRecord) -> Vec<Key> {
    vec![receipt_key(&intake.receipt)]
}

fn lookup_key(key: &[u8]) -> Vec<Key> {
    if key.is_empty() {
        Vec::new()
    } else {
        vec![Key::new().bytes(key)]
    }
}

fn by_id_number(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.id_number)
}

fn by_phone(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.phone)
}

fn by_name(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.name)
}

fn by_date(intake: &IntakeRecord) -> Vec<Key> {
    vec![Key::new().str(&intake.accepted_on.compact())]
}

fn by_status(intake: &IntakeRecord) -> Vec<Key> {
    vec![Key::new().u8(status_position(intake.status))]
}

impl Record for IntakeRecord {
    const TREE: &'static str = trees::INTAKES;
    const FORMAT: u8 = format::INTAKE_SEALED;
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
            tree: trees::INTAKES_BY_PHONE,
            keys: by_phone,
        },
        Index {
            tree: trees::INTAKES_BY_NAME,
            keys: by_name,
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

    /// Format 10, or format 4 (plain, from before sealing) read into the same shape.
    fn decode(bytes: &[u8]) -> Result<IntakeRecord, CodecError> {
        match bytes.first() {
            Some(&format::INTAKE) => {
                codec::decode::<legacy::PlainIntake>(format::INTAKE, bytes).map(Into::into)
            }
            _ => codec::decode(format::INTAKE_SEALED, bytes),
        }
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
    pub clear: ClearApplication,
    pub personal: PersonalPart,
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
pub fn add(store: &Store, new: NewIntake) -> Result<IntakeRecord, AddError> {
    add_with(store, new, |_, _, _| Ok(()))
}

/// [`add`], with more writes in the same transaction, given the record as numbered: its
/// audit entry, and the removal of the draft the intake was typed in, so that neither is
/// missing nor stale once the intake is on disk.
pub fn add_with(
    store: &Store,
    new: NewIntake,
    also: impl FnOnce(&Store, &mut super::Batch, &IntakeRecord) -> Result<(), StoreError>,
) -> Result<IntakeRecord, AddError> {
    store.commit_with(|store| {
        let number = next_daily(store, &new.centre, new.accepted_on)?;
        let receipt = ReceiptNumber::new(new.centre.clone(), new.accepted_on, number);
        refuse_if_given(store, &receipt)?;
        let record = IntakeRecord {
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
            clear: new.clear,
            personal: new.personal,
        };
        let counter = ReceiptCounter {
            centre: new.centre,
            date: new.accepted_on,
            last: number.get(),
        };
        let mut batch = store.batch();
        batch.insert(&record)?;
        batch.replace(&counter)?;
        super::stats::apply(store, &mut batch, None, Some(&record))?;
        also(store, &mut batch, &record)?;
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
) -> Result<Option<IntakeRecord>, StoreError> {
    let page = store.table::<IntakeRecord>()?.page_by(
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

/// Which lookup by person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupBy {
    IdNumber,
    Phone,
    Name,
}

/// Every intake whose lookup key of this kind is `key` (as carried in [`LookupKeys`]),
/// oldest first, and the keys of any of them that are damaged.
pub fn find_by(store: &Store, by: LookupBy, key: &[u8]) -> Result<Page<IntakeRecord>, StoreError> {
    let tree = match by {
        LookupBy::IdNumber => trees::INTAKES_BY_ID_NUMBER,
        LookupBy::Phone => trees::INTAKES_BY_PHONE,
        LookupBy::Name => trees::INTAKES_BY_NAME,
    };
    store.table::<IntakeRecord>()?.page_by(
        tree,
        &Span::Prefix(Key::new().bytes(key)),
        None,
        usize::MAX,
    )
}

/// [`find_by`] the ID number's key.
pub fn find_by_id_number(store: &Store, key: &[u8]) -> Result<Page<IntakeRecord>, StoreError> {
    find_by(store, LookupBy::IdNumber, key)
}

/// Up to about `limit` records whose private part is not sealed, after the cursor `after`,
/// and the cursor to go on from (`None` at the end): what is left to seal once the store has
/// a key. Damaged records are passed over.
pub fn plain_after(
    store: &Store,
    after: Option<&Key>,
    limit: usize,
) -> Result<(Vec<IntakeRecord>, Option<Key>), StoreError> {
    let table = store.table::<IntakeRecord>()?;
    let mut cursor = after.cloned();
    let mut found = Vec::new();
    loop {
        let page = table.page(&Span::All, cursor.as_ref(), limit.max(1))?;
        found.extend(page.records.into_iter().filter(|r| !r.personal.is_sealed()));
        cursor = page.next;
        if found.len() >= limit || cursor.is_none() {
            return Ok((found, cursor));
        }
    }
}

#[cfg(test)]
pub(crate) use legacy::encode_plain;

#[cfg(test)]
mod tests;
