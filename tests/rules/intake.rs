//! The status workflow, ratings, channels and material states.
use service_desk::domain::{
    Channel, MaterialError, MaterialKind, MaterialStatus, Rating, Status, WorkflowError,
};

use super::d;

#[test]
fn exactly_the_documented_moves_are_allowed() {
    use Status::*;
    let allowed = [
        (Accepted, InProgress),
        (InProgress, Completed),
        (Accepted, Rejected),
        (Accepted, Withdrawn),
        (InProgress, Rejected),
        (InProgress, Withdrawn),
    ];
    for &from in Status::ALL {
        for &to in Status::ALL {
            assert_eq!(
                from.allows(to),
                allowed.contains(&(from, to)),
                "{from:?} → {to:?}"
            );
        }
    }
    let finals: Vec<Status> = Status::ALL
        .iter()
        .copied()
        .filter(|s| s.is_final())
        .collect();
    assert_eq!(finals, [Completed, Rejected, Withdrawn]);
}

#[test]
fn moves_are_checked_and_a_rejection_needs_its_reason() {
    use Status::*;
    assert_eq!(Accepted.move_to(InProgress, None), Ok(InProgress));
    assert_eq!(InProgress.move_to(Withdrawn, None), Ok(Withdrawn));
    assert_eq!(
        Accepted.move_to(Completed, None),
        Err(WorkflowError::MoveNotAllowed {
            from: Accepted,
            to: Completed
        })
    );
    assert_eq!(
        Completed.move_to(Rejected, Some("材料不全")),
        Err(WorkflowError::MoveNotAllowed {
            from: Completed,
            to: Rejected
        })
    );
    assert_eq!(
        Accepted.move_to(Rejected, None),
        Err(WorkflowError::ReasonRequired)
    );
    assert_eq!(
        Accepted.move_to(Rejected, Some(" \u{3000}")),
        Err(WorkflowError::ReasonRequired)
    );
    assert_eq!(
        Accepted.move_to(Rejected, Some("不属于本中心受理范围")),
        Ok(Rejected)
    );
}

#[test]
fn only_a_completed_intake_is_rated_and_only_once() {
    use Status::*;
    let rating = Rating::BasicallySatisfied;
    assert_eq!(rating.check(Completed, None), Ok(rating));
    for &status in &[Accepted, InProgress, Rejected, Withdrawn] {
        assert_eq!(
            rating.check(status, None),
            Err(WorkflowError::RatingBeforeCompletion)
        );
    }
    assert_eq!(
        rating.check(Completed, Some(Rating::Satisfied)),
        Err(WorkflowError::AlreadyRated)
    );
}

/// Codes are the contract of the JSON and the command line; serde and `code()` agree.
fn codes<T: serde::Serialize + Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter()
        .map(|v| {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{}\"", code(*v)));
            code(*v).to_string()
        })
        .collect()
}

#[test]
fn codes_are_those_of_the_design() {
    assert_eq!(
        codes(Status::ALL, Status::code),
        [
            "accepted",
            "in-progress",
            "completed",
            "rejected",
            "withdrawn"
        ]
    );
    assert_eq!(
        codes(Rating::ALL, Rating::code),
        [
            "very-satisfied",
            "satisfied",
            "basically-satisfied",
            "dissatisfied",
            "very-dissatisfied"
        ]
    );
    assert_eq!(
        codes(Channel::ALL, Channel::code),
        [
            "counter",
            "home-visit",
            "appointment",
            "agent",
            "cross-area"
        ]
    );
    for &s in Status::ALL {
        assert_eq!(Status::from_code(s.code()), Some(s));
        assert_eq!(
            serde_json::from_str::<Status>(&format!("\"{}\"", s.code())).unwrap(),
            s
        );
    }
    assert_eq!(Channel::from_code(" home-visit "), Some(Channel::HomeVisit));
    assert_eq!(Channel::from_code("home_visit"), None);
    assert_eq!(Rating::from_code("good"), None);
    let kinds: Vec<String> = MaterialKind::ALL
        .iter()
        .map(|k| serde_json::to_string(k).unwrap())
        .collect();
    assert_eq!(kinds, ["\"received\"", "\"missing\"", "\"deferred\""]);
}

#[test]
fn a_deferred_material_carries_a_due_date_and_nothing_else_does() {
    use MaterialKind::*;
    let accepted = d("2026-12-02");
    let new = |kind, due: Option<&str>| MaterialStatus::new(kind, due.map(d), accepted);
    assert_eq!(new(Received, None), Ok(MaterialStatus::Received));
    assert_eq!(new(Missing, None), Ok(MaterialStatus::Missing));
    let deferred = new(Deferred, Some("2026-12-09")).unwrap();
    assert_eq!(deferred.due(), Some(d("2026-12-09")));
    assert_eq!(deferred.kind(), Deferred);
    assert_eq!(
        new(Deferred, Some("2026-12-02")).map(MaterialStatus::kind),
        Ok(Deferred)
    );
    assert_eq!(new(Deferred, None), Err(MaterialError::DueDateMissing));
    assert_eq!(
        new(Deferred, Some("2026-12-01")),
        Err(MaterialError::DueDateInPast)
    );
    assert_eq!(
        new(Received, Some("2026-12-09")),
        Err(MaterialError::DueDateNotDeferred)
    );
    assert_eq!(
        new(Missing, Some("2026-12-09")),
        Err(MaterialError::DueDateNotDeferred)
    );
    assert!(!MaterialStatus::Received.is_outstanding());
    assert!(MaterialStatus::Missing.is_outstanding());
    assert!(deferred.is_outstanding());
}
