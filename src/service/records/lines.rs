//! A list's line for one intake: its private part opened only to mask the name, and how it
//! stands against its deadline.
use super::super::keys::Unlocked;
use super::{Line, Urgency, outstanding};
use crate::domain::Date;
use crate::service::drafts::mask_name;
use crate::service::sealing::{self, SealError};
use crate::store::Store;
use crate::store::intakes::IntakeRecord;

/// A deadline this many calendar days away or nearer (today included) is due soon.
pub const DUE_SOON_DAYS: i64 = 3;

/// Open and past its deadline: the deadline day itself still counts as on time.
pub(super) fn is_overdue(record: &IntakeRecord, today: Date) -> bool {
    record.is_open() && record.deadline.date().is_some_and(|d| d < today)
}

/// How `record` stands on `today`.
pub fn urgency(record: &IntakeRecord, today: Date) -> Urgency {
    if !record.is_open() {
        return Urgency::Closed;
    }
    let Some(deadline) = record.deadline.date() else {
        return Urgency::NoDeadline;
    };
    let days_left = deadline.days_since_epoch() - today.days_since_epoch();
    if days_left < 0 {
        Urgency::Overdue
    } else if days_left <= DUE_SOON_DAYS {
        Urgency::DueSoon
    } else {
        Urgency::OnTrack
    }
}

/// The line for `record`, its name opened and masked.
pub(super) fn line(
    store: &Store,
    keys: &Unlocked,
    record: IntakeRecord,
    today: Date,
) -> Result<Line, SealError> {
    let urgency = urgency(&record, today);
    let outstanding = record
        .clear
        .materials
        .iter()
        .filter(|m| outstanding(m.status))
        .count();
    let private = sealing::open_private(store, keys, &record)?;
    Ok(Line {
        name: mask_name(&private.personal.applicant.name),
        receipt: record.receipt,
        accepted_on: record.accepted_on,
        services: record.clear.services,
        status: record.status,
        deadline: record.deadline,
        urgency,
        operator: record.operator,
        outstanding,
        channel: record.clear.channel,
        completed_at: record.completed_at,
        rating: record.rating.map(|r| r.rating),
    })
}
