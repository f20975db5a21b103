//! The store as a whole: opening, locking, what a damaged or odd folder gives, the confirmed
//! writes mark, typed tables and their indexes, and sled kept out of `blobs/`.
use super::codec::{MAX_KEY_BYTES, MAX_VALUE_BYTES};
use super::table::Found;
use super::*;
use serde::{Deserialize, Serialize};
use std::fs::File;

fn open(dir: &Path) -> Store {
    Store::open(dir, &OpenOptions::default()).unwrap()
}

/// An applicant-like record with two indexes, one of them holding several keys per record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Visit {
    seq: u32,
    region: String,
    day: u32,
    services: Vec<String>,
    note: String,
}

fn by_region_and_day(v: &Visit) -> Vec<Key> {
    vec![Key::new().str(&v.region).u32(v.day)]
}

fn by_service(v: &Visit) -> Vec<Key> {
    v.services.iter().map(|s| Key::new().str(s)).collect()
}

impl Record for Visit {
    const TREE: &'static str = "visits";
    const FORMAT: u8 = 201;
    const INDEXES: &'static [Index<Self>] = &[
        Index {
            tree: "idx_visit_region",
            keys: by_region_and_day,
        },
        Index {
            tree: "idx_visit_service",
            keys: by_service,
        },
    ];
    fn key(&self) -> Key {
        Key::new().u32(self.seq)
    }
}

fn visit(seq: u32, region: &str, day: u32, services: &[&str]) -> Visit {
    Visit {
        seq,
        region: region.into(),
        day,
        services: services.iter().map(|s| s.to_string()).collect(),
        note: String::new(),
    }
}

fn insert(store: &Store, v: &Visit) -> Result<(), StoreError> {
    let mut batch = store.batch();
    batch.insert(v)?;
    store.commit(batch)
}

fn seqs(page: &Page<Visit>) -> Vec<u32> {
    page.records.iter().map(|v| v.seq).collect()
}

#[test]
fn a_second_opener_is_told_the_store_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let _first = open(dir.path());
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
    drop(open(dir.path()));
    assert!(Store::open(dir.path(), &OpenOptions::default()).is_ok());
}

#[test]
fn damaged_files_are_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("conf"), b"\xff\xfe not a config").unwrap();
    std::fs::write(dir.path().join("db"), vec![0xA5; 4096]).unwrap();
    let result = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(
            result,
            Err(StoreError::Corrupt { .. } | StoreError::Unsupported { .. })
        ),
        "{:?}",
        result.err()
    );
}

#[test]
fn a_path_that_is_a_file_or_under_one_is_not_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, b"x").unwrap();
    for path in [file.clone(), file.join("store")] {
        let result = Store::open(&path, &OpenOptions::default());
        assert!(
            matches!(result, Err(StoreError::NotAFolder { .. })),
            "{path:?}: {:?}",
            result.err()
        );
    }
}

#[test]
fn a_data_file_without_its_config_is_damage_not_a_new_store() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("db"), vec![0x5A; 8192]).unwrap();
    let result = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(result, Err(StoreError::Corrupt { .. })),
        "{:?}",
        result.err()
    );
    assert_eq!(
        std::fs::read(dir.path().join("db")).unwrap(),
        vec![0x5A; 8192]
    );
}

#[test]
fn a_folder_where_the_data_file_belongs_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("db")).unwrap();
    let result = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(&result, Err(StoreError::NotAFile { path }) if path.ends_with("db")),
        "{:?}",
        result.err()
    );
}

#[test]
fn every_write_is_confirmed_in_the_journal_and_the_mark_follows_at_checkpoints() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let before = store.durable_generation();
    insert(&store, &visit(1, "150102", 20261202, &["SOC-01"])).unwrap();
    assert_eq!(store.durable_generation(), before + 1);
    assert!(
        mark_of(&store) <= before,
        "sled's files are not synced per commit"
    );
    assert_eq!(generation_of(&store), before + 1);
    store.checkpoint().unwrap();
    assert_eq!(mark_of(&store), before + 1);
    assert_eq!(
        store.confirmed.lock().unwrap().journal.len(),
        0,
        "started again"
    );
    drop(store);
    let reopened = open(dir.path());
    assert_eq!(reopened.durable_generation(), before + 1);
}

