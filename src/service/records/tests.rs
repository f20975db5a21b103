use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use super::*;
use crate::domain::application::ApplicationInput;
use crate::domain::{DivisionCode, Lang};
use crate::service::context::FixedClock;
use crate::service::sealing::testing::signed_in;
use crate::service::{Desk, OpenOptions, intake};
use crate::store::intakes::{self as stored, back_to_format_10};

fn input(id: &str) -> ApplicationInput {
    serde_json::from_value(serde_json::json!({
        "applicant": {"name": "乌云其其格", "id_number": id, "phone": "13904711234"},
        "services": ["SOC-01"],
        "channel": "counter"
    }))
    .unwrap()
}

fn context() -> Context {
    let at = UNIX_EPOCH + Duration::from_secs(1_764_637_200);
    Context::new(Arc::new(FixedClock(at)), Lang::Zh)
}

/// Records sealed before format 13 have no keys for the last 4 of the ID number nor for the
/// name's sound: after the migration the first search of a signed-in operator gives them
/// theirs, once, and finds them by both.
#[test]
fn records_from_before_get_their_partial_keys_at_the_first_search() {
    let dir = tempfile::tempdir().unwrap();
    let receipt = {
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        let ctx = signed_in(&desk, context());
        let centre = DivisionCode::parse("150102").unwrap();
        let receipt = intake::submit(&desk, &ctx, &centre, &input("150102198503071247"))
            .unwrap()
            .number;
        back_to_format_10(desk.store()).unwrap();
        receipt
    };
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert!(stored::partial_keys_pending(desk.store()).unwrap());
    let before = stored::find_by_receipt(desk.store(), &receipt)
        .unwrap()
        .unwrap();
    assert!(before.lookup.lacks_partial_keys());
    let ctx = signed_in(&desk, context());
    let found = search(&desk, &ctx, "071247", &Filter::default(), None, 10).unwrap();
    assert_eq!(found.lines.len(), 1, "found by the last 6 of the ID number");
    assert!(!stored::partial_keys_pending(desk.store()).unwrap());
    let by_sound = search(&desk, &ctx, "wuyun qiqige", &Filter::default(), None, 10).unwrap();
    assert_eq!(by_sound.lines[0].receipt, receipt);
    assert_eq!(
        fill_partial_keys(&desk, &ctx).unwrap(),
        0,
        "nothing left to fill"
    );
    let after = stored::find_by_receipt(desk.store(), &receipt)
        .unwrap()
        .unwrap();
    assert!(!after.lookup.lacks_partial_keys());
    assert_eq!(after.history, before.history);
}

#[test]
fn without_a_login_the_pending_keys_wait() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        let ctx = signed_in(&desk, context());
        let centre = DivisionCode::parse("150102").unwrap();
        intake::submit(&desk, &ctx, &centre, &input("150102198503071247")).unwrap();
        back_to_format_10(desk.store()).unwrap();
    }
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert!(fill_partial_keys(&desk, &context()).is_err());
    assert!(stored::partial_keys_pending(desk.store()).unwrap());
}

#[test]
fn due_soon_counts_calendar_days() {
    let record = |deadline: Option<Date>, status: Status| IntakeRecord {
        sequence: 1,
        receipt: ReceiptNumber::parse("150102-20261202-0001").unwrap(),
        status,
        created_at: 0,
        accepted_on: Date::new(2026, 12, 2).unwrap(),
        deadline: deadline.map_or(Deadline::NotStated, Deadline::On),
        operator: None,
        history: Vec::new(),
        lookup: crate::store::intakes::LookupKeys::none(),
        clear: crate::store::intakes::ClearApplication {
            services: vec!["SOC-01".into()],
            channel: Channel::Counter,
            materials: Vec::new(),
        },
        personal: crate::store::intakes::PersonalPart::Sealed(Vec::new()),
        completed_at: None,
        rating: None,
    };
    let today = Date::new(2026, 12, 10).unwrap();
    let on = |d: u8| Some(Date::new(2026, 12, d).unwrap());
    assert_eq!(
        urgency(&record(on(9), Status::Accepted), today),
        Urgency::Overdue
    );
    assert_eq!(
        urgency(&record(on(10), Status::Accepted), today),
        Urgency::DueSoon
    );
    assert_eq!(
        urgency(&record(on(13), Status::InProgress), today),
        Urgency::DueSoon
    );
    assert_eq!(
        urgency(&record(on(14), Status::Accepted), today),
        Urgency::OnTrack
    );
    assert_eq!(
        urgency(&record(None, Status::Accepted), today),
        Urgency::NoDeadline
    );
    assert_eq!(
        urgency(&record(on(1), Status::Withdrawn), today),
        Urgency::Closed
    );
}
