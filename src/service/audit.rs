//! Audit use cases: record what an operator did (on its own, or inside the batch that does
//! it), check the whole trail, and list it for a supervisor by operator, date and record.
use super::Desk;
use super::context::{Context, HALL_UTC_OFFSET_SECONDS};
use super::operators::{OperatorError, seconds};
use super::session::Session;
use crate::domain::Date;
use crate::domain::audit::AuditAction;
use crate::domain::operator::Permission;
use crate::store::audit::{self as stored, AuditEntry, NewAuditEntry, Verdict};
use crate::store::operators as stored_operators;
use crate::store::{Batch, Store, StoreError};

pub use crate::store::audit::{AuditAppender, Break};

/// The entry for `action` by the context's operator at the context's time.
pub fn entry(
    ctx: &Context,
    action: AuditAction,
    record: Option<&str>,
    detail: &str,
) -> Result<NewAuditEntry, OperatorError> {
    Ok(NewAuditEntry {
        at: seconds(ctx)?,
        operator: ctx.operator.as_ref().map(|o| o.name.clone()),
        action,
        record: record.map(str::to_string),
        detail: detail.to_string(),
    })
}

/// Records `entry` on its own; returns once it is on disk.
pub fn record(desk: &Desk, entry: NewAuditEntry) -> Result<AuditEntry, OperatorError> {
    Ok(stored::append(desk.store(), entry)?)
}

/// Adds `entry` to a batch that commits the change it describes, so that both land in one
/// transaction. Call it inside `Store::commit_with`, as intake's own writes are: the next
/// sequence is read there. Several entries in one batch go through one [`AuditAppender`].
pub fn record_in(
    store: &Store,
    batch: &mut Batch,
    entry: NewAuditEntry,
) -> Result<AuditEntry, StoreError> {
    AuditAppender::begin(store)?.append(store, batch, entry)
}

/// Checks every link of the trail and its head. A store with operators has at least the
/// entry that created the first one, so an empty trail there is a removed one.
pub fn verify(desk: &Desk) -> Result<Verdict, OperatorError> {
    let store = desk.store();
    let verdict = stored::verify(store)?;
    if verdict == (Verdict::Intact { entries: 0 }) && stored_operators::any(store)? {
        return Ok(Verdict::Broken {
            seq: 1,
            problem: Break::Missing,
        });
    }
    Ok(verdict)
}

/// Which entries `audit list` shows; every part is optional. Dates are the hall's calendar
/// days, both ends included.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub operator: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub record: Option<String>,
}

impl AuditFilter {
    fn keeps(&self, entry: &AuditEntry) -> bool {
        let day = entry
            .at
            .saturating_add(HALL_UTC_OFFSET_SECONDS)
            .div_euclid(86_400);
        self.operator
            .as_deref()
            .is_none_or(|o| entry.operator.as_deref() == Some(o))
            && self
                .record
                .as_deref()
                .is_none_or(|r| entry.record.as_deref() == Some(r))
            && self.from.is_none_or(|d| day >= d.days_since_epoch())
            && self.to.is_none_or(|d| day <= d.days_since_epoch())
    }
}

/// The entries `filter` keeps, oldest first, for a supervisor. Reads the whole trail: it is
/// for review, not for every keystroke.
pub fn list(
    desk: &Desk,
    session: &Session,
    filter: &AuditFilter,
) -> Result<Vec<AuditEntry>, OperatorError> {
    session.require(Permission::ReadAudit)?;
    let all = stored::all(desk.store())?;
    Ok(all.into_iter().filter(|e| filter.keeps(e)).collect())
}
