//! Resident identity numbers (GB 11643-1999): an 18-character number is accepted only with a
//! real birth date and a matching check character, and tells its holder's birth date, sex, age
//! and the division that issued it.
use std::fmt;

use thiserror::Error;

use super::date::Date;
use super::messages::{MessageArg, MessageId};
use super::reference::Division;
use super::text::key_chars;

const LENGTH: usize = 18;
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS: [u8; 11] = *b"10X98765432";
/// Nobody living was born earlier: an older year is a typing error.
const EARLIEST_BIRTH_YEAR: u16 = 1900;

/// A checked ID number, kept in canonical form: ASCII digits and an upper-case X.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResidentId {
    number: String,
    birth_date: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    Male,
    Female,
}

impl MessageId for Sex {
    fn message_id(&self) -> &'static str {
        match self {
            Sex::Male => "intake-sex-male",
            Sex::Female => "intake-sex-female",
        }
    }
}

/// Why a typed ID number was refused. Checked in this order, so a typing error inside the
/// birth date is reported as such rather than as a check-character mismatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ResidentIdError {
    #[error("an ID number has 18 characters; this one has {found}")]
    WrongLength { found: usize },
    #[error("an ID number is 17 digits followed by a digit or X")]
    BadCharacter,
    #[error("the birth date inside the ID number is not a calendar date")]
    BirthDateInvalid,
    #[error("the birth date inside the ID number is before 1900")]
    BirthDateTooEarly,
    #[error("the birth date inside the ID number is later than today")]
    BirthDateInFuture,
    #[error("the check character does not match the other 17 characters")]
    Checksum,
}

impl MessageId for ResidentIdError {
    fn message_id(&self) -> &'static str {
        match self {
            ResidentIdError::WrongLength { .. } => "intake-error-id-length",
            ResidentIdError::BadCharacter => "intake-error-id-characters",
            ResidentIdError::BirthDateInvalid => "intake-error-id-birth-date",
            ResidentIdError::BirthDateTooEarly => "intake-error-id-birth-too-early",
            ResidentIdError::BirthDateInFuture => "intake-error-id-birth-in-future",
            ResidentIdError::Checksum => "intake-error-id-checksum",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            ResidentIdError::WrongLength { found } => {
                vec![("found", MessageArg::Text(found.to_string()))]
            }
            _ => Vec::new(),
        }
    }
}

/// The check character for the first 17 digits of a number, or `None` unless `first_17` is
/// exactly 17 ASCII digits. Also what a generator of test numbers needs.
pub fn check_character(first_17: &str) -> Option<char> {
    let digits = first_17.as_bytes();
    if digits.len() != WEIGHTS.len() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = digits
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    // sum % 11 is below 11, the table's length.
    Some(char::from(CHECK_CHARACTERS[(sum % 11) as usize]))
}

/// Trimmed, NFKC (full-width digits and letters become ASCII), invisible characters dropped,
/// and a lower-case x made upper-case.
fn canonical(input: &str) -> String {
    key_chars(input)
        .collect::<String>()
        .trim()
        .chars()
        .map(|c| if c == 'x' { 'X' } else { c })
        .collect()
}

fn birth_date(number: &str, today: Date) -> Result<Date, ResidentIdError> {
    let date =
        Date::parse_compact(&number[6..14]).map_err(|_| ResidentIdError::BirthDateInvalid)?;
    if date.year() < EARLIEST_BIRTH_YEAR {
        Err(ResidentIdError::BirthDateTooEarly)
    } else if date > today {
        Err(ResidentIdError::BirthDateInFuture)
    } else {
        Ok(date)
    }
}

impl ResidentId {
    /// Reads a number as typed or scanned; `today` bounds the birth date.
    pub fn parse(input: &str, today: Date) -> Result<ResidentId, ResidentIdError> {
        let number = canonical(input);
        let found = number.chars().count();
        if found != LENGTH {
            return Err(ResidentIdError::WrongLength { found });
        }
        if !number.is_ascii() {
            return Err(ResidentIdError::BadCharacter);
        }
        let (body, check) = number.split_at(LENGTH - 1);
        let body_ok = body.bytes().all(|b| b.is_ascii_digit());
        let check_ok = check == "X" || check.bytes().all(|b| b.is_ascii_digit());
        if !(body_ok && check_ok) {
            return Err(ResidentIdError::BadCharacter);
        }
        let birth_date = birth_date(&number, today)?;
        if check_character(body).map(String::from).as_deref() != Some(check) {
            return Err(ResidentIdError::Checksum);
        }
        Ok(ResidentId { number, birth_date })
    }

    /// The whole number, canonical. Personal data: lists show [`ResidentId::masked`].
    pub fn as_str(&self) -> &str {
        &self.number
    }

    /// Address code, birth date and sequence hidden: `150102********123X`.
    pub fn masked(&self) -> String {
        format!("{}********{}", &self.number[..6], &self.number[14..])
    }

    /// The six-digit division code of where the number was issued; it may name a division
    /// that has since been merged or renamed.
    pub fn address_code(&self) -> &str {
        &self.number[..6]
    }

    /// The division the address code names, if the reference data knows it (it holds Inner
    /// Mongolia's current divisions; older or other codes give `None`, never an error).
    pub fn division<'a>(&self, divisions: &'a [Division]) -> Option<&'a Division> {
        divisions.iter().find(|d| d.code == self.address_code())
    }

    pub fn birth_date(&self) -> Date {
        self.birth_date
    }

    /// From the sequence number's last digit: odd is male, even is female.
    pub fn sex(&self) -> Sex {
        let digit = self.number.as_bytes()[16] - b'0';
        if digit % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// Age in whole years on `on`; `None` before the birth date.
    pub fn age_on(&self, on: Date) -> Option<u32> {
        self.birth_date.full_years_until(on)
    }

    /// The last `n` characters, as clerks read them out to find a record (`n` up to 18).
    pub fn tail(&self, n: usize) -> &str {
        &self.number[LENGTH - n.min(LENGTH)..]
    }
}

/// Masked, so that a number never reaches a log in full by accident.
impl fmt::Debug for ResidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ResidentId").field(&self.masked()).finish()
    }
}
