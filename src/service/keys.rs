//! Key material: the store's random data key, each operator's key-encryption key derived
//! from their password with Argon2id, the data key wrapped under it with XChaCha20-Poly1305,
//! and [`Unlocked`], the subkeys a login yields for sealing records and drafts and for the
//! keyed hashes of the blind index. Every key is wiped when dropped.
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use thiserror::Error;
use zeroize::Zeroizing;

use crate::store::operators::{KdfParams, WrappedKey};

/// Argon2id parameters for a slow counter PC: OWASP's m = 19 MiB, t = 2, p = 1. The README
/// gives the time measured for one derivation; raise them here and every operator moves to
/// the new ones at their next password change.
pub const COUNTER_PC: KdfParams = KdfParams {
    memory_kib: 19 * 1024,
    iterations: 2,
    parallelism: 1,
};

const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
/// First byte of a sealed value, so that another scheme can follow.
const SEALED_V1: u8 = 1;

/// Associated data: what a sealed value is, so that one kind cannot stand in for another.
const WRAP_LABEL: &[u8] = b"service-desk data key v1\0";
const CHECK_LABEL: &[u8] = b"service-desk data key check v1";
const RECORD_LABEL: &[u8] = b"service-desk record key v1";
const DRAFT_LABEL: &[u8] = b"service-desk draft key v1";
const BLIND_LABEL: &[u8] = b"service-desk blind index key v1";
const ARCHIVE_LABEL: &[u8] = b"service-desk archive key v1";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("the operating system gave no random bytes: {0}")]
    Random(String),
    #[error("the key derivation refused its parameters: {0}")]
    Kdf(String),
    /// The key or the associated data is not the one the value was sealed with, or the value
    /// was changed.
    #[error("the value does not open with this key")]
    WrongKey,
    #[error("the sealed value is damaged")]
    Damaged,
}

fn random<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| KeyError::Random(e.to_string()))?;
    Ok(bytes)
}

/// A new random salt for an operator's key derivation.
pub fn new_salt() -> Result<[u8; 16], KeyError> {
    random()
}

/// The store's data key. Not `Clone`: it lives in one session and is wiped with it.
pub struct DataKey(Zeroizing<[u8; KEY_BYTES]>);

impl DataKey {
    pub fn generate() -> Result<DataKey, KeyError> {
        Ok(DataKey(Zeroizing::new(random()?)))
    }

    /// A keyed hash of the key, stored to recognise it; it says nothing about the key.
    pub fn check(&self) -> [u8; 32] {
        mac(&self.0, &[CHECK_LABEL])
    }

    /// The key's bytes, for the test that looks for them in a store's files.
    #[cfg(test)]
    pub(crate) fn bytes_for_test(&self) -> [u8; KEY_BYTES] {
        *self.0
    }

    fn subkey(&self, label: &[u8]) -> Zeroizing<[u8; KEY_BYTES]> {
        let mut out = Zeroizing::new([0u8; KEY_BYTES]);
        // The data key is uniformly random, so it serves as HKDF's pseudo-random key as is;
        // 32 bytes is a valid PRK length and a valid output length.
        if let Ok(hkdf) = Hkdf::<Sha256>::from_prk(self.0.as_slice()) {
            let _ = hkdf.expand(label, out.as_mut_slice());
        }
        out
    }
}

/// An operator's key-encryption key.
pub struct PasswordKey(Zeroizing<[u8; KEY_BYTES]>);

/// Derives the key-encryption key from a password with Argon2id. Slow on purpose.
pub fn derive_password_key(
    password: &[u8],
    salt: &[u8; 16],
    params: KdfParams,
) -> Result<PasswordKey, KeyError> {
    let params = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(KEY_BYTES),
    )
    .map_err(|e| KeyError::Kdf(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_BYTES]);
    argon
        .hash_password_into(password, salt, out.as_mut_slice())
        .map_err(|e| KeyError::Kdf(e.to_string()))?;
    Ok(PasswordKey(out))
}

fn wrap_aad(name: &str) -> Vec<u8> {
    [WRAP_LABEL, name.as_bytes()].concat()
}

