//! The chain and its head, tampered with through the tree itself.
use super::*;
use crate::store::OpenOptions;

fn entry(n: u64) -> NewAuditEntry {
    NewAuditEntry {
        at: 1_764_633_600 + n as i64,
        operator: Some("li".into()),
        action: AuditAction::Login,
        record: None,
        detail: format!("entry {n}"),
    }
}

fn store_with(n: u64) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
    for i in 1..=n {
        append(&store, entry(i)).unwrap();
    }
    (dir, store)
}

fn raw(store: &Store, seq: u64) -> AuditEntry {
    let value = store
        .tree(trees::AUDIT)
        .unwrap()
        .get(seq.to_be_bytes())
        .unwrap();
    codec::decode(format::AUDIT_ENTRY, &value.unwrap()).unwrap()
}

fn put(store: &Store, seq: u64, entry: &AuditEntry) {
    let bytes = codec::encode(format::AUDIT_ENTRY, entry).unwrap();
    store
        .tree(trees::AUDIT)
        .unwrap()
        .insert(seq.to_be_bytes(), bytes)
        .unwrap();
}

#[test]
fn an_untouched_trail_is_intact_and_chained() {
    let (_dir, store) = store_with(4);
    assert_eq!(verify(&store).unwrap(), Verdict::Intact { entries: 4 });
    let entries = all(&store).unwrap();
    assert_eq!(entries[0].prev, [0; 32]);
    for pair in entries.windows(2) {
        assert_eq!(pair[1].prev, pair[0].hash);
    }
    assert_eq!(
        head(&store).unwrap(),
        Some(AuditHead {
            count: 4,
            last: entries[3].hash
        })
    );
}

#[test]
fn an_empty_trail_is_intact() {
    let (_dir, store) = store_with(0);
    assert_eq!(verify(&store).unwrap(), Verdict::Intact { entries: 0 });
}

#[test]
fn several_entries_appended_in_one_batch_chain() {
    let (_dir, store) = store_with(1);
    store
        .commit_with(|store| {
            let mut batch = store.batch();
            let mut audit = AuditAppender::begin(store)?;
            audit.append(store, &mut batch, entry(2))?;
            audit.append(store, &mut batch, entry(3))?;
            Ok::<_, StoreError>((batch, ()))
        })
        .unwrap();
    assert_eq!(verify(&store).unwrap(), Verdict::Intact { entries: 3 });
}

#[test]
fn an_edit_that_recomputes_the_hash_breaks_the_next_link() {
    let (_dir, store) = store_with(4);
    let mut second = raw(&store, 2);
    second.detail = "nothing happened".into();
    second.hash = second.computed_hash().unwrap();
    put(&store, 2, &second);
    assert_eq!(
        verify(&store).unwrap(),
        Verdict::Broken {
            seq: 3,
            problem: Break::NotChained
        }
    );
}

#[test]
fn rewriting_the_last_entry_with_its_hash_disagrees_with_the_head() {
    let (_dir, store) = store_with(3);
    let mut last = raw(&store, 3);
    last.operator = Some("someone-else".into());
    last.hash = last.computed_hash().unwrap();
    put(&store, 3, &last);
    assert_eq!(
        verify(&store).unwrap(),
        Verdict::Broken {
            seq: 3,
            problem: Break::HeadMismatch
        }
    );
}

#[test]
fn an_entry_added_behind_the_heads_back_is_named() {
    let (_dir, store) = store_with(2);
    let mut extra = raw(&store, 2);
    extra.seq = 3;
    extra.prev = extra.hash;
    extra.hash = extra.computed_hash().unwrap();
    put(&store, 3, &extra);
    assert_eq!(
        verify(&store).unwrap(),
        Verdict::Broken {
            seq: 3,
            problem: Break::BeyondHead
        }
    );
}

#[test]
fn a_taken_sequence_is_refused_rather_than_forking_the_chain() {
    let (_dir, store) = store_with(1);
    let mut stale = AuditAppender {
        head: AuditHead::default(),
    };
    let mut batch = store.batch();
    stale.append(&store, &mut batch, entry(9)).unwrap();
    assert!(matches!(
        store.commit(batch),
        Err(StoreError::Duplicate { .. })
    ));
    assert_eq!(verify(&store).unwrap(), Verdict::Intact { entries: 1 });
}
