//! Stored drafts: an unfinished intake form, saved as the clerk works so that it survives a
//! closed terminal, a kill or a power cut. Keyed by a draft id from a store-wide counter in
//! `meta` that only grows, so an id is never given twice, even after its draft is discarded.
use serde::{Deserialize, Serialize};

use super::codec::{CodecError, format};
use super::table::Record;
use super::{Key, Store, StoreError, trees};

/// The counter of draft ids in `meta`: the last id given.
const LAST_ID_KEY: &str = "draft_last_id";

/// Who and where a draft belongs to: the window (counter) it was typed at and the clerk who
/// typed it, when known. One process may serve many counters, each resuming only its own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DraftOwner {
    pub window: Option<String>,
    pub operator: Option<String>,
}

/// The form's content. It holds personal data (names, ID numbers, phones, notes), so it is
/// one value, sealed whole with the store's draft key. Drafts saved before the store had a
/// key are plain until `operators init` seals them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftContent {
    /// The intake JSON of the unfinished form, as `serde_json` writes `ApplicationInput`.
    /// JSON rather than bincode: a field added to the form later is read from an older draft
    /// as its default instead of making the draft unreadable.
    PlainJson(Vec<u8>),
    /// The same JSON sealed with the draft key: version byte, nonce, ciphertext and tag.
    SealedJson(Vec<u8>),
}

impl DraftContent {
    pub fn is_sealed(&self) -> bool {
        matches!(self, DraftContent::SealedJson(_))
    }
}

/// One draft as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredDraft {
    pub id: u64,
    pub owner: DraftOwner,
    /// Seconds since 1970-01-01 UTC.
    pub created_at: i64,
    pub updated_at: i64,
    /// The form field that had the caret, as the form names it.
    pub focus: String,
    pub content: DraftContent,
}

fn draft_key(id: u64) -> Key {
    Key::new().u64(id)
}

impl Record for StoredDraft {
    const TREE: &'static str = trees::DRAFTS;
    const FORMAT: u8 = format::DRAFT_SEALED;

    fn key(&self) -> Key {
        draft_key(self.id)
    }

    /// Format 12, or format 6: the same shape when only plain content existed.
    fn decode(bytes: &[u8]) -> Result<StoredDraft, CodecError> {
        match bytes.first() {
            Some(&format::DRAFT) => super::codec::decode(format::DRAFT, bytes),
            _ => super::codec::decode(format::DRAFT_SEALED, bytes),
        }
    }
}

/// A draft about to be written: a new one (`id` is `None`) or a newer state of one.
#[derive(Clone, Debug)]
pub struct DraftWrite {
    pub id: Option<u64>,
    pub owner: DraftOwner,
    pub at: i64,
    pub focus: String,
    pub content: DraftContent,
}

/// Writes `draft`, numbering it when new; returns once it is on disk. A draft saved again
/// under an id whose draft was discarded meanwhile (by another window) is stored again under
/// that id: the id was this form's, and the clerk's work is not thrown away.
pub fn save(store: &Store, draft: DraftWrite) -> Result<StoredDraft, StoreError> {
    store.commit_with(|store| {
        let mut batch = store.batch();
        let (id, created_at) = match draft.id {
            Some(id) => {
                let earlier = store.table::<StoredDraft>()?.get(&draft_key(id)).ok();
                let created = earlier.flatten().map_or(draft.at, |d| d.created_at);
                (id, created)
            }
            None => {
                let id = last_id(store)? + 1;
                batch.put_meta(LAST_ID_KEY, &id)?;
                (id, draft.at)
            }
        };
        let record = StoredDraft {
            id,
            owner: draft.owner,
            created_at,
            updated_at: draft.at,
            focus: draft.focus,
            content: draft.content,
        };
        batch.replace(&record)?;
        Ok((batch, record))
    })
}

fn last_id(store: &Store) -> Result<u64, StoreError> {
    Ok(store.meta_get::<u64>(LAST_ID_KEY)?.unwrap_or(0))
}

/// The draft with this id, if any. A damaged draft is an error naming it.
pub fn load(store: &Store, id: u64) -> Result<Option<StoredDraft>, StoreError> {
    store.table::<StoredDraft>()?.get(&draft_key(id))
}

/// A draft that could not be read: its key as stored and why.
#[derive(Debug, PartialEq, Eq)]
pub struct UnreadableDraft {
    /// The draft id, when the key has the shape of one.
    pub id: Option<u64>,
    pub error: CodecError,
}

/// Every draft in id order, each read on its own so that a damaged one does not hide the
/// others; sled's own errors still fail the whole read.
pub fn all(store: &Store) -> Result<Vec<Result<StoredDraft, UnreadableDraft>>, StoreError> {
    let tree = store.tree(trees::DRAFTS)?;
    tree.iter()
        .map(|entry| {
            let (key, value) = entry.map_err(|e| store.error(e))?;
            Ok(<StoredDraft as Record>::decode(&value).map_err(|error| {
                let id = <[u8; 8]>::try_from(key.as_ref())
                    .ok()
                    .map(u64::from_be_bytes);
                UnreadableDraft { id, error }
            }))
        })
        .collect()
}

/// Writes drafts back as they are given (their content sealed by the caller), in one
/// transaction: the sealing of drafts stored in the clear.
pub fn rewrite(store: &Store, drafts: &[StoredDraft]) -> Result<(), StoreError> {
    let mut batch = store.batch();
    for draft in drafts {
        batch.replace(draft)?;
    }
    store.commit(batch)
}

/// Removes the draft with this id, if it is there; returns once that is on disk.
pub fn discard(store: &Store, id: u64) -> Result<(), StoreError> {
    let mut batch = store.batch();
    batch.remove::<StoredDraft>(&draft_key(id));
    store.commit(batch)
}

/// Adds the removal of a draft to a batch that commits something else (the intake made from
/// it), so that the intake and the end of its draft land together.
pub fn discard_in(batch: &mut super::Batch, id: u64) {
    batch.remove::<StoredDraft>(&draft_key(id));
}

/// Writes bytes that do not decode where draft `id` is: damage, for tests elsewhere.
#[cfg(test)]
pub(crate) fn damage(store: &Store, id: u64) {
    store
        .tree(trees::DRAFTS)
        .unwrap()
        .insert(
            draft_key(id).as_bytes(),
            &[format::DRAFT_SEALED, 0xFF, 0xFF][..],
        )
        .unwrap();
}

#[cfg(test)]
mod tests;
