//! The deadline promised on a receipt: the longest processing limit among the services
//! applied for, counted in working days from the day of acceptance. Where any service has no
//! limit in working days the receipt says so instead of inventing one: one date on a receipt
//! is read as a promise for every service it lists.
use serde::{Deserialize, Serialize};

use crate::domain::calendar::{CalendarError, WorkingCalendar};
use crate::domain::date::Date;
use crate::domain::messages::{MessageArg, MessageId};

/// What the receipt says about the deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Deadline {
    /// The end of this working day.
    On(Date),
    /// At least one of the services has no processing limit in working days in the catalogue.
    NotStated,
    /// The limit runs past the last day of the published holiday calendar.
    BeyondCalendar { last_covered: Date },
    /// Accepted before the first day the holiday calendar covers.
    BeforeCalendar { first_covered: Date },
}

impl Deadline {
    pub fn date(self) -> Option<Date> {
        match self {
            Deadline::On(date) => Some(date),
            _ => None,
        }
    }

    /// A stable code for scripts when there is no date.
    pub fn reason_code(self) -> Option<&'static str> {
        match self {
            Deadline::On(_) => None,
            Deadline::NotStated => Some("not-stated"),
            Deadline::BeyondCalendar { .. } => Some("beyond-calendar"),
            Deadline::BeforeCalendar { .. } => Some("before-calendar"),
        }
    }
}

impl MessageId for Deadline {
    fn message_id(&self) -> &'static str {
        match self {
            Deadline::On(_) => "intake-deadline-on",
            Deadline::NotStated => "intake-deadline-not-stated",
            Deadline::BeyondCalendar { last_covered } => CalendarError::BeyondCoveredYears {
                last_covered: *last_covered,
            }
            .message_id(),
            Deadline::BeforeCalendar { first_covered } => CalendarError::BeforeCoveredYears {
                first_covered: *first_covered,
            }
            .message_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Deadline::On(date) => vec![("date", MessageArg::Text(date.to_string()))],
            Deadline::NotStated => Vec::new(),
            Deadline::BeyondCalendar { last_covered } => CalendarError::BeyondCoveredYears {
                last_covered: *last_covered,
            }
            .message_args(),
            Deadline::BeforeCalendar { first_covered } => CalendarError::BeforeCoveredYears {
                first_covered: *first_covered,
            }
            .message_args(),
        }
    }
}

/// The deadline for services whose limits in working days are `limits` (`None` where the
/// catalogue states none), accepted on `accepted`: the longest limit decides, and a service
/// without one leaves the whole receipt without a date, since a date borrowed from another
/// service would be a promise no source makes.
pub fn promised_deadline(
    limits: &[Option<u32>],
    accepted: Date,
    calendar: &WorkingCalendar,
) -> Deadline {
    let stated: Option<Vec<u32>> = limits.iter().copied().collect();
    let Some(longest) = stated.and_then(|all| all.into_iter().max()) else {
        return Deadline::NotStated;
    };
    match calendar.add_working_days(accepted, longest) {
        Ok(date) => Deadline::On(date),
        Err(CalendarError::BeyondCoveredYears { last_covered }) => {
            Deadline::BeyondCalendar { last_covered }
        }
        Err(CalendarError::BeforeCoveredYears { first_covered }) => {
            Deadline::BeforeCalendar { first_covered }
        }
    }
}

/// The processing limit in working days that a catalogue time-limit text states, if any.
///
/// The catalogue gives time limits as the law words them, and few in working days. A text
/// that counts in working days ("60个工作日内完成") states a limit; where it names several
/// stages or an extension, the largest figure is taken, so the promise is never shorter
/// than a stage the text allows. Limits in calendar days (日) or years are not converted:
/// for them the receipt says that no limit in working days is stated.
pub fn working_days_stated(text: &str) -> Option<u32> {
    const UNIT: &str = "个工作日";
    let mut longest = None;
    for (at, _) in text.match_indices(UNIT) {
        let digits: String = text[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if let Ok(n) = digits.parse::<u32>() {
            longest = longest.max(Some(n));
        }
    }
    longest
}
