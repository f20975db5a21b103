//! Use cases both front ends call. Opening a desk opens the store, installs or upgrades the
//! catalogue from the embedded seed, and keeps the catalogue and its search index in memory.
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use thiserror::Error;

use crate::domain::search::{self, Hit, SearchIndex};
use crate::domain::seed::{self, SeedError};
use crate::domain::{Catalogue, CatalogueItem, DomainCode, ItemId};
use crate::store::Store;
use crate::store::catalogue::{self as stored, SeedOutcome, StoredCatalogue};
pub use crate::store::{OpenOptions, StoreError};

pub mod audit;
pub mod backup;
pub mod config;
pub mod context;
pub mod drafts;
pub mod intake;
pub mod keys;
pub mod operators;
pub mod records;
pub mod sealing;
pub mod session;

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
}

/// An open counter session: the store (held locked) and the catalogue in memory.
pub struct Desk {
    /// Held open, and so locked against a second window, for as long as the desk lives.
    store: Store,
    catalogue: Catalogue,
    /// Built at the first query that needs it: listing, intake and a blank search (the first
    /// screen) do without, so they do not wait for it.
    index: OnceLock<SearchIndex>,
    seed_outcome: SeedOutcome,
    notices: Vec<Notice>,
}

impl Desk {
    /// Opens the store at `path`, seeding or upgrading the catalogue as needed.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Desk, ServiceError> {
        let seed = seed::embedded()?;
        let store = Store::open(path, options)?;
        let seed_outcome =
            stored::install_seed(&store, &seed.catalogue, seed.revision, &seed.hash)?;
        let mut notices = Vec::new();
        let catalogue = match seed_outcome {
            SeedOutcome::Installed | SeedOutcome::Upgraded | SeedOutcome::Unchanged => {
                seed.catalogue
            }
            // The catalogue comes with the binary, so showing our own loses nothing.
            SeedOutcome::KeptNewer => match stored::load_checked(&store)? {
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
            index: OnceLock::new(),
            seed_outcome,
            notices,
        })
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
        self.index
            .get_or_init(|| SearchIndex::build(&self.catalogue))
            .search(query)
    }

    pub fn item(&self, id: ItemId) -> Option<&CatalogueItem> {
        self.catalogue.item(id)
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
        assert!(desk.index.get().is_none(), "a blank query built the index");
        for query in ["dibao", "SOC-01", "残疾人", "xyzqj"] {
            assert_eq!(desk.search(query), built.search(query), "{query}");
        }
        assert!(desk.index.get().is_some());
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
