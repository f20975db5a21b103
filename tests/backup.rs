//! Backup archives: a store backed up and restored elsewhere holds the same records and opens
//! cleanly; a damaged, cut, reordered or spliced archive, or a wrong key, is refused with the
//! target store left byte for byte as it was; a store open in a window is not replaced; and
//! the archive's bytes do not show an applicant's name, ID number or phone.
mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use service_desk::domain::{DivisionCode, Lang};
use service_desk::service::backup::{
    ArchiveError, ArchiveKey, Progress, Summary, archive_header, run_backup, run_restore,
};
use service_desk::service::context::{Context, SystemClock};
use service_desk::service::intake::{self, Receipt};
use service_desk::service::{Desk, OpenOptions, StoreError};
use service_desk::store::intakes::StoredIntake;

const NAME: &str = "乌云其其格";
const ID_NUMBER: &str = "150102198503071247";
const PHONE: &str = "13904711234";

fn key() -> ArchiveKey {
    ArchiveKey::new([0x5a; 32])
}

fn open(path: &Path) -> Desk {
    Desk::open(path, &OpenOptions::default()).unwrap()
}

fn submit(desk: &Desk, n: usize) -> Vec<Receipt> {
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh).signed_in(common::operator_for(desk));
    let centre = DivisionCode::parse("150102").unwrap();
    let input = serde_json::from_value(serde_json::json!({
        "applicant": {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE,
                      "address": "呼和浩特市新城区"},
        "services": ["SOC-01"], "channel": "counter"
    }))
    .unwrap();
    (0..n)
        .map(|_| intake::submit(desk, &ctx, &centre, &input).unwrap())
        .collect()
}

/// The intake as the detail view shows it, read by the tests' supervisor.
fn show(desk: &Desk, number: &service_desk::domain::ReceiptNumber) -> Option<StoredIntake> {
    let ctx = Context::new(Arc::new(SystemClock), Lang::Zh).signed_in(common::operator_for(desk));
    intake::show(desk, &ctx, number, intake::Viewing::Details).unwrap()
}

fn back_up(desk: &Desk, file: &Path) -> Summary {
    run_backup(desk, &key(), file, &mut |_| {}).unwrap()
}

fn restore(file: &Path, target: &Path, key: &ArchiveKey) -> Result<(), ArchiveError> {
    run_restore(file, target, key, &OpenOptions::default(), &mut |_| {}).map(|_| ())
}

/// Every file under `dir`, by relative path, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
            }
        }
    }
    out
}

/// A tree's keys and values, in order.
type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

/// The closed store at `path` opened by sled itself. Like the store's own open, it waits a
/// moment for the lock: sled's background flusher can hold the file briefly after the last
/// handle of a just-closed store is dropped, longer on a busy machine.
fn open_raw(path: &Path) -> sled::Db {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        match sled::open(path) {
            Ok(db) => return db,
            Err(sled::Error::Io(e)) if std::time::Instant::now() < deadline => {
                assert!(e.to_string().contains("lock"), "{e}");
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            Err(e) => panic!("{e}"),
        }
    }
}

