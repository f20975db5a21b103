//! Following intakes through the service: lists (newest first, masked, paged, filtered, by
//! deadline), every search kind, the workflow's refusals, the history and audit entries each
//! change leaves, and what an operator may do with a record.
mod common;

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use service_desk::documents::Kind;
use service_desk::domain::audit::AuditAction;
use service_desk::domain::material::MaterialKind;
use service_desk::domain::resident_id::check_character;
use service_desk::domain::{DivisionCode, Lang, Rating, ReceiptNumber, Status, WorkflowError};
use service_desk::service::audit::{self, AuditFilter};
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::intake;
use service_desk::service::records::{
    self, Filter, Order, QueryKind, RecordAction, RecordsError, Urgency,
};
use service_desk::store::intakes::Event;

fn id_number(serial: u32) -> String {
    let first = format!("15010219850307{serial:03}");
    format!("{first}{}", check_character(&first).unwrap())
}

fn application(name: &str, id: &str, phone: &str, services: &[&str]) -> Value {
    json!({
        "applicant": {"name": name, "id_number": id, "phone": phone, "region": "150102",
                      "ethnicity": "02", "address": "呼和浩特市新城区", "document_lang": "zh-CN",
                      "facts": []},
        "agent": null,
        "services": services,
        "channel": "counter",
        "materials": [
            {"service": services[0], "name": "身份证", "status": "received"},
            {"service": services[0], "name": "户口簿", "status": "missing"},
            {"service": services[0], "name": "残疾人证", "status": "deferred", "due": "2099-01-04"}
        ],
        "notes": ""
    })
}

struct Hall {
    fixture: common::Fixture,
    ctx: Context,
}

impl Hall {
    fn new() -> Hall {
        let fixture = common::desk();
        let ctx = fixture.context();
        Hall { fixture, ctx }
    }

    fn add(&self, name: &str, serial: u32, phone: &str, services: &[&str]) -> ReceiptNumber {
        let input =
            serde_json::from_value(application(name, &id_number(serial), phone, services)).unwrap();
        let centre = DivisionCode::parse("150102").unwrap();
        intake::submit(&self.fixture.desk, &self.ctx, &centre, &input)
            .unwrap()
            .number
    }

    /// Three intakes: 乌云其其格 (SOC-01), 王芳 (EMP-10, with a deadline), 乌云其其格 again.
    fn three() -> (Hall, Vec<ReceiptNumber>) {
        let hall = Hall::new();
        let receipts = vec![
            hall.add("乌云其其格", 124, "13904711234", &["SOC-01"]),
            hall.add("王芳", 356, "13800000001", &["EMP-10"]),
            hall.add("乌云其其格", 124, "13904711234", &["SOC-02"]),
        ];
        (hall, receipts)
    }

    fn list(&self, filter: &Filter) -> Vec<String> {
        records::list(&self.fixture.desk, &self.ctx, filter, None, 50)
            .unwrap()
            .lines
            .iter()
            .map(|l| l.receipt.to_string())
            .collect()
    }

    fn search(&self, query: &str) -> Vec<String> {
        records::search(
            &self.fixture.desk,
            &self.ctx,
            query,
            &Filter::default(),
            None,
            50,
        )
        .unwrap()
        .lines
        .iter()
        .map(|l| l.receipt.to_string())
        .collect()
    }

    fn at_day(&self, days: u64) -> Context {
        let later = common::fixed_time() + Duration::from_secs(days * 86_400);
        Context::new(Arc::new(FixedClock(later)), Lang::Zh).signed_in(self.fixture.operator())
    }
}

fn numbers(receipts: &[&ReceiptNumber]) -> Vec<String> {
    receipts.iter().map(|r| r.to_string()).collect()
}

