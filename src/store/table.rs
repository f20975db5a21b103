//! Typed tables: a record type names its tree, its format byte, its primary key and its
//! indexes; a [`Batch`] writes records and their index entries in one transaction, and a
//! [`Table`] reads records by key and in pages, by primary key or through an index.
use std::convert::Infallible;
use std::marker::PhantomData;
use std::ops::Bound;
use std::path::{Path, PathBuf};

use serde::{Serialize, de::DeserializeOwned};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::codec::{self, CodecError, MAX_KEY_BYTES};
use super::key::Key;
use super::{Store, StoreError, trees};

/// A type stored in its own tree.
pub trait Record: Serialize + DeserializeOwned + Sized + 'static {
    /// The tree holding the records, keyed by [`Record::key`].
    const TREE: &'static str;
    /// The format byte in front of every stored record; a new shape gets a new byte.
    const FORMAT: u8;
    /// Indexes kept up to date with every write of the record.
    const INDEXES: &'static [Index<Self>] = &[];

    /// The primary key, in the order records are read.
    fn key(&self) -> Key;

    /// Reads a stored value. A type that still reads an older shape (under its older format
    /// byte) says so here; any other format byte is refused as the codec refuses it.
    fn decode(bytes: &[u8]) -> Result<Self, CodecError> {
        codec::decode(Self::FORMAT, bytes)
    }
}

/// A declared index: one tree of entries `index key ++ primary key`, each holding the primary
/// key. `keys` may give several index keys for one record (or none).
///
/// `keys` reads the record only, and a replace or remove finds the old entries by decoding
/// the stored record and calling it again. Keys computed outside the record with a secret
/// (keyed hashes of an ID number or phone for a blind index) are therefore carried in the
/// record as fields, filled in before the write, and `keys` turns them into keys
/// ([`Key::bytes`]); a status change that copies the record keeps them without the secret.
/// Changing what `keys` gives for stored records needs a migration that rebuilds the index.
pub struct Index<R> {
    pub tree: &'static str,
    pub keys: fn(&R) -> Vec<Key>,
}

/// The part of a table or index a page is read from.
#[derive(Clone, Debug)]
pub enum Span {
    All,
    /// Keys that start with this key (built from whole parts, so "1501" does not match "15010").
    Prefix(Key),
    /// From the first key (included) to the second (excluded).
    Between(Key, Key),
}

/// One page of records, and the cursor to pass as `after` for the next page when there may
/// be more. Records that do not decode are passed over and named in `damaged`, so that one
/// damaged record never hides the others.
#[derive(Debug, PartialEq)]
pub struct Page<R> {
    pub records: Vec<R>,
    pub next: Option<Key>,
    pub damaged: Vec<Skipped>,
}

/// A record passed over because it does not decode: its primary key, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub key: Key,
    pub error: CodecError,
}

/// What an index entry leads to.
#[derive(Debug, PartialEq)]
pub(in crate::store) enum Found<R> {
    Record(R),
    /// The entry went while it was read: a commit from another window.
    Gone,
    /// The record it names does not decode.
    Damaged(Skipped),
}