/// Every tree of the closed store at `path`, read through sled.
fn trees(path: &Path) -> BTreeMap<Vec<u8>, Pairs> {
    let db = open_raw(path);
    db.tree_names()
        .into_iter()
        .map(|name| {
            let tree = db.open_tree(&name).unwrap();
            let pairs = tree
                .iter()
                .map(|p| p.unwrap())
                .map(|(k, v)| (k.to_vec(), v.to_vec()))
                .collect();
            (name.to_vec(), pairs)
        })
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_store_restored_elsewhere_holds_the_same_records_and_opens_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let (source, target, file) = (
        dir.path().join("source"),
        dir.path().join("restored"),
        dir.path().join("hall.backup"),
    );
    let desk = open(&source);
    let receipts = submit(&desk, 5);
    let mut calls = Vec::new();
    let summary = run_backup(&desk, &key(), &file, &mut |p| calls.push(p)).unwrap();
    drop(desk);
    assert!(
        summary.chunks > 1,
        "the catalogue alone fills several chunks"
    );
    assert_eq!(
        calls.len() as u64,
        summary.chunks + 1,
        "one call per chunk and the trailer"
    );
    assert_eq!(
        calls.last().unwrap().bytes,
        std::fs::metadata(&file).unwrap().len()
    );
    assert!(calls.windows(2).all(|w| w[0].bytes < w[1].bytes));
    assert_eq!(archive_header(&file).unwrap(), summary.header);
    assert!(summary.header.generation >= 5);
    assert!(!names(dir.path()).iter().any(|n| n.ends_with(".partial")));

    let mut read: Vec<Progress> = Vec::new();
    let restored = run_restore(&file, &target, &key(), &OpenOptions::default(), &mut |p| {
        read.push(p)
    })
    .unwrap();
    assert_eq!(restored.previous, None);
    assert_eq!(restored.summary.entries, summary.entries);
    assert_eq!(read.len(), calls.len());
    assert_eq!(read.last().unwrap().total, Some(summary.bytes));
    assert_eq!(read.last().unwrap().bytes, summary.bytes);
    assert_eq!(names(dir.path()), ["hall.backup", "restored", "source"]);
    assert_eq!(trees(&source), trees(&target), "every tree, key and value");
    for name in ["acknowledged", "journal", "db", "conf"] {
        assert!(target.join(name).is_file(), "{name}");
    }

    let desk = open(&target);
    for receipt in &receipts {
        let shown = show(&desk, &receipt.number);
        assert_eq!(shown.as_ref(), Some(&receipt.record));
    }
    let next = submit(&desk, 1).remove(0);
    let daily = |r: &Receipt| -> u32 {
        r.number
            .to_string()
            .rsplit('-')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(
        daily(&next),
        daily(&receipts[4]) + 1,
        "the day's numbering goes on"
    );
}

#[test]
fn a_restore_over_a_closed_store_keeps_the_replaced_one_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (store, file) = (dir.path().join("store"), dir.path().join("b"));
    let desk = open(&store);
    let backed_up = submit(&desk, 2);
    back_up(&desk, &file);
    let later = submit(&desk, 1).remove(0);
    drop(desk);
    let before = trees(&store);
    let restored =
        run_restore(&file, &store, &key(), &OpenOptions::default(), &mut |_| {}).unwrap();
    let previous = restored.previous.unwrap();
    assert_eq!(previous, dir.path().join("store.before-restore-1"));
    assert_eq!(trees(&previous), before, "the replaced store is kept whole");
    let desk = open(&store);
    assert!(show(&desk, &backed_up[1].number).is_some());
    assert_eq!(show(&desk, &later.number), None);
}

/// A closed store with records, an archive of it, and a second store to restore onto.
struct Damage {
    dir: tempfile::TempDir,
    archive: Vec<u8>,
}

impl Damage {
    fn new() -> Damage {
        let dir = tempfile::tempdir().unwrap();
        let desk = open(&dir.path().join("target"));
        submit(&desk, 3);
        back_up(&desk, &dir.path().join("good"));
        submit(&desk, 1);
        drop(desk);
        let archive = std::fs::read(dir.path().join("good")).unwrap();
        Damage { dir, archive }
    }

    /// Restores `bytes` onto the target, which must come through unchanged.
    fn refused(&self, what: &str, bytes: &[u8], key: &ArchiveKey) -> ArchiveError {
        let target = self.dir.path().join("target");
        let file = self.dir.path().join("damaged");
        std::fs::write(&file, bytes).unwrap();
        let (files_before, names_before) = (files(&target), names(self.dir.path()));
        let err = restore(&file, &target, key).expect_err(what);
        assert!(err.is_archive_fault(), "{what}: {err:?}");
        assert!(files(&target) == files_before, "{what}: the target changed");
        assert_eq!(
            names(self.dir.path()),
            names_before,
            "{what}: something left beside"
        );
        err
    }
}

