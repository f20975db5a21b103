//! The catalogue in the store: installed from the embedded seed on first use, replaced when a
//! newer seed ships, never downgraded, and read back whole at start.
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

use super::{Store, StoreError, codec, trees};
use crate::domain::{Catalogue, CatalogueItem, Domain, DomainCode, ItemId};

const REVISION_KEY: &str = "catalogue_revision";
const HASH_KEY: &str = "catalogue_hash";

/// What opening did to the stored catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeedOutcome {
    /// The store had no catalogue; the seed was installed.
    Installed,
    /// The seed was newer (or the same revision with other content); the catalogue was replaced.
    Upgraded,
    /// The stored catalogue is this seed already.
    Unchanged,
    /// The store holds a newer revision from a newer binary; it was left as it is.
    KeptNewer,
}

fn item_key(id: ItemId) -> [u8; 2] {
    [domain_index(id.domain), id.number]
}

fn domain_index(code: DomainCode) -> u8 {
    // DomainCode::ALL has 8 entries, so the position always fits and always exists.
    DomainCode::ALL
        .iter()
        .position(|d| *d == code)
        .map_or(u8::MAX, |i| i as u8)
}

/// Installs or upgrades the stored catalogue from a seed of `revision` with content `hash`.
/// Only the catalogue trees and their meta keys change, in one transaction.
pub fn install_seed(
    store: &Store,
    catalogue: &Catalogue,
    revision: u32,
    hash: &[u8; 32],
) -> Result<SeedOutcome, StoreError> {
    let stored_revision: Option<u32> = store.meta_get(REVISION_KEY)?;
    let stored_hash: Option<[u8; 32]> = store.meta_get(HASH_KEY)?;
    let outcome = match stored_revision {
        None => SeedOutcome::Installed,
        Some(r) if r > revision => return Ok(SeedOutcome::KeptNewer),
        Some(r) if r == revision && stored_hash.as_ref() == Some(hash) => {
            return Ok(SeedOutcome::Unchanged);
        }
        Some(_) => SeedOutcome::Upgraded,
    };
    replace_catalogue(store, catalogue, revision, hash)?;
    store.flush_durable()?;
    Ok(outcome)
}

type Encoded = Vec<([u8; 2], Vec<u8>)>;

fn encode_all(store: &Store, catalogue: &Catalogue) -> Result<(Encoded, Encoded), StoreError> {
    let enc = |v: Result<Vec<u8>, codec::CodecError>| v.map_err(|e| store.corrupt(e.to_string()));
    let items = catalogue
        .items
        .iter()
        .map(|i| Ok((item_key(i.id), enc(codec::encode(i))?)))
        .collect::<Result<_, StoreError>>()?;
    let domains = catalogue
        .domains
        .iter()
        .map(|d| Ok(([domain_index(d.code), 0], enc(codec::encode(d))?)))
        .collect::<Result<_, StoreError>>()?;
    Ok((items, domains))
}

fn replace_catalogue(
    store: &Store,
    catalogue: &Catalogue,
    revision: u32,
    hash: &[u8; 32],
) -> Result<(), StoreError> {
    let (items, domains) = encode_all(store, catalogue)?;
    let meta_values = [
        (REVISION_KEY, codec::encode(&revision)),
        (HASH_KEY, codec::encode(hash)),
    ];
    let item_tree = store.tree(trees::CATALOGUE)?;
    let domain_tree = store.tree(trees::DOMAINS)?;
    let meta_tree = store.tree(trees::META)?;
    let stale_items = keys(&item_tree).map_err(|e| store.error(e))?;
    let stale_domains = keys(&domain_tree).map_err(|e| store.error(e))?;
    let result = (&item_tree, &domain_tree, &meta_tree).transaction(|(it, dt, mt)| {
        for key in &stale_items {
            it.remove(key.as_slice())?;
        }
        for key in &stale_domains {
            dt.remove(key.as_slice())?;
        }
        for (key, value) in &items {
            it.insert(key.as_slice(), value.as_slice())?;
        }
        for (key, value) in &domains {
            dt.insert(key.as_slice(), value.as_slice())?;
        }
        for (key, value) in &meta_values {
            let value = value
                .as_ref()
                .map_err(|e| ConflictableTransactionError::Abort(e.to_string()))?;
            mt.insert(*key, value.as_slice())?;
        }
        Ok(())
    });
    result.map_err(|e| match e {
        TransactionError::Abort(detail) => store.corrupt(detail),
        TransactionError::Storage(e) => store.error(e),
    })
}