/// Seals the data key under `key` for the operator `name`, with a fresh random nonce.
pub fn wrap(key: &PasswordKey, data: &DataKey, name: &str) -> Result<WrappedKey, KeyError> {
    let nonce = random::<NONCE_BYTES>()?;
    let sealed = cipher(&key.0)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: data.0.as_slice(),
                aad: &wrap_aad(name),
            },
        )
        .map_err(|_| KeyError::Damaged)?;
    Ok(WrappedKey { nonce, sealed })
}

/// Opens the data key wrapped for `name`; a wrong password (or a record moved to another
/// name) fails the tag.
pub fn unwrap(key: &PasswordKey, wrapped: &WrappedKey, name: &str) -> Result<DataKey, KeyError> {
    let plain = Zeroizing::new(
        cipher(&key.0)
            .decrypt(
                XNonce::from_slice(&wrapped.nonce),
                Payload {
                    msg: &wrapped.sealed,
                    aad: &wrap_aad(name),
                },
            )
            .map_err(|_| KeyError::WrongKey)?,
    );
    let bytes: [u8; KEY_BYTES] = plain.as_slice().try_into().map_err(|_| KeyError::Damaged)?;
    Ok(DataKey(Zeroizing::new(bytes)))
}

fn cipher(key: &[u8; KEY_BYTES]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.into())
}

fn mac(key: &[u8; KEY_BYTES], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC takes a key of any length, so this cannot fail.
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return [0; 32];
    };
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// What a blind-index hash is of: each kind has its own domain, so equal text of two kinds
/// hashes differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlindKind {
    IdNumber,
    Phone,
    Name,
    /// The last 4 characters of an ID number.
    IdTail,
    /// A name's sound in folded Latin letters.
    NameSound,
}

impl BlindKind {
    fn label(self) -> &'static [u8] {
        match self {
            BlindKind::IdNumber => b"id-number\0",
            BlindKind::Phone => b"phone\0",
            BlindKind::Name => b"name\0",
            BlindKind::IdTail => b"id-tail\0",
            BlindKind::NameSound => b"name-sound\0",
        }
    }
}

/// Length of a blind-index hash: enough to keep collisions out of a store's lifetime.
pub const BLIND_BYTES: usize = 16;

/// The keys a login opens: one for records, one for drafts, one for the blind index. Each is
/// a subkey of the data key (HKDF-SHA256 with its own label); all are wiped on drop.
pub struct Unlocked {
    record: Zeroizing<[u8; KEY_BYTES]>,
    draft: Zeroizing<[u8; KEY_BYTES]>,
    blind: Zeroizing<[u8; KEY_BYTES]>,
    archive: Zeroizing<[u8; KEY_BYTES]>,
}

impl Unlocked {
    pub fn from_data_key(data: &DataKey) -> Unlocked {
        Unlocked {
            record: data.subkey(RECORD_LABEL),
            draft: data.subkey(DRAFT_LABEL),
            blind: data.subkey(BLIND_LABEL),
            archive: data.subkey(ARCHIVE_LABEL),
        }
    }

    /// Seals a record's personal data: version byte, random nonce, ciphertext and tag.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, KeyError> {
        seal_with(&self.record, RECORD_LABEL, plain)
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, KeyError> {
        open_with(&self.record, RECORD_LABEL, sealed)
    }

    /// Seals a draft's content under the draft key.
    pub fn seal_draft(&self, plain: &[u8]) -> Result<Vec<u8>, KeyError> {
        seal_with(&self.draft, DRAFT_LABEL, plain)
    }

    pub fn open_draft(&self, sealed: &[u8]) -> Result<Vec<u8>, KeyError> {
        open_with(&self.draft, DRAFT_LABEL, sealed)
    }

    /// The key backup archives of this store are sealed under: every archive of a store
    /// (and of a store restored from one) opens with any of its operators' logins.
    pub fn archive_key(&self) -> crate::store::archive::ArchiveKey {
        crate::store::archive::ArchiveKey::new(*self.archive)
    }

