//! Stored intakes: one record per application, keyed by a store-wide sequence, with indexes
//! by receipt number, by keyed hashes of the ID number, phone and name (a blind index), by
//! day of acceptance and by status, and the daily receipt counters that number them. A
//! record and its receipt number are written in one transaction. The people in a record are
//! one sealed value ([`PersonalPart`]); the store never holds the key that opens it.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::codec::{self, CodecError, format};
use super::table::{Index, Page, Record, Skipped, Span};
use super::{Batch, Key, Store, StoreError, trees};
use crate::domain::application::{Application, Deadline};
use crate::domain::{DailySequence, Date, DivisionCode, ReceiptError, ReceiptNumber, Status};

mod history;
mod indexes;
mod legacy;
pub mod listing;
mod parts;

pub use history::{Event, History, HistoryEntry, Note, Rated, RatingEntry};
use indexes::*;
pub use indexes::{SOUND_LETTERS, receipt_tail};
pub use parts::{ClearApplication, MaterialState, PersonalPart, PrivatePart, join, split};

/// One intake as the store holds it (format 13; formats 10 and 4 are read too): everything
/// but the people and free text in the clear, those sealed.
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
    /// When it was completed (办结), in seconds since 1970-01-01 UTC.
    pub completed_at: Option<i64>,
    /// The applicant's rating, given once it was completed.
    pub rating: Option<RatingEntry>,
}

impl IntakeRecord {
    /// The intake with its private part opened (`private` is what the sealed part held) and
    /// each note opened by `open_note`.
    pub fn opened(
        self,
        private: PrivatePart,
        open_note: impl Fn(&Note) -> Result<String, CodecError>,
    ) -> Result<StoredIntake, CodecError> {
        let application = join(self.clear, private)?;
        let history = self
            .history
            .into_iter()
            .map(|h| {
                Ok(History {
                    at: h.at,
                    status: h.status,
                    event: h.event,
                    note: open_note(&h.note)?,
                    operator: h.operator,
                })
            })
            .collect::<Result<Vec<_>, CodecError>>()?;
        let rating = self
            .rating
            .map(|r| {
                Ok::<_, CodecError>(Rated {
                    rating: r.rating,
                    comment: open_note(&r.comment)?,
                    at: r.at,
                    operator: r.operator,
                })
            })
            .transpose()?;
        Ok(StoredIntake {
            sequence: self.sequence,
            receipt: self.receipt,
            status: self.status,
            created_at: self.created_at,
            accepted_on: self.accepted_on,
            deadline: self.deadline,
            operator: self.operator,
            history,
            lookup: self.lookup,
            application,
            completed_at: self.completed_at,
            rating,
        })
    }

    /// Whether the intake is still being handled (accepted or in progress).
    pub fn is_open(&self) -> bool {
        !self.status.is_final()
    }
}

/// One intake as stored, its private part and notes opened: what records, papers and
/// screens show.
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
    pub history: Vec<History>,
    pub lookup: LookupKeys,
    pub application: Application,
    /// When it was completed (办结), in seconds since 1970-01-01 UTC.
    pub completed_at: Option<i64>,
    pub rating: Option<Rated>,
}

/// Keys of the lookups by person: keyed hashes (16 bytes each) computed with the store's
/// blind-index key before the write. An empty key is a value not given, and is not indexed.
/// Each tells equality only: two records with the same key are the same ID number (phone,
/// name, last four of an ID number, name's sound), which someone with the files but no login
/// can count without learning the value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookupKeys {
    pub id_number: Vec<u8>,
    pub phone: Vec<u8>,
    pub name: Vec<u8>,
    /// The last 4 characters of the ID number, keyed: a search by its last 4-6 finds its
    /// candidates here (5 and 6 are checked on the opened record).
    pub id_tail: Vec<u8>,
    /// The name's sound in Latin letters (pinyin, or the Mongolian transliteration), folded
    /// as [`SOUND_LETTERS`] says, and keyed.
    pub name_sound: Vec<u8>,
}

impl LookupKeys {
    /// No lookup by person: for records whose keys come later (the benchmarks' plain store).
    pub fn none() -> LookupKeys {
        LookupKeys {
            id_number: Vec::new(),
            phone: Vec::new(),
            name: Vec::new(),
            id_tail: Vec::new(),
            name_sound: Vec::new(),
        }
    }

    /// Whether the record has a whole-ID key but not the keys added with format 13: sealed
    /// before them, to be given them by an operator who holds the key.
    pub fn lacks_partial_keys(&self) -> bool {
        !self.id_number.is_empty() && self.id_tail.is_empty()
    }
}

