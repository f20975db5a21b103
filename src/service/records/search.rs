//! `records search QUERY`: what the query is (a receipt number whole or its last digits, an
//! ID number whole or its last 4-6 characters, a phone, a name in either script or its
//! sound in Latin letters), each reading looked up in its own index, newest first, merged.
//! Never a scan: each lookup reads its index range only, at most [`SCAN_BUDGET`] entries.
use super::listing::lines_of;
use super::{
    Cursor, Filter, Listing, Position, RecordsError, SCAN_BUDGET, passes, signed_in, today,
};
use crate::domain::text::clean_input;
use crate::domain::{Phone, ReceiptNumber};
use crate::service::Desk;
use crate::service::context::Context;
use crate::service::keys::{BlindKind, Unlocked};
use crate::service::sealing;
use crate::store::intakes::listing::{Source, walk, walk_newest};
use crate::store::intakes::{IntakeRecord, LookupBy};

/// One way a query was read; a query may be read several ways ("123456" is the last six of
/// an ID number and the last digits of a receipt number).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryKind {
    Receipt(ReceiptNumber),
    /// The last digits of a receipt number (at least [`MIN_RECEIPT_DIGITS`]).
    ReceiptEnding(String),
    IdNumber(String),
    /// The last 4 to 6 characters of an ID number, upper case.
    IdEnding(String),
    /// As the form stores it.
    Phone(String),
    /// As [`sealing::name_key`] gives it.
    Name(String),
    /// Latin letters folded as [`sealing::fold_sound`] does.
    NameSound(String),
}

/// Fewer digits than this are not read as the end of a receipt number: "1" would match a
/// tenth of the store.
pub const MIN_RECEIPT_DIGITS: usize = 3;

/// The ways `query` can be read; none for a blank query.
pub fn understood(query: &str) -> Vec<QueryKind> {
    let text = clean_input(query).trim().to_string();
    if text.is_empty() {
        return Vec::new();
    }
    if let Ok(receipt) = ReceiptNumber::parse(&text) {
        return vec![QueryKind::Receipt(receipt)];
    }
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_uppercase();
    let digits = !compact.is_empty() && compact.bytes().all(|b| b.is_ascii_digit());
    let id_like = !compact.is_empty()
        && compact
            .char_indices()
            .all(|(i, c)| c.is_ascii_digit() || (c == 'X' && i == compact.len() - 1));
    let mut kinds = Vec::new();
    if id_like && compact.len() == 18 {
        kinds.push(QueryKind::IdNumber(compact.clone()));
    }
    if id_like && (4..=6).contains(&compact.len()) {
        kinds.push(QueryKind::IdEnding(compact.clone()));
    }
    if let Ok(phone) = Phone::parse(&text) {
        kinds.push(QueryKind::Phone(phone.normalized()));
    }
    if digits && (MIN_RECEIPT_DIGITS..18).contains(&compact.len()) {
        kinds.push(QueryKind::ReceiptEnding(compact.clone()));
    }
    if !id_like && text.chars().any(char::is_alphabetic) {
        kinds.push(QueryKind::Name(sealing::name_key(&text)));
        if text
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c.is_whitespace())
        {
            kinds.push(QueryKind::NameSound(sealing::fold_sound(&text)));
        }
    }
    kinds
}

/// The index range that answers one reading of the query.
fn source(kind: &QueryKind, keys: &Unlocked) -> Source {
    let blind = |by, kind, value: &str| Source::lookup(by, &keys.blind(kind, value));
    match kind {
        QueryKind::Receipt(receipt) => Source::receipt(receipt),
        QueryKind::ReceiptEnding(digits) => Source::receipt_ending(digits),
        QueryKind::IdNumber(id) => blind(LookupBy::IdNumber, BlindKind::IdNumber, id),
        QueryKind::IdEnding(tail) => {
            let last4 = &tail[tail.len() - 4..];
            blind(LookupBy::IdTail, BlindKind::IdTail, last4)
        }
        QueryKind::Phone(phone) => blind(LookupBy::Phone, BlindKind::Phone, phone),
        QueryKind::Name(name) => blind(LookupBy::Name, BlindKind::Name, name),
        QueryKind::NameSound(sound) => blind(LookupBy::NameSound, BlindKind::NameSound, sound),
    }
}

/// Intakes matching `query` and `filter`, newest first, after `after`. Each reading of the
/// query is one index lookup; the last 5 or 6 characters of an ID number are checked on the
/// candidates its last 4 find (their sealed part opened for that). Refused without a
/// signed-in operator.
pub fn search(
    desk: &Desk,
    ctx: &Context,
    query: &str,
    filter: &Filter,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Listing, RecordsError> {
    let kinds = understood(query);
    if kinds.is_empty() {
        return super::list(desk, ctx, filter, after, limit);
    }
    let keys = signed_in(ctx)?.unlocked();
    super::fill_partial_keys(desk, ctx)?;
    let today = today(ctx)?;
    let below = match after.map(|c| &c.0) {
        Some(Position::Below(sequence)) => *sequence,
        _ => u64::MAX,
    };
    let store = desk.store();
    let mut found: Vec<IntakeRecord> = Vec::new();
    let (mut damaged, mut more_may_match) = (0, false);
    for kind in &kinds {
        let ending = match kind {
            QueryKind::IdEnding(tail) if tail.len() > 4 => Some(tail.as_str()),
            _ => None,
        };
        let keep = |r: &IntakeRecord| {
            r.sequence < below
                && passes(filter, r, today)
                && ending.is_none_or(|tail| id_ends_with(desk, keys, r, tail))
        };
        let source = source(kind, keys);
        let walked = match kind {
            // Indexed by digits, not by age: the entries are sorted by sequence first, and
            // only the records a page needs are read.
            QueryKind::ReceiptEnding(_) => {
                walk_newest(store, &source, below, keep, limit + 1, SCAN_BUDGET)?
            }
            _ => walk(store, &source, None, keep, limit + 1, SCAN_BUDGET)?,
        };
        damaged += walked.damaged.len();
        more_may_match |= walked.budget_spent;
        found.extend(walked.records.into_iter().map(|(r, _)| r));
    }
    found.sort_by_key(|r| std::cmp::Reverse(r.sequence));
    found.dedup_by_key(|r| r.sequence);
    let more = found.len() > limit;
    found.truncate(limit);
    let last = found.last().map(|r| r.sequence);
    let mut listing = lines_of(desk, keys, found.into_iter(), today)?;
    listing.damaged += damaged;
    listing.more_may_match = more_may_match;
    listing.next = last.filter(|_| more).map(|s| Cursor(Position::Below(s)));
    Ok(listing)
}

/// Whether the record's ID number ends in `tail`; a record that does not open does not.
fn id_ends_with(desk: &Desk, keys: &Unlocked, record: &IntakeRecord, tail: &str) -> bool {
    sealing::open_private(desk.store(), keys, record).is_ok_and(|p| {
        p.personal
            .applicant
            .id_number
            .to_uppercase()
            .ends_with(tail)
    })
}