/// Where each frame of an archive begins and ends: a header of 114 bytes (no unlock block),
/// then `kind (1) ++ length (u32 LE) ++ sealed bytes`.
fn frames(archive: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut at = 114;
    let mut out = Vec::new();
    while at < archive.len() {
        let len = u32::from_le_bytes(archive[at + 1..at + 5].try_into().unwrap()) as usize;
        out.push(at..at + 5 + len);
        at += 5 + len;
    }
    assert_eq!(at, archive.len());
    out
}

#[test]
fn a_damaged_or_cut_archive_changes_nothing() {
    let damage = Damage::new();
    let good = &damage.archive;
    let frames = frames(good);
    assert!(frames.len() >= 4, "at least three chunks and the trailer");
    let trailer = frames.last().unwrap().clone();
    let flip = |at: usize| {
        let mut bytes = good.clone();
        bytes[at] ^= 0x20;
        bytes
    };

    for at in [9, 30, 60, 100, 113] {
        let err = damage.refused("header byte", &flip(at), &key());
        assert!(
            matches!(
                err,
                ArchiveError::DamagedHeader | ArchiveError::NewerFormat { .. }
            ),
            "byte {at}: {err:?}"
        );
    }
    let err = damage.refused("magic", &flip(0), &key());
    assert!(matches!(err, ArchiveError::NotAnArchive), "{err:?}");
    let middle = frames[1].start + 5 + 100;
    let err = damage.refused("chunk byte", &flip(middle), &key());
    assert!(
        matches!(err, ArchiveError::DamagedChunk { index: 1 }),
        "{err:?}"
    );
    let err = damage.refused("chunk kind", &flip(frames[1].start), &key());
    assert!(matches!(err, ArchiveError::DamagedFrame), "{err:?}");
    let err = damage.refused("trailer byte", &flip(trailer.end - 3), &key());
    assert!(matches!(err, ArchiveError::DamagedTrailer), "{err:?}");

    for cut in [
        50,
        frames[1].start,
        frames[2].start + 7,
        trailer.start,
        good.len() - 1,
    ] {
        let err = damage.refused("cut", &good[..cut], &key());
        assert!(
            matches!(err, ArchiveError::Truncated),
            "cut at {cut}: {err:?}"
        );
    }
    let mut longer = good.clone();
    longer.extend(&good[frames[0].clone()]);
    let err = damage.refused("bytes after the end", &longer, &key());
    assert!(matches!(err, ArchiveError::DamagedTrailer), "{err:?}");
}

#[test]
fn reordered_dropped_or_spliced_chunks_are_refused() {
    let damage = Damage::new();
    let good = &damage.archive;
    let f = frames(good);
    let mut swapped = good[..f[0].start].to_vec();
    swapped.extend(&good[f[1].clone()]);
    swapped.extend(&good[f[0].clone()]);
    swapped.extend(&good[f[2].start..]);
    let err = damage.refused("two chunks swapped", &swapped, &key());
    assert!(
        matches!(err, ArchiveError::DamagedChunk { index: 0 }),
        "{err:?}"
    );

    let mut dropped = good[..f[1].start].to_vec();
    dropped.extend(&good[f[2].start..]);
    let err = damage.refused("a chunk dropped", &dropped, &key());
    assert!(
        matches!(err, ArchiveError::DamagedChunk { index: 1 }),
        "{err:?}"
    );

    let last = f.len() - 2;
    let mut no_last = good[..f[last].start].to_vec();
    no_last.extend(&good[f[last + 1].clone()]);
    let err = damage.refused("the last chunk dropped", &no_last, &key());
    assert!(matches!(err, ArchiveError::DamagedChunk { .. }), "{err:?}");

    // A second archive of the same store under the same key: its chunk 1 does not fit here.
    let other_file = damage.dir.path().join("other");
    let desk = open(&damage.dir.path().join("target"));
    back_up(&desk, &other_file);
    drop(desk);
    let other = std::fs::read(&other_file).unwrap();
    let g = frames(&other);
    let mut spliced = good[..f[1].start].to_vec();
    spliced.extend(&other[g[1].clone()]);
    spliced.extend(&good[f[2].start..]);
    let err = damage.refused("a chunk from another archive", &spliced, &key());
    assert!(
        matches!(err, ArchiveError::DamagedChunk { index: 1 }),
        "{err:?}"
    );
}

