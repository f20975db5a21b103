//! The numbers one counter row holds, and how a record's contribution is added to them or
//! taken away: every count is a sum over records, so a change is "minus before, plus after".
use serde::{Deserialize, Serialize};

use super::facts::Facts;
use crate::domain::{Date, Rating, Status};

/// Counts of the intakes accepted on one day that share one key (a domain, an item, ...).
/// Signed: a delta (minus a record's old contribution, plus its new one) is a `Counts` too.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub intakes: i64,
    /// Accepted or in progress.
    pub open: i64,
    pub completed: i64,
    /// Completed on or before the promised deadline day.
    pub on_time: i64,
    /// Completed after the promised deadline day.
    pub completed_late: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    /// Open intakes still waiting for a material given as missing or deferred (容缺).
    pub with_outstanding: i64,
    /// The materials those intakes are waiting for.
    pub outstanding_materials: i64,
    /// Calendar days from acceptance to completion, summed over the completed intakes.
    pub completion_days: i64,
    /// By rating, in the order of [`Rating::ALL`] (very satisfied first).
    pub ratings: [i64; 5],
    /// Open intakes by their deadline day (as `yyyymmdd`), sorted: what is overdue depends
    /// on the day it is asked, so the deadlines are kept, not an overdue count.
    pub open_by_deadline: Vec<(u32, i64)>,
}

/// A day as the number `yyyymmdd`, which sorts as the days do.
pub fn day_number(date: Date) -> u32 {
    u32::from(date.year()) * 10_000 + u32::from(date.month()) * 100 + u32::from(date.day())
}

/// The day a `yyyymmdd` number names, if it names one.
pub fn day_of_number(number: u32) -> Option<Date> {
    let year = u16::try_from(number / 10_000).ok()?;
    Date::new(year, (number / 100 % 100) as u8, (number % 100) as u8).ok()
}

fn rating_position(rating: Rating) -> usize {
    Rating::ALL.iter().position(|r| *r == rating).unwrap_or(0)
}

impl Counts {
    /// What one intake adds under each of its keys.
    pub fn of(facts: &Facts) -> Counts {
        let mut counts = Counts {
            intakes: 1,
            ..Counts::default()
        };
        match facts.status {
            Status::Accepted | Status::InProgress => counts.add_open(facts),
            Status::Completed => counts.add_completed(facts),
            Status::Rejected => counts.rejected = 1,
            Status::Withdrawn => counts.withdrawn = 1,
        }
        if let Some(rating) = facts.rating {
            counts.ratings[rating_position(rating)] = 1;
        }
        counts
    }

    fn add_open(&mut self, facts: &Facts) {
        self.open = 1;
        if facts.outstanding > 0 {
            self.with_outstanding = 1;
            self.outstanding_materials = i64::from(facts.outstanding);
        }
        if let Some(deadline) = facts.deadline {
            self.open_by_deadline = vec![(day_number(deadline), 1)];
        }
    }

    fn add_completed(&mut self, facts: &Facts) {
        self.completed = 1;
        let Some(done) = facts.completed_on else {
            return;
        };
        self.completion_days =
            (done.days_since_epoch() - facts.accepted_on.days_since_epoch()).max(0);
        match facts.deadline {
            Some(deadline) if done > deadline => self.completed_late = 1,
            Some(_) => self.on_time = 1,
            None => {}
        }
    }

    /// Adds `other` times `sign` (1 to add, -1 to take away).
    pub fn add(&mut self, other: &Counts, sign: i64) {
        let pairs = [
            (&mut self.intakes, other.intakes),
            (&mut self.open, other.open),
            (&mut self.completed, other.completed),
            (&mut self.on_time, other.on_time),
            (&mut self.completed_late, other.completed_late),
            (&mut self.rejected, other.rejected),
            (&mut self.withdrawn, other.withdrawn),
            (&mut self.with_outstanding, other.with_outstanding),
            (&mut self.outstanding_materials, other.outstanding_materials),
            (&mut self.completion_days, other.completion_days),
        ];
        for (mine, theirs) in pairs {
            *mine += sign * theirs;
        }
        for (mine, theirs) in self.ratings.iter_mut().zip(other.ratings) {
            *mine += sign * theirs;
        }
        for &(day, count) in &other.open_by_deadline {
            self.add_open_deadline(day, sign * count);
        }
    }

    fn add_open_deadline(&mut self, day: u32, count: i64) {
        match self
            .open_by_deadline
            .binary_search_by_key(&day, |(d, _)| *d)
        {
            Ok(at) => {
                self.open_by_deadline[at].1 += count;
                if self.open_by_deadline[at].1 == 0 {
                    self.open_by_deadline.remove(at);
                }
            }
            Err(at) if count != 0 => self.open_by_deadline.insert(at, (day, count)),
            Err(_) => {}
        }
    }

    /// True when every count is zero: the row can go.
    pub fn is_zero(&self) -> bool {
        *self == Counts::default()
    }

    /// Overdue as of `today`: completed late, or still open with a deadline before today.
    pub fn overdue(&self, today: Date) -> i64 {
        let today = day_number(today);
        let open_late: i64 = self
            .open_by_deadline
            .iter()
            .take_while(|(day, _)| *day < today)
            .map(|(_, count)| count)
            .sum();
        self.completed_late + open_late
    }

    /// How many were rated.
    pub fn rated(&self) -> i64 {
        self.ratings.iter().sum()
    }
}
