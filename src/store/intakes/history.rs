//! What happened to an intake after its receipt, as stored: each step with its time, its
//! operator, what it was (a status move, a material supplied, the rating) and its note; and
//! the applicant's rating. Notes and the rating's comment are free text about a person and
//! are stored sealed, like the material names; what happened, when and by whom stays clear.
use serde::{Deserialize, Serialize};

use crate::domain::material::MaterialKind;
use crate::domain::{Date, Rating, Status};

/// Free text as stored: sealed with the record key, or plain in records written before the
/// store had a key (those notes were always empty). An empty text is `Plain("")`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    Plain(String),
    /// Sealed as the private part is: version byte, nonce, ciphertext and tag.
    Sealed(Vec<u8>),
}

impl Note {
    pub fn empty() -> Note {
        Note::Plain(String::new())
    }

    pub fn is_sealed(&self) -> bool {
        matches!(self, Note::Sealed(_))
    }
}

/// What one step of an intake's history did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    /// The intake moved to this status (the first entry: accepted at the counter).
    Status(Status),
    /// An outstanding material (its position in the record's list) was handed in; `was` is
    /// what it was before (missing, or deferred until `due`).
    MaterialSupplied {
        material: u32,
        was: MaterialKind,
        due: Option<Date>,
    },
    /// The applicant rated the completed intake.
    Rated(Rating),
}

/// One step in an intake's life, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// Seconds since 1970-01-01 UTC.
    pub at: i64,
    /// The status after this step.
    pub status: Status,
    pub event: Event,
    pub note: Note,
    pub operator: Option<String>,
}

/// The applicant's rating as stored: the level in the clear (statistics count it without a
/// login), the comment sealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingEntry {
    pub rating: Rating,
    pub comment: Note,
    pub at: i64,
    pub operator: Option<String>,
}

/// One step of the history with its note opened: what screens and commands show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    pub at: i64,
    pub status: Status,
    pub event: Event,
    pub note: String,
    pub operator: Option<String>,
}

/// The rating with its comment opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rated {
    pub rating: Rating,
    pub comment: String,
    pub at: i64,
    pub operator: Option<String>,
}
