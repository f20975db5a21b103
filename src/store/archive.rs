//! Encrypted, self-checking backup archives of a whole store. A backup reads every tree
//! through sled under the writer lock (no commit interleaves) and streams it into sealed
//! chunks; a restore verifies the whole archive into a new store beside the target and only
//! then puts it in the target's place. See the README, "Backup and restore", for the format.
use std::io;
use std::path::PathBuf;

use thiserror::Error;
use zeroize::Zeroizing;

use super::StoreError;

mod format;
mod items;
mod replace;
mod restore;
mod seal;
mod write;

pub use format::Header;
pub use restore::{Restored, read_header, restore};
pub use write::back_up;

/// The 256-bit key an archive is sealed under. The caller derives it (from the store's data
/// key, under its own label); it is wiped from memory when dropped.
pub struct ArchiveKey(Zeroizing<[u8; 32]>);

impl ArchiveKey {
    pub fn new(bytes: [u8; 32]) -> ArchiveKey {
        ArchiveKey(Zeroizing::new(bytes))
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_slice()
    }
}

impl std::fmt::Debug for ArchiveKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ArchiveKey(..)")
    }
}

/// How far a backup or restore has come, reported once per chunk and once at the end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Archive bytes written (backup) or read (restore) so far.
    pub bytes: u64,
    /// The archive's size, when it is known beforehand (restore).
    pub total: Option<u64>,
    /// Keys and values of the store copied so far.
    pub entries: u64,
}

/// What a finished backup wrote, or a finished restore read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub header: Header,
    /// Data chunks, the last one included.
    pub chunks: u64,
    /// Keys and values of the store, over every tree.
    pub entries: u64,
    /// The archive's size in bytes.
    pub bytes: u64,
}

/// Why a backup or restore stopped. A restore that stops leaves the target as it was.
#[derive(Debug, Error)]
pub enum ArchiveError {
    #[error("this file is not a service-desk backup archive")]
    NotAnArchive,
    #[error("the archive was written by a newer version (archive format {found})")]
    NewerFormat { found: u16 },
    #[error("the archive's header is damaged")]
    DamagedHeader,
    #[error("the archive was not written under this key")]
    WrongKey,
    #[error("the archive is damaged: a frame is not laid out as written")]
    DamagedFrame,
    #[error("the archive is damaged: chunk {index} does not verify (changed, moved or foreign)")]
    DamagedChunk { index: u64 },
    #[error("the archive is damaged: its trailer does not match its chunks")]
    DamagedTrailer,
    #[error("the archive is cut short")]
    Truncated,
    #[error("the archive holds a store of a newer schema ({found}; this version knows {known})")]
    SchemaTooNew { found: u32, known: u32 },
    #[error("cannot read the archive: {0}")]
    Read(io::Error),
    #[error("cannot write the archive {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
    /// The restore target is a folder holding files that are not a store's.
    #[error("{path} holds files that are not a store; choose an empty or a store folder")]
    NotAStore { path: PathBuf },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ArchiveError {
    /// Whether the archive itself is at fault (damaged, cut, foreign, wrong key), rather than
    /// the store or the disk.
    pub fn is_archive_fault(&self) -> bool {
        matches!(
            self,
            ArchiveError::NotAnArchive
                | ArchiveError::NewerFormat { .. }
                | ArchiveError::DamagedHeader
                | ArchiveError::WrongKey
                | ArchiveError::DamagedFrame
                | ArchiveError::DamagedChunk { .. }
                | ArchiveError::DamagedTrailer
                | ArchiveError::Truncated
                | ArchiveError::SchemaTooNew { .. }
        )
    }
}

/// Plain bytes gathered before a chunk is sealed: chunks stay small whatever the store size.
const CHUNK_TARGET: usize = 64 * 1024;

/// The trailer's plain bytes: data chunks, entries, and SHA-256 over the header and every
/// data frame as written.
struct Trailer {
    chunks: u64,
    entries: u64,
    hash: [u8; 32],
}

impl Trailer {
    const LEN: usize = 8 + 8 + 32;

    fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(Self::LEN);
        bytes.extend(self.chunks.to_le_bytes());
        bytes.extend(self.entries.to_le_bytes());
        bytes.extend(self.hash);
        bytes
    }

    fn decode(bytes: &[u8]) -> Option<Trailer> {
        if bytes.len() != Self::LEN {
            return None;
        }
        Some(Trailer {
            chunks: u64::from_le_bytes(bytes[..8].try_into().ok()?),
            entries: u64::from_le_bytes(bytes[8..16].try_into().ok()?),
            hash: bytes[16..].try_into().ok()?,
        })
    }
}
