//! Use cases both front ends call. Opening a desk opens the store, installs or upgrades the
//! catalogue from the embedded seed, and keeps the catalogue and its search index in memory.
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use thiserror::Error;

use crate::domain::search::{self, Hit, SearchIndex};
use crate::domain::seed::{self, SeedError};
use crate::domain::{Catalogue, CatalogueItem, DomainCode, ItemId};
use crate::store::Store;
use crate::store::catalogue::{self as stored, Conflict, SeedOutcome, StoredCatalogue};
pub use crate::store::{OpenOptions, StoreError};

pub mod audit;
pub mod backup;
pub mod catalogue;
pub mod config;
pub mod context;
pub mod drafts;
pub mod eligibility;
pub mod intake;
pub mod keys;
pub mod operators;
pub mod records;
pub mod sealing;
pub mod session;
pub mod stats;

#[derive(Debug, Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seed(#[from] SeedError),
    #[error("no data folder could be found for this user; pass --db or set SERVICE_DESK_DB")]
    NoDataDir,
}

/// Where the store lives: `--db`, then `SERVICE_DESK_DB`, then the platform data folder.
pub fn store_path(flag: Option<PathBuf>, env: Option<PathBuf>) -> Result<PathBuf, ServiceError> {
    if let Some(path) = flag.or(env).filter(|p| !p.as_os_str().is_empty()) {
        return Ok(path);
    }
    directories::ProjectDirs::from("cn", "nmg", "service-desk")
        .map(|dirs| dirs.data_dir().join("store"))
        .ok_or(ServiceError::NoDataDir)
}

/// Something the clerk should know about the store that does not stop the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A newer version of the program wrote this store's catalogue in a shape this version
    /// cannot show; the catalogue built into this version is shown instead.
    NewerVersionWroteStore,
    /// The built-in catalogue changed fields the hall has edited; the hall's text was kept
    /// and `catalogue history` lists each case.
    CatalogueConflicts,
}

/// An open counter session: the store (held locked) and the catalogue in memory.
pub struct Desk {
    /// Held open, and so locked against a second window, for as long as the desk lives.
    store: Store,
    catalogue: Catalogue,
    /// Built at the first query that needs it: listing, intake and a blank search (the first
    /// screen) do without, so they do not wait for it. Dropped when an item is revised, so
    /// the next query finds the new text.
    index: RwLock<Option<Arc<SearchIndex>>>,
    seed_outcome: SeedOutcome,
    /// Fields edited here that the built-in catalogue has changed since.
    conflicts: Vec<Conflict>,
    /// Items revised since the desk opened, as they now read: what `item` answers for them.
    /// Each is leaked to give out plain references, as the catalogue does; revisions are a
    /// supervisor's occasional work, a few kilobytes each, until the program ends.
    revised: RwLock<HashMap<ItemId, &'static CatalogueItem>>,
    notices: Vec<Notice>,
}

