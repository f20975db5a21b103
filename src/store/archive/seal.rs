//! Sealing and opening the archive's frames. Each archive has its own chunk key, derived with
//! HKDF-SHA256 from the 32-byte archive key and the archive's random salt, and a key-check
//! value derived the same way under another label. A frame is sealed with XChaCha20-Poly1305
//! under the nonce `nonce base (16 random bytes) ++ frame index (u64 LE)` and the associated
//! data `SHA-256(header) ++ frame index ++ kind`: a frame moved, dropped, taken from another
//! archive or relabelled as the last one does not open.
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::ArchiveKey;
use super::format::{Header, Kind};

const CHUNK_KEY_LABEL: &[u8] = b"service-desk archive v1 chunk key";
const KEY_CHECK_LABEL: &[u8] = b"service-desk archive v1 key check";

/// The key-check value an archive with this salt carries under `key`.
pub(super) fn key_check(key: &ArchiveKey, salt: &[u8; 32]) -> Option<[u8; 16]> {
    let mut out = [0; 16];
    expand(key, salt, KEY_CHECK_LABEL, &mut out)?;
    Some(out)
}

/// `None` only for an output over HKDF-SHA256's 8160 bytes; callers ask for 16 or 32.
fn expand(key: &ArchiveKey, salt: &[u8; 32], label: &[u8], out: &mut [u8]) -> Option<()> {
    let hkdf = Hkdf::<Sha256>::new(Some(salt), key.bytes());
    hkdf.expand(label, out).ok()
}

/// Seals and opens the frames of one archive.
pub(super) struct Sealer {
    cipher: XChaCha20Poly1305,
    nonce_base: [u8; 16],
    header_digest: [u8; 32],
}

impl Sealer {
    /// The sealer for the archive whose header is `header`, written as `header_bytes`; `None`
    /// when `key` is not the key the archive was written under.
    pub(super) fn new(key: &ArchiveKey, header: &Header, header_bytes: &[u8]) -> Option<Sealer> {
        if key_check(key, &header.salt)? != header.key_check {
            return None;
        }
        let mut chunk_key = Zeroizing::new([0u8; 32]);
        expand(key, &header.salt, CHUNK_KEY_LABEL, chunk_key.as_mut_slice())?;
        let cipher = XChaCha20Poly1305::new_from_slice(chunk_key.as_slice()).ok()?;
        Some(Sealer {
            cipher,
            nonce_base: header.nonce_base,
            header_digest: Sha256::digest(header_bytes).into(),
        })
    }

    fn nonce(&self, index: u64) -> XNonce {
        let mut nonce = [0u8; 24];
        nonce[..16].copy_from_slice(&self.nonce_base);
        nonce[16..].copy_from_slice(&index.to_le_bytes());
        nonce.into()
    }

    fn associated(&self, index: u64, kind: Kind) -> [u8; 41] {
        let mut aad = [0u8; 41];
        aad[..32].copy_from_slice(&self.header_digest);
        aad[32..40].copy_from_slice(&index.to_le_bytes());
        aad[40] = kind as u8;
        aad
    }

    /// `None` only for a message over the cipher's 256 GiB; frames are a few KiB.
    pub(super) fn seal(&self, index: u64, kind: Kind, plain: &[u8]) -> Option<Vec<u8>> {
        let aad = self.associated(index, kind);
        let payload = Payload {
            msg: plain,
            aad: &aad,
        };
        self.cipher.encrypt(&self.nonce(index), payload).ok()
    }

    /// The plain bytes of frame `index`, or `None` when it does not open as that frame.
    pub(super) fn open(&self, index: u64, kind: Kind, sealed: &[u8]) -> Option<Vec<u8>> {
        let aad = self.associated(index, kind);
        let payload = Payload {
            msg: sealed,
            aad: &aad,
        };
        self.cipher.decrypt(&self.nonce(index), payload).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::archive::format::FORMAT_VERSION;

    fn header(key: &ArchiveKey) -> Header {
        let salt = [9; 32];
        Header {
            format: FORMAT_VERSION,
            created_at: 0,
            schema: 1,
            generation: 1,
            salt,
            nonce_base: [4; 16],
            key_check: key_check(key, &salt).unwrap(),
            unlock: Vec::new(),
        }
    }

    #[test]
    fn a_frame_opens_only_at_its_index_kind_header_and_key() {
        let key = ArchiveKey::new([7; 32]);
        let header = header(&key);
        let bytes = header.encode();
        let sealer = Sealer::new(&key, &header, &bytes).unwrap();
        let sealed = sealer.seal(3, Kind::Data, b"records").unwrap();
        assert_eq!(sealer.open(3, Kind::Data, &sealed).unwrap(), b"records");
        assert!(sealer.open(4, Kind::Data, &sealed).is_none());
        assert!(sealer.open(3, Kind::Last, &sealed).is_none());
        let mut other_bytes = bytes.clone();
        other_bytes[12] ^= 1;
        let other = Sealer::new(&key, &header, &other_bytes).unwrap();
        assert!(other.open(3, Kind::Data, &sealed).is_none());
        assert!(Sealer::new(&ArchiveKey::new([8; 32]), &header, &bytes).is_none());
    }
}