    /// The keyed hash of `value` for the blind index. The caller passes the value in the one
    /// form it is searched by (an ID number upper-cased, a phone's digits, a name in NFC).
    pub fn blind(&self, kind: BlindKind, value: &str) -> [u8; BLIND_BYTES] {
        let full = mac(&self.blind, &[kind.label(), value.as_bytes()]);
        let mut out = [0u8; BLIND_BYTES];
        out.copy_from_slice(&full[..BLIND_BYTES]);
        out
    }
}

fn seal_with(key: &[u8; KEY_BYTES], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, KeyError> {
    let nonce = random::<NONCE_BYTES>()?;
    let body = cipher(key)
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| KeyError::Damaged)?;
    let mut out = Vec::with_capacity(1 + NONCE_BYTES + body.len());
    out.push(SEALED_V1);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&body);
    Ok(out)
}

fn open_with(key: &[u8; KEY_BYTES], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, KeyError> {
    let (&version, rest) = sealed.split_first().ok_or(KeyError::Damaged)?;
    if version != SEALED_V1 || rest.len() < NONCE_BYTES {
        return Err(KeyError::Damaged);
    }
    let (nonce, body) = rest.split_at(NONCE_BYTES);
    cipher(key)
        .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad })
        .map_err(|_| KeyError::WrongKey)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small parameters: these tests are about the wrapping, not the cost.
    const FAST: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn a_wrapped_key_opens_with_its_password_and_name_only() {
        let data = DataKey::generate().unwrap();
        let salt = new_salt().unwrap();
        let key = derive_password_key(b"correct horse", &salt, FAST).unwrap();
        let wrapped = wrap(&key, &data, "li").unwrap();
        let opened = unwrap(&key, &wrapped, "li").unwrap();
        assert_eq!(opened.check(), data.check());
        let wrong = derive_password_key(b"correct horsf", &salt, FAST).unwrap();
        assert_eq!(
            unwrap(&wrong, &wrapped, "li").err(),
            Some(KeyError::WrongKey)
        );
        assert_eq!(
            unwrap(&key, &wrapped, "wang").err(),
            Some(KeyError::WrongKey)
        );
    }

    #[test]
    fn sealed_values_open_under_their_own_subkey_and_not_another() {
        let unlocked = Unlocked::from_data_key(&DataKey::generate().unwrap());
        let sealed = unlocked.seal("乌云其其格".as_bytes()).unwrap();
        assert_eq!(unlocked.open(&sealed).unwrap(), "乌云其其格".as_bytes());
        assert_eq!(unlocked.open_draft(&sealed), Err(KeyError::WrongKey));
        assert_ne!(unlocked.seal(b"x").unwrap(), unlocked.seal(b"x").unwrap());
        let mut changed = sealed.clone();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        assert_eq!(unlocked.open(&changed), Err(KeyError::WrongKey));
        assert_eq!(unlocked.open(&sealed[..10]), Err(KeyError::Damaged));
        let other = Unlocked::from_data_key(&DataKey::generate().unwrap());
        assert_eq!(other.open(&sealed), Err(KeyError::WrongKey));
    }

    #[test]
    fn blind_hashes_are_keyed_and_kind_separated() {
        let data = DataKey::generate().unwrap();
        let a = Unlocked::from_data_key(&data);
        let id = "15010219850307124X";
        assert_eq!(
            a.blind(BlindKind::IdNumber, id),
            a.blind(BlindKind::IdNumber, id)
        );
        assert_ne!(
            a.blind(BlindKind::IdNumber, id),
            a.blind(BlindKind::Phone, id)
        );
        let b = Unlocked::from_data_key(&DataKey::generate().unwrap());
        assert_ne!(
            a.blind(BlindKind::IdNumber, id),
            b.blind(BlindKind::IdNumber, id)
        );
    }

    #[test]
    fn subkeys_differ_from_each_other_and_from_the_data_key() {
        let data = DataKey::generate().unwrap();
        let keys = [
            data.subkey(RECORD_LABEL),
            data.subkey(DRAFT_LABEL),
            data.subkey(BLIND_LABEL),
        ];
        assert_ne!(*keys[0], *keys[1]);
        assert_ne!(*keys[1], *keys[2]);
        assert!(keys.iter().all(|k| **k != *data.0));
    }
}
