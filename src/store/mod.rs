//! The embedded store. The only module that knows it is sled: trees, the record codec,
//! schema migrations at open, the durable write path, and "in use by another window".
use std::cell::Cell;
use std::fs::File;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::{Duration, Instant};

use thiserror::Error;

pub mod catalogue;
pub mod codec;
pub mod migrate;

pub use codec::CodecError;

/// Default page-cache budget: the counters run on small machines.
pub const DEFAULT_CACHE_BYTES: u64 = 4 * 1024 * 1024;

/// Tree names. Intake will add `intakes`, `drafts`, `audit` and one tree per index.
pub(crate) mod trees {
    pub const META: &str = "meta";
    pub const CATALOGUE: &str = "catalogue";
    pub const DOMAINS: &str = "catalogue_domains";
}

/// What can go wrong with the store, phrased for the edge to turn into advice.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("the store at {0} is in use by another window")]
    InUse(PathBuf),
    #[error("the store at {path} is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "the store at {path} was written by a newer version (schema {found}, this version knows {known})"
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("cannot use the store at {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
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

/// An open store. Dropping it releases the lock.
pub struct Store {
    db: sled::Db,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Store, StoreError> {
        std::fs::create_dir_all(path).map_err(|source| StoreError::Io {
            path: path.into(),
            source,
        })?;
        let config = sled::Config::new()
            .path(path)
            .cache_capacity(options.cache_bytes);
        let db = open_with_retry(path, &config)?;
        let store = Store {
            db,
            path: path.to_path_buf(),
        };
        migrate::run(&store, migrate::MIGRATIONS)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn tree(&self, name: &str) -> Result<sled::Tree, StoreError> {
        self.db.open_tree(name).map_err(|e| classify(&self.path, e))
    }

    pub(crate) fn error(&self, e: sled::Error) -> StoreError {
        classify(&self.path, e)
    }

    pub(crate) fn corrupt(&self, detail: impl Into<String>) -> StoreError {
        corrupt(&self.path, detail)
    }

    /// Reads one codec-encoded value from `meta`.
    pub(crate) fn meta_get<T: serde::de::DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<T>, StoreError> {
        let raw = self
            .tree(trees::META)?
            .get(key)
            .map_err(|e| self.error(e))?;
        raw.map(|bytes| codec::decode(&bytes).map_err(|e| self.corrupt(format!("meta {key}: {e}"))))
            .transpose()
    }

    /// Makes everything written so far survive a power cut before it is acknowledged: sled's
    /// `flush()` only calls `sync_file_range`, so the data file and folder are fsynced after it.
    pub fn flush_durable(&self) -> Result<(), StoreError> {
        self.db.flush().map_err(|e| self.error(e))?;
        let io = |source| StoreError::Io {
            path: self.path.clone(),
            source,
        };
        File::open(self.path.join("db"))
            .and_then(|f| f.sync_data())
            .map_err(io)?;
        File::open(&self.path)
            .and_then(|f| f.sync_all())
            .map_err(io)
    }
}

/// How long a lock left by this process's own just-closed store may take to go: sled's
/// background flusher can hold the file for a moment after the last handle is dropped.
const LOCK_GRACE: Duration = Duration::from_millis(600);

fn open_with_retry(path: &Path, config: &sled::Config) -> Result<sled::Db, StoreError> {
    let deadline = Instant::now() + LOCK_GRACE;
    loop {
        match open_once(path, config) {
            Err(StoreError::InUse(_)) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(25));
            }
            other => return other,
        }
    }
}

thread_local! {
    /// Set while this thread opens sled, whose panics on damaged files are reported as errors.
    static OPENING: Cell<bool> = const { Cell::new(false) };
}

/// Installs, once, a panic hook that stays quiet for panics raised while this thread opens
/// sled (they become a "damaged store" message) and defers to the previous hook otherwise.
fn install_quiet_open_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !OPENING.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// One attempt; sled 0.34 can panic on some damaged files instead of returning an error.
fn open_once(path: &Path, config: &sled::Config) -> Result<sled::Db, StoreError> {
    install_quiet_open_hook();
    OPENING.with(|o| o.set(true));
    let opened = catch_unwind(AssertUnwindSafe(|| config.open()));
    OPENING.with(|o| o.set(false));
    match opened {
        Ok(result) => result.map_err(|e| classify(path, e)),
        Err(_) => Err(corrupt(path, "the store files could not be read")),
    }
}

fn corrupt(path: &Path, detail: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: detail.into(),
    }
}

/// Maps sled's errors onto ours; a held lock is reported as "in use", not as raw I/O.
fn classify(path: &Path, e: sled::Error) -> StoreError {
    match e {
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
            StoreError::InUse(path.to_path_buf())
        }
        sled::Error::Io(source) => StoreError::Io {
            path: path.to_path_buf(),
            source,
        },
        sled::Error::Corruption { .. } => corrupt(path, e.to_string()),
        other => corrupt(path, other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_opener_is_told_the_store_is_in_use() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        let second = Store::open(dir.path(), &OpenOptions::default());
        assert!(
            matches!(second, Err(StoreError::InUse(_))),
            "{:?}",
            second.err()
        );
    }

    #[test]
    fn the_lock_is_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path(), &OpenOptions::default()).unwrap());
        assert!(Store::open(dir.path(), &OpenOptions::default()).is_ok());
    }

    #[test]
    fn damaged_files_are_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("conf"), b"\xff\xfe not a config").unwrap();
        std::fs::write(dir.path().join("db"), vec![0xA5; 4096]).unwrap();
        let result = Store::open(dir.path(), &OpenOptions::default());
        assert!(
            matches!(result, Err(StoreError::Corrupt { .. })),
            "{:?}",
            result.err()
        );
    }

    #[test]
    fn a_path_that_is_a_file_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain-file");
        std::fs::write(&file, b"x").unwrap();
        assert!(matches!(
            Store::open(&file, &OpenOptions::default()),
            Err(StoreError::Io { .. })
        ));
    }

    #[test]
    fn durable_flush_succeeds_on_a_fresh_store() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        store.flush_durable().unwrap();
    }
}
