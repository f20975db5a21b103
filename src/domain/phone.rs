//! Mainland telephone numbers as clerks type them: a mobile (11 digits, 13x–19x) or a landline
//! (area code, local number, perhaps an extension), each with one normalised and one masked
//! form.
use std::fmt;

use thiserror::Error;

use super::messages::MessageId;
use super::text::{is_dash, key_chars};

/// A checked number. Personal data: lists show [`Phone::masked`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Phone(Number);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Number {
    /// 11 digits.
    Mobile(String),
    /// `area`: 010 and 02x are three digits, every other area code four. `local`: 8 digits
    /// after a three-digit area code, 7 or 8 after a four-digit one.
    Landline {
        area: String,
        local: String,
        extension: Option<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum PhoneError {
    #[error("no telephone number was given")]
    Empty,
    #[error("a telephone number holds digits, spaces, dashes and an extension only")]
    BadCharacter,
    #[error("a mobile number has 11 digits")]
    MobileLength,
    #[error("a mobile number begins 13 to 19")]
    MobilePrefix,
    #[error("the area code is not one in use")]
    AreaCode,
    #[error("a local number has 7 or 8 digits and does not begin with 0 or 1")]
    LocalNumber,
    #[error("a landline number needs its area code, e.g. 0471-6234567")]
    MissingAreaCode,
    #[error("only mainland numbers (+86) are taken")]
    NotMainland,
    #[error("an extension has 1 to 6 digits, and only a landline has one")]
    Extension,
}

impl MessageId for PhoneError {
    fn message_id(&self) -> &'static str {
        match self {
            PhoneError::Empty => "intake-error-phone-empty",
            PhoneError::BadCharacter => "intake-error-phone-characters",
            PhoneError::MobileLength => "intake-error-phone-mobile-length",
            PhoneError::MobilePrefix => "intake-error-phone-mobile-prefix",
            PhoneError::AreaCode => "intake-error-phone-area-code",
            PhoneError::LocalNumber => "intake-error-phone-local-number",
            PhoneError::MissingAreaCode => "intake-error-phone-missing-area-code",
            PhoneError::NotMainland => "intake-error-phone-not-mainland",
            PhoneError::Extension => "intake-error-phone-extension",
        }
    }
}

/// Words and signs that introduce an extension, after lower-casing.
const EXTENSION_MARKERS: [&str; 5] = ["转", "分机", "ext", "#", "x"];
/// Signs people put between digit groups.
const SEPARATORS: [char; 5] = [' ', '-', '(', ')', '.'];

fn digits_only(s: &str) -> Result<String, PhoneError> {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            out.push(c);
        } else if !SEPARATORS.contains(&c) {
            return Err(PhoneError::BadCharacter);
        }
    }
    Ok(out)
}

fn area_length(digits: &str) -> usize {
    if digits.starts_with("01") || digits.starts_with("02") {
        3
    } else {
        4
    }
}

fn check_local(area: &str, local: &str) -> Result<(), PhoneError> {
    let lengths = if area.len() == 3 { 8..=8 } else { 7..=8 };
    let first_ok = local.starts_with(|c: char| ('2'..='9').contains(&c));
    if lengths.contains(&local.len()) && first_ok {
        Ok(())
    } else {
        Err(PhoneError::LocalNumber)
    }
}

/// Splits `digits` (starting with 0) into area code and local number.
fn split_landline(digits: &str) -> Result<(String, String), PhoneError> {
    // Fewer digits than the area code has (`071`, typed on the way to `0471…`) are no number.
    if digits.starts_with("00") || digits.len() < 3 || digits.len() < area_length(digits) {
        return Err(PhoneError::AreaCode);
    }
    let (area, local) = digits.split_at(area_length(digits));
    check_local(area, local)?;
    Ok((area.to_string(), local.to_string()))
}

fn check_extension(ext: &str) -> Result<String, PhoneError> {
    let digits = digits_only(ext).map_err(|_| PhoneError::Extension)?;
    if (1..=6).contains(&digits.len()) {
        Ok(digits)
    } else {
        Err(PhoneError::Extension)
    }
}

/// A landline without an extension marker: `AREA-LOCAL-EXT` written with dashes is read as
/// such; otherwise all digits are the number, or failing that the last dash group is an
/// extension.
fn landline(main: &str, digits: &str) -> Result<Phone, PhoneError> {
    let groups: Vec<&str> = main.split('-').map(str::trim).collect();
    let group_digits: Vec<String> = groups.iter().filter_map(|g| digits_only(g).ok()).collect();
    if let [area, local, ext] = &group_digits[..] {
        if area.len() == area_length(digits) && check_local(area, local).is_ok() {
            return Ok(build(
                area.clone(),
                local.clone(),
                Some(check_extension(ext)?),
            ));
        }
    }
    let whole = split_landline(digits);
    let last = group_digits
        .last()
        .filter(|last| groups.len() > 1 && digits.ends_with(last.as_str()));
    if let (Err(_), Some(last)) = (&whole, last) {
        let rest = &digits[..digits.len() - last.len()];
        if let (Ok((area, local)), Ok(ext)) = (split_landline(rest), check_extension(last)) {
            return Ok(build(area, local, Some(ext)));
        }
    }
    let (area, local) = whole?;
    Ok(build(area, local, None))
}