#[test]
fn the_list_is_newest_first_masked_and_paged() {
    let (hall, r) = Hall::three();
    let page = records::list(&hall.fixture.desk, &hall.ctx, &Filter::default(), None, 2).unwrap();
    let names: Vec<&str> = page.lines.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["乌**", "王*"]);
    assert_eq!(
        page.lines
            .iter()
            .map(|l| l.receipt.to_string())
            .collect::<Vec<_>>(),
        numbers(&[&r[2], &r[1]])
    );
    assert_eq!(page.lines[0].outstanding, 2);
    let rest = records::list(
        &hall.fixture.desk,
        &hall.ctx,
        &Filter::default(),
        page.next.as_ref(),
        2,
    )
    .unwrap();
    assert_eq!(rest.lines.len(), 1);
    assert_eq!(rest.lines[0].receipt, r[0]);
    assert!(rest.next.is_none());
    assert!(!rest.more_may_match);
    assert_eq!(rest.damaged, 0);
}

#[test]
fn filters_pick_by_service_domain_status_operator_and_dates() {
    let (hall, r) = Hall::three();
    let by_item = Filter {
        service: Some("SOC-01".into()),
        ..Filter::default()
    };
    assert_eq!(hall.list(&by_item), numbers(&[&r[0]]));
    let by_domain = Filter {
        service: Some("soc".into()),
        ..Filter::default()
    };
    assert_eq!(hall.list(&by_domain), numbers(&[&r[2], &r[0]]));
    let none_yet = Filter {
        status: Some(Status::InProgress),
        ..Filter::default()
    };
    assert!(hall.list(&none_yet).is_empty());
    records::change_status(&hall.fixture.desk, &hall.ctx, &r[1], Status::InProgress, "").unwrap();
    assert_eq!(hall.list(&none_yet), numbers(&[&r[1]]));
    let someone_else = Filter {
        operator: Some("nobody".into()),
        ..Filter::default()
    };
    assert!(hall.list(&someone_else).is_empty());
    let mine = Filter {
        operator: Some(common::OPERATOR.into()),
        ..Filter::default()
    };
    assert_eq!(hall.list(&mine).len(), 3);
    let today = r[0].date();
    let dated = Filter {
        from: Some(today),
        to: Some(today),
        ..Filter::default()
    };
    assert_eq!(hall.list(&dated), numbers(&[&r[2], &r[1], &r[0]]));
    let before = Filter {
        to: today.add_days(-1),
        ..Filter::default()
    };
    assert!(hall.list(&before).is_empty());
}

#[test]
fn deadlines_sort_and_overdue_shows_what_is_late() {
    let (hall, r) = Hall::three();
    // EMP-10 states a limit in working days; the others have none, so they sort last.
    let by_deadline = Filter {
        order: Order::Deadline,
        ..Filter::default()
    };
    let sorted = hall.list(&by_deadline);
    assert_eq!(sorted[0], r[1].to_string());
    let line = &records::list(&hall.fixture.desk, &hall.ctx, &by_deadline, None, 1)
        .unwrap()
        .lines[0];
    let overdue = Filter {
        overdue_only: true,
        ..Filter::default()
    };
    assert!(hall.list(&overdue).is_empty());
    assert!(matches!(line.urgency, Urgency::OnTrack | Urgency::DueSoon));
    let later = hall.at_day(120);
    let late = records::list(&hall.fixture.desk, &later, &overdue, None, 10).unwrap();
    assert_eq!(late.lines.len(), 1);
    assert_eq!(late.lines[0].receipt, r[1]);
    assert_eq!(late.lines[0].urgency, Urgency::Overdue);
    // A completed intake is closed, never overdue.
    for to in [Status::InProgress, Status::Completed] {
        records::change_status(&hall.fixture.desk, &hall.ctx, &r[1], to, "").unwrap();
    }
    let late = records::list(&hall.fixture.desk, &later, &overdue, None, 10).unwrap();
    assert!(late.lines.is_empty());
    let all = records::list(&hall.fixture.desk, &later, &Filter::default(), None, 10).unwrap();
    let closed = all.lines.iter().find(|l| l.receipt == r[1]).unwrap();
    assert_eq!(closed.urgency, Urgency::Closed);
    let no_deadline = all.lines.iter().find(|l| l.receipt == r[0]).unwrap();
    assert_eq!(no_deadline.urgency, Urgency::NoDeadline);
}

