//! Keeping the catalogue current: a supervisor revises an item's fields (on screen or by
//! importing a reviewed file), each change stored as a revision with its audit entry in the
//! same transaction; anyone reads an item's history; the catalogue is exported for review.
use thiserror::Error;

use super::Desk;
use super::operators::OperatorError;
use super::session::Session;
use crate::domain::operator::Permission;
use crate::domain::seed::SeedError;
use crate::domain::{Catalogue, ItemId};
use crate::store::StoreError;
use crate::store::catalogue::{self as stored, Conflict, Revision, SeedOutcome};

mod edit;
pub mod transfer;

pub use edit::{CheckedEdit, Edit, EditPart, EditProblem, check_edit, save};
pub use transfer::{
    Change, ImportDefaults, ImportError, ImportPlan, ImportProblem, export, plan_import,
};

#[derive(Debug, Error)]
pub enum CatalogueError {
    /// Not signed in, or not a supervisor.
    #[error(transparent)]
    Operator(#[from] OperatorError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Seed(#[from] SeedError),
    /// The store's catalogue was written by a newer version; it is not revised from here.
    #[error("a newer version of the program keeps this store's catalogue")]
    NewerCatalogue,
    #[error("no such item: {0}")]
    UnknownItem(ItemId),
    /// What must change in the edit, part by part; nothing was stored.
    #[error("{} parts of the edit must change", .0.len())]
    Invalid(Vec<EditProblem>),
    /// The edit gives the text the field already has.
    #[error("nothing changes")]
    Unchanged,
    /// The texts are too long to store as one revision or one item.
    #[error("the text is too long to store")]
    TooLong,
    #[error("the system clock does not give a usable time")]
    Clock,
}

/// Refuses anyone but a supervisor, and a store whose catalogue a newer version keeps.
fn may_revise(desk: &Desk, session: &Session) -> Result<(), CatalogueError> {
    session.require(Permission::EditCatalogue)?;
    if desk.seed_outcome() == SeedOutcome::KeptNewer {
        return Err(CatalogueError::NewerCatalogue);
    }
    Ok(())
}

/// An item's revisions, newest first, and the conflicts a newer built-in text raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    pub revisions: Vec<Revision>,
    pub conflicts: Vec<Conflict>,
}

/// Every revision of `id`, newest first, with its old text; no sign-in needed.
pub fn history(desk: &Desk, id: ItemId) -> Result<History, CatalogueError> {
    if desk.item(id).is_none() {
        return Err(CatalogueError::UnknownItem(id));
    }
    let mut revisions = stored::revisions::of_item(desk.store(), id)?;
    revisions.reverse();
    let conflicts = desk
        .conflicts()
        .iter()
        .filter(|c| c.item == id)
        .cloned()
        .collect();
    Ok(History {
        revisions,
        conflicts,
    })
}

/// The catalogue as the store holds it now, revisions included (the desk's copy in memory is
/// the one it opened with).
pub fn current(desk: &Desk) -> Result<Catalogue, CatalogueError> {
    Ok(stored::load(desk.store())?)
}
