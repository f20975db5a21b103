//! The audit trail: an append-only tree keyed by a big-endian sequence, each entry chained to
//! the one before by SHA-256, and the head (count and last hash) in `meta`, written in the
//! same transaction as the entry. A changed, removed or reordered entry breaks the chain or
//! disagrees with the head, and [`verify`] names the first entry where that shows.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::codec::{self, format};
use super::table::{Batch, Record};
use super::{Key, Store, StoreError, trees};
use crate::domain::audit::AuditAction;

const HEAD_KEY: &str = "audit_head";

/// What the caller says happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAuditEntry {
    /// Seconds since 1970-01-01 UTC.
    pub at: i64,
    /// The operator who acted; `None` when nobody is known (a failed login under a name that
    /// is not an operator's).
    pub operator: Option<String>,
    pub action: AuditAction,
    /// The receipt number of the record concerned, if any.
    pub record: Option<String>,
    /// A short detail: never personal data.
    pub detail: String,
}

/// One entry as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// 1, 2, 3 … without gaps; also the key.
    pub seq: u64,
    pub at: i64,
    pub operator: Option<String>,
    pub action: AuditAction,
    pub record: Option<String>,
    pub detail: String,
    /// The previous entry's `hash`; zeros for the first entry.
    pub prev: [u8; 32],
    /// SHA-256 of `prev` followed by the encoded content (every field above `prev`, and
    /// `prev`).
    pub hash: [u8; 32],
}

impl Record for AuditEntry {
    const TREE: &'static str = trees::AUDIT;
    const FORMAT: u8 = format::AUDIT_ENTRY;

    fn key(&self) -> Key {
        Key::new().u64(self.seq)
    }
}

/// The fields the hash covers, encoded as the codec encodes a value.
#[derive(Serialize)]
struct Content<'a> {
    seq: u64,
    at: i64,
    operator: &'a Option<String>,
    action: AuditAction,
    record: &'a Option<String>,
    detail: &'a str,
    prev: &'a [u8; 32],
}

impl AuditEntry {
    /// The hash this entry's content gives; equal to `hash` unless the entry was changed.
    pub fn computed_hash(&self) -> Result<[u8; 32], codec::CodecError> {
        let content = Content {
            seq: self.seq,
            at: self.at,
            operator: &self.operator,
            action: self.action,
            record: &self.record,
            detail: &self.detail,
            prev: &self.prev,
        };
        let encoded = codec::encode(format::AUDIT_ENTRY, &content)?;
        let mut hasher = Sha256::new();
        hasher.update(self.prev);
        hasher.update(&encoded);
        Ok(hasher.finalize().into())
    }
}

/// The count of entries and the last entry's hash, in `meta`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditHead {
    pub count: u64,
    pub last: [u8; 32],
}

pub fn head(store: &Store) -> Result<Option<AuditHead>, StoreError> {
    store.meta_get(HEAD_KEY)
}

/// Appends entries to a batch that commits something else, so that a record and its audit
/// entry land together. Begin it inside [`Store::commit_with`]: the head it reads must not
/// move before the batch commits. (If it did, the entry's key would be taken and the commit
/// would fail with `Duplicate` rather than fork the chain.)
pub struct AuditAppender {
    head: AuditHead,
}

impl AuditAppender {
    pub fn begin(store: &Store) -> Result<AuditAppender, StoreError> {
        Ok(AuditAppender {
            head: head(store)?.unwrap_or_default(),
        })
    }

    /// Adds `entry` and the moved head to `batch`; returns the entry as it will be stored.
    pub fn append(
        &mut self,
        store: &Store,
        batch: &mut Batch,
        entry: NewAuditEntry,
    ) -> Result<AuditEntry, StoreError> {
        let mut stored = AuditEntry {
            seq: self.head.count + 1,
            at: entry.at,
            operator: entry.operator,
            action: entry.action,
            record: entry.record,
            detail: entry.detail,
            prev: self.head.last,
            hash: [0; 32],
        };
        stored.hash = stored
            .computed_hash()
            .map_err(|e| StoreError::encode(store.path(), trees::AUDIT, e))?;
        batch.insert(&stored)?;
        self.head = AuditHead {
            count: stored.seq,
            last: stored.hash,
        };
        batch.put_meta(HEAD_KEY, &self.head)?;
        Ok(stored)
    }
}

/// Appends one entry on its own; returns once it is on disk.
pub fn append(store: &Store, entry: NewAuditEntry) -> Result<AuditEntry, StoreError> {
    store.commit_with(|store| {
        let mut batch = store.batch();
        let stored = AuditAppender::begin(store)?.append(store, &mut batch, entry)?;
        Ok((batch, stored))
    })
}

/// Every entry in sequence order, each decoded or not.
pub fn all(store: &Store) -> Result<Vec<AuditEntry>, StoreError> {
    store.table::<AuditEntry>()?.all()
}

/// What is wrong at the first broken entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Break {
    /// The entry with this sequence is not there, though later ones (or the head) say it was.
    Missing,
    /// The entry does not decode.
    Unreadable,
    /// The entry stored under this sequence carries another sequence: entries were moved.
    OutOfPlace { carries: u64 },
    /// The entry's content does not give its hash: it was changed.
    Altered,
    /// The entry does not follow the one before: an entry before it was changed or replaced.
    NotChained,
    /// The head says the trail ends earlier: this entry was added outside the program.
    BeyondHead,
    /// The head's hash is not the last entry's: the last entry was changed or replaced.
    HeadMismatch,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Intact { entries: u64 },
    Broken { seq: u64, problem: Break },
}

/// Walks the whole trail and the head; the first problem found is the verdict.
pub fn verify(store: &Store) -> Result<Verdict, StoreError> {
    let tree = store.tree(trees::AUDIT)?;
    let mut running = [0u8; 32];
    let mut count = 0u64;
    for item in tree.iter() {
        let (key, value) = item.map_err(|e| store.error(e))?;
        let expected = count + 1;
        let Ok(bytes) = <[u8; 8]>::try_from(key.as_ref()) else {
            return Ok(broken(expected, Break::Unreadable));
        };
        let seq = u64::from_be_bytes(bytes);
        if seq != expected {
            return Ok(broken(expected, Break::Missing));
        }
        let Ok(entry) = codec::decode::<AuditEntry>(format::AUDIT_ENTRY, &value) else {
            return Ok(broken(seq, Break::Unreadable));
        };
        if let Some(problem) = check_entry(&entry, seq, &running) {
            return Ok(broken(seq, problem));
        }
        running = entry.hash;
        count = seq;
    }
    let head = head(store)?.unwrap_or_default();
    Ok(match head.count.cmp(&count) {
        std::cmp::Ordering::Greater => broken(count + 1, Break::Missing),
        std::cmp::Ordering::Less => broken(head.count + 1, Break::BeyondHead),
        std::cmp::Ordering::Equal if head.last != running => broken(count, Break::HeadMismatch),
        std::cmp::Ordering::Equal => Verdict::Intact { entries: count },
    })
}

fn broken(seq: u64, problem: Break) -> Verdict {
    Verdict::Broken { seq, problem }
}

fn check_entry(entry: &AuditEntry, seq: u64, prev: &[u8; 32]) -> Option<Break> {
    if entry.seq != seq {
        return Some(Break::OutOfPlace { carries: entry.seq });
    }
    if entry.computed_hash().ok() != Some(entry.hash) {
        return Some(Break::Altered);
    }
    if entry.prev != *prev {
        return Some(Break::NotChained);
    }
    None
}

#[cfg(test)]
mod tests;
