//! A calendar day (proleptic Gregorian, years 1–9999) with the little arithmetic the intake
//! rules need. The clock is never read here: whoever needs "today" passes it in.
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use super::messages::MessageId;

/// One day. Ordered by time; shown and serialised as `YYYY-MM-DD`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("a date is written YYYY-MM-DD")]
    Malformed,
    #[error("no such day in the calendar")]
    NotACalendarDay,
}

impl MessageId for DateError {
    fn message_id(&self) -> &'static str {
        match self {
            DateError::Malformed => "intake-error-date-format",
            DateError::NotACalendarDay => "intake-error-date-invalid",
        }
    }
}

/// 1970-01-01 is day 0 and a Thursday, so Monday-based weekdays are offset by 3.
const EPOCH_WEEKDAY_OFFSET: i64 = 3;

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        if valid {
            Ok(Date { year, month, day })
        } else {
            Err(DateError::NotACalendarDay)
        }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD`, ASCII digits only (front ends normalise what was typed first).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Malformed);
        }
        Date::from_digits(&s[..4], &s[5..7], &s[8..])
    }

    /// `YYYYMMDD`, as inside ID numbers and receipt numbers.
    pub fn parse_compact(s: &str) -> Result<Date, DateError> {
        if s.len() != 8 || !s.is_ascii() {
            return Err(DateError::Malformed);
        }
        Date::from_digits(&s[..4], &s[4..6], &s[6..])
    }

    fn from_digits(year: &str, month: &str, day: &str) -> Result<Date, DateError> {
        let all_digits = [year, month, day]
            .iter()
            .all(|part| part.bytes().all(|b| b.is_ascii_digit()));
        if !all_digits {
            return Err(DateError::Malformed);
        }
        let number = |part: &str| part.parse::<u16>().map_err(|_| DateError::Malformed);
        let month = u8::try_from(number(month)?).map_err(|_| DateError::NotACalendarDay)?;
        let day = u8::try_from(number(day)?).map_err(|_| DateError::NotACalendarDay)?;
        Date::new(number(year)?, month, day)
    }

    /// `YYYYMMDD`.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before it), after H. Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`]; `None` outside years 1–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        let year = u16::try_from(year).ok()?;
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
    }

    /// `None` only past 9999-12-31 or before 0001-01-01.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    pub fn next_day(self) -> Option<Date> {
        self.add_days(1)
    }

    pub fn weekday(self) -> Weekday {
        const DAYS: [Weekday; 7] = [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ];
        let index = (self.days_since_epoch() + EPOCH_WEEKDAY_OFFSET).rem_euclid(7);
        // rem_euclid(7) is always in 0..7.
        DAYS[index as usize]
    }

    /// Whole years from `self` to `on` (a person born on `self` is this old on `on`); `None`
    /// when `on` is earlier. Someone born on 29 February gains a year on 1 March in common
    /// years, since 28 February still comes before the birthday.
    pub fn full_years_until(self, on: Date) -> Option<u32> {
        if on < self {
            return None;
        }
        let before_birthday = (on.month, on.day) < (self.month, self.day);
        Some(u32::from(on.year - self.year) - u32::from(before_birthday))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(|e| serde::de::Error::custom(format!("{text:?}: {e}")))
    }
}
