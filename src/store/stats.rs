//! Statistics counters kept as intakes are written: one row per (dimension, day of
//! acceptance, key), holding the [`Counts`] of the intakes accepted that day under that key.
//! A record's contribution is a pure function of its clear part ([`Facts::of`]); a write
//! takes away the old record's contribution and adds the new one's in the same transaction
//! ([`apply`]), so a year's numbers are a range read of a few thousand rows, not a scan of
//! the intakes. [`rebuild`] recomputes every row from the records.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::codec;
use super::intakes::IntakeRecord;
use super::table::{Batch, Op, Span};
use super::{Key, Store, StoreError};
use crate::domain::Date;

mod counts;
mod facts;

pub use counts::{Counts, day_number, day_of_number};
pub use facts::{Facts, HALL_OFFSET_SECONDS, hall_day, rating_of};

/// The counters' tree.
pub const TREE: &str = "stats_days";

/// The format byte of a counter row. Kept apart from the record formats' low numbers.
pub const FORMAT: u8 = 40;

/// What the counters are kept by. `Total` has one key (empty) and counts every intake once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Total,
    Domain,
    Item,
    Region,
    Channel,
    Status,
    Operator,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Total,
        Dimension::Domain,
        Dimension::Item,
        Dimension::Region,
        Dimension::Channel,
        Dimension::Status,
        Dimension::Operator,
    ];

    /// The first byte of the row keys; fixed, since stored keys depend on it.
    fn tag(self) -> u8 {
        match self {
            Dimension::Total => 0,
            Dimension::Domain => 1,
            Dimension::Item => 2,
            Dimension::Region => 3,
            Dimension::Channel => 4,
            Dimension::Status => 5,
            Dimension::Operator => 6,
        }
    }
}

/// One stored row: the key it counts under (also in the row's key, kept here so that reading
/// needs no key parsing) and its counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Row {
    key: String,
    counts: Counts,
}

fn row_key(dimension: Dimension, day: Date, key: &str) -> Vec<u8> {
    Key::new()
        .u8(dimension.tag())
        .u32(day_number(day))
        .str(key)
        .as_bytes()
        .to_vec()
}

fn day_key(dimension: Dimension, day: Date) -> Key {
    Key::new().u8(dimension.tag()).u32(day_number(day))
}

/// Every (dimension, key) an intake counts under.
fn keys_of(facts: &Facts) -> Vec<(Dimension, String)> {
    let mut keys = vec![(Dimension::Total, String::new())];
    keys.extend(facts.domains.iter().map(|d| (Dimension::Domain, d.clone())));
    keys.extend(facts.items.iter().map(|i| (Dimension::Item, i.clone())));
    keys.push((Dimension::Region, facts.region.clone()));
    keys.push((Dimension::Channel, facts.channel.code().to_string()));
    keys.push((Dimension::Status, facts.status.code().to_string()));
    keys.push((Dimension::Operator, facts.operator.clone()));
    keys
}

/// The record's contribution: each row key it touches, with what it adds there.
fn contribution(record: &IntakeRecord) -> Vec<(Vec<u8>, String, Counts)> {
    let facts = Facts::of(record);
    let counts = Counts::of(&facts);
    keys_of(&facts)
        .into_iter()
        .map(|(dimension, key)| {
            (
                row_key(dimension, facts.accepted_on, &key),
                key,
                counts.clone(),
            )
        })
        .collect()
}

