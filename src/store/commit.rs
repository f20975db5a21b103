//! The one write path: a batch is applied in one sled transaction that also bumps the write
//! generation, and the call returns only once the data file (and any blob) is synced and the
//! generation is recorded as confirmed. Nothing else in the program writes to sled.
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};

use super::codec::{self, CodecError};
use super::table::{Batch, OldEntries, Op};
use super::{Store, StoreError, trees};

/// The count of committed batches, kept in `meta` and compared with the `acknowledged` mark.
pub(crate) const GENERATION_KEY: &str = "write_generation";

/// Why a transaction gave up.
enum Abort {
    Duplicate(&'static str),
    /// An op names a tree the batch did not declare: a fault in this program.
    Undeclared(&'static str),
    Undecodable {
        tree: &'static str,
        key: Vec<u8>,
        error: CodecError,
    },
}

type TxResult<T> = Result<T, ConflictableTransactionError<Abort>>;

fn abort<T>(reason: Abort) -> TxResult<T> {
    Err(ConflictableTransactionError::Abort(reason))
}

impl Store {
    /// Starts an empty batch for this store.
    pub fn batch(&self) -> Batch {
        Batch::new(self.path())
    }

    /// Applies `batch` in one transaction and returns once it is on disk.
    pub fn commit(&self, batch: Batch) -> Result<(), StoreError> {
        let trees = batch
            .trees
            .iter()
            .map(|name| self.tree(name))
            .collect::<Result<Vec<_>, _>>()?;
        let outcome = trees.as_slice().transaction(|views| apply(&batch, views));
        let generation = outcome.map_err(|e| match e {
            TransactionError::Abort(Abort::Duplicate(tree)) => StoreError::Duplicate { tree },
            TransactionError::Abort(Abort::Undeclared(tree)) => StoreError::internal(
                self.path(),
                format!("tree {tree} not declared in the batch"),
            ),
            TransactionError::Abort(Abort::Undecodable { tree, key, error }) => {
                StoreError::decode(self.path(), tree, &key, error)
            }
            TransactionError::Storage(e) => self.error(e),
        })?;
        self.make_durable(generation)
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
}

/// The transaction's view of each tree the batch declared, by name.
struct Views<'a> {
    names: &'a [&'static str],
    views: &'a [TransactionalTree],
}

impl<'a> Views<'a> {
    fn get(&self, name: &'static str) -> TxResult<&'a TransactionalTree> {
        match self.names.iter().position(|t| *t == name) {
            Some(at) => Ok(&self.views[at]),
            None => abort(Abort::Undeclared(name)),
        }
    }
}

fn apply(batch: &Batch, views: &[TransactionalTree]) -> TxResult<u64> {
    let views = Views {
        names: &batch.trees,
        views,
    };
    let generation = next_generation(views.get(trees::META)?)?;
    for op in &batch.ops {
        apply_op(op, &views)?;
    }
    Ok(generation)
}

fn next_generation(meta: &TransactionalTree) -> TxResult<u64> {
    let current = match meta.get(GENERATION_KEY)? {
        None => 0,
        Some(bytes) => codec::decode::<u64>(codec::format::META, &bytes).or_else(|error| {
            abort(Abort::Undecodable {
                tree: trees::META,
                key: GENERATION_KEY.into(),
                error,
            })
        })?,
    };
    let next = current + 1;
    // A u64 always encodes far below the cap.
    let bytes = codec::encode(codec::format::META, &next).or_else(|error| {
        abort(Abort::Undecodable {
            tree: trees::META,
            key: GENERATION_KEY.into(),
            error,
        })
    })?;
    meta.insert(GENERATION_KEY, bytes)?;
    Ok(next)
}

fn apply_op(op: &Op, views: &Views) -> TxResult<()> {
    match op {
        Op::Put { tree, key, value } => {
            views.get(tree)?.insert(key.as_slice(), value.as_slice())?;
        }
        Op::Delete { tree, key } => {
            views.get(tree)?.remove(key.as_slice())?;
        }
        Op::Insert {
            tree,
            key,
            value,
            entries,
        } => {
            if views.get(tree)?.get(key.as_slice())?.is_some() {
                return abort(Abort::Duplicate(tree));
            }
            views.get(tree)?.insert(key.as_slice(), value.as_slice())?;
            put_entries(entries, key, views)?;
        }
        Op::Replace {
            tree,
            key,
            value,
            entries,
            old_entries,
        } => {
            remove_old_entries(tree, key, *old_entries, views)?;
            views.get(tree)?.insert(key.as_slice(), value.as_slice())?;
            put_entries(entries, key, views)?;
        }
        Op::Remove {
            tree,
            key,
            old_entries,
        } => {
            remove_old_entries(tree, key, *old_entries, views)?;
            views.get(tree)?.remove(key.as_slice())?;
        }
    }
    Ok(())
}

fn put_entries(entries: &[(&'static str, Vec<u8>)], primary: &[u8], views: &Views) -> TxResult<()> {
    for (index, entry) in entries {
        views.get(index)?.insert(entry.as_slice(), primary)?;
    }
    Ok(())
}

fn remove_old_entries(
    tree: &'static str,
    key: &[u8],
    old_entries: OldEntries,
    views: &Views,
) -> TxResult<()> {
    let Some(old) = views.get(tree)?.get(key)? else {
        return Ok(());
    };
    let entries = old_entries(key, &old).or_else(|error| {
        abort(Abort::Undecodable {
            tree,
            key: key.to_vec(),
            error,
        })
    })?;
    for (index, entry) in entries {
        views.get(index)?.remove(entry.as_slice())?;
    }
    Ok(())
}
