//! Following intakes after the receipt, for the records screen and `records` commands: pages
//! of masked lines (newest first or by deadline, filtered), search by receipt number, ID
//! number, name or phone through indexes only, and the changes an operator makes: a status
//! move, the applicant's rating, a material supplied. Each change is one transaction: the
//! record rewritten with its index entries and an audit entry. Everything needs a signed-in
//! operator; lines open only the records of the page they return.
use thiserror::Error;

use super::context::{Context, hall_time};
use super::intake::IntakeError;
use super::operators::OperatorError;
use super::sealing::{self, SealError};
use crate::documents;
use crate::domain::application::Deadline;
use crate::domain::material::MaterialKind;
use crate::domain::messages::{MessageArg, MessageId};
use crate::domain::operator::{Permission, Role};
use crate::domain::{Channel, Date, Rating, ReceiptNumber, Status, WorkflowError};
use crate::store::Key;
use crate::store::intakes::{IntakeRecord, StoredIntake};

mod changes;
mod export;
mod lines;
mod listing;
mod search;

pub use changes::{MAX_NOTE_CHARS, change_status, rate, supply_material};
pub use export::{EXPORT_PAGE, export};
pub use lines::{DUE_SOON_DAYS, urgency};
pub use listing::{SCAN_BUDGET, list};
pub use search::{QueryKind, search, understood};

/// Which intakes a list or search shows. `Default` is every intake, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: Option<Status>,
    /// A catalogue item ("SOC-01") or a domain ("SOC").
    pub service: Option<String>,
    pub channel: Option<Channel>,
    /// Accepted on or after this day (the hall's calendar).
    pub from: Option<Date>,
    /// Accepted on or before this day.
    pub to: Option<Date>,
    /// Open intakes past their deadline only. These come from the deadline index, so they
    /// are listed by deadline, the longest overdue first, whatever `order` says.
    pub overdue_only: bool,
    /// Taken by this operator.
    pub operator: Option<String>,
    pub order: Order,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Newest,
    /// Open intakes by deadline, soonest first (those without one last), then closed ones.
    Deadline,
}

/// How a line stands against its deadline. `DueSoon`: due today or within
/// [`DUE_SOON_DAYS`] calendar days (calendar, not working days: a clerk reads "3 days" off a
/// wall calendar, and it needs no holiday table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    Overdue,
    DueSoon,
    OnTrack,
    NoDeadline,
    Closed,
}

/// One intake as a list shows it: the name masked, nothing else personal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub receipt: ReceiptNumber,
    pub accepted_on: Date,
    /// Masked as every list masks it: the first letter and a star or two (乌云其其格 → 乌**).
    pub name: String,
    pub services: Vec<String>,
    pub status: Status,
    pub deadline: Deadline,
    pub urgency: Urgency,
    pub operator: Option<String>,
    /// How many materials are still missing or deferred.
    pub outstanding: usize,
    pub channel: Channel,
    /// When it was completed, in seconds since 1970-01-01 UTC.
    pub completed_at: Option<i64>,
    /// The applicant's rating, without its comment.
    pub rating: Option<Rating>,
}

/// Where the next page starts. Opaque: pass back what a listing gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor(Position);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Position {
    /// After this entry of the index (or primary tree) the list walks.
    Entry(Key),
    /// Search results are newest first: below this sequence.
    Below(u64),
}

/// One page of lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    pub lines: Vec<Line>,
    pub next: Option<Cursor>,
    /// Records passed over because they are damaged.
    pub damaged: usize,
    /// The page stopped at [`SCAN_BUDGET`] records read (a filter that matches few, or a
    /// search with many candidates): more may match further on; `next` goes on from there.
    pub more_may_match: bool,
}

/// What an operator may do with a record now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordAction {
    Status(Status),
    Rate,
    /// Hand in the outstanding material at this position.
    SupplyMaterial(usize),
    Reprint(documents::Kind),
}

