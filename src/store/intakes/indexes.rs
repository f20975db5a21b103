//! The index keys of an intake: by receipt number (whole, and its digits reversed for a
//! search by the last digits), by the blind keys of the person (ID number whole and its last
//! four, phone, name, the name's sound), by day of acceptance, by status, and by deadline
//! with the open intakes first. Every key is computed from the record alone.
use super::IntakeRecord;
use crate::domain::{ReceiptNumber, Status};
use crate::store::Key;

/// Which letters a name's sound keeps, and how they are folded, so that a clerk's spelling
/// and the stored transliteration meet: lower-case ASCII letters only; "ch" is "c"; u, v
/// (pinyin ü) and o are one letter (Mongolian writes ᠣ/ᠤ alike); q, x and h are one letter
/// (ᠬ is written h, q or x). Pinyin xu and hu fold together: a little more grouping, said in
/// the README's threat model.
pub const SOUND_LETTERS: &str = "a-z; ch=c; u=v=o; q=x=h";

pub(super) fn status_position(status: Status) -> u8 {
    // Status::ALL lists every status, so the position always exists and fits.
    Status::ALL
        .iter()
        .position(|s| *s == status)
        .map_or(u8::MAX, |i| i as u8)
}

pub(super) fn receipt_key(receipt: &ReceiptNumber) -> Key {
    Key::new().str(&receipt.to_string())
}

/// A receipt number's digits, last first: a search by its last digits is a prefix scan. All
/// receipt numbers have the same number of digits, so the prefix never runs into the
/// primary key behind it. Receipt numbers are not personal: they are stored in the clear.
pub fn receipt_tail(digits: &str) -> Vec<u8> {
    digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .rev()
        .collect::<Vec<u8>>()
}

pub(super) fn by_receipt(intake: &IntakeRecord) -> Vec<Key> {
    vec![receipt_key(&intake.receipt)]
}

pub(super) fn by_receipt_tail(intake: &IntakeRecord) -> Vec<Key> {
    vec![Key::from_bytes(&receipt_tail(&intake.receipt.to_string()))]
}

fn lookup_key(key: &[u8]) -> Vec<Key> {
    if key.is_empty() {
        Vec::new()
    } else {
        vec![Key::new().bytes(key)]
    }
}

pub(super) fn by_id_number(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.id_number)
}

pub(super) fn by_id_tail(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.id_tail)
}

pub(super) fn by_phone(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.phone)
}

pub(super) fn by_name(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.name)
}

pub(super) fn by_name_sound(intake: &IntakeRecord) -> Vec<Key> {
    lookup_key(&intake.lookup.name_sound)
}

pub(super) fn by_date(intake: &IntakeRecord) -> Vec<Key> {
    vec![Key::new().str(&intake.accepted_on.compact())]
}

pub(super) fn by_status(intake: &IntakeRecord) -> Vec<Key> {
    vec![Key::new().u8(status_position(intake.status))]
}

/// Open intakes (0) before closed ones (1).
pub(super) fn open_flag(open: bool) -> u8 {
    if open { 0 } else { 1 }
}

/// The deadline's day, or a day after every date for an intake without one.
pub(super) fn deadline_day(intake: &IntakeRecord) -> String {
    intake
        .deadline
        .date()
        .map_or_else(|| "99999999".to_string(), |d| d.compact())
}

/// Open intakes first, each group by deadline: "sort by deadline" and "overdue only" are
/// ranges of this index.
pub(super) fn by_deadline(intake: &IntakeRecord) -> Vec<Key> {
    vec![
        Key::new()
            .u8(open_flag(intake.is_open()))
            .str(&deadline_day(intake)),
    ]
}
