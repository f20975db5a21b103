//! The catalogue in the store, the first user of the typed tables: installed from the embedded
//! seed on first use, replaced when a newer seed ships (with the hall's own revisions laid
//! over it again), never downgraded, and checked when it is read back (a newer version's
//! catalogue is told apart from a damaged one). The item table is the effective catalogue.
use super::codec::format;
use super::table::{Index, Record};
use super::{Key, Store, StoreError, trees};
use crate::domain::text::clean_input;
use crate::domain::{Catalogue, CatalogueItem, Domain, DomainCode, FieldKind, ItemId, Text};

pub mod revisions;

pub use revisions::{Conflict, Revision};

const REVISION_KEY: &str = "catalogue_revision";
const HASH_KEY: &str = "catalogue_hash";
/// The `meta` keys that describe the stored catalogue.
pub(crate) const META_KEYS: [&str; 2] = [REVISION_KEY, HASH_KEY];

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

fn domain_position(code: DomainCode) -> u8 {
    // DomainCode::ALL has 8 entries, so the position always fits and always exists.
    DomainCode::ALL
        .iter()
        .position(|d| *d == code)
        .map_or(u8::MAX, |i| i as u8)
}

fn by_domain(item: &CatalogueItem) -> Vec<Key> {
    vec![Key::new().str(item.domain().as_str())]
}

impl Record for CatalogueItem {
    const TREE: &'static str = trees::CATALOGUE;
    const FORMAT: u8 = format::CATALOGUE_ITEM;
    const INDEXES: &'static [Index<Self>] = &[Index {
        tree: trees::CATALOGUE_BY_DOMAIN,
        keys: by_domain,
    }];

    /// Plan order: domain position, then the item's number.
    fn key(&self) -> Key {
        item_key(self.id)
    }
}

/// The primary key of an item, which also starts the keys of its revisions.
pub fn item_key(id: ItemId) -> Key {
    Key::new().u8(domain_position(id.domain)).u8(id.number)
}

impl Record for Domain {
    const TREE: &'static str = trees::DOMAINS;
    const FORMAT: u8 = format::CATALOGUE_DOMAIN;

    fn key(&self) -> Key {
        Key::new().u8(domain_position(self.code))
    }
}

/// The key of the catalogue domain index for one domain, to page through its items.
pub fn domain_index_key(code: DomainCode) -> Key {
    Key::new().str(code.as_str())
}

/// What opening did to the stored catalogue, and the hall's edits a newer seed disagrees with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedReport {
    pub outcome: SeedOutcome,
    /// Fields edited here whose seed text has changed since; the local text was kept.
    pub conflicts: Vec<Conflict>,
    /// The effective catalogue: the seed with the hall's revisions laid over it. `None` when
    /// the store holds a newer version's catalogue, which is left as it is.
    pub catalogue: Option<Catalogue>,
}

/// Installs or upgrades the stored catalogue from a seed of `revision` with content `hash`.
/// Only the catalogue tables and their meta keys change, in one confirmed write.
pub fn install_seed(
    store: &Store,
    catalogue: &Catalogue,
    revision: u32,
    hash: &[u8; 32],
) -> Result<SeedOutcome, StoreError> {
    Ok(install(store, catalogue, revision, hash)?.outcome)
}

/// [`install_seed`], telling which local edits the seed now disagrees with. Fields the hall
/// has not edited take the seed's text; edited ones keep the hall's.
pub fn install(
    store: &Store,
    seed: &Catalogue,
    revision: u32,
    hash: &[u8; 32],
) -> Result<SeedReport, StoreError> {
    let stored_revision: Option<u32> = store.meta_get(REVISION_KEY)?;
    let stored_hash: Option<[u8; 32]> = store.meta_get(HASH_KEY)?;
    let outcome = match stored_revision {
        None => SeedOutcome::Installed,
        Some(r) if r > revision => {
            return Ok(SeedReport {
                outcome: SeedOutcome::KeptNewer,
                conflicts: Vec::new(),
                catalogue: None,
            });
        }
        Some(r) if r == revision && stored_hash.as_ref() == Some(hash) => SeedOutcome::Unchanged,
        Some(_) => SeedOutcome::Upgraded,
    };
    let edits = revisions::all(store)?;
    let effective = revisions::apply(seed, &edits);
    if outcome != SeedOutcome::Unchanged {
        write_catalogue(store, &effective, revision, hash)?;
    }
    Ok(SeedReport {
        outcome,
        conflicts: revisions::conflicts(seed, &edits),
        catalogue: Some(effective),
    })
}

