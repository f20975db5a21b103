//! `records export`: every line a filter keeps, page after page, handed to a writer, for a
//! supervisor; audited as an export with how many lines went out. A line carries what a list
//! shows (the name masked) and nothing more personal: an export leaves the hall.
use super::{Cursor, Filter, Line, RecordsError, list, signed_in};
use crate::domain::audit::AuditAction;
use crate::domain::operator::Permission;
use crate::service::Desk;
use crate::service::audit;
use crate::service::context::Context;

/// Lines read per page of an export.
pub const EXPORT_PAGE: usize = 500;

/// Hands every line `filter` keeps to `write`, in the list's order, and `progress` the count
/// so far after each page; returns how many. A supervisor's action: refused to a clerk before
/// anything is read. The audit entry is written once the export ends, whole or not, saying
/// how many lines went out.
pub fn export<E: From<RecordsError>>(
    desk: &Desk,
    ctx: &Context,
    filter: &Filter,
    mut write: impl FnMut(&Line) -> Result<(), E>,
    mut progress: impl FnMut(usize),
) -> Result<usize, E> {
    let session = signed_in(ctx)?;
    session
        .require(Permission::Export)
        .map_err(RecordsError::from)?;
    let mut count = 0usize;
    let mut after: Option<Cursor> = None;
    let outcome = loop {
        let page = match list(desk, ctx, filter, after.as_ref(), EXPORT_PAGE) {
            Ok(page) => page,
            Err(e) => break Err(E::from(e)),
        };
        if let Some(e) = page.lines.iter().find_map(|line| write(line).err()) {
            break Err(e);
        }
        count += page.lines.len();
        progress(count);
        match page.next {
            Some(next) => after = Some(next),
            None => break Ok(count),
        }
    };
    let whole = if outcome.is_ok() { "" } else { ", cut short" };
    let entry = audit::entry(
        ctx,
        AuditAction::Export,
        None,
        &format!("{count} intakes{whole}"),
    )
    .map_err(RecordsError::from)?;
    audit::record(desk, entry).map_err(RecordsError::from)?;
    outcome
}
