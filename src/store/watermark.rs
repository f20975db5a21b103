//! The high-water mark of confirmed writes, kept beside sled's files in `acknowledged`: every
//! confirmed write bumps a generation inside sled, and once sled has it on disk the generation
//! is written here too. At open, a store whose generation is below this mark has lost
//! confirmed writes (sled drops a damaged tail as if it were an unfinished write).
//!
//! The file holds two 32-byte slots, each the generation and a checksum; a generation is
//! written over the older slot in place and fdatasynced, so a torn write leaves the other slot
//! and the mark errs low, never high. Writing in place needs no rename and so no folder sync
//! per write; the file is created once, through a temporary file and a rename.
//!
//! A store that has no mark yet (a new one, or one written before marks were kept) gets one
//! at the generation sled holds: what it may have lost before then cannot be told.
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub(crate) const FILE_NAME: &str = "acknowledged";
const MAGIC: &[u8; 8] = b"SDACK\x00v1";
const SLOT: usize = 32;

/// The open `acknowledged` file and the generation it holds.
pub(crate) struct Watermark {
    file: File,
    generation: u64,
}

fn checksum(generation: u64) -> [u8; 16] {
    let mut hasher = Sha256::new();
    hasher.update(MAGIC);
    hasher.update(generation.to_be_bytes());
    let digest = hasher.finalize();
    let mut out = [0; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

fn slot_bytes(generation: u64) -> [u8; SLOT] {
    let mut slot = [0; SLOT];
    slot[..8].copy_from_slice(MAGIC);
    slot[8..16].copy_from_slice(&generation.to_be_bytes());
    slot[16..].copy_from_slice(&checksum(generation));
    slot
}

fn read_slot(bytes: &[u8]) -> Option<u64> {
    let slot: &[u8; SLOT] = bytes.try_into().ok()?;
    let mut generation = [0; 8];
    generation.copy_from_slice(&slot[8..16]);
    let generation = u64::from_be_bytes(generation);
    (slot[..8] == MAGIC[..] && slot[16..] == checksum(generation)[..]).then_some(generation)
}

/// Why the mark cannot be read.
#[derive(Debug)]
pub(crate) enum MarkError {
    Io(io::Error),
    /// Neither slot holds a valid generation.
    Damaged,
}

impl From<io::Error> for MarkError {
    fn from(e: io::Error) -> Self {
        MarkError::Io(e)
    }
}

impl Watermark {
    /// Opens the mark in `folder`, or creates it at `generation` when the store has none yet
    /// (a new store, or one written before marks were kept). Returns whether it was created,
    /// so the caller syncs the folder.
    pub(crate) fn open_or_create(
        folder: &Path,
        generation: u64,
    ) -> Result<(Watermark, bool), MarkError> {
        let path = folder.join(FILE_NAME);
        match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(file) => Ok((Watermark::read(file)?, false)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Ok((Watermark::create(&path, generation)?, true))
            }
            Err(e) => Err(e.into()),
        }
    }

    fn read(mut file: File) -> Result<Watermark, MarkError> {
        let mut bytes = Vec::with_capacity(2 * SLOT);
        Read::by_ref(&mut file)
            .take(2 * SLOT as u64 + 1)
            .read_to_end(&mut bytes)?;
        if bytes.len() != 2 * SLOT {
            return Err(MarkError::Damaged);
        }
        let generation = [read_slot(&bytes[..SLOT]), read_slot(&bytes[SLOT..])]
            .into_iter()
            .flatten()
            .max()
            .ok_or(MarkError::Damaged)?;
        Ok(Watermark { file, generation })
    }

    fn create(path: &Path, generation: u64) -> io::Result<Watermark> {
        let temporary = PathBuf::from(format!("{}.new", path.display()));
        let mut file = File::create(&temporary)?;
        file.write_all(&slot_bytes(generation))?;
        file.write_all(&slot_bytes(generation))?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        Ok(Watermark { file, generation })
    }

    pub(crate) fn generation(&self) -> u64 {
        self.generation
    }

    /// Records that writes up to `generation` are on disk; never moves the mark back.
    pub(crate) fn advance(&mut self, generation: u64) -> io::Result<()> {
        if generation <= self.generation {
            return Ok(());
        }
        let offset = (generation % 2) * SLOT as u64;
        self.file.seek(SeekFrom::Start(offset))?;
        self.file.write_all(&slot_bytes(generation))?;
        self.file.sync_data()?;
        self.generation = generation;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reopen(dir: &Path) -> u64 {
        Watermark::open_or_create(dir, 0).unwrap().0.generation()
    }

    #[test]
    fn a_new_mark_starts_where_the_store_is_and_only_rises() {
        let dir = tempfile::tempdir().unwrap();
        let (mut mark, created) = Watermark::open_or_create(dir.path(), 5).unwrap();
        assert!(created);
        assert_eq!(mark.generation(), 5);
        mark.advance(6).unwrap();
        mark.advance(9).unwrap();
        mark.advance(7).unwrap();
        assert_eq!(mark.generation(), 9);
        drop(mark);
        let (mark, created) = Watermark::open_or_create(dir.path(), 0).unwrap();
        assert!(!created);
        assert_eq!(mark.generation(), 9);
        assert!(!dir.path().join("acknowledged.new").exists());
    }

    #[test]
    fn a_torn_slot_leaves_the_older_generation() {
        let dir = tempfile::tempdir().unwrap();
        let (mut mark, _) = Watermark::open_or_create(dir.path(), 0).unwrap();
        mark.advance(1).unwrap();
        mark.advance(2).unwrap();
        drop(mark);
        let path = dir.path().join(FILE_NAME);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[8 + 7] ^= 0x40; // generation 2 lives in slot 0
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(reopen(dir.path()), 1);
    }

    #[test]
    fn a_mark_with_no_valid_slot_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), [0u8; 64]).unwrap();
        assert!(matches!(
            Watermark::open_or_create(dir.path(), 0),
            Err(MarkError::Damaged)
        ));
        std::fs::write(dir.path().join(FILE_NAME), slot_bytes(3)).unwrap();
        assert!(
            matches!(
                Watermark::open_or_create(dir.path(), 0),
                Err(MarkError::Damaged)
            ),
            "a cut file"
        );
    }
}