/// sled's own files (data, config, snapshots), leaving the journal and the mark.
fn copy_sled_files(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(to).unwrap() {
        let name = entry.unwrap().file_name();
        if name.to_string_lossy().starts_with("snap.") {
            std::fs::remove_file(to.join(name)).unwrap();
        }
    }
    for entry in std::fs::read_dir(from).unwrap() {
        let name = entry.unwrap().file_name();
        let name = name.to_string_lossy();
        if name == "conf" || name == "db" || name.starts_with("snap.") {
            std::fs::copy(from.join(&*name), to.join(&*name)).unwrap();
        }
    }
}

/// sled's files as a power cut would leave them when sled had not yet written the last
/// commits: the journal brings them back, and without it the mark tells they are gone.
#[test]
fn commits_only_in_the_journal_are_applied_again_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let copy = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    copy_sled_files(dir.path(), copy.path());
    let store = open(dir.path());
    for seq in 1..=3 {
        insert(&store, &visit(seq, "150102", seq, &["SOC-01"])).unwrap();
    }
    let journal = std::fs::read(dir.path().join("journal")).unwrap();
    assert!(!journal.is_empty());
    drop(store);
    copy_sled_files(copy.path(), dir.path());
    std::fs::write(dir.path().join("journal"), &journal).unwrap();
    let store = open(dir.path());
    let table = store.table::<Visit>().unwrap();
    assert_eq!(table.all().unwrap().len(), 3);
    let span = Span::Prefix(Key::new().str("SOC-01"));
    let indexed = table.page_by("idx_visit_service", &span, None, 10).unwrap();
    assert_eq!(seqs(&indexed), [1, 2, 3]);
    // Applied twice (sled already had them) changes nothing.
    drop((table, store));
    std::fs::write(dir.path().join("journal"), &journal).unwrap();
    let store = open(dir.path());
    assert_eq!(store.table::<Visit>().unwrap().len(), 3);
    drop(store);
    // The same stale files without the journal: the mark knows three commits are missing.
    copy_sled_files(copy.path(), dir.path());
    let reopened = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(reopened, Err(StoreError::Lost { acknowledged, found, .. }) if acknowledged == found + 3),
        "{:?}",
        reopened.err()
    );
}

/// A journal that starts past what sled holds: sled lost commits a checkpoint had synced.
#[test]
fn a_journal_beginning_past_sled_is_lost_writes() {
    let dir = tempfile::tempdir().unwrap();
    let copy = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    for name in ["conf", "db", "acknowledged"] {
        std::fs::copy(dir.path().join(name), copy.path().join(name)).unwrap();
    }
    let store = open(dir.path());
    insert(&store, &visit(1, "150102", 1, &[])).unwrap();
    store.checkpoint().unwrap();
    insert(&store, &visit(2, "150102", 1, &[])).unwrap();
    let journal = std::fs::read(dir.path().join("journal")).unwrap();
    drop(store);
    for name in ["conf", "db", "acknowledged"] {
        std::fs::copy(copy.path().join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("journal"), &journal).unwrap();
    let reopened = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(reopened, Err(StoreError::Lost { acknowledged, found, .. }) if acknowledged == found + 2),
        "{:?}",
        reopened.err()
    );
}

#[test]
fn a_store_that_lost_confirmed_writes_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let copy = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    drop(store);
    // An older copy of sled's files, as a damaged tail dropped at recovery would leave.
    for name in ["conf", "db"] {
        std::fs::copy(dir.path().join(name), copy.path().join(name)).unwrap();
    }
    let store = open(dir.path());
    insert(&store, &visit(1, "150102", 20261202, &["SOC-01"])).unwrap();
    drop(store);
    for name in ["conf", "db"] {
        std::fs::copy(copy.path().join(name), dir.path().join(name)).unwrap();
    }
    let reopened = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(
            reopened,
            Err(StoreError::Lost {
                acknowledged,
                found,
                ..
            }) if found + 1 == acknowledged
        ),
        "{:?}",
        reopened.err()
    );
}

