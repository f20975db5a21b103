//! Drafts of the intake form: saved durably as the clerk works, sealed with the store's draft
//! key, listed newest first for the next start to offer (without a login, only what is not
//! personal), loaded to resume, discarded by hand or together with the intake they became.
//! Saving, loading and discarding need a signed-in operator. The form decides when to save
//! with [`DraftSaver`].
use std::fmt;

use thiserror::Error;

use super::Desk;
use super::context::Context;
use super::intake::{self, IntakeError, Receipt, hall_time};
use super::keys::Unlocked;
use super::sealing::{self, SealError};
use super::session::Session;
use crate::domain::DivisionCode;
use crate::domain::application::ApplicationInput;
use crate::domain::text::clean_input;
use crate::store::StoreError;
use crate::store::drafts::{self as stored, DraftContent, DraftWrite, StoredDraft};
pub use crate::store::drafts::{DraftOwner, UnreadableDraft};

mod saver;
mod summary;

pub use saver::DraftSaver;
pub use summary::{DraftSummary, mask_id_number, mask_name};

/// A draft's number in its store: never given to another draft, even once discarded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DraftId(u64);

impl DraftId {
    pub fn new(id: u64) -> DraftId {
        DraftId(id)
    }

    pub fn get(self) -> u64 {
        self.0
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A draft as the form resumes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub id: DraftId,
    pub owner: DraftOwner,
    /// Seconds since 1970-01-01 UTC.
    pub created_at: i64,
    pub updated_at: i64,
    /// The field that had the caret, as the form named it when saving.
    pub focus: String,
    pub input: ApplicationInput,
}

/// The drafts that can be offered, newest first, and those that could not be read.
#[derive(Debug, Default)]
pub struct DraftList {
    pub drafts: Vec<DraftSummary>,
    pub unreadable: Vec<UnreadableDraft>,
}

impl DraftList {
    /// The drafts of one window and clerk, newest first: what that counter offers to resume.
    pub fn of<'a>(&'a self, owner: &'a DraftOwner) -> impl Iterator<Item = &'a DraftSummary> {
        self.drafts.iter().filter(move |d| &d.owner == owner)
    }
}

#[derive(Debug, Error)]
pub enum DraftError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The stored content is not a form this version reads.
    #[error("draft {id} cannot be read: {detail}")]
    Unreadable { id: DraftId, detail: String },
    /// The form cannot be written as JSON (it always can: its fields are strings and lists).
    #[error("the form cannot be saved as a draft: {0}")]
    Unencodable(String),
    /// The machine's clock is before 1970 or far in the future.
    #[error("the system clock does not give a usable date")]
    Clock,
    /// Nobody is signed in: drafts hold personal data.
    #[error("drafts need a signed-in operator")]
    SignInRequired,
    /// The form could not be sealed (no random bytes from the system).
    #[error("the draft cannot be sealed: {0}")]
    Sealing(String),
}

impl From<SealError> for DraftError {
    fn from(e: SealError) -> DraftError {
        match e {
            SealError::SignInRequired => DraftError::SignInRequired,
            SealError::Store(e) => DraftError::Store(e),
            SealError::Key(e) => DraftError::Sealing(e.to_string()),
        }
    }
}

/// The owner of drafts saved in `ctx`: its window and clerk.
pub fn owner_of(ctx: &Context) -> DraftOwner {
    DraftOwner {
        window: ctx.window.clone(),
        operator: ctx.operator.as_ref().map(|o| o.name.clone()),
    }
}

/// Saves the form as the draft `id` (a new draft when `None`) with the caret at `focus`;
/// returns its id once it is on disk. Text is cleaned as any input is (Menksoft shape codes
/// become Unicode), so a draft holds what the form would store. The content is sealed.
pub fn save(
    desk: &Desk,
    ctx: &Context,
    id: Option<DraftId>,
    input: &ApplicationInput,
    focus: &str,
) -> Result<DraftId, DraftError> {
    let keys = sealing::session(ctx)?.unlocked();
    let (at, _) = hall_time(ctx.now()).ok_or(DraftError::Clock)?;
    let json = zeroize::Zeroizing::new(
        serde_json::to_vec(&cleaned(input)?).map_err(|e| DraftError::Unencodable(e.to_string()))?,
    );
    let sealed = keys
        .seal_draft(&json)
        .map_err(|e| DraftError::Sealing(e.to_string()))?;
    let write = DraftWrite {
        id: id.map(DraftId::get),
        owner: owner_of(ctx),
        at,
        focus: clean_input(focus),
        content: DraftContent::SealedJson(sealed),
    };
    let saved = stored::save(desk.store(), write)?;
    Ok(DraftId(saved.id))
}

