use std::sync::Arc;

use super::*;
use crate::domain::application::{Applicant, Personal};
use crate::domain::{Channel, Date};
use crate::store::OpenOptions;

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &OpenOptions::default()).unwrap()
}

fn day(d: u8) -> Date {
    Date::new(2026, 12, d).unwrap()
}

fn new_intake(id_number: &str, on: Date, notes: &str) -> NewIntake {
    let application = Application {
        personal: Personal {
            applicant: Applicant {
                name: "乌云其其格".into(),
                id_number: id_number.into(),
                phone: String::new(),
                region: String::new(),
                ethnicity: String::new(),
                address: String::new(),
                document_lang: String::new(),
                facts: Vec::new(),
            },
            agent: None,
            notes: notes.into(),
        },
        services: vec!["SOC-01".into()],
        channel: Channel::Counter,
        materials: Vec::new(),
    };
    NewIntake {
        centre: DivisionCode::parse("150102").unwrap(),
        accepted_on: on,
        created_at: 1_764_633_600,
        deadline: Deadline::NotStated,
        operator: None,
        lookup: LookupKeys::plain(id_number),
        application,
    }
}

fn receipts(store: &Store, ids: &[&str], on: Date) -> Vec<String> {
    ids.iter()
        .map(|id| {
            add(store, new_intake(id, on, ""))
                .unwrap()
                .receipt
                .to_string()
        })
        .collect()
}

#[test]
fn numbers_run_without_gaps_per_day_and_survive_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = open(dir.path());
        let first = receipts(
            &store,
            &["150102198503071247", "11010519491231002X"],
            day(2),
        );
        assert_eq!(first, ["150102-20261202-0001", "150102-20261202-0002"]);
        assert_eq!(
            receipts(&store, &["150102198503071247"], day(3)),
            ["150102-20261203-0001"]
        );
    }
    let store = open(dir.path());
    assert_eq!(
        receipts(&store, &["150102198503071247"], day(2)),
        ["150102-20261202-0003"]
    );
    assert_eq!(store.table::<StoredIntake>().unwrap().len(), 4);
}

#[test]
fn a_record_is_found_by_receipt_and_by_id_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let stored = add(&store, new_intake("150102198503071247", day(2), "")).unwrap();
    add(&store, new_intake("11010519491231002X", day(2), "")).unwrap();
    add(&store, new_intake("150102198503071247", day(3), "")).unwrap();
    let found = find_by_receipt(&store, &stored.receipt).unwrap();
    assert_eq!(found.as_ref(), Some(&stored));
    assert_eq!(found.unwrap().history[0].status, Status::Accepted);
    let other = ReceiptNumber::parse("150102-20261202-0009").unwrap();
    assert_eq!(find_by_receipt(&store, &other).unwrap(), None);
    let person = find_by_id_number(&store, b"150102198503071247").unwrap();
    assert!(person.damaged.is_empty());
    let numbers: Vec<_> = person
        .records
        .iter()
        .map(|i| i.receipt.to_string())
        .collect();
    assert_eq!(numbers, ["150102-20261202-0001", "150102-20261203-0001"]);
}

#[test]
fn an_oversize_record_is_refused_and_takes_no_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let huge = "字".repeat(3000);
    let refused = add(&store, new_intake("150102198503071247", day(2), &huge));
    assert!(
        matches!(refused, Err(AddError::Store(StoreError::TooLarge { .. }))),
        "{refused:?}"
    );
    assert!(store.table::<StoredIntake>().unwrap().is_empty());
    assert_eq!(
        receipts(&store, &["150102198503071247"], day(2)),
        ["150102-20261202-0001"]
    );
}

#[test]
fn threads_adding_at_once_get_every_number_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(open(dir.path()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let store = Arc::clone(&store);
            std::thread::spawn(move || receipts(&store, &["150102198503071247"; 5], day(2)))
        })
        .collect();
    let mut all: Vec<String> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    all.sort();
    let want: Vec<String> = (1..=20)
        .map(|n| format!("150102-20261202-{n:04}"))
        .collect();
    assert_eq!(all, want);
}

#[test]
fn a_full_day_refuses_the_next_number() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut batch = store.batch();
    let counter = ReceiptCounter {
        centre: DivisionCode::parse("150102").unwrap(),
        date: day(2),
        last: 9999,
    };
    batch.replace(&counter).unwrap();
    store.commit(batch).unwrap();
    let refused = add(&store, new_intake("150102198503071247", day(2), ""));
    assert!(
        matches!(refused, Err(AddError::Receipt(ReceiptError::DayFull))),
        "{refused:?}"
    );
}

#[test]
fn a_counter_put_back_never_gives_a_number_twice() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    receipts(&store, &["150102198503071247"; 2], day(2));
    let mut batch = store.batch();
    batch
        .replace(&ReceiptCounter {
            centre: DivisionCode::parse("150102").unwrap(),
            date: day(2),
            last: 1,
        })
        .unwrap();
    store.commit(batch).unwrap();
    let refused = add(&store, new_intake("11010519491231002X", day(2), ""));
    assert!(
        matches!(refused, Err(AddError::Store(StoreError::Corrupt { .. }))),
        "{refused:?}"
    );
    assert_eq!(store.table::<StoredIntake>().unwrap().len(), 2);
}

#[test]
fn a_damaged_record_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let stored = add(&store, new_intake("150102198503071247", day(2), "")).unwrap();
    let tree = store.tree(trees::INTAKES).unwrap();
    tree.insert(stored.key().as_bytes(), &[format::INTAKE, 0xFF, 0xFF][..])
        .unwrap();
    let err = find_by_receipt(&store, &stored.receipt).unwrap_err();
    assert!(matches!(err, StoreError::DamagedRecord { .. }), "{err}");
}

#[test]
fn a_lookup_by_id_number_skips_a_damaged_record_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let id = "150102198503071247";
    let first = add(&store, new_intake(id, day(2), "")).unwrap();
    let second = add(&store, new_intake(id, day(3), "")).unwrap();
    let third = add(&store, new_intake(id, day(4), "")).unwrap();
    let tree = store.tree(trees::INTAKES).unwrap();
    tree.insert(second.key().as_bytes(), &[format::INTAKE, 0xFF, 0xFF][..])
        .unwrap();
    let found = find_by_id_number(&store, id.as_bytes()).unwrap();
    assert_eq!(found.records, [first.clone(), third]);
    assert_eq!(found.damaged.len(), 1);
    assert_eq!(found.damaged[0].key, second.key());
    assert_eq!(
        find_by_receipt(&store, &first.receipt).unwrap(),
        Some(first)
    );
    // The next intake still gets the next number: the damaged one keeps its own.
    let fourth = add(&store, new_intake(id, day(4), "")).unwrap();
    assert_eq!(fourth.sequence, 4);
}
