//! The one write path: a batch is applied in one sled transaction that also bumps the write
//! generation, and the call returns only once the data file (and any blob) is synced and the
//! generation is recorded as confirmed. Nothing else in the program writes to sled.
use sled::Transactional;
use sled::transaction::{
    ConflictableTransactionError, TransactionError, TransactionalTree, UnabortableTransactionError,
};

use super::codec::{self, CodecError};
use super::table::{Batch, OldEntries, Op};
use super::{Store, StoreError, trees};

/// The count of committed batches, kept in `meta` and compared with the `acknowledged` mark.
pub(crate) const GENERATION_KEY: &str = "write_generation";

/// Why a transaction gave up.
enum Abort {
    Duplicate(&'static str),
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

fn from_storage(e: UnabortableTransactionError) -> ConflictableTransactionError<Abort> {
    e.into()
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
            TransactionError::Abort(Abort::Undecodable { tree, key, error }) => {
                StoreError::decode(self.path(), tree, &key, error)
            }
            TransactionError::Storage(e) => self.error(e),
        })?;
        self.make_durable(generation)
    }
}

fn apply(batch: &Batch, views: &[TransactionalTree]) -> TxResult<u64> {
    let view = |name: &str| -> &TransactionalTree {
        let at = batch.trees.iter().position(|t| *t == name);
        // Every tree an op names was added to `batch.trees` with the op, and `views` follows
        // `batch.trees`; META is always first.
        &views[at.unwrap_or(0)]
    };
    let generation = next_generation(view(trees::META))?;
    for op in &batch.ops {
        apply_op(op, &view)?;
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

fn apply_op<'a>(op: &Op, view: &impl Fn(&str) -> &'a TransactionalTree) -> TxResult<()> {
    match op {
        Op::Put { tree, key, value } => {
            view(tree).insert(key.as_slice(), value.as_slice())?;
        }
        Op::Delete { tree, key } => {
            view(tree).remove(key.as_slice())?;
        }
        Op::Insert {
            tree,
            key,
            value,
            entries,
        } => {
            if view(tree).get(key.as_slice())?.is_some() {
                return abort(Abort::Duplicate(tree));
            }
            view(tree).insert(key.as_slice(), value.as_slice())?;
            put_entries(entries, key, view)?;
        }
        Op::Replace {
            tree,
            key,
            value,
            entries,
            old_entries,
        } => {
            remove_old_entries(tree, key, *old_entries, view)?;
            view(tree).insert(key.as_slice(), value.as_slice())?;
            put_entries(entries, key, view)?;
        }
        Op::Remove {
            tree,
            key,
            old_entries,
        } => {
            remove_old_entries(tree, key, *old_entries, view)?;
            view(tree).remove(key.as_slice())?;
        }
    }
    Ok(())
}

fn put_entries<'a>(
    entries: &[(&'static str, Vec<u8>)],
    primary: &[u8],
    view: &impl Fn(&str) -> &'a TransactionalTree,
) -> TxResult<()> {
    for (index, entry) in entries {
        view(index)
            .insert(entry.as_slice(), primary)
            .map_err(from_storage)?;
    }
    Ok(())
}

fn remove_old_entries<'a>(
    tree: &'static str,
    key: &[u8],
    old_entries: OldEntries,
    view: &impl Fn(&str) -> &'a TransactionalTree,
) -> TxResult<()> {
    let Some(old) = view(tree).get(key)? else {
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
        view(index).remove(entry.as_slice())?;
    }
    Ok(())
}
