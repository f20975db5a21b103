//! Personal data at rest: the private part of an intake sealed with the signed-in session's
//! record key and opened again, the blind-index keys of a person, and the sealing of records
//! a store held in the clear before it had a data key (done at `operators init`).
use thiserror::Error;

use super::Desk;
use super::context::Context;
use super::keys::{BlindKind, KeyError, Unlocked};
use super::session::Session;
use crate::domain::application::Applicant;
use crate::domain::romanize::PhoneticKey;
use crate::domain::text::clean_input;
use crate::store::drafts::{self as stored_drafts, DraftContent, StoredDraft};
use crate::store::intakes::{
    self, IntakeRecord, LookupKeys, Note, PersonalPart, PrivatePart, StoredIntake,
};
use crate::store::{CodecError, Key, Store, StoreError};

/// Why personal data cannot be read or written.
#[derive(Debug, Error)]
pub enum SealError {
    /// Nobody is signed in: personal data stays sealed.
    #[error("personal data needs a signed-in operator")]
    SignInRequired,
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The signed-in session of `ctx`, or [`SealError::SignInRequired`].
pub fn session(ctx: &Context) -> Result<&Session, SealError> {
    ctx.session.as_deref().ok_or(SealError::SignInRequired)
}

/// A name in the one form it is looked up by: cleaned as typed text is (NFC, Menksoft shape
/// codes converted), spaces trimmed and runs of them made one, Latin letters in lower case.
/// Two spellings that differ otherwise (a middle dot, another romanisation) are two names.
pub fn name_key(name: &str) -> String {
    clean_input(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A name's sound in Latin letters, folded as `store::intakes::SOUND_LETTERS` says: the
/// pinyin of Hanzi (the first reading of each), the transliteration of Mongolian letters,
/// Latin letters as they are. Typed Latin letters fold the same way, so "wuyunqiqige" finds
/// 乌云其其格. Empty when the name has nothing to sound out.
pub fn name_sound(name: &str) -> String {
    let latin = PhoneticKey::new(&name_key(name)).romanised();
    fold_sound(&latin)
}

/// Latin letters folded for the sound index: letters only, lower case, "ch" as "c", u and v
/// as o, q and x as h.
pub fn fold_sound(latin: &str) -> String {
    let letters: String = latin
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    letters
        .replace("ch", "c")
        .chars()
        .map(|c| match c {
            'u' | 'v' => 'o',
            'q' | 'x' => 'h',
            c => c,
        })
        .collect()
}

/// The last 4 characters of an ID number as its partial key is computed (upper case).
pub fn id_tail(id_number: &str) -> Option<String> {
    let chars: Vec<char> = id_number.trim().to_uppercase().chars().collect();
    (chars.len() >= 4).then(|| chars[chars.len() - 4..].iter().collect())
}

/// The blind-index keys of an applicant: keyed hashes of the ID number (whole and its last 4
/// characters), the phone (as normalised when checked), the name (see [`name_key`]) and its
/// sound (see [`name_sound`]); a value not given is not indexed.
pub fn lookup_keys(keys: &Unlocked, applicant: &Applicant) -> LookupKeys {
    let blind = |kind, value: &str| {
        if value.is_empty() {
            Vec::new()
        } else {
            keys.blind(kind, value).to_vec()
        }
    };
    let id = applicant.id_number.to_uppercase();
    LookupKeys {
        id_number: blind(BlindKind::IdNumber, &id),
        phone: blind(BlindKind::Phone, &applicant.phone),
        name: blind(BlindKind::Name, &name_key(&applicant.name)),
        id_tail: id_tail(&id).map_or_else(Vec::new, |t| blind(BlindKind::IdTail, &t)),
        name_sound: blind(BlindKind::NameSound, &name_sound(&applicant.name)),
    }
}

/// A free text sealed with the record key; an empty one stays empty and plain.
pub fn seal_note(keys: &Unlocked, text: &str) -> Result<Note, SealError> {
    if text.is_empty() {
        return Ok(Note::empty());
    }
    Ok(Note::Sealed(keys.seal(text.as_bytes())?))
}

/// A note opened; one that does not open under this key is damage.
pub(crate) fn open_note(keys: &Unlocked, note: &Note) -> Result<String, CodecError> {
    match note {
        Note::Plain(text) => Ok(text.clone()),
        Note::Sealed(sealed) => {
            let plain = keys
                .open(sealed)
                .map_err(|e| CodecError::Damaged(format!("sealed note: {e}")))?;
            String::from_utf8(plain).map_err(|_| CodecError::Damaged("note not UTF-8".into()))
        }
    }
}

/// The private part sealed with the record key.
pub fn seal(keys: &Unlocked, private: &PrivatePart) -> Result<PersonalPart, SealError> {
    let plain = zeroize::Zeroizing::new(private.encode().map_err(|e| encode_error(&e))?);
    Ok(PersonalPart::Sealed(keys.seal(&plain)?))
}

fn encode_error(e: &CodecError) -> SealError {
    SealError::Store(StoreError::TooLarge {
        tree: "intakes",
        size: match e {
            CodecError::TooLarge { size, .. } => *size,
            _ => 0,
        },
        max: crate::store::codec::MAX_VALUE_BYTES,
    })
}

/// The intake with its private part and notes opened. A sealed part that does not open
/// under this store's key, or does not decode, is a damaged record, named as any other.
pub fn open(
    store: &Store,
    keys: &Unlocked,
    record: IntakeRecord,
) -> Result<StoredIntake, SealError> {
    let private = open_private(store, keys, &record)?;
    let sequence = record.sequence;
    record
        .opened(private, |note| open_note(keys, note))
        .map_err(|e| damaged(store, sequence, e.to_string()))
}

/// The record's private part only (the people and material names): what a list line needs.
pub fn open_private(
    store: &Store,
    keys: &Unlocked,
    record: &IntakeRecord,
) -> Result<PrivatePart, SealError> {
    match &record.personal {
        PersonalPart::Plain(private) => Ok((**private).clone()),
        PersonalPart::Sealed(sealed) => {
            let plain = zeroize::Zeroizing::new(
                keys.open(sealed)
                    .map_err(|e| damaged(store, record.sequence, format!("sealed part: {e}")))?,
            );
            PrivatePart::decode(&plain).map_err(|e| damaged(store, record.sequence, e.to_string()))
        }
    }
}

fn damaged(store: &Store, sequence: u64, detail: String) -> SealError {
    SealError::Store(StoreError::DamagedRecord {
        path: store.path().to_path_buf(),
        tree: "intakes",
        key: Key::new().u64(sequence).as_bytes().to_vec(),
        detail,
    })
}

/// How many records `seal_plain_records` sealed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SealReport {
    pub intakes: usize,
    pub drafts: usize,
}

/// Records sealed per transaction: a large old store is sealed in steps that each land whole,
/// and sealing again after an interruption goes on where it stopped.
pub const SEAL_BATCH: usize = 200;

/// Seals every intake and draft stored in the clear, giving intakes their blind-index keys.
/// Needs the session of the operator who now holds the store's key.
pub fn seal_plain_records(desk: &Desk, session: &Session) -> Result<SealReport, SealError> {
    let store = desk.store();
    let keys = session.unlocked();
    let mut report = SealReport::default();
    let mut cursor = None;
    loop {
        let (plain, next) = intakes::plain_after(store, cursor.as_ref(), SEAL_BATCH)?;
        let picked: Vec<u64> = plain.iter().map(|r| r.sequence).collect();
        report.intakes += intakes::rewrite_each(store, &picked, |record| {
            if record.personal.is_sealed() {
                return Ok(None);
            }
            sealed_record(keys, record.clone()).map(Some)
        })?;
        match next {
            Some(key) => cursor = Some(key),
            None => break,
        }
    }
    report.drafts = seal_plain_drafts(desk, keys)?;
    Ok(report)
}

fn sealed_record(keys: &Unlocked, mut record: IntakeRecord) -> Result<IntakeRecord, SealError> {
    let PersonalPart::Plain(private) = &record.personal else {
        return Ok(record);
    };
    record.lookup = lookup_keys(keys, &private.personal.applicant);
    record.personal = seal(keys, private)?;
    for entry in &mut record.history {
        if let Note::Plain(text) = &entry.note {
            entry.note = seal_note(keys, text)?;
        }
    }
    Ok(record)
}

/// Gives every sealed record stored before the partial lookups (last 4 of the ID number, the
/// name's sound) their keys, in batches of [`SEAL_BATCH`]; returns how many. Needs a login:
/// the keys are keyed hashes of sealed values. Run again after an interruption, it goes on
/// with what is left; with nothing left it reads the records once and writes nothing.
pub fn fill_partial_keys(desk: &Desk, keys: &Unlocked) -> Result<usize, SealError> {
    let store = desk.store();
    let mut filled = 0;
    let mut cursor = None;
    loop {
        let (lacking, next) = intakes::needing_after(store, cursor.as_ref(), SEAL_BATCH, |r| {
            r.personal.is_sealed() && r.lookup.lacks_partial_keys()
        })?;
        let picked: Vec<u64> = lacking.iter().map(|r| r.sequence).collect();
        filled += intakes::rewrite_each(store, &picked, |record| {
            if !record.lookup.lacks_partial_keys() {
                return Ok::<_, SealError>(None);
            }
            let opened = open(store, keys, record.clone())?;
            let mut after = record.clone();
            after.lookup = lookup_keys(keys, &opened.application.personal.applicant);
            Ok(Some(after))
        })?;
        match next {
            Some(key) => cursor = Some(key),
            None => return Ok(filled),
        }
    }
}

/// Signed-in contexts for the crate's own tests, with Argon2 parameters small enough not to
/// matter (the cost is not what these tests are about).
/// Seals every draft stored in the clear (from before the store had a key), in batches;
/// returns how many. A plain draft that is not JSON is sealed all the same: its bytes are
/// the clerk's, and unreadable either way.
pub(crate) fn seal_plain_drafts(desk: &Desk, keys: &Unlocked) -> Result<usize, SealError> {
    let plain: Vec<StoredDraft> = stored_drafts::all(desk.store())?
        .into_iter()
        .filter_map(Result::ok)
        .filter(|d| !d.content.is_sealed())
        .collect();
    for chunk in plain.chunks(SEAL_BATCH) {
        let mut sealed = Vec::with_capacity(chunk.len());
        for draft in chunk {
            let DraftContent::PlainJson(json) = &draft.content else {
                continue;
            };
            let mut draft = draft.clone();
            draft.content = DraftContent::SealedJson(keys.seal_draft(json)?);
            sealed.push(draft);
        }
        stored_drafts::rewrite(desk.store(), &sealed)?;
    }
    Ok(plain.len())
}

#[cfg(test)]
pub(crate) mod testing {
    use std::sync::Arc;

    use super::super::Desk;
    use super::super::context::Context;
    use super::super::operators::{Operators, Session};
    use crate::store::operators::KdfParams;

    const FAST: KdfParams = KdfParams {
        memory_kib: 256,
        iterations: 1,
        parallelism: 1,
    };

    /// The store's first supervisor, made on first use, signed in.
    pub(crate) fn session(desk: &Desk, ctx: &Context) -> Arc<Session> {
        let ops = Operators::new(desk).with_kdf(FAST);
        let session = if ops.any().unwrap() {
            ops.login(ctx, "boss", "boss-password-1").unwrap()
        } else {
            ops.init(ctx, "boss", "boss-password-1").unwrap()
        };
        Arc::new(session)
    }

    /// `ctx`, signed in as the store's first supervisor.
    pub(crate) fn signed_in(desk: &Desk, ctx: Context) -> Context {
        let session = session(desk, &ctx);
        ctx.signed_in(session)
    }
}