#[test]
fn every_search_kind_finds_its_intakes() {
    let (hall, r) = Hall::three();
    let both = numbers(&[&r[2], &r[0]]);
    assert_eq!(hall.search(&r[1].to_string()), numbers(&[&r[1]]));
    let tail = r[1].to_string();
    assert_eq!(hall.search(&tail[tail.len() - 4..]), numbers(&[&r[1]]));
    assert_eq!(hall.search(&id_number(124)), both);
    assert_eq!(hall.search(&id_number(124).to_lowercase()), both);
    let id = id_number(356);
    assert_eq!(hall.search(&id[14..]), numbers(&[&r[1]]), "last 4");
    assert_eq!(hall.search(&id[13..]), numbers(&[&r[1]]), "last 5");
    assert_eq!(hall.search(&id[12..]), numbers(&[&r[1]]), "last 6");
    assert_eq!(hall.search("13904711234"), both);
    assert_eq!(hall.search("139 0471 1234"), both);
    assert_eq!(hall.search("乌云其其格"), both);
    assert_eq!(hall.search("王芳"), numbers(&[&r[1]]));
    assert_eq!(hall.search("wangfang"), numbers(&[&r[1]]));
    assert_eq!(hall.search("Wang Fang"), numbers(&[&r[1]]));
    assert_eq!(hall.search("wuyunqiqige"), both);
    assert!(
        hall.search("王").is_empty(),
        "a part of a name is not a name"
    );
    assert!(hall.search("lifang").is_empty());
    assert!(hall.search(&id_number(999)).is_empty());
}

#[test]
fn a_last_five_that_differs_from_the_stored_one_finds_nothing() {
    let (hall, _) = Hall::three();
    let id = id_number(356);
    let mut wrong: Vec<char> = id[13..].chars().collect();
    wrong[0] = if wrong[0] == '9' { '8' } else { '9' };
    let wrong: String = wrong.into_iter().collect();
    assert!(hall.search(&wrong).is_empty(), "{wrong}");
}

#[test]
fn the_last_digits_of_receipts_of_several_days_come_newest_first_and_page() {
    let (hall, r) = Hall::three();
    let next_day = hall.at_day(1);
    let input =
        serde_json::from_value(application("王芳", &id_number(356), "", &["SOC-01"])).unwrap();
    let centre = DivisionCode::parse("150102").unwrap();
    let later = intake::submit(&hall.fixture.desk, &next_day, &centre, &input)
        .unwrap()
        .number;
    assert!(later.to_string().ends_with("-0001"));
    assert_eq!(hall.search("0001"), numbers(&[&later, &r[0]]));
    let desk = &hall.fixture.desk;
    let first = records::search(desk, &hall.ctx, "0001", &Filter::default(), None, 1).unwrap();
    assert_eq!(first.lines[0].receipt, later);
    let second = records::search(
        desk,
        &hall.ctx,
        "0001",
        &Filter::default(),
        first.next.as_ref(),
        1,
    )
    .unwrap();
    assert_eq!(second.lines[0].receipt, r[0]);
    assert!(second.next.is_none());
}

#[test]
fn short_digit_queries_are_answered_not_a_panic() {
    let (hall, _) = Hall::three();
    for query in ["045", "0045", "0471-045", "01", "000", "x", "-", "+86"] {
        hall.search(query);
    }
}

#[test]
fn queries_are_read_every_way_they_can_be() {
    let kinds = records::understood("123456");
    assert!(kinds.contains(&QueryKind::IdEnding("123456".into())));
    assert!(kinds.contains(&QueryKind::ReceiptEnding("123456".into())));
    assert_eq!(records::understood("  "), []);
    assert!(matches!(
        records::understood("150102-20261202-0001")[..],
        [QueryKind::Receipt(_)]
    ));
    assert!(records::understood("12345X").contains(&QueryKind::IdEnding("12345X".into())));
}

