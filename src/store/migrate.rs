//! Schema versions and the migrations that run at open. The steps are numbered 1..n without
//! gaps (checked before any runs); each step's changes and its version marker are one
//! transaction, so a crash leaves the store either before the step or after it, and no step
//! ever runs twice. A step too large for one transaction must be written to be idempotent.
use super::table::Batch;
use super::{Store, StoreError, trees};
use crate::domain::{CatalogueItem, Domain};

/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 9;

const VERSION_KEY: &str = "schema_version";

/// One step from `to - 1` to `to`: it reads what it needs and adds its changes to the batch
/// that will also carry the new version marker. Say beside each what it changes.
pub struct Migration {
    pub to: u32,
    pub prepare: fn(&Store, &mut Batch) -> Result<(), StoreError>,
}

/// Every migration this build knows, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    // 1: the initial layout: meta, catalogue and catalogue_domains trees.
    Migration {
        to: 1,
        prepare: create_initial_trees,
    },
    // 2: catalogue records get their own format bytes, new keys and a domain index. The old
    // records and the seed revision go, so the seed is installed again in the new layout.
    Migration {
        to: 2,
        prepare: catalogue_in_typed_tables,
    },
    // 3: intakes, their indexes (receipt number, ID number, date, status) and the daily
    // receipt counters. Empty trees: nothing to convert.
    Migration {
        to: 3,
        prepare: create_intake_trees,
    },
    // 4: drafts of unfinished intake forms. An empty tree; the draft id counter in `meta`
    // starts at its first use.
    Migration {
        to: 4,
        prepare: create_drafts_tree,
    },
    // 5: operators, their consecutive login failures, and the audit trail. Empty trees; the
    // audit head in `meta` is written with the first entry, the data key check with the
    // first supervisor.
    Migration {
        to: 5,
        prepare: create_security_trees,
    },
    // 6: blind indexes by phone and by name. Empty trees: intakes stored before stay in
    // format 4, readable, with their plain ID number key, until `operators init` seals them
    // and gives them keyed hashes.
    Migration {
        to: 6,
        prepare: create_blind_index_trees,
    },
    // 7: supervisors' revisions of catalogue items. An empty tree: the item table stays the
    // effective catalogue, which is the seed as long as nobody has edited it.
    Migration {
        to: 7,
        prepare: create_catalogue_revisions_tree,
    },
    // 8: intakes in format 13 (history that says what happened, rating, completion time) and
    // four more indexes: receipt number by its last digits, deadline (open intakes first),
    // and the blind keys of the ID number's last 4 and the name's sound. Records are
    // rewritten in format 13 in transactions of MIGRATE_BATCH before the marker lands (a rerun
    // passes over those already rewritten); the blind keys need a login, so sealed records
    // are marked as waiting for them (`store::intakes::partial_keys_pending`).
    Migration {
        to: 8,
        prepare: intakes_followed,
    },
    // 9: statistics counters (one row per dimension, day and key), computed from the intakes
    // already stored. The rebuild commits in batches of its own and gives the same rows when
    // run again, so a crash before the marker lands only means it runs once more.
    Migration {
        to: 9,
        prepare: counters_from_records,
    },
];

/// Records rewritten per transaction by a step that converts every intake.
pub const MIGRATE_BATCH: usize = 500;

fn create_initial_trees(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    for name in [trees::META, trees::CATALOGUE, trees::DOMAINS] {
        store.tree(name)?;
    }
    Ok(())
}

fn catalogue_in_typed_tables(store: &Store, batch: &mut Batch) -> Result<(), StoreError> {
    batch.clear::<CatalogueItem>(store)?;
    batch.clear::<Domain>(store)?;
    for key in super::catalogue::META_KEYS {
        batch.remove_meta(key);
    }
    Ok(())
}

fn create_intake_trees(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    for name in [
        trees::INTAKES,
        trees::INTAKES_BY_RECEIPT,
        trees::INTAKES_BY_ID_NUMBER,
        trees::INTAKES_BY_DATE,
        trees::INTAKES_BY_STATUS,
        trees::RECEIPT_COUNTERS,
    ] {
        store.tree(name)?;
    }
    Ok(())
}

fn create_drafts_tree(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    store.tree(trees::DRAFTS)?;
    Ok(())
}

fn create_security_trees(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    for name in [trees::OPERATORS, trees::LOGIN_FAILURES, trees::AUDIT] {
        store.tree(name)?;
    }
    Ok(())
}

fn create_blind_index_trees(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    for name in [trees::INTAKES_BY_PHONE, trees::INTAKES_BY_NAME] {
        store.tree(name)?;
    }
    Ok(())
}

fn create_catalogue_revisions_tree(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    store.tree(super::catalogue::revisions::TREE)?;
    Ok(())
}

fn intakes_followed(store: &Store, batch: &mut Batch) -> Result<(), StoreError> {
    for name in [
        trees::INTAKES_BY_RECEIPT_TAIL,
        trees::INTAKES_BY_ID_TAIL,
        trees::INTAKES_BY_NAME_SOUND,
        trees::INTAKES_BY_DEADLINE,
    ] {
        store.tree(name)?;
    }
    let pending = super::intakes::rewrite_older_formats(store, MIGRATE_BATCH)?;
    super::intakes::set_partial_keys_pending(batch, pending)?;
    Ok(())
}

fn counters_from_records(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
    super::stats::rebuild(store)?;
    Ok(())
}