#[test]
fn a_data_file_cut_after_confirmed_writes_is_never_served() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for seq in 0..50 {
        insert(&store, &visit(seq, "150102", 20261202, &["SOC-01"])).unwrap();
    }
    drop(store);
    let db = dir.path().join("db");
    let len = std::fs::metadata(&db).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&db)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    // sled opens what is left as if the rest had never been written; the mark tells.
    let reopened = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(reopened, Err(StoreError::Lost { found, acknowledged, .. }) if found < acknowledged),
        "{:?}",
        reopened.err()
    );
}

#[test]
fn a_deleted_data_file_is_not_a_new_store() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    std::fs::remove_file(dir.path().join("db")).unwrap();
    std::fs::remove_file(dir.path().join("conf")).unwrap();
    let reopened = Store::open(dir.path(), &OpenOptions::default());
    assert!(
        matches!(reopened, Err(StoreError::Lost { found: 0, .. })),
        "{:?}",
        reopened.err()
    );
}

#[test]
fn insert_refuses_a_key_already_stored_and_leaves_the_batch_unapplied() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    insert(&store, &visit(1, "150102", 1, &["SOC-01"])).unwrap();
    let mut batch = store.batch();
    batch.insert(&visit(2, "150102", 1, &["SOC-01"])).unwrap();
    batch.insert(&visit(1, "150103", 1, &["SOC-01"])).unwrap();
    assert!(matches!(
        store.commit(batch),
        Err(StoreError::Duplicate { tree: "visits" })
    ));
    let table = store.table::<Visit>().unwrap();
    assert_eq!(table.get(&Key::new().u32(2)).unwrap(), None);
    let by_region = table
        .page_by("idx_visit_region", &Span::All, None, 10)
        .unwrap();
    assert_eq!(
        seqs(&by_region),
        [1],
        "no index entry for the refused batch"
    );
}

#[test]
fn an_op_on_a_tree_the_batch_did_not_declare_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut batch = store.batch();
    batch.put_meta("kept-out", &1u32).unwrap();
    batch.ops.push(table::Op::Put {
        tree: "undeclared",
        key: b"k".to_vec(),
        value: b"v".to_vec(),
    });
    assert!(matches!(
        store.commit(batch),
        Err(StoreError::Internal { .. })
    ));
    assert_eq!(store.meta_get::<u32>("kept-out").unwrap(), None);
}

#[test]
fn replace_and_remove_keep_the_indexes_right() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    insert(&store, &visit(1, "150102", 1, &["SOC-01", "DIS-02"])).unwrap();
    insert(&store, &visit(2, "150102", 2, &["SOC-01"])).unwrap();
    let mut batch = store.batch();
    batch.replace(&visit(1, "152501", 1, &["EDU-01"])).unwrap();
    store.commit(batch).unwrap();
    let table = store.table::<Visit>().unwrap();
    let service = |s: &str| {
        let span = Span::Prefix(Key::new().str(s));
        seqs(&table.page_by("idx_visit_service", &span, None, 10).unwrap())
    };
    assert_eq!(service("SOC-01"), [2]);
    assert_eq!(service("DIS-02"), Vec::<u32>::new());
    assert_eq!(service("EDU-01"), [1]);
    let mut batch = store.batch();
    batch.remove::<Visit>(&Key::new().u32(2));
    store.commit(batch).unwrap();
    assert_eq!(service("SOC-01"), Vec::<u32>::new());
    assert_eq!(table.len(), 1);
}