#[test]
fn search_combines_with_filters() {
    let (hall, r) = Hall::three();
    let filter = Filter {
        service: Some("SOC-02".into()),
        ..Filter::default()
    };
    let found = records::search(
        &hall.fixture.desk,
        &hall.ctx,
        "乌云其其格",
        &filter,
        None,
        10,
    )
    .unwrap();
    assert_eq!(found.lines.len(), 1);
    assert_eq!(found.lines[0].receipt, r[2]);
    let paged = records::search(
        &hall.fixture.desk,
        &hall.ctx,
        "乌云其其格",
        &Filter::default(),
        None,
        1,
    )
    .unwrap();
    assert_eq!(paged.lines[0].receipt, r[2]);
    let next = records::search(
        &hall.fixture.desk,
        &hall.ctx,
        "乌云其其格",
        &Filter::default(),
        paged.next.as_ref(),
        1,
    )
    .unwrap();
    assert_eq!(next.lines[0].receipt, r[0]);
    assert!(next.next.is_none());
}

#[test]
fn the_workflow_refuses_what_it_does_not_allow() {
    let (hall, r) = Hall::three();
    let desk = &hall.fixture.desk;
    let refused = records::change_status(desk, &hall.ctx, &r[0], Status::Completed, "");
    assert!(matches!(
        refused,
        Err(RecordsError::Workflow(WorkflowError::MoveNotAllowed {
            from: Status::Accepted,
            to: Status::Completed
        }))
    ));
    let no_reason = records::change_status(desk, &hall.ctx, &r[0], Status::Rejected, "  ");
    assert!(matches!(
        no_reason,
        Err(RecordsError::Workflow(WorkflowError::ReasonRequired))
    ));
    let early = records::rate(desk, &hall.ctx, &r[0], Rating::Satisfied, "");
    assert!(matches!(
        early,
        Err(RecordsError::Workflow(
            WorkflowError::RatingBeforeCompletion
        ))
    ));
    for to in [Status::InProgress, Status::Completed] {
        records::change_status(desk, &hall.ctx, &r[0], to, "").unwrap();
    }
    let back = records::change_status(desk, &hall.ctx, &r[0], Status::Accepted, "");
    assert!(matches!(
        back,
        Err(RecordsError::Workflow(WorkflowError::MoveNotAllowed { .. }))
    ));
    records::rate(desk, &hall.ctx, &r[0], Rating::VerySatisfied, "很好").unwrap();
    let twice = records::rate(desk, &hall.ctx, &r[0], Rating::Dissatisfied, "");
    assert!(matches!(
        twice,
        Err(RecordsError::Workflow(WorkflowError::AlreadyRated))
    ));
    let closed = records::supply_material(desk, &hall.ctx, &r[0], 1, "");
    assert!(matches!(closed, Err(RecordsError::Closed)));
    let unknown = ReceiptNumber::parse("150102-20000101-0001").unwrap();
    let missing = records::change_status(desk, &hall.ctx, &unknown, Status::InProgress, "");
    assert!(matches!(missing, Err(RecordsError::NotFound(_))));
}

