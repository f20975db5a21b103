//! The write-ahead journal (`journal` beside sled's files): each commit's writes are appended
//! as one checksummed entry and fdatasynced once before the commit is confirmed; sled applies
//! them without a sync of its own and is flushed, synced and the journal emptied at a
//! checkpoint. At open, entries sled does not hold are applied again.
//!
//! An entry is `length (u32 LE) ++ checksum (16 bytes) ++ generation (u64 LE) ++ payload`,
//! where the checksum is the first 16 bytes of SHA-256 over generation and payload, and the
//! payload is bincode of the writes. Reading stops at the first entry that is cut short,
//! fails its checksum or does not follow its predecessor's generation: that is the tail a
//! power cut or a full disk tore, never a confirmed entry, since each confirmed entry was
//! synced whole before the next was begun. The file is written over from its start after
//! each checkpoint (see [`PREALLOCATED`]), so zeros or older entries follow the last entry.
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write as _};
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub(crate) const FILE_NAME: &str = "journal";
/// The journal is written over from its start after each checkpoint, inside a file filled
/// with zeros once: an append then changes no file size and allocates no block, so its
/// fdatasync writes the entry's blocks and waits for no file-system metadata. Appends past
/// it grow the file, which is correct, only slower.
pub(crate) const PREALLOCATED: u64 = 1 << 20;
const HEADER: usize = 4 + 16 + 8;
/// Largest payload read back: a damaged length cannot make the reader allocate more.
const MAX_PAYLOAD: usize = 64 << 20;

/// One key's new value in one tree (`None`: removed), as the commit left it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Write {
    pub tree: String,
    pub key: Vec<u8>,
    pub value: Option<Vec<u8>>,
}

/// One commit: the write generation it brought the store to, and its writes in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub generation: u64,
    pub writes: Vec<Write>,
}

fn checksum(generation: u64, payload: &[u8]) -> [u8; 16] {
    let mut hasher = Sha256::new();
    hasher.update(generation.to_le_bytes());
    hasher.update(payload);
    let mut out = [0; 16];
    out.copy_from_slice(&hasher.finalize()[..16]);
    out
}

fn bincode_config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_PAYLOAD>()
}

/// The bytes of one entry as appended.
pub(crate) fn encode(generation: u64, writes: &[Write]) -> io::Result<Vec<u8>> {
    let payload =
        bincode::serde::encode_to_vec(writes, bincode_config()).map_err(io::Error::other)?;
    let length = u32::try_from(payload.len())
        .ok()
        .filter(|l| *l as usize <= MAX_PAYLOAD)
        .ok_or_else(|| io::Error::other("journal entry too large"))?;
    let mut bytes = Vec::with_capacity(HEADER + payload.len());
    bytes.extend(length.to_le_bytes());
    bytes.extend(checksum(generation, &payload));
    bytes.extend(generation.to_le_bytes());
    bytes.extend(payload);
    Ok(bytes)
}

/// The whole entries at the front of `bytes`, in order, and how many bytes they take.
pub(crate) fn decode_all(bytes: &[u8]) -> (Vec<Entry>, usize) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut at = 0;
    while let Some((entry, used)) = decode_one(&bytes[at..]) {
        let follows = entries
            .last()
            .is_none_or(|last| entry.generation == last.generation + 1);
        if !follows {
            break;
        }
        entries.push(entry);
        at += used;
    }
    (entries, at)
}

fn decode_one(bytes: &[u8]) -> Option<(Entry, usize)> {
    let header = bytes.get(..HEADER)?;
    let length = u32::from_le_bytes(header[..4].try_into().ok()?) as usize;
    if length > MAX_PAYLOAD {
        return None;
    }
    let generation = u64::from_le_bytes(header[20..28].try_into().ok()?);
    let payload = bytes.get(HEADER..HEADER + length)?;
    if header[4..20] != checksum(generation, payload) {
        return None;
    }
    let (writes, used) =
        bincode::serde::decode_from_slice::<Vec<Write>, _>(payload, bincode_config()).ok()?;
    (used == payload.len()).then_some((Entry { generation, writes }, HEADER + length))
}

fn write_at(file: &mut File, bytes: &[u8], at: u64) -> io::Result<()> {
    file.seek(SeekFrom::Start(at))?;
    file.write_all(bytes)
}

/// The open journal file and the length of its whole entries.
pub(crate) struct Journal {
    file: File,
    /// Where the next entry goes: the end of the last whole entry.
    len: u64,
    /// The generation of the last entry appended or found, if any.
    last: Option<u64>,
}

impl Journal {
    /// Opens (creating if needed) the journal in `folder` and reads its whole entries. A new
    /// or short journal is filled with zeros up to [`PREALLOCATED`] and synced once.
    pub(crate) fn open(folder: &Path) -> io::Result<(Journal, Vec<Entry>)> {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(folder.join(FILE_NAME))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        if (bytes.len() as u64) < PREALLOCATED {
            let zeros = vec![0u8; PREALLOCATED as usize - bytes.len()];
            write_at(&mut file, &zeros, bytes.len() as u64)?;
            file.sync_all()?;
        }
        let (entries, used) = decode_all(&bytes);
        let journal = Journal {
            file,
            len: used as u64,
            last: entries.last().map(|e| e.generation),
        };
        Ok((journal, entries))
    }

