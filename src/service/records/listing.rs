//! Pages of lines: the most selective index for the filter is walked (overdue: the deadline
//! index; a date range: the day index; a status: the status index; else every intake, newest
//! first), the rest of the filter is checked on each record's clear part, and a walk reads at
//! most [`SCAN_BUDGET`] records before it hands back what it has and says more may match.
use super::lines::line;
use super::{Cursor, Filter, Listing, Order, Position, RecordsError, passes, signed_in, today};
use crate::service::Desk;
use crate::service::context::Context;
use crate::service::sealing::SealError;
use crate::store::intakes::IntakeRecord;
use crate::store::intakes::listing::{Source, Walked, walk};
use crate::store::{Key, StoreError};

/// Records one page may read before it stops: a filter that matches one record in a
/// thousand still fills a short page, and a filter that matches none answers in tens of
/// milliseconds at a million records instead of reading them all.
pub const SCAN_BUDGET: usize = 20_000;

/// Which index serves `filter`, given the day it is.
fn source(filter: &Filter, today: crate::domain::Date) -> Source {
    if filter.overdue_only {
        return Source::deadline(true, Some(today));
    }
    if filter.order == Order::Deadline {
        return Source::deadline(false, None);
    }
    if filter.from.is_some() || filter.to.is_some() {
        return Source::accepted(filter.from, filter.to);
    }
    match filter.status {
        Some(status) => Source::status(status),
        None => Source::newest(),
    }
}

/// Up to `limit` lines of the intakes `filter` keeps, after `after`; each line's record is
/// opened (its name masked), no other record is. Refused without a signed-in operator.
pub fn list(
    desk: &Desk,
    ctx: &Context,
    filter: &Filter,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Listing, RecordsError> {
    let keys = signed_in(ctx)?.unlocked();
    super::fill_partial_keys(desk, ctx)?;
    let today = today(ctx)?;
    let after = match after.map(|c| &c.0) {
        Some(Position::Entry(key)) => Some(key),
        Some(Position::Below(_)) | None => None,
    };
    let walked = walk(
        desk.store(),
        &source(filter, today),
        after,
        |r| passes(filter, r, today),
        limit,
        SCAN_BUDGET,
    )?;
    let Walked {
        records,
        damaged,
        next,
        budget_spent,
    } = walked;
    let mut listing = lines_of(desk, keys, records.into_iter().map(|(r, _)| r), today)?;
    listing.damaged += damaged.len();
    listing.next = next.map(|k: Key| Cursor(Position::Entry(k)));
    listing.more_may_match = budget_spent;
    Ok(listing)
}

/// Lines for `records`, in order; a record whose sealed part does not open is counted as
/// damaged and passed over.
pub(super) fn lines_of(
    desk: &Desk,
    keys: &crate::service::keys::Unlocked,
    records: impl Iterator<Item = IntakeRecord>,
    today: crate::domain::Date,
) -> Result<Listing, RecordsError> {
    let mut listing = Listing::default();
    for record in records {
        match line(desk.store(), keys, record, today) {
            Ok(line) => listing.lines.push(line),
            Err(SealError::Store(StoreError::DamagedRecord { .. })) => listing.damaged += 1,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(listing)
}
