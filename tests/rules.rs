//! The intake rules from outside the crate: dates, ID numbers, phones, division codes, the
//! working-day calendar, receipt numbers, the status workflow and materials, and their
//! messages in both locales.
#[path = "rules/calendar.rs"]
mod calendar;
#[path = "rules/date.rs"]
mod date;
#[path = "rules/intake.rs"]
mod intake;
#[path = "rules/messages.rs"]
mod messages;
#[path = "rules/phone.rs"]
mod phone;
#[path = "rules/receipt.rs"]
mod receipt;
#[path = "rules/resident_id.rs"]
mod resident_id;

use service_desk::domain::Date;

/// A date written in a test; a typo in a test is the test's failure.
pub fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}