fn write_catalogue(
    store: &Store,
    catalogue: &Catalogue,
    revision: u32,
    hash: &[u8; 32],
) -> Result<(), StoreError> {
    let mut batch = store.batch();
    batch.clear::<CatalogueItem>(store)?;
    batch.clear::<Domain>(store)?;
    for domain in &catalogue.domains {
        batch.insert(domain)?;
    }
    for item in &catalogue.items {
        batch.insert(item)?;
    }
    batch.put_meta(REVISION_KEY, &revision)?;
    batch.put_meta(HASH_KEY, hash)?;
    store.commit(batch)
}

/// The stored catalogue's seed revision, if one is installed.
pub fn seed_revision(store: &Store) -> Result<Option<u32>, StoreError> {
    store.meta_get(REVISION_KEY)
}

/// One stored item as it is now.
pub fn item(store: &Store, id: ItemId) -> Result<Option<CatalogueItem>, StoreError> {
    store.table::<CatalogueItem>()?.get(&item_key(id))
}

/// Reads the whole stored catalogue as it is, unchecked.
pub fn load(store: &Store) -> Result<Catalogue, StoreError> {
    Ok(Catalogue {
        domains: store.table::<Domain>()?.all()?,
        items: store.table::<CatalogueItem>()?.all()?,
    })
}

/// A stored catalogue, read back for showing.
#[derive(Debug)]
pub enum StoredCatalogue {
    /// Whole, in the shape this version knows, with clean text.
    Usable(Catalogue),
    /// Written by a newer version in a shape this one cannot read or show (a new format, a
    /// new domain or field, other item counts).
    Newer,
}

/// Reads the stored catalogue back and checks it before it is shown. Sled-level damage and
/// text no version would store (control characters, escape sequences) are errors.
pub fn load_checked(store: &Store) -> Result<StoredCatalogue, StoreError> {
    // sled checks its own pages; a value that does not decode under the newer revision's
    // mark is a new format byte, or a new variant or field under the old one.
    let domains = store.table::<Domain>()?.all_decoded()?;
    let items = store.table::<CatalogueItem>()?.all_decoded()?;
    let (Ok(domains), Ok(items)) = (
        domains.into_iter().collect::<Result<Vec<_>, _>>(),
        items.into_iter().collect::<Result<Vec<_>, _>>(),
    ) else {
        return Ok(StoredCatalogue::Newer);
    };
    let catalogue = Catalogue { domains, items };
    if let Some(problem) = unclean_text(&catalogue) {
        return Err(StoreError::corrupt(store.path(), problem));
    }
    if !has_the_plans_shape(&catalogue) {
        return Ok(StoredCatalogue::Newer);
    }
    Ok(StoredCatalogue::Usable(catalogue))
}

/// 82 items in id order, as many in each domain as the plan lists, and the 8 domains in order.
pub fn has_the_plans_shape(catalogue: &Catalogue) -> bool {
    let domains: Vec<DomainCode> = catalogue.domains.iter().map(|d| d.code).collect();
    let expected = DomainCode::ALL
        .iter()
        .flat_map(|d| (1..=d.item_count()).filter_map(move |n| ItemId::new(*d, n)));
    domains == DomainCode::ALL && catalogue.items.iter().map(|i| i.id).eq(expected)
}

/// The first text that cleaning would change, named by its item or domain.
pub fn unclean_text(catalogue: &Catalogue) -> Option<String> {
    let bad = |s: &str| s.trim().is_empty() || clean_input(s) != s;
    let bad_text = |t: &Text| bad(&t.zh) || bad(&t.mn);
    for domain in &catalogue.domains {
        if [&domain.name, &domain.short, &domain.summary]
            .into_iter()
            .any(bad_text)
        {
            return Some(format!("domain {} has unclean text", domain.code));
        }
    }
    for item in &catalogue.items {
        let fields = FieldKind::ALL.iter().filter_map(|k| item.field(*k));
        let aliases = item.aliases.zh.iter().chain(&item.aliases.mn);
        let editions = FieldKind::ALL
            .iter()
            .filter_map(|k| item.field(*k)?.edition.as_deref());
        if bad_text(&item.name)
            || fields
                .into_iter()
                .any(|f| bad_text(&f.text) || bad(&f.source))
            || aliases.into_iter().any(|a| bad(a))
            || editions.into_iter().any(bad)
            || item
                .history
                .iter()
                .any(|h| bad_text(&h.text) || bad(&h.source))
        {
            return Some(format!("item {} has unclean text", item.id));
        }
    }
    None
}

#[cfg(test)]
mod tests;