fn build(area: String, local: String, extension: Option<String>) -> Phone {
    Phone(Number::Landline {
        area,
        local,
        extension,
    })
}

/// Drops a +86 / 0086 country prefix; a landline written internationally has lost its
/// trunk 0, so it gets it back.
fn without_country_code(main: &str, digits: String) -> Result<String, PhoneError> {
    let plus = main.trim_start().starts_with('+');
    let rest = if let Some(rest) = digits.strip_prefix("0086") {
        rest
    } else if let Some(rest) = digits.strip_prefix("86").filter(|r| plus || is_mobile(r)) {
        rest
    } else if plus {
        return Err(PhoneError::NotMainland);
    } else {
        return Ok(digits);
    };
    if rest.starts_with('1') || rest.starts_with('0') {
        Ok(rest.to_string())
    } else {
        Ok(format!("0{rest}"))
    }
}

fn is_mobile(digits: &str) -> bool {
    digits.len() == 11 && digits.starts_with('1')
}

impl Phone {
    pub fn parse(input: &str) -> Result<Phone, PhoneError> {
        let text: String = key_chars(input)
            .map(|c| if is_dash(c) { '-' } else { c })
            .collect::<String>()
            .trim()
            .to_lowercase();
        if text.is_empty() {
            return Err(PhoneError::Empty);
        }
        let marker = EXTENSION_MARKERS
            .iter()
            .filter_map(|m| text.find(m).map(|at| (at, m.len())))
            .min();
        let (main, ext) = match marker {
            Some((at, len)) => (&text[..at], Some(&text[at + len..])),
            None => (text.as_str(), None),
        };
        let main_no_plus = main.trim_start().strip_prefix('+').unwrap_or(main);
        let digits = without_country_code(main, digits_only(main_no_plus)?)?;
        match (digits.chars().next(), ext) {
            (Some('1'), None) => mobile(digits),
            (Some('1'), Some(_)) => Err(PhoneError::Extension),
            (Some('0'), None) => landline(main, &digits),
            (Some('0'), Some(ext)) => {
                let (area, local) = split_landline(&digits)?;
                Ok(build(area, local, Some(check_extension(ext)?)))
            }
            (Some(_), _) => Err(PhoneError::MissingAreaCode),
            (None, _) => Err(PhoneError::Empty),
        }
    }

    pub fn is_mobile(&self) -> bool {
        matches!(self.0, Number::Mobile(_))
    }

    /// The area code of a landline (`0471`); `None` for a mobile.
    pub fn area_code(&self) -> Option<&str> {
        match &self.0 {
            Number::Landline { area, .. } => Some(area),
            Number::Mobile(_) => None,
        }
    }

    /// Mobiles as 11 digits (13904711234); landlines as `0471-6234567`, with `-8001` for an
    /// extension. Parsing this form gives the same number back.
    pub fn normalized(&self) -> String {
        match &self.0 {
            Number::Mobile(number) => number.clone(),
            Number::Landline {
                area,
                local,
                extension: None,
            } => format!("{area}-{local}"),
            Number::Landline {
                area,
                local,
                extension: Some(ext),
            } => format!("{area}-{local}-{ext}"),
        }
    }

    /// The middle hidden: `139****1234`, `0471-***4567` (an extension is left out).
    pub fn masked(&self) -> String {
        // Parsing guarantees 11 mobile digits and at least 7 local ones.
        match &self.0 {
            Number::Mobile(n) => format!("{}****{}", &n[..3], &n[7..]),
            Number::Landline { area, local, .. } => {
                let (hidden, shown) = local.split_at(local.len() - 4);
                format!("{area}-{}{shown}", "*".repeat(hidden.len()))
            }
        }
    }
}

fn mobile(digits: String) -> Result<Phone, PhoneError> {
    if digits.len() != 11 {
        return Err(PhoneError::MobileLength);
    }
    if !matches!(digits.as_bytes()[1], b'3'..=b'9') {
        return Err(PhoneError::MobilePrefix);
    }
    Ok(Phone(Number::Mobile(digits)))
}

/// Masked, so that a number never reaches a log in full by accident.
impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Phone").field(&self.masked()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_landline_shorter_than_its_area_code_is_refused_not_a_panic() {
        for partial in ["047", "071", "0471"] {
            assert!(Phone::parse(partial).is_err(), "{partial}");
        }
    }
}