#[test]
fn pages_follow_the_key_and_the_index_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut batch = store.batch();
    // Inserted out of order; days and regions chosen so that byte order differs from
    // little-endian order.
    for (seq, region, day) in [
        (300, "150102", 20260101),
        (2, "15010", 20261231),
        (256, "150102", 20251231),
        (1, "150102", 20260102),
        (70000, "150102", 20260101),
    ] {
        batch.insert(&visit(seq, region, day, &[])).unwrap();
    }
    store.commit(batch).unwrap();
    let table = store.table::<Visit>().unwrap();
    let first = table.page(&Span::All, None, 2).unwrap();
    assert_eq!(seqs(&first), [1, 2]);
    let second = table.page(&Span::All, first.next.as_ref(), 2).unwrap();
    assert_eq!(seqs(&second), [256, 300]);
    let last = table.page(&Span::All, second.next.as_ref(), 2).unwrap();
    assert_eq!((seqs(&last), last.next), (vec![70000], None));
    let between = Span::Between(Key::new().u32(2), Key::new().u32(300));
    assert_eq!(seqs(&table.page(&between, None, 10).unwrap()), [2, 256]);

    let region = Span::Prefix(Key::new().str("150102"));
    let page = |after: Option<&Key>| table.page_by("idx_visit_region", &region, after, 2);
    let one = page(None).unwrap();
    assert_eq!(seqs(&one), [256, 300], "by day, then by key for equal days");
    let two = page(one.next.as_ref()).unwrap();
    assert_eq!(seqs(&two), [70000, 1], "the prefix of 15010 is not 15010's");
    assert!(page(two.next.as_ref()).unwrap().records.is_empty());
    let days = Span::Between(
        Key::new().str("150102").u32(20260101),
        Key::new().str("150102").u32(20260102),
    );
    let in_days = table.page_by("idx_visit_region", &days, None, 10).unwrap();
    assert_eq!(seqs(&in_days), [300, 70000]);
}

#[test]
fn oversize_values_and_keys_are_refused_before_the_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut big = visit(1, "150102", 1, &[]);
    big.note = "字".repeat(400_000);
    let mut batch = store.batch();
    assert!(matches!(
        batch.insert(&big),
        Err(StoreError::TooLarge { tree: "visits", .. })
    ));
    let long_region = visit(2, &"1".repeat(MAX_KEY_BYTES), 1, &[]);
    assert!(matches!(
        batch.insert(&long_region),
        Err(StoreError::TooLarge { max, .. }) if max == MAX_KEY_BYTES
    ));
    assert!(batch.is_empty());
}

#[test]
fn a_newer_format_is_not_damage() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store
        .tree("visits")
        .unwrap()
        .insert(Key::new().u32(1).as_bytes(), vec![250, 1, 2])
        .unwrap();
    let got = store.table::<Visit>().unwrap().get(&Key::new().u32(1));
    assert!(
        matches!(got, Err(StoreError::NewerRecord { .. })),
        "{got:?}"
    );
}

/// Writes values at the cap in patterns that split and merge leaves, and reports how many
/// blob files sled made.
fn blobs_after_writes(value_bytes: usize, key_bytes: usize) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let db = sled::Config::new().path(dir.path()).open().unwrap();
    let tree = db.open_tree("t").unwrap();
    let key = |n: u32| {
        let mut k = vec![b'k'; key_bytes - 4];
        k.extend(n.to_be_bytes());
        k
    };
    let value = vec![0x5A; value_bytes];
    for n in 0..200 {
        tree.insert(key(n * 2), value.clone()).unwrap();
    }
    for n in (0..200).rev() {
        tree.insert(key(n * 2 + 1), value.clone()).unwrap();
    }
    // Emptying most leaves makes sled merge them into their left siblings.
    for n in (0..400).filter(|n| n % 7 != 0) {
        tree.remove(key(n)).unwrap();
    }
    for n in 0..400 {
        tree.insert(key(n), value.clone()).unwrap();
    }
    let _ = (&tree, &tree).transaction(|(a, _)| {
        for n in 400..440 {
            a.insert(key(n), value.clone())?;
        }
        Ok::<_, sled::transaction::ConflictableTransactionError<()>>(())
    });
    db.flush().unwrap();
    std::fs::read_dir(dir.path().join("blobs")).map_or(0, |d| d.count())
}

use sled::Transactional;

#[test]
fn values_at_the_cap_never_reach_sleds_blob_files() {
    assert_eq!(blobs_after_writes(MAX_VALUE_BYTES, MAX_KEY_BYTES), 0);
    assert!(
        blobs_after_writes(4 * MAX_VALUE_BYTES, MAX_KEY_BYTES) > 0,
        "the same writes with larger values do reach blobs/, so this test can tell"
    );
}

