//! The one write path. Under the writer lock a batch is first planned against what sled
//! holds: its duplicate checks made, old index entries found, and the write generation
//! bumped, giving the exact list of writes. That list is appended to the journal and synced
//! (the commit is then durable), and applied to sled in one transaction without a sync of its
//! own; a checkpoint every so often makes sled's files durable and empties the journal.
//! Nothing else in the program writes to sled.
use std::collections::HashMap;
use std::path::Path;

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::codec::{self, CodecError};
use super::error::classify;
use super::journal::{self, Write};
use super::table::{Batch, OldEntries, Op};
use super::{Confirmed, Store, StoreError, trees};

/// The count of committed batches, kept in `meta` and compared with the `acknowledged` mark.
pub(crate) const GENERATION_KEY: &str = "write_generation";

/// A checkpoint follows after this many commits, or once the journal is this large: the
/// journal a reopen must apply again stays small, and the mark stays close behind.
const CHECKPOINT_COMMITS: u64 = 256;
const CHECKPOINT_BYTES: u64 = journal::PREALLOCATED;

impl Store {
    /// Starts an empty batch for this store.
    pub fn batch(&self) -> Batch {
        Batch::new(self.path())
    }

    /// Applies `batch` in one transaction and returns once it is on disk.
    pub fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        let mut confirmed = self.lock_confirmed();
        confirmed.refuse_if_failed(&self.path)?;
        let (generation, writes) = Plan::new(self).run(&batch)?;
        let entry = journal::encode(generation, &writes)
            .map_err(|e| StoreError::internal(self.path(), e.to_string()))?;
        if let Err(e) = confirmed.journal.append(generation, &entry) {
            confirmed.failed = Some(e.kind());
            return Err(StoreError::io(self.path(), e));
        }
        // The commit is durable from here, so it is confirmed whatever sled does next. If
        // sled cannot take it (its own writes failed on a full disk, say), the journal keeps
        // it for the next open to apply, and no later commit is taken until then: this
        // window may not show it before that.
        if let Err(e) = self.apply(&writes) {
            confirmed.failed = Some(match e {
                StoreError::Io { source, .. } => source.kind(),
                _ => std::io::ErrorKind::Other,
            });
            return Ok(());
        }
        confirmed.since_checkpoint += 1;
        let due = confirmed.since_checkpoint >= CHECKPOINT_COMMITS
            || confirmed.journal.len() >= CHECKPOINT_BYTES;
        if due {
            // A failed checkpoint does not undo this commit, which the journal holds; it
            // stops later ones until the store is reopened.
            let _ = self.checkpoint_locked(&mut confirmed);
        }
        Ok(())
    }

    /// Reads and commits as one step: `build` reads what it needs (a counter, say) and
    /// returns the batch to commit and a value to hand back, and no other `commit_with` runs
    /// between the read and the commit. A number allocated this way is never given twice and,
    /// since it is written in the same transaction as what it numbers, never skipped: a batch
    /// that fails to commit takes its number with it.
    pub fn commit_with<T, E: From<StoreError>>(
        &self,
        build: impl FnOnce(&Store) -> Result<(Batch, T), E>,
    ) -> Result<T, E> {
        let _only_writer = self
            .allocating
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (batch, value) = build(self)?;
        self.commit(batch)?;
        Ok(value)
    }

    /// Applies planned writes to sled.
    pub(crate) fn apply(&self, writes: &[Write]) -> Result<(), StoreError> {
        apply_writes(&self.db, self.path(), writes)
    }
}

/// Applies planned (or journalled) writes to sled in one transaction, so that sled's own
/// recovery keeps all of a commit or none of it. Writing the same values again changes
/// nothing, so an entry applied twice is harmless.
pub(crate) fn apply_writes(db: &sled::Db, path: &Path, writes: &[Write]) -> Result<(), StoreError> {
    let mut names: Vec<&str> = Vec::new();
    for write in writes {
        if !names.contains(&write.tree.as_str()) {
            names.push(&write.tree);
        }
    }
    let trees = names
        .iter()
        .map(|name| db.open_tree(name).map_err(|e| classify(path, e)))
        .collect::<Result<Vec<_>, _>>()?;
    let applied = trees.as_slice().transaction(|views| {
        for write in writes {
            let at = names.iter().position(|n| *n == write.tree).unwrap_or(0);
            match &write.value {
                Some(value) => views[at].insert(write.key.as_slice(), value.as_slice())?,
                None => views[at].remove(write.key.as_slice())?,
            };
        }
        Ok::<_, ConflictableTransactionError<()>>(())
    });
    applied.map_err(|e| match e {
        TransactionError::Storage(e) => classify(path, e),
        TransactionError::Abort(()) => StoreError::internal(path, "apply aborted"),
    })
}

impl Confirmed {
    /// After a failed sync the kernel may have dropped the pages it could not write and
    /// report the next sync as a success, so nothing more is confirmed until a reopen.
    pub(super) fn refuse_if_failed(&self, path: &std::path::Path) -> Result<(), StoreError> {
        match self.failed {
            None => Ok(()),
            Some(kind) => {
                let refused =
                    std::io::Error::new(kind, "an earlier write could not be made durable");
                Err(StoreError::io(path, refused))
            }
        }
    }
}

