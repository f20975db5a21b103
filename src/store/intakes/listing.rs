//! Walking intakes for lists and searches: through the primary tree (newest first) or one
//! index range, forwards or backwards, reading each record in the clear part only (nothing
//! is opened here), keeping those a filter accepts, and stopping at a page or at a budget of
//! records read, so that a filter that matches little never walks a million records.
use std::ops::Bound;

use super::indexes::{open_flag, receipt_key, status_position};
use super::{IntakeRecord, receipt_tail};
use crate::domain::{Date, Status};
use crate::store::table::{Found, Record, Skipped};
use crate::store::{CodecError, Key, Store, StoreError, trees};

/// Where a walk reads from: a tree, the range of its keys, and which way.
#[derive(Clone, Debug)]
pub struct Source {
    tree: &'static str,
    start: Vec<u8>,
    /// Excluded; `None` runs to the end of the tree.
    end: Option<Vec<u8>>,
    newest_first: bool,
}

fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xFF {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

impl Source {
    fn prefix(tree: &'static str, prefix: Vec<u8>, newest_first: bool) -> Source {
        Source {
            tree,
            end: prefix_end(&prefix),
            start: prefix,
            newest_first,
        }
    }

    /// Every intake, newest first.
    pub fn newest() -> Source {
        Source {
            tree: trees::INTAKES,
            start: Vec::new(),
            end: None,
            newest_first: true,
        }
    }

    /// Intakes in one status, newest first.
    pub fn status(status: Status) -> Source {
        let key = Key::new().u8(status_position(status));
        Source::prefix(trees::INTAKES_BY_STATUS, key.as_bytes().to_vec(), true)
    }

    /// Intakes accepted from `from` to `to`, both included, newest first.
    pub fn accepted(from: Option<Date>, to: Option<Date>) -> Source {
        let start = from.map_or_else(Vec::new, |d| {
            Key::new().str(&d.compact()).as_bytes().to_vec()
        });
        let end = to
            .and_then(Date::next_day)
            .map(|d| Key::new().str(&d.compact()).as_bytes().to_vec());
        Source {
            tree: trees::INTAKES_BY_DATE,
            start,
            end,
            newest_first: true,
        }
    }

    /// Open intakes by deadline, soonest first, then the closed ones (`open_only`: only the
    /// open ones); `before`: only those due before that day (the overdue ones).
    pub fn deadline(open_only: bool, before: Option<Date>) -> Source {
        let open = Key::new().u8(open_flag(true));
        let start = open.as_bytes().to_vec();
        let end = match (before, open_only) {
            (Some(day), _) => Some(open.str(&day.compact()).as_bytes().to_vec()),
            (None, true) => prefix_end(&start),
            (None, false) => None,
        };
        Source {
            tree: trees::INTAKES_BY_DEADLINE,
            start,
            end,
            newest_first: false,
        }
    }

    /// The intake with this whole receipt number.
    pub fn receipt(receipt: &crate::domain::ReceiptNumber) -> Source {
        Source::prefix(
            trees::INTAKES_BY_RECEIPT,
            receipt_key(receipt).as_bytes().to_vec(),
            true,
        )
    }

    /// Intakes whose receipt number ends in these digits.
    pub fn receipt_ending(digits: &str) -> Source {
        Source::prefix(trees::INTAKES_BY_RECEIPT_TAIL, receipt_tail(digits), false)
    }

    /// Intakes with this blind key in the index `by`, newest first.
    pub fn lookup(by: super::LookupBy, key: &[u8]) -> Source {
        Source::prefix(by.tree(), Key::new().bytes(key).as_bytes().to_vec(), true)
    }

    fn bounds(&self, after: Option<&Key>) -> (Bound<Vec<u8>>, Bound<Vec<u8>>) {
        let mut start = Bound::Included(self.start.clone());
        let mut end = self.end.clone().map_or(Bound::Unbounded, Bound::Excluded);
        if let Some(cursor) = after {
            let cursor = cursor.as_bytes().to_vec();
            if self.newest_first {
                end = Bound::Excluded(cursor);
            } else if cursor >= self.start {
                start = Bound::Excluded(cursor);
            }
        }
        (start, end)
    }
}

/// What one walk found: the records kept, in the walk's order, each with the key to go on
/// from after it; records that do not decode; where to go on from; and whether the walk
/// stopped at its budget rather than at the page or the end.
#[derive(Debug, Default)]
pub struct Walked {
    pub records: Vec<(IntakeRecord, Key)>,
    pub damaged: Vec<Skipped>,
    pub next: Option<Key>,
    pub budget_spent: bool,
}

/// Reads `source` after the cursor `after`, keeping records `keep` accepts, until `limit`
/// are kept, the range ends, or `budget` records have been read.
pub fn walk(
    store: &Store,
    source: &Source,
    after: Option<&Key>,
    mut keep: impl FnMut(&IntakeRecord) -> bool,
    limit: usize,
    budget: usize,
) -> Result<Walked, StoreError> {
    let tree = store.tree(source.tree)?;
    let table = store.table::<IntakeRecord>()?;
    let index = IntakeRecord::INDEXES.iter().find(|i| i.tree == source.tree);
    let range = tree.range(source.bounds(after));
    let entries: Box<dyn Iterator<Item = _>> = if source.newest_first {
        Box::new(range.rev())
    } else {
        Box::new(range)
    };
    let mut walked = Walked::default();
    for (read, entry) in entries.enumerate() {
        if walked.records.len() >= limit {
            break;
        }
        if read >= budget {
            walked.budget_spent = true;
            break;
        }
        let (key, value) = entry.map_err(|e| store.error(e))?;
        let cursor = Key::from_bytes(&key);
        let found = match index {
            Some(index) => table.indexed_record(index, &tree, &key, &value)?,
            None => decoded(store, &key, &value)?,
        };
        match found {
            Found::Record(record) if keep(&record) => walked.records.push((record, cursor.clone())),
            Found::Damaged(skipped) => walked.damaged.push(skipped),
            Found::Record(_) | Found::Gone => {}
        }
        walked.next = Some(cursor);
    }
    // A full page or a spent budget goes on after the last entry read; otherwise the range
    // is done.
    if walked.records.len() < limit && !walked.budget_spent {
        walked.next = None;
    }
    Ok(walked)
}

/// [`walk`] for an index whose order is not the records' age (a receipt number's last
/// digits): reads the range's entries only (at most `budget`; each holds its record's
/// primary key), orders them newest first, and reads records from the newest below
/// `below` until `limit` are kept. No cursor: the caller pages by sequence.
pub fn walk_newest(
    store: &Store,
    source: &Source,
    below: u64,
    mut keep: impl FnMut(&IntakeRecord) -> bool,
    limit: usize,
    budget: usize,
) -> Result<Walked, StoreError> {
    let tree = store.tree(source.tree)?;
    let table = store.table::<IntakeRecord>()?;
    let index = IntakeRecord::INDEXES
        .iter()
        .find(|i| i.tree == source.tree)
        .ok_or_else(|| StoreError::internal(store.path(), "walk_newest needs an index"))?;
    let mut walked = Walked::default();
    let mut entries = Vec::new();
    for (read, entry) in tree.range(source.bounds(None)).enumerate() {
        if read >= budget {
            walked.budget_spent = true;
            break;
        }
        let (key, primary) = entry.map_err(|e| store.error(e))?;
        let sequence = <[u8; 8]>::try_from(primary.as_ref()).map(u64::from_be_bytes);
        match sequence {
            Ok(sequence) if sequence < below => entries.push((sequence, key, primary)),
            Ok(_) => {}
            Err(_) => {
                return Err(StoreError::corrupt(
                    store.path(),
                    format!(
                        "{} holds a primary key of {} bytes",
                        source.tree,
                        primary.len()
                    ),
                ));
            }
        }
    }
    entries.sort_unstable_by_key(|(sequence, _, _)| std::cmp::Reverse(*sequence));
    for (_, key, primary) in entries {
        if walked.records.len() >= limit {
            break;
        }
        match table.indexed_record(index, &tree, &key, &primary)? {
            Found::Record(record) if keep(&record) => {
                walked.records.push((record, Key::from_bytes(&key)));
            }
            Found::Damaged(skipped) => walked.damaged.push(skipped),
            Found::Record(_) | Found::Gone => {}
        }
    }
    Ok(walked)
}

/// A record read from the primary tree: damage is passed over and named, a newer format
/// stops the read.
fn decoded(store: &Store, key: &[u8], value: &[u8]) -> Result<Found<IntakeRecord>, StoreError> {
    match IntakeRecord::decode(value) {
        Ok(record) => Ok(Found::Record(record)),
        Err(error @ (CodecError::Empty | CodecError::Damaged(_))) => Ok(Found::Damaged(Skipped {
            key: Key::from_bytes(key),
            error,
        })),
        Err(e) => Err(StoreError::decode(store.path(), trees::INTAKES, key, e)),
    }
}

/// The intake stored at this sequence, in the clear part only.
pub fn by_sequence(store: &Store, sequence: u64) -> Result<Option<IntakeRecord>, StoreError> {
    store
        .table::<IntakeRecord>()?
        .get(&Key::new().u64(sequence))
}
