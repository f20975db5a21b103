//! Counters kept as intakes are written equal counters rebuilt from the records, and give
//! the numbers the records give.
use proptest::prelude::*;

use super::*;
use crate::domain::application::{Applicant, Application, Deadline, Personal};
use crate::domain::material::MaterialKind;
use crate::domain::{Channel, DivisionCode, Status};
use crate::store::OpenOptions;
use crate::store::intakes::{
    self, Event, HistoryEntry, LookupKeys, MaterialState, NewIntake, Note, PersonalPart, split,
};

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &OpenOptions::default()).unwrap()
}

fn day(d: u8) -> Date {
    Date::new(2026, 11, d).unwrap()
}

/// Seconds at noon, hall time, of `date`.
fn noon(date: Date) -> i64 {
    date.days_since_epoch() * 86_400 + 12 * 3600 - HALL_OFFSET_SECONDS
}

struct Spec {
    on: Date,
    services: Vec<&'static str>,
    channel: Channel,
    deadline: Option<Date>,
    operator: Option<&'static str>,
    outstanding: usize,
}

fn spec(on: Date, services: &[&'static str]) -> Spec {
    Spec {
        on,
        services: services.to_vec(),
        channel: Channel::Counter,
        deadline: None,
        operator: Some("alice"),
        outstanding: 0,
    }
}

fn new_intake(spec: &Spec) -> NewIntake {
    let application = Application {
        personal: Personal {
            applicant: Applicant {
                name: "乌云其其格".into(),
                id_number: "15010219850307124X".into(),
                phone: String::new(),
                region: "150102".into(),
                ethnicity: String::new(),
                address: String::new(),
                document_lang: String::new(),
                facts: Vec::new(),
            },
            agent: None,
            notes: String::new(),
        },
        services: spec.services.iter().map(|s| s.to_string()).collect(),
        channel: spec.channel,
        materials: Vec::new(),
    };
    let (mut clear, private) = split(application);
    clear.materials = (0..spec.outstanding)
        .map(|_| MaterialState {
            service: spec.services[0].into(),
            status: MaterialKind::Missing,
            due: None,
        })
        .collect();
    let mut private = private;
    private.material_names = vec!["户口簿".into(); spec.outstanding];
    NewIntake {
        centre: DivisionCode::parse("150102").unwrap(),
        accepted_on: spec.on,
        created_at: noon(spec.on),
        deadline: spec.deadline.map_or(Deadline::NotStated, Deadline::On),
        operator: spec.operator.map(str::to_string),
        lookup: LookupKeys::none(),
        clear,
        personal: PersonalPart::Plain(Box::new(private)),
    }
}

fn add(store: &Store, spec: &Spec) -> IntakeRecord {
    intakes::add(store, new_intake(spec)).unwrap()
}

/// A status change as the records' path makes it: the record replaced and the counters
/// moved in one commit.
fn move_to(store: &Store, record: &IntakeRecord, to: Status, on: Date) -> IntakeRecord {
    store
        .commit_with(|store| {
            let mut moved = record.clone();
            moved.status = to;
            moved.history.push(HistoryEntry {
                at: noon(on),
                status: to,
                event: Event::Status(to),
                note: Note::empty(),
                operator: Some("bob".into()),
            });
            let mut batch = store.batch();
            intakes::write(store, &mut batch, Some(record), &moved)?;
            Ok::<_, StoreError>((batch, moved))
        })
        .unwrap()
}

fn rows_after_rebuild(store: &Store) -> Vec<(Vec<u8>, String, Counts)> {
    rebuild(store).unwrap();
    all_rows(store).unwrap()
}

#[test]
fn the_numbers_are_those_of_the_records() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let due = |d| Spec {
        deadline: Some(day(d)),
        ..spec(day(2), &["SOC-01", "SOC-02"])
    };
    let on_time = add(&store, &due(10));
    let late = add(&store, &due(5));
    let _open_late = add(&store, &due(6));
    let open_later = add(
        &store,
        &Spec {
            outstanding: 2,
            ..due(20)
        },
    );
    let rejected = add(&store, &spec(day(3), &["EDU-01"]));
    move_to(&store, &on_time, Status::Completed, day(10));
    let late = move_to(&store, &late, Status::InProgress, day(4));
    move_to(&store, &late, Status::Completed, day(9));
    move_to(&store, &rejected, Status::Rejected, day(4));

    let domains = sum_by(&store, Dimension::Domain, day(1), day(30)).unwrap();
    let soc = &domains["SOC"];
    assert_eq!(
        soc.intakes, 4,
        "two items of one domain count the intake once"
    );
    assert_eq!((soc.completed, soc.on_time, soc.completed_late), (2, 1, 1));
    assert_eq!(soc.completion_days, 8 + 7);
    assert_eq!(
        (soc.open, soc.with_outstanding, soc.outstanding_materials),
        (2, 1, 2)
    );
    assert_eq!(soc.overdue(day(12)), 2, "late, and open past the 6th");
    assert_eq!(soc.overdue(day(25)), 3, "and the one due on the 20th");
    assert_eq!(
        soc.overdue(day(6)),
        1,
        "a deadline day is not overdue on the day"
    );
    assert_eq!(domains["EDU"].rejected, 1);

    let items = sum_by(&store, Dimension::Item, day(1), day(30)).unwrap();
    assert_eq!(items["SOC-01"].intakes, 4);
    assert_eq!(items["SOC-02"].intakes, 4);
    let status = sum_by(&store, Dimension::Status, day(1), day(30)).unwrap();
    assert_eq!(status["completed"].intakes, 2);
    assert_eq!(status["accepted"].intakes, 2);
    assert!(!status.contains_key("in-progress"), "a row at zero goes");
    let total = sum_by(&store, Dimension::Total, day(1), day(30)).unwrap();
    assert_eq!(total[""].intakes, 5);
    let only_the_3rd = sum_by(&store, Dimension::Total, day(3), day(3)).unwrap();
    assert_eq!(only_the_3rd[""].intakes, 1);
    let days = by_day(&store, day(1), day(30)).unwrap();
    assert_eq!(
        days.iter()
            .map(|(d, c)| (*d, c.intakes))
            .collect::<Vec<_>>(),
        [(day(2), 4), (day(3), 1)]
    );
    drop(open_later);
}