#[test]
fn each_change_is_kept_in_the_history_and_the_audit_trail() {
    let (hall, r) = Hall::three();
    let desk = &hall.fixture.desk;
    let later = hall.at_day(2);
    records::supply_material(desk, &later, &r[0], 1, "本人补交").unwrap();
    let not_again = records::supply_material(desk, &later, &r[0], 1, "");
    assert!(matches!(not_again, Err(RecordsError::NotOutstanding(2))));
    assert!(matches!(
        records::supply_material(desk, &later, &r[0], 7, ""),
        Err(RecordsError::NoSuchMaterial(8))
    ));
    records::change_status(desk, &later, &r[0], Status::InProgress, "转交民政科").unwrap();
    records::change_status(desk, &later, &r[0], Status::Completed, "").unwrap();
    let rated = records::rate(desk, &later, &r[0], Rating::Satisfied, "窗口服务周到").unwrap();
    let rejected = records::change_status(
        desk,
        &later,
        &r[1],
        Status::Rejected,
        "不属于本中心受理范围",
    )
    .unwrap();
    assert_eq!(
        rejected.history.last().unwrap().note,
        "不属于本中心受理范围"
    );

    assert_eq!(rated.status, Status::Completed);
    assert!(rated.completed_at.is_some());
    let rating = rated.rating.as_ref().unwrap();
    assert_eq!(rating.rating, Rating::Satisfied);
    assert_eq!(rating.comment, "窗口服务周到");
    assert_eq!(rating.operator.as_deref(), Some(common::OPERATOR));
    let events: Vec<Event> = rated.history.iter().map(|h| h.event).collect();
    assert_eq!(
        events,
        [
            Event::Status(Status::Accepted),
            Event::MaterialSupplied {
                material: 1,
                was: MaterialKind::Missing,
                due: None
            },
            Event::Status(Status::InProgress),
            Event::Status(Status::Completed),
            Event::Rated(Rating::Satisfied),
        ]
    );
    assert_eq!(rated.history[1].note, "本人补交");
    assert_eq!(rated.history[2].note, "转交民政科");
    assert!(rated.history[1].at > rated.history[0].at);
    assert_eq!(
        rated.application.materials[1].status,
        MaterialKind::Received
    );

    let session = hall.fixture.operator();
    let trail = audit::list(
        desk,
        &session,
        &AuditFilter {
            record: Some(r[0].to_string()),
            ..AuditFilter::default()
        },
    )
    .unwrap();
    let actions: Vec<AuditAction> = trail.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        [
            AuditAction::Intake,
            AuditAction::MaterialSupplied,
            AuditAction::StatusChange,
            AuditAction::StatusChange,
            AuditAction::Rating,
        ]
    );
    assert_eq!(trail[2].detail, "accepted -> in-progress");
    assert!(
        trail.iter().all(|e| !e.detail.contains("转交")),
        "notes stay out of the clear trail"
    );
    assert!(matches!(
        audit::verify(desk).unwrap(),
        service_desk::store::audit::Verdict::Intact { .. }
    ));
}

#[test]
fn actions_follow_the_status() {
    let (hall, r) = Hall::three();
    let desk = &hall.fixture.desk;
    let shown = |n: &ReceiptNumber| {
        intake::show(desk, &hall.ctx, n, intake::Viewing::Details)
            .unwrap()
            .unwrap()
    };
    let actions = records::actions(&shown(&r[0]), &hall.ctx);
    assert!(actions.contains(&RecordAction::Status(Status::InProgress)));
    assert!(actions.contains(&RecordAction::Status(Status::Rejected)));
    assert!(!actions.contains(&RecordAction::Status(Status::Completed)));
    assert!(actions.contains(&RecordAction::SupplyMaterial(1)));
    assert!(actions.contains(&RecordAction::SupplyMaterial(2)));
    assert!(!actions.contains(&RecordAction::Rate));
    for to in [Status::InProgress, Status::Completed] {
        records::change_status(desk, &hall.ctx, &r[0], to, "").unwrap();
    }
    let done = records::actions(&shown(&r[0]), &hall.ctx);
    assert!(done.contains(&RecordAction::Rate));
    assert!(!done.iter().any(|a| matches!(a, RecordAction::Status(_))));
    let anonymous = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
    assert!(records::actions(&shown(&r[0]), &anonymous).is_empty());
    records::change_status(desk, &hall.ctx, &r[1], Status::Rejected, "不属于受理范围").unwrap();
    let rejected = records::actions(&shown(&r[1]), &hall.ctx);
    assert!(rejected.contains(&RecordAction::Reprint(Kind::Rejection)));
    assert!(
        !rejected
            .iter()
            .any(|a| matches!(a, RecordAction::Status(_)))
    );
    assert!(!rejected.contains(&RecordAction::SupplyMaterial(1)));
}

#[test]
fn nothing_without_a_signed_in_operator() {
    let (hall, r) = Hall::three();
    let anonymous = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
    let desk = &hall.fixture.desk;
    assert!(records::list(desk, &anonymous, &Filter::default(), None, 10).is_err());
    assert!(records::search(desk, &anonymous, "王芳", &Filter::default(), None, 10).is_err());
    assert!(records::change_status(desk, &anonymous, &r[0], Status::InProgress, "").is_err());
    assert!(records::rate(desk, &anonymous, &r[0], Rating::Satisfied, "").is_err());
}
