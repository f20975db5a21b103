//! The supervisor's numbers: intakes, completed, on time, overdue, rejected, withdrawn,
//! outstanding materials, average days to completion and the ratings with their 好评率, by
//! domain, item, region, channel, status, operator or month over a period of days of
//! acceptance. Read from the counters the store keeps as intakes are written; no sealed part
//! is opened. Only a supervisor reads them. Reading is not audited: nothing personal is
//! shown, and the screen re-reads on every period switch, which would bury the trail.
use std::collections::BTreeMap;

use serde::Serialize;
use thiserror::Error;

use super::Desk;
use super::context::{Context, hall_time};
use super::operators::OperatorError;
use crate::domain::operator::Permission;
use crate::domain::{Date, Rating};
use crate::store::StoreError;
use crate::store::stats::{self as counters, Counts, Dimension, Rebuilt};

pub use crate::store::stats::HALL_OFFSET_SECONDS;

/// What the rows are keyed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum By {
    Domain,
    Item,
    Region,
    Channel,
    Status,
    Operator,
    Month,
}

impl By {
    pub const ALL: [By; 7] = [
        By::Domain,
        By::Item,
        By::Region,
        By::Channel,
        By::Status,
        By::Operator,
        By::Month,
    ];

    /// The code on the command line and in message ids.
    pub fn code(self) -> &'static str {
        match self {
            By::Domain => "domain",
            By::Item => "item",
            By::Region => "region",
            By::Channel => "channel",
            By::Status => "status",
            By::Operator => "operator",
            By::Month => "month",
        }
    }

    fn dimension(self) -> Dimension {
        match self {
            By::Domain => Dimension::Domain,
            By::Item => Dimension::Item,
            By::Region => Dimension::Region,
            By::Channel => Dimension::Channel,
            By::Status => Dimension::Status,
            By::Operator => Dimension::Operator,
            By::Month => Dimension::Total,
        }
    }
}

#[derive(Debug, Error)]
pub enum StatsError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Nobody is signed in, or the operator may not read the statistics.
    #[error(transparent)]
    Operator(#[from] OperatorError),
    #[error("statistics need a signed-in supervisor")]
    SignInRequired,
    #[error("the period ends before it starts")]
    EmptyPeriod,
    #[error("the system clock does not give a usable date")]
    Clock,
}

/// A period of days of acceptance, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    /// The period, or `EmptyPeriod` when `to` is before `from`.
    pub fn new(from: Date, to: Date) -> Result<Period, StatsError> {
        if to < from {
            return Err(StatsError::EmptyPeriod);
        }
        Ok(Period { from, to })
    }

    /// The month `year`-`month`, whole.
    pub fn month(year: u16, month: u8) -> Option<Period> {
        let from = Date::new(year, month, 1).ok()?;
        let next = if month == 12 {
            Date::new(year.checked_add(1)?, 1, 1).ok()?
        } else {
            Date::new(year, month + 1, 1).ok()?
        };
        Some(Period {
            from,
            to: next.add_days(-1)?,
        })
    }

    /// The month before the one `day` is in.
    pub fn month_before(day: Date) -> Option<Period> {
        let first = Date::new(day.year(), day.month(), 1).ok()?;
        let last_of_previous = first.add_days(-1)?;
        Period::month(last_of_previous.year(), last_of_previous.month())
    }

    /// The year `day` is in, from its first day to `day`.
    pub fn year_to(day: Date) -> Option<Period> {
        Some(Period {
            from: Date::new(day.year(), 1, 1).ok()?,
            to: day,
        })
    }

    /// The month `day` is in, from its first day to `day`.
    pub fn month_to(day: Date) -> Option<Period> {
        Some(Period {
            from: Date::new(day.year(), day.month(), 1).ok()?,
            to: day,
        })
    }

    /// How many days it spans.
    pub fn days(self) -> i64 {
        self.to.days_since_epoch() - self.from.days_since_epoch() + 1
    }
}

/// The numbers of one row (or of the whole period).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    pub intakes: i64,
    pub completed: i64,
    /// Completed on or before the promised deadline day.
    pub on_time: i64,
    /// Completed after the deadline day, or still open with the deadline day past.
    pub overdue: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    /// Accepted or in progress.
    pub open: i64,
    /// Open intakes waiting for a material given as missing or deferred.
    pub outstanding_intakes: i64,
    pub outstanding_materials: i64,
    /// Calendar days from acceptance to completion, on average over the completed intakes.
    pub average_days_to_completion: Option<f64>,
    /// By rating, very satisfied first.
    pub ratings: [i64; 5],
    pub rated: i64,
    /// 好评率: (very satisfied + satisfied) / rated, as a fraction; `None` when none rated.
    pub good_rate: Option<f64>,
}

