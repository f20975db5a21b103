//! Backup and restore of a whole store as an encrypted, self-checking archive. The archive
//! key is the caller's: once operators exist, the login wiring derives it from the store's
//! data key and calls these for a supervisor; nothing here decides who may.
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use super::Desk;
use crate::store::OpenOptions;
use crate::store::archive;
pub use crate::store::archive::{ArchiveError, ArchiveKey, Header, Progress, Restored, Summary};

/// Writes an archive of the desk's store to `path`, sealed under `key`, calling `progress`
/// once per chunk. Commits from other counters of this process wait while the store is read.
pub fn run_backup(
    desk: &Desk,
    key: &ArchiveKey,
    path: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, ArchiveError> {
    let created_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    archive::back_up(desk.store(), key, path, created_at, &[], progress)
}

/// Verifies the whole archive at `path` and only then puts the store it holds at `target`
/// (which no window may have open: close the desk first). A damaged, cut or foreign archive,
/// or a wrong key, leaves `target` as it was.
pub fn run_restore(
    path: &Path,
    target: &Path,
    key: &ArchiveKey,
    options: &OpenOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Restored, ArchiveError> {
    archive::restore(path, target, key, options, progress)
}

/// What the archive at `path` says about itself, read without the key.
pub fn archive_header(path: &Path) -> Result<Header, ArchiveError> {
    archive::read_header(path)
}