impl Record for IntakeRecord {
    const TREE: &'static str = trees::INTAKES;
    const FORMAT: u8 = format::INTAKE_FOLLOWED;
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
        Index {
            tree: trees::INTAKES_BY_RECEIPT_TAIL,
            keys: by_receipt_tail,
        },
        Index {
            tree: trees::INTAKES_BY_ID_TAIL,
            keys: by_id_tail,
        },
        Index {
            tree: trees::INTAKES_BY_NAME_SOUND,
            keys: by_name_sound,
        },
        Index {
            tree: trees::INTAKES_BY_DEADLINE,
            keys: by_deadline,
        },
    ];

    fn key(&self) -> Key {
        Key::new().u64(self.sequence)
    }

    /// Format 13, or format 10 (sealed, before history said what happened) or 4 (plain,
    /// from before sealing) read into the same shape.
    fn decode(bytes: &[u8]) -> Result<IntakeRecord, CodecError> {
        match bytes.first() {
            Some(&format::INTAKE) => {
                codec::decode::<legacy::PlainIntake>(format::INTAKE, bytes).map(Into::into)
            }
            Some(&format::INTAKE_SEALED) => {
                codec::decode::<legacy::SealedIntake>(format::INTAKE_SEALED, bytes).map(Into::into)
            }
            _ => codec::decode(format::INTAKE_FOLLOWED, bytes),
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
    also: impl FnOnce(&Store, &mut Batch, &IntakeRecord) -> Result<(), StoreError>,
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
                event: Event::Status(Status::Accepted),
                note: Note::empty(),
                operator: new.operator,
            }],
            lookup: new.lookup,
            clear: new.clear,
            personal: new.personal,
            completed_at: None,
            rating: None,
        };
        let counter = ReceiptCounter {
            centre: new.centre,
            date: new.accepted_on,
            last: number.get(),
        };
        let mut batch = store.batch();
        write(store, &mut batch, None, &record)?;
        batch.replace(&counter)?;
        also(store, &mut batch, &record)?;
        Ok((batch, record))
    })
}

/// Every write of an intake record goes through here, with the record as it was (none for a
/// new one) and as it will be, in the batch that writes it.
pub fn write(
    store: &Store,
    batch: &mut Batch,
    before: Option<&IntakeRecord>,
    after: &IntakeRecord,
) -> Result<(), StoreError> {
    // The counters change only where what they count changed: a rewrite in a new format,
    // sealing or new lookup keys leave every row as it was.
    super::stats::apply(store, batch, before, Some(after))?;
    match before {
        None => batch.insert(after)?,
        Some(_) => batch.replace(after)?,
    };
    Ok(())
}

/// Why an intake was not changed.
#[derive(Debug, Error)]
pub enum UpdateError<E> {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no intake has this receipt number")]
    NotFound,
    /// The change itself refused (a move the workflow does not allow, say).
    #[error("the change was refused")]
    Refused(E),
}

