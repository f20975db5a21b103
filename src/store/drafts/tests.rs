//! Draft ids only grow, a damaged draft is reported on its own and can still be written over
//! or removed.
use super::*;
use crate::store::OpenOptions;

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &OpenOptions::default()).unwrap()
}

fn write(id: Option<u64>, at: i64, body: &str) -> DraftWrite {
    DraftWrite {
        id,
        owner: DraftOwner {
            window: Some("3".into()),
            operator: None,
        },
        at,
        focus: "applicant.name".into(),
        content: DraftContent::PlainJson(body.as_bytes().to_vec()),
    }
}

#[test]
fn ids_are_never_given_twice_even_after_a_discard() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let first = save(&store, write(None, 10, "{}")).unwrap();
    let second = save(&store, write(None, 11, "{}")).unwrap();
    assert_eq!((first.id, second.id), (1, 2));
    discard(&store, second.id).unwrap();
    assert_eq!(load(&store, second.id).unwrap(), None);
    drop(store);
    let store = open(dir.path());
    assert_eq!(save(&store, write(None, 12, "{}")).unwrap().id, 3);
}

#[test]
fn saving_again_keeps_the_id_and_the_creation_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let first = save(&store, write(None, 10, "{\"notes\":\"a\"}")).unwrap();
    let again = save(&store, write(Some(first.id), 20, "{\"notes\":\"ab\"}")).unwrap();
    assert_eq!(again.id, first.id);
    assert_eq!((again.created_at, again.updated_at), (10, 20));
    assert_eq!(load(&store, first.id).unwrap(), Some(again));
    assert_eq!(store.table::<StoredDraft>().unwrap().len(), 1);
}

#[test]
fn a_damaged_draft_is_reported_alone_and_can_be_replaced_or_removed() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for at in 0..3 {
        save(&store, write(None, at, "{}")).unwrap();
    }
    damage(&store, 2);
    let read = all(&store).unwrap();
    assert_eq!(read.len(), 3);
    assert!(read[0].is_ok() && read[2].is_ok());
    let unreadable = read[1].as_ref().unwrap_err();
    assert_eq!(unreadable.id, Some(2));
    assert!(matches!(unreadable.error, CodecError::Damaged(_)));
    assert!(matches!(
        load(&store, 2),
        Err(StoreError::DamagedRecord { tree: "drafts", .. })
    ));

    let replaced = save(&store, write(Some(2), 9, "{}")).unwrap();
    assert_eq!(replaced.created_at, 9, "the damaged one's time is unknown");
    assert!(all(&store).unwrap().iter().all(Result::is_ok));
    damage(&store, 3);
    discard(&store, 3).unwrap();
    assert_eq!(all(&store).unwrap().len(), 2);
}
