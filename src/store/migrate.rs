//! Schema versions and the migrations that run at open, each in order, each recorded in `meta`
//! as soon as it has run so a crash between two migrations resumes where it stopped.
use super::{Store, StoreError, codec, trees};

/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;

const VERSION_KEY: &str = "schema_version";

/// One step from `to - 1` to `to`; say in a comment beside each what it changes.
pub struct Migration {
    pub to: u32,
    pub run: fn(&Store) -> Result<(), StoreError>,
}

/// Every migration this build knows, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    // 1: the initial layout: meta, catalogue and catalogue_domains trees.
    Migration {
        to: 1,
        run: create_initial_trees,
    },
];

fn create_initial_trees(store: &Store) -> Result<(), StoreError> {
    for name in [trees::META, trees::CATALOGUE, trees::DOMAINS] {
        store.tree(name)?;
    }
    Ok(())
}

/// The schema version recorded in the store; a new store is version 0.
pub fn version(store: &Store) -> Result<u32, StoreError> {
    Ok(store.meta_get::<u32>(VERSION_KEY)?.unwrap_or(0))
}

fn set_version(store: &Store, version: u32) -> Result<(), StoreError> {
    let bytes = codec::encode(&version).map_err(|e| store.corrupt(e.to_string()))?;
    store
        .tree(trees::META)?
        .insert(VERSION_KEY, bytes)
        .map_err(|e| store.error(e))?;
    Ok(())
}

/// Brings the store up to the newest version in `migrations`; refuses a store that is newer.
pub fn run(store: &Store, migrations: &[Migration]) -> Result<(), StoreError> {
    let known = migrations.last().map_or(0, |m| m.to);
    let found = version(store)?;
    if found > known {
        return Err(StoreError::TooNew {
            path: store.path().to_path_buf(),
            found,
            known,
        });
    }
    let pending: Vec<&Migration> = migrations.iter().filter(|m| m.to > found).collect();
    for migration in &pending {
        (migration.run)(store)?;
        set_version(store, migration.to)?;
    }
    if !pending.is_empty() {
        store.flush_durable()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::OpenOptions;

    fn add_marker(store: &Store) -> Result<(), StoreError> {
        store
            .tree("marker")?
            .insert("k", b"v".to_vec())
            .map_err(|e| store.error(e))?;
        Ok(())
    }

    fn fail(store: &Store) -> Result<(), StoreError> {
        Err(store.corrupt("migration failed on purpose"))
    }

    #[test]
    fn a_new_store_is_at_the_current_schema() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        assert_eq!(version(&store).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn pending_migrations_run_once_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        let more = [
            Migration {
                to: 1,
                run: create_initial_trees,
            },
            Migration {
                to: 2,
                run: add_marker,
            },
        ];
        run(&store, &more).unwrap();
        assert_eq!(version(&store).unwrap(), 2);
        assert!(store.tree("marker").unwrap().get("k").unwrap().is_some());
        // Running again does nothing: the marker migration would not be run twice.
        store.tree("marker").unwrap().clear().unwrap();
        run(&store, &more).unwrap();
        assert!(store.tree("marker").unwrap().is_empty());
    }

    #[test]
    fn a_failed_migration_leaves_the_version_where_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        let broken = [
            Migration {
                to: 1,
                run: create_initial_trees,
            },
            Migration { to: 2, run: fail },
        ];
        assert!(run(&store, &broken).is_err());
        assert_eq!(version(&store).unwrap(), 1);
    }

    #[test]
    fn a_store_from_a_newer_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
            set_version(&store, SCHEMA_VERSION + 1).unwrap();
            store.flush_durable().unwrap();
        }
        let reopened = Store::open(dir.path(), &OpenOptions::default());
        assert!(
            matches!(reopened, Err(StoreError::TooNew { .. })),
            "{:?}",
            reopened.err()
        );
    }
}