#[derive(Debug, Error)]
pub enum RecordsError {
    #[error("no intake has the receipt number {0}")]
    NotFound(ReceiptNumber),
    #[error(transparent)]
    Workflow(WorkflowError),
    /// The operator's role may not do this.
    #[error("a {role:?} may not {}", needs.as_str())]
    Refused { role: Role, needs: Permission },
    /// No material at this position (counted from 1 on screen and on the command line).
    #[error("the intake has no material {0}")]
    NoSuchMaterial(usize),
    /// The material was received already.
    #[error("material {0} is not outstanding")]
    NotOutstanding(usize),
    /// Materials are handed in while the intake is open.
    #[error("the intake is closed")]
    Closed,
    /// A note or comment longer than this many characters.
    #[error("a note is limited to {0} characters")]
    NoteTooLong(usize),
    #[error(transparent)]
    Intake(#[from] IntakeError),
}

impl From<SealError> for RecordsError {
    fn from(e: SealError) -> RecordsError {
        RecordsError::Intake(e.into())
    }
}

impl From<crate::store::StoreError> for RecordsError {
    fn from(e: crate::store::StoreError) -> RecordsError {
        RecordsError::Intake(IntakeError::Store(e))
    }
}

impl From<OperatorError> for RecordsError {
    fn from(e: OperatorError) -> RecordsError {
        match e {
            OperatorError::Refused { role, needs } => RecordsError::Refused { role, needs },
            OperatorError::Store(e) => e.into(),
            _ => RecordsError::Intake(IntakeError::Clock),
        }
    }
}

impl MessageId for RecordsError {
    /// Store, clock and sealing failures are told as intake errors are: call this for the
    /// others.
    fn message_id(&self) -> &'static str {
        match self {
            RecordsError::NotFound(_) => "records-error-not-found",
            RecordsError::Workflow(e) => e.message_id(),
            RecordsError::Refused { .. } => "security-error-refused",
            RecordsError::NoSuchMaterial(_) => "records-error-no-such-material",
            RecordsError::NotOutstanding(_) => "records-error-not-outstanding",
            RecordsError::Closed => "records-error-closed",
            RecordsError::NoteTooLong(_) => "records-error-note-too-long",
            RecordsError::Intake(_) => "records-error-store",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            RecordsError::NotFound(receipt) => {
                vec![("receipt", MessageArg::Text(receipt.to_string()))]
            }
            RecordsError::Workflow(e) => e.message_args(),
            RecordsError::Refused { role, needs } => vec![
                ("role", MessageArg::Message(role.message_id())),
                ("action", MessageArg::Message(needs.message_id())),
            ],
            RecordsError::NoSuchMaterial(n) | RecordsError::NotOutstanding(n) => {
                vec![("material", MessageArg::Text(n.to_string()))]
            }
            RecordsError::NoteTooLong(max) => vec![("max", MessageArg::Text(max.to_string()))],
            _ => Vec::new(),
        }
    }
}

/// The hall's calendar day now.
fn today(ctx: &Context) -> Result<Date, RecordsError> {
    hall_time(ctx.now())
        .map(|(_, day)| day)
        .ok_or(RecordsError::Intake(IntakeError::Clock))
}

/// Whether a material is still to be handed in.
fn outstanding(kind: MaterialKind) -> bool {
    matches!(kind, MaterialKind::Missing | MaterialKind::Deferred)
}

/// What the signed-in operator of `ctx` may do with `record` now; nothing without a login.
pub fn actions(record: &StoredIntake, ctx: &Context) -> Vec<RecordAction> {
    let Some(session) = ctx.session.as_deref() else {
        return Vec::new();
    };
    let mut actions = Vec::new();
    if session.role().may(Permission::MoveStatus) {
        actions.extend(
            Status::ALL
                .iter()
                .filter(|to| record.status.allows(**to))
                .map(|to| RecordAction::Status(*to)),
        );
        if record.status == Status::Completed && record.rating.is_none() {
            actions.push(RecordAction::Rate);
        }
        if !record.status.is_final() {
            actions.extend(
                record
                    .application
                    .materials
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| outstanding(m.status))
                    .map(|(i, _)| RecordAction::SupplyMaterial(i)),
            );
        }
    }
    actions.push(RecordAction::Reprint(documents::Kind::Receipt));
    if record
        .application
        .materials
        .iter()
        .any(|m| outstanding(m.status))
    {
        actions.push(RecordAction::Reprint(documents::Kind::Notice));
    }
    if record.status == Status::Rejected {
        actions.push(RecordAction::Reprint(documents::Kind::Rejection));
    }
    actions
}

/// Whether `record` passes every part of `filter` (`today` decides what is overdue).
fn passes(filter: &Filter, record: &IntakeRecord, today: Date) -> bool {
    filter.status.is_none_or(|s| record.status == s)
        && filter.channel.is_none_or(|c| record.clear.channel == c)
        && filter.from.is_none_or(|d| record.accepted_on >= d)
        && filter.to.is_none_or(|d| record.accepted_on <= d)
        && filter
            .operator
            .as_deref()
            .is_none_or(|o| record.operator.as_deref() == Some(o))
        && filter
            .service
            .as_deref()
            .is_none_or(|s| serves(record, s.trim()))
        && (!filter.overdue_only || lines::is_overdue(record, today))
}

/// Whether the record includes the catalogue item `service`, or an item of the domain.
fn serves(record: &IntakeRecord, service: &str) -> bool {
    let wanted = service.to_uppercase();
    record.clear.services.iter().any(|s| {
        *s == wanted
            || s.split_once('-')
                .is_some_and(|(domain, _)| domain == wanted)
    })
}

/// The session of `ctx`, or the refusal every records use case gives without a login.
fn signed_in(ctx: &Context) -> Result<&super::session::Session, RecordsError> {
    Ok(sealing::session(ctx)?)
}

/// Gives records stored before the partial lookups their keys, if any still lack them: done
/// by the first list or search of an operator who holds the key (a meta flag read
/// otherwise). Returns how many records were given keys.
pub fn fill_partial_keys(desk: &super::Desk, ctx: &Context) -> Result<usize, RecordsError> {
    let store = desk.store();
    if !crate::store::intakes::partial_keys_pending(store)? {
        return Ok(0);
    }
    let filled = sealing::fill_partial_keys(desk, signed_in(ctx)?.unlocked())?;
    crate::store::intakes::partial_keys_filled(store)?;
    Ok(filled)
}

#[cfg(test)]
mod tests;
