//! The changes an operator makes to an intake after its receipt: a status move (a rejection
//! with its reason), the applicant's rating once completed, an outstanding material handed
//! in. Each is one transaction: the record rewritten with its index entries, a history entry
//! (time, operator, what, note sealed) and an audit entry.
use std::cell::Cell;

use super::{RecordsError, outstanding, signed_in};
use crate::domain::audit::AuditAction;
use crate::domain::material::MaterialKind;
use crate::domain::operator::Permission;
use crate::domain::text::clean_input;
use crate::domain::{Rating, ReceiptNumber, Status};
use crate::service::Desk;
use crate::service::audit;
use crate::service::context::{Context, hall_time};
use crate::service::intake::IntakeError;
use crate::service::sealing;
use crate::store::intakes::{
    self, Event, HistoryEntry, IntakeRecord, Note, RatingEntry, StoredIntake, UpdateError,
};

/// Longest note or comment, in characters: a reason or a remark, not a letter.
pub const MAX_NOTE_CHARS: usize = 500;

/// What a change needs from its context: the time, the operator, the note sealed.
struct Change {
    at: i64,
    operator: Option<String>,
    note: Note,
    text: String,
}

fn prepare(ctx: &Context, note: &str) -> Result<Change, RecordsError> {
    let session = signed_in(ctx)?;
    session.require(Permission::MoveStatus)?;
    let text = clean_input(note).trim().to_string();
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(RecordsError::NoteTooLong(MAX_NOTE_CHARS));
    }
    let (at, _) = hall_time(ctx.now()).ok_or(RecordsError::Intake(IntakeError::Clock))?;
    Ok(Change {
        at,
        operator: ctx.operator.as_ref().map(|o| o.name.clone()),
        note: sealing::seal_note(session.unlocked(), &text)?,
        text,
    })
}

impl Change {
    fn entry(&self, status: Status, event: Event, note: Note) -> HistoryEntry {
        HistoryEntry {
            at: self.at,
            status,
            event,
            note,
            operator: self.operator.clone(),
        }
    }
}

/// Rewrites the intake as `change` gives it, with an audit entry of `action` whose detail
/// `detail` gives (never a note: the trail is in the clear), and hands it back opened.
fn apply(
    desk: &Desk,
    ctx: &Context,
    receipt: &ReceiptNumber,
    action: AuditAction,
    change: impl FnOnce(&IntakeRecord) -> Result<IntakeRecord, RecordsError>,
    detail: impl FnOnce(&IntakeRecord) -> String,
) -> Result<StoredIntake, RecordsError> {
    let keys = signed_in(ctx)?.unlocked();
    let number = receipt.to_string();
    let entry = audit::entry(ctx, action, Some(&number), "")?;
    let updated = intakes::update_with(desk.store(), receipt, change, |store, batch, after| {
        let mut entry = entry;
        entry.detail = detail(after);
        audit::record_in(store, batch, entry).map(|_| ())
    });
    let after = match updated {
        Ok(after) => after,
        Err(UpdateError::NotFound) => return Err(RecordsError::NotFound(receipt.clone())),
        Err(UpdateError::Refused(e)) => return Err(e),
        Err(UpdateError::Store(e)) => return Err(e.into()),
    };
    Ok(sealing::open(desk.store(), keys, after)?)
}

/// Moves the intake to `to`, with `note` (a rejection's reason, which it needs) kept in its
/// history; completing it records the completion time. A move the workflow does not allow is
/// refused with the reason. Needs a signed-in operator whose role may move statuses.
pub fn change_status(
    desk: &Desk,
    ctx: &Context,
    receipt: &ReceiptNumber,
    to: Status,
    note: &str,
) -> Result<StoredIntake, RecordsError> {
    let change = prepare(ctx, note)?;
    let from = Cell::new(None);
    apply(
        desk,
        ctx,
        receipt,
        AuditAction::StatusChange,
        |before| {
            let to = before
                .status
                .move_to(to, Some(&change.text))
                .map_err(RecordsError::Workflow)?;
            from.set(Some(before.status));
            let mut after = before.clone();
            after.status = to;
            if to == Status::Completed {
                after.completed_at = Some(change.at);
            }
            after
                .history
                .push(change.entry(to, Event::Status(to), change.note.clone()));
            Ok(after)
        },
        |after| match from.get() {
            Some(from) => format!("{} -> {}", from.code(), after.status.code()),
            None => after.status.code().to_string(),
        },
    )
}

/// Records the applicant's rating of a completed intake, once, with an optional comment
/// (sealed: it is free text about people).
pub fn rate(
    desk: &Desk,
    ctx: &Context,
    receipt: &ReceiptNumber,
    rating: Rating,
    comment: &str,
) -> Result<StoredIntake, RecordsError> {
    let change = prepare(ctx, comment)?;
    apply(
        desk,
        ctx,
        receipt,
        AuditAction::Rating,
        |before| {
            let current = before.rating.as_ref().map(|r| r.rating);
            rating
                .check(before.status, current)
                .map_err(RecordsError::Workflow)?;
            let mut after = before.clone();
            after.rating = Some(RatingEntry {
                rating,
                comment: change.note.clone(),
                at: change.at,
                operator: change.operator.clone(),
            });
            after
                .history
                .push(change.entry(before.status, Event::Rated(rating), Note::empty()));
            Ok(after)
        },
        |_| rating.code().to_string(),
    )
}

/// Records that the material at `material` (from 0) was handed in: it becomes received, and
/// the history keeps what it was (missing, or deferred until when). Only while the intake is
/// open, and only for a material still outstanding.
pub fn supply_material(
    desk: &Desk,
    ctx: &Context,
    receipt: &ReceiptNumber,
    material: usize,
    note: &str,
) -> Result<StoredIntake, RecordsError> {
    let change = prepare(ctx, note)?;
    apply(
        desk,
        ctx,
        receipt,
        AuditAction::MaterialSupplied,
        |before| {
            if before.status.is_final() {
                return Err(RecordsError::Closed);
            }
            let mut after = before.clone();
            let state = after
                .clear
                .materials
                .get_mut(material)
                .ok_or(RecordsError::NoSuchMaterial(material.saturating_add(1)))?;
            if !outstanding(state.status) {
                return Err(RecordsError::NotOutstanding(material + 1));
            }
            let event = Event::MaterialSupplied {
                material: u32::try_from(material).unwrap_or(u32::MAX),
                was: state.status,
                due: state.due,
            };
            state.status = MaterialKind::Received;
            state.due = None;
            after
                .history
                .push(change.entry(before.status, event, change.note.clone()));
            Ok(after)
        },
        |after| {
            format!(
                "material {}: {}",
                material + 1,
                after
                    .clear
                    .materials
                    .get(material)
                    .map_or("", |m| m.service.as_str())
            )
        },
    )
}