/// Every string of the form through [`clean_input`]. The form is walked as JSON so that a
/// field added to it is cleaned without being named here.
fn cleaned(input: &ApplicationInput) -> Result<ApplicationInput, DraftError> {
    fn clean(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => *s = clean_input(s),
            serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
            serde_json::Value::Object(fields) => fields.values_mut().for_each(clean),
            _ => {}
        }
    }
    let unencodable = |e: serde_json::Error| DraftError::Unencodable(e.to_string());
    let mut value = serde_json::to_value(input).map_err(unencodable)?;
    clean(&mut value);
    serde_json::from_value(value).map_err(unencodable)
}

/// The form a draft holds; a sealed one needs the draft key.
fn read(draft: StoredDraft, keys: &Unlocked) -> Result<Draft, DraftError> {
    let id = DraftId(draft.id);
    let unreadable = |detail: String| DraftError::Unreadable { id, detail };
    let input = match &draft.content {
        DraftContent::PlainJson(json) => serde_json::from_slice(json),
        DraftContent::SealedJson(sealed) => {
            let json = zeroize::Zeroizing::new(
                keys.open_draft(sealed)
                    .map_err(|e| unreadable(e.to_string()))?,
            );
            serde_json::from_slice(&json)
        }
    }
    .map_err(|e| unreadable(e.to_string()))?;
    Ok(Draft {
        id,
        owner: draft.owner,
        created_at: draft.created_at,
        updated_at: draft.updated_at,
        focus: draft.focus,
        input,
    })
}

/// Every draft, newest first; a draft that cannot be read is listed apart, not an error.
/// With a session each shows its services and the applicant masked; without one only who,
/// where and when, which is not personal.
pub fn list(desk: &Desk, session: Option<&Session>) -> Result<DraftList, StoreError> {
    let mut list = DraftList::default();
    for entry in stored::all(desk.store())? {
        let summary = entry.and_then(|d| {
            let Some(session) = session else {
                return Ok(DraftSummary::closed(&d));
            };
            let id = d.id;
            read(d, session.unlocked())
                .map(|draft| DraftSummary::of(&draft))
                .map_err(|e| UnreadableDraft {
                    id: Some(id),
                    error: crate::store::CodecError::Damaged(e.to_string()),
                })
        });
        match summary {
            Ok(summary) => list.drafts.push(summary),
            Err(unreadable) => list.unreadable.push(unreadable),
        }
    }
    list.drafts
        .sort_by_key(|d| std::cmp::Reverse((d.updated_at, d.id)));
    Ok(list)
}

/// The draft `id`, if it is still there.
pub fn load(desk: &Desk, ctx: &Context, id: DraftId) -> Result<Option<Draft>, DraftError> {
    let keys = sealing::session(ctx)?.unlocked();
    stored::load(desk.store(), id.get())?
        .map(|d| read(d, keys))
        .transpose()
}

/// Removes the draft `id` (nothing happens when it is gone already); returns once on disk.
pub fn discard(desk: &Desk, ctx: &Context, id: DraftId) -> Result<(), DraftError> {
    sealing::session(ctx)?;
    Ok(stored::discard(desk.store(), id.get())?)
}

/// Submits the form typed in draft `id` as an intake ([`intake::submit`]); the intake and the
/// removal of its draft are one transaction, so a crash never leaves a draft of an intake
/// already numbered. A refused or failed intake leaves the draft as it was.
pub fn submit(
    desk: &Desk,
    ctx: &Context,
    centre: &DivisionCode,
    id: DraftId,
    input: &ApplicationInput,
) -> Result<Receipt, IntakeError> {
    intake::submit_with(desk, ctx, centre, input, |batch| {
        stored::discard_in(batch, id.get())
    })
}

#[cfg(test)]
mod tests;
