//! The store as a whole: opening, locking, what a damaged or odd folder gives, the confirmed
//! writes mark, typed tables and their indexes, and sled kept out of `blobs/`.
use super::codec::{MAX_KEY_BYTES, MAX_VALUE_BYTES};
use super::*;
use serde::{Deserialize, Serialize};

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
fn every_write_is_confirmed_in_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let before = store.confirmed.lock().unwrap().mark.generation();
    insert(&store, &visit(1, "150102", 20261202, &["SOC-01"])).unwrap();
    let after = store.confirmed.lock().unwrap().mark.generation();
    assert_eq!(after, before + 1);
    let stored: u64 = store.meta_get(commit::GENERATION_KEY).unwrap().unwrap();
    assert_eq!(stored, after);
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
    let blobs = std::fs::read_dir(dir.path().join("blobs")).unwrap().count();
    assert!(blobs > 0);
    assert_eq!(store.confirmed.lock().unwrap().blobs.0.len(), blobs);
}