fn keys(tree: &sled::Tree) -> Result<Vec<Vec<u8>>, sled::Error> {
    tree.iter().keys().map(|k| k.map(|k| k.to_vec())).collect()
}

/// Reads the whole stored catalogue; a value that does not decode names its key.
pub fn load(store: &Store) -> Result<Catalogue, StoreError> {
    let domains = load_tree::<Domain>(store, trees::DOMAINS)?;
    let items = load_tree::<CatalogueItem>(store, trees::CATALOGUE)?;
    Ok(Catalogue { domains, items })
}

fn load_tree<T: serde::de::DeserializeOwned>(
    store: &Store,
    name: &str,
) -> Result<Vec<T>, StoreError> {
    let tree = store.tree(name)?;
    tree.iter()
        .map(|entry| {
            let (key, value) = entry.map_err(|e| store.error(e))?;
            codec::decode(&value).map_err(|e| store.corrupt(format!("{name} {key:?}: {e}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::seed;
    use crate::store::OpenOptions;

    fn open(dir: &std::path::Path) -> Store {
        Store::open(dir, &OpenOptions::default()).unwrap()
    }

    #[test]
    fn first_open_installs_and_reopen_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let seed = seed::embedded().unwrap();
        let store = open(dir.path());
        assert_eq!(
            install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap(),
            SeedOutcome::Installed
        );
        assert_eq!(load(&store).unwrap(), seed.catalogue);
        drop(store);
        let store = open(dir.path());
        assert_eq!(
            install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap(),
            SeedOutcome::Unchanged
        );
        assert_eq!(load(&store).unwrap(), seed.catalogue);
    }

    #[test]
    fn a_newer_seed_upgrades_and_leaves_other_trees_alone() {
        let dir = tempfile::tempdir().unwrap();
        let seed = seed::embedded().unwrap();
        let store = open(dir.path());
        install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap();
        store
            .tree("intakes")
            .unwrap()
            .insert([0, 0, 0, 1], b"someone's application".to_vec())
            .unwrap();

        let mut newer = seed.catalogue.clone();
        newer.items[0].name.zh = "免费义务教育（新）".into();
        newer.items.pop();
        let outcome = install_seed(&store, &newer, seed.revision + 1, &[7; 32]).unwrap();
        assert_eq!(outcome, SeedOutcome::Upgraded);
        assert_eq!(
            load(&store).unwrap(),
            newer,
            "stale items are gone, changed ones replaced"
        );
        let kept = store.tree("intakes").unwrap().get([0, 0, 0, 1]).unwrap();
        assert_eq!(kept.as_deref(), Some(&b"someone's application"[..]));
    }

    #[test]
    fn an_older_seed_never_downgrades() {
        let dir = tempfile::tempdir().unwrap();
        let seed = seed::embedded().unwrap();
        let store = open(dir.path());
        let mut newer = seed.catalogue.clone();
        newer.items[0].name.zh = "较新".into();
        install_seed(&store, &newer, seed.revision + 1, &[1; 32]).unwrap();
        let outcome = install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap();
        assert_eq!(outcome, SeedOutcome::KeptNewer);
        assert_eq!(load(&store).unwrap().items[0].name.zh, "较新");
    }

    #[test]
    fn a_damaged_record_is_reported_with_its_tree() {
        let dir = tempfile::tempdir().unwrap();
        let seed = seed::embedded().unwrap();
        let store = open(dir.path());
        install_seed(&store, &seed.catalogue, seed.revision, &seed.hash).unwrap();
        store
            .tree(trees::CATALOGUE)
            .unwrap()
            .insert([0, 1], vec![1, 200, 3])
            .unwrap();
        let err = load(&store).unwrap_err();
        assert!(
            matches!(&err, StoreError::Corrupt { detail, .. } if detail.contains("catalogue")),
            "{err}"
        );
    }
}
