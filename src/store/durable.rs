//! Getting written bytes onto the disk: sled's `flush()` only calls `sync_file_range`, so the
//! data file is fdatasynced after it, any blob files sled wrote (without syncing) are synced
//! with their folder, and folders are synced where the file system lets a folder be synced.
use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::File;
use std::io;
use std::path::Path;

/// Whether a failure to open or fsync a folder only says that this file system or platform
/// does not sync folders (some network and FUSE file systems, Windows), rather than that the
/// data is not safe.
fn folder_sync_unsupported(e: &io::Error) -> bool {
    use io::ErrorKind::*;
    if matches!(
        e.kind(),
        PermissionDenied | InvalidInput | IsADirectory | Unsupported
    ) {
        return true;
    }
    // EBADF: a folder opened read-only cannot be fsynced on some systems.
    cfg!(unix) && e.raw_os_error() == Some(9)
}

/// Fsyncs the folder at `path` so that files created or renamed in it survive a power cut;
/// skipped where the folder cannot be opened or synced for the reasons above.
pub(crate) fn sync_folder(path: &Path) -> io::Result<()> {
    sync_folder_with(path, |p| File::open(p).and_then(|f| f.sync_all()))
}

fn sync_folder_with(path: &Path, sync: impl Fn(&Path) -> io::Result<()>) -> io::Result<()> {
    match sync(path) {
        Err(e) if folder_sync_unsupported(&e) => Ok(()),
        other => other,
    }
}

/// Blob files already synced, so each is synced once; sled never rewrites a blob in place.
#[derive(Default)]
pub(crate) struct SyncedBlobs(pub(super) HashSet<OsString>);

impl SyncedBlobs {
    /// Syncs every blob file not synced yet, then the `blobs` folder if any was new.
    /// Values are capped so that sled does not write blobs; this keeps a confirmed write safe
    /// even if it ever does.
    pub(crate) fn sync_new(&mut self, blobs: &Path) -> io::Result<()> {
        let entries = match std::fs::read_dir(blobs) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            other => other?,
        };
        let mut present = HashSet::new();
        let mut any_new = false;
        for entry in entries {
            let name = entry?.file_name();
            if !self.0.contains(&name) {
                File::open(blobs.join(&name))?.sync_data()?;
                any_new = true;
            }
            present.insert(name);
        }
        // sled removes blobs it no longer needs; forget those so the set stays small.
        self.0 = present;
        if any_new {
            sync_folder(blobs)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_that_cannot_be_synced_is_skipped() {
        let path = Path::new("/anywhere");
        for kind in [
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::InvalidInput,
            io::ErrorKind::IsADirectory,
            io::ErrorKind::Unsupported,
        ] {
            assert!(
                sync_folder_with(path, |_| Err(kind.into())).is_ok(),
                "{kind}"
            );
        }
        #[cfg(unix)]
        assert!(sync_folder_with(path, |_| Err(io::Error::from_raw_os_error(9))).is_ok());
        let full = sync_folder_with(path, |_| Err(io::ErrorKind::StorageFull.into()));
        assert!(full.is_err(), "a real failure is reported");
    }

    #[test]
    fn a_real_folder_syncs() {
        let dir = tempfile::tempdir().unwrap();
        sync_folder(dir.path()).unwrap();
    }

    #[test]
    fn new_blobs_are_synced_once_and_forgotten_when_gone() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = dir.path().join("blobs");
        let mut synced = SyncedBlobs::default();
        synced.sync_new(&blobs).unwrap();
        std::fs::create_dir(&blobs).unwrap();
        std::fs::write(blobs.join("77"), b"blob").unwrap();
        synced.sync_new(&blobs).unwrap();
        assert!(synced.0.contains(&OsString::from("77")));
        std::fs::remove_file(blobs.join("77")).unwrap();
        synced.sync_new(&blobs).unwrap();
        assert!(synced.0.is_empty());
    }
}
