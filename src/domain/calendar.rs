//! The working-day calendar of the State Council's holiday notices (`seeds/holidays.toml`),
//! and promised deadlines counted on it. A deadline outside the years the notices cover is an
//! error that says so, never a guess.
use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use super::date::Date;
use super::messages::{MessageArg, MessageId};
use super::seed::SeedError;

const SEED_FILE: &str = "seeds/holidays.toml";
const SEED: &str = include_str!("../../seeds/holidays.toml");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum CalendarError {
    #[error("the holiday calendar runs to {last_covered}; later days are not known yet")]
    BeyondCoveredYears { last_covered: Date },
    #[error("the holiday calendar starts on {first_covered}")]
    BeforeCoveredYears { first_covered: Date },
}

impl MessageId for CalendarError {
    fn message_id(&self) -> &'static str {
        match self {
            CalendarError::BeyondCoveredYears { .. } => "intake-error-deadline-beyond-calendar",
            CalendarError::BeforeCoveredYears { .. } => "intake-error-deadline-before-calendar",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            CalendarError::BeyondCoveredYears { last_covered } => {
                vec![("last", MessageArg::Text(last_covered.to_string()))]
            }
            CalendarError::BeforeCoveredYears { first_covered } => {
                vec![("first", MessageArg::Text(first_covered.to_string()))]
            }
        }
    }
}

/// One State Council notice: the source of a year's days off and make-up working days.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub year: u16,
    /// Document number, e.g. 国办发明电〔2024〕12号.
    pub number: String,
    /// Where its full text was read.
    pub source: String,
    holiday: Vec<Holiday>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Holiday {
    name: String,
    off: Vec<Date>,
    work: Vec<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    notice: Vec<Notice>,
}

/// A day the notices change: a day off on a weekday, or a working Saturday or Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpecialDay<'a> {
    pub working: bool,
    /// The holiday's Chinese name as the notice gives it.
    pub holiday: &'a str,
    pub notice: &'a Notice,
}

#[derive(Clone, Debug)]
pub struct WorkingCalendar {
    notices: Vec<Notice>,
    /// Date → (working, notice index, holiday index).
    special: BTreeMap<Date, (bool, usize, usize)>,
    first: Date,
    last: Date,
}

fn invalid(problem: String) -> SeedError {
    SeedError::Invalid {
        file: SEED_FILE,
        problem,
    }
}

impl WorkingCalendar {
    /// The calendar embedded in the binary.
    pub fn official() -> Result<WorkingCalendar, SeedError> {
        WorkingCalendar::from_toml(SEED)
    }

    /// Reads and checks a calendar in the seed's format: consecutive years, no day listed
    /// twice, make-up working days only on Saturdays and Sundays.
    pub fn from_toml(text: &str) -> Result<WorkingCalendar, SeedError> {
        let file: SeedFile = toml::from_str(text).map_err(|source| SeedError::Parse {
            file: SEED_FILE,
            source,
        })?;
        let notices = file.notice;
        let (Some(first), Some(last)) = (notices.first(), notices.last()) else {
            return Err(invalid("no notice".into()));
        };
        for pair in notices.windows(2) {
            if pair[0].year.checked_add(1) != Some(pair[1].year) {
                return Err(invalid(format!(
                    "{} does not follow {}",
                    pair[1].year, pair[0].year
                )));
            }
        }
        let first = Date::new(first.year, 1, 1).map_err(|e| invalid(e.to_string()))?;
        let last = Date::new(last.year, 12, 31).map_err(|e| invalid(e.to_string()))?;
        let special = special_days(&notices)?;
        Ok(WorkingCalendar {
            notices,
            special,
            first,
            last,
        })
    }

    /// The first and last day whose status is known.
    pub fn covered(&self) -> (Date, Date) {
        (self.first, self.last)
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// What a notice says about `date`, if it says anything.
    pub fn special_day(&self, date: Date) -> Option<SpecialDay<'_>> {
        let &(working, n, h) = self.special.get(&date)?;
        let notice = &self.notices[n];
        Some(SpecialDay {
            working,
            holiday: &notice.holiday[h].name,
            notice,
        })
    }

    fn check_covered(&self, date: Date) -> Result<(), CalendarError> {
        if date < self.first {
            Err(CalendarError::BeforeCoveredYears {
                first_covered: self.first,
            })
        } else if date > self.last {
            Err(CalendarError::BeyondCoveredYears {
                last_covered: self.last,
            })
        } else {
            Ok(())
        }
    }

    /// Monday to Friday unless a notice makes it a day off; Saturday and Sunday only when a
    /// notice makes it a make-up working day.
    pub fn is_working_day(&self, date: Date) -> Result<bool, CalendarError> {
        self.check_covered(date)?;
        Ok(match self.special.get(&date) {
            Some(&(working, _, _)) => working,
            None => !date.weekday().is_weekend(),
        })
    }

    /// The deadline of a limit of `n` working days for something accepted on `accepted`.
    ///
    /// The day of acceptance never counts, whatever kind of day it is: counting starts the day
    /// after, and the deadline is the `n`-th working day after `accepted` (the end of that
    /// day). `n = 0` (handled on the spot) gives `accepted` itself. Accepted on Friday
    /// 2025-09-26 with a limit of 1: Sunday 2025-09-28, a make-up working day. Accepted on
    /// Tuesday 2025-09-30 with a limit of 1: Thursday 2025-10-09, after the National Day break.
    pub fn add_working_days(&self, accepted: Date, n: u32) -> Result<Date, CalendarError> {
        self.check_covered(accepted)?;
        let mut day = accepted;
        let mut left = n;
        while left > 0 {
            day = day.next_day().filter(|d| *d <= self.last).ok_or(
                CalendarError::BeyondCoveredYears {
                    last_covered: self.last,
                },
            )?;
            if self.is_working_day(day)? {
                left -= 1;
            }
        }
        Ok(day)
    }
}

type SpecialMap = BTreeMap<Date, (bool, usize, usize)>;

fn special_days(notices: &[Notice]) -> Result<SpecialMap, SeedError> {
    let mut special = SpecialMap::new();
    for (n, notice) in notices.iter().enumerate() {
        for (h, holiday) in notice.holiday.iter().enumerate() {
            let off = holiday.off.iter().map(|d| (*d, false));
            for (date, working) in off.chain(holiday.work.iter().map(|d| (*d, true))) {
                check_day(notice, date, working)?;
                if special.insert(date, (working, n, h)).is_some() {
                    return Err(invalid(format!("{date} is listed twice")));
                }
            }
        }
    }
    Ok(special)
}

/// A notice names days of its own year, or days at the end of the year before that open its
/// New Year holiday; a make-up working day is always a Saturday or Sunday.
fn check_day(notice: &Notice, date: Date, working: bool) -> Result<(), SeedError> {
    let own_year = date.year() == notice.year;
    let new_year_eve = date.year() + 1 == notice.year && date.month() == 12;
    if !(own_year || new_year_eve) {
        return Err(invalid(format!("{date} is not in {}", notice.year)));
    }
    if working && !date.weekday().is_weekend() {
        return Err(invalid(format!("make-up working day {date} is a weekday")));
    }
    Ok(())
}