#[test]
fn a_store_with_blob_files_still_confirms_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    // A value sled moves to a blob on its own; written raw, as no record can be this big.
    store
        .tree("raw")
        .unwrap()
        .insert(b"big", vec![1; 200_000])
        .unwrap();
    insert(&store, &visit(1, "150102", 1, &[])).unwrap();
    store.checkpoint().unwrap();
    let blobs = std::fs::read_dir(dir.path().join("blobs")).unwrap().count();
    assert!(blobs > 0);
    assert_eq!(store.confirmed.lock().unwrap().blobs.0.len(), blobs);
}

fn mark_of(store: &Store) -> u64 {
    store.confirmed.lock().unwrap().mark.generation()
}

fn generation_of(store: &Store) -> u64 {
    store.meta_get(commit::GENERATION_KEY).unwrap().unwrap()
}

/// After a failed fdatasync the kernel may report the next one as a success although the
/// pages it could not write are gone: no later write may be confirmed on that word.
#[cfg(target_os = "linux")]
#[test]
fn after_a_failed_sync_nothing_more_is_confirmed_until_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let before = store.durable_generation();
    // fdatasync on /dev/null fails with EINVAL, as a sync on a failing disk fails.
    let journal = store
        .confirmed
        .get_mut()
        .unwrap()
        .journal
        .replace_file(File::options().write(true).open("/dev/null").unwrap());
    assert!(insert(&store, &visit(1, "150102", 1, &[])).is_err());
    store
        .confirmed
        .get_mut()
        .unwrap()
        .journal
        .replace_file(journal);
    let later = insert(&store, &visit(2, "150102", 1, &[]));
    assert!(
        matches!(later, Err(StoreError::Io { .. })),
        "a later write is refused, not confirmed: {later:?}"
    );
    assert!(
        store.checkpoint().is_err(),
        "nor is sled synced as if it were"
    );
    assert_eq!(store.durable_generation(), before, "nothing more confirmed");
    drop(store);
    let reopened = open(dir.path());
    insert(&reopened, &visit(3, "150102", 1, &[])).unwrap();
}

#[test]
fn a_store_is_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Store>();
    shareable::<Table<Visit>>();
}