impl Desk {
    /// Opens the store at `path`, seeding or upgrading the catalogue as needed.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Desk, ServiceError> {
        let seed = seed::embedded()?;
        let store = Store::open(path, options)?;
        let report = stored::install(&store, &seed.catalogue, seed.revision, &seed.hash)?;
        let mut notices = Vec::new();
        if !report.conflicts.is_empty() {
            notices.push(Notice::CatalogueConflicts);
        }
        let catalogue = match report.catalogue {
            Some(effective) => effective,
            // The catalogue comes with the binary, so showing our own loses nothing.
            None => match stored::load_checked(&store)? {
                StoredCatalogue::Usable(catalogue) => catalogue,
                StoredCatalogue::Newer => {
                    notices.push(Notice::NewerVersionWroteStore);
                    seed.catalogue
                }
            },
        };
        Ok(Desk {
            store,
            catalogue,
            index: RwLock::new(None),
            seed_outcome: report.outcome,
            conflicts: report.conflicts,
            revised: RwLock::new(HashMap::new()),
            notices,
        })
    }

    /// Fields the hall edited whose built-in text has changed since the edit, as found when
    /// the desk opened.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// What the clerk should be told once the desk is open (the CLI prints these to stderr;
    /// a screen shows them in its status line).
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn seed_outcome(&self) -> SeedOutcome {
        self.seed_outcome
    }

    /// Items in id order, optionally of one domain.
    pub fn list(&self, domain: Option<DomainCode>) -> Vec<&CatalogueItem> {
        self.catalogue
            .items
            .iter()
            .filter(|i| domain.is_none_or(|d| i.domain() == d))
            .collect()
    }

    /// Ranked hits for a query typed or pasted by a clerk.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        if search::is_blank(query) {
            return search::every_item(&self.catalogue);
        }
        self.search_index().search(query)
    }

    /// The index, built from the catalogue as it reads now if there is none.
    fn search_index(&self) -> Arc<SearchIndex> {
        if let Some(index) = self
            .index
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            return index.clone();
        }
        // Built under the lock, so a revision made meanwhile cannot be overwritten by an index
        // built before it.
        let mut slot = self.index.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(index) = slot.as_ref() {
            return index.clone();
        }
        let index = Arc::new(SearchIndex::build(&self.current_catalogue()));
        *slot = Some(index.clone());
        index
    }

    /// The catalogue with the items revised since the desk opened as they now read.
    fn current_catalogue(&self) -> std::borrow::Cow<'_, Catalogue> {
        let revised = self.revised.read().unwrap_or_else(PoisonError::into_inner);
        if revised.is_empty() {
            return std::borrow::Cow::Borrowed(&self.catalogue);
        }
        let mut catalogue = self.catalogue.clone();
        for item in &mut catalogue.items {
            if let Some(now) = revised.get(&item.id) {
                *item = (*now).clone();
            }
        }
        std::borrow::Cow::Owned(catalogue)
    }

    /// The item as it reads now, a revision made since the desk opened included.
    pub fn item(&self, id: ItemId) -> Option<&CatalogueItem> {
        let revised = self.revised.read().unwrap_or_else(PoisonError::into_inner);
        match revised.get(&id) {
            Some(item) => Some(*item),
            None => self.catalogue.item(id),
        }
    }

    /// Shows `item` as revised from now on, to lookups and to the next search.
    pub(crate) fn show_revised(&self, item: CatalogueItem) {
        let leaked: &'static CatalogueItem = Box::leak(Box::new(item));
        self.revised
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(leaked.id, leaked);
        *self.index.write().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Many counters in one process share one desk and its store.
    #[test]
    fn a_desk_is_shared_between_sessions() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Desk>();
    }

    /// A blank query answers from the catalogue alone, exactly as the index would, and the
    /// index is built only once a query needs it.
    #[test]
    fn blank_queries_need_no_index_and_answer_as_it_would() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        let built = SearchIndex::build(desk.catalogue());
        for blank in ["", "   ", "\u{200d}", "\u{1b}[31m", "\t\n"] {
            assert_eq!(desk.search(blank), built.search(blank), "{blank:?}");
        }
        assert!(
            desk.index.read().unwrap().is_none(),
            "a blank query built the index"
        );
        for query in ["dibao", "SOC-01", "残疾人", "xyzqj"] {
            assert_eq!(desk.search(query), built.search(query), "{query}");
        }
        assert!(desk.index.read().unwrap().is_some());
    }

    #[test]
    fn an_empty_env_path_means_the_default() {
        let default = store_path(None, None).unwrap();
        assert_eq!(store_path(None, Some(PathBuf::new())).unwrap(), default);
    }

    #[test]
    fn store_path_prefers_flag_then_env() {
        let flag = Some(PathBuf::from("/a"));
        let env = Some(PathBuf::from("/b"));
        assert_eq!(store_path(flag, env.clone()).unwrap(), PathBuf::from("/a"));
        assert_eq!(store_path(None, env).unwrap(), PathBuf::from("/b"));
    }

    #[test]
    fn a_catalogue_from_a_newer_version_gives_way_to_ours_with_a_notice() {
        use crate::store::{Store, catalogue::install_seed};
        let dir = tempfile::tempdir().unwrap();
        let seed = seed::embedded().unwrap();
        {
            let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
            let mut newer = seed.catalogue.clone();
            newer.items.pop();
            install_seed(&store, &newer, seed.revision + 1, &[9; 32]).unwrap();
        }
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        assert_eq!(desk.seed_outcome(), SeedOutcome::KeptNewer);
        assert_eq!(desk.notices(), [Notice::NewerVersionWroteStore]);
        assert_eq!(desk.catalogue(), &seed.catalogue);
    }

    #[test]
    fn a_desk_opens_seeded_and_finds_dibao() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        assert_eq!(desk.seed_outcome(), SeedOutcome::Installed);
        assert!(desk.notices().is_empty());
        assert_eq!(desk.list(None).len(), 82);
        assert_eq!(desk.list(Some(DomainCode::Hou)).len(), 3);
        let first = desk.search("dibao")[0].id;
        assert_eq!(first.to_string(), "SOC-01");
        drop(desk);
        let again = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        assert_eq!(again.seed_outcome(), SeedOutcome::Unchanged);
    }
}
