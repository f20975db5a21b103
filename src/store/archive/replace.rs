//! Putting a verified store in the target's place. The target must be missing, an empty
//! folder, or a store folder that no window holds: the lock sled takes on its data file is
//! taken here too, so a store open anywhere is "in use", and none can be opened while the
//! folders are renamed. The old store is moved aside (`NAME.before-restore-N`), the new one
//! renamed into its place, and the parent folder synced.
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use fs2::FileExt;

use super::ArchiveError;
use crate::store::StoreError;
use crate::store::durable::sync_folder;

/// sled's data file, the one it locks; its config file.
const DATA_FILE: &str = "db";
const CONFIG_FILE: &str = "conf";

/// What stands at the target path.
enum Target {
    Missing,
    Empty,
    Store,
}

fn inspect(target: &Path) -> Result<Target, ArchiveError> {
    let meta = match std::fs::metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Target::Missing),
        Err(e) => return Err(StoreError::io(target, e).into()),
        Ok(meta) => meta,
    };
    if !meta.is_dir() {
        return Err(StoreError::NotAFolder {
            path: target.to_path_buf(),
        }
        .into());
    }
    let io = |e| ArchiveError::from(StoreError::io(target, e));
    let mut names = Vec::new();
    for entry in std::fs::read_dir(target).map_err(io)? {
        names.push(entry.map_err(io)?.file_name());
    }
    if names.is_empty() {
        return Ok(Target::Empty);
    }
    if names.iter().any(|n| n == DATA_FILE || n == CONFIG_FILE) {
        return Ok(Target::Store);
    }
    Err(ArchiveError::NotAStore {
        path: target.to_path_buf(),
    })
}

/// Refuses early, before the archive is read, a target that could not be replaced.
pub(super) fn check_target(target: &Path) -> Result<(), ArchiveError> {
    if let Target::Store = inspect(target)? {
        drop(lock(target)?);
    }
    Ok(())
}

/// Takes the lock sled takes on the store's data file; "in use" when a window holds it.
fn lock(target: &Path) -> Result<Option<File>, ArchiveError> {
    let data = target.join(DATA_FILE);
    let file = match OpenOptions::new().read(true).write(true).open(&data) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(&data, e).into()),
        Ok(file) => file,
    };
    match file.try_lock_exclusive() {
        Ok(()) => Ok(Some(file)),
        Err(e) if e.raw_os_error() == fs2::lock_contended_error().raw_os_error() => {
            Err(StoreError::InUse(target.to_path_buf()).into())
        }
        Err(e) => Err(StoreError::io(&data, e).into()),
    }
}

fn parent_and_name(target: &Path) -> Result<(PathBuf, String), ArchiveError> {
    let name = target
        .file_name()
        .ok_or_else(|| StoreError::NotAFolder {
            path: target.to_path_buf(),
        })?
        .to_string_lossy()
        .into_owned();
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok((parent.to_path_buf(), name))
}

/// A new folder's path beside the target (same file system, so it can be renamed there).
pub(super) fn staging_path(target: &Path) -> Result<PathBuf, ArchiveError> {
    let (parent, name) = parent_and_name(target)?;
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let staging = format!(".{name}.restoring-{}-{nanos}", std::process::id());
    Ok(parent.join(staging))
}

/// A free path beside the target for the store it held.
fn previous_path(target: &Path) -> Result<PathBuf, ArchiveError> {
    let (parent, name) = parent_and_name(target)?;
    (1..10_000)
        .map(|n| parent.join(format!("{name}.before-restore-{n}")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .ok_or_else(|| {
            let detail = "no free name beside the store for the replaced copy";
            StoreError::internal(target, detail).into()
        })
}

/// Puts the folder `staging` in `target`'s place; returns where the replaced store went.
pub(super) fn swap(staging: &Path, target: &Path) -> Result<Option<PathBuf>, ArchiveError> {
    let (parent, _) = parent_and_name(target)?;
    let io = |e| ArchiveError::from(StoreError::io(target, e));
    let previous = match inspect(target)? {
        // Renaming a folder over an empty one replaces it on Unix; elsewhere, it is removed.
        Target::Missing | Target::Empty => {
            if cfg!(not(unix)) && target.exists() {
                std::fs::remove_dir(target).map_err(io)?;
            }
            std::fs::rename(staging, target).map_err(io)?;
            None
        }
        Target::Store => {
            let held = lock(target)?;
            let previous = previous_path(target)?;
            std::fs::rename(target, &previous).map_err(io)?;
            if let Err(e) = std::fs::rename(staging, target) {
                let _ = std::fs::rename(&previous, target);
                return Err(io(e));
            }
            drop(held);
            Some(previous)
        }
    };
    sync_folder(&parent).map_err(io)?;
    Ok(previous)
}
