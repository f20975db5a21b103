//! The embedded store. The only module that knows it is sled: typed tables and their indexes,
//! the record codec, schema migrations at open, the durable write path through a journal,
//! the high-water mark of synced writes, and "in use by another window".
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

pub mod archive;
pub mod audit;
pub mod catalogue;
pub mod codec;
mod commit;
pub mod drafts;
mod durable;
mod error;
pub mod intakes;
mod journal;
pub mod key;
pub mod migrate;
mod open;
pub mod operators;
pub mod stats;
pub mod table;
mod watermark;

pub use codec::CodecError;
pub use error::StoreError;
pub use key::Key;
pub use table::{Batch, Index, Page, Record, Skipped, Span, Table};

/// Default page-cache budget: the counters run on small machines.
pub const DEFAULT_CACHE_BYTES: u64 = 4 * 1024 * 1024;

/// Tree names.
pub(crate) mod trees {
    pub const META: &str = "meta";
    pub const CATALOGUE: &str = "catalogue";
    pub const DOMAINS: &str = "catalogue_domains";
    pub const CATALOGUE_BY_DOMAIN: &str = "idx_catalogue_domain";
    pub const INTAKES: &str = "intakes";
    pub const INTAKES_BY_RECEIPT: &str = "idx_receipt";
    pub const INTAKES_BY_ID_NUMBER: &str = "idx_id_number";
    pub const INTAKES_BY_PHONE: &str = "idx_phone";
    pub const INTAKES_BY_NAME: &str = "idx_name";
    pub const INTAKES_BY_DATE: &str = "idx_date";
    pub const INTAKES_BY_STATUS: &str = "idx_status";
    pub const INTAKES_BY_RECEIPT_TAIL: &str = "idx_receipt_tail";
    pub const INTAKES_BY_ID_TAIL: &str = "idx_id_tail";
    pub const INTAKES_BY_NAME_SOUND: &str = "idx_name_sound";
    pub const INTAKES_BY_DEADLINE: &str = "idx_deadline";
    pub const RECEIPT_COUNTERS: &str = "receipt_counters";
    pub const DRAFTS: &str = "drafts";
    pub const OPERATORS: &str = "operators";
    pub const LOGIN_FAILURES: &str = "login_failures";
    pub const AUDIT: &str = "audit";
}

/// Options for opening a store; the cache size is configurable for small machines.
#[derive(Clone, Debug)]
pub struct OpenOptions {
    pub cache_bytes: u64,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            cache_bytes: DEFAULT_CACHE_BYTES,
        }
    }
}

/// The writer's state, behind one lock: commits, checkpoints and mark writes from several
/// threads never interleave, and the journal's entries follow the generations in order.
struct Confirmed {
    /// Commits since the last checkpoint are durable here, before sled syncs them.
    journal: journal::Journal,
    since_checkpoint: u64,
    /// What sled's synced files held at the last checkpoint.
    mark: watermark::Watermark,
    blobs: durable::SyncedBlobs,
    /// Set when a flush or sync failed. The kernel may have dropped the pages it could not
    /// write and report the next sync as a success, so nothing more is confirmed until the
    /// store is opened again (and its mark checked against what sled then holds).
    failed: Option<io::ErrorKind>,
}

/// An open store. Dropping it releases the lock.
pub struct Store {
    db: sled::Db,
    path: PathBuf,
    /// sled's data file, kept open to fdatasync it at each checkpoint.
    data_file: File,
    confirmed: Mutex<Confirmed>,
    /// Held from reading a counter to committing the batch built from it (see
    /// [`Store::commit_with`]). sled's lock keeps other processes out, so this is the whole
    /// story.
    allocating: Mutex<()>,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, checks that it holds every write it
    /// confirmed, and brings its schema up to date.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Store, StoreError> {
        let store = open::open(path, options)?;
        migrate::run(&store, migrate::MIGRATIONS)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read access to the records of type `R`.
    pub fn table<R: Record>(&self) -> Result<Table<R>, StoreError> {
        Table::open(self)
    }

    pub(in crate::store) fn tree(&self, name: &str) -> Result<sled::Tree, StoreError> {
        self.db.open_tree(name).map_err(|e| self.error(e))
    }

    pub(crate) fn error(&self, e: sled::Error) -> StoreError {
        error::classify(&self.path, e)
    }

    /// Reads one small value from `meta`.
    pub(crate) fn meta_get<T: serde::de::DeserializeOwned>(
        &self,
        key: &'static str,
    ) -> Result<Option<T>, StoreError> {
        let raw = self
            .tree(trees::META)?
            .get(key)
            .map_err(|e| self.error(e))?;
        raw.map(|bytes| {
            codec::decode(codec::format::META, &bytes)
                .map_err(|e| StoreError::decode(&self.path, trees::META, key.as_bytes(), e))
        })
        .transpose()
    }

    fn lock_confirmed(&self) -> std::sync::MutexGuard<'_, Confirmed> {
        self.confirmed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Makes sled's files hold every commit so far on disk, advances the mark to it and
    /// empties the journal. Runs every few hundred commits, and when the store is closed.
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        let mut confirmed = self.lock_confirmed();
        confirmed.refuse_if_failed(&self.path)?;
        self.checkpoint_locked(&mut confirmed)
    }

    fn checkpoint_locked(&self, confirmed: &mut Confirmed) -> Result<(), StoreError> {
        let synced = self.sync_sled(confirmed);
        if let Err(e) = &synced {
            confirmed.failed = Some(match e {
                StoreError::Io { source, .. } => source.kind(),
                _ => io::ErrorKind::Other,
            });
        }
        synced
    }

    fn sync_sled(&self, confirmed: &mut Confirmed) -> Result<(), StoreError> {
        // Writers hold the lock held here, so what sled shows is every commit so far.
        let shown: u64 = self.meta_get(commit::GENERATION_KEY)?.unwrap_or(0);
        // sled's `flush()` only calls `sync_file_range`, hence the fdatasync.
        self.db.flush().map_err(|e| self.error(e))?;
        let io = |e| StoreError::io(&self.path, e);
        self.data_file.sync_data().map_err(io)?;
        confirmed
            .blobs
            .sync_new(&self.path.join("blobs"))
            .map_err(io)?;
        confirmed.mark.advance(shown).map_err(io)?;
        confirmed.journal.reset().map_err(io)?;
        confirmed.since_checkpoint = 0;
        Ok(())
    }

    /// The last generation on disk, in sled's synced files or in the journal.
    pub fn durable_generation(&self) -> u64 {
        let confirmed = self.lock_confirmed();
        let journalled = confirmed.journal.last().unwrap_or(0);
        confirmed.mark.generation().max(journalled)
    }
}

impl Drop for Store {
    /// A closed store leaves an empty journal: the next open has nothing to apply again.
    fn drop(&mut self) {
        let mut confirmed = self.lock_confirmed();
        if confirmed.failed.is_none() && confirmed.since_checkpoint > 0 {
            let _ = self.checkpoint_locked(&mut confirmed);
        }
    }
}

#[cfg(test)]
mod tests;
