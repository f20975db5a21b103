//! Restoring an archive. The header and key are checked first; then every chunk is opened
//! in order and its keys and values written into a new store in a folder beside the target,
//! the trailer is checked against what was read, and the new store is opened once as a store
//! (mark and journal created, files synced). Only then does it take the target's place; any
//! failure before removes the new folder and leaves the target as it was.
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::format::{self, Frame, Header, Kind};
use super::items::{self, Item};
use super::replace;
use super::seal::Sealer;
use super::{ArchiveError, ArchiveKey, Progress, Summary, Trailer};
use crate::store::commit::GENERATION_KEY;
use crate::store::error::classify;
use crate::store::migrate::SCHEMA_VERSION;
use crate::store::{OpenOptions, Store, StoreError, codec, trees};

/// A finished restore.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub summary: Summary,
    /// Where the store that was in the target's place was moved (kept, not deleted: an
    /// archive older than the store it replaced would otherwise lose the newer records).
    pub previous: Option<PathBuf>,
}

/// The header of the archive at `file`, readable without the key.
pub fn read_header(file: &Path) -> Result<Header, ArchiveError> {
    let mut input = BufReader::new(File::open(file).map_err(ArchiveError::Read)?);
    Ok(Header::read(&mut input)?.0)
}

/// Verifies the whole archive at `file` into a new store and puts it in `target`'s place.
/// Refused, with the target unchanged, when the archive is damaged, cut or sealed under
/// another key, or when the target is open in a window.
pub fn restore(
    file: &Path,
    target: &Path,
    key: &ArchiveKey,
    options: &OpenOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Restored, ArchiveError> {
    let opened = File::open(file).map_err(ArchiveError::Read)?;
    let total = opened.metadata().map_err(ArchiveError::Read)?.len();
    let mut input = Counting {
        inner: BufReader::new(opened),
        read: 0,
    };
    let (header, header_bytes) = Header::read(&mut input)?;
    if header.schema > SCHEMA_VERSION {
        return Err(ArchiveError::SchemaTooNew {
            found: header.schema,
            known: SCHEMA_VERSION,
        });
    }
    let sealer = Sealer::new(key, &header, &header_bytes).ok_or(ArchiveError::WrongKey)?;
    replace::check_target(target)?;
    let staging = replace::staging_path(target)?;
    std::fs::create_dir(&staging).map_err(|e| StoreError::io(&staging, e))?;
    let mut reading = Reading {
        input,
        sealer,
        hash: Sha256::new(),
        total,
        progress,
    };
    reading.hash.update(&header_bytes);
    let verified = reading
        .fill(&staging, &header, options)
        .and_then(|summary| settle(&staging, &header, options).map(|()| summary));
    let summary = match verified {
        Ok(summary) => summary,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    match replace::swap(&staging, target) {
        Ok(previous) => Ok(Restored { summary, previous }),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

/// Opens the new store once as a store: its journal and mark are created at the generation
/// it holds, migrations run if the archive is of an older schema, and its files are synced.
fn settle(staging: &Path, header: &Header, options: &OpenOptions) -> Result<(), ArchiveError> {
    let store = Store::open(staging, options)?;
    if store.durable_generation() < header.generation {
        let detail = "the restored store holds fewer writes than its archive";
        return Err(StoreError::internal(staging, detail).into());
    }
    Ok(())
}

/// A reader that counts the bytes it hands out, for progress.
struct Counting<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

struct Reading<'p, R> {
    input: Counting<R>,
    sealer: Sealer,
    /// Over the header and every data frame as read.
    hash: Sha256,
    total: u64,
    progress: &'p mut dyn FnMut(Progress),
}

/// What the chunks read so far have put into the new store.
#[derive(Default)]
struct Filled {
    chunks: u64,
    entries: u64,
    tree: Option<sled::Tree>,
    is_meta: bool,
    generation: Option<u64>,
}

impl<R: Read> Reading<'_, R> {
    fn fill(
        &mut self,
        staging: &Path,
        header: &Header,
        options: &OpenOptions,
    ) -> Result<Summary, ArchiveError> {
        let db = sled::Config::new()
            .path(staging)
            .cache_capacity(options.cache_bytes)
            .open()
            .map_err(|e| classify(staging, e))?;
        let mut filled = Filled::default();
        loop {
            let frame = format::read_frame(&mut self.input)?.ok_or(ArchiveError::Truncated)?;
            let index = filled.chunks;
            let kind = frame.kind;
            if kind == Kind::Trailer {
                return Err(ArchiveError::DamagedChunk { index });
            }
            let plain = self
                .sealer
                .open(index, kind, frame.sealed())
                .ok_or(ArchiveError::DamagedChunk { index })?;
            self.hash.update(&frame.bytes);
            apply(&db, staging, &plain, &mut filled).map_err(|e| match e {
                Applied::Damaged => ArchiveError::DamagedChunk { index },
                Applied::Store(e) => ArchiveError::Store(e),
            })?;
            filled.chunks += 1;
            (self.progress)(Progress {
                bytes: self.input.read,
                total: Some(self.total),
                entries: filled.entries,
            });
            if kind == Kind::Last {
                break;
            }
        }
        self.check_trailer(&filled)?;
        if filled.generation.unwrap_or(0) != header.generation {
            // The header names a generation its own content does not hold.
            return Err(ArchiveError::DamagedHeader);
        }
        db.flush().map_err(|e| classify(staging, e))?;
        Ok(Summary {
            header: header.clone(),
            chunks: filled.chunks,
            entries: filled.entries,
            bytes: self.input.read,
        })
    }

    /// The trailer follows the last chunk, counts what was read, and ends the file.
    fn check_trailer(&mut self, filled: &Filled) -> Result<(), ArchiveError> {
        let frame: Frame = format::read_frame(&mut self.input)?.ok_or(ArchiveError::Truncated)?;
        if frame.kind != Kind::Trailer {
            return Err(ArchiveError::DamagedTrailer);
        }
        let trailer = self
            .sealer
            .open(filled.chunks, Kind::Trailer, frame.sealed())
            .and_then(|plain| Trailer::decode(&plain))
            .ok_or(ArchiveError::DamagedTrailer)?;
        let hash: [u8; 32] = std::mem::take(&mut self.hash).finalize().into();
        if trailer.chunks != filled.chunks
            || trailer.entries != filled.entries
            || trailer.hash != hash
        {
            return Err(ArchiveError::DamagedTrailer);
        }
        if format::read_frame(&mut self.input).is_ok_and(|f| f.is_none()) {
            (self.progress)(Progress {
                bytes: self.input.read,
                total: Some(self.total),
                entries: filled.entries,
            });
            Ok(())
        } else {
            Err(ArchiveError::DamagedTrailer)
        }
    }
}

enum Applied {
    Damaged,
    Store(StoreError),
}

/// Writes one opened chunk's keys and values into the new store.
fn apply(db: &sled::Db, staging: &Path, plain: &[u8], filled: &mut Filled) -> Result<(), Applied> {
    let sled_error = |e| Applied::Store(classify(staging, e));
    for item in items::read(plain) {
        match item.map_err(|()| Applied::Damaged)? {
            Item::Tree(name) => {
                filled.tree = Some(db.open_tree(name).map_err(sled_error)?);
                filled.is_meta = name == trees::META.as_bytes();
            }
            Item::Pair(key, value) => {
                let tree = filled.tree.as_ref().ok_or(Applied::Damaged)?;
                tree.insert(key, value).map_err(sled_error)?;
                filled.entries += 1;
                if filled.is_meta && key == GENERATION_KEY.as_bytes() {
                    let generation = codec::decode::<u64>(codec::format::META, value)
                        .map_err(|_| Applied::Damaged)?;
                    filled.generation = Some(generation);
                }
            }
        }
    }
    Ok(())
}