    /// The generation of the last entry on disk, if the journal holds any.
    pub(crate) fn last(&self) -> Option<u64> {
        self.last
    }

    /// Writes one entry after the last whole one and syncs it. A failed write leaves at
    /// most a torn entry there, where reading stops and the next entry (after a reopen: the
    /// store refuses every commit after a failure) is written over it.
    pub(crate) fn append(&mut self, generation: u64, entry: &[u8]) -> io::Result<()> {
        write_at(&mut self.file, entry, self.len)?;
        self.file.sync_data()?;
        self.len += entry.len() as u64;
        self.last = Some(generation);
        Ok(())
    }

    /// How many bytes the journal holds.
    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// Starts the journal again from its first byte once sled holds everything in it on
    /// disk: the first entry's header is zeroed, so reading finds no entry. Not synced: until
    /// the zeros reach the disk the old entries are whole and at or below the generation sled
    /// holds, so none is applied again. The old entries behind the new ones are never read
    /// as entries either: none follows a new entry's generation, which is higher.
    pub(crate) fn reset(&mut self) -> io::Result<()> {
        write_at(&mut self.file, &[0; HEADER], 0)?;
        self.len = 0;
        self.last = None;
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn replace_file(&mut self, file: File) -> File {
        std::mem::replace(&mut self.file, file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(n: u8) -> Write {
        Write {
            tree: "t".into(),
            key: vec![n],
            value: (n % 2 == 0).then(|| vec![n; 3]),
        }
    }

    fn three_entries() -> Vec<u8> {
        (1..=3)
            .flat_map(|g| encode(g, &[write(g as u8), write(9)]).unwrap())
            .collect()
    }

    #[test]
    fn whole_entries_read_back_in_order() {
        let bytes = three_entries();
        let (entries, used) = decode_all(&bytes);
        assert_eq!(used, bytes.len());
        assert_eq!(
            entries.iter().map(|e| e.generation).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert_eq!(entries[1].writes, [write(2), write(9)]);
    }

    #[test]
    fn a_cut_or_damaged_tail_ends_the_journal_there() {
        let bytes = three_entries();
        let third = decode_all(&bytes).1 - encode(3, &[write(3), write(9)]).unwrap().len();
        for cut in [third + 1, third + HEADER, bytes.len() - 1] {
            let (entries, used) = decode_all(&bytes[..cut]);
            assert_eq!(entries.len(), 2, "cut at {cut}");
            assert_eq!(used, third);
        }
        let mut flipped = bytes.clone();
        flipped[bytes.len() - 2] ^= 0x10;
        assert_eq!(decode_all(&flipped).0.len(), 2);
        let mut huge = bytes.clone();
        huge[third..third + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(decode_all(&huge).0.len(), 2);
    }

    #[test]
    fn an_entry_out_of_sequence_ends_the_journal() {
        let mut bytes = three_entries();
        bytes.extend(encode(7, &[write(7)]).unwrap());
        assert_eq!(decode_all(&bytes).0.len(), 3);
    }

    #[test]
    fn a_failed_append_leaves_only_whole_entries() {
        let dir = tempfile::tempdir().unwrap();
        let (mut journal, found) = Journal::open(dir.path()).unwrap();
        assert!(found.is_empty());
        journal.append(1, &encode(1, &[write(1)]).unwrap()).unwrap();
        let good = journal.len();
        // Writes to /dev/full fail with ENOSPC, as on a full disk.
        let real = journal.replace_file(File::options().write(true).open("/dev/full").unwrap());
        let err = journal
            .append(2, &encode(2, &[write(2)]).unwrap())
            .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        journal.replace_file(real);
        assert_eq!(journal.len(), good);
        assert_eq!(journal.last(), Some(1));
        drop(journal);
        let (_, found) = Journal::open(dir.path()).unwrap();
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_journal_started_again_reads_only_its_new_entries() {
        let dir = tempfile::tempdir().unwrap();
        let (mut journal, _) = Journal::open(dir.path()).unwrap();
        let size = std::fs::metadata(dir.path().join(FILE_NAME)).unwrap().len();
        assert_eq!(size, PREALLOCATED);
        for g in 1..=5 {
            let writes = [write(g as u8), write(9), write(10)];
            journal.append(g, &encode(g, &writes).unwrap()).unwrap();
        }
        journal.reset().unwrap();
        // A shorter first entry, and a torn second one over the old entries.
        journal.append(6, &encode(6, &[write(6)]).unwrap()).unwrap();
        let torn = encode(7, &[write(7), write(7)]).unwrap();
        let at = journal.len();
        write_at(&mut journal.file, &torn[..torn.len() / 2], at).unwrap();
        drop(journal);
        assert_eq!(
            std::fs::metadata(dir.path().join(FILE_NAME)).unwrap().len(),
            size,
            "appends inside the file change no size"
        );
        let (mut journal, found) = Journal::open(dir.path()).unwrap();
        assert_eq!(found.iter().map(|e| e.generation).collect::<Vec<_>>(), [6]);
        assert_eq!(journal.last(), Some(6));
        journal.reset().unwrap();
        drop(journal);
        let (_, found) = Journal::open(dir.path()).unwrap();
        assert!(found.is_empty(), "a journal started again holds nothing");
    }
}
