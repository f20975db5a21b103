//! Writing an archive. The snapshot is read through sled, every tree in turn, while the
//! writer lock is held: a commit of this process waits (other processes cannot open the
//! store at all), so the archive holds exactly the commits up to the generation in its
//! header, never half of one. The archive goes to `FILE.partial`, is synced, and is renamed
//! over `FILE` only once whole.
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::format::{self, FORMAT_VERSION, Header, Kind};
use super::items::{self, Item};
use super::seal::{self, Sealer};
use super::{ArchiveError, ArchiveKey, CHUNK_TARGET, Progress, Summary, Trailer};
use crate::store::commit::GENERATION_KEY;
use crate::store::durable::sync_folder;
use crate::store::{Store, StoreError, migrate};

/// Backs up `store` into `file` under `key`, reporting progress once per chunk. `created_at`
/// (seconds since the Unix epoch) and `unlock` (opaque bytes for whoever derives the key;
/// empty for now) go into the header. Commits of this process wait while the store is read.
pub fn back_up(
    store: &Store,
    key: &ArchiveKey,
    file: &Path,
    created_at: i64,
    unlock: &[u8],
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, ArchiveError> {
    if unlock.len() > format::MAX_UNLOCK {
        return Err(StoreError::internal(store.path(), "archive unlock block too large").into());
    }
    let partial = partial_path(file);
    let failed = |source| ArchiveError::Write {
        path: file.to_path_buf(),
        source,
    };
    let out = File::create(&partial).map_err(failed)?;
    let written =
        write_into(store, key, &out, file, created_at, unlock, progress).and_then(|summary| {
            out.sync_all().map_err(failed)?;
            std::fs::rename(&partial, file).map_err(failed)?;
            Ok(summary)
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    let summary = written?;
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        sync_folder(parent).map_err(failed)?;
    }
    Ok(summary)
}

fn partial_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

fn random<const N: usize>() -> io::Result<[u8; N]> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
    Ok(bytes)
}

fn write_into(
    store: &Store,
    key: &ArchiveKey,
    out: &File,
    file: &Path,
    created_at: i64,
    unlock: &[u8],
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, ArchiveError> {
    let failed = |source| ArchiveError::Write {
        path: file.to_path_buf(),
        source,
    };
    let salt = random::<32>().map_err(failed)?;
    let nonce_base = random::<16>().map_err(failed)?;
    let confirmed = store.lock_confirmed();
    confirmed.refuse_if_failed(store.path())?;
    let header = Header {
        format: FORMAT_VERSION,
        created_at,
        schema: migrate::version(store)?,
        generation: store.meta_get::<u64>(GENERATION_KEY)?.unwrap_or(0),
        salt,
        nonce_base,
        key_check: seal::key_check(key, &salt)
            .ok_or_else(|| StoreError::internal(store.path(), "archive key check"))?,
        unlock: unlock.to_vec(),
    };
    let header_bytes = header.encode();
    let sealer = Sealer::new(key, &header, &header_bytes)
        .ok_or_else(|| StoreError::internal(store.path(), "archive key check"))?;
    let mut chunks = ChunkWriter {
        out: BufWriter::new(out),
        sealer,
        index: 0,
        plain: Vec::with_capacity(CHUNK_TARGET + 8 * 1024),
        hash: Sha256::new(),
        entries: 0,
        bytes: 0,
        progress,
    };
    chunks.start(&header_bytes).map_err(failed)?;
    copy_trees(store, &mut chunks, file)?;
    drop(confirmed);
    let (chunk_count, entries, bytes) = chunks.finish().map_err(failed)?;
    Ok(Summary {
        header,
        chunks: chunk_count,
        entries,
        bytes,
    })
}

/// Every tree sled holds, each named once and followed by its keys and values in order.
fn copy_trees(
    store: &Store,
    chunks: &mut ChunkWriter<'_, impl Write>,
    file: &Path,
) -> Result<(), ArchiveError> {
    let failed = |source| ArchiveError::Write {
        path: file.to_path_buf(),
        source,
    };
    for name in store.db.tree_names() {
        let tree = store.db.open_tree(&name).map_err(|e| store.error(e))?;
        chunks.add(&Item::Tree(&name)).map_err(failed)?;
        for pair in tree.iter() {
            let (key, value) = pair.map_err(|e| store.error(e))?;
            chunks.add(&Item::Pair(&key, &value)).map_err(failed)?;
        }
    }
    Ok(())
}

/// Gathers items into chunks of about [`CHUNK_TARGET`] bytes and writes each sealed.
struct ChunkWriter<'p, W: Write> {
    out: W,
    sealer: Sealer,
    /// The next frame's index.
    index: u64,
    plain: Vec<u8>,
    /// Over the header and every data frame as written.
    hash: Sha256,
    entries: u64,
    bytes: u64,
    progress: &'p mut dyn FnMut(Progress),
}

impl<W: Write> ChunkWriter<'_, W> {
    fn start(&mut self, header: &[u8]) -> io::Result<()> {
        self.hash.update(header);
        self.out.write_all(header)?;
        self.bytes = header.len() as u64;
        Ok(())
    }

    fn add(&mut self, item: &Item<'_>) -> io::Result<()> {
        items::push(&mut self.plain, item);
        if matches!(item, Item::Pair(..)) {
            self.entries += 1;
        }
        if self.plain.len() >= CHUNK_TARGET {
            self.emit(Kind::Data)?;
        }
        Ok(())
    }

    fn emit(&mut self, kind: Kind) -> io::Result<()> {
        let sealed = self
            .sealer
            .seal(self.index, kind, &self.plain)
            .filter(|sealed| sealed.len() <= format::MAX_FRAME)
            .ok_or_else(|| io::Error::other("a stored value too large for an archive chunk"))?;
        let frame = format::frame(kind, &sealed);
        if kind != Kind::Trailer {
            self.hash.update(&frame);
        }
        format::write_frame(&mut self.out, &frame)?;
        self.bytes += frame.len() as u64;
        self.index += 1;
        self.plain.clear();
        (self.progress)(Progress {
            bytes: self.bytes,
            total: None,
            entries: self.entries,
        });
        Ok(())
    }

    /// Seals what is left as the last chunk (empty if need be), then the trailer.
    fn finish(mut self) -> io::Result<(u64, u64, u64)> {
        self.emit(Kind::Last)?;
        let chunks = self.index;
        let trailer = Trailer {
            chunks,
            entries: self.entries,
            hash: std::mem::take(&mut self.hash).finalize().into(),
        };
        self.plain = trailer.encode();
        self.emit(Kind::Trailer)?;
        self.out.flush()?;
        Ok((chunks, self.entries, self.bytes))
    }
}