#[test]
fn a_wrong_key_is_refused_before_anything_is_written() {
    let damage = Damage::new();
    let err = damage.refused("wrong key", &damage.archive, &ArchiveKey::new([0x5b; 32]));
    assert!(matches!(err, ArchiveError::WrongKey), "{err:?}");
}

#[test]
fn a_store_open_in_a_window_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (store, file) = (dir.path().join("store"), dir.path().join("b"));
    let desk = open(&store);
    submit(&desk, 1);
    back_up(&desk, &file);
    let before = names(dir.path());
    let err = restore(&file, &store, &key()).unwrap_err();
    assert!(
        matches!(&err, ArchiveError::Store(StoreError::InUse(p)) if p == &store),
        "{err:?}"
    );
    assert_eq!(names(dir.path()), before, "nothing left beside");
    assert_eq!(submit(&desk, 1).len(), 1, "the open store still works");
}

#[test]
fn a_folder_that_is_not_a_store_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (store, file, other) = (
        dir.path().join("store"),
        dir.path().join("b"),
        dir.path().join("documents"),
    );
    back_up(&open(&store), &file);
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("letter.txt"), "keep me").unwrap();
    let err = restore(&file, &other, &key()).unwrap_err();
    assert!(matches!(err, ArchiveError::NotAStore { .. }), "{err:?}");
    assert_eq!(names(&other), ["letter.txt"]);
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    restore(&file, &empty, &key()).unwrap();
    drop(open(&empty));
}

#[test]
fn the_archive_does_not_show_personal_values() {
    let dir = tempfile::tempdir().unwrap();
    let (store, file) = (dir.path().join("store"), dir.path().join("b"));
    let desk = open(&store);
    submit(&desk, 2);
    back_up(&desk, &file);
    drop(desk);
    let bytes = std::fs::read(&file).unwrap();
    for value in [NAME, ID_NUMBER, PHONE, "SOC-01", "最低生活保障"] {
        let found = bytes.windows(value.len()).any(|w| w == value.as_bytes());
        assert!(!found, "{value} is readable in the archive");
    }
    assert!(
        files(&store)
            .values()
            .any(|b| b.windows(6).any(|w| w == b"SOC-01")),
        "the check can fail: the store itself holds the service ids in the clear"
    );
}

/// Backups taken while another counter commits hold whole commits only: every index of the
/// restored store has exactly one entry per record, and the generation in the header is the
/// one its content holds (a restore checks it). Bounded by a number of backups, not by time.
#[test]
fn a_backup_taken_while_counters_commit_holds_whole_commits() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Arc::new(open(&dir.path().join("store")));
    let writer = {
        let desk = Arc::clone(&desk);
        std::thread::spawn(move || submit(&desk, 150).len())
    };
    let mut files = Vec::new();
    while !writer.is_finished() && files.len() < 20 {
        let file = dir.path().join(format!("b{}", files.len()));
        back_up(&desk, &file);
        files.push(file);
    }
    assert_eq!(writer.join().unwrap(), 150);
    drop(desk);
    let mut generations = Vec::new();
    for (n, file) in files.iter().enumerate() {
        let target = dir.path().join(format!("r{n}"));
        restore(file, &target, &key()).unwrap();
        let all = trees(&target);
        let tree = |name: &str| all.get(name.as_bytes()).map_or(0, Vec::len);
        let records = tree("intakes");
        for index in ["idx_receipt", "idx_id_number", "idx_date", "idx_status"] {
            assert_eq!(tree(index), records, "backup {n}: {index}");
        }
        generations.push(archive_header(file).unwrap().generation);
        drop(open(&target));
    }
    assert!(
        generations.windows(2).any(|w| w[0] < w[1]),
        "the backups were taken while commits went on: {generations:?}"
    );
}
