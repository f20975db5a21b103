//! The archive's bytes: a header in the clear (checked by its own checksum, and bound to every
//! chunk through the associated data), then frames of `kind (1) ++ length (u32 LE) ++
//! sealed bytes`: data chunks, the last data chunk, and the trailer.
use std::io::{self, Read, Write};

use sha2::{Digest, Sha256};

use super::ArchiveError;

pub(super) const MAGIC: &[u8; 8] = b"SDBACKUP";
/// The layout described in this file.
pub(super) const FORMAT_VERSION: u16 = 1;
/// Largest opaque unlock block kept in the header (room for wrapped data keys).
pub(super) const MAX_UNLOCK: usize = 64 * 1024;
/// Largest sealed frame read back: a damaged length cannot make the reader allocate more.
pub(super) const MAX_FRAME: usize = 16 << 20;
const CHECKSUM: usize = 16;

/// What an archive says about itself, readable without the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub format: u16,
    /// Seconds since the Unix epoch when the backup was taken.
    pub created_at: i64,
    /// The store's schema version at the time.
    pub schema: u32,
    /// The store's write generation: every commit up to it is in the archive.
    pub generation: u64,
    pub(super) salt: [u8; 32],
    pub(super) nonce_base: [u8; 16],
    /// Derived from the archive key and the salt: tells a wrong key from a damaged chunk.
    pub(super) key_check: [u8; 16],
    /// Opaque bytes for whoever derives the archive key (the store's wrapped data keys, once
    /// operators exist); empty for now. Bound to every chunk like the rest of the header.
    pub unlock: Vec<u8>,
}

/// What a frame holds; written in the clear and bound to the frame by its associated data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Data = 0,
    Last = 1,
    Trailer = 2,
}

impl Kind {
    fn from_byte(byte: u8) -> Option<Kind> {
        match byte {
            0 => Some(Kind::Data),
            1 => Some(Kind::Last),
            2 => Some(Kind::Trailer),
            _ => None,
        }
    }
}

impl Header {
    /// The header's bytes as written, ending with their checksum.
    pub(super) fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(128 + self.unlock.len());
        bytes.extend(MAGIC);
        bytes.extend(self.format.to_le_bytes());
        bytes.extend(self.created_at.to_le_bytes());
        bytes.extend(self.schema.to_le_bytes());
        bytes.extend(self.generation.to_le_bytes());
        bytes.extend(self.salt);
        bytes.extend(self.nonce_base);
        bytes.extend(self.key_check);
        bytes.extend((self.unlock.len() as u32).to_le_bytes());
        bytes.extend(&self.unlock);
        let sum = checksum(&bytes);
        bytes.extend(sum);
        bytes
    }

    /// Reads a header, returning it and its bytes (which the chunks are bound to).
    pub(super) fn read(input: &mut impl Read) -> Result<(Header, Vec<u8>), ArchiveError> {
        let mut bytes = Vec::new();
        let magic: [u8; 8] = take(input, &mut bytes)?;
        if &magic != MAGIC {
            return Err(ArchiveError::NotAnArchive);
        }
        let format = u16::from_le_bytes(take(input, &mut bytes)?);
        if format > FORMAT_VERSION {
            return Err(ArchiveError::NewerFormat { found: format });
        }
        let created_at = i64::from_le_bytes(take(input, &mut bytes)?);
        let schema = u32::from_le_bytes(take(input, &mut bytes)?);
        let generation = u64::from_le_bytes(take(input, &mut bytes)?);
        let salt = take(input, &mut bytes)?;
        let nonce_base = take(input, &mut bytes)?;
        let key_check = take(input, &mut bytes)?;
        let unlock_len = u32::from_le_bytes(take(input, &mut bytes)?) as usize;
        if unlock_len > MAX_UNLOCK {
            return Err(ArchiveError::DamagedHeader);
        }
        let mut unlock = vec![0; unlock_len];
        read_exact(input, &mut unlock)?;
        bytes.extend(&unlock);
        let mut sum = [0; CHECKSUM];
        read_exact(input, &mut sum)?;
        if sum != checksum(&bytes) || format != FORMAT_VERSION {
            return Err(ArchiveError::DamagedHeader);
        }
        bytes.extend(sum);
        let header = Header {
            format,
            created_at,
            schema,
            generation,
            salt,
            nonce_base,
            key_check,
            unlock,
        };
        Ok((header, bytes))
    }
}