/// Takes `before`'s contribution away and adds `after`'s, as writes in `batch`: a new intake
/// is `(None, Some(new))`, a status change `(Some(old), Some(new))`. Each row is read (from
/// the batch's own earlier writes, else from the store) and written back, so the caller must
/// build `batch` inside [`Store::commit_with`], where no other commit runs between the read
/// and the commit.
pub fn apply(
    store: &Store,
    batch: &mut Batch,
    before: Option<&IntakeRecord>,
    after: Option<&IntakeRecord>,
) -> Result<(), StoreError> {
    let mut deltas: BTreeMap<Vec<u8>, Row> = BTreeMap::new();
    let parts = before
        .map(|r| (r, -1))
        .into_iter()
        .chain(after.map(|r| (r, 1)));
    for (record, sign) in parts {
        for (row, key, counts) in contribution(record) {
            let delta = deltas.entry(row).or_insert_with(|| Row {
                key,
                counts: Counts::default(),
            });
            delta.counts.add(&counts, sign);
        }
    }
    if !batch.trees.contains(&TREE) {
        batch.trees.push(TREE);
    }
    for (row_key, delta) in deltas.into_iter().filter(|(_, d)| !d.counts.is_zero()) {
        let mut row = read_row(store, batch, &row_key)?.unwrap_or(Row {
            key: delta.key,
            counts: Counts::default(),
        });
        row.counts.add(&delta.counts, 1);
        put_row(store, batch, row_key, &row)?;
    }
    Ok(())
}

/// The row at `key` as `batch` leaves it: its last write there, else what the store holds.
fn read_row(store: &Store, batch: &Batch, key: &[u8]) -> Result<Option<Row>, StoreError> {
    let pending = batch.ops.iter().rev().find_map(|op| match op {
        Op::Put {
            tree,
            key: k,
            value,
        } if *tree == TREE && k == key => Some(Some(value.clone())),
        Op::Delete { tree, key: k } if *tree == TREE && k == key => Some(None),
        _ => None,
    });
    let value = match pending {
        Some(value) => value,
        None => store
            .tree(TREE)?
            .get(key)
            .map_err(|e| store.error(e))?
            .map(|v| v.to_vec()),
    };
    value
        .map(|v| {
            codec::decode(FORMAT, &v).map_err(|e| StoreError::decode(store.path(), TREE, key, e))
        })
        .transpose()
}

fn put_row(store: &Store, batch: &mut Batch, key: Vec<u8>, row: &Row) -> Result<(), StoreError> {
    if row.counts.is_zero() {
        batch.ops.push(Op::Delete { tree: TREE, key });
        return Ok(());
    }
    let value =
        codec::encode(FORMAT, row).map_err(|e| StoreError::encode(store.path(), TREE, e))?;
    batch.ops.push(Op::Put {
        tree: TREE,
        key,
        value,
    });
    Ok(())
}

/// The summed counts of each key of `dimension`, over the intakes accepted from `from` to
/// `to` (both included).
pub fn sum_by(
    store: &Store,
    dimension: Dimension,
    from: Date,
    to: Date,
) -> Result<BTreeMap<String, Counts>, StoreError> {
    let mut sums: BTreeMap<String, Counts> = BTreeMap::new();
    for_each_row(store, dimension, from, to, |_, row| {
        sums.entry(row.key.clone()).or_default().add(&row.counts, 1);
    })?;
    Ok(sums)
}

/// The counts of every intake, day by day (days without intakes left out), from `from` to
/// `to` (both included).
pub fn by_day(store: &Store, from: Date, to: Date) -> Result<Vec<(Date, Counts)>, StoreError> {
    let mut days = Vec::new();
    for_each_row(store, Dimension::Total, from, to, |day, row| {
        days.push((day, row.counts))
    })?;
    Ok(days)
}

fn for_each_row(
    store: &Store,
    dimension: Dimension,
    from: Date,
    to: Date,
    mut each: impl FnMut(Date, Row),
) -> Result<(), StoreError> {
    let Some(after_to) = to.next_day() else {
        return Ok(());
    };
    let (start, end) = (day_key(dimension, from), day_key(dimension, after_to));
    let tree = store.tree(TREE)?;
    for entry in tree.range(start.as_bytes()..end.as_bytes()) {
        let (key, value) = entry.map_err(|e| store.error(e))?;
        let row: Row = codec::decode(FORMAT, &value)
            .map_err(|e| StoreError::decode(store.path(), TREE, &key, e))?;
        let day = key
            .get(1..5)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .and_then(|b| day_of_number(u32::from_be_bytes(b)))
            .ok_or_else(|| StoreError::corrupt(store.path(), "a stats row key names no day"))?;
        each(day, row);
    }
    Ok(())
}