/// A batch turned into the writes it makes, reading sled (under the writer lock, so nothing
/// changes beneath it) through the batch's own earlier writes.
struct Plan<'s> {
    store: &'s Store,
    written: HashMap<(&'static str, Vec<u8>), Option<Vec<u8>>>,
    writes: Vec<Write>,
}

impl<'s> Plan<'s> {
    fn new(store: &'s Store) -> Self {
        Plan {
            store,
            written: HashMap::new(),
            writes: Vec::new(),
        }
    }

    fn run(mut self, batch: &Batch) -> Result<(u64, Vec<Write>), StoreError> {
        let generation = self.next_generation()?;
        for op in &batch.ops {
            self.op(op, &batch.trees)?;
        }
        Ok((generation, self.writes))
    }

    fn get(&self, tree: &'static str, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        if let Some(value) = self.written.get(&(tree, key.to_vec())) {
            return Ok(value.clone());
        }
        let value = self
            .store
            .tree(tree)?
            .get(key)
            .map_err(|e| self.store.error(e))?;
        Ok(value.map(|v| v.to_vec()))
    }

    fn set(&mut self, tree: &'static str, key: &[u8], value: Option<&[u8]>) {
        let value = value.map(<[u8]>::to_vec);
        self.written.insert((tree, key.to_vec()), value.clone());
        self.writes.push(Write {
            tree: tree.to_string(),
            key: key.to_vec(),
            value,
        });
    }

    fn next_generation(&mut self) -> Result<u64, StoreError> {
        let path = self.store.path();
        let current = match self.get(trees::META, GENERATION_KEY.as_bytes())? {
            None => 0,
            Some(bytes) => codec::decode::<u64>(codec::format::META, &bytes)
                .map_err(|e| StoreError::decode(path, trees::META, GENERATION_KEY.as_bytes(), e))?,
        };
        let next = current + 1;
        let bytes = codec::encode(codec::format::META, &next)
            .map_err(|e| StoreError::encode(path, trees::META, e))?;
        self.set(trees::META, GENERATION_KEY.as_bytes(), Some(&bytes));
        Ok(next)
    }

    fn op(&mut self, op: &Op, declared: &[&'static str]) -> Result<(), StoreError> {
        let tree = op_tree(op);
        if !declared.contains(&tree) {
            let detail = format!("tree {tree} not declared in the batch");
            return Err(StoreError::internal(self.store.path(), detail));
        }
        match op {
            Op::Put { tree, key, value } => self.set(tree, key, Some(value)),
            Op::Delete { tree, key } => self.set(tree, key, None),
            Op::Insert {
                tree,
                key,
                value,
                entries,
            } => {
                if self.get(tree, key)?.is_some() {
                    return Err(StoreError::Duplicate { tree });
                }
                self.set(tree, key, Some(value));
                self.put_entries(entries, key, declared)?;
            }
            Op::Replace {
                tree,
                key,
                value,
                entries,
                old_entries,
            } => {
                self.remove_old_entries(tree, key, *old_entries, declared)?;
                self.set(tree, key, Some(value));
                self.put_entries(entries, key, declared)?;
            }
            Op::Remove {
                tree,
                key,
                old_entries,
            } => {
                self.remove_old_entries(tree, key, *old_entries, declared)?;
                self.set(tree, key, None);
            }
        }
        Ok(())
    }

    fn put_entries(
        &mut self,
        entries: &[(&'static str, Vec<u8>)],
        primary: &[u8],
        declared: &[&'static str],
    ) -> Result<(), StoreError> {
        for (index, entry) in entries {
            self.check_declared(index, declared)?;
            self.set(index, entry, Some(primary));
        }
        Ok(())
    }

    fn remove_old_entries(
        &mut self,
        tree: &'static str,
        key: &[u8],
        old_entries: OldEntries,
        declared: &[&'static str],
    ) -> Result<(), StoreError> {
        let Some(old) = self.get(tree, key)? else {
            return Ok(());
        };
        let entries = old_entries(key, &old)
            .map_err(|e: CodecError| StoreError::decode(self.store.path(), tree, key, e))?;
        for (index, entry) in entries {
            self.check_declared(index, declared)?;
            self.set(index, &entry, None);
        }
        Ok(())
    }

    fn check_declared(
        &self,
        tree: &'static str,
        declared: &[&'static str],
    ) -> Result<(), StoreError> {
        if declared.contains(&tree) {
            return Ok(());
        }
        let detail = format!("tree {tree} not declared in the batch");
        Err(StoreError::internal(self.store.path(), detail))
    }
}

fn op_tree(op: &Op) -> &'static str {
    match op {
        Op::Put { tree, .. }
        | Op::Delete { tree, .. }
        | Op::Insert { tree, .. }
        | Op::Replace { tree, .. }
        | Op::Remove { tree, .. } => tree,
    }
}