#[test]
fn commits_from_many_threads_are_all_kept_and_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(open(dir.path()));
    let start = generation_of(&store);
    let threads: Vec<_> = (0..4u32)
        .map(|t| {
            let store = store.clone();
            std::thread::spawn(move || {
                for n in 0..15 {
                    insert(&store, &visit(t * 100 + n, "150102", n, &["SOC-01"])).unwrap();
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    assert_eq!(generation_of(&store), start + 60);
    assert_eq!(
        store.durable_generation(),
        start + 60,
        "the last commit is confirmed"
    );
    let table = store.table::<Visit>().unwrap();
    assert_eq!(table.len(), 60);
    let span = Span::Prefix(Key::new().str("SOC-01"));
    let by_service = table
        .page_by("idx_visit_service", &span, None, 100)
        .unwrap();
    assert_eq!(by_service.records.len(), 60);
}

/// One thread pages through an index while another adds, re-indexes and removes records:
/// a record that moved between reading its entry and reading it is not damage.
#[test]
fn paging_an_index_while_another_window_writes_sees_no_damage() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(open(dir.path()));
    for seq in 0..2 {
        insert(&store, &visit(seq, "150102", 1, &[])).unwrap();
    }
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (store, done) = (store.clone(), done.clone());
        std::thread::spawn(move || {
            // Few records, each moved out of the region, back, removed and put back in turn.
            for round in 0..80u32 {
                let seq = round % 2;
                let mut batch = store.batch();
                match round / 2 % 4 {
                    0 => batch.replace(&visit(seq, "152501", 1, &[])).unwrap(),
                    2 => batch.remove::<Visit>(&Key::new().u32(seq)),
                    _ => batch.replace(&visit(seq, "150102", 1, &[])).unwrap(),
                };
                store.commit(batch).unwrap();
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        })
    };
    let table = store.table::<Visit>().unwrap();
    let region = Span::Prefix(Key::new().str("150102"));
    let mut pages = 0;
    while !done.load(std::sync::atomic::Ordering::SeqCst) {
        let mut after = None;
        loop {
            let page = table.page_by("idx_visit_region", &region, after.as_ref(), 1);
            let page = page.unwrap_or_else(|e| panic!("page {pages}: {e}"));
            assert!(page.records.iter().all(|v| v.region == "150102"));
            pages += 1;
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
    }
    writer.join().unwrap();
    assert!(pages > 0);
}

#[test]
fn an_index_entry_is_passed_over_only_once_it_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let index = &Visit::INDEXES[0];
    let entries = store.tree(index.tree).unwrap();
    let table = store.table::<Visit>().unwrap();
    let entry_of = |v: &Visit| {
        Key::new()
            .str(&v.region)
            .u32(v.day)
            .then(&v.key())
            .as_bytes()
            .to_vec()
    };
    let kept = visit(1, "150102", 7, &[]);
    insert(&store, &kept).unwrap();
    let primary = kept.key();
    let read = |entry: &[u8]| table.indexed_record(index, &entries, entry, primary.as_bytes());
    assert_eq!(read(&entry_of(&kept)).unwrap(), Found::Record(kept.clone()));

    // Read before the record moved to another region: the entry is gone, so is the hit.
    let mut moved = kept.clone();
    moved.region = "152501".into();
    let mut batch = store.batch();
    batch.replace(&moved).unwrap();
    store.commit(batch).unwrap();
    assert_eq!(read(&entry_of(&kept)).unwrap(), Found::Gone);

    // Read before the record was removed.
    let mut batch = store.batch();
    batch.remove::<Visit>(&primary);
    store.commit(batch).unwrap();
    assert_eq!(read(&entry_of(&moved)).unwrap(), Found::Gone);

    // An entry that still stands, with no record or a record that does not give it.
    let dangling = entry_of(&kept);
    entries.insert(&dangling, primary.as_bytes()).unwrap();
    assert!(matches!(read(&dangling), Err(StoreError::Corrupt { .. })));
    insert(&store, &moved).unwrap();
    assert!(matches!(read(&dangling), Err(StoreError::Corrupt { .. })));
    let paged = table.page_by(index.tree, &Span::All, None, 10);
    assert!(
        matches!(paged, Err(StoreError::Corrupt { .. })),
        "{paged:?}"
    );
}

/// A record that keeps an ID number sealed and carries keyed hashes of it, computed with a
/// secret the store never sees, for its index (whole number and last four characters).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Sealed {
    seq: u32,
    sealed_id: Vec<u8>,
    id_hashes: Vec<[u8; 16]>,
    status: u8,
}

fn by_id_hash(s: &Sealed) -> Vec<Key> {
    s.id_hashes.iter().map(|h| Key::new().bytes(h)).collect()
}

impl Record for Sealed {
    const TREE: &'static str = "sealed";
    const FORMAT: u8 = 202;
    const INDEXES: &'static [Index<Self>] = &[Index {
        tree: "idx_sealed_id",
        keys: by_id_hash,
    }];
    fn key(&self) -> Key {
        Key::new().u32(self.seq)
    }
}

