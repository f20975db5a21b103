//! What a stored intake contributes to the counters, read from its clear part only (no
//! sealed value is opened): a pure function of the record, so that taking a record's old
//! contribution away and adding its new one keeps the counters exact.
use crate::domain::material::MaterialKind;
use crate::domain::{Channel, Date, ItemId, Rating, Status};
use crate::store::intakes::IntakeRecord;

/// The hall's clock is China Standard Time (UTC+8): the same offset the service layer's
/// `HALL_UTC_OFFSET_SECONDS` gives, repeated here since the store sits below the services
/// (a test holds the two equal).
pub const HALL_OFFSET_SECONDS: i64 = 8 * 3600;

/// The facts of one intake that the counters count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    pub accepted_on: Date,
    /// Catalogue item ids, each once.
    pub items: Vec<String>,
    /// Domain codes of those items, each once.
    pub domains: Vec<String>,
    /// The hall's division (the receipt's centre code); the applicant's own region is sealed
    /// personal data and is not counted.
    pub region: String,
    pub channel: Channel,
    pub status: Status,
    /// The clerk who took it; empty when none was signed in.
    pub operator: String,
    pub deadline: Option<Date>,
    /// The hall's day of the history entry that moved it to completed.
    pub completed_on: Option<Date>,
    pub rating: Option<Rating>,
    /// Materials given as missing or deferred (容缺).
    pub outstanding: u32,
}

impl Facts {
    pub fn of(record: &IntakeRecord) -> Facts {
        let mut items: Vec<String> = Vec::new();
        for service in &record.clear.services {
            if !items.contains(service) {
                items.push(service.clone());
            }
        }
        let mut domains: Vec<String> = Vec::new();
        for item in &items {
            if let Ok(id) = ItemId::parse(item) {
                let code = id.domain.as_str().to_string();
                if !domains.contains(&code) {
                    domains.push(code);
                }
            }
        }
        let outstanding = record
            .clear
            .materials
            .iter()
            .filter(|m| matches!(m.status, MaterialKind::Missing | MaterialKind::Deferred))
            .count();
        Facts {
            accepted_on: record.accepted_on,
            items,
            domains,
            region: record.receipt.centre().as_str().to_string(),
            channel: record.clear.channel,
            status: record.status,
            operator: record.operator.clone().unwrap_or_default(),
            deadline: record.deadline.date(),
            completed_on: completed_on(record),
            rating: rating_of(record),
            outstanding: u32::try_from(outstanding).unwrap_or(u32::MAX),
        }
    }
}

/// The applicant's rating of a completed intake, as the record keeps it in the clear.
pub fn rating_of(record: &IntakeRecord) -> Option<Rating> {
    record.rating.as_ref().map(|entry| entry.rating)
}

/// The day the intake was completed: the hall's day of the last history entry that moved it
/// to completed, if it is completed.
fn completed_on(record: &IntakeRecord) -> Option<Date> {
    if record.status != Status::Completed {
        return None;
    }
    let at = record
        .history
        .iter()
        .rev()
        .find(|h| h.status == Status::Completed)?
        .at;
    hall_day(at)
}

/// The hall's calendar day at `at` (seconds since 1970, UTC).
pub fn hall_day(at: i64) -> Option<Date> {
    Date::from_days_since_epoch(at.checked_add(HALL_OFFSET_SECONDS)?.div_euclid(86_400))
}
