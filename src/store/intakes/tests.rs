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
    let (clear, private) = split(application);
    NewIntake {
        centre: DivisionCode::parse("150102").unwrap(),
        accepted_on: on,
        created_at: 1_764_633_600,
        deadline: Deadline::NotStated,
        operator: None,
        // The store does not compute keys: any bytes stand for a keyed hash here.
        lookup: LookupKeys {
            id_number: id_number.as_bytes().to_vec(),
            ..LookupKeys::none()
        },
        clear,
        personal: PersonalPart::Plain(Box::new(private)),
    }
}

fn plain_note(note: &Note) -> Result<String, CodecError> {
    match note {
        Note::Plain(text) => Ok(text.clone()),
        Note::Sealed(_) => Err(CodecError::Damaged("sealed".into())),
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
    assert_eq!(store.table::<IntakeRecord>().unwrap().len(), 4);
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
    assert!(store.table::<IntakeRecord>().unwrap().is_empty());
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
    assert_eq!(store.table::<IntakeRecord>().unwrap().len(), 2);
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

#[test]
fn a_record_in_the_plain_format_of_before_is_read_and_replaced_with_its_index() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let added = add(&store, new_intake("15010219850307124X", day(2), "旧")).unwrap();
    let private = match &added.personal {
        PersonalPart::Plain(p) => p.clone(),
        PersonalPart::Sealed(_) => unreachable!("written plain"),
    };
    let opened = added.clone().opened(*private, plain_note).unwrap();
    // Written again as an older version wrote it: format 4, the ID number as its index key.
    let old = encode_plain(&opened);
    assert_eq!(old[0], format::INTAKE);
    let key = added.key();
    store
        .tree(trees::INTAKES)
        .unwrap()
        .insert(key.as_bytes(), old)
        .unwrap();
    let read = store
        .table::<IntakeRecord>()
        .unwrap()
        .get(&key)
        .unwrap()
        .unwrap();
    assert_eq!(read.personal, added.personal);
    assert_eq!(read.clear, added.clear);
    assert_eq!(read.lookup.id_number, b"15010219850307124X");

    // Replaced with new keys, the old index entry goes with the old record.
    let mut sealed = read.clone();
    sealed.lookup = LookupKeys {
        id_number: vec![7; 16],
        phone: vec![8; 16],
        name: vec![9; 16],
        ..LookupKeys::none()
    };
    sealed.personal = PersonalPart::Sealed(vec![1, 2, 3]);
    let mut batch = store.batch();
    batch.replace(&sealed).unwrap();
    store.commit(batch).unwrap();
    assert!(
        find_by_id_number(&store, b"15010219850307124X")
            .unwrap()
            .records
            .is_empty()
    );
    assert_eq!(
        find_by_id_number(&store, &[7; 16]).unwrap().records,
        [sealed.clone()]
    );
    assert_eq!(
        find_by(&store, LookupBy::Phone, &[8; 16]).unwrap().records,
        [sealed.clone()]
    );
    assert_eq!(
        find_by(&store, LookupBy::Name, &[9; 16]).unwrap().records,
        [sealed]
    );
    let raw = store
        .tree(trees::INTAKES)
        .unwrap()
        .get(key.as_bytes())
        .unwrap()
        .unwrap();
    assert_eq!(raw[0], format::INTAKE_FOLLOWED);
}

#[test]
fn only_plain_records_are_left_to_seal_and_paging_reaches_every_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for i in 0..7 {
        add(
            &store,
            new_intake(&format!("1501021985030712{i:02}"), day(2), ""),
        )
        .unwrap();
    }
    let mut third = store
        .table::<IntakeRecord>()
        .unwrap()
        .get(&Key::new().u64(3))
        .unwrap()
        .unwrap();
    third.personal = PersonalPart::Sealed(vec![1]);
    let mut batch = store.batch();
    batch.replace(&third).unwrap();
    store.commit(batch).unwrap();
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let (found, next) = plain_after(&store, cursor.as_ref(), 2).unwrap();
        seen.extend(found.iter().map(|r| r.sequence));
        match next {
            Some(k) => cursor = Some(k),
            None => break,
        }
    }
    assert_eq!(seen, [1, 2, 4, 5, 6, 7]);
}