/// Rewrites the intake with this receipt number as `change` gives it, with its index entries
/// and whatever `also` adds (its audit entry), in one transaction; `change` reads the record
/// under the writer's lock, so two windows changing one intake never lose a change.
pub fn update_with<E>(
    store: &Store,
    receipt: &ReceiptNumber,
    change: impl FnOnce(&IntakeRecord) -> Result<IntakeRecord, E>,
    also: impl FnOnce(&Store, &mut Batch, &IntakeRecord) -> Result<(), StoreError>,
) -> Result<IntakeRecord, UpdateError<E>> {
    store.commit_with(|store| {
        let before = find_by_receipt(store, receipt)?.ok_or(UpdateError::NotFound)?;
        let after = change(&before).map_err(UpdateError::Refused)?;
        if after.sequence != before.sequence || after.receipt != before.receipt {
            return Err(UpdateError::Store(StoreError::internal(
                store.path(),
                "an update changed the intake's sequence or receipt number",
            )));
        }
        let mut batch = store.batch();
        write(store, &mut batch, Some(&before), &after)?;
        also(store, &mut batch, &after)?;
        Ok((batch, after))
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
    /// The last 4 characters of the ID number.
    IdTail,
    /// The name's sound in Latin letters.
    NameSound,
}

impl LookupBy {
    fn tree(self) -> &'static str {
        match self {
            LookupBy::IdNumber => trees::INTAKES_BY_ID_NUMBER,
            LookupBy::Phone => trees::INTAKES_BY_PHONE,
            LookupBy::Name => trees::INTAKES_BY_NAME,
            LookupBy::IdTail => trees::INTAKES_BY_ID_TAIL,
            LookupBy::NameSound => trees::INTAKES_BY_NAME_SOUND,
        }
    }
}

/// Every intake whose lookup key of this kind is `key` (as carried in [`LookupKeys`]),
/// oldest first, and the keys of any of them that are damaged.
pub fn find_by(store: &Store, by: LookupBy, key: &[u8]) -> Result<Page<IntakeRecord>, StoreError> {
    store.table::<IntakeRecord>()?.page_by(
        by.tree(),
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
    needing_after(store, after, limit, |r| !r.personal.is_sealed())
}

/// Up to about `limit` records `needs` picks, after the cursor `after`, and the cursor to go
/// on from (`None` at the end). Damaged records are passed over.
pub fn needing_after(
    store: &Store,
    after: Option<&Key>,
    limit: usize,
    needs: impl Fn(&IntakeRecord) -> bool,
) -> Result<(Vec<IntakeRecord>, Option<Key>), StoreError> {
    let table = store.table::<IntakeRecord>()?;
    let mut cursor = after.cloned();
    let mut found = Vec::new();
    loop {
        let page = table.page(&Span::All, cursor.as_ref(), limit.max(1))?;
        found.extend(page.records.into_iter().filter(|r| needs(r)));
        cursor = page.next;
        if found.len() >= limit || cursor.is_none() {
            return Ok((found, cursor));
        }
    }
}

/// Rewrites the records at `sequences` as `change` gives them (`None`: left as it is), each
/// through [`write`], in one transaction; each record is read again under the writer's lock,
/// so a change made by another window since a caller picked it is never written over.
pub fn rewrite_each<E: From<StoreError>>(
    store: &Store,
    sequences: &[u64],
    mut change: impl FnMut(&IntakeRecord) -> Result<Option<IntakeRecord>, E>,
) -> Result<usize, E> {
    store.commit_with(|store| {
        let table = store.table::<IntakeRecord>()?;
        let mut batch = store.batch();
        let mut changed = 0;
        for sequence in sequences {
            let Some(before) = table.get(&Key::new().u64(*sequence))? else {
                continue;
            };
            if let Some(after) = change(&before)? {
                write(store, &mut batch, Some(&before), &after)?;
                changed += 1;
            }
        }
        Ok((batch, changed))
    })
}

/// Rewrites records read earlier, each through [`write`], in one transaction, as they are:
/// for a migration, which runs before any other writer can.
pub fn rewrite(store: &Store, changed: &[(IntakeRecord, IntakeRecord)]) -> Result<(), StoreError> {
    if changed.is_empty() {
        return Ok(());
    }
    let mut batch = store.batch();
    for (before, after) in changed {
        write(store, &mut batch, Some(before), after)?;
    }
    store.commit(batch)
}

const PARTIAL_KEYS_PENDING: &str = "intake_partial_keys_pending";

/// Whether sealed records may still lack the partial lookup keys (set by migration 7 when
/// there were sealed records; cleared once an operator has filled them).
pub fn partial_keys_pending(store: &Store) -> Result<bool, StoreError> {
    Ok(store
        .meta_get::<bool>(PARTIAL_KEYS_PENDING)?
        .unwrap_or(false))
}

pub(crate) fn set_partial_keys_pending(batch: &mut Batch, pending: bool) -> Result<(), StoreError> {
    batch.put_meta(PARTIAL_KEYS_PENDING, &pending)?;
    Ok(())
}

/// Records that every sealed record has its partial lookup keys.
pub fn partial_keys_filled(store: &Store) -> Result<(), StoreError> {
    let mut batch = store.batch();
    set_partial_keys_pending(&mut batch, false)?;
    store.commit(batch)
}

/// Rewrites every intake stored in an older format in the current one, with its index
/// entries, `per_batch` to a transaction; returns whether a sealed one lacks the partial
/// lookup keys. Records already in the current format are passed over, so a run cut short
/// goes on where it stopped. Damaged records are left as they are.
pub(crate) fn rewrite_older_formats(store: &Store, per_batch: usize) -> Result<bool, StoreError> {
    let tree = store.tree(trees::INTAKES)?;
    let mut pending = false;
    let mut changed = Vec::new();
    for entry in tree.iter() {
        let (key, value) = entry.map_err(|e| store.error(e))?;
        if value.first() == Some(&format::INTAKE_FOLLOWED) {
            continue;
        }
        let Ok(record) = IntakeRecord::decode(&value) else {
            continue;
        };
        debug_assert_eq!(record.key().as_bytes(), key.as_ref());
        pending |= record.personal.is_sealed() && record.lookup.lacks_partial_keys();
        changed.push((record.clone(), record));
        if changed.len() >= per_batch {
            rewrite(store, &changed)?;
            changed.clear();
        }
    }
    rewrite(store, &changed)?;
    Ok(pending)
}

#[cfg(test)]
pub(crate) use legacy::{encode_plain, encode_sealed_v10};

/// Puts every intake of `store` back as the version before format 13 left it: format 10,
/// nothing in the indexes that came with format 13, schema 6. For tests of the migration.
#[cfg(test)]
pub(crate) fn back_to_format_10(store: &Store) -> Result<(), StoreError> {
    let tree = store.tree(trees::INTAKES)?;
    for record in store.table::<IntakeRecord>()?.all()? {
        let old = encode_sealed_v10(&record)
            .map_err(|e| StoreError::internal(store.path(), e.to_string()))?;
        tree.insert(record.key().as_bytes(), old)
            .map_err(|e| store.error(e))?;
    }
    for name in [
        trees::INTAKES_BY_RECEIPT_TAIL,
        trees::INTAKES_BY_ID_TAIL,
        trees::INTAKES_BY_NAME_SOUND,
        trees::INTAKES_BY_DEADLINE,
    ] {
        store.tree(name)?.clear().map_err(|e| store.error(e))?;
    }
    super::migrate::set_version(store, 6)
}

#[cfg(test)]
mod tests;
