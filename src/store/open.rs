//! Opening a store: the folder and sled's files checked for what they are before sled touches
//! them, sled opened (its panics on damaged files turned into errors, a just-released lock
//! waited for), the journal's commits that sled lacks applied again, sled's files and the
//! folder synced once, and the confirmed-writes mark compared with sled.
use std::cell::Cell;
use std::fs::File;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use super::commit::{GENERATION_KEY, apply_writes};
use super::durable::{SyncedBlobs, sync_folder};
use super::error::classify;
use super::journal;
use super::journal::{Entry, Journal};
use super::watermark::{self, MarkError, Watermark};
use super::{Confirmed, OpenOptions, Store, StoreError, codec, trees};

/// sled's own files in the store folder.
const DATA_FILE: &str = "db";
const CONFIG_FILE: &str = "conf";
const BLOBS: &str = "blobs";

pub(super) fn open(path: &Path, options: &OpenOptions) -> Result<Store, StoreError> {
    let created = prepare_folder(path)?;
    let config = sled::Config::new()
        .path(path)
        .cache_capacity(options.cache_bytes);
    let db = open_with_retry(path, &config)?;
    let data_file = File::open(path.join(DATA_FILE)).map_err(|e| StoreError::io(path, e))?;
    let (mut journal, entries) = Journal::open(path).map_err(|e| StoreError::io(path, e))?;
    replay(&db, path, &entries)?;
    let found = stored_generation(&db, path)?;
    // What sled shows now may still be only in the page cache after a crash, or only in its
    // memory after the replay: it must be on disk before a mark can vouch for it.
    db.flush().map_err(|e| classify(path, e))?;
    sync_sled_files(path)?;
    let (mut mark, _) = Watermark::open_or_create(path, found).map_err(|e| match e {
        MarkError::Io(e) => StoreError::io(path, e),
        MarkError::Damaged => StoreError::corrupt(path, "the acknowledged file is damaged"),
    })?;
    if found < mark.generation() {
        return Err(StoreError::Lost {
            path: path.to_path_buf(),
            acknowledged: mark.generation(),
            found,
        });
    }
    let io = |e| StoreError::io(path, e);
    mark.advance(found).map_err(io)?;
    journal.reset().map_err(io)?;
    sync_folders(path, created)?;
    Ok(Store {
        db,
        path: path.to_path_buf(),
        data_file,
        confirmed: Mutex::new(Confirmed {
            journal,
            since_checkpoint: 0,
            mark,
            blobs: SyncedBlobs::default(),
            failed: None,
        }),
        allocating: Mutex::new(()),
    })
}

/// Applies again the journal's entries that sled does not hold (its background writes may
/// have taken some of them to disk before the crash, or none). The entries follow each other
/// in generation; a journal whose entries begin past what sled holds means sled lost
/// commits that a checkpoint had synced.
fn replay(db: &sled::Db, path: &Path, entries: &[Entry]) -> Result<(), StoreError> {
    let held = stored_generation(db, path)?;
    let missing: Vec<&Entry> = entries.iter().filter(|e| e.generation > held).collect();
    let Some(first) = missing.first() else {
        return Ok(());
    };
    if first.generation != held + 1 {
        return Err(StoreError::Lost {
            path: path.to_path_buf(),
            acknowledged: missing.last().map_or(first.generation, |e| e.generation),
            found: held,
        });
    }
    for entry in missing {
        apply_writes(db, path, &entry.writes)?;
    }
    Ok(())
}

/// The write generation sled holds, read before the store is handed out.
fn stored_generation(db: &sled::Db, path: &Path) -> Result<u64, StoreError> {
    let meta = db.open_tree(trees::META).map_err(|e| classify(path, e))?;
    let raw = meta.get(GENERATION_KEY).map_err(|e| classify(path, e))?;
    raw.map_or(Ok(0), |bytes| {
        codec::decode(codec::format::META, &bytes)
            .map_err(|e| StoreError::decode(path, trees::META, GENERATION_KEY.as_bytes(), e))
    })
}

/// Checks that `path` is a folder (creating it if missing) and that sled's files in it are
/// what sled expects, so that a plain file, a pipe or a device is named, not misread.
/// Returns whether the folder was created.
fn prepare_folder(path: &Path) -> Result<bool, StoreError> {
    let existed = match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => true,
        Ok(_) => return Err(not_a_folder(path)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(StoreError::io(path, e)),
    };
    if !existed {
        std::fs::create_dir_all(path).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => not_a_folder(path),
            _ => StoreError::io(path, e),
        })?;
    }
    for name in [
        DATA_FILE,
        CONFIG_FILE,
        watermark::FILE_NAME,
        journal::FILE_NAME,
    ] {
        let file = path.join(name);
        match std::fs::metadata(&file) {
            Ok(meta) if !meta.is_file() => return Err(StoreError::NotAFile { path: file }),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&file, e)),
        }
    }
    if let Ok(meta) = std::fs::metadata(path.join(BLOBS)) {
        if !meta.is_dir() {
            return Err(not_a_folder(&path.join(BLOBS)));
        }
    }
    check_config_beside_data(path)?;
    remove_unfinished_snapshots(path)?;
    Ok(!existed)
}

/// sled writes a snapshot to `snap.<lsn>.generating`, syncs it and only then renames it, so a
/// file still named so is one it never finished: a full disk or a crash cut it short. sled
/// 0.34.7 nonetheless reads it at open when its name sorts last, and calls an empty or cut
/// one corruption: the store would stay unreadable after the disk has room again. Such a
/// file holds nothing sled relies on, so it is removed before sled opens the store.
fn remove_unfinished_snapshots(path: &Path) -> Result<(), StoreError> {
    let Ok(entries) = std::fs::read_dir(path) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            std::fs::remove_file(entry.path()).map_err(|e| StoreError::io(path, e))?;
        }
    }
    Ok(())
}

/// sled writes its config file before it creates the data file, and would take a data file
/// without one for a new store, overwriting it: a data file with content but no config file
/// is damage.
fn check_config_beside_data(path: &Path) -> Result<(), StoreError> {
    let has_data = std::fs::metadata(path.join(DATA_FILE)).is_ok_and(|m| m.len() > 0);
    if has_data && !path.join(CONFIG_FILE).exists() {
        return Err(StoreError::corrupt(
            path,
            "the data file is there but its config file is missing",
        ));
    }
    Ok(())
}

fn not_a_folder(path: &Path) -> StoreError {
    StoreError::NotAFolder {
        path: path.to_path_buf(),
    }
}

/// sled writes its config file without syncing it, and a crashed session may have left
/// writes that reached the page cache but not the disk; one sync of each file here makes
/// what sled shows at open durable. Each later write syncs only the data file.
fn sync_sled_files(path: &Path) -> Result<(), StoreError> {
    for name in [CONFIG_FILE, DATA_FILE] {
        File::open(path.join(name))
            .and_then(|f| f.sync_all())
            .map_err(|e| StoreError::io(path, e))?;
    }
    Ok(())
}

/// sled creates files in the folder and the mark may have been created or rewritten: one
/// sync of the folder (and of its parent, for a folder created now) makes them durable.
fn sync_folders(path: &Path, created: bool) -> Result<(), StoreError> {
    let io = |e| StoreError::io(path, e);
    sync_folder(path).map_err(io)?;
    if created {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_folder(parent).map_err(io)?;
        }
    }
    Ok(())
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
        Err(_) => Err(StoreError::corrupt(
            path,
            "the store files could not be read",
        )),
    }
}
