//! The filter flags `records list`, `search` and `export` share, and the codes of statuses,
//! ratings and channels as the command line takes them.
use clap::Args;

use super::super::CliError;
use crate::domain::{Channel, Date, Rating, Status};
use crate::service::records::{Filter, Order};

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only intakes in this status: accepted, in-progress, completed, rejected, withdrawn.
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,
    /// Only intakes for this catalogue item (SOC-01) or domain (SOC).
    #[arg(long)]
    pub service: Option<String>,
    /// Only intakes that came through this channel: counter, home-visit, appointment, agent,
    /// cross-area.
    #[arg(long, value_parser = parse_channel)]
    pub channel: Option<Channel>,
    /// Accepted on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Accepted on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Only open intakes past their deadline (listed by deadline).
    #[arg(long)]
    pub overdue: bool,
    /// Only intakes the acting operator took.
    #[arg(long)]
    pub mine: bool,
    /// Open intakes by deadline, soonest first, instead of newest first.
    #[arg(long)]
    pub by_deadline: bool,
    /// At most this many lines (list and search).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

fn date(value: Option<&String>) -> Result<Option<Date>, CliError> {
    value
        .map(|v| Date::parse(v.trim()).map_err(|_| CliError::BadDate(v.clone())))
        .transpose()
}

impl FilterArgs {
    /// The service's filter; `operator` is who acts, for `--mine`.
    pub fn filter(&self, operator: &str) -> Result<Filter, CliError> {
        Ok(Filter {
            status: self.status,
            service: self.service.clone().filter(|s| !s.trim().is_empty()),
            channel: self.channel,
            from: date(self.from.as_ref())?,
            to: date(self.to.as_ref())?,
            overdue_only: self.overdue,
            operator: self.mine.then(|| operator.to_string()),
            order: if self.by_deadline {
                Order::Deadline
            } else {
                Order::Newest
            },
        })
    }
}

fn codes<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|v| code(*v)).collect::<Vec<_>>().join(", ")
}

pub fn parse_status(s: &str) -> Result<Status, String> {
    Status::from_code(s).ok_or_else(|| format!("use one of {}", codes(Status::ALL, Status::code)))
}

pub fn parse_rating(s: &str) -> Result<Rating, String> {
    Rating::from_code(s).ok_or_else(|| format!("use one of {}", codes(Rating::ALL, Rating::code)))
}

pub fn parse_channel(s: &str) -> Result<Channel, String> {
    Channel::from_code(s)
        .ok_or_else(|| format!("use one of {}", codes(Channel::ALL, Channel::code)))
}