#[test]
fn two_changes_in_one_batch_read_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let first = add(&store, &spec(day(2), &["SOC-01"]));
    let mut second = first.clone();
    second.sequence += 1;
    store
        .commit_with(|store| {
            let mut batch = store.batch();
            apply(store, &mut batch, None, Some(&second))?;
            apply(store, &mut batch, None, Some(&second))?;
            Ok::<_, StoreError>((batch, ()))
        })
        .unwrap();
    let total = sum_by(&store, Dimension::Total, day(2), day(2)).unwrap();
    assert_eq!(total[""].intakes, 3);
}

#[test]
fn a_rebuild_fills_a_store_without_counters_and_changes_nothing_when_run_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for d in 1..=4 {
        add(&store, &spec(day(d), &["HEA-02"]));
    }
    let kept = all_rows(&store).unwrap();
    let mut wipe = store.batch();
    wipe.clear_tree(&store, TREE).unwrap();
    store.commit(wipe).unwrap();
    assert!(all_rows(&store).unwrap().is_empty());
    let rebuilt = rebuild(&store).unwrap();
    assert_eq!(rebuilt.records, 4);
    assert_eq!(all_rows(&store).unwrap(), kept);
    assert_eq!(rows_after_rebuild(&store), kept);
}

#[test]
fn a_rebuild_drops_rows_no_record_gives() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let record = add(&store, &spec(day(2), &["HEA-02"]));
    let mut stray = record.clone();
    stray.accepted_on = day(9);
    store
        .commit_with(|store| {
            let mut batch = store.batch();
            apply(store, &mut batch, None, Some(&stray))?;
            Ok::<_, StoreError>((batch, ()))
        })
        .unwrap();
    assert!(
        !sum_by(&store, Dimension::Total, day(9), day(9))
            .unwrap()
            .is_empty()
    );
    rebuild(&store).unwrap();
    assert!(
        sum_by(&store, Dimension::Total, day(9), day(9))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_hall_day_turns_at_midnight_in_the_halls_time() {
    let day2 = day(2);
    assert_eq!(hall_day(noon(day2)), Some(day2));
    let midnight = day2.days_since_epoch() * 86_400 - HALL_OFFSET_SECONDS;
    assert_eq!(hall_day(midnight), Some(day2));
    assert_eq!(hall_day(midnight - 1), Some(day(1)));
}

/// One step of a random history: add an intake, or move one of those added.
#[derive(Clone, Debug)]
enum Step {
    Add {
        day: u8,
        services: Vec<usize>,
        channel: usize,
        deadline: Option<u8>,
        operator: usize,
        outstanding: usize,
    },
    Move {
        which: usize,
        to: usize,
        day: u8,
    },
}

const SERVICES: [&str; 5] = ["SOC-01", "SOC-02", "EDU-01", "HEA-02", "DIS-03"];
const OPERATORS: [Option<&str>; 3] = [Some("alice"), Some("巴特尔"), None];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (
            1u8..6,
            prop::collection::vec(0..SERVICES.len(), 1..3),
            0..Channel::ALL.len(),
            prop::option::of(3u8..9),
            0..OPERATORS.len(),
            0usize..3
        )
            .prop_map(
                |(day, services, channel, deadline, operator, outstanding)| {
                    Step::Add {
                        day,
                        services,
                        channel,
                        deadline,
                        operator,
                        outstanding,
                    }
                }
            ),
        (any::<usize>(), 0..Status::ALL.len(), 2u8..12).prop_map(|(which, to, day)| Step::Move {
            which,
            to,
            day
        }),
    ]
}

fn run(store: &Store, records: &mut Vec<IntakeRecord>, step: &Step) {
    match step {
        Step::Add {
            day: d,
            services,
            channel,
            deadline,
            operator,
            outstanding,
        } => {
            let spec = Spec {
                on: day(*d),
                services: services.iter().map(|i| SERVICES[*i]).collect(),
                channel: Channel::ALL[*channel],
                deadline: deadline.map(day),
                operator: OPERATORS[*operator],
                outstanding: *outstanding,
            };
            records.push(add(store, &spec));
        }
        Step::Move { which, to, day: d } => {
            if records.is_empty() {
                return;
            }
            let at = which % records.len();
            let to = Status::ALL[*to];
            if records[at].status.allows(to) {
                records[at] = move_to(store, &records[at], to, day(*d));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn counters_kept_as_records_change_equal_a_rebuild(
        steps in prop::collection::vec(step(), 1..40)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = open(dir.path());
        let mut records = Vec::new();
        for step in &steps {
            run(&store, &mut records, step);
        }
        let kept = all_rows(&store).unwrap();
        prop_assert!(kept.iter().all(|(_, _, c)| !c.is_zero()));
        prop_assert_eq!(rows_after_rebuild(&store), kept);
        let total = sum_by(&store, Dimension::Total, day(1), day(30)).unwrap();
        let intakes = total.get("").map_or(0, |c| c.intakes);
        prop_assert_eq!(intakes, records.len() as i64);
    }
}