/// A store with records written as format 10 (the version before), its schema put back to 6:
/// reopening migrates them to format 13 with their new index entries, keeps what they held,
/// and marks the sealed ones as waiting for their partial lookup keys.
#[test]
fn records_of_format_10_are_read_and_migrated_with_their_new_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    {
        let store = open(dir.path());
        for n in 0..7u8 {
            let mut new = new_intake(&format!("15010219850307{n:03}X"), day(2), "");
            new.lookup.id_number = vec![n + 1; 16];
            new.personal = PersonalPart::Sealed(vec![n; 40]);
            new.deadline = Deadline::On(day(10 + n));
            let added = add(&store, new).unwrap();
            let old = encode_sealed_v10(&added).unwrap();
            assert_eq!(old[0], format::INTAKE_SEALED);
            let tree = store.tree(trees::INTAKES).unwrap();
            tree.insert(added.key().as_bytes(), old).unwrap();
            written.push(added);
        }
        // As the version before left it: no entries in the new indexes, schema 6.
        for name in [trees::INTAKES_BY_RECEIPT_TAIL, trees::INTAKES_BY_DEADLINE] {
            store.tree(name).unwrap().clear().unwrap();
        }
        crate::store::migrate::set_version(&store, 6).unwrap();
        assert!(!partial_keys_pending(&store).unwrap());
    }
    let store = open(dir.path());
    assert!(partial_keys_pending(&store).unwrap());
    let raw = store.tree(trees::INTAKES).unwrap();
    for entry in raw.iter() {
        let (_, value) = entry.unwrap();
        assert_eq!(value[0], format::INTAKE_FOLLOWED);
    }
    let table = store.table::<IntakeRecord>().unwrap();
    for before in &written {
        let after = table.get(&before.key()).unwrap().unwrap();
        assert_eq!(after, *before, "migration changed the content");
        assert!(after.lookup.lacks_partial_keys());
    }
    let walked = listing::walk(
        &store,
        &listing::Source::receipt_ending("0003"),
        None,
        |_| true,
        10,
        100,
    )
    .unwrap();
    let found: Vec<_> = walked.records.iter().map(|(r, _)| r.sequence).collect();
    assert_eq!(found, [3]);
    let by_deadline = listing::walk(
        &store,
        &listing::Source::deadline(true, Some(day(13))),
        None,
        |_| true,
        10,
        100,
    )
    .unwrap();
    let due: Vec<_> = by_deadline
        .records
        .iter()
        .map(|(r, _)| r.sequence)
        .collect();
    assert_eq!(
        due,
        [1, 2, 3],
        "open intakes due before the 13th, soonest first"
    );
}

/// A damaged record is named and passed over by a list's walk; the budget stops a walk that
/// keeps nothing and says so, with a cursor to go on from.
#[test]
fn walks_pass_over_damage_and_stop_at_their_budget() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for n in 0..5u32 {
        add(
            &store,
            new_intake(&format!("15010219850307{n:03}X"), day(2), ""),
        )
        .unwrap();
    }
    let damaged_key = Key::new().u64(3);
    store
        .tree(trees::INTAKES)
        .unwrap()
        .insert(
            damaged_key.as_bytes(),
            vec![format::INTAKE_FOLLOWED, 0xFF, 0xFF],
        )
        .unwrap();
    let walked =
        listing::walk(&store, &listing::Source::newest(), None, |_| true, 10, 100).unwrap();
    let kept: Vec<u64> = walked.records.iter().map(|(r, _)| r.sequence).collect();
    assert_eq!(kept, [5, 4, 2, 1]);
    assert_eq!(walked.damaged.len(), 1);
    assert_eq!(walked.damaged[0].key, damaged_key);
    assert!(walked.next.is_none());
    assert!(!walked.budget_spent);

    let none = listing::walk(&store, &listing::Source::newest(), None, |_| false, 10, 2).unwrap();
    assert!(none.records.is_empty());
    assert!(none.budget_spent);
    let rest = listing::walk(
        &store,
        &listing::Source::newest(),
        none.next.as_ref(),
        |_| true,
        10,
        100,
    )
    .unwrap();
    let kept: Vec<u64> = rest.records.iter().map(|(r, _)| r.sequence).collect();
    assert_eq!(kept, [2, 1], "goes on after the two entries read");
}