fn checksum(bytes: &[u8]) -> [u8; CHECKSUM] {
    let mut out = [0; CHECKSUM];
    out.copy_from_slice(&Sha256::digest(bytes)[..CHECKSUM]);
    out
}

/// Reads `N` bytes, keeping them in `seen`.
fn take<const N: usize>(
    input: &mut impl Read,
    seen: &mut Vec<u8>,
) -> Result<[u8; N], ArchiveError> {
    let mut out = [0; N];
    read_exact(input, &mut out)?;
    seen.extend(out);
    Ok(out)
}

/// `read_exact`, with an early end of file told apart as a cut archive.
fn read_exact(input: &mut impl Read, out: &mut [u8]) -> Result<(), ArchiveError> {
    input.read_exact(out).map_err(|e| match e.kind() {
        io::ErrorKind::UnexpectedEof => ArchiveError::Truncated,
        _ => ArchiveError::Read(e),
    })
}

/// The bytes of one frame as written.
pub(super) fn frame(kind: Kind, sealed: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(5 + sealed.len());
    bytes.push(kind as u8);
    bytes.extend((sealed.len() as u32).to_le_bytes());
    bytes.extend(sealed);
    bytes
}

pub(super) fn write_frame(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(bytes)
}

/// One frame read back, with its bytes as they stood (for the trailer's hash).
pub(super) struct Frame {
    pub kind: Kind,
    pub sealed_at: usize,
    pub bytes: Vec<u8>,
}

impl Frame {
    pub(super) fn sealed(&self) -> &[u8] {
        &self.bytes[self.sealed_at..]
    }
}

/// Reads the next frame; `None` at a clean end of file.
pub(super) fn read_frame(input: &mut impl Read) -> Result<Option<Frame>, ArchiveError> {
    let mut kind = [0u8; 1];
    match input.read(&mut kind) {
        Ok(0) => return Ok(None),
        Ok(_) => {}
        Err(e) => return Err(ArchiveError::Read(e)),
    }
    let kind = Kind::from_byte(kind[0]).ok_or(ArchiveError::DamagedFrame)?;
    let mut length = [0u8; 4];
    read_exact(input, &mut length)?;
    let length = u32::from_le_bytes(length) as usize;
    if length > MAX_FRAME {
        return Err(ArchiveError::DamagedFrame);
    }
    let mut bytes = Vec::with_capacity(5 + length);
    bytes.push(kind as u8);
    bytes.extend((length as u32).to_le_bytes());
    bytes.resize(5 + length, 0);
    read_exact(input, &mut bytes[5..])?;
    Ok(Some(Frame {
        kind,
        sealed_at: 5,
        bytes,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            format: FORMAT_VERSION,
            created_at: 1_796_140_800,
            schema: 4,
            generation: 77,
            salt: [1; 32],
            nonce_base: [2; 16],
            key_check: [3; 16],
            unlock: b"slots".to_vec(),
        }
    }

    #[test]
    fn a_header_reads_back_and_any_flipped_byte_is_caught() {
        let bytes = header().encode();
        let (read, seen) = Header::read(&mut bytes.as_slice()).unwrap();
        assert_eq!(read, header());
        assert_eq!(seen, bytes);
        for at in MAGIC.len()..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x01;
            assert!(Header::read(&mut flipped.as_slice()).is_err(), "byte {at}");
        }
        assert!(matches!(
            Header::read(&mut &bytes[..bytes.len() - 1]),
            Err(ArchiveError::Truncated)
        ));
        assert!(matches!(
            Header::read(&mut &b"PK\x03\x04 not ours"[..]),
            Err(ArchiveError::NotAnArchive)
        ));
    }
}