type Entries = Vec<(&'static str, Vec<u8>)>;
pub(crate) type OldEntries = fn(&[u8], &[u8]) -> Result<Entries, CodecError>;

pub(crate) enum Op {
    Put {
        tree: &'static str,
        key: Vec<u8>,
        value: Vec<u8>,
    },
    Delete {
        tree: &'static str,
        key: Vec<u8>,
    },
    /// A record that must not exist yet, with its index entries.
    Insert {
        tree: &'static str,
        key: Vec<u8>,
        value: Vec<u8>,
        entries: Entries,
    },
    /// A record written over whatever is there; the old record's index entries go.
    Replace {
        tree: &'static str,
        key: Vec<u8>,
        value: Vec<u8>,
        entries: Entries,
        old_entries: OldEntries,
    },
    /// A record removed with its index entries.
    Remove {
        tree: &'static str,
        key: Vec<u8>,
        old_entries: OldEntries,
    },
}

fn index_entries<R: Record>(record: &R, primary: &[u8]) -> Entries {
    R::INDEXES
        .iter()
        .flat_map(|index| {
            (index.keys)(record).into_iter().map(move |k| {
                let mut entry = k.as_bytes().to_vec();
                entry.extend_from_slice(primary);
                (index.tree, entry)
            })
        })
        .collect()
}

fn old_index_entries<R: Record>(primary: &[u8], value: &[u8]) -> Result<Entries, CodecError> {
    // Without indexes there is nothing to find, so the old record is not read: a damaged one
    // (a draft, say) can still be replaced or removed.
    if R::INDEXES.is_empty() {
        return Ok(Vec::new());
    }
    let record = R::decode(value)?;
    Ok(index_entries(&record, primary))
}

/// Writes prepared outside the transaction (encoded, keys built, sizes checked) and applied
/// by [`Store::commit`] in one transaction that returns only once it is on disk.
pub struct Batch {
    path: PathBuf,
    pub(crate) ops: Vec<Op>,
    pub(crate) trees: Vec<&'static str>,
}

impl Batch {
    pub(crate) fn new(path: &Path) -> Batch {
        Batch {
            path: path.to_path_buf(),
            ops: Vec::new(),
            trees: vec![trees::META],
        }
    }

    fn touch(&mut self, tree: &'static str) {
        if !self.trees.contains(&tree) {
            self.trees.push(tree);
        }
    }

    fn touch_table<R: Record>(&mut self) {
        self.touch(R::TREE);
        for index in R::INDEXES {
            self.touch(index.tree);
        }
    }

    fn prepare<R: Record>(&self, record: &R) -> Result<(Vec<u8>, Vec<u8>, Entries), StoreError> {
        let key = record.key().as_bytes().to_vec();
        let value = codec::encode(R::FORMAT, record)
            .map_err(|e| StoreError::encode(&self.path, R::TREE, e))?;
        let entries = index_entries(record, &key);
        let longest = entries
            .iter()
            .map(|(_, k)| k.len())
            .chain([key.len()])
            .max();
        if let Some(size) = longest.filter(|len| *len > MAX_KEY_BYTES) {
            return Err(StoreError::TooLarge {
                tree: R::TREE,
                size,
                max: MAX_KEY_BYTES,
            });
        }
        Ok((key, value, entries))
    }

    /// Adds a record whose key must be new; the commit fails with `Duplicate` otherwise.
    pub fn insert<R: Record>(&mut self, record: &R) -> Result<&mut Batch, StoreError> {
        let (key, value, entries) = self.prepare(record)?;
        self.touch_table::<R>();
        self.ops.push(Op::Insert {
            tree: R::TREE,
            key,
            value,
            entries,
        });
        Ok(self)
    }

    /// Adds or replaces a record, keeping its index entries right.
    pub fn replace<R: Record>(&mut self, record: &R) -> Result<&mut Batch, StoreError> {
        let (key, value, entries) = self.prepare(record)?;
        self.touch_table::<R>();
        self.ops.push(Op::Replace {
            tree: R::TREE,
            key,
            value,
            entries,
            old_entries: old_index_entries::<R>,
        });
        Ok(self)
    }

    /// Removes the record at `key`, if any, with its index entries.
    pub fn remove<R: Record>(&mut self, key: &Key) -> &mut Batch {
        self.touch_table::<R>();
        self.ops.push(Op::Remove {
            tree: R::TREE,
            key: key.as_bytes().to_vec(),
            old_entries: old_index_entries::<R>,
        });
        self
    }

    /// Empties the table and its indexes. The keys are read now, outside the transaction:
    /// for data only this process writes at open (the catalogue), not for shared records.
    pub(crate) fn clear<R: Record>(&mut self, store: &Store) -> Result<&mut Batch, StoreError> {
        self.clear_tree(store, R::TREE)?;
        for index in R::INDEXES {
            self.clear_tree(store, index.tree)?;
        }
        Ok(self)
    }

    pub(crate) fn clear_tree(
        &mut self,
        store: &Store,
        tree: &'static str,
    ) -> Result<&mut Batch, StoreError> {
        self.touch(tree);
        for key in store.tree(tree)?.iter().keys() {
            let key = key.map_err(|e| store.error(e))?;
            self.ops.push(Op::Delete {
                tree,
                key: key.to_vec(),
            });
        }
        Ok(self)
    }

    pub(crate) fn put_meta<T: Serialize>(
        &mut self,
        key: &str,
        value: &T,
    ) -> Result<&mut Batch, StoreError> {
        let value = codec::encode(codec::format::META, value)
            .map_err(|e| StoreError::encode(&self.path, trees::META, e))?;
        self.ops.push(Op::Put {
            tree: trees::META,
            key: key.as_bytes().to_vec(),
            value,
        });
        Ok(self)
    }

    pub(crate) fn remove_meta(&mut self, key: &str) -> &mut Batch {
        self.ops.push(Op::Delete {
            tree: trees::META,
            key: key.as_bytes().to_vec(),
        });
        self
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

/// Read access to the records of one type.
pub struct Table<R> {
    path: PathBuf,
    tree: sled::Tree,
    indexes: Vec<(&'static str, sled::Tree)>,
    record: PhantomData<fn() -> R>,
}

impl<R: Record> Table<R> {
    pub(crate) fn open(store: &Store) -> Result<Table<R>, StoreError> {
        let indexes = R::INDEXES
            .iter()
            .map(|index| Ok((index.tree, store.tree(index.tree)?)))
            .collect::<Result<_, StoreError>>()?;
        Ok(Table {
            path: store.path().to_path_buf(),
            tree: store.tree(R::TREE)?,
            indexes,
            record: PhantomData,
        })
    }

    fn decode(&self, key: &[u8], value: &[u8]) -> Result<R, StoreError> {
        R::decode(value).map_err(|e| StoreError::record(&self.path, R::TREE, key, e))
    }

    /// A record, or the reason to pass it over when it is damaged. A record in a newer
    /// format is not damage: the whole read stops and says so.
    fn decode_or_skip(&self, key: &[u8], value: &[u8]) -> Result<Result<R, Skipped>, StoreError> {
        match R::decode(value) {
            Ok(record) => Ok(Ok(record)),
            Err(error @ (CodecError::Empty | CodecError::Damaged(_))) => Ok(Err(Skipped {
                key: Key::from_bytes(key),
                error,
            })),
            Err(e) => Err(StoreError::decode(&self.path, R::TREE, key, e)),
        }
    }

    fn sled(&self, e: sled::Error) -> StoreError {
        super::error::classify(&self.path, e)
    }

    pub fn get(&self, key: &Key) -> Result<Option<R>, StoreError> {
        let value = self.tree.get(key.as_bytes()).map_err(|e| self.sled(e))?;
        value.map(|v| self.decode(key.as_bytes(), &v)).transpose()
    }

    /// How many records the table holds. Walks the tree: for checks, not for every keystroke.
    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }

    /// Every record in key order; for data that is whole or not at all (the catalogue), so a
    /// damaged record fails the whole read as damage of the table.
    pub fn all(&self) -> Result<Vec<R>, StoreError> {
        self.tree
            .iter()
            .map(|entry| {
                let (key, value) = entry.map_err(|e| self.sled(e))?;
                R::decode(&value).map_err(|e| StoreError::decode(&self.path, R::TREE, &key, e))
            })
            .collect()
    }

    /// Every record in key order, each decoded or not: for a reader that tells a newer format
    /// from damage by context. sled's own errors still fail the whole read.
    pub fn all_decoded(&self) -> Result<Vec<Result<R, CodecError>>, StoreError> {
        self.tree
            .iter()
            .map(|entry| {
                let (_, value) = entry.map_err(|e| self.sled(e))?;
                Ok(R::decode(&value))
            })
            .collect()
    }

    /// Up to `limit` records in primary-key order within `span`, after the cursor `after`.
    /// Damaged records are passed over (and listed) without counting towards `limit`.
    pub fn page(
        &self,
        span: &Span,
        after: Option<&Key>,
        limit: usize,
    ) -> Result<Page<R>, StoreError> {
        let mut page = empty_page();
        if limit == 0 {
            return Ok(page);
        }
        let mut last = None;
        for entry in self.tree.range(bounds(span, after)) {
            let (key, value) = entry.map_err(|e| self.sled(e))?;
            match self.decode_or_skip(&key, &value)? {
                Ok(record) => page.records.push(record),
                Err(skipped) => page.damaged.push(skipped),
            }
            last = Some(Key::from_bytes(&key));
            if page.records.len() == limit {
                break;
            }
        }
        page.next = last.filter(|_| page.records.len() == limit);
        Ok(page)
    }

    /// Up to `limit` records in the order of the index `index`, whose keys are within `span`.
    /// The cursor is the index entry, so records with equal index keys page correctly.
    /// Damaged records are passed over (and listed) without counting towards `limit`.
    pub fn page_by(
        &self,
        index: &'static str,
        span: &Span,
        after: Option<&Key>,
        limit: usize,
    ) -> Result<Page<R>, StoreError> {
        let (declared, tree) = self.index(index)?;
        let mut page = empty_page();
        if limit == 0 {
            return Ok(page);
        }
        let mut last = None;
        for entry in tree.range(bounds(span, after)) {
            let (entry_key, primary) = entry.map_err(|e| self.sled(e))?;
            match self.indexed_record(declared, tree, &entry_key, &primary)? {
                Found::Gone => continue,
                Found::Record(record) => page.records.push(record),
                Found::Damaged(skipped) => page.damaged.push(skipped),
            }
            last = Some(Key::from_bytes(&entry_key));
            if page.records.len() == limit {
                break;
            }
        }
        page.next = last.filter(|_| page.records.len() == limit);
        Ok(page)
    }

    fn index(&self, name: &'static str) -> Result<(&'static Index<R>, &sled::Tree), StoreError> {
        // `indexes` was built from `R::INDEXES` in the same order.
        R::INDEXES
            .iter()
            .zip(&self.indexes)
            .find(|(index, _)| index.tree == name)
            .map(|(index, (_, tree))| (index, tree))
            .ok_or_else(|| {
                StoreError::internal(&self.path, format!("{} has no index {name}", R::TREE))
            })
    }

    /// The record an index entry points at, or `Gone` when the entry no longer stands.
    /// Reading an index is not a snapshot: a commit from another window may remove or
    /// re-index the record between reading its entry and reading it. Such an entry is passed
    /// over; an entry that still stands without a record that gives it is damage of the
    /// index, and a record that does not decode is damage of that record only.
    pub(in crate::store) fn indexed_record(
        &self,
        index: &Index<R>,
        entries: &sled::Tree,
        entry: &[u8],
        primary: &[u8],
    ) -> Result<Found<R>, StoreError> {
        if let Some(value) = self.tree.get(primary).map_err(|e| self.sled(e))? {
            match self.decode_or_skip(primary, &value)? {
                Ok(record) if gives_entry(index, &record, entry, primary) => {
                    return Ok(Found::Record(record));
                }
                Ok(_) => {}
                Err(skipped) => return Ok(Found::Damaged(skipped)),
            }
        }
        let (stands, value) = self.read_together(entries, entry, primary)?;
        let problem = match (stands, value) {
            (false, _) => return Ok(Found::Gone),
            (true, None) => "points at a missing record",
            (true, Some(value)) => match self.decode_or_skip(primary, &value)? {
                Ok(record) if gives_entry(index, &record, entry, primary) => {
                    return Ok(Found::Record(record));
                }
                Ok(_) => "has an entry its record does not give",
                Err(skipped) => return Ok(Found::Damaged(skipped)),
            },
        };
        Err(StoreError::corrupt(
            &self.path,
            format!("{} {problem}", index.tree),
        ))
    }

    /// Whether `entry` is in the index, and the record at `primary`, as one commit left them:
    /// sled runs a transaction while no other commit runs.
    fn read_together(
        &self,
        entries: &sled::Tree,
        entry: &[u8],
        primary: &[u8],
    ) -> Result<(bool, Option<sled::IVec>), StoreError> {
        let read = (entries, &self.tree).transaction(|(entries, records)| {
            let stands = entries.get(entry)?.is_some();
            Ok::<_, ConflictableTransactionError<Infallible>>((stands, records.get(primary)?))
        });
        read.map_err(|e| match e {
            TransactionError::Storage(e) => self.sled(e),
            TransactionError::Abort(never) => match never {},
        })
    }
}

fn empty_page<R>() -> Page<R> {
    Page {
        records: Vec::new(),
        next: None,
        damaged: Vec::new(),
    }
}

/// Whether `record`, stored at `primary`, gives the index entry `entry`.
fn gives_entry<R>(index: &Index<R>, record: &R, entry: &[u8], primary: &[u8]) -> bool {
    (index.keys)(record).iter().any(|key| {
        let key = key.as_bytes();
        entry.len() == key.len() + primary.len()
            && entry.starts_with(key)
            && entry.ends_with(primary)
    })
}

/// The smallest key above every key that starts with `prefix`, if there is one.
fn prefix_end(prefix: &[u8]) -> Bound<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xFF {
            end.push(last + 1);
            return Bound::Excluded(end);
        }
    }
    Bound::Unbounded
}

fn bounds(span: &Span, after: Option<&Key>) -> (Bound<Vec<u8>>, Bound<Vec<u8>>) {
    let (start, end) = match span {
        Span::All => (Bound::Unbounded, Bound::Unbounded),
        Span::Prefix(p) => (
            Bound::Included(p.as_bytes().to_vec()),
            prefix_end(p.as_bytes()),
        ),
        Span::Between(from, until) => (
            Bound::Included(from.as_bytes().to_vec()),
            Bound::Excluded(until.as_bytes().to_vec()),
        ),
    };
    let start = match (after, &start) {
        (Some(cursor), Bound::Included(s)) if cursor.as_bytes() < s.as_slice() => start,
        (Some(cursor), _) => Bound::Excluded(cursor.as_bytes().to_vec()),
        (None, _) => start,
    };
    (start, end)
}
