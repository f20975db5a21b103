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
/// that counts in working days ("60个工作日内完成") states a limit. Stages follow one another
/// ("5个工作日内受理并立案；调查自立案之日起60个工作日内完成"), so their figures add up: the
/// promise is never shorter than the text allows. An extension a case may be granted
/// ("经批准可延长30个工作日") is not part of the promise; granting it is a later step. A text
/// that also counts in calendar days or months, or writes a figure in a way not read here,
/// states no limit in working days that can be trusted, so the receipt says none is stated.
pub fn working_days_stated(text: &str) -> Option<u32> {
    if counts_calendar_time(text) {
        return None;
    }
    let mut total: Option<u32> = None;
    for clause in text.split(['；', '，', '。', ';', ',']) {
        if clause.contains("延长") {
            continue;
        }
        for (at, _) in clause.match_indices(WORKING_DAYS) {
            let figure = figure_before(&clause[..at]).parse::<u32>().ok()?;
            total = Some(total.unwrap_or(0).saturating_add(figure));
        }
    }
    total
}

const WORKING_DAYS: &str = "个工作日";

/// The ASCII digits that end `text`.
fn figure_before(text: &str) -> &str {
    let digits = text.chars().rev().take_while(char::is_ascii_digit).count();
    // ASCII digits are one byte each, so this is a character boundary.
    &text[text.len() - digits..]
}

/// Whether a figure in `text` counts calendar days or months ("60日内", "30天", "3个月").
fn counts_calendar_time(text: &str) -> bool {
    ["日", "天", "个月", "月内"].iter().any(|unit| {
        text.match_indices(unit)
            .any(|(at, _)| !figure_before(&text[..at]).is_empty())
    })
}