/// What a rebuild did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rebuilt {
    /// Records counted.
    pub records: u64,
    /// Records passed over because they do not decode.
    pub damaged: u64,
    /// Counter rows written.
    pub rows: u64,
}

/// Records read per page, and writes per commit, while rebuilding.
const REBUILD_PAGE: usize = 2_000;

/// Recomputes every counter row from the stored intakes: for a store written before the
/// counters existed (a migration calls it), or to check them. Writes in several commits, so
/// it must run while nothing else writes intakes (at open); run again, it gives the same rows.
pub fn rebuild(store: &Store) -> Result<Rebuilt, StoreError> {
    rebuild_with(store, &mut |_, _| {})
}

/// [`rebuild`], calling `progress(done, total)` as records are counted.
pub fn rebuild_with(
    store: &Store,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Rebuilt, StoreError> {
    let (rows, mut rebuilt) = count_all(store, progress)?;
    let tree = store.tree(TREE)?;
    let mut batch = store.batch();
    batch.trees.push(TREE);
    for key in tree.iter().keys() {
        let key = key.map_err(|e| store.error(e))?;
        if !rows.contains_key(key.as_ref()) {
            batch.ops.push(Op::Delete {
                tree: TREE,
                key: key.to_vec(),
            });
        }
        batch = commit_if_full(store, batch)?;
    }
    for (key, row) in rows {
        put_row(store, &mut batch, key, &row)?;
        rebuilt.rows += 1;
        batch = commit_if_full(store, batch)?;
    }
    if !batch.is_empty() {
        store.commit(batch)?;
    }
    Ok(rebuilt)
}

fn commit_if_full(store: &Store, batch: Batch) -> Result<Batch, StoreError> {
    if batch.ops.len() < REBUILD_PAGE {
        return Ok(batch);
    }
    store.commit(batch)?;
    let mut next = store.batch();
    next.trees.push(TREE);
    Ok(next)
}

type Rows = BTreeMap<Vec<u8>, Row>;

/// Every row's counts, from a walk over the records.
fn count_all(
    store: &Store,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(Rows, Rebuilt), StoreError> {
    let table = store.table::<IntakeRecord>()?;
    let total = table.len() as u64;
    let mut rows = Rows::new();
    let mut rebuilt = Rebuilt::default();
    let mut cursor = None;
    loop {
        let page = table.page(&Span::All, cursor.as_ref(), REBUILD_PAGE)?;
        rebuilt.damaged += page.damaged.len() as u64;
        for record in &page.records {
            for (key, name, counts) in contribution(record) {
                let row = rows.entry(key).or_insert_with(|| Row {
                    key: name,
                    counts: Counts::default(),
                });
                row.counts.add(&counts, 1);
            }
        }
        rebuilt.records += page.records.len() as u64;
        progress(rebuilt.records + rebuilt.damaged, total);
        cursor = page.next;
        if cursor.is_none() {
            return Ok((rows, rebuilt));
        }
    }
}

/// Every counter row, keyed as stored: for tests that compare kept counters with a rebuild.
pub fn all_rows(store: &Store) -> Result<Vec<(Vec<u8>, String, Counts)>, StoreError> {
    let tree = store.tree(TREE)?;
    tree.iter()
        .map(|entry| {
            let (key, value) = entry.map_err(|e| store.error(e))?;
            let row: Row = codec::decode(FORMAT, &value)
                .map_err(|e| StoreError::decode(store.path(), TREE, &key, e))?;
            Ok((key.to_vec(), row.key, row.counts))
        })
        .collect()
}

#[cfg(test)]
mod tests;
