//! Supervisors' revisions of catalogue items: one record per edited field, keyed by item and a
//! per-item number, holding the new text, who and when, the text it replaced and a hash of the
//! seed's text at the time (what a later seed is compared with to find a conflict).
use serde::{Deserialize, Serialize};

use super::super::codec::format;
use super::super::table::{Record, Span};
use super::super::{Key, Store, StoreError};
use super::item_key;
use crate::domain::editable::{EDITABLE, FieldValue, editable};
use crate::domain::{Catalogue, CatalogueItem, Date, ItemId};

/// The tree of revisions.
pub const TREE: &str = "catalogue_revisions";

/// One edit of one field of one item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub item: ItemId,
    /// 1, 2, 3 … for each item, in the order the edits were made.
    pub number: u32,
    /// The key of the edited field in [`EDITABLE`].
    pub field: String,
    /// The field's content as the item now holds it.
    pub value: FieldValue,
    /// What the change comes from (for a cited field, also the source the item now cites).
    pub source: String,
    /// The day the new text applies from, as its source states.
    pub effective: Date,
    pub operator: String,
    /// Seconds since 1970-01-01 UTC.
    pub at: i64,
    /// The text this edit replaced; `None` when the field was empty.
    pub replaced: Option<FieldValue>,
    /// SHA-256 of the seed's text of the field when the edit was made (see [`seed_hash`]):
    /// what a later seed is compared with to find a conflict. A hash, not the text, keeps a
    /// revision of a long field under the value cap.
    pub seed_hash: [u8; 32],
    /// The seed revision the edit was made over.
    pub seed_revision: u32,
}

/// The hash a revision keeps of a field's seed text; `None` (no text) has its own.
pub fn seed_hash(value: Option<&FieldValue>) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    match value {
        None => hasher.update([0]),
        Some(v) => {
            hasher.update([1]);
            for part in [&v.text.zh, &v.text.mn, &v.source] {
                hasher.update((part.len() as u64).to_be_bytes());
                hasher.update(part.as_bytes());
            }
        }
    }
    hasher.finalize().into()
}

impl Record for Revision {
    const TREE: &'static str = TREE;
    const FORMAT: u8 = format::CATALOGUE_REVISION;

    /// The item's key, then the revision's number: one item's revisions are one prefix.
    fn key(&self) -> Key {
        item_key(self.item).u32(self.number)
    }
}

/// Every revision of `item`, oldest first.
pub fn of_item(store: &Store, item: ItemId) -> Result<Vec<Revision>, StoreError> {
    let page = store
        .table::<Revision>()?
        .page(&Span::Prefix(item_key(item)), None, usize::MAX)?;
    match page.damaged.first() {
        Some(skipped) => Err(StoreError::decode(
            store.path(),
            TREE,
            skipped.key.as_bytes(),
            skipped.error.clone(),
        )),
        None => Ok(page.records),
    }
}

/// Every revision, by item and then oldest first.
pub fn all(store: &Store) -> Result<Vec<Revision>, StoreError> {
    store.table::<Revision>()?.all()
}

/// The number the next revision of `item` takes.
pub fn next_number(store: &Store, item: ItemId) -> Result<u32, StoreError> {
    Ok(of_item(store, item)?
        .last()
        .map_or(1, |r| r.number.saturating_add(1)))
}

/// The seed with every revision laid over it in order: the effective catalogue. A revision
/// of an item or field this build does not know is passed over.
pub fn apply(seed: &Catalogue, revisions: &[Revision]) -> Catalogue {
    let mut catalogue = seed.clone();
    for revision in revisions {
        let item = catalogue.items.iter_mut().find(|i| i.id == revision.item);
        if let (Some(item), Some(field)) = (item, editable(&revision.field)) {
            (field.set)(item, revision.value.clone());
        }
    }
    catalogue
}

/// A field the hall edited whose seed text has changed since: the local text is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub item: ItemId,
    pub field: &'static str,
    /// The hall's text, which stays in force.
    pub local: FieldValue,
    /// The seed's text now.
    pub seed_now: Option<FieldValue>,
    /// The number of the revision that made the local text.
    pub revision: u32,
}

/// The edited fields whose seed text is no longer what the last edit was made over, unless
/// the seed now says what the hall says.
pub fn conflicts(seed: &Catalogue, revisions: &[Revision]) -> Vec<Conflict> {
    let mut out = Vec::new();
    for item in &seed.items {
        for field in EDITABLE {
            let last = revisions
                .iter()
                .rev()
                .find(|r| r.item == item.id && r.field == field.key);
            if let Some(conflict) = last.and_then(|r| conflict(item, field.key, r)) {
                out.push(conflict);
            }
        }
    }
    out
}

fn conflict(seed_item: &CatalogueItem, key: &'static str, last: &Revision) -> Option<Conflict> {
    let field = editable(key)?;
    let now = (field.get)(seed_item);
    if seed_hash(now.as_ref()) == last.seed_hash || now.as_ref() == Some(&last.value) {
        return None;
    }
    Some(Conflict {
        item: last.item,
        field: field.key,
        local: last.value.clone(),
        seed_now: now,
        revision: last.number,
    })
}
