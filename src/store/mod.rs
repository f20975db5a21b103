//! The embedded store. The only module that knows it is sled: typed tables and their indexes,
//! the record codec, schema migrations at open, the durable write path, the high-water mark of
//! confirmed writes, and "in use by another window".
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

pub mod audit;
pub mod catalogue;
pub mod codec;
mod commit;
pub mod drafts;
mod durable;
mod error;
pub mod intakes;
pub mod key;
pub mod migrate;
mod open;
pub mod operators;
pub mod table;
mod watermark;

pub use codec::CodecError;
pub use error::StoreError;
pub use key::Key;
pub use table::{Batch, Index, Page, Record, Span, Table};

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
    pub const INTAKES_BY_DATE: &str = "idx_date";
    pub const INTAKES_BY_STATUS: &str = "idx_status";
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

/// What a confirmed write updates after sled has synced, behind one lock so that syncs and
/// mark writes from several threads never interleave.
struct Confirmed {
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
    /// sled's data file, kept open to fdatasync it after each flush.
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

    /// Makes everything committed so far survive a power cut, then records it as confirmed;
    /// `generation` is the commit the caller waits for. sled's `flush()` only calls
    /// `sync_file_range`, hence the fdatasync.
    fn make_durable(&self, generation: u64) -> Result<(), StoreError> {
        let mut confirmed = self
            .confirmed
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(kind) = confirmed.failed {
            let refused = io::Error::new(kind, "an earlier write could not be made durable");
            return Err(StoreError::io(&self.path, refused));
        }
        if confirmed.mark.generation() >= generation {
            // Another thread's sync, begun after this commit, has confirmed it.
            return Ok(());
        }
        let synced = self.sync_and_confirm(&mut confirmed, generation);
        if let Err(e) = &synced {
            confirmed.failed = Some(match e {
                StoreError::Io { source, .. } => source.kind(),
                _ => io::ErrorKind::Other,
            });
        }
        synced
    }

    fn sync_and_confirm(
        &self,
        confirmed: &mut Confirmed,
        generation: u64,
    ) -> Result<(), StoreError> {
        // Every commit sled shows now is inside the flush below (sled's flush covers all it
        // has reserved), so one sync confirms the commits of every waiting thread.
        let shown: Option<u64> = self.meta_get(commit::GENERATION_KEY)?;
        let covered = shown.map_or(generation, |g| g.max(generation));
        self.db.flush().map_err(|e| self.error(e))?;
        let io = |e| StoreError::io(&self.path, e);
        self.data_file.sync_data().map_err(io)?;
        confirmed
            .blobs
            .sync_new(&self.path.join("blobs"))
            .map_err(io)?;
        confirmed.mark.advance(covered).map_err(io)
    }
}

#[cfg(test)]
mod tests;