/// Stands in for an HMAC: what matters here is that it needs the secret.
fn keyed_hash(secret: &[u8], value: &str) -> [u8; 16] {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(secret)
        .chain_update([0])
        .chain_update(value)
        .finalize();
    let mut out = [0; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

fn sealed(secret: &[u8], seq: u32, id: &str) -> Sealed {
    Sealed {
        seq,
        sealed_id: id.bytes().rev().collect(),
        id_hashes: vec![
            keyed_hash(secret, id),
            keyed_hash(secret, &id[id.len() - 4..]),
        ],
        status: 0,
    }
}

#[test]
fn index_keys_computed_with_a_secret_outside_the_record_stay_right() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let secret = b"data key held by the operators";
    let first = sealed(secret, 1, "11010519491231002X");
    let mut batch = store.batch();
    batch.insert(&first).unwrap();
    batch
        .insert(&sealed(secret, 2, "150102198503071244"))
        .unwrap();
    store.commit(batch).unwrap();
    let table = store.table::<Sealed>().unwrap();
    let find = |value: &str| {
        let span = Span::Prefix(Key::new().bytes(&keyed_hash(secret, value)));
        let page = table.page_by("idx_sealed_id", &span, None, 10).unwrap();
        page.records.iter().map(|s| s.seq).collect::<Vec<_>>()
    };
    assert_eq!(find("11010519491231002X"), [1]);
    assert_eq!(find("002X"), [1]);
    assert_eq!(find("1244"), [2]);

    // A status change copies the record, hashes and all, without the secret.
    let mut progressed = first.clone();
    progressed.status = 1;
    let mut batch = store.batch();
    batch.replace(&progressed).unwrap();
    store.commit(batch).unwrap();
    assert_eq!(find("002X"), [1]);

    // A corrected ID number: the old hashes go with the old record.
    let mut batch = store.batch();
    batch
        .replace(&sealed(secret, 1, "110105194912310037"))
        .unwrap();
    store.commit(batch).unwrap();
    assert_eq!(find("11010519491231002X"), Vec::<u32>::new());
    assert_eq!(find("0037"), [1]);
    let mut batch = store.batch();
    batch.remove::<Sealed>(&Key::new().u32(1));
    batch.remove::<Sealed>(&Key::new().u32(2));
    store.commit(batch).unwrap();
    assert!(store.tree("idx_sealed_id").unwrap().is_empty());
}

/// Writes bytes that do not decode over the stored record `seq`, as a damaged sector would.
fn damage(store: &Store, seq: u32) {
    store
        .tree("visits")
        .unwrap()
        .insert(Key::new().u32(seq).as_bytes(), vec![201, 0xFF, 0xFF, 0xFF])
        .unwrap();
}

#[test]
fn a_damaged_record_is_passed_over_and_named_not_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for seq in 1..=5 {
        insert(&store, &visit(seq, "150102", seq, &["SOC-01"])).unwrap();
    }
    damage(&store, 2);
    damage(&store, 4);
    let table = store.table::<Visit>().unwrap();
    let page = table.page(&Span::All, None, 2).unwrap();
    assert_eq!(seqs(&page), [1, 3]);
    assert_eq!(page.damaged.len(), 1);
    assert_eq!(page.damaged[0].key, Key::new().u32(2));
    assert!(matches!(page.damaged[0].error, CodecError::Damaged(_)));
    let rest = table.page(&Span::All, page.next.as_ref(), 2).unwrap();
    assert_eq!(seqs(&rest), [5]);
    assert_eq!(rest.damaged.len(), 1, "seq 4");
    assert_eq!(rest.next, None);

    let span = Span::Prefix(Key::new().str("SOC-01"));
    let by_service = table.page_by("idx_visit_service", &span, None, 10).unwrap();
    assert_eq!(seqs(&by_service), [1, 3, 5]);
    let damaged: Vec<Key> = by_service.damaged.iter().map(|d| d.key.clone()).collect();
    assert_eq!(damaged, [Key::new().u32(2), Key::new().u32(4)]);

    let one = table.get(&Key::new().u32(2));
    assert!(
        matches!(&one, Err(StoreError::DamagedRecord { tree: "visits", key, .. }) if *key == Key::new().u32(2).as_bytes()),
        "{one:?}"
    );
    assert_eq!(table.get(&Key::new().u32(3)).unwrap().unwrap().seq, 3);
}

#[test]
fn a_record_in_a_newer_format_stops_a_page_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    insert(&store, &visit(1, "150102", 1, &[])).unwrap();
    store
        .tree("visits")
        .unwrap()
        .insert(Key::new().u32(2).as_bytes(), vec![250, 1])
        .unwrap();
    let page = store.table::<Visit>().unwrap().page(&Span::All, None, 10);
    assert!(
        matches!(page, Err(StoreError::NewerRecord { .. })),
        "{page:?}"
    );
}

#[test]
fn a_snapshot_sled_never_finished_does_not_make_the_store_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    insert(&store, &visit(1, "150102", 20261202, &["SOC-01"])).unwrap();
    drop(store);
    // What a full disk leaves: the snapshot file created, nothing written, never renamed.
    // Its name sorts after every finished snapshot, so sled would read it first.
    let unfinished = dir.path().join("snap.FFFFFFFFFFFFFFFF.generating");
    std::fs::write(&unfinished, b"").unwrap();
    let reopened = open(dir.path());
    assert_eq!(
        seqs(
            &reopened
                .table::<Visit>()
                .unwrap()
                .page(&Span::All, None, 10)
                .unwrap()
        ),
        [1]
    );
    assert!(!unfinished.exists());
}