impl Summary {
    pub fn of(counts: &Counts, today: Date) -> Summary {
        let rated = counts.rated();
        let ratio = |part: i64, whole: i64| (whole > 0).then(|| part as f64 / whole as f64);
        Summary {
            intakes: counts.intakes,
            completed: counts.completed,
            on_time: counts.on_time,
            overdue: counts.overdue(today),
            rejected: counts.rejected,
            withdrawn: counts.withdrawn,
            open: counts.open,
            outstanding_intakes: counts.with_outstanding,
            outstanding_materials: counts.outstanding_materials,
            average_days_to_completion: ratio(counts.completion_days, counts.completed),
            ratings: counts.ratings,
            rated,
            good_rate: ratio(counts.ratings[0] + counts.ratings[1], rated),
        }
    }

    /// The count of one rating.
    pub fn rating(&self, rating: Rating) -> i64 {
        Rating::ALL
            .iter()
            .position(|r| *r == rating)
            .map_or(0, |at| self.ratings[at])
    }
}

/// One row: a key of the dimension (a domain code, an item id, a division code, a channel or
/// status code, an operator's name, or `YYYY-MM`) and its numbers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub key: String,
    #[serde(flatten)]
    pub summary: Summary,
}

/// The answer to one query.
#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub by: By,
    pub period: Period,
    /// What "overdue" was counted against.
    pub today: Date,
    pub rows: Vec<Row>,
    /// Every intake of the period once (an intake for two domains is one intake here).
    pub total: Summary,
}

/// What the statistics screen and the monthly report draw: the headline numbers, intakes
/// day by day, and the rows by domain.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    pub period: Period,
    pub today: Date,
    pub total: Summary,
    /// Intakes accepted on each day of the period, days without any included (as 0).
    pub per_day: Vec<(Date, i64)>,
    pub domains: Vec<Row>,
}

/// The hall's day by the context's clock.
pub fn today(ctx: &Context) -> Result<Date, StatsError> {
    hall_time(ctx.now())
        .map(|(_, day)| day)
        .ok_or(StatsError::Clock)
}

/// Refuses anyone but a signed-in operator whose role may read statistics.
fn allowed(ctx: &Context) -> Result<(), StatsError> {
    let session = ctx.session.as_ref().ok_or(StatsError::SignInRequired)?;
    session.require(Permission::ReadStats)?;
    Ok(())
}

/// The numbers of `period` by `by`, rows in key order (months in time order).
pub fn query(desk: &Desk, ctx: &Context, by: By, period: Period) -> Result<Stats, StatsError> {
    allowed(ctx)?;
    let today = today(ctx)?;
    let store = desk.store();
    let rows = match by {
        By::Month => by_month(&counters::by_day(store, period.from, period.to)?),
        _ => counters::sum_by(store, by.dimension(), period.from, period.to)?,
    };
    Ok(Stats {
        by,
        period,
        today,
        rows: rows_of(rows, today),
        total: total(desk, period, today)?,
    })
}

/// The headline numbers, intakes per day and the rows by domain of `period`.
pub fn overview(desk: &Desk, ctx: &Context, period: Period) -> Result<Overview, StatsError> {
    allowed(ctx)?;
    let today = today(ctx)?;
    let store = desk.store();
    let days = counters::by_day(store, period.from, period.to)?;
    let mut total = Counts::default();
    for (_, counts) in &days {
        total.add(counts, 1);
    }
    let domains = counters::sum_by(store, Dimension::Domain, period.from, period.to)?;
    Ok(Overview {
        period,
        today,
        total: Summary::of(&total, today),
        per_day: every_day(period, &days),
        domains: rows_of(domains, today),
    })
}

/// Recomputes the counters from the records (a supervisor acts), with `progress(done, total)`.
pub fn rebuild(
    desk: &Desk,
    ctx: &Context,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Rebuilt, StatsError> {
    allowed(ctx)?;
    Ok(counters::rebuild_with(desk.store(), progress)?)
}

fn total(desk: &Desk, period: Period, today: Date) -> Result<Summary, StatsError> {
    let sums = counters::sum_by(desk.store(), Dimension::Total, period.from, period.to)?;
    let counts = sums.into_values().next().unwrap_or_default();
    Ok(Summary::of(&counts, today))
}

fn rows_of(sums: BTreeMap<String, Counts>, today: Date) -> Vec<Row> {
    sums.into_iter()
        .map(|(key, counts)| Row {
            key,
            summary: Summary::of(&counts, today),
        })
        .collect()
}

fn by_month(days: &[(Date, Counts)]) -> BTreeMap<String, Counts> {
    let mut months: BTreeMap<String, Counts> = BTreeMap::new();
    for (day, counts) in days {
        let month = format!("{:04}-{:02}", day.year(), day.month());
        months.entry(month).or_default().add(counts, 1);
    }
    months
}

fn every_day(period: Period, days: &[(Date, Counts)]) -> Vec<(Date, i64)> {
    let mut out = Vec::new();
    let mut given = days.iter().peekable();
    let mut day = Some(period.from);
    while let Some(d) = day.filter(|d| *d <= period.to) {
        let count = match given.peek() {
            Some((at, counts)) if *at == d => {
                given.next();
                counts.intakes
            }
            _ => 0,
        };
        out.push((d, count));
        day = d.next_day();
    }
    out
}

#[cfg(test)]
mod tests;
