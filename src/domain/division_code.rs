//! Six-digit GB/T 2260 division codes as typed into configuration and forms: a hall's centre
//! code, an applicant's household region.
use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::messages::MessageId;
use super::text::key_chars;

/// The first two digits of every province-level division in GB/T 2260.
const PROVINCES: [u8; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

/// A six-digit code whose first two digits name a province-level division. Whether the code
/// is a current division is a question for the reference data, not for this type.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DivisionCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum DivisionCodeError {
    #[error("a division code is six digits")]
    Format,
    #[error("the first two digits of a division code name no province")]
    UnknownProvince,
}

impl MessageId for DivisionCodeError {
    fn message_id(&self) -> &'static str {
        match self {
            DivisionCodeError::Format => "intake-error-division-code-format",
            DivisionCodeError::UnknownProvince => "intake-error-division-code-province",
        }
    }
}

impl DivisionCode {
    /// Trimmed and NFKC-normalised first, so full-width digits are accepted.
    pub fn parse(input: &str) -> Result<DivisionCode, DivisionCodeError> {
        let code: String = key_chars(input).collect::<String>().trim().to_string();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DivisionCodeError::Format);
        }
        let province = code[..2]
            .parse::<u8>()
            .map_err(|_| DivisionCodeError::Format)?;
        if !PROVINCES.contains(&province) {
            return Err(DivisionCodeError::UnknownProvince);
        }
        Ok(DivisionCode(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DivisionCode {
    type Error = DivisionCodeError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        DivisionCode::parse(&value)
    }
}

impl From<DivisionCode> for String {
    fn from(code: DivisionCode) -> String {
        code.0
    }
}

impl fmt::Display for DivisionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for DivisionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DivisionCode({})", self.0)
    }
}