/// The schema version recorded in the store; a new store is version 0.
pub fn version(store: &Store) -> Result<u32, StoreError> {
    Ok(store.meta_get::<u32>(VERSION_KEY)?.unwrap_or(0))
}

/// Steps must be numbered 1, 2, … n in order: a gap or a repeat is a fault in this build.
fn check_numbering(store: &Store, migrations: &[Migration]) -> Result<(), StoreError> {
    for (at, migration) in migrations.iter().enumerate() {
        if usize::try_from(migration.to).ok() != Some(at + 1) {
            return Err(StoreError::internal(
                store.path(),
                format!(
                    "migration {} is at position {}; steps must run 1..n in order",
                    migration.to,
                    at + 1
                ),
            ));
        }
    }
    Ok(())
}

/// Brings the store up to the newest version in `migrations`; refuses a store that is newer.
pub fn run(store: &Store, migrations: &[Migration]) -> Result<(), StoreError> {
    check_numbering(store, migrations)?;
    let known = migrations.last().map_or(0, |m| m.to);
    let found = version(store)?;
    if found > known {
        return Err(StoreError::TooNew {
            path: store.path().to_path_buf(),
            found,
            known,
        });
    }
    for migration in migrations.iter().filter(|m| m.to > found) {
        let mut batch = store.batch();
        (migration.prepare)(store, &mut batch)?;
        batch.put_meta(VERSION_KEY, &migration.to)?;
        store.commit(batch)?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) fn set_version(store: &Store, version: u32) -> Result<(), StoreError> {
    let mut batch = store.batch();
    batch.put_meta(VERSION_KEY, &version)?;
    store.commit(batch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Key, OpenOptions, Record};

    /// A record type for exercising migrations.
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Marker(u32);

    impl Record for Marker {
        const TREE: &'static str = "marker";
        const FORMAT: u8 = 200;
        fn key(&self) -> Key {
            Key::new().u32(self.0)
        }
    }

    fn add_marker(_: &Store, batch: &mut Batch) -> Result<(), StoreError> {
        batch.insert(&Marker(1))?;
        Ok(())
    }

    fn fail(store: &Store, _: &mut Batch) -> Result<(), StoreError> {
        Err(StoreError::internal(
            store.path(),
            "migration failed on purpose",
        ))
    }

    /// Puts something in the batch, then a write that aborts the transaction.
    fn half_done(_: &Store, batch: &mut Batch) -> Result<(), StoreError> {
        batch.insert(&Marker(2))?;
        batch.insert(&Marker(1))?;
        Ok(())
    }

    fn open(dir: &std::path::Path) -> Store {
        Store::open(dir, &OpenOptions::default()).unwrap()
    }

    fn steps(second: fn(&Store, &mut Batch) -> Result<(), StoreError>) -> Vec<Migration> {
        // This build's steps, then one more.
        let mut steps: Vec<Migration> = MIGRATIONS
            .iter()
            .map(|m| Migration {
                to: m.to,
                prepare: m.prepare,
            })
            .collect();
        steps.push(Migration {
            to: SCHEMA_VERSION + 1,
            prepare: second,
        });
        steps
    }

    #[test]
    fn a_new_store_is_at_the_current_schema() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(version(&open(dir.path())).unwrap(), SCHEMA_VERSION);
        assert_eq!(MIGRATIONS.last().unwrap().to, SCHEMA_VERSION);
    }

    #[test]
    fn pending_migrations_run_once_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(dir.path());
        let more = steps(add_marker);
        run(&store, &more).unwrap();
        assert_eq!(version(&store).unwrap(), SCHEMA_VERSION + 1);
        let markers = store.table::<Marker>().unwrap();
        assert_eq!(markers.get(&Key::new().u32(1)).unwrap(), Some(Marker(1)));
        // A second run finds nothing pending: inserting Marker(1) again would fail.
        run(&store, &more).unwrap();
    }

    #[test]
    fn a_failed_migration_leaves_the_version_where_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(dir.path());
        assert!(run(&store, &steps(fail)).is_err());
        assert_eq!(version(&store).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_step_and_its_marker_land_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(dir.path());
        let mut batch = store.batch();
        batch.insert(&Marker(1)).unwrap();
        store.commit(batch).unwrap();
        let err = run(&store, &steps(half_done)).unwrap_err();
        assert!(matches!(err, StoreError::Duplicate { .. }), "{err}");
        assert_eq!(
            version(&store).unwrap(),
            SCHEMA_VERSION,
            "the marker did not land"
        );
        let markers = store.table::<Marker>().unwrap();
        assert_eq!(
            markers.get(&Key::new().u32(2)).unwrap(),
            None,
            "nor the step"
        );
    }

    #[test]
    fn steps_out_of_order_are_refused_before_any_runs() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(dir.path());
        let mut gap = steps(add_marker);
        let last = gap.len() - 1;
        gap[last].to = SCHEMA_VERSION + 2;
        assert!(matches!(
            run(&store, &gap),
            Err(StoreError::Internal { .. })
        ));
        let mut swapped = steps(add_marker);
        swapped.swap(0, 1);
        assert!(matches!(
            run(&store, &swapped),
            Err(StoreError::Internal { .. })
        ));
        assert!(store.table::<Marker>().unwrap().is_empty());
    }

    #[test]
    fn a_store_from_a_newer_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = open(dir.path());
            set_version(&store, SCHEMA_VERSION + 1).unwrap();
        }
        let reopened = Store::open(dir.path(), &OpenOptions::default());
        assert!(
            matches!(reopened, Err(StoreError::TooNew { .. })),
            "{:?}",
            reopened.err()
        );
    }
}
