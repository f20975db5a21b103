//! Receipt numbers (受理回执编号): `<centre-code>-<YYYYMMDD>-<NNNN>`, a hall's daily sequence
//! from 0001 to 9999. Allocation is the store's job; this is the number's shape and order.
use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::date::Date;
use super::division_code::DivisionCode;
use super::messages::MessageId;
use super::text::{is_dash, key_chars};

/// The position of an intake in its hall's day, 1 to 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DailySequence(u16);

impl DailySequence {
    pub const FIRST: DailySequence = DailySequence(1);
    pub const LAST: DailySequence = DailySequence(9999);

    pub fn new(n: u16) -> Result<DailySequence, ReceiptError> {
        if (1..=Self::LAST.0).contains(&n) {
            Ok(DailySequence(n))
        } else {
            Err(ReceiptError::SequenceOutOfRange)
        }
    }

    pub fn get(self) -> u16 {
        self.0
    }

    /// The number after this one. Past 9999 the day is full: the hall cannot accept another
    /// intake under this centre code that day, and says so, rather than widen or wrap the
    /// number and break its shape or its uniqueness.
    pub fn next(self) -> Result<DailySequence, ReceiptError> {
        if self == Self::LAST {
            Err(ReceiptError::DayFull)
        } else {
            Ok(DailySequence(self.0 + 1))
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReceiptNumber {
    centre: DivisionCode,
    date: Date,
    sequence: DailySequence,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ReceiptError {
    #[error("a receipt number looks like 150102-20261202-0001")]
    Malformed,
    #[error("the centre code in the receipt number is not a division code")]
    BadCentre,
    #[error("the date in the receipt number is not a calendar date")]
    BadDate,
    #[error("a receipt's daily number runs from 0001 to 9999")]
    SequenceOutOfRange,
    #[error("9999 intakes have been numbered today; no receipt number is left")]
    DayFull,
}

impl MessageId for ReceiptError {
    fn message_id(&self) -> &'static str {
        match self {
            ReceiptError::Malformed => "intake-error-receipt-format",
            ReceiptError::BadCentre => "intake-error-receipt-centre",
            ReceiptError::BadDate => "intake-error-receipt-date",
            ReceiptError::SequenceOutOfRange => "intake-error-receipt-sequence",
            ReceiptError::DayFull => "intake-error-receipt-day-full",
        }
    }
}

impl ReceiptNumber {
    pub fn new(centre: DivisionCode, date: Date, sequence: DailySequence) -> ReceiptNumber {
        ReceiptNumber {
            centre,
            date,
            sequence,
        }
    }

    /// Reads a number as typed or scanned: NFKC, so full-width digits and dashes pass.
    pub fn parse(input: &str) -> Result<ReceiptNumber, ReceiptError> {
        let text: String = key_chars(input)
            .map(|c| if is_dash(c) { '-' } else { c })
            .collect();
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [centre, date, sequence] = parts[..] else {
            return Err(ReceiptError::Malformed);
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(centre, 6) && digits(date, 8) && digits(sequence, 4)) {
            return Err(ReceiptError::Malformed);
        }
        let centre = DivisionCode::parse(centre).map_err(|_| ReceiptError::BadCentre)?;
        let date = Date::parse_compact(date).map_err(|_| ReceiptError::BadDate)?;
        let sequence = sequence
            .parse::<u16>()
            .map_err(|_| ReceiptError::Malformed)?;
        Ok(ReceiptNumber::new(
            centre,
            date,
            DailySequence::new(sequence)?,
        ))
    }

    pub fn centre(&self) -> &DivisionCode {
        &self.centre
    }

    pub fn date(&self) -> Date {
        self.date
    }

    pub fn sequence(&self) -> DailySequence {
        self.sequence
    }

    /// The next number of the same hall and day; [`ReceiptError::DayFull`] after 9999.
    pub fn next(&self) -> Result<ReceiptNumber, ReceiptError> {
        Ok(ReceiptNumber::new(
            self.centre.clone(),
            self.date,
            self.sequence.next()?,
        ))
    }
}

impl fmt::Display for ReceiptNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (centre, date, n) = (&self.centre, self.date.compact(), self.sequence.0);
        write!(f, "{centre}-{date}-{n:04}")
    }
}

impl fmt::Debug for ReceiptNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReceiptNumber({self})")
    }
}

impl TryFrom<String> for ReceiptNumber {
    type Error = ReceiptError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        ReceiptNumber::parse(&value)
    }
}

impl From<ReceiptNumber> for String {
    fn from(number: ReceiptNumber) -> String {
        number.to_string()
    }
}
