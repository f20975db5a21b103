//! An intake's life after the receipt: its status and the moves between statuses, the
//! applicant's rating at completion, and the channel it came through.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::messages::{MessageArg, MessageId};

/// Where an intake stands. Accepted (受理) → in progress (办理中) → completed (办结); before
/// completion it may instead be rejected (不予受理, with a reason) or withdrawn (撤回).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Accepted,
    InProgress,
    Completed,
    Rejected,
    Withdrawn,
}

/// The applicant's rating (好差评), five levels, given once the intake is completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    VerySatisfied,
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
    VeryDissatisfied,
}

/// How the application reached the hall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// At the counter (窗口受理).
    Counter,
    /// Taken at the applicant's home (上门办理).
    HomeVisit,
    /// By appointment (预约办理).
    Appointment,
    /// Through an agent (委托代办).
    Agent,
    /// For an applicant registered elsewhere (同城通办 / 跨域通办).
    CrossArea,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum WorkflowError {
    #[error("an intake cannot go from {from:?} to {to:?}")]
    MoveNotAllowed { from: Status, to: Status },
    #[error("rejecting an intake needs the reason")]
    ReasonRequired,
    #[error("only a completed intake can be rated")]
    RatingBeforeCompletion,
    #[error("this intake has been rated already")]
    AlreadyRated,
}

impl MessageId for WorkflowError {
    fn message_id(&self) -> &'static str {
        match self {
            WorkflowError::MoveNotAllowed { .. } => "intake-error-status-move",
            WorkflowError::ReasonRequired => "intake-error-status-reason-required",
            WorkflowError::RatingBeforeCompletion => "intake-error-rating-not-completed",
            WorkflowError::AlreadyRated => "intake-error-rating-already-given",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            WorkflowError::MoveNotAllowed { from, to } => vec![
                ("from", MessageArg::Message(from.message_id())),
                ("to", MessageArg::Message(to.message_id())),
            ],
            _ => Vec::new(),
        }
    }
}

/// Codes as in JSON and on the command line, and their message ids, one table per enum.
macro_rules! coded_enum {
    ($name:ident { $($variant:ident => $code:literal, $id:literal;)+ }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The kebab-case code, as serde writes it.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value for a code; `None` for anything else.
            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code.trim())
            }
        }

        impl MessageId for $name {
            fn message_id(&self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
        }
    };
}

coded_enum!(Status {
    Accepted => "accepted", "intake-status-accepted";
    InProgress => "in-progress", "intake-status-in-progress";
    Completed => "completed", "intake-status-completed";
    Rejected => "rejected", "intake-status-rejected";
    Withdrawn => "withdrawn", "intake-status-withdrawn";
});

coded_enum!(Rating {
    VerySatisfied => "very-satisfied", "intake-rating-very-satisfied";
    Satisfied => "satisfied", "intake-rating-satisfied";
    BasicallySatisfied => "basically-satisfied", "intake-rating-basically-satisfied";
    Dissatisfied => "dissatisfied", "intake-rating-dissatisfied";
    VeryDissatisfied => "very-dissatisfied", "intake-rating-very-dissatisfied";
});

coded_enum!(Channel {
    Counter => "counter", "intake-channel-counter";
    HomeVisit => "home-visit", "intake-channel-home-visit";
    Appointment => "appointment", "intake-channel-appointment";
    Agent => "agent", "intake-channel-agent";
    CrossArea => "cross-area", "intake-channel-cross-area";
});

impl Status {
    /// Whether the workflow has a move from `self` to `to` (staying put is not a move).
    pub fn allows(self, to: Status) -> bool {
        use Status::*;
        matches!(
            (self, to),
            (Accepted, InProgress)
                | (InProgress, Completed)
                | (Accepted | InProgress, Rejected | Withdrawn)
        )
    }

    /// Completed, rejected and withdrawn intakes move no further.
    pub fn is_final(self) -> bool {
        !Status::ALL.iter().any(|to| self.allows(*to))
    }

    /// The status after a move, checked: a rejection needs a reason that is not blank.
    pub fn move_to(self, to: Status, reason: Option<&str>) -> Result<Status, WorkflowError> {
        if !self.allows(to) {
            return Err(WorkflowError::MoveNotAllowed { from: self, to });
        }
        let has_reason = reason.is_some_and(|r| !r.trim().is_empty());
        if to == Status::Rejected && !has_reason {
            return Err(WorkflowError::ReasonRequired);
        }
        Ok(to)
    }
}

impl Rating {
    /// Checks that `self` may be recorded on an intake in `status` that holds `current`:
    /// only a completed intake is rated, and only once.
    pub fn check(self, status: Status, current: Option<Rating>) -> Result<Rating, WorkflowError> {
        if status != Status::Completed {
            Err(WorkflowError::RatingBeforeCompletion)
        } else if current.is_some() {
            Err(WorkflowError::AlreadyRated)
        } else {
            Ok(self)
        }
    }
}
